using Ingest.Indexer.Text;

namespace Ingest.Indexer.Parsing.Recipients;

/// <summary>
/// The cells <see cref="SignerParser"/> reads a signature block from: a plan's last lines cut at their columns and at
/// table bars, so the block's position is seen alone when the page printed it beside the Nơi nhận list ("- Như trên;"
/// | "KT. CHỦ TỊCH"), with recipient items left out, an emphasised name a conversion broke over two lines joined, and
/// each cell cut into its pieces (<see cref="SignaturePieces"/>). Pure and thread-safe.
/// </summary>
internal sealed class SignatureCells(string[] titleHeads, SignatureBesideList besideList, Func<string, string> unclipped)
{
    // The last lines, cut into columns and table cells so a title beside "- Như trên;" is still seen alone.
    public List<string> Of(IReadOnlyList<PlanLine> lines, int from, int to)
    {
        var cells = new List<string>();
        for (var i = from; i < to; i++)
        {
            var line = lines[i];
            // "**Bùi" / "Xuân Cường**", "**KT." / "TRƯỞNG THUẾ TỈNH**": a repository's conversion broke an emphasised name
            // or position over two lines; the emphasis opened on one and closed on the next makes them one cell.
            if (i + 1 < to && EmphasisBrokenAfter(line, lines[i + 1]))
            {
                AddCell(cells, line.Clean + " " + lines[i + 1].Clean);
                i++;
                continue;
            }
            // By index: a foreach over the columns would box the list's enumerator for every line.
            var columns = line.Columns;
            for (var c = 0; c < columns.Count; c++)
            {
                var column = columns[c];
                // Most columns hold no cell bar: not split (a new array for each) where there is nothing to split.
                if (!column.Contains('|')) { AddCell(cells, column); continue; }
                foreach (var raw in column.Split('|'))
                    AddCell(cells, raw);
            }
        }
        return cells;
    }

    // Made once: a list written in the call is a new array at each call, for every cell (issue 12, parser speed).
    private static readonly char[] CellEdges = [' ', '\\', '*', '_'];

    private void AddCell(List<string> cells, string raw)
    {
        // A recipient line ("- UBND tỉnh (b/c);") is no part of the block, whatever it holds; but OCR runs the
        // signature column into it ("- Nhưtrên, PHÓ TÔNG GIÁM ĐỐC"), and that title is the block's.
        var cell = raw.Trim(CellEdges);
        // "Nơi nhận: GIÁM ĐÓC": the page's two columns flattened onto one line, the list's heading beside the block's
        // position; the heading and the capitals are two cells.
        if (SignatureBesideList.BesideHeadingAt(cell) is { } cut)
        {
            cells.Add(cell[..cut].Trim());
            cell = besideList.BesideHeadingRepaired(cell[cut..].Trim());
        }
        // "~ Như trên;": OCR reads an item's dash as a tilde (RecipientList.Marks takes it as a mark too).
        if (cell.StartsWith('-') || cell.StartsWith('+') || cell.StartsWith('•') || cell.StartsWith("~ ", StringComparison.Ordinal))
        {
            // "- Như trên; co. „=PHÓ CỤC TRƯỞNG" (lj-cuc-csdt-ma-tuy-bca-cv-2026-c04-p6-ocr): specks glued before the position
            // are no part of it, as before a name (WithoutDebris).
            if (RecipientDebris.TitleAtEnd(cell, titleHeads) is { } beside) cells.Add(unclipped(SignaturePieces.WithoutLeadingSigns(beside)));
            // "- Đoàn Nghỉ lễ Quân đội; Thượng tướng Nguyên Văn Gấu": the column's name beside an item, told by its rank.
            else if (besideList.RankedNameBeside(cell) is { } ranked) cells.Add(ranked);
            return;
        }
        // "thư trê THƯ TRƯƠNG" under "Nơi nhận: | sồi BẺ BỌ TRƯƠN G" (lk-bca-4409-BCA-C04-2025-ocr): the OCR read the position's
        // line twice, once in small letters cut short before the capitals; the capitals are the position.
        if (PositionAfterSmallDebris(cell) is { } position) { cells.Add(position); return; }
        var first = cells.Count;
        SignaturePieces.AddTo(cell, cells);
        for (var k = cells.Count - 1; k >= first; k--)
            if (cells[k].StartsWith('-') || cells[k].StartsWith('+')) cells.RemoveAt(k);
    }

    // The capitals of a position closing the cell after one or two short words of small letters only, each opening with
    // the first two letters of the position's word in its place (marks aside), or null: "đề nghị CHỦ TỊCH" is no such echo.
    private string? PositionAfterSmallDebris(string cell)
    {
        // Most cells of a page's last lines are sentences: only one opening in small letters and closing on a capital is cut.
        if (cell.Length == 0 || !char.IsLower(cell[0]) || !char.IsUpper(cell[^1]) || RecipientDebris.TitleAtEnd(cell, titleHeads) is not { } run) return null;
        var before = cell[..cell.LastIndexOf(run, StringComparison.Ordinal)].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var words = run.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (before.Length is < 1 or > 2 || before.Length > words.Length) return null;
        for (var i = 0; i < before.Length; i++)
        {
            if (before[i].Length is < 2 or > 4 || !before[i].All(char.IsLower)) return null;
            var (echo, word) = (TextFolding.FoldLoose(before[i]), TextFolding.FoldLoose(words[i]));
            if (word.Length < 2 || string.CompareOrdinal(echo, 0, word, 0, 2) != 0) return null;
        }
        return unclipped(run);
    }

    // A short emphasised run opened on this line ("**Bùi") and closed on the next ("Xuân Cường**"), no cell bar in either.
    private static bool EmphasisBrokenAfter(PlanLine line, PlanLine next)
    {
        const int Run = 60;
        // "**TM. ỦY BAN NHÂN DÂN HUYỆN··" / "Q. CHỦ TỊCH**": a Markdown hard break (two spaces, a backslash) is the writer's
        // own line end, authority above position; only a line the conversion wrapped is joined.
        if (line.Raw.EndsWith("  ") || line.Raw.TrimEnd().EndsWith("\\")) return false;
        // "**Lê Hải" / "H****òa**" (ja-ubnd-cao-bang-qd-1994-2025-tnt305): an emphasis closed and opened again inside a word
        // is the conversion's seam, not a run's end.
        var a = line.Raw.Trim();
        if (a.Length is < 3 or > Run || !a.StartsWith("**") || a[2..].IndexOf("**") >= 0 || a.Contains('|')) return false;
        var b = Unseamed(next.Raw.Trim());
        return b.Length is >= 3 and <= Run && b.EndsWith("**") && b.IndexOf("**") == b.Length - 2 && !b.Contains('|');
    }

    private static ReadOnlySpan<char> Unseamed(ReadOnlySpan<char> s) =>
        s.IndexOf("****", StringComparison.Ordinal) < 0 ? s : s.ToString().Replace("****", "", StringComparison.Ordinal);
}
