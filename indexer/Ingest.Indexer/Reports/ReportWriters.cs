using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Ingest.Indexer.Reports;

/// <summary>
/// Renders a <see cref="ReportTable"/> as CSV (UTF-8 with BOM so Excel shows Vietnamese), HTML (escaped,
/// printable, no scripts), Markdown or JSON. Cells that begin with = + - or @ are neutralized in CSV with a
/// leading apostrophe, so a spreadsheet never runs text from a plan as a formula. Pure.
/// </summary>
public static class ReportWriters
{
    public static readonly IReadOnlyList<string> Formats = ["csv", "xlsx", "html", "md", "json"];

    public static byte[] Render(ReportTable table, string format) => format switch
    {
        "csv" => Csv(table),
        "xlsx" => XlsxReportWriter.Write(table),
        "html" => Encoding.UTF8.GetBytes(Html(table)),
        "md" => Encoding.UTF8.GetBytes(Markdown(table)),
        "json" => JsonSerializer.SerializeToUtf8Bytes(new { table.Title, table.Notes, table.Columns, table.Rows },
            new JsonSerializerOptions { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.CamelCase, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }),
        _ => throw new ArgumentException($"unknown report format '{format}' (csv, xlsx, html, md, json)"),
    };

    /// <summary>A value safe for a spreadsheet cell: text starting with = + - @ (or a tab or CR) gets a leading apostrophe.</summary>
    public static string Neutralize(string? value) =>
        string.IsNullOrEmpty(value) ? "" : value[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + value : value;

    private static byte[] Csv(ReportTable table)
    {
        var sb = new StringBuilder();
        void Row(IEnumerable<string?> cells) => sb.Append(string.Join(',', cells.Select(c => Quote(Neutralize(c))))).Append("\r\n");
        Row(table.Columns);
        foreach (var row in table.Rows) Row(row);
        return Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(sb.ToString())).ToArray();
    }

    private static string Quote(string s) => s.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + s.Replace("\"", "\"\"") + "\"" : s;

    private static string Html(ReportTable table)
    {
        // Escapes markup characters; Vietnamese letters stay readable rather than becoming numeric entities.
        var e = HtmlEncoder.Create(System.Text.Unicode.UnicodeRanges.All);
        var sb = new StringBuilder();
        sb.Append("<!DOCTYPE html>\n<html lang=\"vi\"><head><meta charset=\"utf-8\"><title>").Append(e.Encode(table.Title)).Append("</title>\n");
        sb.Append("<style>body{font-family:'DejaVu Serif','Times New Roman',serif;margin:2em}table{border-collapse:collapse;width:100%}")
          .Append("th,td{border:1px solid #999;padding:4px 6px;vertical-align:top;font-size:11pt}th{background:#eee}")
          .Append("@media print{body{margin:1cm}thead{display:table-header-group}}</style></head><body>\n");
        sb.Append("<h1>").Append(e.Encode(table.Title)).Append("</h1>\n");
        foreach (var note in table.Notes) sb.Append("<p>").Append(e.Encode(note)).Append("</p>\n");
        sb.Append("<table><thead><tr>");
        foreach (var c in table.Columns) sb.Append("<th>").Append(e.Encode(c)).Append("</th>");
        sb.Append("</tr></thead><tbody>\n");
        foreach (var row in table.Rows)
        {
            sb.Append("<tr>");
            for (var i = 0; i < row.Count; i++) sb.Append("<td>").Append(e.Encode(Display(table, i, row[i]))).Append("</td>");
            sb.Append("</tr>\n");
        }
        return sb.Append("</tbody></table></body></html>\n").ToString();
    }

    private static string Markdown(ReportTable table)
    {
        // Markdown renderers pass raw HTML through: markup in a plan's text is shown, never run.
        static string Cell(string? s) => (s ?? "").Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;")
            .Replace("\\", "\\\\").Replace("|", "\\|").Replace("\r", " ").Replace("\n", " ");
        var sb = new StringBuilder("# ").Append(Cell(table.Title)).Append("\n\n");
        foreach (var note in table.Notes) sb.Append(Cell(note)).Append("\n\n");
        sb.Append("| ").Append(string.Join(" | ", table.Columns.Select(Cell))).Append(" |\n");
        sb.Append('|').Append(string.Concat(table.Columns.Select(_ => "---|"))).Append('\n');
        foreach (var row in table.Rows) sb.Append("| ").Append(string.Join(" | ", row.Select((c, i) => Cell(Display(table, i, c))))).Append(" |\n");
        return sb.ToString();
    }

    // Dates read as people in Vietnam write them (dd/mm/yyyy) in the formats meant for reading.
    private static string Display(ReportTable table, int column, string? value) =>
        table.KindOf(column) == ReportColumnKind.Date && DateOnly.TryParseExact(value, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture,
            System.Globalization.DateTimeStyles.None, out var d) ? d.ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture) : value ?? "";
}
