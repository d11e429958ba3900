using Ingest.Indexer.Text;

namespace Ingest.Indexer.Parsing.Header;

/// <summary>
/// Reads the place of a place-date line, back from its comma or from the start of its line: "Hưng Yên, ngày …" over a
/// flattened two-column header where the motto, a cell bar, a rule or the issuer block's last word stands right before
/// the place; a place broken over two lines or cells by a narrow table ("Phan" / "Rang ngày …"); the kind written before
/// the name ("TP. Cao Lãnh"). Pure and thread-safe.
/// </summary>
internal sealed class PlaceWordsReader
{
    private readonly PlaceKindWords _placeKinds;

    // Letters of the longest Vietnamese syllable ("nghiêng") and then some: a longer word is debris, or two words glued.
    private const int LongestSyllable = 12;

    /// <summary>A reader knowing the kinds a place-date line writes before a place's name.</summary>
    public PlaceWordsReader(PlaceKindWords placeKinds) => _placeKinds = placeKinds;

    /// <summary>
    /// The place written before the place-date's comma at <paramref name="comma"/>: the capitalized words back to a motto,
    /// a cell bar, a number, a lower-case word or a sentence closed on the line above, at most seven; with the kind written
    /// before the name ("TP.", "Thị trấn") when there is one. The place is null when no word before the comma is one.
    /// </summary>
    public (int Start, string? Place, string? Kind) PlaceBefore(TextView view, int comma, IReadOnlyList<(int Start, int End)> masks)
    {
        var n = view.Normalized;
        var place = new PlaceWords(comma);
        var pos = comma;
        var mixed = false;
        for (var count = 0; count < 7; count++)
        {
            while (pos > 0 && n[pos - 1] == ' ') pos--;
            if (pos == 0) break;
            var end = pos;
            while (pos > 0 && n[pos - 1] != ' ') pos--;
            var word = CutWord(n, ref pos, end, out var after);
            // "… GIANG BIÊNGiang Biên, ngày": the issuer block's last word glued to the place; the place starts at the glue.
            if (HeaderText.GlueAt(word) is > 0 and var glue)
            {
                pos += glue;
                place.Prepend(n[pos..end].Trim('\\', '*', '_'), pos);
                break;
            }
            // "Quận 8, ngày ...": a district number belongs to the place.
            if (place.Words.Count == 0 && word.Length <= 2 && word.All(char.IsDigit) && HeaderMasks.PreviousWord(n, pos) is "Quận" or "quận" or "Phường" or "phường" or "QUẬN")
            {
                place.Words.Insert(0, word);
                place.Start = pos;
                continue;
            }
            if (word.Length == 0 && place.Words.Count == 1 && SyllableInCellBefore(view, pos) is { } first)
            {
                place.Words.Insert(0, first.Word);
                place.Start = first.Start;
                break;
            }
            if (word.Length == 0 || HeaderMasks.InMask(masks, pos)) break;
            // "… H. Cần Giờ, TP Hồ Chí Minh." / "Hà Nội, ngày …": a sentence closed on the line above is no part of the place.
            if (place.LineOpenedAt >= 0 && word.Length > 3 && word.EndsWith('.') && !word.EndsWith("..", StringComparison.Ordinal))
            {
                place.KeepFromLineOpening();
                break;
            }
            // "Thị trấn Tân Trụ", "TP. Cao Lãnh": the kind written before the name ends the place, kept as written.
            if (place.Words.Count > 0 && _placeKinds.KindStart(n, pos, word) is var kindAt and >= 0)
            {
                place.Kind = n[kindAt..end];
                place.KindStart = kindAt;
                break;
            }
            // "Số: 188/QĐ-MNTTCG    Thị trấn, ngày 27 tháng 9 năm 2019" (mn-mn-tt-can-giuoc-qd-2019-188): a town's body may
            // write its kind alone as the place; with the number before it on the line, the line does not open with it.
            if (place.Words.Count == 0 && char.IsLower(word[0]) && _placeKinds.KindStart(n, pos, word) is var kindAlone and >= 0)
            {
                place.Prepend(n[kindAlone..end], kindAlone);
                break;
            }
            // A lower-case word or a number before a line break: the words after the break alone are the place.
            // "SỐ Scccãốãaãẽãẽãẽ…sẽs Tp. Hồ Chí Minh, ngày£3" (jh-dh-cntt-khoa-httt-tb-2014-ocr): the hand-filled number's
            // dots read as one long word of letters; no syllable of a place's name is that long.
            if (word.Any(c => char.IsDigit(c) || c is '/' or ':' or ';' or ')') || word != "-" && !char.IsUpper(word[0]) || word.Length > LongestSyllable)
            {
                if (place.LineOpenedAt > 0) place.KeepFromLineOpening();
                break;
            }
            var allCaps = InvariantCasing.IsUpper(word);
            if (allCaps && word.Length > 1 && word.Any(char.IsLetter) && mixed) break; // "VIỆT NAM Hà Nội"
            if (!allCaps) mixed = true;
            place.Prepend(word, pos);
            if (place.LineOpenedAt >= 0) place.LineOpenedAt++;
            if (view.IsLineStart(pos)) place.LineOpenedAt = 0;
            if (after > 0) break;
        }
        return place.Written(n, comma);
    }

    // The word from pos to end, cut where a cell bar, an escape, a tag or a rule glued before it ends the place (pos moves
    // to the cut, after is where in the word it fell, or 0), its stray marks trimmed.
    private static string CutWord(string n, ref int pos, int end, out int after)
    {
        var word = n[pos..end];
        // "phúc|Hà" or "phúc\nHà": a cell bar or an escape ends the place; so does a tag ("<i>Tân Thành").
        // "|Hà Nội" (an `antiword` table's cell opening with the place): a bar at the word's start cuts too.
        var escape = word.LastIndexOf("\\n", StringComparison.Ordinal);
        after = Math.Max(Math.Max(word.LastIndexOf('|'), word.LastIndexOf('>')) + 1, escape >= 0 ? escape + 2 : 0);
        // "—————Hà Nội, ngày": a rule line's dashes glued to the place (a page flattening the header) end it as a bar does.
        if (after == 0 && RuleRun(word) is > 0 and var rule && rule < word.Length) after = rule;
        if (after > 0) { pos += after; word = n[pos..end]; }
        return word.Trim('\\', '*', '_');
    }

    // The length of a run of rule characters opening a word ("—————", "-----"): two or more, or one long dash.
    private static int RuleRun(string word)
    {
        var i = 0;
        while (i < word.Length && word[i] is '—' or '–' or '-' or '_' or '=') i++;
        return i >= 2 || i == 1 && word[0] == '—' ? i : 0;
    }

    // The place's words read so far, right to left, with where each starts, and the kind written before them.
    private struct PlaceWords(int comma)
    {
        public readonly List<string> Words = new();
        public readonly List<int> Starts = new();
        public int Start = comma;
        // Index in Words of the earliest word that opens a line: "… quốc tế Long Thành" / "Hà Nội, ngày" keeps "Hà Nội".
        public int LineOpenedAt = -1;
        public string? Kind = null;
        public int KindStart = -1;

        public void Prepend(string word, int at)
        {
            Words.Insert(0, word);
            Starts.Insert(0, at);
            Start = at;
        }

        // The words after the line break alone are the place.
        public void KeepFromLineOpening()
        {
            Words.RemoveRange(0, LineOpenedAt);
            Start = Starts[LineOpenedAt];
        }

        public readonly (int Start, string? Place, string? Kind) Written(string n, int comma)
        {
            while (Words.Count > 0 && Words[0] == "-") { Words.RemoveAt(0); }
            if (Words.Count == 0) return (comma, null, null);
            var start = n.IndexOf(Words[0], Start, StringComparison.Ordinal);
            return (Kind is null ? start : KindStart, string.Join(' ', Words).Trim(',', ' '), Kind);
        }
    }

    /// <summary>
    /// The words that open the line up to <paramref name="at"/> when they can only be a place: one to four
    /// words, the first capitalized, no digits ("Hải quế, ngày 22 ...", "Eah’leo ngày 10 ..."); else null.
    /// </summary>
    public static (int Start, string? Place) LineOpening(TextView view, int at)
    {
        var n = view.Normalized;
        var start = at;
        while (start > 0 && !view.IsLineStart(start) && at - start < 60) start--;
        if (!view.IsLineStart(start)) return (at, null);
        var text = n[start..at].Trim(' ', ',', '|', '*', '_');
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length is 0 or > 4 || !char.IsUpper(words[0][0]) || text.Any(c => char.IsDigit(c) || c is ':' or ';' or '/' or '(' or ')')) return (at, null);
        if (words.Length == 1 && IsNameWord(text) && WordAlone(view, start) is { } first) return (first.Start, first.Word + " " + text);
        return (n.IndexOf(words[0], start, StringComparison.Ordinal), text);
    }

    // "Phan" / "Rang ngày 12 tháng 11 năm 2003" (kw-sgddt-ninh-thuan-quy-dinh-2003-1228): a narrow table cell broke the
    // place's two syllables over two lines; a name's syllable alone on the line above the place line is its first.
    private static (int Start, string Word)? WordAlone(TextView view, int lineStart)
    {
        var starts = view.LineStarts;
        var i = starts.BinarySearch(lineStart);
        if (i < 1) return null;
        var word = view.Normalized[starts[i - 1]..lineStart].Trim();
        return IsNameWord(word) ? (view.Normalized.IndexOf(word, starts[i - 1], StringComparison.Ordinal), word) : null;
    }

    // "Hà | Nội, ngày 19 tháng 05 năm 2011" (cp-chinh-phu-nq-2011-80, its "Hà" / "Nội, ngày …" flattened with a bar): as
    // with WordAlone, a name's syllable alone in the cell before the place's is its first; at a lone bar before the place.
    private static (int Start, string Word)? SyllableInCellBefore(TextView view, int bar)
    {
        var n = view.Normalized;
        var p = bar;
        if (p > 0 && n[p - 1] == '|') p--;
        while (p > 0 && n[p - 1] == ' ') p--;
        var end = p;
        while (p > 0 && n[p - 1] != ' ') p--;
        if (end <= p || !IsNameWord(n[p..end]) || !HeaderCells.OpensCell(view, p)) return null;
        return (p, n[p..end]);
    }

    // A syllable of a name: a capital, then small letters ("Phan", "Rang"); not an abbreviation nor a word in capitals.
    private static bool IsNameWord(string word)
    {
        if (word.Length is < 2 or > 7 || !char.IsUpper(word[0])) return false;
        for (var k = 1; k < word.Length; k++)
            if (!char.IsLower(word[k])) return false;
        return true;
    }
}
