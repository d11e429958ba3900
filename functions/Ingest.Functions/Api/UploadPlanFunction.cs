using Ingest.Functions.Hosting;
using Ingest.Indexer.Pipeline;
using Ingest.Indexer.Storage;
using Microsoft.Azure.Functions.Worker;

namespace Ingest.Functions.Api;

/// <summary>
/// POST /api/plans: stores an upload in plans/ and ingests it. The body is the file (?name=plan.pdf), whatever
/// its content type (curl --data-binary sends form-urlencoded), or a multipart form with a "file" field.
/// 201 added, 200 unchanged or replaced (previousVersion says where the replaced original stays), 413 too large (refused before reading, or as soon as a chunked body
/// passes the limit), 422 unreadable with its reason and the blob where it is kept
/// (plans/versions/…; the plan already under that name, if any, stays as it was), 503 with Retry-After when
/// another instance held the name past the wait (nothing stored).
/// </summary>
public sealed class UploadPlanFunction(PlanIngestion ingestion, IngestSettings settings)
{
    [Function("UploadPlan")]
    public async Task<IResult> Run([HttpTrigger(AuthorizationLevel.Function, "post", Route = "plans")] HttpRequest request, CancellationToken cancellationToken)
    {
        var limit = settings.MaxUploadBytes;
        if (request.ContentLength > limit) return TooLarge(limit);
        UploadBody? upload;
        try { upload = await UploadBody.ReadAsync(request, limit, cancellationToken); }
        catch (UploadTooLargeException) { return TooLarge(limit); }
        catch (InvalidDataException e) { return Results.Problem(title: "Malformed form", detail: e.Message, statusCode: 400); }
        if (upload is null) return Results.Problem(title: "No file", detail: "Send the plan in a form field named file.", statusCode: 400);
        var blobName = BlobNames.ForUpload(upload.FileName);
        if (blobName is null) return Results.Problem(title: "Bad file name", detail: "Give the file a name (?name=plan.pdf).", statusCode: 400);
        IngestResult result;
        try { result = await ingestion.UploadAsync(blobName, upload.Content, cancellationToken); }
        catch (NameLockTimeoutException e)
        {
            // Another instance is still writing this name: nothing was stored, the clerk sends it again later.
            request.HttpContext.Response.Headers.RetryAfter = "30";
            return Results.Problem(title: "Busy", detail: e.Message, statusCode: 503,
                extensions: new Dictionary<string, object?> { ["name"] = "plans/" + blobName });
        }
        return result.Status switch
        {
            IngestStatus.Failed => Results.Problem(title: "The file cannot be read", detail: result.Error, statusCode: 422,
                extensions: new Dictionary<string, object?> { ["reason"] = result.Reason, ["blob"] = result.Kept, ["name"] = "plans/" + blobName }),
            // A header is ASCII: a Vietnamese name is percent-encoded, segment by segment.
            IngestStatus.Added => Results.Created("/api/plans/" + string.Join('/', blobName.Split('/').Select(Uri.EscapeDataString)), result),
            _ => Results.Ok(result),
        };
    }

    private static IResult TooLarge(long limit) =>
        Results.Problem(title: "File too large", detail: $"The limit is {limit / 1048576} MB.", statusCode: 413);
}
