namespace Ingest.Indexer.Parsing.Citations;

/// <summary>
/// Whether a type word with a quoted name stands as what the sentence organises (tổ chức): an event, not a document
/// (rule 5 of the plans rule, tests/corpus/README.md, an undertaking like a phong trào). News of unions, youth and
/// schools write their events so: "Công đoàn … đã đồng loạt tổ chức chương trình “Tết sum vầy - Xuân tri ân” năm 2024"
/// (nguonluc.com.vn), "Trường … phối hợp cùng Liên đoàn lao động Quận Hai Bà Trưng tổ chức chương trình “Ngày hội việc làm
/// Uneti năm 2023”", and a month of union activities listed after the verb: "các cấp CĐ tập trung triển khai tổ chức một
/// số nội dung: …; Chương trình “Tự hào trí tuệ LĐ Việt Nam”; …" (ma-017, laodong.com.vn). "tổ chức triển khai Kế hoạch
/// “Ngày hội Đại đoàn kết toàn dân tộc”" (je-010) carries a plan out: another verb follows "tổ chức", so it is cited.
/// Pure and thread-safe.
/// </summary>
internal static class OrganisedEvent
{
    private const string Organise = "to chuc ";

    // How far a list's opening verb may stand before its colon: "tổ chức một số nội dung:" (four words).
    private const int ListLeadWindow = 40;

    // How far back an item of that list may stand from its colon.
    private const int ListWindow = 240;

    /// <summary>
    /// True when the folded text before <paramref name="start"/> (the type word) ends with "tổ chức", or the type word
    /// opens an item of a list after a colon whose lead ends with "tổ chức" and the thing organised ("tổ chức một số
    /// nội dung:"); the list is read back to its colon within the sentence.
    /// </summary>
    public static bool At(string folded, int start)
    {
        var before = folded.AsSpan(Math.Max(0, start - ListWindow), Math.Min(ListWindow, start));
        if (EndsWithWord(before, Organise)) return true;
        var trimmed = before.TrimEnd();
        if (trimmed.Length == 0 || trimmed[^1] is not (';' or ':')) return false;
        var colon = trimmed.LastIndexOf(':');
        if (colon < 0 || trimmed[colon..].IndexOfAny('.', '"') >= 0 && !ItemsQuoted(trimmed[colon..])) return false;
        var lead = trimmed[Math.Max(0, colon - ListLeadWindow)..colon];
        var organise = lead.LastIndexOf(Organise);
        // The organising verb leads the list when no other verb of carrying out follows it: "tổ chức một số nội dung".
        return organise >= 0 && (organise == 0 || lead[organise - 1] == ' ') && !CarriedOut(lead[(organise + Organise.Length)..]);
    }

    // The list's earlier items may quote their own names ("có “Quyền lợi đảm bảo, phúc lợi tốt hơn”"): quotes come in
    // pairs there, and a full stop still ends the sentence.
    private static bool ItemsQuoted(ReadOnlySpan<char> list) => list.IndexOf('.') < 0 && list.Count('"') % 2 == 0;

    // "tổ chức thực hiện", "tổ chức triển khai": the plan carried out is a document.
    private static bool CarriedOut(ReadOnlySpan<char> afterVerb) =>
        afterVerb.StartsWith("thuc hien") || afterVerb.StartsWith("trien khai");

    private static bool EndsWithWord(ReadOnlySpan<char> before, string word) =>
        before.EndsWith(word) && (before.Length == word.Length || before[^(word.Length + 1)] == ' ');
}
