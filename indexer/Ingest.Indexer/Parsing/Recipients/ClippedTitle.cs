namespace Ingest.Indexer.Parsing.Recipients;

/// <summary>
/// A signature title whose first letters a scan lost where the signature column runs into the Nơi nhận items beside it:
/// "- Thường trực Tỉnh ủy (b/cáo); = ÁNH VĂN PHÒNG", "-PCT UBND tỉnh; . NH VAN PHONG" (jd-ubnd-quang-ngai-tb-2024-660-ocr,
/// -cv-2025-299-ocr: CHÁNH VĂN PHÒNG). The run is read as a title when its first word ends a title head's word and its
/// other words, two at least, are that head's last words; of several heads the shortest (fewest letters lost) is taken.
/// Pure and thread-safe.
/// </summary>
internal static class ClippedTitle
{
    private const int WholeWordsAfter = 2;

    /// <summary>The folded head <paramref name="foldedRun"/> is the clipped end of, or null.</summary>
    public static string? Head(string foldedRun, IEnumerable<string> foldedHeads)
    {
        var words = foldedRun.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length < WholeWordsAfter + 1 || words[0].Length < 2 || !words[0].All(char.IsAsciiLetterLower)) return null;
        string? best = null;
        foreach (var head in foldedHeads)
        {
            // Cheap test first: the head must end with the run's last word.
            if (!head.EndsWith(words[^1], StringComparison.Ordinal)) continue;
            var headWords = head.Split(' ');
            var k = headWords.Length - words.Length;
            if (k < 0 || headWords[k].Length == words[0].Length || !headWords[k].EndsWith(words[0], StringComparison.Ordinal)) continue;
            if (!words.AsSpan(1).SequenceEqual(headWords.AsSpan(k + 1))) continue;
            if (best is null || head.Length < best.Length) best = head;
        }
        return best;
    }
}
