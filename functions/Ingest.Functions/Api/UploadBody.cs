namespace Ingest.Functions.Api;

/// <summary>An upload's file name and bytes, read with a hard size limit.</summary>
internal sealed record UploadBody(string? FileName, byte[] Content)
{
    /// <summary>
    /// Reads a multipart form's file, or else the raw body named by ?name=. Throws
    /// <see cref="UploadTooLargeException"/> as soon as more than <paramref name="limit"/> bytes arrive; null
    /// when a form holds no file.
    /// </summary>
    public static async Task<UploadBody?> ReadAsync(HttpRequest request, long limit, CancellationToken ct)
    {
        try
        {
            // Only multipart is a form here: curl --data-binary labels raw bytes application/x-www-form-urlencoded.
            if (request.ContentType?.StartsWith("multipart/form-data", StringComparison.OrdinalIgnoreCase) == true)
            {
                var form = await request.ReadFormAsync(new Microsoft.AspNetCore.Http.Features.FormOptions { MultipartBodyLengthLimit = limit }, ct);
                var file = form.Files.GetFile("file") ?? form.Files.FirstOrDefault();
                if (file is null) return null;
                if (file.Length > limit) throw new UploadTooLargeException();
                await using var stream = file.OpenReadStream();
                return new UploadBody(file.FileName, await ReadBoundedAsync(stream, limit, ct));
            }
            return new UploadBody(request.Query["name"], await ReadBoundedAsync(request.Body, limit, ct));
        }
        catch (InvalidDataException e) when (e.Message.Contains("limit", StringComparison.OrdinalIgnoreCase)) { throw new UploadTooLargeException(); }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge) { throw new UploadTooLargeException(); }
    }

    private static async Task<byte[]> ReadBoundedAsync(Stream body, long limit, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await body.ReadAsync(chunk, ct)) > 0)
        {
            if (buffer.Length + read > limit) throw new UploadTooLargeException();
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }
}
