using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Ingest.Indexer.Reports;

/// <summary>
/// Writes a report as an .xlsx workbook with DocumentFormat.OpenXml 2.20 (ClosedXML cannot be had here): a
/// bold header row, an autofilter, the header frozen, column widths from the content, typed cells (dates as
/// dates shown dd/mm/yyyy, numbers as numbers). Text is stored as inline strings, never formulas; text that
/// would read as a formula (= + - @) also carries the quotePrefix style, so editing the cell in Excel keeps it
/// text, and no apostrophe is visible. Pure (bytes out).
/// </summary>
public static class XlsxReportWriter
{
    // Style indexes in the stylesheet below.
    private const uint Plain = 0, Header = 1, DateStyle = 2, Guarded = 3, Wrapped = 4;
    private const int MaxWidth = 60;

    public static byte[] Write(ReportTable table)
    {
        using var stream = new MemoryStream();
        using (var doc = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var book = doc.AddWorkbookPart();
            book.Workbook = new Workbook();
            book.AddNewPart<WorkbookStylesPart>().Stylesheet = Styles();
            var sheetPart = book.AddNewPart<WorksheetPart>();
            var data = new SheetData();
            data.Append(HeaderRow(table.Columns));
            for (var i = 0; i < table.Rows.Count; i++) data.Append(DataRow((uint)i + 2, table.Rows[i], table));
            var widths = table.Columns.Select((c, i) => Width(table, c, i)).ToList();
            var columns = new Columns(widths.Select((w, i) => new Column { Min = (uint)i + 1, Max = (uint)i + 1, Width = w, CustomWidth = true }));
            var views = new SheetViews(new SheetView(new Pane { VerticalSplit = 1, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen }) { WorkbookViewId = 0 });
            var lastCell = $"{ColumnName(table.Columns.Count)}{table.Rows.Count + 1}";
            sheetPart.Worksheet = new Worksheet(views, columns, data, new AutoFilter { Reference = $"A1:{lastCell}" });
            var sheets = book.Workbook.AppendChild(new Sheets());
            sheets.Append(new Sheet { Id = book.GetIdOfPart(sheetPart), SheetId = 1, Name = SheetName(table.Title) });
            // The autofilter needs its defined name for Excel to keep the filter buttons when the file is saved again.
            book.Workbook.Append(new DefinedNames(new DefinedName($"'{SheetName(table.Title).Replace("'", "''")}'!$A$1:${ColumnName(table.Columns.Count)}${table.Rows.Count + 1}")
            { Name = "_xlnm._FilterDatabase", LocalSheetId = 0, Hidden = true }));
            book.Workbook.Save();
        }
        return stream.ToArray();
    }

    private static Stylesheet Styles() => new(
        new NumberingFormats(new NumberingFormat { NumberFormatId = 164, FormatCode = "dd/mm/yyyy" }) { Count = 1 },
        new Fonts(new Font(), new Font(new Bold())),
        new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })),
        new Borders(new Border()),
        new CellFormats(
            new CellFormat(),
            new CellFormat { FontId = 1, ApplyFont = true },
            new CellFormat { NumberFormatId = 164, ApplyNumberFormat = true },
            new CellFormat { QuotePrefix = true },
            new CellFormat(new Alignment { WrapText = true, Vertical = VerticalAlignmentValues.Top }) { ApplyAlignment = true }));

    private static Row HeaderRow(IReadOnlyList<string> columns)
    {
        var row = new Row { RowIndex = 1 };
        for (var c = 0; c < columns.Count; c++) row.Append(TextCell(ColumnName(c + 1) + 1, columns[c], Header));
        return row;
    }

    private static Row DataRow(uint index, IReadOnlyList<string?> cells, ReportTable table)
    {
        var row = new Row { RowIndex = index };
        for (var c = 0; c < cells.Count; c++)
        {
            var reference = ColumnName(c + 1) + index;
            var value = cells[c];
            if (string.IsNullOrEmpty(value)) { row.Append(new Cell { CellReference = reference }); continue; }
            var kind = table.KindOf(c);
            if (kind == ReportColumnKind.Date && DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
                row.Append(NumberCell(reference, (date.DayNumber - new DateOnly(1899, 12, 30).DayNumber).ToString(CultureInfo.InvariantCulture), DateStyle));
            else if (kind == ReportColumnKind.Number && decimal.TryParse(value, NumberStyles.Number, CultureInfo.InvariantCulture, out var number))
                row.Append(NumberCell(reference, number.ToString(CultureInfo.InvariantCulture), Plain));
            else
                row.Append(TextCell(reference, value, LooksLikeFormula(value) ? Guarded : value.Contains('\n') ? Wrapped : Plain));
        }
        return row;
    }

    private static Cell TextCell(string reference, string text, uint style) =>
        new(new InlineString(new DocumentFormat.OpenXml.Spreadsheet.Text(XmlSafe(text)) { Space = SpaceProcessingModeValues.Preserve }))
        { CellReference = reference, DataType = CellValues.InlineString, StyleIndex = style };

    private static Cell NumberCell(string reference, string value, uint style) =>
        new(new CellValue(value)) { CellReference = reference, DataType = CellValues.Number, StyleIndex = style };

    /// <summary>True for text a spreadsheet would take as a formula if typed: it begins with = + - @, a tab or a CR.</summary>
    public static bool LooksLikeFormula(string value) => value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r';

    private static double Width(ReportTable table, string header, int i)
    {
        var longest = table.Rows.Select(r => i < r.Count ? (r[i] ?? "").Split('\n').Max(l => l.Length) : 0).DefaultIfEmpty(0).Max();
        if (table.KindOf(i) == ReportColumnKind.Date) longest = Math.Max(longest, 10);
        return Math.Clamp(Math.Max(header.Length + 4, longest + 2), 8, MaxWidth);
    }

    internal static string ColumnName(int n)
    {
        var name = "";
        for (; n > 0; n = (n - 1) / 26) name = (char)('A' + (n - 1) % 26) + name;
        return name;
    }

    // Sheet names: at most 31 characters, none of : \ / ? * [ ], not beginning or ending with an apostrophe
    // (Excel "repairs" such a workbook on opening it).
    private static string SheetName(string title)
    {
        var clean = new string(XmlSafe(title).Where(ch => ch is not (':' or '\\' or '/' or '?' or '*' or '[' or ']')).ToArray()).Trim();
        var name = clean[..Math.Min(31, clean.Length)].Trim().Trim('\'').Trim();
        return name.Length == 0 ? "Report" : name;
    }

    /// <summary>
    /// Text XML 1.0 can hold: a control character (a vertical tab from Word, an escape) becomes a space, a lone
    /// surrogate or U+FFFE/U+FFFF becomes U+FFFD. The XML writer throws on either, and one plan's text (or a
    /// query's) must not make every workbook that lists it fail.
    /// </summary>
    internal static string XmlSafe(string text)
    {
        if (text.All(System.Xml.XmlConvert.IsXmlChar)) return text;
        var sb = new System.Text.StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (System.Xml.XmlConvert.IsXmlChar(c)) sb.Append(c);
            else if (i + 1 < text.Length && System.Xml.XmlConvert.IsXmlSurrogatePair(text[i + 1], c)) sb.Append(c).Append(text[++i]);
            else sb.Append(c < ' ' ? ' ' : '\uFFFD');
        }
        return sb.ToString();
    }
}
