using Ingest.Indexer.Parsing.Dates;
using Ingest.Indexer.Parsing.Tables;
using Ingest.Indexer.Text;

namespace Ingest.Indexer.Parsing.Citations;

/// <summary>
/// Gives a numbered citation with no date of its own the date that opens its clause, as reports tell when a body
/// issued a document: "Ngày 18/3/2022, Chủ tịch UBND tỉnh ban hành Quyết định số 969/QĐ-UBND", "..., ngày
/// 13/5/2011, Ủy ban nhân dân huyện đã ban hành Kế hoạch số 42/KH-UBND". Only where the clause reads date, issuer,
/// issuing verb, citation, with nothing else between. Pure and thread-safe.
/// </summary>
internal sealed partial class LeadDateReader
{
    // How far before the citation the opening date may stand: a date, a body's name and its signer, some twenty words.
    private const int MaxReach = 180;
    private const int MaxIssuerWords = 24;
    private readonly (string Folded, string Spelling)[] _verbs;
    private readonly string[] _leads;
    private readonly string[] _tails;

    public LeadDateReader(DomainTables tables)
    {
        _verbs = (tables.Phrases.IssuingVerbs ?? []).Select(v => (" " + TextFolding.FoldLoose(v) + " ", v))
            .OrderByDescending(v => v.Item1.Length).ToArray();
        _leads = (tables.Phrases.DateClauseLeads ?? []).Select(TextFolding.FoldLoose).OrderByDescending(v => v.Length).ToArray();
        _tails = (tables.Phrases.DateClauseTails ?? []).Select(v => " " + TextFolding.FoldLoose(v)).OrderByDescending(v => v.Length).ToArray();
    }

    /// <summary>Fills the date of each draft (ordered by position) that a clause-opening date belongs to.</summary>
    public void Attach(TextView view, List<CitationDraft> drafts)
    {
        var previousEnd = 0;
        CitationDraft? previous = null;
        var previousNumberedEnd = 0;
        var previousDatedByClause = false;
        foreach (var d in drafts)
        {
            var undated = d.Date is null;
            // "Ngày 18-10-2005 Nhà nước … ban hành Pháp lệnh Cựu chiến binh": a document issued by name is dated by the
            // clause as a numbered one is (tests/corpus/README.md, sentence-opening dates).
            if (d.Date is null && (d.IsNumbered || d.Name is not null)
                && (VerbStart(view, CountedStart(view.Folded, d.Start)) ?? (d.IsNumbered ? VerbBeforeNaming(view, d) : null)) is { } verb)
            {
                var from = Math.Max(previousEnd, verb - MaxReach);
                if (OpeningDate(view, from, verb) is { } date) d.Date = date.Value;
                else if (previous is not null) TakeBack(view, previous, d, verb);
            }
            else if (d.Date is null && previous is { Date: { } shared, IsNumbered: true } && previousDatedByClause && d.IsNumbered
                && ListedAfter(view.Folded, previous.End, d.Start))
            {
                // "Ngày 10/2/2022, Ủy ban nhân dân huyện Hàm Yên vừa ban hành 3 Quyết định (308/QĐ-UBND, 309/QĐ-UBND,
                // 310/QĐ-UBND)" (jy-003): the verb issues every number of the list, and its clause's date dates each.
                d.Date = shared;
            }
            else if (d.Date is null && d.IsNumbered && DateBeforeIn(view, d.Start, previousEnd) is { } saidOn)
            {
                // "Ngày 22/10/2025, tại Thông báo số 569/TB-VPCP của Văn phòng Chính phủ, Phó Thủ tướng … giao …" (mr-001),
                // "Ngày 10/10/2024, tại Công văn số 2294/CTVPH-HKDCN của Cục Thuế tỉnh Vĩnh Phúc … trả lời …" (mq-016): what
                // the document says is told as said on the clause's opening day, the day it was issued (tests/corpus/README.md,
                // settled in the thirty-eighth session).
                d.Date = saidOn;
            }
            else if (d.Date is null && d.IsNumbered && VerbBeforeApposition(view, d.Start, previousNumberedEnd) is { } issued)
            {
                // A document named by name inside the issued thing's description ("văn bản hướng dẫn Luật Công chứng")
                // is no second numbered citation: only numbered ones before bound the clause.
                var from = Math.Max(previousNumberedEnd, issued - MaxReach);
                if (OpeningDate(view, from, issued) is { } date) d.Date = date.Value;
            }
            previousDatedByClause = undated && d.Date is not null;
            previousEnd = Math.Max(previousEnd, d.End);
            previous = d;
            if (d.IsNumbered) previousNumberedEnd = Math.Max(previousNumberedEnd, d.End);
        }
    }

    // "Để thực hiện Nghị quyết 29 của Trung ương, ngày 28/11/2014, Quốc hội đã ban hành Nghị quyết số 88/2014/QH13" (ip-026):
    // the date the citation before read as its own tail opens the next clause, in which a body issues the next document;
    // it is that document's date (the `ip-` rule), and the citation before ends where the date's clause begins.
    private void TakeBack(TextView view, CitationDraft before, CitationDraft d, int verb)
    {
        if (before.Date is not { } taken || before.End <= before.Start) return;
        var from = Math.Max(before.Start + 1, verb - MaxReach);
        if (OpeningDate(view, from, verb) is not { } date || date.At >= before.End || date.Value != taken) return;
        var cut = date.At;
        while (cut > before.Start && view.Normalized[cut - 1] is ' ' or ',') cut--;
        before.Date = null;
        before.End = cut;
        if (before.ScopeEnd > cut) before.ScopeEnd = cut;
        d.Date = date.Value;
    }

    /// <summary>The clause-opening date of a citation starting at normalized <paramref name="start"/>, or null.</summary>
    public DateValue? DateBefore(TextView view, int start) =>
        VerbStart(view, start) is { } verb ? OpeningDate(view, Math.Max(0, verb - MaxReach), verb)?.Value : null;

    /// <summary>
    /// Whether the clause of a citation starting at <paramref name="start"/> opens with the day of the act and no year
    /// ("Sáng 12/6, Quốc hội thông qua Nghị quyết về …", kk-021; "Ngày 10-12, UBND TPHCM có thông báo …", ku-051), then
    /// only the body and its issuing verb: a news report of a past act, as a whole date opens one, though it dates nothing
    /// (tests/corpus/README.md: a day and month with no year is no date).
    /// </summary>
    public bool OpensWithDayBefore(TextView view, int start)
    {
        if (VerbStart(view, start) is not { } verb) return false;
        var f = view.Folded;
        var from = Math.Max(0, verb - MaxReach);
        foreach (var word in DayWords)
        {
            var at = f.LastIndexOf(word, verb - 1, verb - from, StringComparison.Ordinal);
            if (at < 0 || at > 0 && char.IsAsciiLetter(f[at - 1]) || !view.IsLineStart(at) && !OpensClause(view, at)) continue;
            // "ngày" is read with its date; "sáng", "chiều", "trưa", "tối" (the part of the day) stand before it.
            var dateAt = word == "ngay " ? at : at + word.Length;
            if (DateParser.ParseAt(f, dateAt, allowMissingYear: true) is { Value.Year: null, Value.Day: not null } day
                && OnlyIssuerBetween(view.Normalized, f, day.End, verb)) return true;
        }
        return false;
    }

    private static readonly string[] DayWords = ["ngay ", "sang ", "chieu ", "trua ", "toi "];

    // The whole date that opens the clause and stands right before ", tại" and the citation; or null.
    private DateValue? DateBeforeIn(TextView view, int start, int from)
    {
        var f = view.Folded;
        const string In = ", tai ";
        if (start < In.Length || !f.AsSpan(0, start).EndsWith(In, StringComparison.Ordinal)) return null;
        var comma = start - In.Length;
        from = Math.Max(from, comma - 40);
        var at = comma > from ? f.LastIndexOf("ngay ", comma - 1, comma - from, StringComparison.Ordinal) : -1;
        if (at < 0 || at > 0 && char.IsAsciiLetter(f[at - 1]) || !view.IsLineStart(at) && !OpensClause(view, at)) return null;
        return DateParser.ParseAt(f, at) is { Value: { IsComplete: true } value } date && date.End == comma ? value : null;
    }

    // "vừa ban hành 3 Quyết định (308/QĐ-UBND, …)" (jy-003): a count of the documents issued stands between the verb and
    // the type word; where the verb would end, before a count of one or two digits, or start itself.
    private static int CountedStart(string f, int start)
    {
        if (start < 3 || f[start - 1] != ' ') return start;
        var k = start - 2;
        var digits = 0;
        while (k >= 0 && char.IsAsciiDigit(f[k]) && digits < 3) (k, digits) = (k - 1, digits + 1);
        return digits is 1 or 2 && k >= 0 && f[k] == ' ' ? k + 1 : start;
    }

    // Only a comma between a numbered citation and the next number: "308/QĐ-UBND, 309/QĐ-UBND" is one list.
    private static bool ListedAfter(string f, int end, int start) =>
        start > end && start - end <= 3 && f.AsSpan(end, start - end).Trim(' ') is "," && char.IsAsciiDigit(f[start]);

    // Where " ban hành " (or " đã ban hành ", " có ", " ký ") stands right before the citation's type word: the
    // space that opens it.
    // The verb's marks as written must be the verb's: "thi hành kỷ luật số 355/QĐNS/TW" folds "kỷ" to "ký" (signs).
    private int? VerbStart(TextView view, int start)
    {
        var f = view.Folded;
        if (start < 1 || f[start - 1] != ' ') return null;
        var before = f.AsSpan(0, start);
        foreach (var (v, spelling) in _verbs)
        {
            if (!before.EndsWith(v)) continue;
            var at = start - v.Length;
            if (!WrittenMarks.Agree(view.Normalized, at + 1, v.Length - 2, spelling)) continue;
            var verb = at >= 3 && f.AsSpan(at - 3, 3).SequenceEqual(" da") ? at - 3 : at;
            return NamesAnAct(view, verb) ? null : verb;
        }
        return null;
    }

    // "… triển khai thực hiện quyết định 217 về ban hành quy chế giám sát …" (jl-059): after "về" or "việc" the verb is
    // the subject of another document, the act it names, not an act the clause reports. The marks as written decide:
    // "Cục Cảnh vệ ban hành …" folds to the same " ve".
    private static bool NamesAnAct(TextView view, int verb) => WordBefore(view, verb, "ve", "về") || WordBefore(view, verb, "viec", "việc");

    private static bool WordBefore(TextView view, int verb, string folded, string spelling)
    {
        var at = verb - folded.Length;
        return at >= 0 && (at == 0 || view.Folded[at - 1] == ' ') && view.Folded.AsSpan(at, folded.Length).SequenceEqual(folded)
            && WrittenMarks.Agree(view.Normalized, at, folded.Length, spelling);
    }

    // "ngày 13/5/2016, Bộ Giáo dục và Đào tạo đã có Công văn gửi các Bộ, ngành … về việc tổ chức thi thăng hạng năm 2016
    // (Công văn số 2102/BGDĐT-NGCBQLCSGD)" (ik-006): a document named by its type and subject, its number restated in
    // brackets after the subject, is one citation, dated by the clause in which the body issues it (tests/corpus/README.md,
    // the ik- rule, as the if- rule reads "phê duyệt Kế hoạch kiểm tra … (Kế hoạch số 1092/QĐ-CQLTT …)"). Where the
    // bracketed citation's own type word was named earlier in the same clause right after an issuing verb: that verb.
    private int? VerbBeforeNaming(TextView view, CitationDraft d)
    {
        var f = view.Folded;
        var k = d.Start - 1;
        while (k >= 0 && f[k] == ' ') k--;
        if (k < 1 || f[k] != '(') return null;
        var name = TextFolding.FoldLoose(d.Type.Name);
        if (!f.AsSpan(d.Start).StartsWith(name, StringComparison.Ordinal)) return null;
        var from = Math.Max(0, k - MaxSubjectReach);
        for (var at = f.LastIndexOf(name, k - 1, k - from, StringComparison.Ordinal); at > from;
             at = at - 1 > from ? f.LastIndexOf(name, at - 1, at - 1 - from, StringComparison.Ordinal) : -1)
        {
            if (f[at - 1] != ' ' || at + name.Length >= k || f[at + name.Length] != ' ') continue;
            // Only inside the same clause: no sentence's or list's stop between the naming and the bracket.
            if (f.AsSpan(at, k - at).IndexOfAny(';', '(', ')') >= 0 || f.AsSpan(at, k - at).IndexOf(". ", StringComparison.Ordinal) >= 0) return null;
            return VerbStart(view, at);
        }
        return null;
    }

    // "Ngày 15/05/2025, Chính phủ vừa mới ban hành văn bản hướng dẫn Luật Công chứng mới nhất 2025 là Nghị định
    // 104/2025/NĐ-CP quy định chi tiết …" (in-003): the verb issues a thing described in general words, and "là" names
    // it by its number (tests/corpus/README.md, the in- rule: "là" names the document the verb issues). The verb that
    // opens the description, when the citation follows " là " and the description between them has no stop, comma,
    // bracket, quote or numbered citation (a comma would let "là" belong to another noun: "…, trong đó trọng tâm là").
    private int? VerbBeforeApposition(TextView view, int start, int notBefore)
    {
        var f = view.Folded;
        const string copula = " la ";
        if (start < copula.Length || !f.AsSpan(0, start).EndsWith(copula) || view.Normalized[start - 2] is not ('à' or 'À')) return null;
        var end = start - copula.Length;
        var from = Math.Max(notBefore, end - MaxDescriptionReach);
        var best = -1;
        foreach (var (v, spelling) in _verbs)
        {
            var at = f.LastIndexOf(v, end - 1, end - from, StringComparison.Ordinal);
            if (at < 0 || at <= best || at + v.Length > end) continue;
            if (!WrittenMarks.Agree(view.Normalized, at + 1, v.Length - 2, spelling)) continue;
            best = at;
        }
        if (best < 0) return null;
        // The verb's object: at least one word before "là", and nothing in it that ends or breaks the clause.
        var verbEnd = _verbs.Where(v => f.AsSpan(best).StartsWith(v.Folded)).Max(v => best + v.Folded.Length);
        if (verbEnd >= end || f.AsSpan(verbEnd, end - verbEnd).IndexOfAny(StopsInDescription) >= 0) return null;
        return best >= 3 && f.AsSpan(best - 3, 3).SequenceEqual(" da") ? best - 3 : best;
    }

    private static readonly System.Buffers.SearchValues<char> StopsInDescription = System.Buffers.SearchValues.Create(".,;:()\"“”\n");

    // How far before "là" the issuing verb may stand: a description of some ten words.
    private const int MaxDescriptionReach = 120;

    // How far the subject of a document named before its bracketed number may run: a long "về việc …" clause.
    private const int MaxSubjectReach = 400;

    // The last "ngày <date>" in [from, verb) that opens a clause and is followed only by a body's name.
    private (DateValue Value, int At)? OpeningDate(TextView view, int from, int verb)
    {
        var (f, n) = (view.Folded, view.Normalized);
        if (from >= verb) return null;
        for (var at = f.LastIndexOf("ngay", verb - 1, verb - from, StringComparison.Ordinal); at >= from;
             at = at > from ? f.LastIndexOf("ngay", at - 1, at - from, StringComparison.Ordinal) : -1)
        {
            // A line's start opens a clause too: "Ngày 30/12/2025, …" under a page's headline, which has no stop.
            // "Hà Nội (TTXVN 6/3) Ngày 3/3/2023, …": a news story opens after its dateline's bracket, with a capital.
            if (!view.IsLineStart(at) && !AfterListMark(view, at) && !OpensClause(view, at) && !(view.Normalized[at] == 'N' && AfterDateline(f, at))) continue;
            if (DateParser.ParseAt(f, at) is not { } date) continue;
            return OnlyIssuerBetween(n, f, date.End, verb) ? (date.Value, at) : null;
        }
        return null;
    }

    // "Ngày 06/01/2023, ..." at the start, or after a sentence's or clause's punctuation, or after a word that leads
    // the clause in ("Vì vậy ngày 23/5/2011, Bộ …", "…, ngay từ ngày 20/6/2020, Bộ Chính trị …").
    private bool OpensClause(TextView view, int at)
    {
        var f = view.Folded;
        if (AfterPunctuation(f, at)) return true;
        var k = at - 1;
        while (k >= 0 && f[k] == ' ') k--;
        var before = f.AsSpan(0, k + 1);
        // "… ký Quyết định số 3928/QĐ-BQP điều chuyển … và ngày 18 tháng 10 năm 2012 Quân ủy Trung ương ký Quyết định số
        // 606-QĐ/ĐU" (is-010): "và" joins a second clause of the same shape, date, body, verb, citation.
        // "… làm việc với Đảng ủy Chính phủ về xây dựng Nghị quyết và đến ngày 22/8/2025, Bộ Chính trị đã ban hành Nghị
        // quyết 71-NQ/TW" (jl-069): "đến" (by then) after "và" leads that second clause in the same way.
        if (before.EndsWith(" va", StringComparison.Ordinal) || before.EndsWith(" va den", StringComparison.Ordinal)) return true;
        foreach (var lead in _leads)
        {
            var start = k + 1 - lead.Length;
            if (before.EndsWith(lead, StringComparison.Ordinal) && (start == 0 || !char.IsLetterOrDigit(f[start - 1])))
                return AfterPunctuation(f, start) || AfterOpeningDateline(view, start);
        }
        return false;
    }

    // "• Ngày 14 tháng 4 năm 1990, Ủy ban Trung ương Mặt trận … ra Quyết định số 51-QĐ/MTTQ" (ii-002), "+ Ngày …": a list
    // item opens its clause as a line's start does; the marks are the list marks of Nơi nhận lists and reports ("-", "+",
    // "•", tests/corpus/README.md, recipients), and a mark counts only where it opens its line.
    private static bool AfterListMark(TextView view, int at)
    {
        var f = view.Folded;
        var k = at - 1;
        while (k >= 0 && f[k] == ' ') k--;
        if (k < 0 || f[k] is not ('•' or '+' or '*' or '–' or '·')) return false;
        var mark = k;
        k--;
        while (k >= 0 && f[k] == ' ') k--;
        return k < 0 || view.IsLineStart(mark) || view.IsLineStart(k + 1);
    }

    // "(CMO) vào ngày 20/2/2022, Ban Chấp hành Đảng bộ tỉnh ban hành Chương trình số 27" (kl-070, Báo Cà Mau): a news
    // agency's tag in brackets that opens its line is a dateline, and the story's first clause opens after it, its lead
    // word in lower case too; a bracket inside a sentence ("(khóa XII) vào ngày …") opens no clause.
    private static bool AfterOpeningDateline(TextView view, int at)
    {
        var k = BracketClosedBefore(view.Folded, at);
        if (k < 1) return false;
        var open = view.Folded.LastIndexOf('(', k - 1, Math.Min(k, 24));
        return open >= 0 && view.IsLineStart(open);
    }

    private static bool AfterDateline(string f, int at) => BracketClosedBefore(f, at) >= 0;

    // Where the ")" stands that closes right before at, spaces between, or -1.
    private static int BracketClosedBefore(string f, int at)
    {
        var k = at - 1;
        while (k >= 0 && f[k] == ' ') k--;
        return k >= 0 && f[k] == ')' ? k : -1;
    }

    private static bool AfterPunctuation(string f, int at)
    {
        var k = at - 1;
        while (k >= 0 && f[k] == ' ') k--;
        // "… đầu mùa khô.[64] Ngày 8 tháng 6 năm 2023, Phó Thủ tướng … đã ký Chỉ thị số 20/CT-TTg" (im-003): an
        // encyclopedia's footnote marks stand between the sentence's full stop and the next sentence.
        while (k >= 2 && f[k] == ']')
        {
            var open = k - 1;
            while (open > 0 && char.IsAsciiDigit(f[open]) && k - open <= 4) open--;
            if (open == k - 1 && EditLinksBefore(f, k) is { } links) open = links;
            else if (open == k - 1 || f[open] != '[') break;
            k = open - 1;
        }
        return k < 0 || f[k] is ',' or '.' or ';' or ':' or '-' or '(' || OpeningQuote(f, at);
    }

    // "[sửa | sửa mã nguồn]Ngày 13 tháng 7 năm 1977, Ủy ban Thường vụ Quốc hội khóa VI ra Quyết định số 96 NQ/QHK6" (jd-022):
    // an encyclopedia's edit links under a section heading open the section's first sentence, as a footnote mark ends
    // the one before; where their bracket opens, or null.
    private static int? EditLinksBefore(string f, int close)
    {
        var open = f.LastIndexOf('[', close, Math.Min(close + 1, 24));
        return open >= 0 && f.AsSpan(open, close - open).Contains(" | ", StringComparison.Ordinal) ? open : null;
    }

    // "\"Ngày 20 tháng 7 năm 2005, Bộ Chính trị (khoá IX) đã ra Nghị quyết 51/NQ-TW\"" (in- batch): a quotation opens a clause.
    // A quote glued to the date's word and standing after a space or a stop opens; one after a word ("Đề án \"…\" ngày")
    // closes a name, and the date after it is that name's.
    private static bool OpeningQuote(string f, int at)
    {
        var q = at - 1;
        if (q < 0 || f[q] is not ('"' or '“' or '‘' or '«')) return false;
        return q == 0 || f[q - 1] is ' ' or '.' or ',' or ';' or ':' or '(' || f[q] is '“' or '‘' or '«';
    }

    // ", UBND phường Long Anh", " Quận ủy", ", Sở Văn hóa, Thể thao và Du lịch", ", Tổng Bí thư ..., thay mặt Ban Chấp
    // hành Trung ương,", ", thừa lệnh Chủ tịch UBND tỉnh, Phó Chánh Văn phòng ...": the body or its signer, named
    // with the commas of a name or of the formula a signer signs under (Nghị định 30/2020/NĐ-CP: thay mặt, thừa
    // lệnh, thừa ủy quyền, ký thay), no sentence punctuation, a few words.
    private bool OnlyIssuerBetween(string n, string f, int dateEnd, int verb)
    {
        var k = dateEnd;
        // "Ngày 29/7/2022 vừa qua, UBND tỉnh đã ban hành …"
        foreach (var tail in _tails)
            if (f.AsSpan(k).StartsWith(tail, StringComparison.Ordinal) && k + tail.Length < verb && f[k + tail.Length] is ',' or ' ')
            {
                k += tail.Length;
                break;
            }
        // "- Ngày 11/5/2026: HĐND Thành phố ban hành Nghị quyết 19/NQ-HĐND" (il-047 to il-049): a dated line of a
        // chronology puts a colon where a sentence puts its comma (tests/corpus/README.md, decided with the il- batch).
        if (k < verb && f[k] is ',' or ':') k++;
        if (k >= verb || f[k] != ' ') return false;
        k++;
        // "Ngày 20/11/2014, tại kỳ họp thứ 8, Quốc hội khóa XIII đã thông qua Luật …": the session where a council
        // adopts it stands between the date and the body.
        if (Session().Match(f, k) is { Success: true } session && session.Index + session.Length < verb) k = session.Index + session.Length;
        if (k >= verb || !(char.IsUpper(n[k]) || SignsFor(f, k))) return false;
        var words = 1;
        var asides = 0;
        for (var i = k; i < verb; i++)
        {
            var c = f[i];
            // "Ban Chấp hành Đảng bộ Thành phố khóa XVIII (nhiệm kỳ 2025-2030) có Nghị quyết" (il-008), "Ủy ban Trung ương
            // Mặt trận Tổ quốc Việt Nam (MTTQVN) ra Quyết định" (ii-002): a body's name carries its term or its
            // abbreviation in brackets; one such short aside is part of the name.
            if (c == '(' && asides++ == 0 && AsideEnd(f, i, verb) is { } close)
            {
                i = close;
                continue;
            }
            // "Hội đồng nhân dân TP.HCM ban hành Nghị quyết số 56/2025/NQ-HĐND" (jz-038): a dot between two letters
            // abbreviates a name ("TP." for thành phố); a sentence's stop has a space after it.
            if (c == '.' && char.IsAsciiLetter(f[i - 1]) && char.IsAsciiLetter(f[i + 1])) continue;
            if (c is '.' or ';' or ':' or '(' or ')' or '"') return false;
            if (c == ' ' && ++words > MaxIssuerWords) return false;
        }
        return true;
    }

    // The closing bracket of a short aside opened at open (a few words, no stop, no quote), before limit; or null.
    private static int? AsideEnd(string f, int open, int limit)
    {
        var end = Math.Min(limit, open + MaxAsideChars);
        for (var i = open + 1; i < end; i++)
        {
            var c = f[i];
            if (c == ')') return i > open + 1 ? i : null;
            if (c is '.' or ';' or ':' or '(' or '"' or ',') return null;
        }
        return null;
    }

    private const int MaxAsideChars = 40;

    [System.Text.RegularExpressions.GeneratedRegex(@"\Gtai\x20ky\x20hop\x20(?:thu\x20)?[a-z0-9]+(?:\x20bat thuong)?,\x20", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex Session();

    // "Ngày 1/7/2022, đồng chí Võ Văn Thưởng, … thay mặt Bộ Chính trị ký ban hành Chỉ thị …" (iy-016): a Party paper names
    // the signer as "đồng chí" (comrade) before the name, in lower case inside the sentence.
    private static readonly string[] SigningFormulas = ["thay mat ", "thua lenh ", "thua uy quyen ", "ky thay ", "dong chi "];

    private static bool SignsFor(string f, int at) =>
        SigningFormulas.Any(s => f.AsSpan(at).StartsWith(s, StringComparison.Ordinal));
}
