using Ingest.Indexer.Parsing.Tables;
using Ingest.Indexer.Text;

namespace Ingest.Indexer.Parsing.Citations;

/// <summary>
/// Reads a plan, programme or project named by its subject in lower case, where the subject says which one: its period,
/// term or place ("Kế hoạch tổ chức … giai đoạn 2022 - 2025"), a year, the body that issued it closing the clause ("Đề
/// án tổ chức tuyên truyền, phổ biến Luật Dân quân tự vệ của Chính phủ"), or its place in a list in title case. A draft
/// or a plan named inside another's title names none (tests/corpus/README.md, plans by name). Pure and thread-safe.
/// </summary>
internal sealed partial class PlanSubjectReader
{
    // A plan's title runs longer than a regulation's name: "Kế hoạch tổ chức thực hiện phong trào thi đua … giai đoạn
    // 2022 - 2025 trên địa bàn huyện".
    private const int MaxPlanTitleWords = 32;

    private readonly IssuerReader _issuers;
    private readonly NameStanding _standing;
    private readonly PlanScopes _scopes;
    private readonly DocumentNameReader _names;

    private readonly string[] _events;

    public PlanSubjectReader(DomainTables tables, IssuerReader issuers, NameStanding standing, PlanScopes scopes, DocumentNameReader names)
    {
        (_issuers, _standing, _scopes, _names) = (issuers, standing, scopes, names);
        _events = (tables.Phrases.EventProgrammes ?? []).Select(e => " " + TextFolding.FoldLoose(e)).ToArray();
    }

    // "Trên cơ sở Kế hoạch Ngoại giao văn hóa của tỉnh năm 2018", "theo Đề án sắp xếp khu phố trên địa bàn Phường 5",
    // a report's "UBND huyện vừa ban hành Kế hoạch tổ chức … giai đoạn 2022 - 2025": a plan or project named by its
    // subject (tests/corpus/README.md, plans by name). It counts where the subject says which one (a period, term or
    // place, planScopeWords, or a year), nothing before it makes it a draft ("góp ý Đề án …"), and it is not named
    // inside another document's title ("ban hành Kế hoạch thực hiện Đề án …"). Its issuer alone is the of-issuer form's.
    // "tổng duyệt Chương trình Đại hội Đại biểu Đảng bộ phường lần thứ I" (ir-041), "kính mời … đến tham gia Chương trình
    // Hội Xuân và Phiên chợ vùng cao thôn Ải Nam năm 2026" (le-014): a congress's, a conference's, a session's or a
    // festival's programme is the running order of that event, not a document (eventProgrammes in phrases.json).
    private bool EventProgramme(string f, int p)
    {
        foreach (var e in _events)
            if (f.AsSpan(p).StartsWith(e, StringComparison.Ordinal) && (p + e.Length == f.Length || !char.IsAsciiLetter(f[p + e.Length]))) return true;
        return false;
    }

    /// <summary>Reads the plan whose type word ends at <paramref name="p"/>; false where its subject names none.</summary>
    public bool Read(TextView view, CitationDraft draft, int p)
    {
        var (n, f) = (view.Normalized, view.Folded);
        if (p + 1 >= n.Length || n[p] != ' ' || f.AsSpan(p).StartsWith(" cua ")) return false;
        // "KẾ HOẠCH TỔ CHỨC LỄ HỘI … NĂM 2019": a heading in capitals is a title, the text's own or a page's.
        if (p - draft.Start < 2 || !char.IsLower(n[draft.Start + 1])) return false;
        // An event's programme is its running order (congresses themselves are no citation).
        if (draft.Type.Id == "chuong-trinh" && EventProgramme(f, p)) return false;
        // The name ends with its line: a title wraps inside a sentence, but a new line that opens with another
        // sentence ("Căn cứ Nghị định số …") is no part of it.
        var clauseEnd = Math.Min(CitationTailReader.ClauseEnd(n, p), view.NextLineStart(p));
        // "… năm 2018 (210/KH-UBND ngày 14/12/2017)": a number or date in brackets follows the title, it is not part of it.
        var bracket = f.IndexOf(" (", p, clauseEnd - p, StringComparison.Ordinal);
        if (bracket > p && bracket + 2 < f.Length && char.IsAsciiDigit(f[bracket + 2])) clauseEnd = bracket;
        var scoped = _scopes.Within(f, p, clauseEnd);
        var issued = scoped ? null : IssuerClosing(view, p, clauseEnd);
        var listed = !scoped && issued is null && NameStanding.TitledInList(n, draft.Start, p);
        if (!scoped && issued is null && !listed) return false;
        if (_standing.DraftedBefore(f, draft.Start)) return false;
        if (_standing.NamedInsideTitle(f, draft.Start)) return false;
        if (issued is not { } by) return _names.Read(view, draft, p, clauseEnd, MaxPlanTitleWords, subjectJoins: true, periodNames: _standing.StandsAsBasis(view, draft.Start), wholeItem: listed);
        var words = n[(p + 1)..by.Of].Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        if (words < 2 || words > MaxPlanTitleWords) return false;
        foreach (var stop in DocumentNameReader.NameStops) if (f.IndexOf(stop, p, by.Of - p, StringComparison.Ordinal) >= 0) return false;
        (draft.Name, draft.Issuer, draft.End) = (n[(p + 1)..by.End], by.Issuer, by.End);
        return true;
    }

    // "Đề án tổ chức tuyên truyền, phổ biến Luật Dân quân tự vệ của Chính phủ", "Chương trình công tác toàn khóa của Ban
    // Chấp hành Trung ương Đoàn": a subject, then the body that issued it, capitalized, closing the clause or its first
    // comma's part: subject and issuer together say which one plan (an issuer alone does not: OfIssuer).
    private (int Of, int End, string Issuer)? IssuerClosing(TextView view, int start, int end)
    {
        var (n, f) = (view.Normalized, view.Folded);
        var comma = n.IndexOf(',', start, end - start);
        for (var of = f.IndexOf(" cua ", start, end - start, StringComparison.Ordinal); of > start; 
             of = of + 5 < end ? f.IndexOf(" cua ", of + 5, end - of - 5, StringComparison.Ordinal) : -1)
        {
            if (_issuers.Read(n, f, of + 5) is not { } issuer || !char.IsUpper(issuer.Text[0])) continue;
            var stop = issuer.End;
            while (stop < n.Length && n[stop] == ' ') stop++;
            if (stop >= end || n[stop] is ',' or '.' or ';' or ':' || (comma > of && stop >= comma)) return (of, issuer.End, issuer.Text);
        }
        return null;
    }
}
