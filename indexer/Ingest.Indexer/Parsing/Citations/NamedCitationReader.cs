using System.Text.RegularExpressions;
using Ingest.Indexer.Parsing.Tables;
using Ingest.Indexer.Text;

namespace Ingest.Indexer.Parsing.Citations;

/// <summary>
/// Reads citations by name, with no number: a law ("Luật Thi đua, khen thưởng"), a congress resolution
/// ("Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng"), a plenum ("Nghị quyết Trung ương 4 khóa
/// XII"), a body's document ("Kế hoạch của UBND tỉnh"), a quoted title, a yearly plan, a named regulation.
/// Which forms a type allows is data (document-types.json, namedForms); this class tries them in the type's order, each
/// read by a class of its own (MeetingResolution, LawNameReader, DocumentNameReader, PlanSubjectReader, OfIssuerName,
/// JointDocumentName, QuotedName, AnnexedName, FoundingDecision). Pure and thread-safe.
/// </summary>
internal sealed partial class NamedCitationReader
{
    // The longest law or regulation name read (LawNameReader, DocumentNameReader).
    internal const int MaxNameWords = 16;

    private readonly FoundingDecision _founding;
    private readonly LawNameReader _laws;
    private readonly NameStanding _standing;
    private readonly DocumentNameReader _names;
    private readonly PlanSubjectReader _subjects;
    private readonly JointDocumentName _joint;
    private readonly OfIssuerName _ofIssuer;

    public NamedCitationReader(DomainTables tables, IssuerReader issuers)
    {
        _founding = new FoundingDecision(tables);
        _laws = new LawNameReader(tables);
        // One table of type words and of plan scopes serves every form that weighs them.
        var typeWords = new TypeWordEdges(tables);
        var scopes = new PlanScopes(tables);
        _standing = new NameStanding(tables, typeWords);
        _names = new DocumentNameReader(issuers, typeWords, scopes);
        _subjects = new PlanSubjectReader(tables, issuers, _standing, scopes, _names);
        _joint = new JointDocumentName(issuers, _standing, scopes, _names);
        _ofIssuer = new OfIssuerName(tables, issuers);
    }

    [GeneratedRegex(@"\G(?:\x20[a-z]+){1,7}?\x20nam\x20(?:19|20)\d{2}(?![\d/])", RegexOptions.CultureInvariant)]
    private static partial Regex Yearly();

    /// <summary>
    /// Reads only the forms that name one document however the type word is written (a congress, a plenum, the body a
    /// decision founds): "nghị quyết hội nghị TW IV khóa XII" in lower case is still that resolution.
    /// </summary>
    public bool TryReadSpecific(TextView view, CitationDraft draft, int p) =>
        (draft.Type.NamedForms.Contains("plenum") && MeetingResolution.PlenumForm(view, draft, p)) ||
        (draft.Type.NamedForms.Contains("congress") && MeetingResolution.CongressForm(view, draft, p)) ||
        (draft.Type.NamedForms.Contains("session") && MeetingResolution.SessionForm(view, draft, p)) ||
        (draft.Type.NamedForms.Contains("founding") && _founding.TryRead(view, draft, p));

    /// <summary>Tries each named form the type allows; the first that reads wins. <paramref name="p"/> is the end of the type word.</summary>
    public bool TryRead(TextView view, CitationDraft draft, int p)
    {
        foreach (var form in draft.Type.NamedForms)
        {
            var ok = form switch
            {
                "law" => _laws.Read(view, draft, p),
                "about" => _laws.AboutSubject(view, draft, p, dated: false),
                "congress" => MeetingResolution.CongressForm(view, draft, p),
                "plenum" => MeetingResolution.PlenumForm(view, draft, p),
                // "Kết luận Hội nghị lần thứ 4 Ban Chấp hành Trung ương Đảng khóa XIII" (lz-020, a heading of the Đảng ủy Khối of
                // Nam Định): the conclusion a plenum adopted (21-KL/TW), named by the plenum as its resolution is. Only with its
                // capital: "phát biểu kết luận Hội nghị Trung ương …" is a speech that closes the plenum.
                "capitalized-plenum" => char.IsUpper(view.Normalized[draft.Start]) && MeetingResolution.PlenumForm(view, draft, p),
                "session" => MeetingResolution.SessionForm(view, draft, p),
                "founding" => _founding.TryRead(view, draft, p),
                "of-issuer" => _ofIssuer.Read(view, draft, p),
                "capitalized-of-issuer" => _ofIssuer.ReadCapitalized(view, draft, p),
                "quoted" => QuotedName.Read(view, draft, p),
                "quoted-issued" => QuotedName.ReadIssued(view, draft, p),
                "yearly" => YearlyForm(view, draft, p),
                // "Đồng chí Phó Chủ tịch trình bày Quy chế hoạt động của Ủy ban MTTQ phường …": a regulation still drafted or
                // presented is no document yet (rule 3); a charter or law has a name of its own (keptInSubjects).
                "name" => (draft.Type.KeptInSubjects || !_standing.DraftedBefore(view.Folded, draft.Start)) && _names.Read(view, draft, p),
                "subject" => _subjects.Read(view, draft, p),
                "annex" => AnnexedName.Read(view, draft, p, _standing),
                "alone" => Alone(view, draft, p),
                "joint" => _joint.ReadJoint(view, draft, p),
                "coordination" => _joint.ReadCoordination(view, draft, p),
                // "Căn cứ Điều lệ thi giáo viên dạy giỏi cấp học phổ thông ban hành theo Thông tư số 21/2010/TT-BGDĐT"
                // (dc-044), a basis list's "1. Điều lệ trường trung học cơ sở …, ban hành kèm theo Thông tư số
                // 32/2020/TT-BGDĐT" (nw-ubnd-phu-tho-kh-2023-335): a regulation whose name has no capital names one
                // where it stands as the basis and the document that issued it follows; "hướng dẫn thực hiện một số
                // điều của Quy chế … ban hành kèm theo Nghị định …" is another citation's subject.
                "basis-annex" => (_standing.StandsAsBasis(view, draft.Start) || _standing.AmendedBefore(view, draft.Start)) && AnnexedName.ReadStanding(view, draft, p),
                _ => false, // "annex-host": the host side of an annex, nothing to read here; "carries-out": read by CitationFinder
            };
            if (ok) return true;
        }
        return false;
    }

    // "Căn cứ Hiến pháp;", "Hiến pháp 2013", "Hiến pháp năm 2013": a type of which one document is in force at a
    // time names it by its capitalized type word alone, with the year of its adoption if written.
    private static bool Alone(TextView view, CitationDraft draft, int p)
    {
        if (!char.IsUpper(view.Normalized[draft.Start])) return false;
        var year = AloneYear().Match(view.Folded, p);
        if (year.Success) draft.Name = view.Normalized[(p + 1)..(year.Index + year.Length)];
        draft.End = year.Success ? year.Index + year.Length : p;
        return true;
    }

    [GeneratedRegex(@"\G\x20(?:nam\x20)?(?:19|20)\d{2}(?![\d/])", RegexOptions.CultureInvariant)]
    private static partial Regex AloneYear();

    /// <summary>The name the Party gives its national congress of term <paramref name="roman"/>: every spelling keys as it.</summary>
    internal static string NationalCongress(string roman) => $"Đại hội đại biểu toàn quốc lần thứ {roman} của Đảng";

    private static bool YearlyForm(TextView view, CitationDraft draft, int p)
    {
        var m = Yearly().Match(view.Folded, p);
        if (!m.Success) return false;
        // Only lower-case words: "Kế hoạch công tác năm 2021", not "... tỉnh Đồng Nai năm 2021" (the plan's own title).
        var n = view.Normalized;
        for (var k = p; k < m.Index + m.Length; k++)
            if (char.IsUpper(n[k])) return false;
        draft.Name = n[(p + 1)..(m.Index + m.Length)];
        draft.End = m.Index + m.Length;
        return true;
    }
}
