namespace Ingest.Indexer.Reports;

/// <summary>A report as a table: what every format (CSV, XLSX, HTML, Markdown, JSON) renders. Values are plain text.</summary>
public sealed record ReportTable(string Title, IReadOnlyList<string> Columns, IReadOnlyList<IReadOnlyList<string?>> Rows)
{
    /// <summary>Lines shown under the title (what the report covers, what is missing).</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];
}
