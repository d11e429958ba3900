namespace Ingest.Indexer.Parsing.Citations;

/// <summary>
/// A law named, then its number in brackets: "Quốc hội thông qua Luật Tổ chức chính quyền địa phương 2025 (Luật số
/// 72/2025/QH15 )" (jq-085). The bracket restates the one document the name cites, so the number takes the date the
/// name was given. Pure; never throws.
/// </summary>
internal static class BracketedRestatement
{
    /// <summary>Gives each undated numbered citation that restates, in brackets, the citation by name before it that date.</summary>
    public static void ShareDates(string normalized, List<CitationDraft> drafts)
    {
        for (var i = 1; i < drafts.Count; i++)
        {
            var (named, numbered) = (drafts[i - 1], drafts[i]);
            if (numbered.Date is not null || !numbered.IsNumbered || named.IsNumbered || named.Date is null
                || named.Type.Id != numbered.Type.Id || !OpensBracketAfter(normalized, named.End, numbered.Start)) continue;
            numbered.Date = named.Date;
        }
    }

    // Only " (" between the two: a bracket that holds other words first is a note, not the number.
    private static bool OpensBracketAfter(string n, int end, int start) =>
        start - end is 1 or 2 && n[start - 1] == '(' && (start - end == 1 || n[end] == ' ');
}
