using Ingest.Indexer.Parsing.Citations;
using Ingest.Indexer.Parsing.Header;

namespace Ingest.Indexer.Parsing;

/// <summary>
/// Completes a header that gives no number from the sentence in which the text names itself (a portal's copy
/// that prints only the body: "Ngày 25/3/2020, Sở Tư pháp ban hành Văn bản số 473/STP-PBGDPL về việc ...", an
/// annex's "(Ban hành kèm theo Quyết định số ...)"): its number, and its type, date and subject where the header
/// has none. The fields keep that evidence and are graded lower than a header's (see <see cref="HeaderReview"/>).
/// Pure.
/// </summary>
internal static class SelfNamedHeader
{
    /// <summary>The header with what <paramref name="self"/> says filled in, or the header unchanged.</summary>
    /// <paramref name="text"/>: the original text, where <paramref name="self"/>'s evidence points.
    public static HeaderInfo Complete(HeaderInfo header, SelfNaming? self, string text)
    {
        // The annex's "(Kèm theo Quyết định số 1O /QĐÐ-UBND …)" repeats a serial filled in by hand: as unreadable there
        // as in the header (jh-ubnd-hai-phong-qd-2025-430-ocr), and so is one with a letter glued before it ("số.a{Ê4/TB-ĐHĐL").
        // "Số: 4/I0/QĐ-UBND" over the annex's "(Ban hành kèm thèo Quoết định Số: 40/QĐ-UBND …)" (lk-ubnd-bac-lieu-qd-2025-210-ocr,
        // a hand's 340): where the header's serial was read as illegible, the annex repeats the same hand, no more certain.
        if (self is null || header.Symbol is not null || HandFilledSerial.Misread(self.Symbol.Serial)
            || HandFilledSerial.LetterBeforeDigits(text, self.Evidence.Start) || SerialIllegible(header)) return header;
        var (type, title, titleSource) = (header.DocType, header.Title, header.TitleSource);
        var typeRow = self.Type;
        // A page's headline gives a type only by its first word ("Hướng dẫn thực hiện công tác ..." may be a letter
        // that gives guidance); the text's own "ban hành Văn bản số 473/STP-PBGDPL về việc hướng dẫn ..." says
        // what it is, and the headline, read for that type, is the title.
        if (header.TitleSource == "headline" && (self.HeadlineTitle ?? RunOnHeadline(header, typeRow, text)) is { } headline)
            (type, title, titleSource) = (header.DocTypeId == typeRow.Id ? type : null, SaysMore(self.Subject, headline) ? self.Subject : headline, "self-statement");
        if (title is null && (self.HeadlineTitle ?? Unquoted(self.Subject)) is { Length: > 0 } subject) (title, titleSource) = (subject, "self-statement");
        // "Thông báo số 217/TB-UBND ngày 08/5/2019 của UBND thị xã Điện Bàn V/v treo cờ …": a V/v subject makes a letter
        // only by default (Nghị định 30/2020/NĐ-CP gives it to the Công văn); the text's own naming, whose number carries
        // the type's code, says which type it is (corpus README, `iz-` batch).
        if (header is { DocTypeId: "cong-van", TypeFromHeading: false, TitleSource: "subject" } && self.Symbol.TypeCode is not null && typeRow.Id != "cong-van")
            type = null;
        return header with
        {
            Symbol = self.Symbol,
            SelfNamedEvidence = self.Evidence,
            SelfNamedIssuer = self.Issuer,
            DocType = type ?? typeRow.Name,
            DocTypeId = type is null ? typeRow.Id : header.DocTypeId,
            Title = title,
            TitleSource = titleSource,
            IssueDate = Agreeing(header.IssueDate, self.Date),
        };
    }

    private static bool SerialIllegible(HeaderInfo header)
    {
        foreach (var d in header.Diagnostics)
            if (d.Code == "number-illegible") return true;
        return false;
    }

    // "Hướng dẫn thực hiện công tác phổ biến … năm 2020 Ngày 25/3/2020, Sở Tư pháp ban hành Văn bản số 473/STP-PBGDPL về việc
    // hướng dẫn …" (pd-stp-bac-kan-cv-2020-473 on one line): a text that lost its line breaks has no headline line, and the
    // header read the page's headline (RunOnHeadline) as a type word and its title. Read for the type the text names itself
    // with, as a headline line is (SelfNamedCitation.HeadlineTitle): the title alone under its own type, the type's word
    // as written and the title under another.
    private static string? RunOnHeadline(HeaderInfo header, Tables.DocumentTypeRow typeRow, string text)
    {
        if (header.Title is not { Length: > 0 } title || header.DocTypeId is not { } headlineType) return null;
        var at = text.IndexOf(title, StringComparison.Ordinal);
        if (at <= 0 || !Header.RunOnText.IsRunOn(text.Length - at, text.Length) || text.LastIndexOf('\n', at) >= 0) return null;
        // Only the headline's type word before its title, as written ("Hướng dẫn"); "## **Phụ lục I" is a Markdown heading.
        var word = text[..at].Trim();
        if (header.DocType is not { } typeName || Text.TextFolding.FoldLoose(word) != Text.TextFolding.FoldLoose(typeName)) return null;
        return headlineType == typeRow.Id ? title : word + " " + title;
    }

    // "ban hành Công văn số 07-CV/BTGHU về việc "Đẩy mạnh công tác tuyên truyền …"" (kb-btg-huyen-uy-cv-2020-07-headerless):
    // the quotes around a whole subject mark the name the sentence gives; they are no part of the trích yếu.
    private static string? Unquoted(string? subject) =>
        subject is { Length: > 2 } s && s[0] == '"' && s[^1] == '"' && s.IndexOf('"', 1) == s.Length - 1 ? s[1..^1].Trim() : subject;

    // "Hà Nội, ngày | tháng 12 năm 2025", a handwritten day the OCR lost, over the attachment's "(Kèm theo Công văn số:
    // 5689/BCA-C04 ngày 16 tháng 12 năm 2025)": the text's whole date fills the header's partial one where the parts the
    // header kept agree with it (corpus README, the `iq-` batch); a header date that disagrees stays.
    private static Dates.DateValue? Agreeing(Dates.DateValue? header, Dates.DateValue? said)
    {
        if (header is not { IsComplete: false } partial || said is not { IsComplete: true } whole) return header ?? said;
        var agrees = (partial.Year is null || partial.Year == whole.Year) && (partial.Month is null || partial.Month == whole.Month)
            && (partial.Day is null || partial.Day == whole.Day);
        return agrees ? whole : header;
    }

    // "Thông báo treo cờ Tổ quốc chào mừng Tết Dương lịch năm 2026" over "… ban hành Thông báo số 149/TB-UBND về việc treo
    // cờ Tổ quốc … 2026 và kỷ niệm 80 năm Ngày Tổng tuyển cử (06/01/1946 - 06/01/2026)": the page's headline shortens
    // what the text's own naming of itself says; a subject longer by a clause of its own (a third more words) is the
    // trích yếu (corpus README, headerless documents: the title from the sentence in which the text names itself).
    private static readonly string[] AnnouncementCues = [", cu the", " cu the nhu sau", " nhu sau", " voi nhung noi dung", " voi cac noi dung", " voi noi dung"];

    private static bool SaysMore(string? subject, string headline)
    {
        if (subject is null) return false;
        // "… năm 2021, cụ thể như sau": the announcement of the content closing the sentence is no part of the subject.
        var folded = Text.TextFolding.FoldLoose(subject);
        foreach (var cue in AnnouncementCues)
        {
            var at = folded.IndexOf(cue, StringComparison.Ordinal);
            if (at > 0) folded = folded[..at];
        }
        var words = folded.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        var shown = headline.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        return words * 3 >= shown * 4 && words - shown >= 4;
    }
}