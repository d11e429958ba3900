using System.Text.RegularExpressions;
using Ingest.Indexer.Parsing.Dates;
using Ingest.Indexer.Text;

namespace Ingest.Indexer.Parsing.Citations;

/// <summary>
/// Reads what follows a document's type and number: a jurisdiction ("701/KH-UBND tỉnh"), the date
/// ("ngày 07/4/2014", "ngày 31 tháng 7 năm 2017"), the issuer ("của Bộ Chính trị", also glued as
/// "20/01/2022của") and the subject ("về việc ..."). Pure and thread-safe.
/// </summary>
internal sealed partial class CitationTailReader
{
    private const int MaxSubjectChars = 600;
    private readonly IssuerReader _issuers;
    private readonly string[] _reportedIssuing;
    private readonly string[] _descriptionGoesOn;
    private readonly string[] _descriptionGoesOnAfterSemicolon;
    private readonly string[] _titlePartVerbs;

    /// <param name="issuers">The reader of issuers' names after "của".</param>
    /// <param name="reportedIssuing">Verbs that report a body issuing a document ("đã ban hành"), as written.</param>
    /// <param name="descriptionsGoOnAfterAnd">Lower-case words that go on with a decree's description after its "và".</param>
    /// <param name="descriptionsGoOnAfterSemicolon">Lower-case words that go on with a decree's description after its ";".</param>
    public CitationTailReader(IssuerReader issuers, IEnumerable<string> reportedIssuing, IEnumerable<string> descriptionsGoOnAfterAnd,
        IEnumerable<string> descriptionsGoOnAfterSemicolon)
    {
        _descriptionGoesOnAfterSemicolon = descriptionsGoOnAfterSemicolon.Select(v => TextFolding.FoldLoose(v) + " ").ToArray();
        _titlePartVerbs = _descriptionGoesOnAfterSemicolon.Select(v => string.Join(' ', v.Replace(",", "").Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(2)) + " ").Distinct().ToArray();
        _descriptionGoesOn = descriptionsGoOnAfterAnd.Select(v => " va " + TextFolding.FoldLoose(v) + " ").ToArray();
        _issuers = issuers;
        _reportedIssuing = reportedIssuing.Select(v => " " + TextFolding.FoldLoose(v) + " ").ToArray();
    }

    [GeneratedRegex(@"\G\x20(?<j>tinh|huyen|xa|quan|phuong|thanh pho|thi xa|thi tran)(?![a-z0-9])", RegexOptions.CultureInvariant)]
    private static partial Regex Jurisdiction();

    // ", ngày 07/4/2014", " ban hành ngày ...", " (ngày 9/5/2024)", "ngày 09tháng 5 năm 2025"; the signing verb before
    // the date ("1234/QĐ-UBND ký ngày 12/3/2021", "được ký ban hành ngày"), which dates the document as its issuing does.
    // "ngy 09/6/2014": a text that lost its marked letters still dates the citation; "ngày ngày 04 tháng 9 năm 2020":
    // the word typed twice (DateParser reads it); "ngày I8 tháng 9": OCR's letter for the day's 1 (MisreadDayDate reads it).
    // "Nghị quyết 202/2025/QH15 chính thức được thông qua vào 12/6/2025" (kl-003): after the verb, "vào" leads a whole
    // date as "ngày" does, and so does the verb alone before a date written out ("Bản án … số 179 được ban hành 14 tháng
    // 9 năm 2018", kr-057). "Quyết định số 0 1/QĐ-VKSTC-V9 , ngày 10 tháng 12 năm 2010" (ml-013): a space typed before
    // the comma.
    [GeneratedRegex(@"\G(?:,?\x20(?:da\x20)?(?:chinh thuc\x20)?(?:duoc\x20)?(?:ky ban hanh|ban hanh|thong qua)\x20(?:vao\x20(?=\d{1,2}[/.-]\d{1,2}[/.-](?:19|20)\d{2})|(?:vao\x20)?(?=\d{1,2}\x20thang\x20\d{1,2}\x20nam\x20(?:19|20)\d{2}))|(?:(?:\x20?,)?\x20\(?(?:(?:duoc\x20|da\x20)?(?:ky\x20ban hanh|ky|ban hanh|thong qua)\x20)?|(?=ngay\x20?\d))(?=nga?y\x20?[il]?\d|ngay\x20thang|ngay\x20ngay\x20\d))", RegexOptions.CultureInvariant)]
    private static partial Regex DateLead();

    [GeneratedRegex(@"\G\x20\((?<d>\d{1,2}[/.-]\d{1,2}[/.-](?:19|20)\d{2})\)", RegexOptions.CultureInvariant)]
    private static partial Regex BracketedDate();

    // "... quy định chế độ ... do bộ trưởng ban hành ngày 03 tháng 02 năm 2020": the date at the end of a description.
    [GeneratedRegex(@"\x20ban hanh\x20(?=ngay\x20?\d|ngay\x20thang)", RegexOptions.CultureInvariant)]
    private static partial Regex IssuedOnInSubject();

    // A whole date with slashes and a four-digit year, alone: "27/05/2015", not "15/3" nor "2/2021".
    [GeneratedRegex(@"\G\x20\d{1,2}/\d{1,2}/(?:19|20)\d{2}(?![\d/])", RegexOptions.CultureInvariant)]
    private static partial Regex CellDate();

    // The end of "](target)" right at <paramref name="end"/>: a target has no space and is shorter than a line.
    private static int AfterLinkTarget(string f, int end)
    {
        if (end + 2 >= f.Length || f[end] != ']' || f[end + 1] != '(') return end;
        var close = f.AsSpan(end + 2, Math.Min(f.Length - end - 2, 400)).IndexOfAny(") \n");
        return close > 0 && f[end + 2 + close] == ')' ? end + 3 + close : end;
    }

    [GeneratedRegex(@"\G\x20?cua\x20", RegexOptions.CultureInvariant)]
    private static partial Regex IssuerLead();

    // The three leads below are tried after every citation, and most citations go on with another word ("về", a
    // sentence's next word): each is tried only where the characters its every branch opens with stand, a test on one or
    // two characters instead of a match (issue 12, parser speed). Match.Empty where it cannot match.

    // Jurisdiction opens with a space and the first letter of a unit's word: t(ỉnh, hành phố, hị xã, hị trấn), h(uyện),
    // x(ã), q(uận), p(hường).
    private static Match JurisdictionAt(string f, int at) =>
        at + 1 < f.Length && f[at] == ' ' && f[at + 1] is 't' or 'h' or 'x' or 'q' or 'p' ? Jurisdiction().Match(f, at) : Match.Empty;

    private static Match IssuerLeadAt(string f, int at) =>
        at < f.Length && (f[at] == 'c' || f[at] == ' ' && at + 1 < f.Length && f[at + 1] == 'c') ? IssuerLead().Match(f, at) : Match.Empty;

    // DateLead's every branch writes at most four of ',', ' ' and '(' (" , (") and then a word opening with b, c, d, k, n
    // or t ("ban hành", "chính thức", "đã", "được", "ký", "ngày", "thông qua").
    private static Match DateLeadAt(string f, int at)
    {
        var k = at;
        while (k < f.Length && k - at <= MaxDateLeadPunctuation && f[k] is ',' or ' ' or '(') k++;
        return k - at <= MaxDateLeadPunctuation && k < f.Length && f[k] is 'b' or 'c' or 'd' or 'k' or 'n' or 't' ? DateLead().Match(f, at) : Match.Empty;
    }

    private const int MaxDateLeadPunctuation = 4;

    [GeneratedRegex(@"\G,?\x20(?:ve viec|v/v|ve)\x20", RegexOptions.CultureInvariant)]
    private static partial Regex SubjectLead();

    /// <summary>Fills date, issuer and subject of <paramref name="draft"/> from text at <paramref name="position"/>.</summary>
    public void Read(TextView view, CitationDraft draft, int position, string? codeIssuer)
    {
        var f = view.Folded;
        var n = view.Normalized;
        var end = position;
        string? jurisdiction = null;

        var j = JurisdictionAt(f, end);
        if (j.Success && codeIssuer is not null)
        {
            // "5 /QĐ-UBND huyện Thái Thụy, ngày 28 tháng 4 năm 2011": the jurisdiction's name, if written, belongs to it.
            var nameEnd = PlaceNameEnd(n, j.Index + j.Length);
            jurisdiction = n[j.Groups["j"].Index..nameEnd];
            end = nameEnd;
        }
        // "[Quyết định số 124/2004/QĐ-TTg](https://…) ngày 08/7/2004 của Thủ tướng Chính phủ": a Markdown link's target
        // between the symbol and its date separates nothing (tests/corpus/README.md, the `ip-` batch).
        end = AfterLinkTarget(f, end);
        // "19/2018/TT-BGDĐT10/10/2018": a date glued on (a flattened table's next cell) is the document's date.
        if (end < f.Length && char.IsAsciiDigit(f[end]) && DateParser.ParseAt(f, end) is { } glued)
        {
            draft.Date = glued.Value;
            end = glued.End;
        }
        // "10/2015/TTLT-BYT-BNV 27/05/2015 Bộ Y tế": a register's row, the date of issue in the cell after the number.
        else if (end + 1 < f.Length && f[end] == ' ' && char.IsAsciiDigit(f[end + 1]) && CellDate().Match(f, end) is { Success: true } cell
            && DateParser.ParseAt(f, end + 1) is { } celled && celled.End == cell.Index + cell.Length)
        {
            draft.Date = celled.Value;
            end = celled.End;
        }
        // "Công văn số 1257/VPUBND-THVX Đồng Tháp, ngày 15 tháng 9 năm 2020": the place-date formula of a header
        // (Nghị định 30/2020/NĐ-CP) written after the number; the place belongs to the date.
        else if (end + 1 < n.Length && n[end] == ' ' && char.IsUpper(n[end + 1]) && PlaceBeforeDate(view, end) is { } placed)
        {
            draft.Date = placed.Value;
            end = placed.End;
        }
        // "Nghị quyết số 19/NQ-HĐND năm 2025, ngày 29/4/2025 của HĐND thành phố Hà Nội" (il-033): the year after a number
        // is the year of issue, as mirrors title documents ("Nghị quyết 1656/NQ-UBTVQH15 năm 2025", il-029; cp-134), no
        // date of its own (the id- rule); a whole date of that same year written right after it is the date of issue.
        else if (end + 5 < f.Length && f[end] == ' ' && f[end + 1] == 'n' && YearThenDate(f, end) is { } yearDated)
        {
            draft.Date = yearDated.Value;
            end = yearDated.End;
        }
        // "số : 88/CP. ngày 17/8/1994" (jh-016): a dot typed after the symbol; "ngày" in lower case opens no sentence, so the
        // date after it is still this document's.
        if (end + 2 < n.Length && f[end] == '.' && f[end + 1] == ' ' && n[end + 2] == 'n' && DateLead().IsMatch(f, end + 1)) end++;
        // "Quyêt-định số: 19/2022/QĐ-UBND -ngày 07 tháng 6 năm 2022 của - -" (kq-072, OCR of a Phú Thọ decision): a stray
        // dash the scan left before "ngày" separates nothing.
        else if (end + 2 < n.Length && f[end] == ' ' && f[end + 1] == '-' && n[end + 2] == 'n' && DateLead().IsMatch(f, end + 2)) end += 2;
        if (DatedAfterDefinedShortName(f, end) is { } defined) draft.Date = defined;
        for (var pass = 0; pass < 2; pass++)
        {
            var d = DateLeadAt(f, end);
            // "ngày 08/5/218": a year that lost or gained a digit, read where one year fits (the symbol's, if it has one).
            if (draft.Date is null && d.Success && (DateParser.ParseAt(f, d.Index + d.Length) ?? DateParser.ParseDamagedYear(f, d.Index + d.Length, draft.Symbol?.Year)
                    ?? MisreadDayDate.ParseAt(f, d.Index + d.Length, n)) is { } date)
            {
                draft.Date = date.Value;
                end = date.End;
            }
            // "Nghị quyết 71-NQ/TW (22/8/2025) của Bộ Chính trị": a whole date alone in parentheses after the symbol.
            var p = draft.Date is null && end + 1 < f.Length && f[end + 1] == '(' ? BracketedDate().Match(f, end) : Match.Empty;
            if (draft.Date is null && p.Success && DateParser.ParseAt(f, p.Groups["d"].Index) is { } bracketed && bracketed.End == p.Index + p.Length - 1)
            {
                draft.Date = bracketed.Value;
                end = p.Index + p.Length;
            }
            var i = IssuerLeadAt(f, end);
            if (draft.Issuer is null && i.Success && _issuers.Read(n, f, i.Index + i.Length) is { } issuer)
            {
                draft.Issuer = issuer.Text;
                end = AfterDefinedAbbreviation(n, f, issuer.End);
            }
        }
        if (draft.Date is null && IssuedOnAfterIssuer(view, end) is { } issuedOn)
        {
            draft.Date = issuedOn.Value;
            end = issuedOn.End;
        }
        if (draft.Issuer is null && jurisdiction is not null) draft.Issuer = codeIssuer + " " + jurisdiction;
        draft.End = end;
        draft.ScopeEnd = end;

        ReadSubject(view, draft, end);
        if (draft.Date is null && SignedAfterQuotedSubject(f, end) is { } signed) draft.Date = signed;
        if (draft.Date is null && draft.ScopeEnd > end)
        {
            var issued = IssuedOnInSubject().Match(f, end, draft.ScopeEnd - end);
            if (issued.Success && DateParser.ParseAt(f, issued.Index + issued.Length) is { } late) draft.Date = late.Value;
            else if (DatedBeforeIssuer(view, draft, end, draft.ScopeEnd) is { } dated) draft.Date = dated;
        }
    }

    // "của Bộ Giáo dục và Đào tạo (GDĐT) ngày 05 tháng 02 năm 2026" (ka-012): the text defines the issuer's abbreviation
    // for its later mentions ("Bộ GDĐT"); the date after it is still the document's. Capitals only, as short as codes are.
    private const int MaxAbbreviation = 10;

    private static int AfterDefinedAbbreviation(string n, string f, int end)
    {
        if (end + 3 >= n.Length || n[end] != ' ' || n[end + 1] != '(') return end;
        var close = n.IndexOf(')', end + 2, Math.Min(MaxAbbreviation + 1, n.Length - end - 2));
        if (close < end + 4) return end;
        foreach (var c in n.AsSpan(end + 2, close - end - 2))
            if (!char.IsUpper(c) && c != '&') return end;
        return DateLead().IsMatch(f, close + 1) ? close + 1 : end;
    }

    // "Quy định 296-QĐ/TW (sau đây gọi là Quy định 296) ngày 30/5/2025" (la-003, news): the text names the document's
    // short form for its later mentions; the date after the bracket is still the document's. The short form inside is
    // cited in its own right, so the citation's span stops before the bracket.
    [GeneratedRegex(@"\G\x20\(sau day (?:goi tat la|goi la|viet tat la)\x20[^()\n]{1,60}\)(?=\x20ngay\x20?\d)", RegexOptions.CultureInvariant)]
    private static partial Regex DefinedShortName();

    private static DateValue? DatedAfterDefinedShortName(string f, int end) =>
        end + 2 < f.Length && f[end + 1] == '(' && DefinedShortName().Match(f, end) is { Success: true } m
            && DateParser.ParseAt(f, m.Index + m.Length + 1) is { } date ? date.Value : null;

    // "công văn 327 “V/v làm rõ một số nội dung trong các bài viết của báo Tiền Phong” do ông Doãn Hữu Long giám đốc Sở Y tế
    // Đắk Lắk (SYT) ký ngày 22/2/2017" (ka-022): the letter's own quoted subject line, then who signed it and when; the
    // signing dates it as "ký ngày" right after a number does. Within the sentence only.
    [GeneratedRegex(@"\G\x20""v/v\x20[^""\n]{1,300}""\x20do\x20[^.;:""\n]{1,120}?\x20ky\x20(?=ngay\x20?\d)", RegexOptions.CultureInvariant)]
    private static partial Regex QuotedSubjectSignedBy();

    private static DateValue? SignedAfterQuotedSubject(string f, int end)
    {
        if (end + 2 >= f.Length || f[end + 1] != '"') return null;
        var m = QuotedSubjectSignedBy().Match(f, end);
        return m.Success && DateParser.ParseAt(f, m.Index + m.Length) is { } date ? date.Value : null;
    }

    // "Nghị quyết 101/2025/UBTVQH15 hướng dẫn tổ chức hội nghị cử tri, … ở thôn, tổ dân phố ngày 26/9/2025 của Ủy ban
    // Thường vụ Quốc hội" (it-036, news): the subject written between the number and its date, the date then followed by
    // the body that issued it, is the document's date (tests/corpus/README.md, decided with the it- batch). Only a whole
    // date, the first in the subject, not one of an event ("từ ngày", "vào ngày", "họp ngày"), with "của" and a body's
    // name right after it, and of the year the symbol writes where it writes one.
    private DateValue? DatedBeforeIssuer(TextView view, CitationDraft draft, int start, int scopeEnd)
    {
        var (n, f) = (view.Normalized, view.Folded);
        var at = f.IndexOf(" ngay ", start, scopeEnd - start, StringComparison.Ordinal);
        if (at <= start || at + 6 >= f.Length || !char.IsAsciiDigit(f[at + 6])) return null;
        var wordStart = f.LastIndexOf(' ', at - 1, at - start) + 1;
        if (wordStart <= start || EventWords.Contains(f[wordStart..at])) return null;
        // "… của Nghị định số 118/2025/NĐ-CP ngày 09/6/2025 của Chính phủ": a date after another document named in the
        // subject is that document's.
        var before = n.AsSpan(start, at - start);
        if (before.Contains('/') || before.ContainsAny(TypeInitials) && NamesAnotherDocument(before)) return null;
        if (DateParser.ParseAt(f, at + 1) is not { Value: { IsComplete: true } value } date) return null;
        if (draft.Symbol?.Year is { } year && value.Year != year) return null;
        var lead = IssuerLead().Match(f, date.End);
        if (!lead.Success || lead.Index + lead.Length >= n.Length || !char.IsUpper(n[lead.Index + lead.Length])) return null;
        return _issuers.Read(n, f, lead.Index + lead.Length) is null ? null : value;
    }

    private static readonly System.Buffers.SearchValues<char> TypeInitials = System.Buffers.SearchValues.Create("LNQTCHPB");

    // A law, code or other document named with its capitalized type word inside the subject ("hướng dẫn thi hành Luật
    // Đất đai ngày 29/11/2013 của Quốc hội"): the date may be that one's.
    private static bool NamesAnotherDocument(ReadOnlySpan<char> subject)
    {
        foreach (var type in NamedTypes)
            if (subject.Contains(type, StringComparison.Ordinal)) return true;
        return false;
    }

    private static readonly string[] NamedTypes = ["Luật ", "Bộ luật", "Pháp lệnh", "Hiến pháp", "Nghị quyết", "Nghị định", "Quyết định", "Chỉ thị", "Thông tư", "Kết luận", "Kế hoạch", "Quy định", "Chương trình"];

    // The words before "ngày" that make the date an event's, not the document's.
    private static readonly HashSet<string> EventWords = new(StringComparer.Ordinal) { "tu", "den", "vao", "luc", "hop", "ra", "truoc", "sau", "toi" };

    [GeneratedRegex(@"\G\x20nam\x20(?<y>(?:19|20)\d{2})(?=,?\x20ngay\x20?\d)", RegexOptions.CultureInvariant)]
    private static partial Regex YearBeforeDate();

    // " năm 2025, ngày 29/4/2025": the year, then a whole date in that year; the date and where it ends.
    private static (DateValue Value, int End)? YearThenDate(string f, int end)
    {
        var y = YearBeforeDate().Match(f, end);
        if (!y.Success) return null;
        var at = f.IndexOf("ngay", y.Index + y.Length, StringComparison.Ordinal);
        return DateParser.ParseAt(f, at) is { } date && date.Value.Year == int.Parse(y.Groups["y"].ValueSpan) ? date : null;
    }

    // Capitalized words (a place's name, up to four), a comma, then "ngày" and a whole date.
    private static (DateValue Value, int End)? PlaceBeforeDate(TextView view, int end)
    {
        var (n, f) = (view.Normalized, view.Folded);
        var nameEnd = PlaceNameEnd(n, end);
        if (nameEnd <= end + 1 || nameEnd >= n.Length || n[nameEnd] != ',' || !f.AsSpan(nameEnd).StartsWith(", ngay ")) return null;
        return DateParser.ParseAt(f, nameEnd + 2) is { } date && date.Value.IsComplete ? date : null;
    }

    // Up to four capitalized words after a jurisdiction word ("huyện Thái Thụy"); the position after them.
    private static int PlaceNameEnd(string n, int position)
    {
        var cursor = new WordCursor(n, position);
        var end = position;
        for (var words = 0; words < 4 && cursor.Next(out var s, out var e); words++)
        {
            if (!char.IsUpper(n[s])) break;
            var core = e;
            while (core > s && n[core - 1] is ',' or ';' or '.' or ':' or ')') core--;
            if (core == s) break;
            end = core;
            if (core < e) break;
        }
        return end;
    }

    private void ReadSubject(TextView view, CitationDraft draft, int end)
    {
        var (f, n) = (view.Folded, view.Normalized);
        var s = SubjectLead().Match(f, end);
        if (s.Success)
        {
            var subjectStart = s.Index + s.Length;
            var subjectEnd = NextClauseStart(view, subjectStart, ClauseEnd(n, subjectStart));
            // "về “Đẩy mạnh học tập ...” và nghị quyết ...": a quoted subject ends with its quote.
            if (subjectStart < n.Length && f[subjectStart] == '"')
            {
                var close = f.IndexOf('"', subjectStart + 1, Math.Max(0, subjectEnd - subjectStart - 1));
                if (close > 0) subjectEnd = close + 1;
            }
            else if (QuoteClosingAround(view, draft.Start, subjectStart, subjectEnd) is { } closing) subjectEnd = closing;
            draft.Subject = n[subjectStart..subjectEnd].TrimEnd(' ', ',', '…');
            draft.ScopeEnd = subjectEnd;
        }
        else if (end + 1 < n.Length && n[end] == ' ' && char.IsLower(n[end + 1]) && !f.AsSpan(end).StartsWith(" va "))
        {
            // "Nghị định số 91/2017/NĐ-CP ... của Chính phủ quy định chi tiết thi hành ...": a description that
            // runs on without "về" is the subject too, up to the clause end or a following "và", save the "và" of a
            // decree's own description ("quy định chi tiết một số điều và biện pháp thi hành Luật …", mt-012;
            // phrases.json descriptionGoesOnAfterAnd); "… và căn cứ …", "… và thông tư số …" end it.
            var descriptionEnd = NextClauseStart(view, end + 1, ClauseEnd(n, end + 1));
            // "Nghị định số 152/2025/NĐ-CP của Chính phủ quy định về phân cấp …; quy định chi tiết và hướng dẫn thi hành
            // một số điều của Luật Thi đua, khen thưởng;" (mv-001): a decree's own title may hold a ";", after which
            // its next part opens in lower case with the same kind of verb; a capital or "căn cứ" opens the next item.
            // Two parts at most after the first: the longest such titles have three.
            for (var k = 0; k < 2 && FoldedWords.AnyAt(f, end + 1, _titlePartVerbs) && ContinuedAfterSemicolon(view, descriptionEnd) is { } next; k++)
                descriptionEnd = NextClauseStart(view, next, ClauseEnd(n, next));
            for (var and = f.IndexOf(" va ", end, descriptionEnd - end, StringComparison.Ordinal); and >= 0;
                 and = f.IndexOf(" va ", and + 4, descriptionEnd - and - 4, StringComparison.Ordinal))
            {
                if (GoesOnAfterAnd(f, and) || InsideQuote(n, end + 1, and)) continue;
                descriptionEnd = and;
                break;
            }
            if (QuoteClosingAround(view, draft.Start, end + 1, descriptionEnd) is { } closing) descriptionEnd = closing;
            draft.Subject = n[(end + 1)..descriptionEnd].TrimEnd(' ', ',', '…');
            draft.ScopeEnd = descriptionEnd;
        }
    }

    // Where the description goes on after the ";" at <paramref name="at"/>: past the line's break and a copy's emphasis
    // marks (a few characters: "; *\n", ";**\n"), a part of descriptionGoesOnAfterSemicolon in lower case; else null.
    private int? ContinuedAfterSemicolon(TextView view, int at)
    {
        var (n, f) = (view.Normalized, view.Folded);
        if (at >= n.Length || n[at] != ';') return null;
        var next = at + 1;
        while (next < n.Length && next - at <= 6 && (n[next] is ' ' or '\n' or '\r' or '*' or '_')) next++;
        if (next >= n.Length || !char.IsLower(n[next])) return null;
        return FoldedWords.AnyAt(f, next, _descriptionGoesOnAfterSemicolon) ? next : null;
    }

    // "phê duyệt Đề án “Phát triển ứng dụng dữ liệu về dân cư, định danh và xác thực điện tử …”" (lq-cong-an-lam-dong-ttr-
    // 2025-233-ocr): a "và" inside a quote the description opened is the quoted name's.
    private static bool InsideQuote(string n, int start, int at)
    {
        var span = n.AsSpan(start, at - start);
        return span.Count('“') > span.Count('”') || span.Count('"') % 2 == 1;
    }

    private bool GoesOnAfterAnd(string f, int and) => FoldedWords.AnyAt(f, and, _descriptionGoesOn);

    // "“Kế hoạch triển khai Quyết định 505 ngày 22/4/2022 của Thủ tướng Chính phủ về Ngày Chuyển đổi số quốc gia năm
    // 2025” đã được Bộ KH&CN phê duyệt." (mg-017): a citation inside a quoted name; its subject ends where that quote
    // does. Only where a quote opened before the citation on its line is still open: then at the first closing quote
    // with no opening one before it in the subject ("… Đề án “Đo lường …”" keeps its own), or, for straight quotes, which
    // do not say which way they face, at the last one of an odd count ('… phong tặng danh hiệu "Nghệ sĩ nhân dân""').
    // A scan's "”" printed for both quotes ("Hội thi ”Giáo viên dạy giỏi”", the review's) opens none before the citation.
    // The closing quote's index, or null.
    private static int? QuoteClosingAround(TextView view, int citationStart, int subjectStart, int subjectEnd)
    {
        var n = view.Normalized;
        var lineStart = Math.Min(view.LineStartOf(citationStart), citationStart);
        var before = n.AsSpan(lineStart, citationStart - lineStart);
        var curlyOpen = before.Count('“') > before.Count('”');
        var straightOpen = before.Count('"') % 2 == 1;
        if (!curlyOpen && !straightOpen) return null;
        var depth = 0;
        int straight = 0, lastStraight = -1;
        for (var i = subjectStart; i < subjectEnd; i++)
        {
            switch (n[i])
            {
                case '“': depth++; break;
                case '”' when depth == 0 && curlyOpen: return i;
                case '”': depth = Math.Max(0, depth - 1); break;
                case '"': straight++; lastStraight = i; break;
            }
        }
        return straightOpen && straight % 2 == 1 ? lastStraight : null;
    }

    /// <summary>
    /// Reads a date right after a citation by name, extending it ("Luật ... ngày 26/11/2003"), or written after the body
    /// that passed or issued it ("… được Quốc hội khóa XV thông qua ngày 10-11-2022").
    /// </summary>
    public void ReadDate(TextView view, CitationDraft draft)
    {
        if (draft.Date is not null) return;
        var d = DateLeadAt(view.Folded, draft.End);
        var date = d.Success ? DateParser.ParseAt(view.Folded, d.Index + d.Length) : null;
        date ??= IssuedOnAfterIssuer(view, draft.End);
        if (date is not { } found) return;
        draft.Date = found.Value;
        draft.End = found.End;
    }

    // "Quyết định số 2540/QĐ-TTg Thủ tướng Chính phủ ban hành ngày 30-12-2016", "Pháp lệnh Cựu chiến binh … được Ủy ban
    // thường vụ Quốc hội ban hành ngày 07/10/2005", "Luật … được Quốc hội khóa XV thông qua ngày 10-11-2022": the date
    // written after the body with its issuing or passing verb is the document's (tests/corpus/README.md, id- and if-
    // rules); an effective date ("có hiệu lực từ ngày") has no such verb.
    private (DateValue Value, int End)? IssuedOnAfterIssuer(TextView view, int end)
    {
        var (n, f) = (view.Normalized, view.Folded);
        // Most citations have no such date: no "ngày" within a name's and a verb's reach, nothing read.
        if (end >= f.Length || f.AsSpan(end, Math.Min(f.Length - end, MaxIssuedOnReach)).IndexOf("ngay", StringComparison.Ordinal) < 0) return null;
        var lead = IssuerBeforeVerb().Match(f, end);
        if (!lead.Success) return null;
        var at = lead.Index + lead.Length;
        if (at >= n.Length || !char.IsUpper(n[at]) || _issuers.Read(n, f, at) is not { } issuer) return null;
        var verb = IssuingVerbThenDate().Match(f, issuer.End);
        if (!verb.Success) return null;
        return DateParser.ParseAt(f, verb.Index + verb.Length) is { } date ? (date.Value, date.End) : null;
    }

    // A body's name (IssuerReader reads fourteen words at most) and its verb.
    private const int MaxIssuedOnReach = 160;

    [GeneratedRegex(@"\G,?\x20(?:(?:da\x20)?duoc\x20|do\x20)?", RegexOptions.CultureInvariant)]
    private static partial Regex IssuerBeforeVerb();

    [GeneratedRegex(@"\G\x20(?:da\x20)?(?:chinh thuc\x20)?(?:ky ban hanh|ban hanh|thong qua|ky)\x20(?:vao\x20)?(?=ngay\x20?\d)", RegexOptions.CultureInvariant)]
    private static partial Regex IssuingVerbThenDate();

    // "… của Ban Chỉ đạo tỉnh về phòng, chống dịch, Ban Chỉ đạo huyện đã ban hành Kế hoạch …": after a comma, a body
    // (a capital) and its own verb of issuing open a clause of their own; the subject ended at the comma, and what that
    // clause reports issued is no part of it. Only a reporting verb marks the new clause: a capital after a comma is
    // common inside names ("Luật Thi đua, Khen thưởng").
    private int NextClauseStart(TextView view, int start, int end)
    {
        var (n, f) = (view.Normalized, view.Folded);
        for (var comma = n.IndexOf(", ", start, end - start, StringComparison.Ordinal); comma >= 0 && comma + 2 < end;
             comma = n.IndexOf(", ", comma + 1, end - comma - 1, StringComparison.Ordinal))
        {
            if (!char.IsUpper(n[comma + 2])) continue;
            // The new clause's verb stands within the body's name (IssuerReader's reach), before the next comma.
            var reach = Math.Min(end, comma + 2 + MaxIssuedOnReach);
            var next = n.IndexOf(',', comma + 2, reach - comma - 2);
            var clause = f.AsSpan(comma + 1, (next < 0 ? reach : next) - comma - 1);
            foreach (var verb in _reportedIssuing)
                if (clause.Contains(verb, StringComparison.Ordinal)) return comma;
        }
        return end;
    }

    /// <summary>End of a subject clause: a semicolon, a full stop that ends a sentence, or a length cap.</summary>
    internal static int ClauseEnd(string n, int start)
    {
        var limit = Math.Min(n.Length, start + MaxSubjectChars);
        for (var k = start; k < limit; k++)
        {
            var c = n[k];
            if (c == ';' || c == '…') return k;
            if (c == '.' && (k + 1 >= n.Length || n[k + 1] == ' ' || n[k + 1] == '/')) return k;
            if (c == ':' && k + 1 < n.Length && n[k + 1] == ' ') return k;
        }
        return limit;
    }
}
