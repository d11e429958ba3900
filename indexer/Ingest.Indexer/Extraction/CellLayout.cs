using System.Text;

namespace Ingest.Indexer.Extraction;

/// <summary>
/// Lays the cells of one table row side by side, the way a digital PDF's text layer shows an official
/// document's two-column header and signature block: line i of the row is line i of each cell, cells
/// separated by a wide gap. Shared by the Word, OpenDocument and .doc readers so the parser sees one layout. Pure.
/// </summary>
internal static class CellLayout
{
    private const string CellGap = "        ";

    /// <summary>The row's lines; empty cells and empty lines inside a cell are dropped.</summary>
    public static IEnumerable<string> SideBySide(IEnumerable<IReadOnlyList<string>> rowCells)
    {
        var cells = rowCells.Select(c => c.Where(l => l.Trim().Length > 0).ToList()).Where(c => c.Count > 0).ToList();
        var height = cells.Count == 0 ? 0 : cells.Max(c => c.Count);
        var widths = cells.Select(c => c.Max(l => l.Length)).ToList();
        for (var i = 0; i < height; i++)
        {
            var sb = new StringBuilder();
            for (var c = 0; c < cells.Count; c++)
            {
                var text = i < cells[c].Count ? cells[c][i] : "";
                if (c > 0) sb.Append(CellGap);
                sb.Append(c < cells.Count - 1 ? text.PadRight(widths[c]) : text);
            }
            yield return sb.ToString().TrimEnd();
        }
    }
}
