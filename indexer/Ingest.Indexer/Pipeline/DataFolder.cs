namespace Ingest.Indexer.Pipeline;

/// <summary>Where the local service and the `plans` command keep their data, so one sees what the other ingested.</summary>
public static class DataFolder
{
    /// <summary>--data DIR, else $INGEST_DATA, else $XDG_DATA_HOME/ingest, else ~/.local/share/ingest.</summary>
    public static string Resolve(string? option, Func<string, string?> environment)
    {
        if (!string.IsNullOrWhiteSpace(option)) return Path.GetFullPath(option);
        if (environment("INGEST_DATA") is { Length: > 0 } data) return Path.GetFullPath(data);
        var xdg = environment("XDG_DATA_HOME");
        var home = environment("HOME") ?? Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        return Path.Combine(string.IsNullOrEmpty(xdg) ? Path.Combine(home, ".local", "share") : xdg, "ingest");
    }
}
