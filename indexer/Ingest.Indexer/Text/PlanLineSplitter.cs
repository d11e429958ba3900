using System.Buffers;
using System.Text;
using System.Text.RegularExpressions;

namespace Ingest.Indexer.Text;

/// <summary>Splits text into cleaned <see cref="PlanLine"/>s. Pure; linear in the input.</summary>
public static partial class PlanLineSplitter
{
    [GeneratedRegex(@"\t|\x20{3,}|\u00A0{2,}", RegexOptions.CultureInvariant)]
    private static partial Regex ColumnGap();

    /// <summary>
    /// All lines, empty ones included (blocks use them as separators). <paramref name="joinSplitSyllables"/> false,
    /// as the text view of the same text tells (<see cref="TextView.MayHoldSplitSyllables"/>), spares each cleaned line
    /// the split-syllable test: most texts have no line it could join, and a parse cleans many lines.
    /// </summary>
    public static IReadOnlyList<PlanLine> Split(string text, bool joinSplitSyllables = true)
    {
        var lines = new List<PlanLine>(text.AsSpan().Count('\n') + 1); // a line a "\n" and one more, no growing copies
        var source = new LineSource(text, joinSplitSyllables);
        var start = 0;
        while (start <= text.Length)
        {
            var nl = text.IndexOf('\n', start);
            var end = nl < 0 ? text.Length : nl;
            lines.Add(new PlanLine(source, start, end));
            if (nl < 0) break;
            start = nl + 1;
        }
        return lines;
    }

    /// <summary>The cleaned, non-empty columns of a raw line.</summary>
    public static IReadOnlyList<string> Columns(string raw) => Columns(raw.AsSpan(), joinSplitSyllables: true);

    /// <summary>Whether the line holds a gap that <see cref="Columns(string)"/> cuts at.</summary>
    // ColumnGap's three forms looked for as they are, without the regex's run for each line asked (the signature and
    // Nơi nhận readers ask it of every line they cut into cells; issue 12, parser speed).
    internal static bool HasColumnGap(ReadOnlySpan<char> raw) =>
        raw.Contains('\t') || raw.IndexOf("   ", StringComparison.Ordinal) >= 0 || raw.IndexOf("\u00A0\u00A0", StringComparison.Ordinal) >= 0;

    // The line read where it stands in the text: a column is copied only when it is cleaned (PlanLine).
    internal static IReadOnlyList<string> Columns(ReadOnlySpan<char> raw, bool joinSplitSyllables)
    {
        var columns = new List<string>();
        foreach (var range in ColumnGap().EnumerateSplits(raw))
            if (Clean(raw[range], null, joinSplitSyllables) is { Length: > 0 } column) columns.Add(column);
        return columns.ToArray();
    }

    // Whether Clean keeps a small letter a to z of the raw line: it holds one, and no step that could drop or change a
    // letter applies (a character reference or an inline tag, a mark to compose, a legacy font). The rest of cleaning
    // drops signs and spaces only, and joining split syllables keeps every letter.
    internal static bool KeepsSmallLetter(ReadOnlySpan<char> raw) =>
        raw.ContainsAnyInRange('a', 'z') && !raw.Contains('<') && !raw.Contains('&') && TextFolding.IsComposed(raw)
        && !LegacyLineNormalizer.MayHoldLegacy(raw);

    [GeneratedRegex(@"</?(?:b|i|u|em|strong|span|p|br|font|sup|sub)\b[^<>]{0,60}>", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex InlineTag();

    /// <summary>Cleans one line or cell: NFC, legacy-font words decoded, Ð→Đ, Markdown marks dropped, spaces folded and trimmed.</summary>
    public static string Clean(string raw) => Clean(raw, raw, joinSplitSyllables: true);

    // Every line a block reads is cleaned (about a twentieth of a parse's allocation, docs/BENCHMARKS.md): the line
    // is read where it stands, copied only where NFC or a legacy font must change it, and cleaned in one buffer.
    // rawString is raw as a string when the caller has one.
    internal static string Clean(ReadOnlySpan<char> raw, string? rawString, bool joinSplitSyllables)
    {
        var s = raw;
        var escaped = HtmlEntities.MayHold(raw);
        if (!TextFolding.IsComposed(raw) || LegacyLineNormalizer.MayHoldLegacy(raw) || escaped)
        {
            var whole = rawString ?? raw.ToString();
            if (escaped) whole = HtmlEntities.Decode(whole); // "Đo&agrave;n", as the text view reads it
            whole = whole.IsNormalized(NormalizationForm.FormC) ? whole : whole.Normalize(NormalizationForm.FormC);
            s = LegacyLineNormalizer.Normalize(whole); // as the text view does: a header line left in a VNI or TCVN3 font
        }
        char[]? rented = null;
        var buffer = s.Length <= 512 ? stackalloc char[512] : (rented = ArrayPool<char>.Shared.Rent(s.Length));
        var length = 0;
        foreach (var c in s)
        {
            if (c is '*' or '#' or '\r' or '\u00AD' or '\uFEFF') continue;
            var ch = c switch { '\u00D0' => 'Đ', '\u00F0' => 'đ', '\t' or '\u00A0' => ' ', _ => c };
            if (ch == ' ' && (length == 0 || buffer[length - 1] == ' ')) continue;
            buffer[length++] = ch;
        }
        string cleaned;
        if (buffer[..length].Contains('<'))
        {
            // "<b>KẾ HOẠCH</b>", "<i>Tân Thành, ngày …</i>": inline tags a page's HTML left in the text.
            cleaned = InlineTag().Replace(new string(buffer[..length]), "").Trim();
            cleaned = cleaned.StartsWith('>') ? cleaned.TrimStart('>', ' ') : cleaned;
        }
        else
        {
            var trimmed = ((ReadOnlySpan<char>)buffer[..length]).Trim();
            cleaned = new string(trimmed.StartsWith('>') ? trimmed.TrimStart("> ") : trimmed);
        }
        if (rented is not null) ArrayPool<char>.Shared.Return(rented);
        // Split syllables joined as the text view joins them, unless the view found none could be (Split's argument).
        return joinSplitSyllables ? SplitSyllableNormalizer.Join(cleaned) : cleaned;
    }
}
