using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Ingest.Functions.Tests;

/// <summary>The read-only routes of the web page's three questions, and report downloads with their inputs and names.</summary>
[Collection("functions")]
public sealed class LookupEndpointsTests : IAsyncLifetime
{
    private readonly FunctionsApp _app = new();
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        _client = _app.Authorized();
        foreach (var file in Directory.GetFiles(FunctionsApp.Samples))
        {
            var response = await _client.PostAsync("/api/plans?name=" + Uri.EscapeDataString(Path.GetFileName(file)), new ByteArrayContent(await File.ReadAllBytesAsync(file)));
            Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        }
    }

    public Task DisposeAsync()
    {
        _app.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Suggest_offers_known_documents_for_what_is_typed()
    {
        var found = await _client.GetFromJsonAsync<JsonElement>("/api/documents/suggest?q=" + Uri.EscapeDataString("chi thi 34"));
        var first = found.EnumerateArray().First();
        Assert.StartsWith("Chỉ thị 34-CT/TW", first.GetProperty("label").GetString());
        Assert.Equal("Chỉ thị 34-CT/TW 2014", first.GetProperty("lookup").GetString());
        Assert.Equal(0, (await _client.GetFromJsonAsync<JsonElement>("/api/documents/suggest?q=")).GetArrayLength());
    }

    [Fact]
    public async Task Cites_by_plan_answers_one_row_per_plan_by_level_and_province()
    {
        var answer = await _client.GetFromJsonAsync<JsonElement>("/api/cites/plans?document=" + Uri.EscapeDataString("Chỉ thị 34"));
        Assert.Equal(3, answer.GetProperty("planCount").GetInt32());
        Assert.Equal(["province", "district"], answer.GetProperty("levels").EnumerateArray().Select(l => l.GetProperty("level").GetString()));
        var missing = await _client.GetAsync("/api/cites/plans");
        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
        Assert.Equal("application/problem+json", missing.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task The_calendar_covers_the_range_asked_for_in_dd_mm_yyyy()
    {
        var response = await _client.GetAsync("/api/calendar?from=01/01/2021&to=31/12/2021");
        Assert.Equal("text/calendar", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("han-chot-2021-01-01-den-2021-12-31.ics", response.Content.Headers.ContentDisposition?.FileName);
        var ics = await response.Content.ReadAsStringAsync();
        Assert.Equal(3, ics.Split("BEGIN:VEVENT").Length - 1);
        Assert.Equal(HttpStatusCode.BadRequest, (await _client.GetAsync("/api/calendar?from=31/12/2021&to=01/01/2021")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await _client.GetAsync("/api/calendar?from=32/01/2021")).StatusCode);
    }

    [Fact]
    public async Task The_deadlines_report_uses_its_range_and_types_its_cells()
    {
        var response = await _client.GetAsync("/api/reports/deadlines?format=xlsx&from=01/01/2021&to=31/12/2021");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("han-chot-2021-01-01-den-2021-12-31.xlsx", response.Content.Headers.ContentDisposition?.FileName);
        using var doc = SpreadsheetDocument.Open(new MemoryStream(await response.Content.ReadAsByteArrayAsync()), false);
        var rows = doc.WorkbookPart!.WorksheetParts.Single().Worksheet.Descendants<Row>().Skip(1).ToList();
        Assert.Equal(3, rows.Count);
        var dateCell = rows[0].Elements<Cell>().Single(c => c.CellReference!.Value!.StartsWith('C'));
        Assert.Equal(new DateTime(2021, 3, 15), DateTime.FromOADate(double.Parse(dateCell.CellValue!.Text, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Theory]
    [InlineData("/api/reports/directive?format=csv", HttpStatusCode.BadRequest, "the directive report needs a document")]
    [InlineData("/api/reports/directive?document=34-CT/TW&level=tinh", HttpStatusCode.BadRequest, "unknown level 'tinh'")]
    [InlineData("/api/reports/plan?plan=no/such.txt", HttpStatusCode.NotFound, "no plan 'no/such.txt'")]
    [InlineData("/api/reports/deadlines?from=2022-01-01&to=2021-01-01", HttpStatusCode.BadRequest, "the range is reversed")]
    [InlineData("/api/reports/deadlines?from=hôm qua", HttpStatusCode.BadRequest, "dd/mm/yyyy")]
    [InlineData("/api/reports/weekly", HttpStatusCode.BadRequest, "unknown report 'weekly'")]
    public async Task A_report_that_cannot_be_made_is_a_problem_saying_why(string url, HttpStatusCode status, string detail)
    {
        var response = await _client.GetAsync(url);
        Assert.Equal(status, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains(detail, problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task A_directive_report_is_named_for_its_document_and_filters()
    {
        var response = await _client.GetAsync("/api/reports/directive?format=csv&document=34-CT/TW&province=" + Uri.EscapeDataString("Đồng Nai"));
        Assert.Equal("ke-hoach-trich-dan-34-ct-tw-dong-nai.csv", response.Content.Headers.ContentDisposition?.FileName);
        var csv = Encoding.UTF8.GetString(await response.Content.ReadAsByteArrayAsync()).TrimStart('\uFEFF');
        Assert.Equal(3, csv.TrimEnd().Split("\r\n").Length); // the header, the province plan and the district plan of Đồng Nai
    }
}
