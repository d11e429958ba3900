using Ingest.Indexer.Text;

namespace Ingest.Indexer.Parsing.Header;

/// <summary>
/// The term and session of a council or committee written with its name ("HỘI ĐỒNG NHÂN DÂN QUẬN X / KHÓA IX, KỲ
/// HỌP LẦN THỨ 11", "… KHÓA XV, NHIỆM KỲ 2021-2026"; Nghị định 30/2020/NĐ-CP Phụ lục I sets them under a council's
/// name in a resolution): they say when the body sat, they are no part of its name. Pure and thread-safe.
/// </summary>
internal static class CouncilSession
{
    private static readonly char[] Punctuation = [',', '.', ';', ':', '(', ')', '-'];

    /// <summary>
    /// True when <paramref name="word"/> (then <paramref name="nextWord"/>) opens a term or session: "KHÓA" (with its mark, or unmarked before a
    /// Roman or Arabic numeral, so the "KHOA" of "KHOA HỌC" is not one), "KỲ HỌP" / "KÌ HỌP", "NHIỆM KỲ".
    /// </summary>
    public static bool OpensAt(string word, string? nextWord)
    {
        word = word.Trim(Punctuation);
        var folded = TextFolding.FoldLoose(word);
        // Asked of every title line's first word: the next word is folded only after a session's first word.
        if (folded is not ("khoa" or "ky" or "ki" or "nhiem")) return false;
        var next = nextWord?.Trim(Punctuation) ?? "";
        var nextFolded = TextFolding.FoldLoose(next);
        if (folded == "khoa")
        {
            var lower = word.ToLowerInvariant();
            return lower is "khóa" or "khoá" || lower == "khoa" && IsNumeral(next);
        }
        if (folded is "ky" or "ki") return nextFolded == "hop";
        return folded == "nhiem" && nextFolded is "ky" or "ki";
    }

    /// <summary>True for a line that opens with a session ("KHÓA IX, KỲ HỌP LẦN THỨ 13", "KỲ HỌP THỨ 7"): it names a sitting.</summary>
    public static bool IsSessionLine(string clean)
    {
        // The length first: a title's long lines are not split into their words for it (the same answer, each test pure).
        if (clean.Length > 80) return false;
        var words = clean.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0 || !OpensAt(words[0], words.Length > 1 ? words[1] : null)) return false;
        // "KHÓA VI, NHIỆM KỲ 2011 - 2016" may still end a title ("NỘI QUY KỲ HỌP HĐND TỈNH / KHÓA VI, NHIỆM KỲ …");
        // a sitting is named by "kỳ họp".
        var folded = " " + TextFolding.FoldLoose(clean) + " ";
        return folded.Contains(" ky hop ", StringComparison.Ordinal) || folded.Contains(" ki hop ", StringComparison.Ordinal);
    }

    private static bool IsNumeral(string word) =>
        word.Length > 0 && (word.All(char.IsAsciiDigit) || word.All(c => c is 'I' or 'V' or 'X' or 'L'));
}
