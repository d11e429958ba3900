namespace Ingest.Indexer.Parsing.Recipients;

/// <summary>
/// A signature title whose first or last letters a scan lost where the signature column runs into the Nơi nhận items
/// beside it or off the page's edge: "- Thường trực Tỉnh ủy (b/cáo); = ÁNH VĂN PHÒNG", "-PCT UBND tỉnh; . NH VAN PHONG"
/// (jd-ubnd-quang-ngai-tb-2024-660-ocr, -cv-2025-299-ocr: CHÁNH VĂN PHÒNG), "- Thường trực HĐND tỉnh; PHÓ CHỦ TỊC"
/// (-bc-2024-280-ocr). The run is read as a title when its first word ends a title head's word, or its last word begins
/// the head's last, and its other words, two at least, are that head's own; of several heads the shortest (fewest letters
/// lost) is taken. Pure and thread-safe.
/// </summary>
internal static class ClippedTitle
{
    private const int WholeWords = 2;

    /// <summary>The folded head <paramref name="foldedRun"/> is a clipped form of, or null.</summary>
    public static string? Head(string foldedRun, IEnumerable<string> foldedHeads)
    {
        var words = foldedRun.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length < WholeWords + 1 || !words[0].All(char.IsAsciiLetterLower) || !words[^1].All(char.IsAsciiLetterLower)) return null;
        string? best = null;
        foreach (var head in foldedHeads)
        {
            // Cheap test first: the head holds the run's last word or begins with its first.
            if (!head.EndsWith(words[^1], StringComparison.Ordinal) && !head.StartsWith(words[0], StringComparison.Ordinal)) continue;
            var headWords = head.Split(' ');
            if (!ClippedStart(words, headWords) && !ClippedEnd(words, headWords)) continue;
            if (best is null || head.Length < best.Length) best = head;
        }
        return best;
    }

    // "anh van phong" of "chanh van phong": the first word a proper tail of the head's word, the rest its last words.
    private static bool ClippedStart(string[] words, string[] headWords)
    {
        var k = headWords.Length - words.Length;
        return k >= 0 && words[0].Length >= 2 && headWords[k].Length > words[0].Length && headWords[k].EndsWith(words[0], StringComparison.Ordinal)
            && words.AsSpan(1).SequenceEqual(headWords.AsSpan(k + 1));
    }

    // "pho chu tic" of "pho chu tich": the head's first words, then a proper start of its last word.
    private static bool ClippedEnd(string[] words, string[] headWords) =>
        headWords.Length == words.Length && words[^1].Length >= 2 && headWords[^1].Length > words[^1].Length
        && headWords[^1].StartsWith(words[^1], StringComparison.Ordinal) && words.AsSpan(0, words.Length - 1).SequenceEqual(headWords.AsSpan(0, words.Length - 1));
}
