namespace Ingest.Indexer.Adapters.Embedded;

/// <summary>
/// Marks a data folder as in use by this process (DATA/sessions/{owner}, see <see cref="ProcessOwner"/>) until
/// disposed. A marker left by a process that is no longer running means that process was killed while it
/// held the folder: <see cref="PreviousCrashed"/> then says a repair is due, and the stale markers are removed.
/// Lets the `plans` commands repair only after a crash, instead of re-reading every original at each start,
/// and lets a start remove temporary files only when no other process may be writing them. Thread-safe.
/// </summary>
public sealed class DataFolderSession : IDisposable
{
    private readonly string _marker;

    private DataFolderSession(string marker, bool previousCrashed, bool alone) =>
        (_marker, PreviousCrashed, Alone) = (marker, previousCrashed, alone);

    /// <summary>True when a process that held the folder ended without closing its session (killed, crashed).</summary>
    public bool PreviousCrashed { get; }

    /// <summary>True when no other live process holds the folder, so nothing else is writing temporary files.</summary>
    public bool Alone { get; }

    /// <summary>Opens this process's session on <paramref name="dataDirectory"/>, taking over stale markers.</summary>
    public static DataFolderSession Open(string dataDirectory)
    {
        var folder = Path.Combine(dataDirectory, "sessions");
        Directory.CreateDirectory(folder);
        var crashed = false;
        var alone = true;
        foreach (var marker in Directory.EnumerateFiles(folder))
        {
            var owner = Path.GetFileName(marker);
            if (owner == ProcessOwner.Current) continue;
            if (ProcessOwner.IsAlive(owner)) { alone = false; continue; }
            crashed = true;
            File.Delete(marker);
        }
        var own = Path.Combine(folder, ProcessOwner.Current);
        File.WriteAllText(own, DateTimeOffset.UtcNow.ToString("O"));
        return new DataFolderSession(own, crashed, alone);
    }

    /// <summary>Closes the session: a clean end.</summary>
    public void Dispose()
    {
        try { File.Delete(_marker); }
        catch (IOException) { }
    }
}
