using Ingest.Indexer.Text;

namespace Ingest.Indexer.Parsing.Header;

/// <summary>
/// Where a cell of a header's table opens when a page flattened the table into one line: the normalized view folds
/// every whitespace run to one space, so the gap a layout leaves between two cells ("Số 09-HD/HNDT     Cao Lãnh, ngày
/// 12 tháng 3 năm 2015", ik-hnd-dong-thap-09-HD-HNDT-2015-123docz saved by a PDF's text layer) is read from the
/// original text: two spaces or more, a tab, or a table bar. A sentence's words stand one space apart. Pure.
/// </summary>
internal static class HeaderCells
{
    /// <summary>True when the word at normalized offset <paramref name="at"/> opens a line or a cell of a flattened row.</summary>
    public static bool OpensCell(TextView view, int at)
    {
        if (view.IsLineStart(at)) return true;
        var n = view.Normalized;
        if (n[at - 1] == '|') return true;
        if (n[at - 1] != ' ') return false;
        if (at >= 2 && n[at - 2] == '|') return true;
        // The original's whitespace right before the word: a tab, or a run of two.
        var o = view.ToOriginal(at) - 1;
        var original = view.Original;
        return o >= 1 && (original[o] == '\t' || original[o] == ' ' && char.IsWhiteSpace(original[o - 1]) && original[o - 1] is not ('\n' or '\r'));
    }

    /// <summary>Where the line or cell holding <paramref name="at"/> opens, looking back at most <paramref name="reach"/> characters.</summary>
    public static int CellStart(TextView view, int at, int reach)
    {
        var start = at;
        while (start > 0 && at - start < reach && !OpensCell(view, start)) start--;
        return start;
    }
}
