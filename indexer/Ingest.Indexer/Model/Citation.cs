namespace Ingest.Indexer.Model;

/// <summary>
/// One mention of a document in a plan. <see cref="Start"/>/<see cref="End"/> index the original text, and
/// <see cref="Text"/> is exactly that slice. <see cref="Key"/> identifies the document across plans
/// (see docs/citation-keys.md).
/// </summary>
public sealed record Citation
{
    /// <summary>Type name, e.g. <c>Chỉ thị</c>.</summary>
    public required string Type { get; init; }
    /// <summary>Stable type id, e.g. <c>chi-thi</c>.</summary>
    public required string TypeId { get; init; }
    /// <summary>Canonical number without spaces, e.g. <c>34-CT/TW</c>; null for a citation by name.</summary>
    public string? Number { get; init; }
    /// <summary>ISO date written with this mention, or null.</summary>
    public string? Date { get; init; }
    /// <summary>Issuer written with this mention (or the only possible one), or null.</summary>
    public string? Issuer { get; init; }
    /// <summary>The document's name for a citation by name (e.g. <c>Thi đua, khen thưởng</c> for a Luật).</summary>
    public string? Name { get; init; }
    /// <summary>The subject after "về"/"về việc", when written.</summary>
    public string? Subject { get; init; }
    /// <summary>basis, implements or mentions; see <see cref="CitationRelation"/>.</summary>
    public required string Relation { get; init; }
    /// <summary>Canonical key shared by every spelling of the same document.</summary>
    public required string Key { get; init; }
    /// <summary>party, state or null (by name).</summary>
    public string? System { get; init; }
    /// <summary>Administrative level of the cited document's issuer, when it can be told.</summary>
    public string? Level { get; init; }
    /// <summary>Index (in the plan's citation list) of the earlier full citation this short form refers to.</summary>
    public int? ResolvedFrom { get; init; }
    public required string Text { get; init; }
    public required int Start { get; init; }
    public required int End { get; init; }
}
