using Ingest.Indexer.Parsing.Places;
using Ingest.Indexer.Parsing.Tables;
using Ingest.Indexer.Text;

namespace Ingest.Indexer.Parsing.Header;

/// <summary>
/// What two readings of a body share by their head words alone: headers write a kind of body with no place ("ỦY BAN NHÂN
/// DÂN", "ĐẢNG ỦY") that the body's text, its enacting line or its number's code names in full, and abbreviate the same
/// head differently ("UBND", "Ủy ban nhân dân"). Pure.
/// </summary>
internal static class IssuerHeads
{
    // "của Cục Thống kê", "Cục Lãnh sự trân trọng đề nghị …": a name with no place sits where its head word says
    // (issuer-heads.json fallbackLevel) when neither the name nor the tables give its level.
    internal static string? LevelOf(IssuerUnit unit, string name, DomainTables tables) =>
        unit.Level ?? IssuerLevels.FromText(tables, name) ?? unit.Head!.FallbackLevel;

    // A people's committee or council named without its jurisdiction ("ỦY BAN NHÂN DÂN").
    internal static bool IsVague(IssuerUnit? unit) =>
        unit is { Jurisdiction: null, Place: null, Level: null, Head: { Level: null, IsChild: false, PlaceFollows: false } };

    internal static bool SameHead(IssuerUnit a, IssuerUnit b) =>
        a.Head is not null && b.Head is not null && TextFolding.FoldLoose(a.Head.Text).Replace("ubnd", "uy ban nhan dan").Replace("hdnd", "hoi dong nhan dan")
            == TextFolding.FoldLoose(b.Head.Text).Replace("ubnd", "uy ban nhan dan").Replace("hdnd", "hoi dong nhan dan");
}
