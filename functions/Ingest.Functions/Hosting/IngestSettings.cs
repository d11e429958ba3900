namespace Ingest.Functions.Hosting;

/// <summary>
/// Every setting the app reads, by name (infra/ sets the same names; a test keeps the two in step).
/// Local mode needs none of them.
/// </summary>
public sealed record IngestSettings
{
    public const string ModeName = "INGEST_MODE";
    public const string DataName = "INGEST_DATA";
    public const string ApiKeyName = "INGEST_API_KEY";
    public const string MaxUploadName = "INGEST_MAX_UPLOAD_MB";
    public const string PortName = "INGEST_PORT";
    public const string BlobEndpointName = "INGEST_BLOB_ENDPOINT";
    public const string BlobConnectionName = "INGEST_BLOB_CONNECTION";
    public const string SearchEndpointName = "INGEST_SEARCH_ENDPOINT";
    public const string SearchIndexName = "INGEST_SEARCH_INDEX";
    public const string SearchKeyName = "INGEST_SEARCH_KEY";
    public const string ExtractorName = "INGEST_EXTRACTOR";
    public const string DocumentIntelligenceEndpointName = "INGEST_DOCINTEL_ENDPOINT";
    public const string DocumentIntelligenceKeyName = "INGEST_DOCINTEL_KEY";

    /// <summary>All setting names the code reads.</summary>
    public static readonly string[] Names =
    [
        ModeName, DataName, ApiKeyName, MaxUploadName, PortName, BlobEndpointName, BlobConnectionName,
        SearchEndpointName, SearchIndexName, SearchKeyName, ExtractorName, DocumentIntelligenceEndpointName, DocumentIntelligenceKeyName,
    ];

    /// <summary>The settings a cloud deployment sets (infra/modules/functionapp.bicep sets exactly these).</summary>
    public static readonly string[] CloudSettings =
        [BlobEndpointName, SearchEndpointName, SearchIndexName, ExtractorName, DocumentIntelligenceEndpointName, MaxUploadName];

    /// <summary>Secrets: read for local tools and Azurite, never set by the deployment (managed identity instead).</summary>
    public static readonly string[] SecretSettings = [ApiKeyName, BlobConnectionName, SearchKeyName, DocumentIntelligenceKeyName];

    /// <summary>"local": folder store, SQLite index, local OCR.</summary>
    public string Mode { get; init; } = "local";
    public required string DataDirectory { get; init; }
    /// <summary>The key the local host checks (x-functions-key header or code query); in Azure the Functions host checks its own keys.</summary>
    public string? ApiKey { get; init; }
    public long MaxUploadBytes { get; init; } = 50L * 1024 * 1024;
    public int Port { get; init; } = 7071;
    /// <summary>Blob endpoint reached with the managed identity (Azure).</summary>
    public Uri? BlobEndpoint { get; init; }
    /// <summary>A storage connection string (account key, Azurite); wins over <see cref="BlobEndpoint"/>.</summary>
    public string? BlobConnection { get; init; }
    /// <summary>True when blobs live in Blob Storage (or Azurite), false for the local folder store.</summary>
    public bool UsesBlobService => BlobEndpoint is not null || BlobConnection is not null;
    /// <summary>Azure AI Search endpoint; null: the SQLite index.</summary>
    public Uri? SearchEndpoint { get; init; }
    public string SearchIndex { get; init; } = "plans";
    public string? SearchKey { get; init; }
    /// <summary>"local" (poppler + Tesseract) or "document-intelligence".</summary>
    public string Extractor { get; init; } = "local";
    public Uri? DocumentIntelligenceEndpoint { get; init; }
    public string? DocumentIntelligenceKey { get; init; }

    /// <summary>Reads settings from the environment and command-line options (--data DIR, --port N, --local).</summary>
    public static IngestSettings From(IReadOnlyDictionary<string, string?> environment, string[] args)
    {
        string? Arg(string name) { var i = Array.IndexOf(args, name); return i >= 0 && i + 1 < args.Length ? args[i + 1] : null; }
        var data = Indexer.Pipeline.DataFolder.Resolve(Arg("--data"), name => environment.GetValueOrDefault(name));
        var port = Arg("--port") ?? environment.GetValueOrDefault(PortName);
        var mb = environment.GetValueOrDefault(MaxUploadName);
        return new IngestSettings
        {
            Mode = environment.GetValueOrDefault(ModeName) ?? "local",
            DataDirectory = Path.GetFullPath(data),
            ApiKey = environment.GetValueOrDefault(ApiKeyName),
            Port = port is null ? 7071 : int.Parse(port, System.Globalization.CultureInfo.InvariantCulture),
            MaxUploadBytes = mb is null ? 50L * 1024 * 1024 : long.Parse(mb, System.Globalization.CultureInfo.InvariantCulture) * 1024 * 1024,
            BlobEndpoint = UriOf(environment, BlobEndpointName),
            BlobConnection = NullIfBlank(environment.GetValueOrDefault(BlobConnectionName)),
            SearchEndpoint = UriOf(environment, SearchEndpointName),
            SearchIndex = environment.GetValueOrDefault(SearchIndexName) ?? "plans",
            SearchKey = environment.GetValueOrDefault(SearchKeyName),
            Extractor = environment.GetValueOrDefault(ExtractorName) ?? "local",
            DocumentIntelligenceEndpoint = UriOf(environment, DocumentIntelligenceEndpointName),
            DocumentIntelligenceKey = environment.GetValueOrDefault(DocumentIntelligenceKeyName),
        };
    }

    private static string? NullIfBlank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;

    // A setting that must be an absolute URL fails at start, naming itself.
    private static Uri? UriOf(IReadOnlyDictionary<string, string?> environment, string name)
    {
        var value = environment.GetValueOrDefault(name);
        if (string.IsNullOrWhiteSpace(value)) return null;
        return Uri.TryCreate(value, UriKind.Absolute, out var uri) ? uri : throw new InvalidOperationException($"setting {name} must be an absolute URL, got '{value}'");
    }
}
