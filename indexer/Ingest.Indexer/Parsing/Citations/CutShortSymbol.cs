using System.Text.RegularExpressions;
using Ingest.Indexer.Parsing.Tables;
using Ingest.Indexer.Text;

namespace Ingest.Indexer.Parsing.Citations;

/// <summary>
/// A symbol its writer cut short, cited as written (tests/corpus/README.md, "a symbol that lacks its type code stays as
/// written"): "Căn cứ … được sửa đổi, bổ sung bởi Luật số 56/2024/;" (ku-070, a provincial decision of 2026), the serial
/// and year with the slash before the missing code; "giải quyết chính sách theo Quyết định 40/2011-TTg" (ku-062, Báo
/// Thanh Hóa), the type code dropped before a central body's code. Read only after a type word, the trailing slash only
/// after "số" too, and the code only when it is a central body's (TTg, CP), which numbers nationally. Pure and thread-safe.
/// </summary>
internal static partial class CutShortSymbol
{
    [GeneratedRegex(@"\G(?<n>\d{1,5})/(?<y>(?:19|20)\d{2})(?:(?<slash>/)(?=[\x20;,)]|$)|-(?<code>[a-z]{2,6})(?![a-z0-9&/-]))", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();

    /// <summary>The symbol written at <paramref name="at"/> with its end, or null.</summary>
    public static (DocumentSymbol Symbol, int End)? ParseAt(TextView view, int at, bool afterSo, DomainTables tables)
    {
        if (at >= view.Folded.Length || !char.IsAsciiDigit(view.Folded[at])) return null;
        var m = Pattern().Match(view.Folded, at);
        if (!m.Success || m.Groups["slash"].Success && !afterSo) return null;
        var end = m.Index + m.Length;
        var year = int.Parse(m.Groups["y"].ValueSpan);
        if (m.Groups["slash"].Success)
            return (new DocumentSymbol(view.Normalized[at..end], m.Groups["n"].Value, year, null, [], false, false), end);
        var written = view.Normalized.Substring(m.Groups["code"].Index, m.Groups["code"].Length);
        if (tables.IssuerCodeBook.Find(written) is not { Code: { } code, Repaired: false } || tables.IssuerByCode(code)?.Scope != "central") return null;
        return (new DocumentSymbol(view.Normalized[at..end], m.Groups["n"].Value, year, null, [code], false, false), end);
    }
}
