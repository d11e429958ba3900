namespace Ingest.Indexer.Model;

/// <summary>Who issued a plan, at which administrative level and in which province, with the evidence read.</summary>
public sealed record IssuerInfo
{
    public string? Name { get; init; }
    /// <summary>One of <see cref="AdministrativeLevel"/>, or null when unknown.</summary>
    public string? Level { get; init; }
    public string? Province { get; init; }
    public IReadOnlyList<Evidence> Evidence { get; init; } = [];

    /// <summary>An issuer about which nothing is known.</summary>
    public static IssuerInfo Unknown { get; } = new();
}
