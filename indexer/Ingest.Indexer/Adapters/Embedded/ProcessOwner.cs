using System.Diagnostics;
using System.Globalization;

namespace Ingest.Indexer.Adapters.Embedded;

/// <summary>
/// Names what a process leaves on disk (temporary workspaces, child-process markers) after the process that
/// owns it, so a later start can tell what a dead process left from what a live one is still using. The tag is
/// the process id and its start time, so a recycled process id is not mistaken for the old owner. Thread-safe.
/// </summary>
public static class ProcessOwner
{
    private static readonly Lazy<string> Tag = new(() => Of(Environment.ProcessId) ?? TagOf(Environment.ProcessId, 0));

    /// <summary>This process's tag: "{pid}_{start time ticks}", safe in a file name.</summary>
    public static string Current => Tag.Value;

    /// <summary>True when the tag names a process that is still running (a malformed tag counts as alive, so it is never removed).</summary>
    public static bool IsAlive(string tag)
    {
        var parts = tag.Split('_');
        if (parts.Length != 2 || !int.TryParse(parts[0], CultureInfo.InvariantCulture, out var pid) ||
            !long.TryParse(parts[1], CultureInfo.InvariantCulture, out var ticks)) return true;
        return StartTicks(pid) is { } now && Math.Abs(now - ticks) <= StartTimeJitter;
    }

    // A process's start time is its start after boot plus the boot time, which .NET derives from the clock at each call:
    // two processes asking for the same start time may get seconds one apart (and NTP's slewing moves it more). Read
    // exactly, a live owner can be taken for dead and a starting host kill its running tools as orphans: the likely
    // cause of a CI run (2026-12-06) where a Bicep lint and a publish of a test process ended within 6 s with no error
    // output, and passed when run again. A recycled process id that started within seconds of the old owner is far rarer.
    private const long StartTimeJitter = 2;

    /// <summary>The tag of a running process, or null when it is gone.</summary>
    public static string? Of(int pid) => StartTicks(pid) is { } ticks ? TagOf(pid, ticks) : null;

    private static string TagOf(int pid, long ticks) => string.Create(CultureInfo.InvariantCulture, $"{pid}_{ticks}");

    private static long? StartTicks(int pid)
    {
        try
        {
            using var process = Process.GetProcessById(pid);
            return process.StartTime.ToUniversalTime().Ticks / TimeSpan.TicksPerSecond;
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or System.ComponentModel.Win32Exception)
        {
            return null;
        }
    }
}
