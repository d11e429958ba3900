using Ingest.Indexer.Model;
using Ingest.Indexer.Parsing.Tables;
using Ingest.Indexer.Text;

namespace Ingest.Indexer.Parsing.Recipients;

/// <summary>
/// Reads the signature block near the end of a plan: authority lines ("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"),
/// the position ("PHÓ CHỦ TỊCH", "TRƯỞNG BAN") and the signer's name below, skipping "(Đã ký)" and blank lines.
/// Works with the block side by side with Nơi nhận (columns). Pure and thread-safe.
/// </summary>
public sealed class SignerParser
{
    private const int TailLines = 60;
    private readonly string[] _titleHeads;
    private readonly string[] _noise;

    public SignerParser(DomainTables tables)
    {
        _titleHeads = tables.Phrases.SignerTitleHeads.Select(TextFolding.FoldLoose).OrderByDescending(t => t.Length).ToArray();
        _noise = tables.Phrases.SignatureNoise.Select(TextFolding.FoldLoose).ToArray();
    }

    /// <summary>The signer, or null when the text has no signature block.</summary>
    public Signer? Parse(IReadOnlyList<PlanLine> lines)
    {
        var cells = Cells(lines);
        for (var i = cells.Count - 1; i >= 0; i--)
        {
            if (!IsTitle(cells[i])) continue;
            var name = NameAfter(cells, i);
            if (name is null) continue;
            var first = i;
            while (first > 0 && IsTitle(cells[first - 1])) first--;
            var authority = cells.Skip(first).Take(i - first).ToArray();
            return new Signer(cells[i], name) { Authority = authority };
        }
        return null;
    }

    // The last lines, cut into columns so a title beside "- Như trên;" is still seen alone.
    private static List<string> Cells(IReadOnlyList<PlanLine> lines)
    {
        var cells = new List<string>();
        foreach (var line in lines.Skip(Math.Max(0, lines.Count - TailLines)))
            foreach (var column in line.Columns)
                if (!column.StartsWith('-') && !column.StartsWith('+')) cells.Add(column);
        return cells;
    }

    private bool IsTitle(string cell)
    {
        if (cell.Length > 60 || !cell.Any(char.IsLetter) || cell.ToUpperInvariant() != cell) return false;
        var f = TextFolding.FoldLoose(cell);
        return _titleHeads.Any(h => f.StartsWith(h, StringComparison.Ordinal));
    }

    private string? NameAfter(List<string> cells, int title)
    {
        for (var k = title + 1; k < cells.Count && k <= title + 6; k++)
        {
            var cell = cells[k];
            var f = TextFolding.FoldLoose(cell).Trim('(', ')', '[', ']', ' ', '.');
            if (_noise.Contains(f)) continue;
            if (IsTitle(cell)) return null;
            return LooksLikeName(cell) ? cell : null;
        }
        return null;
    }

    // A Vietnamese personal name: two to six capitalized words of letters only ("Đặng Văn Tuấn", "NGUYỄN VĂN A").
    private static bool LooksLikeName(string cell)
    {
        var words = cell.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length is >= 2 and <= 6 && words.All(w => char.IsUpper(w[0]) && w.All(char.IsLetter));
    }
}
