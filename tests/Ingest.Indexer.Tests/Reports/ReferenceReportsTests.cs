using Ingest.Indexer.Adapters.Embedded;
using Ingest.Indexer.Reports;
using Ingest.Indexer.Tests.Contracts;

namespace Ingest.Indexer.Tests.Reports;

/// <summary>The reports over the samples: what each kind needs, the range the deadlines report covers, file names that say what is inside.</summary>
public sealed class ReferenceReportsTests : IAsyncLifetime
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "ingest-tests", Guid.NewGuid().ToString("N"));
    private SqlitePlanIndex _index = null!;
    private ReferenceReports _reports = null!;
    private static readonly DateOnly Today = new(2021, 6, 1);

    public async Task InitializeAsync()
    {
        _index = new SqlitePlanIndex(Path.Combine(_dir, "index.db"), PlanFixtures.Parser);
        await _index.UpsertAsync(PlanFixtures.Samples());
        _reports = new ReferenceReports(_index, _index, _index);
    }

    public Task DisposeAsync()
    {
        _index.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_dir, recursive: true);
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Deadlines_cover_the_chosen_range_and_mark_overdue_and_upcoming()
    {
        var table = await _reports.BuildAsync("deadlines", new ReportRequest { From = new(2021, 1, 1), To = new(2021, 12, 31), Today = Today });
        Assert.NotEmpty(table.Rows);
        Assert.All(table.Rows, r => Assert.InRange(DateOnly.Parse(r[2]!, System.Globalization.CultureInfo.InvariantCulture), new DateOnly(2021, 1, 1), new DateOnly(2021, 12, 31)));
        Assert.All(table.Rows, r => Assert.Equal(string.CompareOrdinal(r[2], "2021-06-01") < 0 ? "Quá hạn" : "Sắp đến hạn", r[0]));
        Assert.Contains(table.Rows, r => r[0] == "Quá hạn");
        Assert.Contains(table.Rows, r => r[0] == "Sắp đến hạn");
        Assert.Equal("han-chot-2021-01-01-den-2021-12-31", table.FileStem);
        Assert.Equal(ReportColumnKind.Date, table.KindOf(2));
    }

    [Fact]
    public async Task An_empty_deadlines_report_says_why()
    {
        var table = await _reports.BuildAsync("deadlines", new ReportRequest { From = new(1990, 1, 1), To = new(1990, 12, 31), Today = Today });
        Assert.Empty(table.Rows);
        Assert.Contains("Không có hạn chót nào từ 01/01/1990 đến 31/12/1990", table.Notes[0]);
    }

    [Fact]
    public async Task The_directive_report_has_one_row_per_plan_filtered_by_level()
    {
        var all = await _reports.BuildAsync("directive", new ReportRequest { Document = "Chỉ thị 34", Today = Today });
        var province = await _reports.BuildAsync("directive", new ReportRequest { Document = "Chỉ thị 34", Level = "province", Today = Today });
        Assert.Equal(3, all.Rows.Count);
        Assert.Equal(2, province.Rows.Count);
        Assert.All(province.Rows, r => Assert.Equal("Tỉnh", r[0]));
        Assert.Equal("ke-hoach-trich-dan-chi-thi-34-province", province.FileStem);
    }

    [Theory]
    [InlineData("directive", "the directive report needs a document")]
    [InlineData("plan", "the plan report needs a plan")]
    [InlineData("coverage", "the coverage report needs a plan")]
    [InlineData("matrix", "the matrix report needs a province")]
    [InlineData("weekly", "unknown report 'weekly'")]
    public async Task A_request_missing_what_its_kind_needs_is_refused_saying_what(string kind, string message)
    {
        var e = await Assert.ThrowsAsync<ReportRequestException>(() => _reports.BuildAsync(kind, new ReportRequest { Today = Today }));
        Assert.StartsWith(message, e.Message);
    }

    [Fact]
    public async Task A_reversed_range_and_an_unknown_level_are_refused()
    {
        await Assert.ThrowsAsync<ReportRequestException>(() => _reports.BuildAsync("deadlines", new ReportRequest { From = new(2022, 1, 1), To = new(2021, 1, 1), Today = Today }));
        await Assert.ThrowsAsync<ReportRequestException>(() => _reports.BuildAsync("directive", new ReportRequest { Document = "34-CT/TW", Level = "tinh", Today = Today }));
    }

    [Fact]
    public async Task An_unknown_plan_is_not_found() =>
        await Assert.ThrowsAsync<KeyNotFoundException>(() => _reports.BuildAsync("plan", new ReportRequest { Plan = "no/such.txt", Today = Today }));
}
