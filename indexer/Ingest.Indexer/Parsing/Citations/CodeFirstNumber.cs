using System.Text.RegularExpressions;
using Ingest.Indexer.Text;

namespace Ingest.Indexer.Parsing.Citations;

/// <summary>
/// A company numbers its own letters as it likes, and a reply cites that number as written: "Trả lời công văn số
/// TDV/01-2020 đề ngày 22/09/2020 của Công ty TNHH Trancy Distribution (Việt Nam)" (ka-010, Cục Thuế Hà Nội), the
/// company's code first, then the serial and the year. After a type word and "số" any well-formed code sequence is a
/// symbol (issue 10, point 3); this one is read only there, its code in capitals. Pure and thread-safe.
/// </summary>
internal static partial class CodeFirstNumber
{
    [GeneratedRegex(@"\G(?<code>[a-z]{2,6})/(?<n>\d{1,4})-(?<y>(?:19|20)\d{2})(?![a-z0-9/-])", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();

    /// <summary>The symbol written at <paramref name="at"/> with its end, or null.</summary>
    public static (DocumentSymbol Symbol, int End)? ParseAt(TextView view, int at)
    {
        if (at >= view.Folded.Length || !char.IsAsciiLetterUpper(view.Normalized[at])) return null;
        var m = Pattern().Match(view.Folded, at);
        if (!m.Success) return null;
        var code = view.Normalized.Substring(at, m.Groups["code"].Length);
        foreach (var c in code) if (!char.IsAsciiLetterUpper(c)) return null;
        var end = m.Index + m.Length;
        var symbol = new DocumentSymbol(view.Normalized[at..end], m.Groups["n"].Value, int.Parse(m.Groups["y"].ValueSpan), null, [code], false, false);
        return (symbol, end);
    }
}
