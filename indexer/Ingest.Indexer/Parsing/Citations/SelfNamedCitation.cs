using System.Buffers;
using Ingest.Indexer.Model;
using Ingest.Indexer.Parsing.Recipients;
using Ingest.Indexer.Parsing.Tables;
using Ingest.Indexer.Text;

namespace Ingest.Indexer.Parsing.Citations;

/// <summary>
/// Where a document whose header gives no number (a portal that prints only the body, a letter copied without its
/// header) names itself, and so gives its own number: that number is the document, never one of its citations.
/// Five ways the text names itself: the source note closing a portal's copy ("(Theo Công văn số 6012/UBND-KT, ngày
/// 14/11/2023)" on the last line); the heading of an annex after the Nơi nhận block ("(Ban hành kèm theo Công
/// văn số ...)", Nghị định 30/2020/NĐ-CP); the first sentence naming a document, when it opens its line or says the
/// document was issued and gives the headline's subject ("Báo cáo số 228/BC-UBND ... về Kết quả ..." under the
/// headline "Báo cáo Kết quả ..."); a number in brackets closing a subject line ("Về việc ... (3585/VP-KTN, ngày
/// 23/10/2017)"), or a page's title line opening with the type ("Kế Hoạch Tham gia … (210/KH-UBND ngày 14/12/2017)").
/// Pure and thread-safe.
/// </summary>
internal sealed class SelfNamedCitation
{
    // Enough of a subject to tell one document from another; shorter ones ("kế hoạch", "công tác") name nothing.
    private const int CompareChars = 40;
    private const int MinSubjectChars = 20;

    private readonly PhraseMatcher _typeWords;
    private readonly DomainTables _tables;

    public SelfNamedCitation(PhraseMatcher typeWords, DomainTables tables) => (_typeWords, _tables) = (typeWords, tables);

    /// <summary>The draft in which the document names itself, or null.</summary>
    public CitationDraft? Find(TextView view, IReadOnlyList<CitationDraft> drafts)
    {
        var f = view.Folded;
        var (headStart, headEnd) = Headline(view, drafts);
        // The list's heading, not "nơi nhận" in a sentence of the body ("giao, nơi nhận vào trang đầu sổ …").
        var receivers = RecipientHeading.FirstIn(view, 0, f.Length);
        // The first sentence outside the headline that names a document: where it ends, once met.
        var firstSentenceEnd = -1;
        var firstNumbered = true;
        foreach (var d in drafts)
        {
            if (d.Symbol is null) continue;
            if (receivers >= 0 && d.Start > receivers && IsAnnexHeading(view, d.Start)) return d;
            // An annex printed without its decision or letter ("Phụ lục I DANH MỤC … / (Ban hành kèm theo Công văn số
            // 1027/CTK-CSCL …)", "QUY ĐỊNH … / (Ban hành kèm theo Quyết định số 63/2010/QĐ-UBND …)"): the heading under
            // its title, before any other number, is the number it bears (corpus README, settled in the eighteenth session).
            // A heading with no title above it is a passage quoted alone, not an annex.
            if (firstNumbered && (receivers < 0 || d.Start < receivers) && IsAnnexHeading(view, d.Start) && TitleAbove(view, d.Start)) return d;
            firstNumbered = false;
            var inHeadline = d.Start >= headStart && d.End <= headEnd;
            if (IsBracketedAfterSubject(view, d.Start) || IsBracketedAfterTitle(view, d) || IsSourceNote(view, d)) return d;
            // Only the first sentence that names a document: a later one with the same subject is what it carries out.
            // "Thực hiện Chỉ thị số 19-CT/ThU …, UBND thị xã xây dựng kế hoạch số 657/KH-UBND …" (jp-ubnd-tx-ba-don-kh-2018-657-headerless):
            // the document carried out and the text's own naming share that first sentence.
            if (inHeadline || firstSentenceEnd >= 0 && d.Start >= firstSentenceEnd) continue;
            if (firstSentenceEnd < 0) firstSentenceEnd = SentenceEnd(view, d.End);
            if (d.Subject is { } subject && NamesItself(view, d.Start)
                && (SameSubject(f, headStart, headEnd, subject) || IsNamingLine(view, d) || AnnouncesItsContent(f, d))) return d;
        }
        return null;
    }

    /// <summary>
    /// What the text says of itself in <paramref name="self"/>, a draft <see cref="Find"/> returned; null where that is an
    /// annex's heading the OCR damaged (ScannedAnnexLead): the heading is the document, but its number may be a hand-filled
    /// one misread ("333/QĐ-UBND" in the annex of 383/QĐ-UBND, jj-ubnd-can-tho-qd-2025-383-ocr), so it gives none.
    /// </summary>
    public SelfNaming? Describe(TextView view, CitationDraft self)
    {
        var (start, end) = view.ToOriginalSpan(self.Start, self.End);
        // An annex's heading ("(Ban hành kèm theo Quyết định số …)", Nghị định 30/2020/NĐ-CP Phụ lục I) states the number
        // it bears as plainly as a "Số:" line; a sentence that names the text is weaker evidence (HeaderReview).
        var annex = IsAnnexHeading(view, self.Start, out var damaged);
        if (damaged) return null;
        var source = annex ? "annex" : "self-statement";
        var evidence = new Evidence(source, view.Original[start..end], start, end);
        return new SelfNaming(self.Symbol!, self.Type, self.Date, self.Subject, HeadlineTitle(view, self) ?? NamingLineTitle(view, self), evidence, self.Issuer);
    }

    // The headline whose subject the naming sentence repeats is the document's title. Its first word is dropped
    // when it is the document's own type ("Báo cáo Kết quả ..." of Báo cáo số 228/BC-UBND) and kept when it is not
    // ("Hướng dẫn thực hiện ..." of Văn bản số 473/STP-PBGDPL, a letter that gives guidance).
    private string? HeadlineTitle(TextView view, CitationDraft self)
    {
        var f = view.Folded;
        var (headStart, headEnd) = Headline(view);
        // A text that lost its line breaks has no headline line to give as the title (RunOnHeadline reads the page's).
        if (headEnd > headStart && Header.RunOnText.IsRunOn(headEnd - headStart, f.Length)) return null;
        if (self.Subject is not { } subject || self.Start < headEnd || !SameSubject(f, headStart, headEnd, subject)) return null;
        var at = headStart;
        while (at < headEnd && !char.IsAsciiLetterOrDigit(f[at])) at++;
        if (_typeWords.MatchAt(f, at) is { } word && _tables.TypeByWord(word)?.Id == self.Type.Id) at += word.Length;
        var title = view.OriginalSlice(at, headEnd).Trim();
        return title.Length > 0 ? title : null;
    }

    // The first line with a letter in it: a portal's or mirror's headline, the document's title. "Thông báo treo cờ Tổ quốc …
    // 14:14 30/12/2025 Ngày 30/12/2025, UBND xã Chương Dương ban hành Thông báo số 149/TB-UBND về việc …" (ia-xa-chuong-duong-
    // 149-TB-UBND-2025 on one line): where that line holds the whole text, the headline ends before its first number, and
    // the sentence that holds it is the body's.
    private static (int Start, int End) Headline(TextView view, IReadOnlyList<CitationDraft> drafts)
    {
        var (start, end) = Headline(view);
        if (end <= start || !Header.RunOnText.IsRunOn(end - start, view.Folded.Length)) return (start, end);
        foreach (var d in drafts)
            if (d.Symbol is not null && d.Start >= start) return (start, Math.Min(end, d.Start));
        return (start, end);
    }

    private static (int Start, int End) Headline(TextView view)
    {
        var f = view.Folded;
        var starts = view.LineStarts;
        for (var k = 0; k < starts.Length; k++)
        {
            var end = k + 1 < starts.Length ? starts[k + 1] : f.Length;
            for (var i = starts[k]; i < end; i++)
                if (char.IsAsciiLetter(f[i])) return (starts[k], end);
        }
        return (0, 0);
    }

    private const int NamingLineWithin = 1000;

    // "Hướng dẫn số 20-HD/BTCTW, ngày 10/10/2008 của Ban Tổ chức Trung ương về đánh giá / chất lượng …" near the top of a
    // headerless copy: a line that is nothing but a document's whole naming (number, date, issuer, subject, no verb
    // after it) stands where the header would, as the copy's heading; a sentence that carries out or quotes a document
    // goes on past its subject ("… về …, UBND huyện triển khai …").
    private static bool IsNamingLine(TextView view, CitationDraft d) => NamingLineEnd(view, d) is not null;

    // Where the naming line's block ends (normalized), or null when the draft opens no such block.
    private static int? NamingLineEnd(TextView view, CitationDraft d)
    {
        if (d.Start > NamingLineWithin || !view.IsLineStart(d.Start) || d.Date is null || d.Issuer is null || d.Subject is null) return null;
        var n = view.Normalized;
        var starts = view.LineStarts;
        var k = starts.BinarySearch(d.Start);
        if (k < 0) return null;
        // A list's item ("Thực hiện …;" / "Kế hoạch số 71-KH/ĐU, ngày 26/9/2017" / "của Đảng ủy về …") goes on from the line above.
        if (k > 0 && n[starts[k - 1]..starts[k]].TrimEnd() is { Length: > 0 } above && above[^1] is ';' or ',') return null;
        // The naming's line and the lines that go on with it (a line that opens with a letter after one with no stop);
        // a full stop, a colon or a semicolon closing them makes a sentence or a list item, not a heading. "16:21 |
        // 27/10/2008", a page's time of posting, opens with a digit and ends the block.
        var end = k + 1;
        while (end < starts.Length && end - k < 4 && !EndsClause(n[starts[k]..starts[end]]) && !AfterBlankLine(view, starts[end])
               && n.AsSpan(starts[end]).TrimStart(' ') is { Length: > 0 } next && char.IsLetter(next[0])) end++;
        var block = n[starts[k]..(end < starts.Length ? starts[end] : n.Length)].TrimEnd();
        return block.Length == 0 || EndsClause(block) ? null : starts[k] + block.Length;
    }

    // "Ngày 11/9/2020 Ban Tuyên giáo Huyện ủy ban hành Công văn số 07-CV/BTGHU về việc "…", nội dung cụ thể như sau:"
    // (kb-btg-huyen-uy-cv-2020-07-headerless): a portal's lead that says a body issued the document and, right after its
    // subject, announces its content introduces the text it quotes, the document itself. A sentence that carries a
    // document out says who does what before its colon ("…, UBND xã triển khai như sau:").
    private static readonly string[] ContentAnnouncements = ["noi dung cu the nhu sau", "noi dung nhu sau", "voi noi dung nhu sau", "cu the nhu sau"];
    private const int MaxAnnouncementChars = 40;

    private static bool AnnouncesItsContent(string f, CitationDraft d)
    {
        var from = Math.Max(d.End, d.ScopeEnd);
        if (from >= f.Length) return false;
        var colon = f.IndexOf(':', from, Math.Min(f.Length - from, MaxAnnouncementChars));
        if (colon < 0) return false;
        var lead = f.AsSpan(from, colon - from).Trim(" ,\"");
        foreach (var announcement in ContentAnnouncements)
            if (lead.SequenceEqual(announcement)) return true;
        return false;
    }

    // "Công văn số 175-CV/TU ngày 25/01/2007 của Thành ủy TPHCM về việc tổ chức … Hồ Chí Minh"" / (blank line) / "Thực
    // hiện chỉ đạo …" (kb-thanh-uy-tp-hcm-cv-2007-175-headerless): a page's blank line closes the heading; the normalized
    // text keeps one line break for it, the original text shows it.
    private static bool AfterBlankLine(TextView view, int lineStart)
    {
        var o = view.Original;
        var at = view.ToOriginal(lineStart) - 1;
        var breaks = 0;
        for (; at >= 0 && char.IsWhiteSpace(o[at]); at--)
            if (o[at] == '\n' && ++breaks == 2) return true;
        return false;
    }

    private static bool EndsClause(string text) => text.TrimEnd() is { Length: > 0 } t && t[^1] is '.' or ';' or ':' or ',';

    // The naming line's words after the body that issued the document, as written ("về đánh giá chất lượng …").
    private static string? NamingLineTitle(TextView view, CitationDraft d)
    {
        if (NamingLineEnd(view, d) is not { } end || end <= d.End) return null;
        var title = string.Join(' ', view.Normalized[d.End..end].Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)).Trim(' ', ',');
        return title.Split(' ').Length >= 3 ? title : null;
    }

    // "(Ban hành kèm theo Quyết định số ...", "(Kèm theo Kế hoạch số ...": the line opens with the annex's heading.
    internal static bool IsAnnexHeading(TextView view, int start) => IsAnnexHeading(view, start, out _);

    private static bool IsAnnexHeading(TextView view, int start, out bool damaged)
    {
        damaged = false;
        var f = view.Folded;
        var lineStart = LineStartBefore(view, start);
        if (lineStart < 0) return false;
        // "_(Ban hành kèm theo …)_": a repository's italics around the note.
        var lead = f[lineStart..start].Trim(' ', '_', '*');
        // "(Ban hành" / "kèm theo Quyết định số: 59/QĐ-UBND": a page that broke the heading after its first words.
        if (!lead.StartsWith('(') && lineStart > 0 && LineStartBefore(view, lineStart - 1) is >= 0 and var above
            && f[above..lineStart].Trim(' ', '_', '*', '\n', '\r') is { Length: < 16 } opening && opening.StartsWith('('))
            lead = opening + " " + lead;
        if (!lead.StartsWith('(')) return damaged = ScannedAnnexLead(lead);
        var opened = lead;
        lead = lead[1..].TrimStart(' ');
        if (lead.StartsWith("ban hanh ", StringComparison.Ordinal)) lead = lead[9..];
        // "(Phê duyệt kèm theo Quyết định số 3648/QĐ-UBND …)" (id-vung-tau-phuong-an-tuyen-sinh-mn-2020-123doc): a plan approved by it.
        else if (lead.StartsWith("phe duyet ", StringComparison.Ordinal)) lead = lead[10..];
        // "(Gửi kèm Công văn số: 5240/BCA-V01 ngày 23/11/2025 của Bộ Công an)": an outline sent with a letter.
        else if (lead.StartsWith("gui ", StringComparison.Ordinal)) lead = lead[4..];
        if (lead == "kem theo" || lead.StartsWith("kem theo ", StringComparison.Ordinal) && lead.Length < 30
            || lead == "kem" || lead.StartsWith("kem ", StringComparison.Ordinal) && lead.Length < 26) return true;
        return damaged = ScannedAnnexLead(opened);
    }

    // An annex's heading whose first words the OCR damaged: "(Ban hàỄh kèm thèo Qjjyết định Số: 400 /QĐ-UBND"
    // (jw-ubnd-bac-lieu-qd-2025-duong-bo-ocr), "(lựa, liành kếm: tim Quyết định số 259 /OD-UBND" (jj-ubnd-dien-bien-qd-2025-ocr),
    // ".š. Kèm theồ Quuết định số 333/QĐ-UBND" (jj-ubnd-can-tho-qd-2025-383-ocr, its bracket read as specks). The line
    // opens with the bracket or a speck, and "kèm" stands in it as a word; a sentence wrapped onto the line ("gửi\nkèm theo
    // Kế hoạch số …") opens with a letter, an item ("- Kèm theo …") with its mark. After the bracket, the words before
    // "kèm", if any, must show the damage, "Ban" and a misread "hành" or a sign among letters: "(Chi tiết kèm theo Quyết định số
    // 45/QĐ-UBND của UBND tỉnh)" in the body is a citation of another decision, not the annex's heading.
    private static bool ScannedAnnexLead(string lead)
    {
        if (lead.Length == 0 || char.IsAsciiLetterOrDigit(lead[0]) || lead[0] is '-' or '+' or '•' or '–' or '—') return false;
        var kem = lead.IndexOf("kem", StringComparison.Ordinal);
        if (kem <= 0 || char.IsAsciiLetter(lead[kem - 1]) || kem + 3 >= lead.Length || lead[kem + 3] is not (' ' or ':')) return false;
        if (lead[0] != '(') return true;
        var words = lead.AsSpan(1, kem - 1).Trim(' ');
        return words.Length == 0 || words.StartsWith("ban ", StringComparison.Ordinal) || words.ContainsAnyExcept(PlainWordChars);
    }

    private static readonly SearchValues<char> PlainWordChars = SearchValues.Create(" abcdefghijklmnopqrstuvwxyz");

    // The start of the line holding index, when it lies within a heading's length of it; -1 otherwise.
    private static int LineStartBefore(TextView view, int index)
    {
        var lineStart = index;
        while (lineStart > 0 && !view.IsLineStart(lineStart) && index - lineStart < 40) lineStart--;
        return view.IsLineStart(lineStart) ? lineStart : -1;
    }

    // The annex's title stands above its heading: some line with a letter before the line of the heading's "(".
    private static bool TitleAbove(TextView view, int start)
    {
        var f = view.Folded;
        var open = f.LastIndexOf('(', start, Math.Min(start + 1, 60));
        if (open < 0) return false;
        var lineStart = LineStartBefore(view, open);
        for (var i = 0; i < lineStart; i++)
            if (char.IsAsciiLetter(f[i])) return true;
        return false;
    }

    // "Về việc báo cáo ... (3585/VP-KTN, ngày 23/10/2017).": a line that is a subject (a V/v line, the document's own
    // trích yếu) closed by a number in brackets, with no type word: that is the subject's number.
    private static bool IsBracketedAfterSubject(TextView view, int start)
    {
        var f = view.Folded;
        if (!char.IsAsciiDigit(f[start])) return false;
        var lineStart = start;
        while (lineStart > 0 && !view.IsLineStart(lineStart)) lineStart--;
        var head = f.AsSpan(lineStart, start - lineStart).TrimStart(' ');
        return (head.StartsWith("ve viec ") || head.StartsWith("v/v ")) && head.TrimEnd(' ').EndsWith("(");
    }

    // Where the sentence holding index ends: its full stop or its line's end.
    private static int SentenceEnd(TextView view, int index)
    {
        var line = LineEnd(view, index);
        var stop = view.Folded.IndexOf(". ", index, line - index, StringComparison.Ordinal);
        return stop < 0 ? line : stop;
    }

    // The start of the line after the one holding index (the normalized text may join lines with a space), or the text's end.
    private static int LineEnd(TextView view, int index)
    {
        var starts = view.LineStarts;
        var next = starts.BinarySearch(index);
        next = next < 0 ? ~next : next + 1;
        return next < starts.Length ? starts[next] : view.Folded.Length;
    }

    // "Kế Hoạch Tham gia “Lễ hội Hoa Đào Xứ Lạng …” (210/KH-UBND ngày 14/12/2017)" (hz-ubnd-huyen-dinh-lap-kh-2017-210-headerless):
    // a page's title line that opens with the document's type and closes with a number of that type in brackets gives
    // the document's own number, as a V/v line closed by one does.
    private bool IsBracketedAfterTitle(TextView view, CitationDraft d)
    {
        var f = view.Folded;
        if (!char.IsAsciiDigit(f[d.Start])) return false;
        var lineStart = d.Start;
        while (lineStart > 0 && !view.IsLineStart(lineStart)) lineStart--;
        if (!f.AsSpan(lineStart, d.Start - lineStart).TrimEnd(' ').EndsWith("(")) return false;
        if (_typeWords.MatchAt(f, lineStart) is not { } word || _tables.TypeByWord(word)?.Id != d.Type.Id) return false;
        var close = f.IndexOf(')', d.Start);
        var lineEnd = LineEnd(view, d.Start);
        return close > 0 && close < lineEnd && f.AsSpan(close + 1, lineEnd - close - 1).Trim(" .").Length == 0;
    }

    // "(Theo Công văn số 6012/UBND-KT, ngày 14/11/2023)" on the last line: a portal that prints a letter's content
    // without its header closes it with the letter it was taken from, which is the document itself. "(Nguồn: Thông báo
    // số 81/TB-UBND ngày 08/6/2021)" says the same, and the portal may add its link to the file under it, named by that
    // number (">>> Xem thông tin chi tiết tại đây: 81/TB-UBND", ji-ubnd-huyen-tb-2021-81-headerless).
    private static bool IsSourceNote(TextView view, CitationDraft draft)
    {
        var f = view.Folded;
        var lineStart = draft.Start;
        while (lineStart > 0 && !view.IsLineStart(lineStart) && draft.Start - lineStart < 12) lineStart--;
        // The note closes a text; alone it is a mention of that letter, notes no content.
        if (lineStart == 0 || !view.IsLineStart(lineStart) || f.AsSpan(lineStart, draft.Start - lineStart).Trim(' ') is not ("(theo" or "(nguon:" or "(nguon")) return false;
        var rest = f.AsSpan(draft.End).Trim(" ,.\r\n\t");
        if (rest is ")" or ").") return true;
        if (rest.Length == 0 || rest[0] != ')' || draft.Symbol is not { } symbol) return false;
        var link = rest[1..].TrimStart(" .\r\n\t");
        return link.Length <= MaxLinkLine && !link.Contains('\n') && link.EndsWith(TextFolding.Fold(symbol.Number), StringComparison.Ordinal);
    }

    private const int MaxLinkLine = 80;

    // The sentence that names the document itself opens with it ("Báo cáo số 228/BC-UBND ngày ... về ...") or says
    // it was issued ("Ngày 25/3/2020, Sở Tư pháp ban hành Văn bản số 473/STP-PBGDPL về ..."); one introduced by
    // "Thực hiện", "Căn cứ", "Theo" is a document carried out, whatever its subject.
    private static bool NamesItself(TextView view, int start)
    {
        if (view.IsLineStart(start)) return !AfterWrappedLead(view.Folded, start);
        var before = view.Folded.AsSpan(Math.Max(0, start - 16), Math.Min(16, start)).TrimEnd(' ');
        // "UBND thị xã xây dựng kế hoạch số 657/KH-UBND ngày 31/7/2018 về việc …" (jp-ubnd-tx-ba-don-kh-2018-657-headerless):
        // a body makes its plan as it issues its decision.
        return before.EndsWith("ban hanh") && !before.EndsWith("duoc ban hanh")
            || before.EndsWith("xay dung") && !before.EndsWith("duoc xay dung");
    }

    // "… qua kiểm tra rà soát hồ sơ và nghiên cứu" / "Tờ trình số 02-TTr/ĐLS ngày …": a line that a page or a PDF
    // wrapped right after the verb or preposition that takes the document (jc-042) opens mid-sentence; the document
    // is what the sentence studies or carries out, not the text naming itself.
    private static readonly string[] WrappedLeads = ["nghien cuu", "thuc hien", "can cu", "theo", "tai", "xem xet", "trien khai", "kem theo", "cua", "va"];

    private static bool AfterWrappedLead(string f, int start)
    {
        var above = f.AsSpan(Math.Max(0, start - 24), Math.Min(24, start)).TrimEnd(" \r\n");
        foreach (var lead in WrappedLeads)
            if (above.EndsWith(lead, StringComparison.Ordinal) && (above.Length == lead.Length || above[^(lead.Length + 1)] == ' ')) return true;
        return false;
    }

    private const string GenericLead = "cong tac ";

    private bool SameSubject(string f, int headStart, int headEnd, string subject)
    {
        var s = TextFolding.FoldLoose(subject);
        // "về công tác cải cách hành chính năm 2026" under the headline "Kế hoạch cải cách hành chính năm 2026": the
        // field's generic word is no part of the subject.
        if (s.StartsWith(GenericLead, StringComparison.Ordinal)) s = s[GenericLead.Length..];
        if (s.Length < MinSubjectChars || headEnd - headStart < MinSubjectChars) return false;
        var head = TextFolding.FoldLoose(f[headStart..headEnd]);
        if (SamePrefix(head, s)) return true;
        // "Báo cáo Kết quả ...": the headline opens with the document's type word, the subject does not.
        var type = _typeWords.MatchAt(head, 0);
        if (type is null || type.Length >= head.Length) return false;
        var rest = head[(type.Length + 1)..];
        if (rest.StartsWith("ve viec ", StringComparison.Ordinal)) rest = rest[8..];
        else if (rest.StartsWith("ve ", StringComparison.Ordinal)) rest = rest[3..];
        return SamePrefix(rest, s);
    }

    private static bool SamePrefix(string head, string subject)
    {
        var n = Math.Min(CompareChars, Math.Min(head.Length, subject.Length));
        return n >= MinSubjectChars && head.AsSpan(0, n).SequenceEqual(subject.AsSpan(0, n));
    }
}
