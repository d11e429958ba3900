using System.Text.RegularExpressions;
using Ingest.Indexer.Parsing.Tables;
using Ingest.Indexer.Text;

namespace Ingest.Indexer.Parsing.Citations;

/// <summary>
/// Reads a document named by the words after its type word, with no number: a regulation or charter ("Quy chế Thi đua
/// khen thưởng", "Điều lệ Đảng Cộng sản Việt Nam do Đại hội … thông qua"), a plan by its title ("Kế hoạch tổ chức Ngày
/// hội Đại đoàn kết toàn dân tộc …"). The name runs to its clause's end, first comma, a bracket that restates it, or the
/// clause that says where it comes from ("ban hành theo", "số", a date); it names one document where it carries a
/// capital, or, standing as a basis, its own period. Pure and thread-safe.
/// </summary>
internal sealed partial class DocumentNameReader
{
    private const string DayStop = " ngay ";
    private const string AndStop = " va ";
    private const string NumberStop = " so ";
    // "Thực hiện Chương trình công tác Đoàn … năm 2021 cũng như Chương trình công tác Đoàn … năm học 2020-2021" (jr-016):
    // "cũng như" (as well as) joins another thing named, never two words of one name.
    internal static readonly string[] NameStops = [AndStop, " ban hanh ", " theo ", NumberStop, DayStop, " cung nhu "];

    private readonly IssuerReader _issuers;
    private readonly TypeWordEdges _typeWords;
    private readonly PlanScopes _scopes;

    public DocumentNameReader(IssuerReader issuers, TypeWordEdges typeWords, PlanScopes scopes) =>
        (_issuers, _typeWords, _scopes) = (issuers, typeWords, scopes);

    /// <summary>
    /// Reads the name after the type word, which ends at <paramref name="p"/>, up to <paramref name="limit"/> and
    /// <paramref name="maxWords"/>; a plan's subject may join parts with "và" (<paramref name="subjectJoins"/>), be named by
    /// its period alone (<paramref name="periodNames"/>) or run to a list item's end (<paramref name="wholeItem"/>).
    /// </summary>
    public bool Read(TextView view, CitationDraft draft, int p, int? limit = null, int maxWords = NamedCitationReader.MaxNameWords, bool subjectJoins = false,
        bool periodNames = false, bool wholeItem = false)
    {
        var n = view.Normalized;
        var end = NameEnd(view, draft.Start, p, limit, subjectJoins, wholeItem);
        // A name that runs to its line's end stops before the line break.
        while (end > p && n[end - 1] == ' ') end--;
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
            && !(periodNames && (PeriodRange().Match(view.Folded, p, end - p).Success || WholeTerm(view.Folded, end) || NamedByYear(draft.Type) && YearClosing(view.Folded, p, end)))) return false;
        draft.Name = n[(p + 1)..end].TrimEnd();
        draft.End = end;
        var of = view.Folded.IndexOf(" cua ", p, end - p, StringComparison.Ordinal);
        if (of >= 0 && _issuers.Read(n, view.Folded, of + 5) is { } issuer && issuer.End == end) draft.Issuer = issuer.Text;
        return true;
    }

    // Where the name after the type word ends, before the words that say which one it is are weighed.
    private int NameEnd(TextView view, int start, int p, int? limit, bool subjectJoins, bool wholeItem)
    {
        var n = view.Normalized;
        var end = Math.Min(CitationTailReader.ClauseEnd(n, p), limit ?? n.Length);
        // A list item's name runs to the item's end: "Đề án Tuyên truyền, giáo dục, vận động, hỗ trợ phụ nữ …;".
        var comma = wholeItem ? -1 : n.IndexOf(',', p, end - p);
        // "Chiến lược phát triển giáo dục nhà trường, giai đoạn 2021 – 2026 tầm nhìn đến năm 2030": a plan's period after a
        // comma still belongs to its name.
        while (subjectJoins && comma >= 0 && (_scopes.At(view.Folded, comma + 1) || PairedInSubject(view, comma, end)))
            comma = comma + 1 < end ? n.IndexOf(',', comma + 1, end - comma - 1) : -1;
        if (comma >= 0) end = comma;
        end = BracketEnd(view, start, p, end);
        // "Điều lệ thi giáo viên dạy giỏi ... ban hành theo Thông tư số 21/2010/TT-BGDĐT": the name ends before the
        // clause that says where it comes from, so the numbered citation there is read on its own.
        foreach (var stop in NameStops)
        {
            var at = view.Folded.IndexOf(stop, p, end - p, StringComparison.Ordinal);
            // "Kế hoạch tổ chức Ngày hội Đại đoàn kết toàn dân tộc …" (ih-016), "Kế hoạch hưởng ứng ngày ASEAN phòng, chống
            // sốt xuất huyết …" (pd-110): "ngày" opens a date only before its day ("ngày 26/11/2003", "ngày … tháng"); a
            // named day ("Ngày hội", "ngày ASEAN", "ngày vệ sinh yêu nước") is part of the plan's name.
            // "Quy chế chi tiêu nội bộ của cơ quan Sở GDĐT" (ka-014): folded, a department's "Sở" is "số"; the body that
            // issued the regulation, named after "của", is part of its name (Read takes that issuer).
            while (at >= 0 && (ReferenceEquals(stop, DayStop) && !OpensDate(view.Folded, at + stop.Length)
                       || ReferenceEquals(stop, NumberStop) && DepartmentOfIssuer(view, p, at)
                       || subjectJoins && ReferenceEquals(stop, AndStop) && JoinsSubject(view, at + stop.Length)))
                at = at + stop.Length < end ? view.Folded.IndexOf(stop, at + 1, end - at - 1, StringComparison.Ordinal) : -1;
            if (at >= 0) end = at;
        }
        return end;
    }

    // "Chương trình công tác Đoàn và phong trào thanh thiếu nhi năm 2023" (if-006, ik-039, ig-044), "Chương trình phối hợp
    // và thống nhất hành động năm 2023 của Ủy ban MTTQ …" (ig-042), "Kế hoạch về công tác phòng, chống thiên tai và tìm
    // kiếm cứu nạn năm 2021" (ie-062): inside a plan's subject, "và" before a lower-case word joins two parts of that
    // subject; before a type word or a capital it joins another document or body, and ends the name.
    private bool JoinsSubject(TextView view, int at)
    {
        if (at >= view.Normalized.Length || !char.IsLower(view.Normalized[at])) return false;
        return !_typeWords.Opens(view.Folded.AsSpan(at));
    }

    // "Quy chế cán bộ Đoàn (Quy chế cán bộ Đoàn Thanh niên Cộng sản Hồ Chí Minh) đang có hiệu lực" (ii-033): a bracket that
    // opens with a type word restates or numbers the document named before it ("… năm 2016 (Công văn số 2102/…)", ik-006;
    // "(Kế hoạch số 1092/QĐ-CQLTT …)", the if- rule), so it ends that name; and a name that opens a bracket ends with it.
    // Brackets holding a term or an abbreviation ("(khóa XII)", "(THPT)") stay in the name.
    internal int BracketEnd(TextView view, int start, int p, int end)
    {
        var (n, f) = (view.Normalized, view.Folded);
        if (start > 0 && f[start - 1] == '(' && n.IndexOf(')', p, end - p) is var close and > 0) end = close;
        var open = f.IndexOf(" (", p, end - p, StringComparison.Ordinal);
        if (open < 0) return end;
        return _typeWords.Opens(f.AsSpan(open + 2, end - open - 2)) ? open : end;
    }

    // After "ngày ": a day's number, or the blanks or "tháng" of a date whose day is left out.
    private static bool OpensDate(string f, int at) =>
        at < f.Length && (char.IsAsciiDigit(f[at]) || f[at] is '.' or '…' or '/' || f.AsSpan(at).StartsWith("thang", StringComparison.Ordinal));

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

    // "triển khai Kế hoạch phòng, chống thiên tai và tìm kiếm cứu nạn năm 2024" (mn-006), "triển khai Kế hoạch tổ chức lễ
    // giao, nhận quân năm 2019" (ji-017): inside a plan's subject a comma may join two verbs or nouns of one pair; it does
    // where the words after it, up to the next comma or the clause's end, go on in lower case, open no other document and
    // close with the plan's own scope or year, so the whole subject says which one plan. "Thực hiện Kế hoạch …, UBND xã
    // tổ chức …" opens another clause with a capital; a part with no year or scope is no part of the plan's name.
    private bool PairedInSubject(TextView view, int comma, int end)
    {
        var (n, f) = (view.Normalized, view.Folded);
        var from = comma + 1;
        if (from + 1 >= end || n[from] != ' ' || !char.IsLower(n[from + 1]) || _typeWords.Opens(f.AsSpan(from + 1))) return false;
        var next = n.IndexOf(',', from, end - from);
        var stop = next < 0 ? end : next;
        var part = n.AsSpan(from, stop - from);
        foreach (var c in part) if (char.IsUpper(c)) return false;
        if (part.Count(' ') > MaxPairedPartWords) return false;
        return YearClosing(f, from, stop) || _scopes.Within(f, from, stop);
    }

    // "Kế hoạch phát triển kinh tế - xã hội năm 2026" (ku-017): a type whose documents go by the year they are for
    // (yearly in document-types.json: a plan) is named by a lower-case subject and that year, however long; "Chương trình
    // công tác hội năm 2021" (kz-072), a year's work programme, is not (tests/corpus/README.md).
    private static bool NamedByYear(DocumentTypeRow type) => type.NamedForms.Contains("yearly");

    // The words after a comma in a plan's subject, up to its year: "chống thiên tai và tìm kiếm cứu nạn năm 2024".
    private const int MaxPairedPartWords = 10;

    // "… năm 2024" closing a plan's name: the year it is for, which says which one plan as a period does; "đến năm 2030",
    // "từ năm 2021" and "trước năm 2025" name a target or a bound, not the plan's year.
    // "Kế hoạch năm 2026" has no subject, the year alone (rule 4 of the plans rule): a word must stand before it.
    private static bool YearClosing(string f, int p, int end) => ClosingYear().IsMatch(f.AsSpan(p, end - p).Trim());

    [GeneratedRegex(@"(?<=\S)(?<!\b(?:den|toi|tu|truoc|sau))\x20nam\x20(?:19|20)\d{2}$", RegexOptions.CultureInvariant)]
    private static partial Regex ClosingYear();

    // "Thực hiện Chương trình làm việc toàn khóa, Hội nghị lần thứ 15 …" (iy-018): a programme for the whole term of the
    // body carrying it out is one programme, as a period names one.
    private static bool WholeTerm(string f, int end) =>
        f.AsSpan(0, end).TrimEnd().EndsWith(" toan khoa", StringComparison.Ordinal);

    // "giai đoạn 2021 – 2026", "năm học 2024-2025", "nhiệm kỳ 2020 - 2025", "10 năm 2021 - 2030": a period from one year to
    // another.
    [GeneratedRegex(@"\G[^;:.]{0,200}?\x20(?:giai doan\x20|nam hoc\x20|nhiem ky\x20|nam\x20)?(?:19|20)\d{2}\x20?[-–]\x20?(?:19|20)?\d{2}(?!\d)", RegexOptions.CultureInvariant)]
    private static partial Regex PeriodRange();
}
