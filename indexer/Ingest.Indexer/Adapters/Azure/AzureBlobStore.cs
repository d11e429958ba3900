using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Xml.Linq;
using Azure.Core;
using Ingest.Indexer.Storage;
using Polly;
using Polly.Retry;

namespace Ingest.Indexer.Adapters.Azure;

/// <summary>
/// A minimal Azure Blob Storage REST client (Azure.Storage.Blobs cannot be had from this machine's package
/// mirror: its System.IO.Hashing dependency is not served): Put Blob, Get Blob, List Blobs, Create Container,
/// with metadata. Authenticates with Shared Key (storage account keys, Azurite) or a Microsoft Entra token
/// (managed identity in Azure). Transient failures (408, 429, 500, 502, 503, 504, timeouts, connection
/// errors) are retried with exponential backoff and jitter (Polly). Tested against Azurite. Thread-safe.
/// </summary>
public sealed class AzureBlobStore : IBlobStore
{
    private const string Version = "2023-11-03";
    private readonly HttpClient _http;
    private readonly Uri _endpoint;
    private readonly string? _account;
    private readonly byte[]? _key;
    private readonly TokenCredential? _credential;
    private readonly ResiliencePipeline<HttpResponseMessage> _retry;

    /// <summary>With an account key: <paramref name="endpoint"/> is the blob endpoint (for Azurite http://127.0.0.1:PORT/devstoreaccount1).</summary>
    public AzureBlobStore(HttpClient http, Uri endpoint, string account, string base64Key)
        : this(http, endpoint, account, Convert.FromBase64String(base64Key), null) { }

    /// <summary>With a Microsoft Entra credential (managed identity).</summary>
    public AzureBlobStore(HttpClient http, Uri endpoint, TokenCredential credential) : this(http, endpoint, null, null, credential) { }

    private AzureBlobStore(HttpClient http, Uri endpoint, string? account, byte[]? key, TokenCredential? credential)
    {
        (_http, _account, _key, _credential) = (http, account, key, credential);
        _endpoint = new Uri(endpoint.ToString().TrimEnd('/') + "/");
        _retry = new ResiliencePipelineBuilder<HttpResponseMessage>()
            .AddRetry(new RetryStrategyOptions<HttpResponseMessage>
            {
                MaxRetryAttempts = 4,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = TimeSpan.FromMilliseconds(200),
                ShouldHandle = new PredicateBuilder<HttpResponseMessage>()
                    .Handle<HttpRequestException>().Handle<TaskCanceledException>(e => !e.CancellationToken.IsCancellationRequested)
                    .HandleResult(r => r.StatusCode is HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests or HttpStatusCode.InternalServerError
                        or HttpStatusCode.BadGateway or HttpStatusCode.ServiceUnavailable or HttpStatusCode.GatewayTimeout),
            })
            .Build();
    }

    /// <summary>Creates the containers if they do not exist.</summary>
    public async Task EnsureContainersAsync(IEnumerable<string> containers, CancellationToken cancellationToken = default)
    {
        foreach (var container in containers)
        {
            using var response = await SendAsync(HttpMethod.Put, BlobContainers.ValidName(container), "restype=container", null, null, cancellationToken);
            if (response.StatusCode is not (HttpStatusCode.Created or HttpStatusCode.Conflict)) await Fail(response, "create container " + container);
        }
    }

    public async Task<byte[]?> GetAsync(string container, string name, CancellationToken cancellationToken = default)
    {
        using var response = await SendAsync(HttpMethod.Get, PathOf(container, name), null, null, null, cancellationToken);
        if (response.StatusCode == HttpStatusCode.NotFound) return null;
        if (!response.IsSuccessStatusCode) await Fail(response, $"get {container}/{name}");
        return await response.Content.ReadAsByteArrayAsync(cancellationToken);
    }

    public async Task PutAsync(string container, string name, ReadOnlyMemory<byte> content, IReadOnlyDictionary<string, string>? metadata = null, CancellationToken cancellationToken = default)
    {
        var headers = new Dictionary<string, string> { ["x-ms-blob-type"] = "BlockBlob" };
        // Metadata values must be ASCII: Vietnamese text is percent-encoded.
        foreach (var (k, v) in metadata ?? new Dictionary<string, string>()) headers["x-ms-meta-" + k] = Uri.EscapeDataString(v);
        using var response = await SendAsync(HttpMethod.Put, PathOf(container, name), null, headers, content, cancellationToken);
        if (response.StatusCode != HttpStatusCode.Created) await Fail(response, $"put {container}/{name}");
    }

    public async Task<bool> DeleteAsync(string container, string name, CancellationToken cancellationToken = default)
    {
        using var response = await SendAsync(HttpMethod.Delete, PathOf(container, name), null, null, null, cancellationToken);
        if (response.StatusCode == HttpStatusCode.NotFound) return false;
        if (response.StatusCode != HttpStatusCode.Accepted) await Fail(response, $"delete {container}/{name}");
        return true;
    }

    public async Task<IReadOnlyList<string>> ListAsync(string container, string prefix = "", CancellationToken cancellationToken = default)
    {
        var names = new List<string>();
        string? marker = null;
        do
        {
            var query = "comp=list&restype=container" + (prefix.Length > 0 ? "&prefix=" + Uri.EscapeDataString(prefix) : "")
                + (marker is null ? "" : "&marker=" + Uri.EscapeDataString(marker));
            using var response = await SendAsync(HttpMethod.Get, BlobContainers.ValidName(container), query, null, null, cancellationToken);
            if (response.StatusCode == HttpStatusCode.NotFound) return [];
            if (!response.IsSuccessStatusCode) await Fail(response, "list " + container);
            var xml = XDocument.Parse(await response.Content.ReadAsStringAsync(cancellationToken));
            names.AddRange(xml.Descendants("Blob").Select(b => b.Element("Name")!.Value));
            marker = xml.Root?.Element("NextMarker")?.Value is { Length: > 0 } next ? next : null;
        } while (marker is not null);
        return names;
    }

    private static string PathOf(string container, string name) =>
        BlobContainers.ValidName(container) + "/" + string.Join('/', BlobContainers.ValidName(name).Split('/').Select(Uri.EscapeDataString));

    private Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string? query, Dictionary<string, string>? headers, ReadOnlyMemory<byte>? body, CancellationToken ct) =>
        _retry.ExecuteAsync(async token =>
        {
            var uri = new Uri(_endpoint, path + (query is null ? "" : "?" + query));
            using var request = new HttpRequestMessage(method, uri);
            request.Headers.Add("x-ms-version", Version);
            request.Headers.Add("x-ms-date", DateTimeOffset.UtcNow.ToString("R", CultureInfo.InvariantCulture));
            foreach (var (k, v) in headers ?? []) request.Headers.Add(k, v);
            if (body is { } b || method == HttpMethod.Put)
            {
                request.Content = new ByteArrayContent((body ?? ReadOnlyMemory<byte>.Empty).ToArray());
                request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
            }
            await AuthorizeAsync(request, token);
            return await _http.SendAsync(request, HttpCompletionOption.ResponseContentRead, token);
        }, ct).AsTask();

    private async Task AuthorizeAsync(HttpRequestMessage request, CancellationToken ct)
    {
        if (_credential is not null)
        {
            var token = await _credential.GetTokenAsync(new TokenRequestContext(["https://storage.azure.com/.default"]), ct);
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token.Token);
            return;
        }
        var signature = Convert.ToBase64String(HMACSHA256.HashData(_key!, Encoding.UTF8.GetBytes(StringToSign(request))));
        request.Headers.Authorization = new AuthenticationHeaderValue("SharedKey", $"{_account}:{signature}");
    }

    // The Shared Key string to sign (Blob service, version 2009-09-19 and later): verb, the standard headers,
    // the sorted x-ms- headers, and the canonical resource (account, path, sorted query parameters).
    private string StringToSign(HttpRequestMessage request)
    {
        var content = request.Content?.Headers;
        var length = content?.ContentLength is > 0 ? content.ContentLength.ToString() : "";
        var sb = new StringBuilder();
        sb.Append(request.Method.Method).Append('\n')
          .Append(content?.ContentEncoding.FirstOrDefault() ?? "").Append('\n')
          .Append(content?.ContentLanguage.FirstOrDefault() ?? "").Append('\n')
          .Append(length).Append('\n')
          .Append(content?.ContentMD5 is { } md5 ? Convert.ToBase64String(md5) : "").Append('\n')
          .Append(content?.ContentType?.ToString() ?? "").Append('\n')
          .Append('\n').Append('\n').Append('\n').Append('\n').Append('\n').Append('\n'); // Date, If-*, Range: unused
        foreach (var header in request.Headers.Where(h => h.Key.StartsWith("x-ms-", StringComparison.OrdinalIgnoreCase))
                     .OrderBy(h => h.Key.ToLowerInvariant(), StringComparer.Ordinal))
            sb.Append(header.Key.ToLowerInvariant()).Append(':').Append(string.Join(',', header.Value).Trim()).Append('\n');
        sb.Append('/').Append(_account).Append(request.RequestUri!.AbsolutePath);
        var query = System.Web.HttpUtility.ParseQueryString(request.RequestUri.Query);
        foreach (var key in query.AllKeys.Where(k => k is not null).OrderBy(k => k!.ToLowerInvariant(), StringComparer.Ordinal))
            sb.Append('\n').Append(key!.ToLowerInvariant()).Append(':').Append(query[key]);
        return sb.ToString();
    }

    private static async Task Fail(HttpResponseMessage response, string what)
    {
        var body = await response.Content.ReadAsStringAsync();
        throw new HttpRequestException($"blob storage: {what} answered {(int)response.StatusCode} {response.ReasonPhrase}: {body[..Math.Min(300, body.Length)]}", null, response.StatusCode);
    }
}
