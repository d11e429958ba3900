using System.Runtime.CompilerServices;
using Ingest.Indexer.Graph;
using Microsoft.Azure.Functions.Worker;

namespace Ingest.Functions.Api;

/// <summary>GET /api/documents/suggest?q=&amp;max=: known documents matching what the user has typed so far.</summary>
public sealed class SuggestFunction(IReferenceGraph graph)
{
    // One suggester (and its cached list of documents) per index instance.
    private static readonly ConditionalWeakTable<IDocumentDirectory, DocumentSuggester> Suggesters = new();

    [Function("Suggest")]
    public async Task<IResult> Run([HttpTrigger(AuthorizationLevel.Function, "get", Route = "documents/suggest")] HttpRequest request, CancellationToken cancellationToken)
    {
        if (graph is not IDocumentDirectory directory)
            return Results.Problem(title: "Suggestions are not available", detail: "This index cannot list the documents it knows.", statusCode: 501);
        var max = int.TryParse(request.Query["max"].FirstOrDefault(), out var m) ? m : 10;
        var suggester = Suggesters.GetValue(directory, d => new DocumentSuggester(d));
        return Results.Ok(await suggester.SuggestAsync(request.Query["q"].FirstOrDefault() ?? "", max, cancellationToken));
    }
}
