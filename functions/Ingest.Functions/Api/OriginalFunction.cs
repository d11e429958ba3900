using Ingest.Indexer.Storage;
using Microsoft.Azure.Functions.Worker;

namespace Ingest.Functions.Api;

/// <summary>GET /api/originals/{id}: the uploaded original, as stored in plans/.</summary>
public sealed class OriginalFunction(IBlobStore blobs)
{
    [Function("Original")]
    public async Task<IResult> Run([HttpTrigger(AuthorizationLevel.Function, "get", Route = "originals/{*id}")] HttpRequest request,
        string id, CancellationToken cancellationToken)
    {
        try
        {
            return await blobs.GetAsync(BlobContainers.Plans, id, cancellationToken) is { } bytes
                ? Results.File(bytes, "application/octet-stream", Path.GetFileName(id))
                : Results.Problem(title: "No such file", statusCode: 404);
        }
        catch (ArgumentException) { return Results.Problem(title: "Bad name", statusCode: 400); }
    }
}
