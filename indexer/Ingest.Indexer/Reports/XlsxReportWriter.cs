using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Ingest.Indexer.Reports;

/// <summary>
/// Writes a report as an .xlsx workbook with DocumentFormat.OpenXml 2.20 (ClosedXML cannot be had here): a
/// bold header row, an autofilter, the header frozen, column widths from the content. Cells are inline
/// strings, never formulas. Pure (bytes out).
/// </summary>
public static class XlsxReportWriter
{
    public static byte[] Write(ReportTable table)
    {
        using var stream = new MemoryStream();
        using (var doc = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var book = doc.AddWorkbookPart();
            book.Workbook = new Workbook();
            var styles = book.AddNewPart<WorkbookStylesPart>();
            styles.Stylesheet = new Stylesheet(
                new Fonts(new Font(), new Font(new Bold())),
                new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })),
                new Borders(new Border()),
                new CellFormats(new CellFormat(), new CellFormat { FontId = 1, ApplyFont = true }));
            var sheetPart = book.AddNewPart<WorksheetPart>();
            var data = new SheetData();
            data.Append(Row(1, table.Columns, bold: true));
            for (var i = 0; i < table.Rows.Count; i++) data.Append(Row((uint)i + 2, table.Rows[i], bold: false));
            var widths = table.Columns.Select((c, i) => Math.Clamp(Math.Max(c.Length, table.Rows.Select(r => i < r.Count ? r[i]?.Length ?? 0 : 0).DefaultIfEmpty(0).Max()) + 2, 8, 60)).ToList();
            var columns = new Columns(widths.Select((w, i) => new Column { Min = (uint)i + 1, Max = (uint)i + 1, Width = w, CustomWidth = true }));
            var views = new SheetViews(new SheetView(new Pane { VerticalSplit = 1, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen }) { WorkbookViewId = 0 });
            var lastCell = $"{ColumnName(table.Columns.Count)}{table.Rows.Count + 1}";
            sheetPart.Worksheet = new Worksheet(views, columns, data, new AutoFilter { Reference = $"A1:{lastCell}" });
            var sheets = book.Workbook.AppendChild(new Sheets());
            sheets.Append(new Sheet { Id = book.GetIdOfPart(sheetPart), SheetId = 1, Name = SheetName(table.Title) });
            book.Workbook.Save();
        }
        return stream.ToArray();
    }

    private static Row Row(uint index, IEnumerable<string?> cells, bool bold)
    {
        var row = new Row { RowIndex = index };
        var c = 0;
        foreach (var value in cells)
            row.Append(new Cell(new InlineString(new DocumentFormat.OpenXml.Spreadsheet.Text(ReportWriters.Neutralize(value)) { Space = SpaceProcessingModeValues.Preserve }))
            {
                CellReference = ColumnName(++c) + index,
                DataType = CellValues.InlineString,
                StyleIndex = bold ? 1u : 0u,
            });
        return row;
    }

    internal static string ColumnName(int n)
    {
        var name = "";
        for (; n > 0; n = (n - 1) / 26) name = (char)('A' + (n - 1) % 26) + name;
        return name;
    }

    // Sheet names: at most 31 characters, none of : \ / ? * [ ].
    private static string SheetName(string title)
    {
        var clean = new string(title.Where(ch => ch is not (':' or '\\' or '/' or '?' or '*' or '[' or ']')).ToArray()).Trim();
        return clean.Length == 0 ? "Report" : clean[..Math.Min(31, clean.Length)];
    }
}
