namespace Ingest.Indexer.Parsing.Citations;

/// <summary>
/// A document named, then its number in brackets: "Quốc hội thông qua Luật Tổ chức chính quyền địa phương 2025 (Luật số
/// 72/2025/QH15 )" (jq-085), "ngày 13/5/2016, Bộ Giáo dục và Đào tạo đã có Công văn gửi các Bộ … năm 2016 (Công văn số
/// 2102/BGDĐT-NGCBQLCSGD)" (ik-006). The bracket restates the one document the name cites, so the number takes the date
/// the name was given. A law's name is a citation of its own and stays; a letter's or a plan's subject is no name beyond
/// a description of the document, so the bracket's number alone cites it (tests/corpus/README.md, the `if-` and `ik-`
/// rules). Pure; never throws.
/// </summary>
internal static class BracketedRestatement
{
    /// <summary>
    /// Gives each undated numbered citation that restates, in brackets, the citation by name before it that date, and
    /// drops the name where it is only a description of that document.
    /// </summary>
    public static void Resolve(string normalized, List<CitationDraft> drafts)
    {
        for (var i = drafts.Count - 1; i >= 1; i--)
        {
            var (named, numbered) = (drafts[i - 1], drafts[i]);
            // The bracket may follow the name's subject ("Báo cáo của Ban Tổ chức Trung ương về tình hình … khoá XIII (Báo
            // cáo số 386-BC/BTCTW, ngày 14/5/2025)", mp-018) as it follows a name.
            if (!numbered.IsNumbered || named.IsNumbered || named.Type.Id != numbered.Type.Id
                || !(OpensBracketAfter(normalized, named.End, numbered.Start) || named.ScopeEnd > named.End && OpensBracketAfter(normalized, named.ScopeEnd, numbered.Start))) continue;
            numbered.Date ??= named.Date;
            if (!named.Type.KeptInSubjects) drafts.RemoveAt(i - 1);
        }
    }

    // Only " (" between the two: a bracket that holds other words first is a note, not the number. The name may have
    // stopped at its line's end with the rest of its clause before the bracket ("… thi thăng hạng" / "năm 2016 (Công văn
    // số …", ik-006): a few words with no punctuation that would close the clause.
    private static bool OpensBracketAfter(string n, int end, int start)
    {
        if (start - end < 1 || n[start - 1] != '(' || start - end > 2 + MaxTrailingChars) return false;
        if (start - end == 1) return true;
        return n[start - 2] == ' ' && n.AsSpan(end, start - 2 - end).IndexOfAny(",;:.()") < 0;
    }

    private const int MaxTrailingChars = 24;
}
