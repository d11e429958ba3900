using Ingest.Indexer.Graph;
using static Ingest.Indexer.Adapters.Azure.AzureSearchDocuments;

namespace Ingest.Indexer.Adapters.Azure;

public sealed partial class AzureSearchPlanIndex : IDocumentDirectory
{
    /// <inheritdoc />
    /// <remarks>Reads every plan's stored citations, a page of 1,000 plans a request: callers cache the list (DocumentSuggester does).</remarks>
    public async Task<IReadOnlyList<KnownDocument>> KnownDocumentsAsync(CancellationToken cancellationToken = default)
    {
        var plans = await FilterAsync("planId ne null", ["planId", "docKey", "docType", "number", "issuer", "level", "year", "citationsJson"], cancellationToken);
        var indexed = plans.Select(d => Str(d, "docKey")).Where(k => k is not null).ToHashSet(StringComparer.Ordinal);
        var cited = plans
            .SelectMany(d => Citations(d).Select(c => (PlanId: Str(d, "planId"), Citation: c)))
            .GroupBy(x => x.Citation.Key, StringComparer.Ordinal)
            .Select(g =>
            {
                var c = g.First().Citation;
                return new KnownDocument(g.Key, c.Label, KnownDocument.LookupOf(c.Label, c.Year), c.Level, c.Year,
                    g.Select(x => x.PlanId).Distinct().Count(), indexed.Contains(g.Key));
            })
            .ToList();
        var citedKeys = cited.Select(d => d.Key).ToHashSet(StringComparer.Ordinal);
        foreach (var d in plans)
        {
            if (Str(d, "docKey") is not { } key || citedKeys.Contains(key)) continue;
            var label = string.Join(" ", new[] { Str(d, "docType"), Str(d, "number") }.Where(s => !string.IsNullOrEmpty(s)))
                + (Str(d, "issuer") is { } issuer ? " — " + issuer : "");
            int? year = int.TryParse(Str(d, "year"), out var y) ? y : null;
            cited.Add(new KnownDocument(key, label, KnownDocument.LookupOf(label, year), Str(d, "level"), year, 0, true));
            citedKeys.Add(key);
        }
        return cited;
    }
}
