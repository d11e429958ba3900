namespace Ingest.Indexer.Adapters.Embedded;

/// <summary>
/// A private temporary folder that is always removed when disposed, whatever happened inside. Its name carries
/// its owner (<see cref="ProcessOwner"/>), so the folders a killed process left are found and removed at the next
/// start (<see cref="RemoveOrphans"/>) while those of live processes stay. Thread-safe.
/// </summary>
public sealed class TempWorkspace : IDisposable
{
    private const string Prefix = "ingest-";

    public TempWorkspace()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), Prefix + ProcessOwner.Current + "-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    /// <summary>A path inside the workspace.</summary>
    public string File(string name) => System.IO.Path.Combine(Path, name);

    public void Dispose()
    {
        try { Directory.Delete(Path, recursive: true); }
        catch (DirectoryNotFoundException) { }
    }

    /// <summary>Removes the workspaces whose owner is no longer running (a host killed during extraction). Returns how many.</summary>
    public static int RemoveOrphans()
    {
        var removed = 0;
        foreach (var folder in Directory.EnumerateDirectories(System.IO.Path.GetTempPath(), Prefix + "*"))
        {
            // ingest-{owner}-{guid}: folders of another shape (the child-process markers) are not workspaces.
            var name = System.IO.Path.GetFileName(folder)[Prefix.Length..];
            var dash = name.LastIndexOf('-');
            if (dash <= 0 || name.Length - dash != 33 || ProcessOwner.IsAlive(name[..dash])) continue;
            try
            {
                Directory.Delete(folder, recursive: true);
                removed++;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException) { }
        }
        return removed;
    }
}
