namespace Ingest.Indexer.Reports;

/// <summary>A report as a table: what every format (CSV, XLSX, HTML, Markdown, JSON) renders. Values are plain text.</summary>
public sealed record ReportTable(string Title, IReadOnlyList<string> Columns, IReadOnlyList<IReadOnlyList<string?>> Rows)
{
    /// <summary>Lines shown under the title (what the report covers, what is missing).</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];

    /// <summary>What each column holds; missing entries are text.</summary>
    public IReadOnlyList<ReportColumnKind> Kinds { get; init; } = [];

    /// <summary>A file name without extension that says what is inside (ASCII, e.g. <c>ke-hoach-trich-dan-34-ct-tw</c>).</summary>
    public string FileStem { get; init; } = "bao-cao";

    /// <summary>The kind of column <paramref name="index"/>.</summary>
    public ReportColumnKind KindOf(int index) => index < Kinds.Count ? Kinds[index] : ReportColumnKind.Text;
}
