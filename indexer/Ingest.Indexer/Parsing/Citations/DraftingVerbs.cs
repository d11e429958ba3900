namespace Ingest.Indexer.Parsing.Citations;

/// <summary>
/// Whether the words before a type word say the document is still being written or only discussed ("dự thảo Kế hoạch",
/// "góp ý về Đề án", "trình bày Quy chế": rule 3 of the plans rule, tests/corpus/README.md). Pure and thread-safe.
/// </summary>
internal static class DraftingVerbs
{
    /// <summary>
    /// True when <paramref name="before"/> (folded, ending with a space) ends with one of <paramref name="verbs"/> (folded,
    /// each with its closing space) as whole words, or with one of them and then "về" ("cho ý kiến về Kế hoạch …").
    /// </summary>
    public static bool EndBefore(ReadOnlySpan<char> before, string[] verbs)
    {
        if (EndsWithAny(before, verbs)) return true;
        if (!before.EndsWith(" ve ")) return false;
        // "đã thảo luận cho ý kiến bước đầu về Kế hoạch tổ chức Đại hội Đoàn các cấp …" (ie-041): a word or two that qualify
        // the verb ("bước đầu", "thêm") may stand before its "về".
        var rest = before[..^3];
        for (var words = 0; words <= MaxQualifierWords; words++)
        {
            if (EndsWithAny(rest, verbs)) return true;
            var space = rest.TrimEnd(' ').LastIndexOf(' ');
            if (space < 0) return false;
            rest = rest[..(space + 1)];
        }
        return false;
    }

    private const int MaxQualifierWords = 2;

    private static bool EndsWithAny(ReadOnlySpan<char> before, string[] verbs)
    {
        foreach (var v in verbs)
            // A whole word: "trình " is not the end of "chương trình ", "tờ trình " or "quy trình ".
            if (before.EndsWith(v) && (before.Length == v.Length || !char.IsAsciiLetter(before[^(v.Length + 1)]))) return true;
        return false;
    }
}
