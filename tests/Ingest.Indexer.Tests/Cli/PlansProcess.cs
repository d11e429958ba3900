using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Diagnostics;

namespace Ingest.Indexer.Tests.Cli;

/// <summary>
/// The `plans` tool as a real child process (the test run's copy of plans.dll), for tests that kill it. It runs
/// with the test run's runtime config and dependencies: the test project's ASP.NET Core framework reference
/// means some libraries plans.dll needs are not copied beside it but come with that framework.
/// </summary>
public static class PlansProcess
{
    private static string Dotnet => Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet";

    // The last lines each started process printed, for a failing test to show (a host that ended too early says why).
    private static readonly ConditionalWeakTable<Process, ConcurrentQueue<string>> Printed = new();
    private const int KeptLines = 40;

    /// <summary>Starts `plans ARGS`; its output is read, so it never blocks on a full pipe, and its last lines kept.</summary>
    public static Process Start(params string[] args)
    {
        var process = Process.Start(Info(args))!;
        var lines = new ConcurrentQueue<string>();
        Printed.Add(process, lines);
        DataReceivedEventHandler keep = (sender, e) =>
        {
            if (e.Data is null) return;
            lines.Enqueue(e.Data);
            while (lines.Count > KeptLines) lines.TryDequeue(out _);
        };
        process.OutputDataReceived += keep;
        process.ErrorDataReceived += keep;
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    /// <summary>The last lines a process from <see cref="Start"/> printed (standard output and error interleaved).</summary>
    public static string Tail(Process process) =>
        Printed.TryGetValue(process, out var lines) ? string.Join('\n', lines) : "";

    /// <summary>Runs `plans ARGS` to the end; returns the exit code and standard error.</summary>
    public static async Task<(int Code, string Error)> RunAsync(params string[] args)
    {
        using var process = Process.Start(Info(args))!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await process.WaitForExitAsync(timeout.Token);
        await output;
        return (process.ExitCode, await error);
    }

    private static ProcessStartInfo Info(string[] args)
    {
        var info = new ProcessStartInfo(Dotnet) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        var tests = typeof(PlansProcess).Assembly.GetName().Name;
        string[] exec = ["exec", "--runtimeconfig", Path.Combine(AppContext.BaseDirectory, tests + ".runtimeconfig.json"),
            "--depsfile", Path.Combine(AppContext.BaseDirectory, tests + ".deps.json"), Path.Combine(AppContext.BaseDirectory, "plans.dll")];
        foreach (var a in exec.Concat(args)) info.ArgumentList.Add(a);
        return info;
    }

    /// <summary>The children of <paramref name="parent"/> with their command names, read from /proc.</summary>
    public static IEnumerable<(int Pid, string Command)> Children(int parent)
    {
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(dir), out var pid)) continue;
            string stat;
            try { stat = File.ReadAllText(Path.Combine(dir, "stat")); }
            catch (IOException) { continue; }
            catch (UnauthorizedAccessException) { continue; }
            // pid (comm) state ppid ...: comm may hold spaces, so read after the last ')'.
            var close = stat.LastIndexOf(')');
            var fields = stat[(close + 2)..].Split(' ');
            if (int.Parse(fields[1]) == parent) yield return (pid, stat[(stat.IndexOf('(') + 1)..close]);
        }
    }

    /// <summary>The running processes whose command line contains <paramref name="fragment"/>, with their command names.</summary>
    public static IEnumerable<(int Pid, string Command)> WithCommandLine(string fragment)
    {
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(dir), out var pid) || pid == Environment.ProcessId) continue;
            string line, comm;
            try
            {
                line = File.ReadAllText(Path.Combine(dir, "cmdline")).Replace('\0', ' ');
                comm = File.ReadAllText(Path.Combine(dir, "comm")).Trim();
            }
            catch (IOException) { continue; }
            catch (UnauthorizedAccessException) { continue; }
            if (line.Contains(fragment, StringComparison.Ordinal) && IsRunning(pid)) yield return (pid, comm);
        }
    }

    /// <summary>True while the process exists and is not a zombie.</summary>
    public static bool IsRunning(int pid)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            return stat[(stat.LastIndexOf(')') + 2)] != 'Z';
        }
        catch (IOException) { return false; }
    }
}
