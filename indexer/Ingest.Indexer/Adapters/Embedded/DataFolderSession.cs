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

    private readonly string _folder;

    private DataFolderSession(string folder, string marker, bool previousCrashed, bool alone) =>
        (_folder, _marker, PreviousCrashed, Alone) = (folder, marker, previousCrashed, alone);

    /// <summary>When this session began: what other processes did before it, no reader of this one can hold.</summary>
    public DateTimeOffset Opened { get; } = DateTimeOffset.UtcNow;

    /// <summary>
    /// True when, right now, no other live process holds the folder (<see cref="Alone"/> is as of the opening; a
    /// process may have come since). Removes nothing.
    /// </summary>
    public bool AloneNow() => !Directory.EnumerateFiles(_folder).Any(IsOtherLiveOwner);

    // A marker of another process that still runs (this process's own marker is not another's).
    private static bool IsOtherLiveOwner(string marker) =>
        Path.GetFileName(marker) is var owner && owner != ProcessOwner.Current && ProcessOwner.IsAlive(owner);

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
            if (Path.GetFileName(marker) == ProcessOwner.Current) continue;
            if (IsOtherLiveOwner(marker)) { alone = false; continue; }
            crashed = true;
            File.Delete(marker);
        }
        var own = Path.Combine(folder, ProcessOwner.Current);
        File.WriteAllText(own, DateTimeOffset.UtcNow.ToString("O"));
        return new DataFolderSession(folder, own, crashed, alone);
    }

    /// <summary>Closes the session: a clean end.</summary>
    public void Dispose()
    {
        try { File.Delete(_marker); }
        catch (IOException) { }
    }
}
