using System.Globalization;

namespace Ingest.Cli;

/// <summary>
/// Time the calling thread has spent on a CPU, read from Linux's /proc/thread-self/schedstat (nanoseconds);
/// null where that file is missing. On a shared machine this, unlike wall time, leaves out the time the
/// thread waited for a core.
/// </summary>
public static class ThreadCpuClock
{
    private const string StatFile = "/proc/thread-self/schedstat";

    /// <summary>The calling thread's CPU time so far, or null when the OS does not say.</summary>
    public static TimeSpan? Now()
    {
        try
        {
            var text = File.ReadAllText(StatFile);
            var first = text.AsSpan(0, Math.Max(0, text.IndexOf(' ')));
            return long.TryParse(first, NumberStyles.None, CultureInfo.InvariantCulture, out var ns)
                ? TimeSpan.FromTicks(ns / 100)
                : null;
        }
        catch (IOException) { return null; }
        catch (UnauthorizedAccessException) { return null; }
    }
}
