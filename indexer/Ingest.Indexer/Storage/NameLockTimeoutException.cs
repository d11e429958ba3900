namespace Ingest.Indexer.Storage;

/// <summary>
/// Another host held a name longer than the wait allowed: the work was not done and can be tried again (the
/// Functions host retries a trigger; an upload answers 503 with Retry-After).
/// </summary>
public sealed class NameLockTimeoutException(string name, TimeSpan waited)
    : TimeoutException($"another instance has been writing '{name}' for over {waited.TotalSeconds:F0} s; try again later")
{
    /// <summary>The blob name that stayed held.</summary>
    public string Name { get; } = name;

    /// <summary>How long this host waited.</summary>
    public TimeSpan Waited { get; } = waited;
}
