using Ingest.Indexer.Text;

namespace Ingest.Indexer.Parsing.Citations;

/// <summary>
/// A symbol broken over the rows of a flattened table. <c>pdftotext -layout</c> prints a table's cells side by side, so a
/// long symbol in a narrow cell ends its line open and its tail stands one to three lines below, at the cell's column,
/// with the next cells' words between the pieces: "Thông tư số 30/2024/TT-" over "BGDĐT ngày 30/12/2024"
/// (js-ubnd-yen-bai-qd-2025-278-pdf), "- Quyết định số 370/QĐ-" over "BCA-C06" (jt-ubnd-tra-vinh-qd-2025-225-pdf),
/// "183/2016/TT-" over "BTC" (ls-ubnd-lao-cai-qd-2025-308-pdf), "30/2024/TT" over "-BGDĐT" (jj-ubnd-hue-qd-2025-441-pdf).
/// The piece must end its cell, the tail must be the next text at that column and a code (capitals, digits, hyphens),
/// and the two joined must read as one well-formed symbol: a cell's own word under the piece ("TT-" over "Tên thủ
/// tục") joins nothing. Read only where a type word introduced the number. Pure and thread-safe.
/// </summary>
internal static class ColumnSplitSymbol
{
    /// <summary>
    /// The symbol whose open piece starts at <paramref name="at"/> (normalized), joined with its tail in the rows below;
    /// the piece's end and the tail's end (normalized), or null.
    /// </summary>
    public static (DocumentSymbol Symbol, int PieceEnd, int TailEnd)? ParseAt(TextView view, int at, SymbolParser symbols)
    {
        var n = view.Normalized;
        if (at >= n.Length || !char.IsAsciiDigit(n[at])) return null;
        var end = at;
        while (end < n.Length && end - at <= MaxPieceLength && IsPieceChar(n[end])) end++;
        if (end - at > MaxPieceLength || n.AsSpan(at, end - at).IndexOf('/') < 0) return null;
        var open = n[end - 1] is '-' or '/';
        if (!open && !IsCodeLetter(n[end - 1])) return null;
        var o = view.Original;
        var (oStart, oEnd) = view.ToOriginalSpan(at, end);
        if (!EndsCell(o, oEnd)) return null;
        var lineStart = oStart == 0 ? 0 : o.LastIndexOf('\n', oStart - 1) + 1;
        var symbolColumn = oStart - lineStart;
        var cellColumn = CellStart(o, lineStart, oStart) - lineStart;
        var (left, right) = (Math.Min(cellColumn, symbolColumn) - ColumnSlack, Math.Max(cellColumn, symbolColumn) + ColumnSlack);
        var next = o.IndexOf('\n', oEnd);
        for (var k = 0; k < LinesBelow && next >= 0; k++)
        {
            var rowStart = next + 1;
            next = o.IndexOf('\n', rowStart);
            var row = o.AsSpan(rowStart, (next < 0 ? o.Length : next) - rowStart).TrimEnd('\r');
            var first = FirstWordIn(row, left, right);
            if (first == Blank) continue; // this row of the table has nothing in the cell's column
            if (first < 0) return null;   // a word runs across the column: another cell's text, not the tail
            var tailEnd = first;
            while (tailEnd < row.Length && row[tailEnd] != ' ') tailEnd++;
            var tail = row[first..tailEnd].TrimEnd(".,;:)");
            if (!IsCode(tail, open)) return null;
            var joined = TextViewBuilder.Build(string.Concat(n.AsSpan(at, end - at), tail));
            if (symbols.ParseAt(joined, 0) is not { Symbol: { IssuerCodes.Count: > 0 } symbol } read || read.End != joined.Normalized.Length) return null;
            var (_, tailEndNormalized) = view.ToNormalizedSpan(rowStart + first, rowStart + first + tail.Length);
            return (symbol, end, tailEndNormalized);
        }
        return null;
    }

    /// <summary>
    /// Every split symbol whose piece stands alone in its cell, with no type word before it on its line: "Thông tư / số /
    /// 30/2024/TT / -BGDĐT" down one narrow cell (jj-ubnd-hue-qd-2025-441-pdf), "Thông tư số" over "183/2016/TT-" over
    /// "BTC" (ls-ubnd-lao-cai-qd-2025-308-pdf). Only a symbol with a type code names its type; the piece's start, its end
    /// and the tail's end (normalized).
    /// </summary>
    public static IEnumerable<(DocumentSymbol Symbol, int Start, int PieceEnd, int TailEnd)> FindAll(TextView view, SymbolParser symbols)
    {
        var n = view.Normalized;
        // Straight from one slash to the next: every symbol of the grammar carries one.
        for (var slash = n.IndexOf('/'); slash >= 0; slash = n.IndexOf('/', slash + 1))
        {
            var start = slash;
            while (start > 0 && IsPieceChar(n[start - 1])) start--;
            var end = slash;
            while (end < n.Length && IsPieceChar(n[end])) end++;
            var opens = end > slash + 1 && (n[end - 1] is '-' or '/' || IsCodeLetter(n[end - 1]));
            var alone = start == 0 || n[start - 1] == ' ';
            if (opens && alone && ParseAt(view, start, symbols) is { Symbol.TypeCode: not null } split)
                yield return (split.Symbol, start, split.PieceEnd, split.TailEnd);
            slash = Math.Max(slash, end - 1);
        }
    }

    // A symbol's characters, no space: "30/2024/TT-", "370/QĐ-".
    private static bool IsPieceChar(char c) => char.IsAsciiLetterOrDigit(c) || c is '/' or '-' or '.' or '&' or 'Đ';

    private static bool IsCodeLetter(char c) => char.IsAsciiLetterUpper(c) || c is 'Đ' or 'Ð';

    // The piece ends its cell: the line ends, or a gap of two spaces or more leads to the next cell.
    private static bool EndsCell(string o, int oEnd) =>
        oEnd >= o.Length || o[oEnd] is '\n' or '\r' || oEnd + 1 < o.Length && o[oEnd] == ' ' && o[oEnd + 1] == ' ';

    // Where the cell holding the piece starts on its line: after the last gap of two spaces or more before it.
    private static int CellStart(string o, int lineStart, int oStart)
    {
        var k = oStart;
        while (k > lineStart && !(o[k - 1] == ' ' && k - 2 >= lineStart && o[k - 2] == ' ')) k--;
        return k;
    }

    private const int Blank = -1_000;

    // The first word starting in [left, right] of the row, with a space or the row's start before it; Blank when the
    // row has nothing there; -1 when a word of the cell before runs past the slack into the column.
    private static int FirstWordIn(ReadOnlySpan<char> row, int left, int right)
    {
        left = Math.Max(0, left);
        var c = left;
        if (c > 0) while (c < row.Length && row[c] != ' ' && row[c - 1] != ' ') c++; // the end of a word from before
        if (c > left + ColumnSlack) return -1;
        for (; c <= right && c < row.Length; c++)
            if (row[c] != ' ') return c;
        return Blank;
    }

    // The tail is a code: capitals (Đ among them), digits, hyphens and '&', with a letter first; after a piece that is
    // not open ("30/2024/TT"), the hyphen that opens the tail ("-BGDĐT").
    private static bool IsCode(ReadOnlySpan<char> tail, bool open)
    {
        if (!open)
        {
            if (tail.Length < 2 || tail[0] != '-') return false;
            tail = tail[1..];
        }
        if (tail.Length == 0 || !IsCodeLetter(tail[0])) return false;
        foreach (var c in tail)
            if (!(IsCodeLetter(c) || char.IsAsciiDigit(c) || c is '-' or '&')) return false;
        return true;
    }

    private const int MaxPieceLength = 24; // "24/2012/TTLT-BLĐTBXH-" and shorter
    private const int ColumnSlack = 2;      // "- Quyết định số 370/QĐ-" over "BCA-C06": the tail under the bullet's text
    private const int LinesBelow = 3;
}
