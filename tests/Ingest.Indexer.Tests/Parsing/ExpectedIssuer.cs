using Ingest.Indexer.Model;

namespace Ingest.Indexer.Tests.Parsing;

/// <summary>What a row of the issuer tests expects of the issuer; null means "must be empty".</summary>
public sealed record ExpectedIssuer(string? Name, string? Level, string? Province)
{
    /// <summary>Holds <paramref name="record"/>'s issuer to this row; <paramref name="layout"/> names the row in a failure.</summary>
    public void AssertReadIn(string layout, PlanRecord record)
    {
        Assert.True(Fold(Name) == Fold(record.Issuer.Name), $"{layout}: issuer {record.Issuer.Name}");
        Assert.True(Level == record.Issuer.Level, $"{layout}: level {record.Issuer.Level}");
        Assert.True(Province == record.Issuer.Province, $"{layout}: province {record.Issuer.Province}");
    }

    // Case and commas are the header's typography, not the name.
    private static string? Fold(string? name) => name?.Replace(",", "").ToLowerInvariant();
}
