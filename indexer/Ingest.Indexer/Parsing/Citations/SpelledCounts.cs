using Ingest.Indexer.Text;

namespace Ingest.Indexer.Parsing.Citations;

/// <summary>
/// A count spelled out right before a type word ("ba Nghị quyết của …", "Ba nghị quyết 70, 71, 72"): it makes the
/// type word several documents, each one only where as many numbers are listed after it. Pure and thread-safe.
/// </summary>
internal static class SpelledCounts
{
    // "ba Nghị quyết của …": a count spelled out before the type word makes it several documents. Digits are no count
    // here: "Điều 41 Luật Hải quan", "- 7Luật Đầu tư công" (a list's number glued on).
    // "ba Nghị quyết 04, 05, 06 (khóa VII)": a count whose numbers are listed cites each one (BareSerialList).
    public static bool ListsItsNumbers(string f, int end) => end + 2 < f.Length && f[end] == ' ' && char.IsAsciiDigit(f[end + 1]);

    // "năm" (five) is left out: it is also the year's word ("trong năm Nghị quyết …").
    // Spelled with their marks: "nhiệm vụ trọng tâm Nghị quyết Đại hội …" (iz-015) folds "tâm" (centre) to the "tám" (eight)
    // of "tám Nghị quyết"; a count is one only where the marks written agree (a text without marks still reads as one).
    private static readonly string[] Counts = [" hai", " ba", " bốn", " sáu", " bảy", " tám", " chín", " mười"];
    private static readonly string[] FoldedCounts = Counts.Select(TextFolding.Fold).ToArray();

    private static readonly int[] CountValues = [2, 3, 4, 6, 7, 8, 9, 10];

    public static bool CountedBefore(TextView view, int typeStart) => SpelledCount(view, typeStart) > 0;

    // The count spelled out right before the type word ("ba" → 3), or 0.
    public static int SpelledCount(TextView view, int typeStart)
    {
        var from = Math.Max(0, typeStart - 24);
        var b = view.Folded.AsSpan(from, typeStart - from).TrimEnd();
        for (var i = 0; i < Counts.Length; i++)
        {
            var c = FoldedCounts[i];
            var whole = b.SequenceEqual(c.AsSpan(1));
            if (!whole && !b.EndsWith(c)) continue;
            var at = from + b.Length - c.Length + 1;
            if (WrittenMarks.Agree(view.Normalized, at, c.Length - 1, Counts[i][1..])) return CountValues[i];
        }
        return 0;
    }
}
