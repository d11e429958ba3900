using Ingest.Indexer.Text;

namespace Ingest.Indexer.Parsing.Recipients;

/// <summary>
/// The lines one search of <see cref="SignerParser"/> reads: from one index on, as a list of their own (each line keeps
/// its offsets in the text).
/// </summary>
internal sealed class SearchLines(IReadOnlyList<PlanLine> lines, int start, CutCells cut) : IReadOnlyList<PlanLine>
{
    private readonly int _start = Math.Clamp(start, 0, lines.Count);
    public PlanLine this[int index] => lines[_start + index];
    public int Count => lines.Count - _start;
    public IEnumerator<PlanLine> GetEnumerator() { for (var i = _start; i < lines.Count; i++) yield return lines[i]; }
    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>The cells of lines [from, to) of this search; never to be changed, as the other search reads them.</summary>
    public IReadOnlyList<string> CellsOf(int from, int to) => cut.Of(lines, _start + from, _start + to);
}

/// <summary>
/// The cells of the line ranges cut while one text's block is looked for, by their place in the whole text. A handful
/// of ranges per text: a list searched in order costs less than a dictionary.
/// </summary>
internal sealed class CutCells(SignatureCells cells)
{
    private readonly List<(int From, int To, List<string> Cells)> _cut = new(8);

    public IReadOnlyList<string> Of(IReadOnlyList<PlanLine> lines, int from, int to)
    {
        foreach (var (f, t, known) in _cut)
            if (f == from && t == to) return known;
        var cut = cells.Of(lines, from, to);
        _cut.Add((from, to, cut));
        return cut;
    }
}
