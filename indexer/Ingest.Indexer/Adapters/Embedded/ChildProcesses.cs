using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;

namespace Ingest.Indexer.Adapters.Embedded;

/// <summary>
/// Starts the external tools (Tesseract, poppler, antiword, LibreOffice) so that none outlives the ingestion
/// that needs it, nor the process that started it. On Linux each tool runs as the leader of its own process
/// group (util-linux setsid), with the parent-death signal SIGKILL (setpriv --pdeathsig) and an address-space
/// limit (prlimit --as); all three exec in place, so the tool keeps the process id .NET knows and that id is
/// also its group's id. A timeout or the end of a run kills the whole group, helpers the tool forked included
/// (LibreOffice's soffice.bin). Each running group is marked by a file in the temp folder named after its
/// owner; <see cref="KillOrphans"/>, called at start, kills the groups a killed host left behind (the
/// parent-death signal reaches only the direct child). A tool that forks helpers of its own (LibreOffice's
/// soffice.bin) can also run as the first process of a new PID namespace (util-linux unshare --kill-child, as
/// root or in a user namespace): when the tool's wrapper dies, the kernel kills everything inside, so the
/// helpers die with the host at once instead of at the next start. Where namespaces are not allowed (a
/// container without the capability) such a tool runs as any other. Elsewhere, or without util-linux, tools
/// start directly. Thread-safe.
/// </summary>
/// <remarks>
/// .NET 10 has no "kill on parent death" for a child process (dotnet/runtime#101985 is an open proposal) and
/// no way to start one in a new process group on Unix, hence the util-linux wrappers. The parent-death signal
/// fires when the forking *thread* exits, and thread-pool threads retire when idle, so every tool is forked
/// from one dedicated thread that lives as long as the process. Signalling a process group needs kill(2) with a
/// negative id, which <see cref="Process.Kill(bool)"/> cannot do once the leader is gone (it walks the live
/// parent links), hence the one P/Invoke.
/// </remarks>
public static class ChildProcesses
{
    private const int SigKill = 9;
    private static readonly BlockingCollection<(ProcessStartInfo Info, TaskCompletionSource<Process> Started)> Launches = new();
    private static readonly Lazy<bool> Wrappers = new(() => OperatingSystem.IsLinux() && new[] { "setsid", "setpriv", "prlimit" }.All(OnPath));
    private static readonly Lazy<string[]?> PidNamespace = new(FindPidNamespace);

    static ChildProcesses()
    {
        var launcher = new Thread(Launch) { IsBackground = true, Name = "ingest child-process launcher" };
        launcher.Start();
    }

    /// <summary>The folder of the markers of running groups.</summary>
    public static string MarkerFolder => Path.Combine(Path.GetTempPath(), "ingest-children");

    /// <summary>
    /// True when a tool started with containHelpers runs in a PID namespace of its own, so the helpers it forks
    /// die with it (and with the host) at once; false where namespaces are not allowed.
    /// </summary>
    public static bool HelpersDieWithTool => PidNamespace.Value is not null;

    /// <summary>
    /// Starts <paramref name="info"/> (its FileName and ArgumentList) in a group of its own, bounded to
    /// <paramref name="maxAddressSpace"/> bytes of address space (0: no limit), with
    /// <paramref name="containHelpers"/> in a PID namespace of its own where allowed (see
    /// <see cref="HelpersDieWithTool"/>; process ids the tool prints are then the namespace's). Call
    /// <see cref="End"/> when done.
    /// </summary>
    public static async Task<Process> StartAsync(ProcessStartInfo info, long maxAddressSpace, bool containHelpers = false)
    {
        if (Wrappers.Value) Wrap(info, maxAddressSpace, containHelpers ? PidNamespace.Value : null);
        var started = new TaskCompletionSource<Process>(TaskCreationOptions.RunContinuationsAsynchronously);
        Launches.Add((info, started));
        var process = await started.Task;
        if (Wrappers.Value) MarkRunning(process.Id);
        return process;
    }

    /// <summary>Kills what is left of the process's group (the tool, or helpers it forked) and removes its marker.</summary>
    public static void End(Process process)
    {
        if (Wrappers.Value)
        {
            _ = Kill(-process.Id, SigKill);
            File.Delete(MarkerPath(ProcessOwner.Current, process.Id));
        }
        else
        {
            try { process.Kill(entireProcessTree: true); } catch (InvalidOperationException) { }
        }
    }

    /// <summary>Kills every process group whose owner is no longer running, and removes its marker. Returns how many.</summary>
    public static int KillOrphans()
    {
        if (!Wrappers.Value || !Directory.Exists(MarkerFolder)) return 0;
        var killed = 0;
        foreach (var marker in Directory.EnumerateFiles(MarkerFolder))
        {
            var name = Path.GetFileName(marker);
            var dot = name.LastIndexOf('.');
            if (dot < 0 || ProcessOwner.IsAlive(name[..dot]) || !int.TryParse(name[(dot + 1)..], CultureInfo.InvariantCulture, out var group)) continue;
            if (Kill(-group, SigKill) == 0) killed++;
            File.Delete(marker);
        }
        return killed;
    }

    private static void Wrap(ProcessStartInfo info, long maxAddressSpace, string[]? pidNamespace)
    {
        var program = info.FileName;
        var arguments = info.ArgumentList.ToList();
        info.FileName = "setsid";
        info.ArgumentList.Clear();
        // Order matters: the parent-death signal is set on the process .NET started (the wrappers exec in place),
        // the limit is inherited by everything below, and unshare forks the namespace's first process last.
        string[] prefix = maxAddressSpace > 0
            ? ["setpriv", "--pdeathsig", "KILL", "prlimit", "--as=" + maxAddressSpace.ToString(CultureInfo.InvariantCulture), "--"]
            : ["setpriv", "--pdeathsig", "KILL", "--"];
        foreach (var a in prefix.Concat(pidNamespace ?? []).Append(program).Concat(arguments)) info.ArgumentList.Add(a);
    }

    // unshare --kill-child gives the namespace's first process the parent-death signal SIGKILL towards unshare,
    // and the kernel kills a PID namespace whole when its first process dies. Root may create the namespace
    // directly; others only inside a user namespace of their own. Tried once, with a program that does nothing.
    private static string[]? FindPidNamespace()
    {
        if (!Wrappers.Value || !OnPath("unshare") || !OnPath("true")) return null;
        string[][] candidates =
        [
            ["unshare", "--pid", "--fork", "--kill-child", "--"],
            ["unshare", "--user", "--map-root-user", "--pid", "--fork", "--kill-child", "--"],
        ];
        return candidates.FirstOrDefault(prefix => Succeeds([.. prefix, "true"]));
    }

    private static bool Succeeds(string[] command)
    {
        var info = new ProcessStartInfo(command[0]) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in command.Skip(1)) info.ArgumentList.Add(a);
        try
        {
            using var process = Process.Start(info)!;
            if (process.WaitForExit(10_000)) return process.ExitCode == 0;
            process.Kill(entireProcessTree: true);
            return false;
        }
        catch (System.ComponentModel.Win32Exception) { return false; }
    }

    private static void Launch()
    {
        foreach (var (info, started) in Launches.GetConsumingEnumerable())
        {
            try { started.SetResult(Process.Start(info) ?? throw new InvalidOperationException($"could not start {info.FileName}")); }
            catch (Exception e) { started.SetException(e); }
        }
    }

    private static void MarkRunning(int group)
    {
        Directory.CreateDirectory(MarkerFolder);
        File.WriteAllBytes(MarkerPath(ProcessOwner.Current, group), []);
    }

    private static string MarkerPath(string owner, int group) =>
        Path.Combine(MarkerFolder, owner + "." + group.ToString(CultureInfo.InvariantCulture));

    private static bool OnPath(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':').Any(d => d.Length > 0 && File.Exists(Path.Combine(d, program)));

    [DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int Kill(int pid, int signal);
}
