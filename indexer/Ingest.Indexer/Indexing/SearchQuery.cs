namespace Ingest.Indexer.Indexing;

/// <summary>A full-text search with filters. Every filter is optional; text may be empty to browse by filters.</summary>
public sealed record SearchQuery
{
    /// <summary>Words to find, typed with or without Vietnamese marks ("chi thi 34 ct tw", "Đồng Nai").</summary>
    public string Text { get; init; } = "";
    public string? Level { get; init; }
    public string? Province { get; init; }
    /// <summary>Issuer name, matched ignoring marks and case, as a substring.</summary>
    public string? Issuer { get; init; }
    public int? Year { get; init; }
    /// <summary>Document type id (ke-hoach) or name (Kế hoạch).</summary>
    public string? Type { get; init; }
    public DateOnly? IssuedFrom { get; init; }
    public DateOnly? IssuedTo { get; init; }
    /// <summary>1-based page of results.</summary>
    public int Page { get; init; } = 1;
    public int PageSize { get; init; } = 20;
    /// <summary>Count results by level, province, year, issuer and type.</summary>
    public bool WithFacets { get; init; } = true;
}
