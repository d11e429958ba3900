using System.Text;
using Ingest.Indexer.Graph;
using Ingest.Indexer.Reports;

namespace Ingest.Indexer.Tests.Reports;

/// <summary>Untrusted text from plans never becomes a formula or markup in a report.</summary>
public sealed class ReportWritersTests
{
    private static readonly ReportTable Table = new("Báo cáo <thử>", ["Cột", "Khác"],
        [["=HYPERLINK(\"http://x\")", "<script>alert(1)</script>"], ["+1", "a|b, \"c\""], ["-2", "@x"]]);

    [Fact]
    public void Csv_neutralizes_formulas_and_quotes_fields()
    {
        var csv = Encoding.UTF8.GetString(ReportWriters.Render(Table, "csv")).TrimStart('\uFEFF');
        Assert.Contains("\"'=HYPERLINK(\"\"http://x\"\")\"", csv);
        Assert.Contains("'+1,", csv);
        Assert.Contains("'-2,'@x", csv);
        Assert.Contains("\"a|b, \"\"c\"\"\"", csv);
    }

    [Fact]
    public void Html_escapes_markup_and_keeps_vietnamese_readable()
    {
        var html = Encoding.UTF8.GetString(ReportWriters.Render(Table, "html"));
        Assert.DoesNotContain("<script>", html);
        Assert.Contains("&lt;script&gt;", html);
        Assert.Contains("Báo cáo &lt;thử&gt;", html);
    }

    [Fact]
    public void Markdown_escapes_pipes_and_html()
    {
        var md = Encoding.UTF8.GetString(ReportWriters.Render(Table, "md"));
        Assert.Contains("a\\|b", md);
        Assert.DoesNotContain("<script>", md);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", md);
        Assert.Contains("# Báo cáo &lt;thử&gt;", md);
    }

    [Fact]
    public void Ics_has_one_all_day_event_per_deadline_with_escaped_folded_text()
    {
        var hits = new[] { new DeadlineHit("2021-03-15", "Gửi báo cáo; kết quả, đăng ký", "trước ngày 15/03/2021", 2, "p.txt", "15/KH-BDT", "Kế hoạch " + new string('x', 120), "Ban Dân tộc") };
        var ics = IcsWriter.Write(hits, new DateTimeOffset(2026, 11, 22, 0, 0, 0, TimeSpan.Zero));
        Assert.StartsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n", ics);
        Assert.Contains("DTSTART;VALUE=DATE:20210315\r\n", ics);
        Assert.Contains("SUMMARY:Gửi báo cáo\\; kết quả\\, đăng ký", ics);
        Assert.All(ics.Split("\r\n"), line => Assert.True(Encoding.UTF8.GetByteCount(line) <= 75, line));
        Assert.EndsWith("END:VCALENDAR\r\n", ics);
    }
}
