using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Ingest.Indexer.Reports;

namespace Ingest.Indexer.Tests.Reports;

/// <summary>The workbook as Excel reads it back: typed cells, a frozen header, filters, widths, and guarded text without a visible apostrophe.</summary>
public sealed class XlsxReportWriterTests
{
    private static readonly ReportTable Table = new("Hạn chót từ 01/01/2021", ["Tình trạng", "Ngày", "Việc", "Trang"],
        [["Quá hạn", "2021-03-15", "=HYPERLINK(\"http://x\")", "2"], ["Sắp đến hạn", "2021-05", "-2 việc", "12"], ["", null, "@x\ndòng hai", "trang ba"]])
    {
        Kinds = [ReportColumnKind.Text, ReportColumnKind.Date, ReportColumnKind.Text, ReportColumnKind.Number],
    };

    private static (SpreadsheetDocument Doc, Worksheet Sheet, Cell[] Cells) Open()
    {
        var doc = SpreadsheetDocument.Open(new MemoryStream(XlsxReportWriter.Write(Table)), false);
        var sheet = doc.WorkbookPart!.WorksheetParts.Single().Worksheet;
        return (doc, sheet, sheet.Descendants<Cell>().ToArray());
    }

    private static Cell At(Cell[] cells, string reference) => cells.Single(c => c.CellReference == reference);

    private static CellFormat Format(SpreadsheetDocument doc, Cell cell) =>
        doc.WorkbookPart!.WorkbookStylesPart!.Stylesheet.CellFormats!.Elements<CellFormat>().ElementAt((int)(cell.StyleIndex?.Value ?? 0));

    [Fact]
    public void Dates_are_date_serials_shown_dd_mm_yyyy()
    {
        var (doc, _, cells) = Open();
        using var _doc = doc;
        var date = At(cells, "B2");
        Assert.Equal(CellValues.Number, date.DataType!.Value);
        Assert.Equal(new DateTime(2021, 3, 15), DateTime.FromOADate(double.Parse(date.CellValue!.Text, System.Globalization.CultureInfo.InvariantCulture)));
        var format = Format(doc, date);
        var code = doc.WorkbookPart!.WorkbookStylesPart!.Stylesheet.NumberingFormats!.Elements<NumberingFormat>().Single(n => n.NumberFormatId!.Value == format.NumberFormatId!.Value);
        Assert.Equal("dd/mm/yyyy", code.FormatCode!.Value);
        Assert.Equal(CellValues.InlineString, At(cells, "B3").DataType!.Value); // a partial date stays text
    }

    [Fact]
    public void Numbers_are_numbers_and_text_in_a_number_column_stays_text()
    {
        var (doc, _, cells) = Open();
        using var _doc = doc;
        Assert.Equal((CellValues.Number, "12"), (At(cells, "D3").DataType!.Value, At(cells, "D3").CellValue!.Text));
        Assert.Equal(CellValues.InlineString, At(cells, "D4").DataType!.Value);
    }

    [Theory]
    [InlineData("C2", "=HYPERLINK(\"http://x\")")]
    [InlineData("C3", "-2 việc")]
    [InlineData("C4", "@x\ndòng hai")]
    public void Formula_like_text_is_an_inline_string_with_quote_prefix_and_no_apostrophe(string reference, string text)
    {
        var (doc, _, cells) = Open();
        using var _doc = doc;
        var cell = At(cells, reference);
        Assert.Equal(CellValues.InlineString, cell.DataType!.Value);
        Assert.Null(cell.CellFormula);
        Assert.Equal(text, cell.InnerText);
        Assert.True(Format(doc, cell).QuotePrefix?.Value);
    }

    [Fact]
    public void The_header_is_bold_frozen_and_filtered_and_columns_have_widths()
    {
        var (doc, sheet, cells) = Open();
        using var _doc = doc;
        var pane = sheet.Descendants<Pane>().Single();
        Assert.Equal((PaneStateValues.Frozen, "A2", 1d), (pane.State!.Value, pane.TopLeftCell!.Value, pane.VerticalSplit!.Value));
        Assert.Equal("A1:D4", sheet.Elements<AutoFilter>().Single().Reference!.Value);
        var font = doc.WorkbookPart!.WorkbookStylesPart!.Stylesheet.Fonts!.Elements<Font>().ElementAt((int)Format(doc, At(cells, "A1")).FontId!.Value);
        Assert.NotNull(font.Bold);
        var widths = sheet.Descendants<Column>().Select(c => c.Width!.Value).ToList();
        Assert.Equal(4, widths.Count);
        Assert.True(widths[1] >= 12, "a date column fits dd/mm/yyyy");
        Assert.All(widths, w => Assert.InRange(w, 8, 60));
    }

    [Fact]
    public void Control_characters_and_noncharacters_in_a_plan_or_a_title_still_make_a_workbook()
    {
        // A vertical tab from Word, an escape, U+FFFE from a query: the XML writer threw and the report answered 500.
        var table = new ReportTable("Các kế hoạch trích dẫn 34\u0001\uFFFE''''", ["Việc"], [["Thực hiện\u000bChỉ thị 34\u0001 \u001b[31m \uFFFF"]]);
        using var doc = SpreadsheetDocument.Open(new MemoryStream(XlsxReportWriter.Write(table)), false);
        var cell = doc.WorkbookPart!.WorksheetParts.Single().Worksheet.Descendants<Cell>().Last();
        Assert.Equal("Thực hiện Chỉ thị 34   [31m \uFFFD", cell.InlineString!.InnerText);
        var sheetName = doc.WorkbookPart.Workbook.Sheets!.Elements<Sheet>().Single().Name!.Value!;
        Assert.False(sheetName.StartsWith('\'') || sheetName.EndsWith('\''), sheetName);
    }
}
