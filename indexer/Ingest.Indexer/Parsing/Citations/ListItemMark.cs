using Ingest.Indexer.Text;

namespace Ingest.Indexer.Parsing.Citations;

/// <summary>
/// Tells a numbered list item's mark from a serial after a type word: "Điều 1. Bãi bỏ toàn bộ các Quyết định\n1. Bãi bỏ
/// toàn bộ Quyết định số 55/2014/QĐ-UBND …" (me-ubnd-da-nang-qd-2025-81), "Điều 1. Bãi bỏ toàn bộ 15 văn bản quy phạm
/// pháp luật\n1. Chỉ thị số 03/2005/CT-BTS …" (jx-bo-nong-nghiep-ptnt-tt-2021-18-repo): an article's heading names what
/// it acts on in the plural and its items follow, each on a line of its own opened by "1.", "2)". A number that opens
/// its line with that dot or bracket and a space after it counts the items; a cited serial is never written so without
/// "số". Pure and thread-safe.
/// </summary>
internal static class ListItemMark
{
    /// <summary>True when the number at normalized <paramref name="at"/>, <paramref name="length"/> digits long, opens its line as a list item's mark.</summary>
    public static bool Opens(TextView view, int at, int length)
    {
        var n = view.Normalized;
        var end = at + length;
        return view.IsLineStart(at) && end + 1 < n.Length && n[end] is '.' or ')' && n[end + 1] is ' ' or '\n';
    }
}
