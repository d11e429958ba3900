using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Azure.Core;
using Ingest.Indexer.Extraction;
using Ingest.Indexer.Parsing.Tables;
using Ingest.Indexer.Text;

namespace Ingest.Indexer.Adapters.Azure;

/// <summary>
/// Text and OCR through Azure AI Document Intelligence v4.0, model prebuilt-read (it reads Vietnamese print;
/// Azure AI Vision Read does not list Vietnamese), for hosts that cannot ship poppler and Tesseract (a Flex
/// Consumption function app). Its SDK cannot be had from this machine's package mirror, so this is a small
/// REST client: POST …/documentModels/prebuilt-read:analyze, then poll the Operation-Location until the
/// result is ready, honouring Retry-After on 202 and 429. Text files, Word and OpenDocument files are read
/// locally, and so is a PDF's text layer (PdfPig, in process): only the pages that need OCR are sent (the
/// `pages` parameter), so a digital PDF costs no call at all. Tested against a local HTTP double built from
/// the documented shapes (a contract test). Thread-safe.
/// </summary>
public sealed class DocumentIntelligenceExtractor : ITextExtractor
{
    public const string ApiVersion = "2024-11-30";
    private const int MaxThrottleRetries = 6;
    private readonly HttpClient _http;
    private readonly Uri _endpoint;
    private readonly string? _key;
    private readonly TokenCredential? _credential;
    private readonly ExtractionLimits _limits;
    private readonly OcrRepair _repair;
    private readonly TimeSpan _maxWait;

    /// <summary>With a resource key (<paramref name="key"/>) or a Microsoft Entra credential (managed identity).</summary>
    public DocumentIntelligenceExtractor(HttpClient http, Uri endpoint, string? key = null, TokenCredential? credential = null,
        ExtractionLimits? limits = null, DomainTables? tables = null, TimeSpan? maxWait = null)
    {
        if (key is null && credential is null) throw new ArgumentException("a key or a credential is required");
        (_http, _endpoint, _key, _credential) = (http, endpoint, key, credential);
        _limits = limits ?? ExtractionLimits.Default;
        _repair = new OcrRepair(tables ?? DomainTables.Default);
        _maxWait = maxWait ?? TimeSpan.FromSeconds(30);
    }

    /// <inheritdoc />
    public async Task<ExtractedDocument> ExtractAsync(ReadOnlyMemory<byte> content, string fileName, CancellationToken cancellationToken = default)
    {
        if (content.Length > _limits.MaxBytes)
            throw new ExtractionException("too-large", fileName, $"{content.Length / 1048576.0:F1} MB; the limit is {_limits.MaxBytes / 1048576} MB");
        var kind = FileKindDetector.Detect(content.Span);
        switch (kind)
        {
            case FileKind.Text:
                var (text, encoding) = TextDecoder.Decode(content.Span);
                return new ExtractedDocument(kind, [new ExtractedPage(1, text, "text")], encoding.Contains('+') ? [$"converted from {encoding}"] : []);
            case FileKind.Docx:
                return new ExtractedDocument(kind, [new ExtractedPage(1, DocxReader.Read(content, fileName), "docx")], []);
            case FileKind.Pdf:
                return await ReadPdfAsync(content, fileName, cancellationToken);
            case FileKind.Png or FileKind.Jpeg or FileKind.Tiff:
                return await AnalyzeAsync(content, kind, fileName, null, cancellationToken);
            case FileKind.Odt:
                return new ExtractedDocument(kind, [new ExtractedPage(1, TextDecoder.Repair(OdtReader.Read(content, fileName, _limits)).Text, "odt")], []);
            case FileKind.LegacyDoc or FileKind.Rtf:
                // The service reads neither, and a Flex Consumption app cannot ship antiword or LibreOffice.
                throw new ExtractionException("unsupported-type", fileName, "Word 97-2003 .doc and RTF files are read only by the local extractor here; save it as .docx, .odt or PDF");
            default:
                throw new ExtractionException("unsupported-type", fileName, "not a PDF, Word .docx, OpenDocument .odt, image or text file");
        }
    }

    // Page by page as the local extractor chooses (PdfPagePolicy): the text layer where it is usable, the
    // service for the rest, in one call naming those pages.
    private async Task<ExtractedDocument> ReadPdfAsync(ReadOnlyMemory<byte> content, string fileName, CancellationToken ct)
    {
        PdfPigReader reader;
        try { reader = PdfPigReader.Open(content, fileName, _limits); }
        catch (ExtractionException e) when (e.Reason == "corrupt")
        {
            // PdfPig parses strictly; the service repairs what it can and refuses the rest.
            return await AnalyzeAsync(content, FileKind.Pdf, fileName, null, ct);
        }
        var pages = new ExtractedPage?[reader.PageCount];
        var warnings = new List<string>();
        using (reader)
        {
            for (var number = 1; number <= reader.PageCount; number++)
            {
                var page = reader.ReadPage(number);
                if (PdfPagePolicy.TextLayer(page) is not var (text, encoding)) continue;
                if (encoding.Contains('+')) warnings.Add($"page {number}: converted from the legacy encoding {encoding}");
                pages[number - 1] = new ExtractedPage(number, text, "text-layer");
            }
        }
        var missing = Enumerable.Range(1, pages.Length).Where(n => pages[n - 1] is null).ToList();
        if (missing.Count > 0)
        {
            var analyzed = await AnalyzeAsync(content, FileKind.Pdf, fileName, missing, ct);
            foreach (var page in analyzed.Pages.Where(p => p.Number >= 1 && p.Number <= pages.Length)) pages[page.Number - 1] = page;
            warnings.AddRange(analyzed.Warnings);
            foreach (var number in missing.Where(n => pages[n - 1] is null))
            {
                warnings.Add($"page {number}: the service returned no text for it");
                pages[number - 1] = new ExtractedPage(number, "", "cloud");
            }
        }
        var result = pages.Select(p => p!).ToList();
        if (PdfPagePolicy.MixedWarning(result) is { } mixed) warnings.Add(mixed);
        return new ExtractedDocument(FileKind.Pdf, result, warnings);
    }

    private async Task<ExtractedDocument> AnalyzeAsync(ReadOnlyMemory<byte> content, FileKind kind, string fileName, IReadOnlyList<int>? onlyPages, CancellationToken ct)
    {
        // "pages" takes 1-based numbers and ranges ("2,5-7"); the result keeps the document's page numbers.
        var pagesParameter = onlyPages is null ? "" : "&pages=" + string.Join(',', onlyPages);
        var analyze = new Uri(_endpoint, $"documentintelligence/documentModels/prebuilt-read:analyze?api-version={ApiVersion}{pagesParameter}");
        using var started = await SendAsync(() =>
        {
            var request = new HttpRequestMessage(HttpMethod.Post, analyze) { Content = JsonContent.Create(new { base64Source = Convert.ToBase64String(content.Span) }) };
            return request;
        }, ct);
        if (started.StatusCode != HttpStatusCode.Accepted) throw await Failure(started, fileName);
        var operation = started.Headers.TryGetValues("Operation-Location", out var values) ? new Uri(values.First())
            : throw new ExtractionException("tool-failed", fileName, "the service gave no Operation-Location");

        var deadline = DateTimeOffset.UtcNow + _limits.TimePerFile;
        while (true)
        {
            using var poll = await SendAsync(() => new HttpRequestMessage(HttpMethod.Get, operation), ct);
            if (!poll.IsSuccessStatusCode) throw await Failure(poll, fileName);
            var result = await poll.Content.ReadFromJsonAsync<Operation>(Json, ct)
                ?? throw new ExtractionException("tool-failed", fileName, "empty answer from the service");
            switch (result.Status)
            {
                case "succeeded":
                    return Pages(result.AnalyzeResult!, kind, fileName);
                case "failed":
                    var reason = result.Error?.Code is "InvalidContent" or "UnsupportedContent" or "InvalidInput" ? "corrupt" : "tool-failed";
                    throw new ExtractionException(reason, fileName, "the service could not read the file: " + (result.Error?.Message ?? "no detail"));
            }
            if (DateTimeOffset.UtcNow > deadline) throw new ExtractionException("timeout", fileName, $"no result within {_limits.TimePerFile.TotalSeconds:F0} s");
            await Task.Delay(RetryAfter(poll, TimeSpan.FromSeconds(1)), ct);
        }
    }

    private ExtractedDocument Pages(AnalyzeResult result, FileKind kind, string fileName)
    {
        if (result.Pages.Count > _limits.MaxPages)
            throw new ExtractionException("too-many-pages", fileName, $"{result.Pages.Count} pages; the limit is {_limits.MaxPages}");
        var warnings = new List<string>();
        var pages = result.Pages.Select(p =>
        {
            var text = string.Concat(p.Spans.Select(s => result.Content.Substring(s.Offset, Math.Min(s.Length, result.Content.Length - s.Offset))));
            var (repaired, repairs) = _repair.Apply(TextDecoder.Repair(text).Text);
            if (repairs > 0) warnings.Add($"page {p.PageNumber}: {repairs} OCR slip(s) in document numbers or dates repaired");
            return new ExtractedPage(p.PageNumber, repaired, "cloud");
        }).ToList();
        return new ExtractedDocument(kind, pages, warnings);
    }

    // Sends, authenticating each attempt, and waits out throttling (429) as long as the service asks.
    private async Task<HttpResponseMessage> SendAsync(Func<HttpRequestMessage> build, CancellationToken ct)
    {
        for (var attempt = 0; ; attempt++)
        {
            using var request = build();
            if (_key is not null) request.Headers.Add("Ocp-Apim-Subscription-Key", _key);
            else
            {
                var token = await _credential!.GetTokenAsync(new TokenRequestContext(["https://cognitiveservices.azure.com/.default"]), ct);
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token.Token);
            }
            var response = await _http.SendAsync(request, ct);
            if (response.StatusCode != HttpStatusCode.TooManyRequests || attempt >= MaxThrottleRetries) return response;
            var wait = RetryAfter(response, TimeSpan.FromSeconds(Math.Pow(2, attempt)));
            response.Dispose();
            await Task.Delay(wait, ct);
        }
    }

    private TimeSpan RetryAfter(HttpResponseMessage response, TimeSpan fallback)
    {
        var advised = response.Headers.RetryAfter?.Delta
            ?? (response.Headers.TryGetValues("Retry-After", out var v) && int.TryParse(v.First(), out var s) ? TimeSpan.FromSeconds(s) : fallback);
        return advised > _maxWait ? _maxWait : advised;
    }

    private static async Task<ExtractionException> Failure(HttpResponseMessage response, string fileName)
    {
        var body = await response.Content.ReadAsStringAsync();
        var reason = response.StatusCode == HttpStatusCode.BadRequest ? "corrupt" : "tool-failed";
        return new ExtractionException(reason, fileName, $"the service answered {(int)response.StatusCode}: {body[..Math.Min(300, body.Length)]}");
    }

    private static readonly JsonSerializerOptions Json = new() { PropertyNameCaseInsensitive = true };

    private sealed record Operation(string Status, AnalyzeResult? AnalyzeResult, ServiceError? Error);
    private sealed record ServiceError(string? Code, string? Message);
    private sealed record AnalyzeResult(string Content, List<Page> Pages);
    private sealed record Page(int PageNumber, List<Span> Spans);
    private sealed record Span(int Offset, int Length);
}
