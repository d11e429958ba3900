using Ingest.Indexer.Text;

namespace Ingest.Indexer.Parsing.Citations;

/// <summary>
/// Compares the marks written on a word with a type word's spelling. Matching runs on folded text, where "hiện Pháp"
/// ("thực hiện Pháp lệnh") reads as "hiến pháp"; marks that are written must be the type word's, while a text that
/// lost its marks ("luat", "hien phap") still agrees. Pure.
/// </summary>
internal static class WrittenMarks
{
    /// <summary>True when the text at [start, start + length) may be <paramref name="spelling"/> (marks as the table writes them).</summary>
    public static bool Agree(string normalized, int start, int length, string spelling)
    {
        if (spelling.Length < length || start + length > normalized.Length) return false;
        for (var k = 0; k < length; k++)
        {
            var written = InvariantCasing.ToLower(normalized[start + k]);
            if (written != InvariantCasing.ToLower(spelling[k]) && written != TextFolding.Fold(written)) return false;
        }
        return true;
    }

    /// <summary>True when the text at [start, end) may be one of <paramref name="spellings"/> of the same folded length.</summary>
    public static bool AgreeWithAny(string normalized, int start, int end, IReadOnlyList<string> spellings)
    {
        foreach (var s in spellings)
            if (s.Length == end - start && Agree(normalized, start, end - start, s)) return true;
        return false;
    }
}
