using Ingest.Indexer.Text;

namespace Ingest.Indexer.Parsing.Citations;

/// <summary>
/// A type word and a bare number that the text gives as the name of a document it names by its subject: "Đề án phát
/// triển ứng dụng dữ liệu về dân cư … tầm nhìn đến năm 2030 (Đề án 06)", then "thực hiện nghiêm Đề án 06"
/// (jb-vpcp-tb-2022-330-ocr). The number is the approving decision's, not the Đề án's: the name in brackets is part of
/// the naming it closes, and every other "Đề án 06" of the text cites that Đề án by name (tests/corpus/README.md, the
/// `jb-` rule). Without such a bracket a bare number keeps its short-form reading ("tổng kết Đề án 1366"). Pure.
/// </summary>
internal static class PopularName
{
    private static readonly string[] Leads = ["(", "(goi tat la", "(viet tat la", "(sau day goi tat la", "(sau day viet tat la"];

    /// <summary>Drops the bracketed names and turns the other occurrences of each name into citations by name.</summary>
    public static void Apply(TextView view, List<CitationDraft> drafts)
    {
        HashSet<(string Type, string Number)>? names = null;
        var f = view.Folded;
        for (var i = drafts.Count - 1; i >= 0; i--)
        {
            var d = drafts[i];
            // Only a plan or project named by its subject (namedForms "subject"); "(Quyết định 06)" after "Quyết định số
            // 06/QĐ-TTg" is that decision's short form, and so is "(Đề án 06)" after "Đề án số 06/ĐA-UBND".
            if (d is not { Symbol: null, BareNumber: { } number } || !d.Type.NamedForms.Contains("subject") || !Bracketed(f, d)
                || drafts.Any(o => o.Symbol is { } s && o.Type.Id == d.Type.Id && SameSerial(s.Serial, number))) continue;
            (names ??= []).Add((d.Type.Id, number));
            drafts.RemoveAt(i);
        }
        if (names is null) return;
        for (var i = 0; i < drafts.Count; i++)
            if (drafts[i] is { Symbol: null, BareNumber: { } number } d && names.Contains((d.Type.Id, number)))
                drafts[i] = new CitationDraft
                {
                    Type = d.Type, Name = number, Start = d.Start, End = d.End, ScopeEnd = d.ScopeEnd, Date = d.Date,
                    Issuer = d.Issuer, Relation = d.Relation, NamesOneDocument = true,
                };
    }

    private static bool SameSerial(string a, string b) => a.TrimStart('0') == b.TrimStart('0');

    // "(Đề án 06)", "(gọi tắt là Đề án 06)": the draft fills the bracket.
    private static bool Bracketed(string f, CitationDraft d)
    {
        var close = d.End;
        while (close < f.Length && f[close] == ' ') close++;
        if (close >= f.Length || f[close] != ')') return false;
        var open = d.Start;
        while (open > 0 && f[open - 1] == ' ') open--;
        foreach (var lead in Leads)
            if (open >= lead.Length && f.AsSpan(open - lead.Length, lead.Length).SequenceEqual(lead)) return true;
        return false;
    }
}
