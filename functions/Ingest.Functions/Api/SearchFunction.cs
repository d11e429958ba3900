using Ingest.Indexer.Indexing;
using Microsoft.Azure.Functions.Worker;

namespace Ingest.Functions.Api;

/// <summary>GET /api/search: full-text search with filters, snippets and facets.</summary>
public sealed class SearchFunction(ISearchIndex index)
{
    [Function("Search")]
    public async Task<IResult> Run([HttpTrigger(AuthorizationLevel.Function, "get", Route = "search")] HttpRequest request, CancellationToken cancellationToken)
    {
        var q = request.Query;
        if (!QueryValues.TryInt(q["page"], 1, out var page) || !QueryValues.TryInt(q["pageSize"], 20, out var size) || !QueryValues.TryYear(q["year"], out var year)
            || !QueryValues.TryDate(q["from"], out var from) || !QueryValues.TryDate(q["to"], out var to))
            return Results.Problem(title: "Bad query", detail: "page, pageSize and year are numbers; from and to are yyyy-MM-dd.", statusCode: 400);
        return Results.Ok(await index.SearchAsync(new SearchQuery
        {
            Text = q["q"].FirstOrDefault() ?? "", Level = q["level"], Province = q["province"], Issuer = q["issuer"], Year = year,
            Type = q["type"], IssuedFrom = from, IssuedTo = to, Page = page, PageSize = Math.Clamp(size, 1, 100),
        }, cancellationToken));
    }
}
