using Ingest.Indexer.Adapters.Embedded;
using Ingest.Indexer.Indexing;

namespace Ingest.Indexer.Tests.Cli;

/// <summary>
/// Two processes writing one data folder (the service and `plans ingest`, or two `plans ingest`) take turns on
/// the full-text index: before the index's own exclusive writer lock, both opened a Lucene writer and broke
/// the index ("read past EOF", "no such file: segments_N").
/// </summary>
public sealed class ConcurrentWriterProcessesTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("ingest-two-writers-").FullName;

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_dir, recursive: true);
    }

    [Fact]
    public async Task Two_plans_ingest_processes_on_one_data_folder_both_land_every_plan()
    {
        var folders = new[] { "a", "b" }.Select(f => Path.Combine(_dir, f)).ToList();
        foreach (var folder in folders)
        {
            Directory.CreateDirectory(folder);
            var tag = Path.GetFileName(folder);
            for (var i = 0; i < 60; i++)
                await File.WriteAllTextAsync(Path.Combine(folder, $"{tag}{i}.txt"), $"Số: {i}{tag}/KH-UBND\nKẾ HOẠCH\nThực hiện chuyển đổi số năm 2024.\n");
        }
        var data = Path.Combine(_dir, "data");
        var runs = await Task.WhenAll(folders.Select(f => PlansProcess.RunAsync("ingest", f, "--json", "--data", data)));
        Assert.All(runs, r => Assert.True(r.Code == 0, r.Error));

        using var index = new SqlitePlanIndex(Path.Combine(data, "index.db"));
        Assert.Equal(120, index.Count());
        Assert.Equal(120, (await index.SearchAsync(new SearchQuery { Text = "chuyển đổi số" })).Total);
    }
}
