using System.Text.RegularExpressions;
using Ingest.Indexer.Parsing.Tables;
using Ingest.Indexer.Text;

namespace Ingest.Indexer.Parsing.Citations;

/// <summary>
/// Reads citations by name, with no number: a law ("Luật Thi đua, khen thưởng"), a congress resolution
/// ("Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng"), a plenum ("Nghị quyết Trung ương 4 khóa
/// XII"), a body's document ("Kế hoạch của UBND tỉnh"), a quoted title, a yearly plan, a named regulation.
/// Which forms a type allows is data (document-types.json, namedForms). Pure and thread-safe.
/// </summary>
internal sealed partial class NamedCitationReader
{
    // A law's or a regulation's name, read by LawNameReader and NameForm.
    internal const int MaxNameWords = 16;
    // A plan's title runs longer than a regulation's name: "Kế hoạch tổ chức thực hiện phong trào thi đua … giai đoạn
    // 2022 - 2025 trên địa bàn huyện".
    private const int MaxPlanTitleWords = 32;
    private const string DayStop = " ngay ";
    private const string AndStop = " va ";
    private const string NumberStop = " so ";
    private static readonly string[] NameStops = [AndStop, " ban hanh ", " theo ", NumberStop, DayStop];

    // "Chương trình công tác Đoàn và phong trào thanh thiếu nhi năm 2023" (if-006, ik-039, ig-044), "Chương trình phối hợp
    // và thống nhất hành động năm 2023 của Ủy ban MTTQ …" (ig-042), "Kế hoạch về công tác phòng, chống thiên tai và tìm
    // kiếm cứu nạn năm 2021" (ie-062): inside a plan's subject, "và" before a lower-case word joins two parts of that
    // subject; before a type word or a capital it joins another document or body, and ends the name.
    private bool JoinsSubject(TextView view, int at)
    {
        if (at >= view.Normalized.Length || !char.IsLower(view.Normalized[at])) return false;
        var rest = view.Folded.AsSpan(at);
        foreach (var w in _typeWords)
            if (rest.StartsWith(w, StringComparison.Ordinal) && (rest.Length == w.Length || !char.IsLetter(rest[w.Length]))) return false;
        return true;
    }

    // "Quy chế cán bộ Đoàn (Quy chế cán bộ Đoàn Thanh niên Cộng sản Hồ Chí Minh) đang có hiệu lực" (ii-033): a bracket that
    // opens with a type word restates or numbers the document named before it ("… năm 2016 (Công văn số 2102/…)", ik-006;
    // "(Kế hoạch số 1092/QĐ-CQLTT …)", the if- rule), so it ends that name; and a name that opens a bracket ends with it.
    // Brackets holding a term or an abbreviation ("(khóa XII)", "(THPT)") stay in the name.
    private int BracketEnd(TextView view, int start, int p, int end)
    {
        var (n, f) = (view.Normalized, view.Folded);
        if (start > 0 && f[start - 1] == '(' && n.IndexOf(')', p, end - p) is var close and > 0) end = close;
        var open = f.IndexOf(" (", p, end - p, StringComparison.Ordinal);
        if (open < 0) return end;
        var inner = f.AsSpan(open + 2, end - open - 2);
        foreach (var w in _typeWords)
            if (inner.StartsWith(w, StringComparison.Ordinal) && (inner.Length == w.Length || !char.IsLetter(inner[w.Length]))) return open;
        return end;
    }

    // After "ngày ": a day's number, or the blanks or "tháng" of a date whose day is left out.
    private static bool OpensDate(string f, int at) =>
        at < f.Length && (char.IsAsciiDigit(f[at]) || f[at] is '.' or '…' or '/' || f.AsSpan(at).StartsWith("thang", StringComparison.Ordinal));
    private readonly IssuerReader _issuers;
    private readonly FoundingDecision _founding;
    private readonly LawNameReader _laws;
    private readonly string[] _drafting;
    private readonly string[] _planScopes;
    private readonly string[] _subjectLeads;
    private readonly string[] _typeWords;
    private readonly string[] _relations;

    public NamedCitationReader(DomainTables tables, IssuerReader issuers)
    {
        _issuers = issuers;
        _founding = new FoundingDecision(tables);
        _laws = new LawNameReader(tables);
        _relations = tables.Phrases.Relations.Select(r => TextFolding.FoldLoose(r.Phrase)).ToArray();
        _drafting = (tables.Phrases.DraftingBefore ?? []).Select(s => TextFolding.FoldLoose(s) + " ").ToArray();
        _planScopes = (tables.Phrases.PlanScopeWords ?? []).Select(s => " " + TextFolding.FoldLoose(s) + " ").ToArray();
        _subjectLeads = (tables.Phrases.PlanSubjectLeads ?? []).Select(s => TextFolding.FoldLoose(s) + " ").ToArray();
        _typeWords = tables.FoldedTypeWords().Distinct().ToArray();
    }

    [GeneratedRegex(@"\G\x20cua\x20", RegexOptions.CultureInvariant)]
    private static partial Regex OfLead();

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
                "of-issuer" => OfIssuer(view, draft, p),
                "capitalized-of-issuer" => CapitalizedOfIssuer(view, draft, p),
                "quoted" => QuotedName.Read(view, draft, p),
                "quoted-issued" => QuotedName.ReadIssued(view, draft, p),
                "yearly" => YearlyForm(view, draft, p),
                // "Đồng chí Phó Chủ tịch trình bày Quy chế hoạt động của Ủy ban MTTQ phường …": a regulation still drafted or
                // presented is no document yet (rule 3); a charter or law has a name of its own (keptInSubjects).
                "name" => (draft.Type.KeptInSubjects || !DraftedBefore(view.Folded, draft.Start)) && NameForm(view, draft, p),
                "subject" => SubjectForm(view, draft, p),
                "annex" => AnnexedName.Read(view, draft, p),
                "alone" => Alone(view, draft, p),
                "joint" => Joint(view, draft, p),
                "coordination" => Coordination(view, draft, p),
                // "Căn cứ Điều lệ thi giáo viên dạy giỏi cấp học phổ thông ban hành theo Thông tư số 21/2010/TT-BGDĐT"
                // (dc-044), a basis list's "1. Điều lệ trường trung học cơ sở …, ban hành kèm theo Thông tư số
                // 32/2020/TT-BGDĐT" (nw-ubnd-phu-tho-kh-2023-335): a regulation whose name has no capital names one
                // where it stands as the basis and the document that issued it follows; "hướng dẫn thực hiện một số
                // điều của Quy chế … ban hành kèm theo Nghị định …" is another citation's subject.
                "basis-annex" => StandsAsBasis(view, draft.Start) && AnnexedName.Read(view, draft, p),
                _ => false, // "annex-host": the host side of an annex, nothing to read here; "carries-out": read by CitationFinder
            };
            if (ok) return true;
        }
        return false;
    }

    [GeneratedRegex(@"\G\x20giua\x20", RegexOptions.CultureInvariant)]
    private static partial Regex JointLead();

    [GeneratedRegex(@"\G,?\x20(?:ve viec|ve)\x20", RegexOptions.CultureInvariant)]
    private static partial Regex JointSubjectLead();

    // "Nghị quyết liên tịch giữa Đoàn Chủ tịch Ủy ban Trung ương MTTQ Việt Nam và Ủy ban Thường vụ Quốc hội về việc tổ
    // chức cho đại biểu Quốc hội tiếp xúc cử tri": a joint document named by the two bodies that issued it together
    // and its subject, which say which one it is; the name runs to the subject's clause end or first comma.
    private bool Joint(TextView view, CitationDraft draft, int p)
    {
        var (n, f) = (view.Normalized, view.Folded);
        var lead = JointLead().Match(f, p);
        if (!lead.Success || _issuers.Read(n, f, lead.Index + lead.Length) is not { } first || !char.IsUpper(first.Text[0])) return false;
        if (!f.AsSpan(first.End).StartsWith(" va ") || _issuers.Read(n, f, first.End + 4) is not { } second || !char.IsUpper(second.Text[0])) return false;
        var subject = JointSubjectLead().Match(f, second.End);
        if (!subject.Success) return false;
        var at = subject.Index + subject.Length;
        var end = CitationTailReader.ClauseEnd(n, at);
        var comma = n.IndexOf(',', at, end - at);
        if (comma > at) end = comma;
        if (end - at < 5) return false;
        draft.Name = n[(p + 1)..end].TrimEnd();
        draft.Issuer = first.Text + " và " + second.Text;
        draft.End = end;
        return true;
    }

    // " phối hợp giữa ", " phối hợp và thống nhất hành động giữa ", " phối hợp công tác của ": what a coordination
    // programme, plan or regulation is, before the bodies that made it.
    [GeneratedRegex(@"\G\x20phoi hop(?:\x20(?:va thong nhat hanh dong|hanh dong|cong tac|lien nganh|thuc hien))?,?\x20(?:giua|cua)\x20", RegexOptions.CultureInvariant)]
    private static partial Regex CoordinationLead();

    // "đánh giá việc thực hiện Quy chế phối hợp công tác của Chính phủ và Ủy ban Trung ương Mặt trận Tổ quốc (MTTQ) Việt
    // Nam năm 2018" (if-vpcp-213-TB-VPCP-2019), "Chương trình phối hợp giữa … và … về …", "… giữa … với … giai đoạn
    // 2024-2029": a coordination programme, plan or regulation is named by the two bodies that agreed it, which say
    // which one it is as a subject does, and by its subject or period if written. One being drawn up ("xây dựng
    // Chương trình phối hợp …") is no document yet.
    private bool DraftedBefore(string f, int start) =>
        DraftingVerbs.EndBefore(ListedAfter(f.AsSpan(Math.Max(0, start - 48), Math.Min(48, start))), _drafting);

    private bool Coordination(TextView view, CitationDraft draft, int p)
    {
        var (n, f) = (view.Normalized, view.Folded);
        var lead = CoordinationLead().Match(f, p);
        if (!lead.Success || _issuers.Read(n, f, lead.Index + lead.Length) is not { } first || !char.IsUpper(first.Text[0])) return false;
        var and = f.AsSpan(first.End).StartsWith(" va ") || f.AsSpan(first.End).StartsWith(" voi ") ? f.IndexOf(' ', first.End + 1) + 1 : -1;
        if (and <= 0 || _issuers.Read(n, f, and) is not { } second || !char.IsUpper(second.Text[0])) return false;
        var before = f.AsSpan(Math.Max(0, draft.Start - 48), Math.Min(48, draft.Start));
        if (DraftingVerbs.EndBefore(ListedAfter(before), _drafting)) return false;
        var clauseEnd = Math.Min(CitationTailReader.ClauseEnd(n, second.End), NextLineStart(view, second.End));
        var end = second.End;
        // The subject ("về …") or period (", giai đoạn 2024 - 2029") that follows runs to the clause's end or first comma.
        if (JointSubjectLead().Match(f, second.End) is { Success: true } about || ScopeAt(f, second.End) || f.AsSpan(second.End).StartsWith(", ") && ScopeAt(f, second.End + 1))
        {
            end = clauseEnd;
            var comma = n.IndexOf(',', second.End + 1, Math.Max(0, end - second.End - 1));
            if (comma > second.End + 1 && !ScopeAt(f, comma + 1)) end = comma;
            end = BracketEnd(view, draft.Start, second.End, end);
            while (end > second.End && n[end - 1] is ' ' or ',') end--;
        }
        draft.Name = n[(p + 1)..end];
        draft.Issuer = first.Text + " và " + second.Text;
        draft.End = end;
        return true;
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

    private bool OfIssuer(TextView view, CitationDraft draft, int p)
    {
        var m = OfLead().Match(view.Folded, p);
        if (!m.Success || _issuers.Read(view.Normalized, view.Folded, m.Index + m.Length) is not { } issuer) return false;
        if (!char.IsUpper(issuer.Text[0])) return false;
        // "Kế hoạch của Tỉnh ủy về tổ chức Đại hội …", "Chương trình hành động của Tỉnh ủy, thực hiện Nghị quyết …":
        // the subject says which of the body's documents it is; "Theo Kế hoạch của Mặt trận Tổ quốc, Ngày Hội …"
        // or "Kế hoạch của UBND xã năm 2019" names none (tests/corpus/README.md, plans by name).
        // "Chương trình hành động của Mặt trận Tổ quốc Việt Nam nhiệm kỳ 2024-2029": a body's programme or plan for its
        // term is one document, as a subject makes it; a year alone is not (the body issues many in a year).
        var term = TermAfterIssuer().Match(view.Folded, issuer.End);
        if (!term.Success && !SubjectFollows(view.Folded, issuer.End))
        {
            if (CoIssuer(view, issuer.End) is not { } co) return false;
            (draft.Issuer, draft.End) = (issuer.Text + ", " + co.Text, co.End);
            return true;
        }
        draft.Issuer = issuer.Text;
        draft.End = term.Success ? term.Index + term.Length : issuer.End;
        return true;
    }

    // "Kết luận của Bộ Chính trị, Ban Bí thư về tình hình, kết quả công tác đại hội …" (ju-074): two bodies that issue
    // together, joined by a comma, then the subject; the second body is part of whose document it is.
    private (string Text, int End)? CoIssuer(TextView view, int end)
    {
        if (!view.Folded.AsSpan(end).StartsWith(", ") || _issuers.Read(view.Normalized, view.Folded, end + 2) is not { } co) return null;
        return char.IsUpper(co.Text[0]) && SubjectFollows(view.Folded, co.End) ? (co.Text, co.End) : null;
    }

    [GeneratedRegex(@"\G,?\x20(?:khoa\x20[ivxl0-9]{1,5},?\x20)?nhiem ky\x20(?:19|20)\d{2}\x20?[-–]\x20?(?:19|20)?\d{2}(?!\d)", RegexOptions.CultureInvariant)]
    private static partial Regex TermAfterIssuer();

    private bool CapitalizedOfIssuer(TextView view, CitationDraft draft, int p)
    {
        var n = view.Normalized;
        if (p + 1 >= n.Length || !char.IsUpper(n[p + 1])) return false;
        var cursor = new WordCursor(n, p);
        for (var words = 0; words < 20 && cursor.Next(out var s, out var e); words++)
        {
            if (n.AsSpan(s, e - s).IndexOfAny(";.:") >= 0) return false;
            // "NGHỊ QUYẾT ĐẠI HỘI CHI BỘ ... Thực hiện Kế hoạch số 08-KH/ĐU ... của ...": a number or a date inside
            // means the words ran past the name into the next sentence.
            if (IsNumberOrDate(n, s, e)) return false;
            // "NGHỊ QUYẾT CỦA BỘ CHÍNH TRỊ về …": "của" first leaves no name to read.
            if (words > 0 && view.Folded.AsSpan(s, e - s).SequenceEqual("cua") &&
                _issuers.Read(n, view.Folded, e + 1) is { } issuer)
            {
                draft.Name = n[(p + 1)..(s - 1)];
                draft.Issuer = issuer.Text;
                draft.End = issuer.End;
                return true;
            }
        }
        return false;
    }

    // "08-KH/ĐU", "22/11/2017": a digit and a slash in one word.
    private static bool IsNumberOrDate(string n, int s, int e)
    {
        var word = n.AsSpan(s, e - s);
        return word.IndexOf('/') >= 0 && word.IndexOfAnyInRange('0', '9') >= 0;
    }

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

    private bool SubjectFollows(string f, int end)
    {
        var k = end;
        if (k < f.Length && f[k] == ',') k++;
        if (k >= f.Length || f[k] != ' ') return false;
        foreach (var lead in _subjectLeads)
            if (f.AsSpan(k + 1).StartsWith(lead) || f.AsSpan(k + 1).SequenceEqual(lead.AsSpan(0, lead.Length - 1))) return true;
        return false;
    }

    [GeneratedRegex(@"\bnam\x20(?:19|20)\d{2}(?!\d)", RegexOptions.CultureInvariant)]
    private static partial Regex YearWord();

    // "Trên cơ sở Kế hoạch Ngoại giao văn hóa của tỉnh năm 2018", "theo Đề án sắp xếp khu phố trên địa bàn Phường 5",
    // a report's "UBND huyện vừa ban hành Kế hoạch tổ chức … giai đoạn 2022 - 2025": a plan or project named by its
    // subject (tests/corpus/README.md, plans by name). It counts where the subject says which one (a period, term or
    // place, planScopeWords, or a year), nothing before it makes it a draft ("góp ý Đề án …"), and it is not named
    // inside another document's title ("ban hành Kế hoạch thực hiện Đề án …"). Its issuer alone is the of-issuer form's.
    [GeneratedRegex(@"^\x20(?:dai hoi|hoi nghi|ky hop)(?![a-z])", RegexOptions.CultureInvariant)]
    private static partial Regex EventProgramme();

    private bool SubjectForm(TextView view, CitationDraft draft, int p)
    {
        var (n, f) = (view.Normalized, view.Folded);
        if (p + 1 >= n.Length || n[p] != ' ' || f.AsSpan(p).StartsWith(" cua ")) return false;
        // "KẾ HOẠCH TỔ CHỨC LỄ HỘI … NĂM 2019": a heading in capitals is a title, the text's own or a page's.
        if (p - draft.Start < 2 || !char.IsLower(n[draft.Start + 1])) return false;
        // "tổng duyệt Chương trình Đại hội Đại biểu Đảng bộ phường lần thứ I" (ir-041): a congress's, a conference's or a
        // session's programme is the running order of that event, not a document (congresses themselves are no citation).
        if (draft.Type.Id == "chuong-trinh" && EventProgramme().IsMatch(f.AsSpan(p))) return false;
        // The name ends with its line: a title wraps inside a sentence, but a new line that opens with another
        // sentence ("Căn cứ Nghị định số …") is no part of it.
        var clauseEnd = Math.Min(CitationTailReader.ClauseEnd(n, p), NextLineStart(view, p));
        // "… năm 2018 (210/KH-UBND ngày 14/12/2017)": a number or date in brackets follows the title, it is not part of it.
        var bracket = f.IndexOf(" (", p, clauseEnd - p, StringComparison.Ordinal);
        if (bracket > p && bracket + 2 < f.Length && char.IsAsciiDigit(f[bracket + 2])) clauseEnd = bracket;
        var scoped = HasScope(f, p, clauseEnd);
        var issued = scoped ? null : IssuerClosing(view, p, clauseEnd);
        var listed = !scoped && issued is null && TitledInList(n, draft.Start, p);
        if (!scoped && issued is null && !listed) return false;
        var before = f.AsSpan(Math.Max(0, draft.Start - 48), Math.Min(48, draft.Start));
        if (DraftingVerbs.EndBefore(ListedAfter(before), _drafting)) return false;
        if (NamedInsideTitle(before)) return false;
        if (issued is not { } by) return NameForm(view, draft, p, clauseEnd, MaxPlanTitleWords, subjectJoins: true, periodNames: StandsAsBasis(view, draft.Start), wholeItem: listed);
        var words = n[(p + 1)..by.Of].Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        if (words < 2 || words > MaxPlanTitleWords) return false;
        foreach (var stop in NameStops) if (f.IndexOf(stop, p, by.Of - p, StringComparison.Ordinal) >= 0) return false;
        (draft.Name, draft.Issuer, draft.End) = (n[(p + 1)..by.End], by.Issuer, by.End);
        return true;
    }

    // "tuyên truyền các đề án liên quan đến phụ nữ như: Đề án Hỗ trợ phụ nữ khởi nghiệp; Đề án Tuyên truyền, giáo dục, …"
    // (it-026): an item of a list (after ": " or "; ") whose name opens with a word in title case names one document as a
    // scope or an issuer does. A heading in capitals ("Đề án XÂY DỰNG …") or an abbreviation is no title case.
    private static bool TitledInList(string n, int start, int p)
    {
        if (p + 3 >= n.Length || !char.IsUpper(n[p + 1]) || !char.IsLower(n[p + 2]) || start < 2) return false;
        return n[start - 1] == ' ' && n[start - 2] is ':' or ';';
    }

    // "dự thảo Nghị quyết, Chương trình thực hiện …": what stands before a list of type words the last one shares.
    private ReadOnlySpan<char> ListedAfter(ReadOnlySpan<char> before)
    {
        for (var n = 0; n < 4; n++)
        {
            var rest = before.EndsWith(", ") ? before[..^2] : before.EndsWith(" va ") ? before[..^4] : default;
            if (rest.IsEmpty) return before;
            var typed = false;
            foreach (var w in _typeWords)
                if (rest.EndsWith(w) && (rest.Length == w.Length || rest[^(w.Length + 1)] == ' ')) { before = rest[..^w.Length]; typed = true; break; }
            if (!typed) return before;
        }
        return before;
    }

    private static int NextLineStart(TextView view, int p)
    {
        var starts = view.LineStarts;
        var i = starts.BinarySearch(p + 1);
        if (i < 0) i = ~i;
        return i < starts.Length ? starts[i] : view.Normalized.Length;
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

    // "Thực hiện Chương trình làm việc toàn khóa, Hội nghị lần thứ 15 …" (iy-018): a programme for the whole term of the
    // body carrying it out is one programme, as a period names one.
    private static bool WholeTerm(string f, int end) =>
        f.AsSpan(0, end).TrimEnd().EndsWith(" toan khoa", StringComparison.Ordinal);

    // "giai đoạn 2021 – 2026", "năm học 2024-2025", "nhiệm kỳ 2020 - 2025", "10 năm 2021 - 2030": a period from one year to
    // another.
    [GeneratedRegex(@"\G[^;:.]{0,200}?\x20(?:giai doan\x20|nam hoc\x20|nhiem ky\x20|nam\x20)?(?:19|20)\d{2}\x20?[-–]\x20?(?:19|20)?\d{2}(?!\d)", RegexOptions.CultureInvariant)]
    private static partial Regex PeriodRange();

    // The plan is what the sentence rests on or carries out ("Căn cứ", "thực hiện", "theo" right before it), or it opens a
    // line of a list ("- Chiến lược …", a basis listed under "Căn cứ:").
    private bool StandsAsBasis(TextView view, int start)
    {
        var f = view.Folded;
        var k = start;
        while (k > 0 && f[k - 1] is ' ' or '-' or '+' or '*' or '•' or '–') k--;
        return view.IsLineStart(k) || view.IsLineStart(ListNumberStart(f, k)) || RelationBefore(view, start) || ArticleBefore(f, start);
    }

    // "được quy định tại Điều 15 Quy chế thi ban hành kèm theo Thông tư 22/2025/TT-BNV" (jd-015), "tại Điều 14 và Điều 15
    // Điều lệ trường Mầm non" (hz-092): an article cited in the regulation points into it, so the regulation stands as the
    // document the sentence rests on, as after "Căn cứ".
    private static bool ArticleBefore(string f, int start)
    {
        var k = start;
        while (k > 0 && f[k - 1] is ' ' or ',') k--;
        var digits = k;
        while (k > 0 && char.IsAsciiDigit(f[k - 1])) k--;
        return k < digits && f.AsSpan(0, k).EndsWith("dieu ", StringComparison.Ordinal) && (k == 5 || !char.IsAsciiLetter(f[k - 6]));
    }

    // "1. ", "12) ", "a) " before <paramref name="end"/>: where a list item's number starts, or <paramref name="end"/>.
    private static int ListNumberStart(string f, int end)
    {
        if (end < 2 || f[end - 1] is not ('.' or ')')) return end;
        var k = end - 1;
        while (k > 0 && char.IsAsciiDigit(f[k - 1]) && end - k < 4) k--;
        if (k == end - 1 && k > 0 && char.IsAsciiLetterLower(f[k - 1])) k--;
        return k < end - 1 ? k : end;
    }

    // "Căn cứ", "thực hiện", "theo" right before the type word.
    private bool RelationBefore(TextView view, int start)
    {
        var before = view.Folded.AsSpan(Math.Max(0, start - 24), Math.Min(24, start)).TrimEnd();
        foreach (var r in _relations)
            if (before.EndsWith(r, StringComparison.Ordinal) && (before.Length == r.Length || before[^(r.Length + 1)] == ' ')) return true;
        return false;
    }

    // A plan's scope word right after a comma at <paramref name="at"/> (", giai đoạn 2021 – 2025", ", năm học 2024-2025").
    private bool ScopeAt(string f, int at)
    {
        foreach (var scope in _planScopes)
            if (f.AsSpan(at).StartsWith(scope, StringComparison.Ordinal)) return true;
        return false;
    }

    private bool HasScope(string f, int start, int end)
    {
        var clause = f.AsSpan(start, end - start);
        foreach (var scope in _planScopes)
        {
            // "Chương trình làm việc toàn khóa, Hội nghị …" (iy-018): a scope word may close the name, before its clause's end.
            var at = clause.IndexOf(scope.AsSpan(0, scope.Length - 1), StringComparison.Ordinal);
            if (at >= 0 && (at + scope.Length - 1 == clause.Length || !char.IsAsciiLetterOrDigit(clause[at + scope.Length - 1]))) return true;
        }
        return YearWord().Match(f, start, end - start).Success;
    }

    // What joins a document's type word to the plan it carries out, in its title: "Kế hoạch triển khai thực hiện Đề án …".
    private static readonly string[] TitleLinks = [" trien khai thuc hien ", " to chuc thuc hien ", " thuc hien ", " trien khai "];

    private bool NamedInsideTitle(ReadOnlySpan<char> before)
    {
        foreach (var link in TitleLinks)
        {
            if (!before.EndsWith(link)) continue;
            var head = before[..^link.Length];
            foreach (var w in _typeWords)
                if (head.EndsWith(w) && (head.Length == w.Length || head[^(w.Length + 1)] == ' ')) return true;
            return false;
        }
        return false;
    }

    // "của cơ quan Sở GDĐT": "Sở" with its capital and marks, a few words after "của".
    private static bool DepartmentOfIssuer(TextView view, int p, int at) =>
        view.Normalized[at + 1] == 'S' && view.Normalized[at + 2] == 'ở'
        && view.Folded.LastIndexOf(" cua ", at, Math.Min(at - p, MaxIssuerLead), StringComparison.Ordinal) >= 0;

    private const int MaxIssuerLead = 16;

    // "Căn cứ Điều lệ Mặt trận Tổ quốc Việt Nam đã được Đại hội đại biểu toàn quốc MTTQ Việt Nam lần thứ IX … thông qua"
    // (kt-046): as after "do", the body that adopted it follows "được"; "tài liệu tuyên truyền về … Điều lệ Mặt trận Tổ
    // quốc Việt Nam dưới dạng hỏi đáp để cán bộ Mặt trận … các cấp có thêm cơ sở tìm hiểu" (la-016): what a text is for
    // follows "để". Neither is part of the name. Only as written: folded, "để" is also the "Đề" of "Đề án". Only where the
    // words run past a name's length: a short one keeps them ("Điều lệ Đảng được thông qua từ Đại hội … lần thứ XI của
    // Đảng", nw-060, as written), and its key with them.
    private static readonly (string Folded, string Written)[] AboutItStops = [(" duoc ", "được"), (" de ", "để")];

    private static int ClauseAboutItEnd(TextView view, int p, int end)
    {
        foreach (var (stop, written) in AboutItStops)
        {
            var at = view.Folded.IndexOf(stop, p, end - p, StringComparison.Ordinal);
            if (at > p && view.Normalized.AsSpan(at + 1, written.Length).SequenceEqual(written)) end = at;
        }
        // "đã được": the tense goes with the verb.
        return view.Folded.AsSpan(p, end - p).EndsWith(" da", StringComparison.Ordinal) ? end - 3 : end;
    }

    private bool NameForm(TextView view, CitationDraft draft, int p, int? limit = null, int maxWords = MaxNameWords, bool subjectJoins = false,
        bool periodNames = false, bool wholeItem = false)
    {
        var n = view.Normalized;
        var end = Math.Min(CitationTailReader.ClauseEnd(n, p), limit ?? n.Length);
        // A list item's name runs to the item's end: "Đề án Tuyên truyền, giáo dục, vận động, hỗ trợ phụ nữ …;".
        var comma = wholeItem ? -1 : n.IndexOf(',', p, end - p);
        // "Chiến lược phát triển giáo dục nhà trường, giai đoạn 2021 – 2026 tầm nhìn đến năm 2030": a plan's period after a
        // comma still belongs to its name.
        while (subjectJoins && comma >= 0 && ScopeAt(view.Folded, comma + 1))
            comma = comma + 1 < end ? n.IndexOf(',', comma + 1, end - comma - 1) : -1;
        if (comma >= 0) end = comma;
        end = BracketEnd(view, draft.Start, p, end);
        // "Điều lệ thi giáo viên dạy giỏi ... ban hành theo Thông tư số 21/2010/TT-BGDĐT": the name ends before the
        // clause that says where it comes from, so the numbered citation there is read on its own.
        foreach (var stop in NameStops)
        {
            var at = view.Folded.IndexOf(stop, p, end - p, StringComparison.Ordinal);
            // "Kế hoạch tổ chức Ngày hội Đại đoàn kết toàn dân tộc …" (ih-016), "Kế hoạch hưởng ứng ngày ASEAN phòng, chống
            // sốt xuất huyết …" (pd-110): "ngày" opens a date only before its day ("ngày 26/11/2003", "ngày … tháng"); a
            // named day ("Ngày hội", "ngày ASEAN", "ngày vệ sinh yêu nước") is part of the plan's name.
            // "Quy chế chi tiêu nội bộ của cơ quan Sở GDĐT" (ka-014): folded, a department's "Sở" is "số"; the body that
            // issued the regulation, named after "của", is part of its name (NameForm reads that issuer).
            while (at >= 0 && (ReferenceEquals(stop, DayStop) && !OpensDate(view.Folded, at + stop.Length)
                       || ReferenceEquals(stop, NumberStop) && DepartmentOfIssuer(view, p, at)
                       || subjectJoins && ReferenceEquals(stop, AndStop) && JoinsSubject(view, at + stop.Length)))
                at = at + stop.Length < end ? view.Folded.IndexOf(stop, at + 1, end - at - 1, StringComparison.Ordinal) : -1;
            if (at >= 0) end = at;
        }
        // "Điều lệ Đảng Cộng sản Việt Nam do Đại hội ... thông qua": the body that adopted it follows "do" ("tự do"
        // aside); it is no part of the name, but it too says which one document is meant. Only "do" as written: folded,
        // "Điều lệ Hội Chữ thập đỏ Việt Nam" has one too.
        var named = n[p..end];
        var by = view.Folded.IndexOf(" do ", p, end - p, StringComparison.Ordinal);
        if (by > p && n.AsSpan(by + 1, 2).SequenceEqual("do") && !view.Folded.AsSpan(p, by - p).EndsWith(" tu")) end = by;
        var words = n[p..end].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length > maxWords)
        {
            end = ClauseAboutItEnd(view, p, end);
            words = n[p..end].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        }
        if (words.Length == 0 || words.Length > maxWords) return false;
        // The name of a specific regulation carries a capitalized body or subject ("Quy chế Thi đua khen thưởng"),
        // or the body that issued it ("Điều lệ ưu đãi gia đình liệt sĩ do Bộ Thương binh ban hành").
        // "Quy chế thi tốt nghiệp trung học phổ thông (THPT)": a capital inside brackets or quotes counts as well.
        // A plan standing as a basis with its own period ("Căn cứ Kế hoạch phát triển giáo dục giai đoạn 2021 – 2026", a
        // basis list's "- Chiến lược phát triển … giai đoạn 2021 – 2026") says which one plan as a capitalized name does;
        // a year alone ("… đến năm 2025") or a plan only discussed at a meeting does not.
        if (!named.Split(' ', StringSplitOptions.RemoveEmptyEntries).Any(w => w.TrimStart('(', '"', '“') is { Length: > 0 } t && char.IsUpper(t[0]))
            && !(periodNames && (PeriodRange().Match(view.Folded, p, end - p).Success || WholeTerm(view.Folded, end)))) return false;
        draft.Name = n[(p + 1)..end].TrimEnd();
        draft.End = end;
        var of = view.Folded.IndexOf(" cua ", p, end - p, StringComparison.Ordinal);
        if (of >= 0 && _issuers.Read(n, view.Folded, of + 5) is { } issuer && issuer.End == end) draft.Issuer = issuer.Text;
        return true;
    }
}
