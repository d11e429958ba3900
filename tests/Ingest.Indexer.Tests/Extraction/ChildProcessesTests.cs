using Ingest.Cli;
using Ingest.Indexer.Adapters.Embedded;
using Ingest.Indexer.Tests.Cli;

namespace Ingest.Indexer.Tests.Extraction;

/// <summary>External tools are bounded in time and memory and never outlive the ingestion or the host that started them.</summary>
public sealed class ChildProcessesTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("ingest-children-test-").FullName;

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_dir, recursive: true);
    }

    [Fact]
    public async Task A_tool_past_its_time_is_killed_with_the_helpers_it_started()
    {
        var pidFile = Path.Combine(_dir, "helper.pid");
        // The tool starts a helper in the background and waits for it: both must go when the time is up.
        await Assert.ThrowsAsync<TimeoutException>(() => ExternalProgram.RunAsync("sh", ["-c", "sleep 120 & echo $! > \"$1\"; wait", "sh", pidFile], TimeSpan.FromSeconds(2)));
        var helper = int.Parse(await File.ReadAllTextAsync(pidFile));
        Assert.True(await GoneWithinAsync(helper, TimeSpan.FromSeconds(5)), $"helper {helper} still running");
        Assert.DoesNotContain(Directory.Exists(ChildProcesses.MarkerFolder) ? Directory.GetFiles(ChildProcesses.MarkerFolder) : [],
            m => Path.GetFileName(m).StartsWith(ProcessOwner.Current + ".", StringComparison.Ordinal) && m.EndsWith("." + helper, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_tool_runs_in_the_C_UTF8_locale_whatever_the_host_is_set_to()
    {
        // A host whose LANG names a locale it never generated (vi_VN.UTF-8 on a bare Debian) made antiword refuse every
        // .doc ("Can't set the UTF-8 locale!"): the tools get a locale every glibc has, and no LANGUAGE to override it.
        var result = await ExternalProgram.RunAsync("sh", ["-c", "echo \"$LC_ALL|$LANG|${LANGUAGE-none}\"; locale 2>&1 >/dev/null | wc -l"], TimeSpan.FromSeconds(30));
        var lines = result.StandardOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("C.UTF-8|C.UTF-8|none", lines[0]);
        Assert.Equal("0", lines[1].Trim()); // locale(1) has no complaint about a missing locale
    }

    [Fact]
    public async Task A_tool_runs_with_the_address_space_limit_in_its_own_process_group()
    {
        var result = await ExternalProgram.RunAsync("sh", ["-c", "ulimit -v; ps -o pid=,pgid= -p $$"], TimeSpan.FromSeconds(30), maxAddressSpace: 512L << 20);
        var lines = result.StandardOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("524288", lines[0].Trim()); // kB
        var ids = lines[1].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(ids[0], ids[1]); // leader of its own group
        Assert.NotEqual(Environment.ProcessId.ToString(), ids[1]);
    }

    [Fact]
    public async Task A_killed_host_leaves_no_tool_running_and_the_next_start_removes_its_workspace()
    {
        // A multi-page TIFF scan of a plan keeps Tesseract busy for seconds: long enough to kill the host under it.
        using var fixtures = new ScanFixtures();
        var plan = Directory.GetFiles(TestPaths.Plans).Order().First();
        var image = await fixtures.TiffAsync("plan", await fixtures.TextPdfAsync("plan", await File.ReadAllTextAsync(plan)));
        var data = Path.Combine(_dir, "data");
        using var host = PlansProcess.Start("ingest", image, "--json", "--data", data);
        var tool = await FirstChildAsync(host.Id, "tesseract", TimeSpan.FromSeconds(90));
        Assert.True(tool > 0, "Tesseract never started");
        host.Kill();
        await host.WaitForExitAsync();
        Assert.True(await GoneWithinAsync(tool, TimeSpan.FromSeconds(5)), $"tesseract {tool} outlived its host");
        var left = Directory.GetDirectories(Path.GetTempPath(), $"ingest-{host.Id}_*");
        Assert.NotEmpty(left); // the killed host could not remove its workspace...

        var next = await PlansProcess.RunAsync("search", "kế hoạch", "--json", "--data", data);
        Assert.Equal(0, next.Code);
        Assert.All(left, d => Assert.False(Directory.Exists(d), d + " survived the next start")); // ...the next start did
    }

    [Fact]
    public async Task A_killed_host_takes_LibreOffice_and_the_helper_it_forked_with_it()
    {
        // soffice (oosplash) forks soffice.bin, which the parent-death signal does not reach; a long .rtf keeps it busy.
        var rtf = Path.Combine(_dir, "plan.rtf");
        var body = string.Concat(Enumerable.Range(1, 4000).Select(i => $"\\par Muc {i}: thuc hien ke hoach so {i}/KH-UBND."));
        await File.WriteAllTextAsync(rtf, "{\\rtf1\\ansi " + body + "}");
        var data = Path.Combine(_dir, "data");
        using var host = PlansProcess.Start("ingest", rtf, "--json", "--data", data);
        // Every process of this conversion names the host's workspace (ingest-{pid}_{start}-…) in its command line.
        var run = $"ingest-{host.Id}_";
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(120);
        while (!PlansProcess.WithCommandLine(run).Any(p => p.Command == "soffice.bin") && DateTime.UtcNow < deadline && !host.HasExited)
            await Task.Delay(20);
        Assert.True(PlansProcess.WithCommandLine(run).Any(p => p.Command == "soffice.bin"),
            $"soffice.bin never started (host {(host.HasExited ? "exited with " + host.ExitCode : "still running")}; running: "
            + Describe(run) + "); the host printed:\n" + PlansProcess.Tail(host));
        host.Kill();
        await host.WaitForExitAsync();

        if (ChildProcesses.HelpersDieWithTool)
            Assert.True(await NoneLeftWithinAsync(run, TimeSpan.FromSeconds(5)), "LibreOffice outlived its host: " + Describe(run));
        var next = await PlansProcess.RunAsync("search", "kế hoạch", "--json", "--data", data);
        Assert.Equal(0, next.Code);
        // Without PID namespaces (a container that forbids them) the next start kills what is left of the group.
        Assert.True(await NoneLeftWithinAsync(run, TimeSpan.FromSeconds(5)), "LibreOffice outlived the next start: " + Describe(run));
    }

    private static async Task<bool> NoneLeftWithinAsync(string commandLine, TimeSpan within)
    {
        var deadline = DateTime.UtcNow + within;
        while (PlansProcess.WithCommandLine(commandLine).Any())
        {
            if (DateTime.UtcNow > deadline) return false;
            await Task.Delay(50);
        }
        return true;
    }

    private static string Describe(string commandLine) =>
        string.Join(", ", PlansProcess.WithCommandLine(commandLine).Select(p => $"{p.Command} {p.Pid}"));

    private static async Task<int> FirstChildAsync(int parent, string command, TimeSpan within)
    {
        var deadline = DateTime.UtcNow + within;
        while (DateTime.UtcNow < deadline)
        {
            foreach (var (pid, name) in PlansProcess.Children(parent))
                if (name == command) return pid;
            await Task.Delay(20);
        }
        return 0;
    }

    private static async Task<bool> GoneWithinAsync(int pid, TimeSpan within)
    {
        var deadline = DateTime.UtcNow + within;
        while (PlansProcess.IsRunning(pid))
        {
            if (DateTime.UtcNow > deadline) return false;
            await Task.Delay(50);
        }
        return true;
    }
}
