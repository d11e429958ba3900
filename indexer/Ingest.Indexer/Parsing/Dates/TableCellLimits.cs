using Ingest.Indexer.Text;

namespace Ingest.Indexer.Parsing.Dates;

/// <summary>
/// Reads the deadlines of a flattened table whose "Thời gian" column holds "Trước ngày" in one cell and its date in the
/// cell below, which the copy sets on the next line among the other columns' words:
/// "Ban hành kế hoạch; rà soát danh sách | Trước ngày | Phòng Đào tạo; Trung / sinh viên thuộc 05 khoa được chọn
/// 27/6/2026 | tâm QLCL" (iw-dh-cong-thuong-hcm-kh-khao-sat-2026-ocr, the corpus README's `iw` rule for a plan's table
/// deadlines). The trigger stands alone in its cell, so no date follows it; the first whole date of the next line is its.
/// Pure and thread-safe.
/// </summary>
internal static class TableCellLimits
{
    // The folded text keeps one space for a line break; the cell's bars stay.
    private const string CellTrigger = "| truoc ngay |";

    /// <summary>Each lone "Trước ngày" cell of <paramref name="view"/>: where its row starts, the date, and where the date ends.</summary>
    public static IEnumerable<(int RowStart, int Trigger, DateValue Date, int End)> Find(TextView view)
    {
        var folded = view.Folded;
        for (var bar = folded.IndexOf(CellTrigger, StringComparison.Ordinal); bar >= 0;
             bar = folded.IndexOf(CellTrigger, bar + 1, StringComparison.Ordinal))
        {
            var next = NextLineStart(view, bar);
            if (next < 0) continue;
            if (FirstWholeDate(view, next) is not { } date) continue;
            yield return (view.LineStartOf(bar), bar + 2, date.Value, date.End);
        }
    }

    // The date sits on the line right after the trigger's, before that line ends: the row's lower half.
    private static (DateValue Value, int End)? FirstWholeDate(TextView view, int from)
    {
        var folded = view.Folded;
        var end = NextLineStart(view, from);
        if (end < 0) end = folded.Length;
        for (var i = from; i < end; i++)
        {
            if (!char.IsAsciiDigit(folded[i]) || (i > 0 && char.IsAsciiDigit(folded[i - 1]))) continue;
            if (DateParser.ParseAt(folded, i) is { } date && date.Value.Year is not null) return date;
        }
        return null;
    }

    // The next line with words on it: a scan's table leaves blank lines between a row's halves.
    private static int NextLineStart(TextView view, int index)
    {
        var starts = view.LineStarts;
        var at = starts.BinarySearch(index + 1);
        if (at < 0) at = ~at;
        for (; at < starts.Length; at++)
        {
            var end = at + 1 < starts.Length ? starts[at + 1] : view.Folded.Length;
            if (!view.Folded.AsSpan(starts[at], end - starts[at]).IsWhiteSpace()) return starts[at];
        }
        return -1;
    }
}
