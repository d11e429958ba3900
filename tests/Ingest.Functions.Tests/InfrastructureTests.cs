using System.IO.Compression;
using System.Text.Json;
using System.Text.RegularExpressions;
using Ingest.Functions.Hosting;

namespace Ingest.Functions.Tests;

/// <summary>
/// What can be checked of the deployment here (no Azure subscription or Docker engine is reachable): the
/// Bicep compiles and lints clean with the CLI from NuGet, the compiled template's settings match what the
/// code reads, the container's packages, and the deployable package's layout.
/// </summary>
public sealed class InfrastructureTests
{
    private static readonly string Root = FindRoot();

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Ingest.sln"))) return dir.FullName;
        throw new DirectoryNotFoundException("Ingest.sln");
    }

    private static readonly Lazy<Task<JsonElement>> Template = new(async () =>
    {
        var outDir = Directory.CreateTempSubdirectory("ingest-bicep-").FullName;
        try
        {
            var result = await BicepCli.RunAsync("build", Path.Combine(Root, "infra", "main.bicep"), "--outdir", outDir);
            Assert.True(result.ExitCode == 0, result.StandardError);
            return JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(outDir, "main.json"))).RootElement.Clone();
        }
        finally { Directory.Delete(outDir, recursive: true); }
    });

    // The nested template of a module in the compiled main.json.
    private static JsonElement Module(JsonElement main, string name) =>
        Resources(main).First(r => r.GetProperty("type").GetString() == "Microsoft.Resources/deployments" && r.GetProperty("name").GetString() == name)
            .GetProperty("properties").GetProperty("template");

    // Resources as an array (languageVersion 1.0) or keyed by symbolic name (2.0).
    private static IEnumerable<JsonElement> Resources(JsonElement template)
    {
        var resources = template.GetProperty("resources");
        return resources.ValueKind == JsonValueKind.Array ? resources.EnumerateArray().ToList() : resources.EnumerateObject().Select(p => p.Value).ToList();
    }

    [Fact]
    public async Task Every_bicep_file_compiles_and_lints_without_a_warning()
    {
        var files = Directory.GetFiles(Path.Combine(Root, "infra"), "*.bicep", SearchOption.AllDirectories);
        Assert.True(files.Length >= 9, string.Join(", ", files));
        foreach (var file in files)
        {
            var lint = await BicepCli.RunAsync("lint", file);
            Assert.True(lint.ExitCode == 0 && !lint.StandardError.Contains("Warning") && !lint.StandardError.Contains("Error"), $"{file}: {lint.StandardError}{lint.StandardOutput}");
        }
        foreach (var file in Directory.GetFiles(Path.Combine(Root, "infra", "params"), "*.bicepparam"))
        {
            var outDir = Directory.CreateTempSubdirectory("ingest-bicepparam-").FullName;
            try
            {
                var build = await BicepCli.RunAsync("build-params", file, "--outfile", Path.Combine(outDir, "p.json"));
                Assert.True(build.ExitCode == 0 && build.StandardError.Trim().Length == 0, $"{file}: {build.StandardError}");
            }
            finally { Directory.Delete(outDir, recursive: true); }
        }
        var main = await Template.Value;
        Assert.Equal(JsonValueKind.Object, main.ValueKind);
    }

    [Fact]
    public async Task The_compiled_template_sets_every_setting_the_code_reads_in_the_cloud_and_nothing_it_does_not()
    {
        var app = Module(await Template.Value, "functionapp");
        var set = app.GetProperty("variables").GetProperty("appSettings").EnumerateArray().Select(s => s.GetProperty("name").GetString()!).ToHashSet();
        var ours = set.Where(n => n.StartsWith("INGEST_", StringComparison.Ordinal)).ToHashSet();
        Assert.Equal(IngestSettings.CloudSettings.ToHashSet(), ours);
        Assert.All(ours, n => Assert.Contains(n, IngestSettings.Names));
        Assert.Empty(set.Intersect(IngestSettings.SecretSettings));
        Assert.Contains("AZURE_CLIENT_ID", set); // the user-assigned identity DefaultAzureCredential uses
        // The blob trigger's connection (AzureWebJobsStorage) by identity, as Flex Consumption requires.
        Assert.Superset(new HashSet<string> { "AzureWebJobsStorage__accountName", "AzureWebJobsStorage__credential", "AzureWebJobsStorage__clientId" }, set);
        var site = Resources(app).First(r => r.GetProperty("type").GetString() == "Microsoft.Web/sites").GetProperty("properties");
        var config = site.GetProperty("functionAppConfig").GetString() ?? "";
        Assert.Contains("'dotnet-isolated'", config);
        Assert.Contains("'10.0'", config);
        Assert.Contains("'FUNCTIONS_WORKER_RUNTIME', 'value', 'dotnet-isolated'", site.GetProperty("siteConfig").GetProperty("appSettings").GetString());
    }

    [Fact]
    public async Task The_event_subscription_posts_to_the_blob_webhook_of_IngestPlan()
    {
        var events = Module(await Template.Value, "eventgrid");
        var text = events.GetRawText();
        Assert.Contains("/runtime/webhooks/blobs?functionName=Host.Functions.IngestPlan", text);
        Assert.Contains("blobs_extension", text);
        Assert.Contains("Microsoft.Storage.BlobCreated", text);
        Assert.Contains("/blobServices/default/containers/plans/", text);
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
