using System.IO.Compression;
using System.Text.Json;
using System.Text.RegularExpressions;
using Ingest.Functions.Hosting;

namespace Ingest.Functions.Tests;

/// <summary>
/// What can be checked of the deployment here (no Azure subscription, Bicep CLI or Docker engine is
/// reachable): the configuration contract between the template and the code, the container's packages,
/// and the deployable package's layout.
/// </summary>
public sealed partial class InfrastructureTests
{
    private static readonly string Root = FindRoot();

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Ingest.sln"))) return dir.FullName;
        throw new DirectoryNotFoundException("Ingest.sln");
    }

    [GeneratedRegex(@"\{\s*name:\s*'([A-Za-z0-9_]+)'")]
    private static partial Regex SettingName();

    [Fact]
    public void The_template_sets_every_setting_the_code_reads_in_the_cloud_and_nothing_it_does_not()
    {
        var bicep = File.ReadAllText(Path.Combine(Root, "infra", "modules", "functionapp.bicep"));
        var set = SettingName().Matches(bicep).Select(m => m.Groups[1].Value).ToHashSet();
        var ours = set.Where(n => n.StartsWith("INGEST_", StringComparison.Ordinal)).ToHashSet();
        Assert.Equal(IngestSettings.CloudSettings.ToHashSet(), ours);
        Assert.All(ours, n => Assert.Contains(n, IngestSettings.Names));
        Assert.Empty(set.Intersect(IngestSettings.SecretSettings));
        Assert.Contains("AZURE_CLIENT_ID", set); // the user-assigned identity DefaultAzureCredential uses
    }

    [Fact]
    public void The_template_provisions_what_the_issue_asks_and_wires_every_module()
    {
        var main = File.ReadAllText(Path.Combine(Root, "infra", "main.bicep"));
        foreach (Match m in Regex.Matches(main, @"'(modules/[a-z]+\.bicep)'"))
            Assert.True(File.Exists(Path.Combine(Root, "infra", m.Groups[1].Value)), m.Groups[1].Value);
        var storage = File.ReadAllText(Path.Combine(Root, "infra", "modules", "storage.bicep"));
        Assert.Contains("allowBlobPublicAccess: false", storage);
        Assert.Contains("minimumTlsVersion: 'TLS1_2'", storage);
        Assert.Contains("isVersioningEnabled: true", storage);
        foreach (var c in new[] { "'plans'", "'records'", "'failed'", "'deadletter'" }) Assert.Contains(c, storage);
        var events = File.ReadAllText(Path.Combine(Root, "infra", "modules", "eventgrid.bicep"));
        Assert.Contains("/functions/IngestPlan", events);
        Assert.Contains("Microsoft.Storage.BlobCreated", events);
        var roles = File.ReadAllText(Path.Combine(Root, "infra", "modules", "roles.bicep"));
        foreach (var role in new[] { "ba92f5b4-2d11-453d-a403-e96b0029c9fe", "8ebe5a00-799e-43f5-93ac-243d3dce84a7", "7ca78c08-252a-4471-8644-bb5ff32d4ba0", "a97b65f3-24c7-4388-baec-2e87135dc908" })
            Assert.Contains(role, roles);
        foreach (var p in Directory.GetFiles(Path.Combine(Root, "infra", "params"), "*.bicepparam"))
            Assert.Contains("using '../main.bicep'", File.ReadAllText(p));
    }

    [Fact]
    public void The_container_installs_the_package_list_the_extractor_needs()
    {
        var dockerfile = File.ReadAllText(Path.Combine(Root, "infra", "Dockerfile"));
        Assert.Contains("COPY infra/packages/apt.txt", dockerfile);
        var packages = File.ReadAllLines(Path.Combine(Root, "infra", "packages", "apt.txt"))
            .Select(l => l.Split('#')[0].Trim()).Where(l => l.Length > 0).Select(l => l.Split(' ')[0]).ToHashSet();
        // pdftotext, pdfinfo and pdftoppm come with poppler-utils; tesseract and its Vietnamese model with the other two.
        Assert.Superset(new HashSet<string> { "poppler-utils", "tesseract-ocr", "tesseract-ocr-vie" }, packages);
        var setup = File.ReadAllText(Path.Combine(Root, "ingest.sh"));
        Assert.Contains("infra/packages/apt.txt", setup);
    }

    [Fact]
    public async Task The_publish_step_produces_the_deployable_layout()
    {
        var zip = Path.Combine(Path.GetTempPath(), "ingest-package-" + Guid.NewGuid().ToString("N") + ".zip");
        try
        {
            var result = await Indexer.Adapters.Embedded.ExternalProgram.RunAsync("bash", [Path.Combine(Root, "infra", "package.sh"), zip], TimeSpan.FromMinutes(8));
            Assert.True(result.ExitCode == 0, result.StandardError);
            using var archive = ZipFile.OpenRead(zip);
            var entries = archive.Entries.Select(e => e.FullName).ToHashSet();
            // The isolated worker as the Flex runtime dotnet-isolated loads it: the Sdk's metadata, no function.json folders.
            foreach (var file in new[] { "Ingest.Functions.dll", "Ingest.Indexer.dll", "functions.metadata", "worker.config.json", "host.json", "extensions.json", "wwwroot/index.html", "Azure.Storage.Blobs.dll" })
                Assert.Contains(file, entries);
            Assert.Contains(entries, e => e.StartsWith(".azurefunctions/", StringComparison.Ordinal));
            Assert.DoesNotContain(entries, e => e.EndsWith("function.json", StringComparison.Ordinal));
            using var metadata = new StreamReader(archive.GetEntry("functions.metadata")!.Open());
            var names = JsonDocument.Parse(metadata.ReadToEnd()).RootElement.EnumerateArray().Select(f => f.GetProperty("name").GetString()).ToHashSet();
            Assert.Superset(new HashSet<string?> { "IngestPlan", "Health", "UploadPlan", "GetPlan", "Search", "Cites", "Trace", "Deadlines", "Reports", "Original", "WebPage" }, names);
            using var host = new StreamReader(archive.GetEntry("host.json")!.Open());
            Assert.False(JsonDocument.Parse(host.ReadToEnd()).RootElement.TryGetProperty("customHandler", out _), "host.json has no customHandler section");
        }
        finally { File.Delete(zip); }
    }
}
