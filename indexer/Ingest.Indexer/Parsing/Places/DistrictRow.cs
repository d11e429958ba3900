namespace Ingest.Indexer.Parsing.Places;

/// <summary>A row of districts.json: a district-level unit before 2025 and its province.</summary>
/// <param name="Name">The name without its kind word ("Nhà Bè", "8").</param>
/// <param name="Kinds">The kind words it was listed with (huyện, quận, thị xã, thành phố).</param>
/// <param name="Province">Its province, as named in provinces.json.</param>
/// <param name="LastListed">The last list that still named it, when it was merged or renamed before 2025; else null.</param>
public sealed record DistrictRow(string Name, IReadOnlyList<string> Kinds, string Province, string? LastListed = null);
