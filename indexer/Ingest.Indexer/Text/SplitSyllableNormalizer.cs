using System.Runtime.CompilerServices;
using System.Text;

namespace Ingest.Indexer.Text;

/// <summary>
/// Joins the pieces of syllables that a PDF's text layer or a scan split with spaces: a line whose words were laid out
/// letter by letter ("-  T hủ tướ ng C h í nh ph ủ ;" → "- Thủ tướng Chính phủ;", co-ubnd-hcm-qd-2014-3210, a PDF whose
/// glyphs were placed one by one) and a header line whose first letter the OCR set apart ("V ĂN PHÒNG" → "VĂN PHÒNG",
/// lu-vp-ubnd-ha-noi-tb-2026-229-ocr). A Vietnamese word is written one syllable to a word, so a piece that is no
/// syllable (a lone consonant, "ng", "nh") and joins its neighbours into one that is (<see cref="VietnameseSyllables"/>)
/// was split. No library does this: it rests on the closed shape of the Vietnamese syllable. Pure and thread-safe; a
/// line with no piece to join is returned as the same instance.
/// </summary>
public static class SplitSyllableNormalizer
{
    // A piece longer than this is a word or a code ("UBND"), never a split syllable's part.
    private const int MaxPiece = 3;
    // The most pieces one syllable is split into: "n g h i ê ng" has six.
    private const int MaxGroup = 6;
    // A line is laid out letter by letter when this many of its words, and this share of them, are pieces.
    private const int MinPieces = 3;
    private const double MinPieceShare = 0.35;

    private static readonly string LeadPunctuation = "(“\"'‘[-–";
    private static readonly string TrailPunctuation = ",.;:)”\"'’]!?";

    /// <summary>
    /// The cheap test before <see cref="Join"/>, with no allocation: true when the line could be laid out letter by
    /// letter (as many words that look like pieces, a letter alone or two or three small letters with no vowel such as
    /// "ng", "ph", as <see cref="Groups"/> asks for), or holds a capital consonant alone before a word in capitals, or "CH",
    /// "NH", "NG" alone. A paragraph with a lone "ở", "ý" or "Y tế" here and there is passed over.
    /// </summary>
    public static bool MayHold(ReadOnlySpan<char> line)
    {
        if (!HasShortWord(line, anywhere: false)) return false;
        var (pieces, letterWords) = (0, 0);
        for (var i = 0; i < line.Length;)
        {
            if (IsSpace(line[i])) { i++; continue; }
            var start = i;
            while (i < line.Length && !IsSpace(line[i])) i++;
            var word = line[start..i].Trim(LeadPunctuation).TrimEnd(TrailPunctuation);
            if (word.Length == 0 || !IsLetters(word)) continue;
            letterWords++;
            if (word.Length == 1)
            {
                pieces++;
                if (letterWords == 1 && i - start == 1 && char.IsUpper(word[0]) && !IsVowel(word[0]) && i + 1 < line.Length && char.IsUpper(line[i + 1]) && IsVowel(line[i + 1])) return true;
            }
            else if (word is "CH" or "NH" or "NG") return true;
            else if (word.Length <= MaxPiece && !HasVowel(word) && !IsCapitals(word)) pieces++;
        }
        return pieces >= MinPieces && pieces >= MinPieceShare * letterWords;
    }

    /// <summary>
    /// Whether some part of the line, a column of a header laid out as a table, may hold a split syllable: three pieces
    /// over the whole line, "CH", "NH", "NG" alone, a capital consonant alone before a capital vowel anywhere ("UBND
    /// TỈNH V ĂN PHÒNG"), or one that opens the line ("B) …", "K. …": true there, at the cost of a look, never a join). False for a text's every line means no line or column of it needs <see cref="Join"/>.
    /// </summary>
    public static bool MayHoldInPart(ReadOnlySpan<char> line) => HasShortWord(line, anywhere: true);

    // Every line the readers clean comes here, and every line of the text view (a parse reads each line once or more):
    // most have no word of one letter and no "CH", "NH", "NG" alone, which a look at the words of one to three
    // characters (a closing sign counted) tells. One pass over the characters: Vietnamese words are a syllable of about
    // four letters, so a search from space to space would pay its start-up at every word (this test cost about a tenth
    // of a parse that way; docs/BENCHMARKS.md run 56).
    // anywhere: a capital consonant alone counts where a capital vowel follows it, first in the line or not.
    private static bool HasShortWord(ReadOnlySpan<char> line, bool anywhere)
    {
        var (pieces, first, start) = (0, true, 0);
        for (var i = 0; ; i++)
        {
            if (i < line.Length && !IsSpace(line[i])) continue;
            var length = i - start;
            var opensCapitals = first || anywhere && length == 1 && i + 1 < line.Length && char.IsUpper(line[i + 1]) && IsVowel(line[i + 1]);
            if (length is >= 1 and <= 3 && IsShortWordPiece(line.Slice(start, length), opensCapitals, ref pieces)) return true;
            if (length > 0) first = false;
            if (i >= line.Length) return false;
            start = i + 1;
        }
    }

    // A word of one to three characters: true when it settles the test (a third piece, a capital consonant first, "CH",
    // "NH", "NG"); a piece counted otherwise. A lone "ở", "ý" or "Y" is common; three pieces, or a capital shape, are not.
    private static bool IsShortWordPiece(ReadOnlySpan<char> word, bool opensCapitals, ref int pieces)
    {
        if (!char.IsLetter(word[0])) return false;
        if (word.Length == 1 || !char.IsLetter(word[1]))
            return ++pieces >= MinPieces || opensCapitals && char.IsUpper(word[0]) && !IsVowel(word[0]);
        if (word[0] is 'C' or 'N' && word[1] is 'H' or 'G' && (word.Length == 2 || !char.IsLetter(word[2]))) return true;
        return IsConsonantCluster(word) && ++pieces >= MinPieces;
    }

    // A word of two or three letters, all of them ASCII consonants and not all capitals, a closing sign aside: "ng",
    // "ph", "nh;" ("TP", "DT" are abbreviations, as the full test reads them). "thị" and "Chỉ" hold a vowel: counted as
    // pieces, they sent every line naming a directive to the full test.
    private static bool IsConsonantCluster(ReadOnlySpan<char> word)
    {
        var (letters, lower) = (0, false);
        foreach (var c in word)
        {
            if (char.IsAsciiLetter(c) && (c | 0x20) is not ('a' or 'e' or 'i' or 'o' or 'u' or 'y')) (letters, lower) = (letters + 1, lower || char.IsAsciiLetterLower(c));
            else if (char.IsLetter(c)) return false;
            else break;
        }
        return letters >= 2 && lower;
    }

    private static bool IsCapitals(ReadOnlySpan<char> word)
    {
        foreach (var c in word) if (!char.IsUpper(c)) return false;
        return true;
    }

    private static bool IsLetters(ReadOnlySpan<char> word)
    {
        foreach (var c in word) if (!char.IsLetter(c)) return false;
        return true;
    }

    private static bool HasVowel(ReadOnlySpan<char> word)
    {
        foreach (var c in word) if (IsVowel(c)) return true;
        return false;
    }

    /// <summary>The line with its split syllables joined and its words one space apart; the same instance when none is.</summary>
    public static string Join(string line)
    {
        if (!MayHold(line)) return line;
        var words = Words(line);
        if (Groups(words) is not { } groups) return line;
        var sb = new StringBuilder(line.Length);
        Write(line, words, groups, 0, sb, null);
        var joined = sb.ToString();
        return joined == line ? line : joined;
    }

    /// <summary>
    /// <see cref="Join"/> over every line of <paramref name="text"/>, with the index in <paramref name="text"/> of each
    /// character of the result (and one past the end); null map when nothing changed.
    /// </summary>
    public static string Normalize(string text, out int[]? map) => LineRewriter.Apply(text, JoinedLine, out map);

    // A line with syllables to join: its writer, which copies the text before it and writes the line joined.
    private static LineRewriter.LineWriter? JoinedLine(string text, int lineStart, int lineEnd)
    {
        var line = text.AsSpan(lineStart, lineEnd - lineStart);
        if (!MayHold(line)) return null;
        var lineText = line.ToString();
        var words = Words(lineText);
        if (Groups(words) is not { } groups) return null;
        return (sb, index, copied) =>
        {
            LineRewriter.Copy(text, copied, lineStart, sb, index);
            Write(lineText, words, groups, lineStart, sb, index);
            return lineEnd;
        };
    }

    // A word of the line: where it stands, where its letters stand inside its punctuation, those letters (empty when
    // it holds anything else: a digit, a slash, a hyphen inside), and whether they are a piece of a syllable.
    private readonly record struct Word(int Start, int End, int CoreStart, int CoreEnd, string Core, bool Piece);

    private static List<Word> Words(string line)
    {
        var words = new List<Word>();
        for (var i = 0; i < line.Length;)
        {
            if (IsSpace(line[i])) { i++; continue; }
            var start = i;
            while (i < line.Length && !IsSpace(line[i])) i++;
            var (cs, ce) = (start, i);
            while (cs < ce && LeadPunctuation.Contains(line[cs])) cs++;
            while (ce > cs && TrailPunctuation.Contains(line[ce - 1])) ce--;
            var core = line[cs..ce];
            var letters = core.Length > 0 && core.All(char.IsLetter);
            // A letter alone is a piece too where a line is laid out letter by letter ("Cự u", "ủ y").
            // An agency's short code in capitals ("TX", "TP", "DT") is a word of its own; "CH", "NH", "NG" are a final's.
            var piece = letters && core.Length <= MaxPiece
                && (core.Length == 1 || core is "CH" or "NH" or "NG" || !IsCapitals(core) && !VietnameseSyllables.IsValid(core));
            words.Add(new Word(start, i, cs, ce, letters ? core : "", piece));
        }
        return words;
    }

    // Space, tab, carriage return and no-break space part words; ordered for the common character, a letter above the space.
    // Asked of every character (or word) of a text: inlined, as the plans tool's own settings (no profile-guided
    // tiering) left it a call at each (a few hundredths of a parse in `plans bench parse`; issue 12, parser speed).
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsSpace(char c) => c > ' ' ? c == '\u00A0' : c is ' ' or '\t' or '\r';

    // The words grouped into syllables, each group a range of word indexes; null when no group joins two words.
    private static List<(int From, int To)>? Groups(List<Word> words)
    {
        var letterWords = words.Count(w => w.Core.Length > 0);
        var pieces = words.Count(w => w.Piece);
        if (pieces >= MinPieces && pieces >= MinPieceShare * letterWords && MarkedLetterAlone(words)) return Segment(words);
        return CapitalsSetApart(words);
    }

    // A line laid out letter by letter keeps every letter, so some marked vowel stands alone ("C h í nh", "B ộ"); a line
    // whose marked letters a font lost ("Lu t T ch c H i ng nhân dân", dc-149) has only plain letters alone, and its
    // pieces are what is left of words, not parts to join.
    private static bool MarkedLetterAlone(List<Word> words)
    {
        foreach (var w in words)
            if (w.Core.Length == 1 && w.Core[0] > '\u007F') return true;
        return false;
    }

    // A header or signature line in capitals whose syllable a scan or a PDF split in two: a consonant set apart at the
    // line's start before a word that opens on a vowel ("V ĂN PHÒNG", lu-vp-ubnd-ha-noi-tb-2026-229-ocr; after a word it
    // is a numeral or a list's letter: "PHẦN V ỨNG DỤNG", "NHÓM B ƯU TIÊN"), or a final "CH", "NH", "NG" set
    // apart after a word that ends on one ("KT. CHỦ TỊ CH", co-ubnd-hcm-qd-2014-3210). Only where the two make one
    // syllable; a line in lower case is left alone (a font that lost letters leaves "T ch c" too, dc-149).
    private static List<(int From, int To)>? CapitalsSetApart(List<Word> words)
    {
        List<(int From, int To)>? groups = null;
        for (var i = 0; i + 1 < words.Count; i++)
        {
            var (a, b) = (words[i], words[i + 1]);
            if (a.CoreEnd != a.End || b.CoreStart != b.Start || !a.Core.All(char.IsUpper) || !b.Core.All(char.IsUpper)
                || !(i == 0 && LeadingConsonant(a.Core, b.Core) || TrailingConsonants(a.Core, b.Core)) || !VietnameseSyllables.IsValid(a.Core + b.Core)) continue;
            groups ??= [];
            groups.Add((i, i + 2));
            i++;
        }
        if (groups is null) return null;
        var all = new List<(int From, int To)>();
        var k = 0;
        foreach (var (from, to) in groups)
        {
            for (; k < from; k++) all.Add((k, k + 1));
            all.Add((from, to));
            k = to;
        }
        for (; k < words.Count; k++) all.Add((k, k + 1));
        return all;
    }

    private static bool LeadingConsonant(string a, string b) =>
        a.Length == 1 && !IsVowel(a[0]) && b.Length >= 2 && IsVowel(b[0]);

    private static bool TrailingConsonants(string a, string b) =>
        a.Length >= 2 && IsVowel(a[^1]) && b is "CH" or "NH" or "NG";

    private static bool IsVowel(char c) => TextFolding.Fold(c) is 'a' or 'e' or 'i' or 'o' or 'u' or 'y';

    // What a reading of the line costs: a syllable, a piece left alone (three syllables: a join is always better), a
    // syllable that opens on a vowel (rarer than one with an initial consonant: "là ng ười" is "là người", not "làng
    // ười") and a consonant piece taken from the word before, where it could close that one instead (TakesCoda).
    private const int Syllable = 4, PieceAlone = 12, OnsetlessCost = 1, CodaTaken = 2;

    private static int Onsetless(Word first) => first.Core.Length > 0 && IsVowel(first.Core[0]) ? OnsetlessCost : 0;

    // The cheapest reading of the line: a group of words joins when its letters make one syllable and one of them is a
    // piece (two words that are each a syllable stay two), or when it is a run of capital letters alone (an agency's
    // code spelled out: "T T U B" → "TTUB").
    private static List<(int From, int To)>? Segment(List<Word> words)
    {
        var n = words.Count;
        var cost = new int[n + 1];
        var back = new int[n + 1];
        Array.Fill(cost, int.MaxValue);
        cost[0] = 0;
        for (var i = 0; i < n; i++)
        {
            if (cost[i] == int.MaxValue) continue;
            Relax(i, i + 1, words[i].Piece ? PieceAlone : Syllable + Onsetless(words[i]));
            for (var j = i + 2; j <= Math.Min(n, i + MaxGroup); j++)
                if (Joins(words, i, j)) Relax(i, j, Syllable + Onsetless(words[i]) + (TakesCoda(words, i) ? CodaTaken : 0));
        }
        var groups = new List<(int From, int To)>();
        for (var k = n; k > 0; k = back[k]) groups.Add((back[k], k));
        groups.Reverse();
        return groups.Any(g => g.To - g.From > 1) ? groups : null;

        void Relax(int from, int to, int step)
        {
            if (cost[from] + step >= cost[to]) return;
            cost[to] = cost[from] + step;
            back[to] = from;
        }
    }

    // "T h à nh ủ y" reads "Thành ủy" and "Thà nhủy" alike by shape; a PDF splits a syllable's final consonants off as
    // often as its first ("C h í nh", "tướ ng"), and Vietnamese words open on a vowel less often than they close on a
    // consonant, so "nh", "ng", "ch" after a word ending in a vowel go with that word when both readings are whole.
    private static bool TakesCoda(List<Word> words, int from) =>
        from > 0 && words[from].Core is { Length: >= 2 } first && first.All(c => !IsVowel(c))
        && words[from - 1].Core is { Length: > 0 } before && IsVowel(before[^1]) && words[from - 1].CoreEnd == words[from - 1].End
        && !(from + 1 < words.Count && words[from + 1].Core is { Length: >= 2 } next && IsVowel(next[0]));

    private static bool Joins(List<Word> words, int from, int to)
    {
        var sb = new StringBuilder();
        var piece = false;
        var capitalsAlone = true;
        for (var k = from; k < to; k++)
        {
            var w = words[k];
            if (w.Core.Length == 0 || (k > from && w.CoreStart != w.Start) || (k < to - 1 && w.CoreEnd != w.End)) return false;
            piece |= w.Piece;
            // An agency's code is spelled in plain capitals and Đ ("T T U B", "Q Đ"), never in marked vowels ("Ầ Ầ", OCR noise).
            capitalsAlone &= w.Core.Length == 1 && (char.IsAsciiLetterUpper(w.Core[0]) || w.Core[0] == 'Đ');
            sb.Append(w.Core);
        }
        // "Ô ng Y M oan N iê": a capital that opens the next small-letter piece as one syllable ("Moan") is that word's.
        if (capitalsAlone) return !(to < words.Count && words[to].Core is { Length: > 0 } next && char.IsLower(next[0])
            && words[to].CoreStart == words[to].Start && VietnameseSyllables.IsValid(words[to - 1].Core + next));
        var joined = sb.ToString();
        return (piece || OnsetlessAfter(words, from, to)) && VietnameseSyllables.IsValid(joined) && FinalFits(joined) && CasedAsOneWord(joined);
    }

    // "ti ền", "Qu ốc": in a line laid out letter by letter a word that opens on a vowel after one that ends on a letter
    // it can follow is the rest of that syllable, though each reads as one alone.
    private static bool OnsetlessAfter(List<Word> words, int from, int to)
    {
        for (var k = from + 1; k < to; k++)
            if (IsVowel(words[k].Core[0])) return true;
        return false;
    }

    // VietnameseSyllables judges onset, vowels and final apart; a syllable also needs a final its vowels take: none after
    // a vowel group that already closes on i, y, o or u ("ưu", "ôi": not "ưuch"), "ch", "nh" only after a, ê, i, y
    // ("tổch", "Quốch" are no syllables; "Chính", "Thành", "huynh" are),
    private static bool FinalFits(string word)
    {
        var bare = BareVowels(word);
        var end = bare.Length;
        while (end > 0 && !IsVowel(bare[end - 1])) end--;
        if (end == bare.Length) return true;
        var final = bare[end..];
        var start = end;
        while (start > 0 && IsVowel(bare[start - 1])) start--;
        var vowels = bare[start..end];
        if (vowels.Length >= 2 && vowels[^1] is 'i' or 'y' or 'o' or 'u' && vowels is not ("uy" or "oo" or "qu")) return false;
        if (vowels is "ia" or "ua" or "ưa") return false;
        // and "c", "ng" never after ê, i, y, which take "ch", "nh" instead ("ếch", "inh"; "ýc" is no syllable).
        if (final is "ch" or "nh") return vowels[^1] is 'a' or 'ê' or 'i' or 'y';
        return final is not ("c" or "ng") || vowels[^1] is not ('ê' or 'i' or 'y') || vowels is "iê" or "yê" or "uyê";
    }

    // The word in small letters with its tone marks taken off and its vowels' own marks kept ("Quốch" → "quôch").
    private static string BareVowels(string word)
    {
        var sb = new StringBuilder(word.Length);
        foreach (var c in word.ToLowerInvariant().Normalize(NormalizationForm.FormD))
            if (c is not ('\u0300' or '\u0301' or '\u0303' or '\u0309' or '\u0323')) sb.Append(c);
        return sb.ToString().Normalize(NormalizationForm.FormC);
    }

    // "Chính", "CHÍNH", "chính": not "cHính".
    private static bool CasedAsOneWord(string word) =>
        word.Skip(1).All(char.IsLower) || word.All(char.IsUpper);

    // The line's words, each group's written together and the groups one space apart, with what stands before the first
    // word and after the last as it is; index gets the source position (offset + index in the line) of each character.
    private static void Write(string line, List<Word> words, List<(int From, int To)> groups, int offset, StringBuilder sb, List<int>? index)
    {
        Copy(0, words[0].Start);
        for (var g = 0; g < groups.Count; g++)
        {
            var (from, to) = groups[g];
            // "d ự n g ;": a sign that stood apart as the letters did closes the word before it.
            var closing = to - from == 1 && words[from].Core.Length == 0 && line.AsSpan(words[from].Start, words[from].End - words[from].Start).IndexOfAnyExcept(TrailPunctuation) < 0;
            if (g > 0 && !closing) { sb.Append(' '); index?.Add(offset + words[from - 1].End); }
            for (var k = from; k < to; k++) Copy(words[k].Start, words[k].End);
        }
        Copy(words[^1].End, line.Length);

        void Copy(int start, int end)
        {
            sb.Append(line, start, end - start);
            if (index is null) return;
            for (var i = start; i < end; i++) index.Add(offset + i);
        }
    }
}
