using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;

namespace Ingest.Functions.Api;

/// <summary>
/// An upload's file name and bytes, read with a hard size limit. A multipart form is read as a stream of sections
/// (<see cref="MultipartReader"/>), not through <c>ReadFormAsync</c>: the form reader buffers every file section
/// again (to a temporary file on disk past 64 KB), and the copy into an array of our own came on top; reading a
/// section straight into an array sized from the request's length allocates the file once (run 72: the reading of
/// 10,000 uploads was 5% of the service's CPU, most of it an 80 KB chunk and a growing copy per upload).
/// </summary>
internal sealed record UploadBody(string? FileName, ReadOnlyMemory<byte> Content)
{
    /// <summary>The form field a client names its file (in any case, as the form reader matched it); any other file field serves when this one is absent.</summary>
    public const string FileField = "file";

    /// <summary>
    /// Reads a multipart form's file, or else the raw body named by ?name=. Throws
    /// <see cref="UploadTooLargeException"/> as soon as more than <paramref name="limit"/> bytes arrive, and
    /// <see cref="InvalidDataException"/> for a form that is cut short or has no boundary; null when a form holds
    /// no file.
    /// </summary>
    public static async Task<UploadBody?> ReadAsync(HttpRequest request, long limit, CancellationToken ct)
    {
        try
        {
            // Only multipart is a form here: curl --data-binary labels raw bytes application/x-www-form-urlencoded.
            if (request.ContentType?.StartsWith("multipart/form-data", StringComparison.OrdinalIgnoreCase) == true)
                return await ReadFormFileAsync(request, limit, ct);
            return new UploadBody(request.Query["name"], await ReadBoundedAsync(request.Body, limit, request.ContentLength, ct));
        }
        // The server's own cut-off (Kestrel's MaxRequestBodySize), and a form section past the reader's limit.
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge) { throw new UploadTooLargeException(); }
        catch (InvalidDataException e) when (e.Message.Contains("limit", StringComparison.OrdinalIgnoreCase)) { throw new UploadTooLargeException(); }
    }

    // The section named "file", else the form's first file; the other sections are skipped unread.
    private static async Task<UploadBody?> ReadFormFileAsync(HttpRequest request, long limit, CancellationToken ct)
    {
        var boundary = MediaTypeHeaderValue.TryParse(request.ContentType, out var type) ? HeaderUtilities.RemoveQuotes(type.Boundary).Value : null;
        if (string.IsNullOrEmpty(boundary)) throw new InvalidDataException("The form has no boundary in its Content-Type.");
        var reader = new MultipartReader(boundary, request.Body) { BodyLengthLimit = limit };
        UploadBody? first = null;
        try
        {
            while (await reader.ReadNextSectionAsync(ct) is { } section)
            {
                if (!ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition) || !disposition.IsFileDisposition()) continue;
                var fileName = HeaderUtilities.RemoveQuotes(disposition.FileNameStar.HasValue ? disposition.FileNameStar : disposition.FileName).Value;
                var field = HeaderUtilities.RemoveQuotes(disposition.Name).Value;
                // A form holds its file and a few short fields: the request's length bounds the file's.
                var file = new UploadBody(fileName, await ReadBoundedAsync(section.Body, limit, request.ContentLength, ct));
                if (string.Equals(field, FileField, StringComparison.OrdinalIgnoreCase)) return file;
                first ??= file;
            }
        }
        catch (IOException e) when (e is not BadHttpRequestException)
        {
            // The reader's answer to a body that ends inside a section ("Unexpected end of Stream").
            throw new InvalidDataException($"The form is cut short: {e.Message}", e);
        }
        return first;
    }

    // The stream's bytes in one array when the expected length is known (sized to it, bounded by the limit), else
    // grown by doubling; refused as soon as more than the limit has arrived.
    private static async Task<ReadOnlyMemory<byte>> ReadBoundedAsync(Stream body, long limit, long? expected, CancellationToken ct)
    {
        var buffer = new byte[(int)Math.Clamp(expected ?? 16 * 1024, 1, limit + 1)];
        var length = 0;
        while (true)
        {
            if (length == buffer.Length)
            {
                if (length > limit) throw new UploadTooLargeException();
                Array.Resize(ref buffer, (int)Math.Min((long)buffer.Length * 2, limit + 1));
            }
            var read = await body.ReadAsync(buffer.AsMemory(length), ct);
            if (read == 0) return buffer.AsMemory(0, length);
            length += read;
        }
    }
}
