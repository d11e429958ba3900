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
        using var app = new FunctionsApp(new Dictionary<string, string> { [Ingest.Functions.Hosting.IngestSettings.DataName] = data }, ["--local"]);
        var record = Path.Combine(data, "blobs", "records", "uploads", "orphan.txt.json");
        await WaitFor(() => File.Exists(record));

        Assert.False(File.Exists(Path.Combine(plans, "orphan.txt.0123.tmp")));
        Assert.Equal(original, await File.ReadAllBytesAsync(Path.Combine(plans, "orphan.txt")));
        var plan = await app.Authorized().GetAsync("/api/plans/uploads/orphan.txt");
        Assert.Equal(System.Net.HttpStatusCode.OK, plan.StatusCode);
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
        Assert.NotEmpty(Directory.GetFiles(Path.Combine(_app.DataDirectory, "blobs", "records"), "next.txt.json", SearchOption.AllDirectories));
        var client = _app.Authorized();
        Assert.Equal(System.Net.HttpStatusCode.OK, (await client.GetAsync("/api/health")).StatusCode);
    }
}
