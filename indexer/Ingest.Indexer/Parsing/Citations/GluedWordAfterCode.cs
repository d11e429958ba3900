namespace Ingest.Indexer.Parsing.Citations;

/// <summary>
/// The lower-case word a copy glued to a symbol's last code when it lost the space after it: "70-TB/TWngày 06 tháng
/// 01 năm 2012", "19/2017/QĐ-BTCngày 30/03/2017" (a form's caption), "35/2025/QĐ-TTgcủa Thủ tướng Chính phủ"
/// (me-hdnd-hue-nq-2025-35, a mirror's copy), "37/2015/NĐ-CPcủa Chính Phủ" (a contractor's page). The words are the
/// few that follow a cited symbol in running text; the code ends where the word begins. Pure and thread-safe.
/// </summary>
internal static class GluedWordAfterCode
{
    // The words a citation goes on with after its symbol: its date ("ngày", only before a day's number, as it may be
    // typed without marks), its issuer ("của"), its subject ("về"), the next citation ("và"), a passive ("được").
    // Written with their marks: a code has none, so the marks tell the word from the code's letters.
    private static readonly (string Word, bool DayAfter)[] Words =
        [("ngày", true), ("ngay", true), ("của", false), ("về", false), ("và", false), ("được", false)];

    /// <summary>
    /// How many letters at the end of <paramref name="seg"/>, a symbol's last code as written and ending at
    /// <paramref name="end"/> of <paramref name="normalized"/>, are a glued word; or null. What stays must be a code:
    /// in capitals ("UBND", "TW", "QH14"), or one the grammar writes in mixed case (<paramref name="isMixedCaseCode"/>:
    /// "TTg", "TTr"), so a word whose letters merely end so ("Sở Nội vụvề") is never cut into a code.
    /// </summary>
    public static int? Length(string normalized, int end, string seg, Func<string, bool> isMixedCaseCode)
    {
        foreach (var (word, dayAfter) in Words)
        {
            if (seg.Length < word.Length + 2 || !seg.EndsWith(word, StringComparison.Ordinal)) continue;
            var code = seg[..^word.Length];
            if (!IsCode(code, isMixedCaseCode) || dayAfter && !DayFollows(normalized, end)) return null;
            return word.Length;
        }
        return null;
    }

    private static bool IsCode(string code, Func<string, bool> isMixedCaseCode)
    {
        if (!char.IsAsciiLetterUpper(code[0]) && code[0] != 'Đ') return false;
        foreach (var c in code)
            if (!(char.IsAsciiLetterOrDigit(c) || c is 'Đ' or '&')) return false;
        var last = code[^1];
        return char.IsAsciiLetterUpper(last) || char.IsAsciiDigit(last) || last == 'Đ' || isMixedCaseCode(code);
    }

    // "ngày" is a date's word only before its day: "…/TWngày 06 tháng", "…-UBNDngày 4/02/2025".
    private static bool DayFollows(string normalized, int end)
    {
        if (end < normalized.Length && normalized[end] == ' ') end++;
        return end < normalized.Length && char.IsAsciiDigit(normalized[end]);
    }
}
