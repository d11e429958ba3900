namespace Ingest.Indexer.Text;

/// <summary>
/// One line of the original text, cleaned for reading a block (header, signature, Nơi nhận): NFC, look-alike
/// letters fixed, Markdown marks (#, *, &gt;) removed, trimmed. <see cref="Start"/>/<see cref="End"/> index the original.
/// </summary>
public sealed record PlanLine(string Clean, int Start, int End)
{
    /// <summary>The line cut into columns at runs of three or more spaces or a tab (two-column layouts, OCR'd side by side).</summary>
    public IReadOnlyList<string> Columns { get; init; } = [];
}
