using System.Net.Http.Json;
using System.Text;

namespace Ingest.Functions.Tests;

/// <summary>The local inbox: a hostile file goes to inbox/failed, the service stays up and the next file is ingested.</summary>
[Collection("functions")]
public sealed class LocalInboxTests : IDisposable
{
    private readonly FunctionsApp _app = new(args: ["--local"]);

    public void Dispose() => _app.Dispose();

    /// <summary>Written beside the inbox and moved in, as a finished copy arrives: the watcher never sees half a file.</summary>
    private static async Task Drop(string inbox, string name, byte[] content)
    {
        var temp = Path.Combine(Path.GetDirectoryName(inbox)!, name + ".part");
        await File.WriteAllBytesAsync(temp, content);
        File.Move(temp, Path.Combine(inbox, name));
    }

    private async Task WaitFor(Func<bool> condition)
    {
        for (var i = 0; i < 300 && !condition(); i++) await Task.Delay(100);
        Assert.True(condition(), "timed out");
    }

    [Fact]
    public async Task At_start_originals_without_an_index_entry_are_ingested_and_temporary_files_removed()
    {
        var data = Path.Combine(Path.GetTempPath(), "ingest-repair-" + Guid.NewGuid().ToString("N"));
        var plans = Path.Combine(data, "blobs", "plans", "uploads");
        Directory.CreateDirectory(plans);
        var original = await File.ReadAllBytesAsync(Path.Combine(FunctionsApp.Samples, "khanh-hoa-ban-dan-toc-2021.txt"));
        // What a kill -9 between storing and indexing leaves: an original, nothing indexed, a half-written temporary file.
        await File.WriteAllBytesAsync(Path.Combine(plans, "orphan.txt"), original);
        await File.WriteAllBytesAsync(Path.Combine(plans, "orphan.txt.0123.tmp"), [1, 2]);
        // Left by a process killed a while ago: the start removes only temporary blobs written before it (a process
        // starting alongside may be writing newer ones), and a warm host can start within the clock's tick of this write.
        File.SetLastWriteTimeUtc(Path.Combine(plans, "orphan.txt.0123.tmp"), DateTime.UtcNow.AddMinutes(-1));
        try
        {
            using var app = new FunctionsApp(new Dictionary<string, string> { [Ingest.Functions.Hosting.IngestSettings.DataName] = data }, ["--local"]);
            var client = app.Authorized();
            await WaitFor(() => client.GetAsync("/api/plans/uploads/orphan.txt").GetAwaiter().GetResult().StatusCode == System.Net.HttpStatusCode.OK);

            Assert.False(File.Exists(Path.Combine(plans, "orphan.txt.0123.tmp")));
            Assert.Equal(original, await File.ReadAllBytesAsync(Path.Combine(plans, "orphan.txt")));
            var plan = await client.GetFromJsonAsync<System.Text.Json.JsonElement>("/api/plans/uploads/orphan.txt");
            Assert.Equal("Ban Dân tộc tỉnh Khánh Hòa", plan.GetProperty("record").GetProperty("issuer").GetProperty("name").GetString());
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(data, recursive: true);
        }
    }

    [Fact]
    public async Task A_start_retires_mostly_dead_segment_files_and_the_next_start_removes_them()
    {
        var data = Path.Combine(Path.GetTempPath(), "ingest-compact-" + Guid.NewGuid().ToString("N"));
        var segments = Path.Combine(data, "index.segments");
        var preparer = new Ingest.Indexer.Pipeline.PlanPreparer(new Ingest.Indexer.Parsing.PlanParser());
        var sample = await File.ReadAllTextAsync(Path.Combine(FunctionsApp.Samples, "khanh-hoa-ban-dan-toc-2021.txt"));
        var syllables = "an ba ca da em gi ha ki la ma na oa pa qua ra sa ta u va xa y bo co do go ho lo mo no po to vo".Split(' ');
        var random = new Random(7);
        // 40 plans of 80 KB written in three versions: about two thirds of the segment bytes, over 1 MiB, are dead.
        string Filler() => string.Join(' ', Enumerable.Range(0, 25_000).Select(_ => syllables[random.Next(syllables.Length)]));
        using (var index = new Ingest.Indexer.Adapters.Embedded.SqlitePlanIndex(Path.Combine(data, "index.db")))
            for (var version = 1; version <= 3; version++)
                await index.UpsertAsync(Enumerable.Range(0, 40).Select(i => preparer.Prepare($"uploads/p{i}.txt", $"{sample}\nzqlast{version} {Filler()}")).ToList());
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            using (new FunctionsApp(new Dictionary<string, string> { [Ingest.Functions.Hosting.IngestSettings.DataName] = data }, ["--local"]))
                await WaitFor(() => Retired(data) > 0);
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Assert.True(File.Exists(Path.Combine(segments, "000001.seg")), "retired by a process that serves reads: it stays until the next start");

            using var app = new FunctionsApp(new Dictionary<string, string> { [Ingest.Functions.Hosting.IngestSettings.DataName] = data }, ["--local"]);
            await WaitFor(() => !File.Exists(Path.Combine(segments, "000001.seg")));
            var found = await app.Authorized().GetFromJsonAsync<System.Text.Json.JsonElement>("/api/search?q=zqlast3&pageSize=1");
            Assert.Equal(40, found.GetProperty("total").GetInt32());
            var plan = await app.Authorized().GetAsync("/api/plans/uploads/p7.txt");
            Assert.Equal(System.Net.HttpStatusCode.OK, plan.StatusCode);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(data, recursive: true);
        }
    }

    private static long Retired(string data)
    {
        using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={Path.Combine(data, "index.db")};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM retired_segments";
        return (long)command.ExecuteScalar()!;
    }

    [Fact]
    public async Task An_unreadable_file_is_kept_and_reported_and_the_watcher_goes_on()
    {
        var inbox = Path.Combine(_app.DataDirectory, "inbox");
        Directory.CreateDirectory(inbox);
        var good = await File.ReadAllBytesAsync(Path.Combine(FunctionsApp.Samples, "khanh-hoa-ban-dan-toc-2021.txt"));
        await Drop(inbox, "plan.pdf", Encoding.ASCII.GetBytes("%PDF-1.7\n1 0 obj <<"));
        await WaitFor(() => File.Exists(Path.Combine(inbox, "processed", "plan.pdf")));
        await Drop(inbox, "next.txt", good);
        await WaitFor(() => File.Exists(Path.Combine(inbox, "processed", "next.txt")));

        var kept = Directory.GetFiles(Path.Combine(_app.DataDirectory, "blobs", "plans", "versions"), "*-plan.pdf", SearchOption.AllDirectories);
        Assert.Single(kept);
        Assert.Equal("%PDF-1.7\n1 0 obj <<", await File.ReadAllTextAsync(kept[0]));
        Assert.NotEmpty(Directory.GetFiles(Path.Combine(_app.DataDirectory, "blobs", "failed"), "plan.pdf.json", SearchOption.AllDirectories));
        var client = _app.Authorized();
        var next = await client.GetFromJsonAsync<System.Text.Json.JsonElement>("/api/plans/" + UploadAssert.Route(Ingest.Indexer.Pipeline.BlobNames.ForInbox("next.txt")));
        Assert.Equal("Ban Dân tộc tỉnh Khánh Hòa", next.GetProperty("record").GetProperty("issuer").GetProperty("name").GetString());
        Assert.Equal(System.Net.HttpStatusCode.OK, (await client.GetAsync("/api/health")).StatusCode);
    }

    [Fact]
    public async Task A_named_pipe_or_a_symbolic_link_in_the_inbox_is_set_aside_and_the_watcher_goes_on()
    {
        // Found by trying hostile input: a pipe made with mkfifo hung the watcher (opening it waits for a writer),
        // and a link to /etc/passwd was read and stored as a plan.
        var inbox = Path.Combine(_app.DataDirectory, "inbox");
        Directory.CreateDirectory(inbox);
        var secret = Path.Combine(_app.DataDirectory, "outside-secret.txt");
        await File.WriteAllTextAsync(secret, "zqsecret không được đọc");
        File.CreateSymbolicLink(Path.Combine(inbox, "link.txt"), secret);
        using (var mkfifo = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo("mkfifo") { ArgumentList = { Path.Combine(inbox, "pipe.txt") } })!)
            await mkfifo.WaitForExitAsync();
        var good = await File.ReadAllBytesAsync(Path.Combine(FunctionsApp.Samples, "khanh-hoa-ban-dan-toc-2021.txt"));
        await Drop(inbox, "next.txt", good);

        await WaitFor(() => File.Exists(Path.Combine(inbox, "processed", "next.txt")));
        await WaitFor(() => !File.Exists(Path.Combine(inbox, "pipe.txt")) && !File.Exists(Path.Combine(inbox, "link.txt")));
        Assert.True(new FileInfo(Path.Combine(inbox, "failed", "link.txt")).LinkTarget is not null, "the link itself is set aside");
        Assert.Contains("symbolic link", await File.ReadAllTextAsync(Path.Combine(inbox, "failed", "link.txt.error.txt")));
        var client = _app.Authorized();
        var search = await client.GetFromJsonAsync<System.Text.Json.JsonElement>("/api/search?q=zqsecret");
        Assert.Equal(0, search.GetProperty("total").GetInt32());
        Assert.Equal(System.Net.HttpStatusCode.OK, (await client.GetAsync("/api/health")).StatusCode);
    }
}
