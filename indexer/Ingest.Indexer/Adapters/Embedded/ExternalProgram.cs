using System.Diagnostics;
using System.Text;

namespace Ingest.Indexer.Adapters.Embedded;

/// <summary>
/// Runs a program with an argument list (never through a shell, so no file name or text can become a
/// command), a timeout after which its whole process group is killed, an address-space limit, and extra
/// environment variables. Every program runs in the C.UTF-8 locale, whatever the host's: antiword refuses to start
/// ("Can't set the UTF-8 locale!") where LANG names a locale the machine has not generated, and a tool's numbers and
/// messages should not change with the server's language. The program dies with its caller (<see cref="ChildProcesses"/>); with containHelpers,
/// so do the helpers it forks, where PID namespaces are allowed.
/// </summary>
public static class ExternalProgram
{
    /// <summary>The result of one run.</summary>
    public sealed record Result(int ExitCode, string StandardOutput, string StandardError, TimeSpan Elapsed);

    // C.UTF-8 is built into glibc (2.35 and later) and needs no generated locale.
    private const string ToolLocale = "C.UTF-8";

    public static async Task<Result> RunAsync(string program, IEnumerable<string> arguments, TimeSpan timeout,
        IReadOnlyDictionary<string, string>? environment = null, string? workingDirectory = null, CancellationToken cancellationToken = default,
        long maxAddressSpace = 0, bool containHelpers = false)
    {
        var info = new ProcessStartInfo(program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            WorkingDirectory = workingDirectory ?? "",
        };
        foreach (var a in arguments) info.ArgumentList.Add(a);
        info.Environment["LC_ALL"] = ToolLocale;
        info.Environment["LANG"] = ToolLocale;
        info.Environment.Remove("LANGUAGE");
        if (environment is not null) foreach (var (k, v) in environment) info.Environment[k] = v;
        var started = Stopwatch.StartNew();
        using var process = await ChildProcesses.StartAsync(info, maxAddressSpace, containHelpers);
        try { return await WaitAsync(process, program, started, timeout, cancellationToken); }
        finally { ChildProcesses.End(process); }
    }

    private static async Task<Result> WaitAsync(Process process, string program, Stopwatch started, TimeSpan timeout, CancellationToken cancellationToken)
    {
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var stderr = process.StandardError.ReadToEndAsync(cancellationToken);
        using var timer = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timer.CancelAfter(timeout);
        try
        {
            await process.WaitForExitAsync(timer.Token);
        }
        catch (OperationCanceledException)
        {
            ChildProcesses.End(process);
            if (cancellationToken.IsCancellationRequested) throw;
            throw new TimeoutException($"{program} did not finish within {timeout.TotalSeconds:F0} s");
        }
        return new Result(process.ExitCode, await stdout, await stderr, started.Elapsed);
    }
}
