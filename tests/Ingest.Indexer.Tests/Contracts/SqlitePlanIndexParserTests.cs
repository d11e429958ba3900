using Ingest.Indexer.Adapters.Embedded;
using Ingest.Indexer.Indexing;
using Ingest.Indexer.Parsing;

namespace Ingest.Indexer.Tests.Contracts;

/// <summary>
/// A catalog given a parser still being built (a cold `plans ingest` builds it on another core) opens its files
/// without waiting for it; the first write does wait, and then writes as with a parser given ready.
/// </summary>
public sealed class SqlitePlanIndexParserTests : CatalogFolderTests
{
    [Fact]
    public async Task A_catalog_opens_before_its_parser_is_built_and_writes_once_it_is()
    {
        var parser = new TaskCompletionSource<PlanParser>(TaskCreationOptions.RunContinuationsAsynchronously);
        using var index = await Task.Run(() => new SqlitePlanIndex(DbPath, parser.Task)).WaitAsync(TimeSpan.FromSeconds(60));
        var plan = PlanFixtures.Samples()[0];
        // The write may wait for the parser before it returns its task: on another thread.
        var write = Task.Run(() => index.UpsertAsync([plan]));
        parser.SetResult(PlanFixtures.Parser);
        Assert.Equal(IngestOutcome.Added, (await write.WaitAsync(TimeSpan.FromSeconds(60))).Single());
        Assert.Equal(plan.ContentHash, (await index.GetAsync(plan.Id))!.ContentHash);
    }
}
