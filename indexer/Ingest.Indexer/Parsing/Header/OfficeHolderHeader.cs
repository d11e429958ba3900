using Ingest.Indexer.Model;
using Ingest.Indexer.Parsing.Citations;
using Ingest.Indexer.Text;

namespace Ingest.Indexer.Parsing.Header;

/// <summary>
/// The header of a document issued by an office-holder: "CHỦ TỊCH ỦY BAN NHÂN DÂN / THÀNH PHỐ HUẾ" over a number
/// coded -CTUBND. The issuer is the office with its body ("Chủ tịch UBND thành phố Huế"), at the body's level. Where
/// the line is damaged ("CHỦ TỊCH NHÂN / DÂN": the body's head word lost), the number's code says which body's office
/// it is, or nothing does and the reading is left empty for review. Pure and thread-safe.
/// </summary>
public static class OfficeHolderHeader
{
    /// <summary>The office written before a body in an office-holder's header.</summary>
    public const string Office = "Chủ tịch";

    /// <summary>
    /// The issuer of a header block whose issuing <paramref name="unit"/> is read from <paramref name="blocks"/>: the
    /// office with its body when the block opens with the office ("CHỦ TỊCH" over "ỦY BAN NHÂN DÂN …"); the office
    /// line with its lost body word restored from <paramref name="symbol"/>'s code when it reads "CHỦ TỊCH NHÂN DÂN …";
    /// null when no code names that body (a damaged office line is no issuer); any other unit unchanged. Only the
    /// header's block: the enacting line under a decision's title ("CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH …") names who
    /// signs for the body in the header, not another issuer.
    /// </summary>
    public static IssuerUnit? Read(IReadOnlyList<IssuerUnit> blocks, IssuerUnit? unit, DocumentSymbol? symbol, IssuerUnitReader units, List<Diagnostic> diagnostics)
    {
        if (unit is { Head.IsChild: false } && blocks.Count >= 2 && IsOffice(blocks[^2]) && blocks[^1].Head is not null)
            return unit with { Name = $"{Office} {unit.Name}" };
        if (unit is not { Head: null, Tokens: [{ Folded: "chu" }, { Folded: "tich" }, { Folded: "nhan" }, { Folded: "dan" }, ..] }) return unit;
        // "CTUBND", "CT-UBND", "CTHĐND": the office's code names its body.
        var code = symbol?.IssuerCode is { } c ? TextFolding.Fold(c).Replace("-", "") : "";
        string? body = code.EndsWith("ubnd", StringComparison.Ordinal) ? "Ủy ban nhân dân" : code.EndsWith("hdnd", StringComparison.Ordinal) ? "Hội đồng nhân dân" : null;
        var rest = string.Join(' ', unit.Tokens.Skip(4).Select(t => t.Text));
        if (body is null || units.ReadName($"{body} {rest}") is not { Head: not null } repaired)
        {
            diagnostics.Add(new("issuer-damaged", "warning", "the header's office line lost the body it heads; no code says which, so no issuer is read"));
            return null;
        }
        diagnostics.Add(new("issuer-repaired", "info", $"the header's office line lost its body's word; the number's code ({symbol!.IssuerCode}) names it"));
        return repaired with { Name = $"{Office} {repaired.Name}", Tokens = unit.Tokens };
    }

    private static bool IsOffice(IssuerUnit unit) => unit is { Head: null, Tokens: [{ Folded: "chu" }, { Folded: "tich" }] };
}
