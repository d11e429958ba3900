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
    public const string PortName = "FUNCTIONS_CUSTOMHANDLER_PORT";

    /// <summary>All setting names the code reads.</summary>
    public static readonly string[] Names = [ModeName, DataName, ApiKeyName, MaxUploadName, PortName];

    /// <summary>"local": folder store, SQLite index, local OCR.</summary>
    public string Mode { get; init; } = "local";
    public required string DataDirectory { get; init; }
    /// <summary>The key callers must send (x-functions-key header or code query); null: the Functions host checks keys.</summary>
    public string? ApiKey { get; init; }
    public long MaxUploadBytes { get; init; } = 50L * 1024 * 1024;
    public int Port { get; init; } = 7071;

    /// <summary>Reads settings from the environment and command-line options (--data DIR, --port N, --local).</summary>
    public static IngestSettings From(IReadOnlyDictionary<string, string?> environment, string[] args)
    {
        string? Arg(string name) { var i = Array.IndexOf(args, name); return i >= 0 && i + 1 < args.Length ? args[i + 1] : null; }
        var data = Arg("--data") ?? environment.GetValueOrDefault(DataName) ?? DefaultDataDirectory(environment);
        var port = Arg("--port") ?? environment.GetValueOrDefault(PortName);
        var mb = environment.GetValueOrDefault(MaxUploadName);
        return new IngestSettings
        {
            Mode = environment.GetValueOrDefault(ModeName) ?? "local",
            DataDirectory = Path.GetFullPath(data),
            ApiKey = environment.GetValueOrDefault(ApiKeyName),
            Port = port is null ? 7071 : int.Parse(port, System.Globalization.CultureInfo.InvariantCulture),
            MaxUploadBytes = mb is null ? 50L * 1024 * 1024 : long.Parse(mb, System.Globalization.CultureInfo.InvariantCulture) * 1024 * 1024,
        };
    }

    /// <summary>$XDG_DATA_HOME/ingest, else ~/.local/share/ingest: shared by the service and the `plans` command.</summary>
    public static string DefaultDataDirectory(IReadOnlyDictionary<string, string?> environment)
    {
        var xdg = environment.GetValueOrDefault("XDG_DATA_HOME");
        var home = environment.GetValueOrDefault("HOME") ?? Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        return Path.Combine(string.IsNullOrEmpty(xdg) ? Path.Combine(home, ".local", "share") : xdg, "ingest");
    }
}
