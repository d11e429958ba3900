namespace Ingest.Indexer.Parsing.Citations;

/// <summary>
/// Whether a type word stands right after an article reference ("Điều 17 TT 22", "khoản 1 Điều 10 của TT 22"): the
/// article is a part of one document, so what follows names that document. Pure.
/// </summary>
internal static class ArticleOwner
{
    private const int MaxArticleDigits = 3;

    /// <summary>True when the folded text before <paramref name="typeStart"/> ends with "điều N " or "điều N của ".</summary>
    public static bool Follows(string folded, int typeStart)
    {
        var before = folded.AsSpan(0, typeStart);
        if (!before.EndsWith(" ")) return false;
        before = before[..^1];
        if (before.EndsWith(" cua")) before = before[..^4];
        var digits = 0;
        while (digits < before.Length && char.IsAsciiDigit(before[^(digits + 1)])) digits++;
        if (digits is 0 or > MaxArticleDigits) return false;
        before = before[..^digits];
        return before.EndsWith("dieu ") && (before.Length == 5 || !char.IsAsciiLetter(before[^6]));
    }
}
