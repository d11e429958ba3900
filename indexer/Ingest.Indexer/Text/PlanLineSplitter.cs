using System.Text;
using System.Text.RegularExpressions;

namespace Ingest.Indexer.Text;

/// <summary>Splits text into cleaned <see cref="PlanLine"/>s. Pure; linear in the input.</summary>
public static partial class PlanLineSplitter
{
    [GeneratedRegex(@"\t|\x20{3,}|\u00A0{2,}", RegexOptions.CultureInvariant)]
    private static partial Regex ColumnGap();

    /// <summary>All lines, empty ones included (blocks use them as separators).</summary>
    public static IReadOnlyList<PlanLine> Split(string text)
    {
        var lines = new List<PlanLine>();
        var start = 0;
        while (start <= text.Length)
        {
            var nl = text.IndexOf('\n', start);
            var end = nl < 0 ? text.Length : nl;
            lines.Add(new PlanLine(text, start, end));
            if (nl < 0) break;
            start = nl + 1;
        }
        return lines;
    }

    /// <summary>The cleaned, non-empty columns of a raw line.</summary>
    public static IReadOnlyList<string> Columns(string raw) =>
        ColumnGap().Split(raw).Select(Clean).Where(c => c.Length > 0).ToArray();

    [GeneratedRegex(@"</?(?:b|i|u|em|strong|span|p|br|font|sup|sub)\b[^<>]{0,60}>", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex InlineTag();

    /// <summary>Cleans one line or cell: NFC, legacy-font words decoded, Ð→Đ, Markdown marks dropped, spaces folded and trimmed.</summary>
    public static string Clean(string raw)
    {
        var s = raw.IsNormalized(NormalizationForm.FormC) ? raw : raw.Normalize(NormalizationForm.FormC);
        s = LegacyLineNormalizer.Normalize(s); // as the text view does: a header line left in a VNI or TCVN3 font
        var sb = new StringBuilder(s.Length);
        foreach (var c in s)
        {
            if (c is '*' or '#' or '\r' or '\u00AD' or '\uFEFF') continue;
            var ch = c switch { '\u00D0' => 'Đ', '\u00F0' => 'đ', '\t' or '\u00A0' => ' ', _ => c };
            if (ch == ' ' && (sb.Length == 0 || sb[^1] == ' ')) continue;
            sb.Append(ch);
        }
        var cleaned = sb.ToString();
        // "<b>KẾ HOẠCH</b>", "<i>Tân Thành, ngày …</i>": inline tags a page's HTML left in the text.
        if (cleaned.Contains('<')) cleaned = InlineTag().Replace(cleaned, "");
        cleaned = cleaned.Trim();
        return cleaned.StartsWith('>') ? cleaned.TrimStart('>', ' ') : cleaned;
    }
}
