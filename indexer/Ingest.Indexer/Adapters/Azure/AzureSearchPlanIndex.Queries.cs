using Azure.Search.Documents;
using Azure.Search.Documents.Models;
using Ingest.Indexer.Graph;
using Ingest.Indexer.Indexing;
using Ingest.Indexer.Text;
using static Ingest.Indexer.Adapters.Azure.AzureSearchDocuments;

namespace Ingest.Indexer.Adapters.Azure;

public sealed partial class AzureSearchPlanIndex
{
    private const string PreTag = "\u0002";
    private const string PostTag = "\u0003";

    /// <inheritdoc />
    public async Task<SearchResults> SearchAsync(SearchQuery query, CancellationToken cancellationToken = default)
    {
        var size = Math.Clamp(query.PageSize, 1, 200);
        // The query text read as the embedded index reads it, sent in the full syntax with every clause's
        // operator written out and every reserved character escaped.
        var text = AzureSearchQueryText.Render(SearchSyntax.Read(query.Text));
        var skip = (long)(Math.Max(1, query.Page) - 1) * size;
        // The service refuses a skip over 100,000. A page beyond that is answered with the total only: empty
        // when the results end before it (as the embedded index answers), refused when they do not.
        var tooFar = skip > MaxSkip;
        var options = new SearchOptions
        {
            Filter = Filter(query, text.Filters),
            IncludeTotalCount = true,
            Skip = tooFar ? 0 : (int)skip,
            Size = tooFar ? 0 : size,
            SearchMode = SearchMode.All,
            QueryType = SearchQueryType.Full,
            ScoringProfile = text.Ranked ? AzureSearchSchema.ScoringProfile : null,
            HighlightPreTag = PreTag,
            HighlightPostTag = PostTag,
        };
        foreach (var f in AzureSearchSchema.SearchFields) options.SearchFields.Add(f);
        foreach (var f in AzureSearchSchema.HitFields) options.Select.Add(f);
        if (text.Ranked && !tooFar) options.HighlightFields.Add("bodyFolded");
        if (!text.Ranked) options.OrderBy.Add("issueDate desc");
        if (query.WithFacets && !tooFar) foreach (var (_, field) in AzureSearchSchema.Facets) options.Facets.Add($"{field},count:50");
        var response = (await _documents.SearchAsync<SearchDocument>(text.Search, options, cancellationToken)).Value;
        if (tooFar)
        {
            var total = response.TotalCount ?? 0;
            if (total > skip) throw new ArgumentOutOfRangeException(nameof(query), $"page {query.Page} is beyond the {MaxSkip:N0} results a search can skip; narrow the query");
            return new SearchResults(total, [], new Dictionary<string, IReadOnlyList<FacetCount>>());
        }
        var hits = new List<SearchHit>();
        await foreach (var r in response.GetResultsAsync())
        {
            var d = r.Document;
            var snippet = r.Highlights is not null && r.Highlights.TryGetValue("bodyFolded", out var h) ? string.Join(" … ", h) : null;
            hits.Add(new SearchHit(Str(d, "planId")!, Str(d, "number"), Str(d, "title"), Str(d, "issuer"), Str(d, "level"), Str(d, "province"),
                d.TryGetValue("year", out var y) && y is not null ? Convert.ToInt32(y, System.Globalization.CultureInfo.InvariantCulture) : null,
                IsoDate(d, "issueDate"), Str(d, "docType"), -(r.Score ?? 0), Snippets.Parts(snippet)));
            if (hits.Count >= size) break;
        }
        var facets = new Dictionary<string, IReadOnlyList<FacetCount>>();
        if (response.Facets is not null)
            foreach (var (name, field) in AzureSearchSchema.Facets)
                if (response.Facets.TryGetValue(field, out var values))
                    facets[name] = values.Select(v => new FacetCount(Convert.ToString(v.Value, System.Globalization.CultureInfo.InvariantCulture)!, v.Count ?? 0)).ToList();
        return new SearchResults(response.TotalCount ?? hits.Count, hits, facets)
        {
            ProvincesCovered = Places.ProvinceMerges.Default.CoverWhenMerged(query.Province),
        };
    }

    private static string? Filter(SearchQuery q, IEnumerable<string> fieldTerms)
    {
        var clauses = new List<string>(fieldTerms);
        if (q.Level is not null) clauses.Add($"level eq {Q(q.Level)}");
        // Today's province also covers the provinces merged into it in 2025; plans keep their old province.
        if (q.Province is not null)
            clauses.Add("(" + string.Join(" or ", Places.ProvinceMerges.Default.Covering(q.Province).Select(p => $"provinceSlug eq {Q(TextFolding.Slug(p))}")) + ")");
        if (q.Year is not null) clauses.Add($"year eq {q.Year.Value}");
        if (q.Type is not null) clauses.Add($"(docTypeId eq {Q(q.Type)} or docType eq {Q(q.Type)})");
        if (q.Issuer is not null) clauses.Add($"search.ismatch({Q(string.Join(' ', SearchText.Words(q.Issuer)))}, 'issuerFolded', 'simple', 'all')");
        if (q.IssuedFrom is not null) clauses.Add($"issueDate ge {DateLiteral(q.IssuedFrom.Value)}");
        if (q.IssuedTo is not null) clauses.Add($"issueDate le {DateLiteral(q.IssuedTo.Value)}");
        return clauses.Count == 0 ? null : string.Join(" and ", clauses);
    }

    private async Task<string?> IndexedPlanOfAsync(DocumentRef reference, CancellationToken cancellationToken)
    {
        if (reference.NumberKey is null) return null;
        var filter = $"numberKey eq {Q(reference.NumberKey)}" + (reference.Year is null ? "" : $" and year eq {reference.Year}");
        if (reference.Province is not null && reference.Below is null) filter += $" and provinceSlug eq {Q(reference.Province)}";
        var docs = await FilterAsync(filter, ["planId", "issueDate", "numberKey", "year", "docKey"], cancellationToken, max: 50);
        return TheDocument(reference, docs);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<DeadlineHit>> DeadlinesAsync(DateOnly from, DateOnly to, string? issuer = null, CancellationToken cancellationToken = default)
    {
        var (f, t) = (from.ToString("yyyy-MM-dd"), to.ToString("yyyy-MM-dd"));
        // A range inside any() is allowed on a Collection(Edm.DateTimeOffset), not on strings.
        var filter = $"deadlineDates/any(d: d ge {DateLiteral(from)} and d le {DateLiteral(to)})";
        if (issuer is not null) filter += $" and search.ismatch({Q(string.Join(' ', SearchText.Words(issuer)))}, 'issuerFolded', 'simple', 'all')";
        return (await FilterAsync(filter, ["deadlinesJson"], cancellationToken))
            .SelectMany(Deadlines)
            .Where(d => string.CompareOrdinal(d.Date, f) >= 0 && string.CompareOrdinal(d.Date, t) <= 0)
            .OrderBy(d => d.Date, StringComparer.Ordinal).ThenBy(d => d.Issuer, StringComparer.Ordinal).ThenBy(d => d.PlanId, StringComparer.Ordinal)
            .ToList();
    }
}
