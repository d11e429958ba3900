using System.Text;

namespace Ingest.Functions.Tests;

/// <summary>The local inbox: a hostile file goes to inbox/failed, the service stays up and the next file is ingested.</summary>
[Collection("functions")]
public sealed class LocalInboxTests : IDisposable
{
    private readonly FunctionsApp _app = new(args: ["--local"]);

    public void Dispose() => _app.Dispose();

    private async Task WaitFor(Func<bool> condition)
    {
        for (var i = 0; i < 300 && !condition(); i++) await Task.Delay(100);
        Assert.True(condition(), "timed out");
    }

    [Fact]
    public async Task An_unreadable_file_is_kept_and_reported_and_the_watcher_goes_on()
    {
        var inbox = Path.Combine(_app.DataDirectory, "inbox");
        Directory.CreateDirectory(inbox);
        var good = await File.ReadAllBytesAsync(Path.Combine(FunctionsApp.Samples, "khanh-hoa-ban-dan-toc-2021.txt"));
        await File.WriteAllBytesAsync(Path.Combine(inbox, "plan.pdf"), Encoding.ASCII.GetBytes("%PDF-1.7\n1 0 obj <<"));
        await WaitFor(() => File.Exists(Path.Combine(inbox, "processed", "plan.pdf")));
        await File.WriteAllBytesAsync(Path.Combine(inbox, "next.txt"), good);
        await WaitFor(() => File.Exists(Path.Combine(inbox, "processed", "next.txt")));

        var kept = Directory.GetFiles(Path.Combine(_app.DataDirectory, "blobs", "plans", "versions"), "plan.pdf", SearchOption.AllDirectories);
        Assert.Single(kept);
        Assert.Equal("%PDF-1.7\n1 0 obj <<", await File.ReadAllTextAsync(kept[0]));
        Assert.NotEmpty(Directory.GetFiles(Path.Combine(_app.DataDirectory, "blobs", "failed"), "plan.pdf.json", SearchOption.AllDirectories));
        Assert.NotEmpty(Directory.GetFiles(Path.Combine(_app.DataDirectory, "blobs", "records"), "next.txt.json", SearchOption.AllDirectories));
        var client = _app.Authorized();
        Assert.Equal(System.Net.HttpStatusCode.OK, (await client.GetAsync("/api/health")).StatusCode);
    }
}
