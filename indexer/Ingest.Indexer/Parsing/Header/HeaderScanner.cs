using System.Text.RegularExpressions;
using Ingest.Indexer.Model;
using Ingest.Indexer.Parsing.Dates;
using Ingest.Indexer.Parsing.Places;
using Ingest.Indexer.Text;

namespace Ingest.Indexer.Parsing.Header;

/// <summary>
/// Reads the fixed parts of a header on the normalized view, where a layout's line breaks are spaces: the
/// national and Party mottos, rules and table debris (masked, so they are never read as an issuer), the
/// place-and-date ("Hưng" / "Yên, ngày 18 tháng 02 năm 2022" is one), and the upper-case words of the issuer
/// block above. Works the same on a two-column header flattened into one line, cut into lines by a page,
/// or with "|" cells and literal "\n" escapes. Pure and thread-safe.
/// </summary>
public sealed partial class HeaderScanner
{
    // What a flattened layout leaves between two words of the motto: spaces, table bars, literal "\n" escapes.
    private const string Gap = @"(?:[\x20|]|\\[nr])*";

    private readonly ProvinceGazetteer _gazetteer;

    /// <summary>A scanner naming places with <paramref name="gazetteer"/>.</summary>
    public HeaderScanner(ProvinceGazetteer gazetteer) => _gazetteer = gazetteer;

    // "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" over any breaks, OCR "XàHỘI" (no space) included.
    [GeneratedRegex("c[o0]ng" + Gap + "h[o0]a" + Gap + "xa" + Gap + "h[o0]i" + Gap + "chu" + Gap + "nghia" + Gap + "viet" + Gap + "nam", RegexOptions.CultureInvariant)]
    private static partial Regex StateMotto();

    // "Độc lập - Tự do - Hạnh phúc", dashes lost or doubled in extraction.
    [GeneratedRegex("doc" + Gap + "lap" + Gap + "-*" + Gap + "tu" + Gap + "do" + Gap + "-*" + Gap + "hanh" + Gap + "phuc", RegexOptions.CultureInvariant)]
    private static partial Regex StateMotto2();

    [GeneratedRegex("dang" + Gap + "cong" + Gap + "san" + Gap + "viet" + Gap + "nam", RegexOptions.CultureInvariant)]
    private static partial Regex PartyMotto();

    // Rules under the header lines ("-------", "___", "***"), table bars and escapes.
    [GeneratedRegex(@"[-_=~.*]{3,}|\||\\[nrt]", RegexOptions.CultureInvariant)]
    private static partial Regex Debris();

    [GeneratedRegex(@"\x20?,\x20?(?=ngay\b)", RegexOptions.CultureInvariant)]
    private static partial Regex PlaceComma();

    [GeneratedRegex(@"(?:^|(?<=[\x20|:]))(?:kinh\x20gui|can\x20cu|thuc\x20hien|nham\x20|de\x20|theo\x20)", RegexOptions.CultureInvariant)]
    private static partial Regex BodyCue();

    /// <summary>Normalized spans of mottos and debris in the first <paramref name="limit"/> characters, in order.</summary>
    public IReadOnlyList<(int Start, int End)> Masks(TextView view, int limit)
    {
        var head = view.Folded[..limit];
        var spans = new List<(int, int)>();
        foreach (var r in new[] { StateMotto(), StateMotto2(), PartyMotto(), Debris() })
            foreach (Match m in r.Matches(head)) spans.Add((m.Index, m.Index + m.Length));
        spans.Sort();
        return spans;
    }

    /// <summary>
    /// The first place-and-date in the header: the place is the capitalized words before ", ngày" (back to a
    /// motto, a number or a lower-case word), the date what follows.
    /// </summary>
    public PlaceDate? ReadPlaceDate(TextView view, int limit, IReadOnlyList<(int Start, int End)> masks)
    {
        foreach (Match m in PlaceComma().Matches(view.Folded[..limit]))
        {
            var at = m.Index + m.Length;
            if (DateParser.ParseAt(view.Folded, at) is not { } date) continue;
            var (start, written) = PlaceBefore(view, m.Index, masks);
            if (written is null) continue;
            var place = _gazetteer.Exact(written)?.Name ?? written;
            var (s, e) = view.ToOriginalSpan(start, date.End);
            return new PlaceDate(place, date.Value, new Evidence("place", view.Original[s..e], s, e), start, date.End);
        }
        return null;
    }

    private static (int Start, string? Place) PlaceBefore(TextView view, int comma, IReadOnlyList<(int Start, int End)> masks)
    {
        var n = view.Normalized;
        var words = new List<string>();
        var start = comma;
        var pos = comma;
        var mixed = false;
        for (var count = 0; count < 7; count++)
        {
            while (pos > 0 && n[pos - 1] == ' ') pos--;
            if (pos == 0) break;
            var end = pos;
            while (pos > 0 && n[pos - 1] != ' ') pos--;
            var word = n[pos..end];
            // "phúc|Hà" or "phúc\nHà": a cell bar or an escape ends the place.
            var cut = Math.Max(word.LastIndexOf('|'), word.LastIndexOf("\\n", StringComparison.Ordinal) + 1);
            if (cut > 0) { pos += cut + 1; word = n[pos..end]; }
            if (word.Length == 0 || InMask(masks, pos) || word.Any(c => char.IsDigit(c) || c is '/' or ':' or ';' or ')')) break;
            if (word != "-" && !char.IsUpper(word[0])) break;
            var allCaps = word.ToUpperInvariant() == word;
            if (allCaps && word.Length > 1 && word.Any(char.IsLetter) && mixed) break; // "VIỆT NAM Hà Nội"
            if (!allCaps) mixed = true;
            words.Insert(0, word);
            start = pos;
            if (cut > 0) break;
        }
        while (words.Count > 0 && words[0] == "-") { words.RemoveAt(0); }
        if (words.Count == 0) return (comma, null);
        start = n.IndexOf(words[0], start, StringComparison.Ordinal);
        return (start, string.Join(' ', words).Trim(',', ' '));
    }

    /// <summary>
    /// The upper-case words of the issuer block: from the top of the text up to <paramref name="end"/> (the
    /// number, the place-date or the heading), skipping mottos and debris; stops where the body begins.
    /// </summary>
    public IReadOnlyList<HeaderToken> IssuerTokens(TextView view, int end, IReadOnlyList<(int Start, int End)> masks)
    {
        var n = view.Normalized;
        var f = view.Folded;
        var tokens = new List<HeaderToken>();
        var brk = true;
        var lowerRun = 0;
        var pos = 0;
        while (pos < end)
        {
            if (MaskAt(masks, pos) is { } mask) { pos = Math.Max(pos + 1, mask.End); brk = true; continue; }
            if (n[pos] == ' ') { if (view.IsLineStart(pos + 1)) brk = true; pos++; continue; }
            var wordEnd = pos;
            while (wordEnd < end && n[wordEnd] != ' ' && MaskAt(masks, wordEnd) is null) wordEnd++;
            var word = n[pos..wordEnd].Trim(',', ';', ':', '(', ')', '"', '“', '”');
            var startsLine = view.IsLineStart(pos);
            if (word.Length == 0 || !word.Any(char.IsLetter))
            {
                if (word is "-" or "&" && tokens.Count > 0 && !brk) tokens.Add(new HeaderToken(word, word, pos, wordEnd, false));
                else brk = true;
            }
            else if (word.ToUpperInvariant() == word && !word.Any(char.IsDigit) && !word.Contains('/'))
            {
                if (lowerRun >= 3 && tokens.Count > 0) break;
                tokens.Add(new HeaderToken(word, TextFolding.Fold(word), pos, wordEnd, brk || startsLine));
                brk = false;
                lowerRun = 0;
            }
            else
            {
                // Lower-case words: a motto the masks missed, or the body. Three in a row end the block.
                brk = true;
                if (++lowerRun >= 3 && (tokens.Count > 0 || BodyCue().IsMatch(f[pos..Math.Min(f.Length, pos + 12)]))) break;
                if (lowerRun >= 6) break;
            }
            pos = wordEnd;
        }
        return tokens;
    }

    private static bool InMask(IReadOnlyList<(int Start, int End)> masks, int at) => MaskAt(masks, at) is not null;

    private static (int Start, int End)? MaskAt(IReadOnlyList<(int Start, int End)> masks, int at)
    {
        foreach (var m in masks)
        {
            if (m.Start > at) break;
            if (at < m.End) return m;
        }
        return null;
    }
}
