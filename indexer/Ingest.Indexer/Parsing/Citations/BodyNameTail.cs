namespace Ingest.Indexer.Parsing.Citations;

/// <summary>
/// Whether a type word stands at the end of a steering committee's name, as one of the fields the committee is named
/// for: "Ban Chỉ đạo của Chính phủ về phát triển khoa học, công nghệ, đổi mới sáng tạo, chuyển đổi số và Đề án 06",
/// "BAN CHỈ ĐẠO / VỀ PHÁT TRIỂN KHCN, ĐMST, / CĐS VÀ ĐỀ ÁN 06" (iq-ttg-qd-932-2025-ocr, iq-to-giup-viec-cchc-lam-dong).
/// A document inside a body's name is not cited (rule 5 of the plans rule, tests/corpus/README.md); standing on its own
/// ("cải cách thủ tục hành chính gắn với Đề án 06") it is. Pure and thread-safe.
/// </summary>
internal static class BodyNameTail
{
    // How far back the committee's name may open: its fields run to some thirty words in a decision's basis lines.
    private const int Reach = 240;

    /// <summary>
    /// True when the folded text before <paramref name="start"/> joins the type word with "và" or a comma to the fields
    /// of a "Ban Chỉ đạo" (BCĐ) named in the same clause, with no verb of an act between them.
    /// </summary>
    public static bool Ends(string f, int start)
    {
        var k = start;
        while (k > 0 && f[k - 1] is ' ' or '|' or '\n') k--;
        if (!(EndsWith(f, k, " va") || (k > 0 && f[k - 1] == ','))) return false;
        var from = Math.Max(0, start - Reach);
        var clause = f.AsSpan(from, start - from);
        var stop = clause.LastIndexOfAny(";:.!?()");
        if (stop >= 0) clause = clause[(stop + 1)..];
        var body = Math.Max(clause.LastIndexOf("ban chi dao "), clause.LastIndexOf("bcd "));
        if (body < 0 || (body > 0 && char.IsAsciiLetter(clause[body - 1]))) return false;
        // "ban hành 10 văn bản chỉ đạo trên lĩnh vực …, Chỉ thị 05" (ic-034): directing papers, no committee.
        if (clause[..body].EndsWith("van ", StringComparison.Ordinal)) return false;
        var fields = clause[body..];
        foreach (var act in (ReadOnlySpan<string>)[" da ", " vua ", " ban hanh ", " quan triet ", " to chuc ", " trien khai "])
            if (fields.Contains(act, StringComparison.Ordinal)) return false;
        return true;
    }

    private static bool EndsWith(string f, int end, string s) =>
        end >= s.Length && f.AsSpan(end - s.Length, s.Length).SequenceEqual(s);
}
