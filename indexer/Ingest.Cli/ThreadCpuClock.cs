using System.Runtime.InteropServices;

namespace Ingest.Cli;

/// <summary>
/// Time the calling thread has spent on a CPU, from Linux's thread CPU clock (clock_gettime of
/// CLOCK_THREAD_CPUTIME_ID, in nanoseconds); null where there is none. On a shared machine this, unlike wall time,
/// leaves out the time the thread waited for a core.
/// </summary>
public static class ThreadCpuClock
{
    // /proc/thread-self/schedstat was read before: its figure moves only at a scheduler tick (4 ms here), so a
    // search of a few milliseconds read as 0 or 4 ms. The clock brings the running thread's time up to date.
    private const int ThreadCpuTimeId = 3;

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    [DllImport("libc", EntryPoint = "clock_gettime")]
    private static extern int ClockGetTime(int clock, out TimeSpec time);

    /// <summary>The calling thread's CPU time so far, or null when the OS does not say.</summary>
    public static TimeSpan? Now()
    {
        if (!OperatingSystem.IsLinux()) return null;
        try
        {
            return ClockGetTime(ThreadCpuTimeId, out var t) == 0
                ? TimeSpan.FromTicks(t.Seconds * TimeSpan.TicksPerSecond + t.Nanoseconds / 100)
                : null;
        }
        catch (DllNotFoundException) { return null; }
        catch (EntryPointNotFoundException) { return null; }
    }
}
