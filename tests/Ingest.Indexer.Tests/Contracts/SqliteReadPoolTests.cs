using Ingest.Indexer.Adapters.Embedded;
using Microsoft.Data.Sqlite;

namespace Ingest.Indexer.Tests.Contracts;

/// <summary>
/// The catalog's kept read connections (SqliteReadPool): a statement compiled once still reads what was committed
/// after it, by this instance or by another one on the same file; a statement's parameters are those of its call;
/// the pool hands each reader its own connection and closes them with the index.
/// </summary>
public sealed class SqliteReadPoolTests : CatalogFolderTests
{
    [Fact]
    public async Task A_kept_statement_reads_what_was_committed_after_it_compiled()
    {
        var chain = PlanFixtures.Hierarchy();
        using var index = new SqlitePlanIndex(DbPath, PlanFixtures.Parser);
        await index.UpsertAsync([chain[0], chain[1]]);
        Assert.Equal(["h/province.txt"], (await index.CitesAsync("Chỉ thị 19/CT-TTg")).All.Select(c => c.PlanId));
        Assert.Empty((await index.CitesAsync("Kế hoạch 08/KH-UBND năm 2022 của UBND tỉnh Quảng Ngãi")).All);

        // Another instance writes (as another process would): the first one's statements see its commit.
        using (var other = new SqlitePlanIndex(DbPath, PlanFixtures.Parser)) await other.UpsertAsync([chain[2]]);
        Assert.Equal(["h/district.txt"], (await index.CitesAsync("Kế hoạch 08/KH-UBND năm 2022 của UBND tỉnh Quảng Ngãi")).All.Select(c => c.PlanId));
        await index.UpsertAsync([chain[3]]);
        Assert.Equal(4, index.Count());
        Assert.Equal("h/commune.txt", (await index.GetCommittedAsync("h/commune.txt"))!.Id);
        Assert.Null(await index.GetCommittedAsync("h/none.txt"));
    }

    [Fact]
    public async Task Readers_at_once_each_get_their_own_connection_and_their_own_answers()
    {
        using var index = new SqlitePlanIndex(DbPath, PlanFixtures.Parser);
        await index.UpsertAsync(PlanFixtures.Hierarchy());
        var questions = new (string Query, string Citing)[]
        {
            ("Chỉ thị 19/CT-TTg", "h/province.txt"),
            ("Kế hoạch 08/KH-UBND năm 2022 của UBND tỉnh Quảng Ngãi", "h/district.txt"),
            ("Kế hoạch 15/KH-UBND năm 2022 của UBND huyện Sơn Tịnh tỉnh Quảng Ngãi", "h/commune.txt"),
        };
        var answers = await Task.WhenAll(Enumerable.Range(0, 300).Select(i => Task.Run(async () =>
        {
            var (query, citing) = questions[i % questions.Length];
            return (Want: citing, Got: (await index.CitesAsync(query)).All.Select(c => c.PlanId).ToList());
        })));
        Assert.All(answers, a => Assert.Equal([a.Want], a.Got));
    }

    [Fact]
    public void A_disposed_pool_closes_what_comes_back_and_rents_no_more()
    {
        var opened = new List<SqliteConnection>();
        var pool = new SqliteReadPool(() =>
        {
            var connection = new SqliteConnection($"Data Source={DbPath}");
            Directory.CreateDirectory(Dir);
            connection.Open();
            opened.Add(connection);
            return connection;
        });
        var first = pool.Rent();
        using (pool.Rent()) { }
        Assert.Equal(2, opened.Count);
        using (pool.Rent()) { } // the idle one again
        Assert.Equal(2, opened.Count);

        pool.Dispose();
        Assert.Equal(System.Data.ConnectionState.Closed, opened[1].State);
        Assert.Equal(System.Data.ConnectionState.Open, first.Connection.State);
        first.Dispose();
        Assert.Equal(System.Data.ConnectionState.Closed, opened[0].State);
        Assert.Throws<ObjectDisposedException>(() => pool.Rent());
    }
}
