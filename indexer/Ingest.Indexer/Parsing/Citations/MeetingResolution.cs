using System.Text.RegularExpressions;
using Ingest.Indexer.Text;

namespace Ingest.Indexer.Parsing.Citations;

/// <summary>
/// Reads a resolution named by the meeting that adopted it, with no number: a congress ("Nghị quyết Đại hội đại biểu
/// toàn quốc lần thứ XIII của Đảng", "Nghị quyết Đại hội Đảng bộ xã nhiệm kỳ 2020-2025"), a plenum ("Nghị quyết Trung
/// ương 4 khóa XII", "NQ TW 5 khóa 13"), a council's session ("Nghị quyết kỳ họp thứ 10 Quốc hội khoá IX") or the
/// Government's monthly meeting. Each meeting adopts one resolution, so its number and term say which; every spelling of
/// one meeting takes one name, so their keys meet. Pure and thread-safe.
/// </summary>
internal static partial class MeetingResolution
{
    // "Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng", "Nghị quyết Đại hội Đảng bộ tỉnh Đồng Nai lần
    // thứ XI, nhiệm kỳ 2020-2025", "Nghị quyết Đại hội Hội Nông dân huyện Bắc Trà My khóa XI": the body, then the
    // congress's number after "lần thứ" or "khóa" (Roman or Arabic). The dot of a place's kind abbreviated ("Đoàn TNCS Hồ
    // Chí Minh TP. Hồ Chí Minh lần thứ XI", ir-044) does not end the body's name, nor does the note of what a merged place
    // is now ("Đảng bộ huyện Côn Đảo (nay là đặc khu Côn Đảo) lần thứ X", kl-065).
    [GeneratedRegex(@"\G\x20(?:cua\x20)?dai hoi\x20(?:(?!nghi quyet)(?:[^;.:()]|(?<=\b(?:tp|tx|tt))\.(?=\x20)|\(nay la\x20[^;.:()]{1,60}\))){0,120}?\b(?:lan thu|khoa)\x20(?<r>[ivxlc]+|\d{1,2})(?![a-z0-9])(?<dang>\x20cua\x20dang(?:\x20bo(?:\x20(?:tinh|thanh pho|huyen|quan|thi xa|xa|phuong|thi tran))?)?(?![a-z]))?(?<term>,?\x20nhiem ky\x20\d{4}\x20?-\x20?\d{4})?", RegexOptions.CultureInvariant)]
    private static partial Regex Congress();

    // "Nghị quyết Đại hội XIII của Đảng", "Nghị quyết Đại hội XI Đảng bộ tỉnh", "Nghị quyết Đại hội XIII": the
    // number right after "Đại hội", then whose congress it was, if written.
    [GeneratedRegex(@"\G\x20(?:cua\x20)?dai hoi\x20(?:dai bieu\x20)?(?:toan quoc\x20)?(?:dang\x20(?:toan quoc\x20)?)?(?<r>[ivxlc]{1,6}|\d{1,2})(?![a-z0-9/.,-]?\d)(?![a-z])(?<dang>\x20(?:cua\x20)?dang(?:\x20bo(?:\x20(?:tinh|thanh pho|huyen|quan|thi xa|xa|phuong|thi tran))?)?(?![a-z]))?", RegexOptions.CultureInvariant)]
    private static partial Regex NumberedCongress();

    private const string Ordinal = @"\d{1,2}|[ivx]{1,4}|nhat|hai|ba|tu|nam|sau|bay|tam|chin|muoi(?:\x20(?:mot|hai|ba|bon|tu|lam|sau|bay|tam|chin))?";

    // "Nghị quyết Trung ương 4 khóa XII", "Nghị quyết Hội nghị Trung ương 8 khóa XIII", "NQ TW 5 khóa 13",
    // "Nghị quyết Trung ương 5 (khóa XIII)"; "T.Ư 4", "T.W 4" with the abbreviation's dot, "TW4" glued to its number.
    [GeneratedRegex(@"\G\x20(?:hoi\x20?nghi\x20)?(?:lan thu\x20)?(?:ban chap hanh\x20)?(?:trung\x20?uong|t\.?w|t\.?u)(?:\x20dang)?(?:\x20|(?<=w)(?=\d))(?:lan thu\x20)?(?<n>" + Ordinal + @"),?\x20\(?khoa\x20(?<k>[ivxl]{1,5}|\d{1,2})\)?(?![a-z0-9])", RegexOptions.CultureInvariant)]
    private static partial Regex Plenum();

    // "Nghị quyết Trung ương 4 về ...", "Nghị quyết TW 7": a plenum with no term written.
    // "Nghị quyết Trung 4 về xây dựng Đảng": "Trung ương" cut short before the plenum's number.
    [GeneratedRegex(@"\G\x20(?:hoi\x20?nghi\x20)?(?:trung\x20?uong|t\.?w|t\.u|trung)(?:\x20|(?<=w)(?=\d))(?:lan thu\x20)?(?<n>\d{1,2}|[ivx]{1,4})(?![a-z0-9/.,-]?[a-z0-9])", RegexOptions.CultureInvariant)]
    private static partial Regex PlenumWithoutTerm();

    // "Nghị quyết Hội nghị lần thứ tư Ban Chấp hành Trung ương Đảng khóa XII". A text whose spaces were lost
    // ("Nghị quyết Hộinghị lần thứ 7", a reposted page) glues "Hội nghị" and "Trung ương" as readily. "Trung ương" may be
    // abbreviated as in the plenum's short form: "Nghị quyết hội nghị lần thứ 6 Ban chấp hành TW khóa XII" (kz-034).
    [GeneratedRegex(@"\G\x20(?:hoi\x20?nghi\x20)?lan thu\x20(?<n>" + Ordinal + @")(?:,|\x20-)?\x20(?:cua\x20)?(?:ban chap hanh|bch)\x20(?:trung\x20?uong|t\.?w|t\.?u)(?:\x20dang(?:\x20cong san viet nam)?)?,?\x20\(?khoa\x20(?<k>[ivxl]{1,5}|\d{1,2})\)?(?![a-z0-9])", RegexOptions.CultureInvariant)]
    private static partial Regex OrdinalPlenum();

    // "Nghị quyết kỳ họp thứ 10 Quốc hội khoá IX", "Nghị quyết Kỳ họp thứ 7 HĐND tỉnh khóa XVIII": a council's
    // session, numbered, of a council named by its term.
    [GeneratedRegex(@"\G\x20(?:cua\x20)?ky\x20hop\x20(?:thu\x20)?(?<n>" + Ordinal + @"),?\x20(?:cua\x20)?(?<body>quoc hoi|hoi dong nhan dan|hdnd)(?:\x20(?!khoa\x20)[^\x20;.:()]+){0,5}?,?\x20\(?khoa\x20(?<k>[ivxl]{1,6}|\d{1,2})\)?(?![a-z0-9])", RegexOptions.CultureInvariant)]
    private static partial Regex Session();

    public static bool CongressForm(TextView view, CitationDraft draft, int p)
    {
        // The number right after "Đại hội" first, so "Nghị quyết Đại hội XIII của Đảng, ... và Nghị quyết Đại hội lần
        // thứ VII" does not run on to the second congress.
        var m = NumberedCongress().Match(view.Folded, p);
        if (!m.Success) m = Congress().Match(view.Folded, p);
        if (!m.Success) return TermCongressForm(view, draft, p);
        if (!IsNumeral(view.Normalized, m.Groups["r"])) return false;
        var issuerEnd = m.Groups["dang"].Success ? m.Groups["dang"].Index + m.Groups["dang"].Length : m.Groups["r"].Index + m.Groups["r"].Length;
        // "Nghị quyết của Đại hội đại biểu toàn quốc lần thứ XIV của Đảng" (jv-002): "của" before the congress says whose
        // resolution it is, as its absence does; the congress is named from "Đại hội".
        var start = MeetingStart(view.Folded, p);
        var issuer = view.Normalized[start..issuerEnd];
        // The national congress in any spelling ("Đại hội XIII của Đảng", "Đại hội Đảng toàn quốc lần thứ 13") takes
        // the name the Party gives it, so every spelling keys alike.
        var written = view.Folded[start..issuerEnd];
        var national = !written.Contains("dang bo") && !written.AsSpan(7).Contains(" hoi ", StringComparison.Ordinal) &&
            (written.Contains("toan quoc") || written.EndsWith("cua dang") || written.EndsWith(" dang"));
        if (national && RomanNumerals.ToRoman(RomanNumerals.Term(m.Groups["r"].Value) ?? 0) is { } number)
            issuer = NamedCitationReader.NationalCongress(number);
        return NamesOne(draft, issuer, issuer, m.Index + m.Length);
    }

    // "Nghị quyết Đại hội Đảng bộ xã nhiệm kỳ 2020-2025", "Nghị quyết của Đại hội đại biểu Đảng bộ huyện nhiệm kỳ
    // 2015 - 2020": a congress named by its term, which says which one as well as its number does; "đại hội đảng bộ
    // các cấp nhiệm kỳ ..." is many congresses, none named.
    [GeneratedRegex(@"\G\x20(?:cua\x20)?dai hoi\x20(?:(?!nghi quyet|dai hoi|cac\x20)[^;.:()]){0,80}?\bnhiem ky\x20(?:19|20)\d{2}\x20?-\x20?(?:19|20)\d{2}(?!\d)", RegexOptions.CultureInvariant)]
    private static partial Regex TermCongress();

    private static bool TermCongressForm(TextView view, CitationDraft draft, int p)
    {
        var m = TermCongress().Match(view.Folded, p);
        if (!m.Success) return false;
        var congress = view.Normalized[MeetingStart(view.Folded, p)..(m.Index + m.Length)];
        return NamesOne(draft, congress, congress, m.Index + m.Length);
    }

    // "Nghị quyết phiên họp Chính phủ thường kỳ tháng 10 năm 2025" (jg-032), "Nghị quyết phiên họp thường kỳ tháng 9/2024
    // của Chính phủ": the Government adopts one resolution at each monthly meeting, so the month and year name it.
    [GeneratedRegex(@"\G\x20phien hop\x20(?<gov>chinh phu\x20)?thuong ky\x20thang\x20\d{1,2}(?:\x20nam\x20|\x20?/\x20?)(?:19|20)\d{2}(?!\d)(?<tail>\x20cua\x20chinh phu)?(?![a-z])", RegexOptions.CultureInvariant)]
    private static partial Regex GovernmentMeeting();

    private static bool GovernmentMeetingForm(TextView view, CitationDraft draft, int p)
    {
        var m = GovernmentMeeting().Match(view.Folded, p);
        // The Government named before "thường kỳ" or after the month: a people's committee's meeting has no resolution.
        if (!m.Success || !(m.Groups["gov"].Success || m.Groups["tail"].Success)) return false;
        return NamesOne(draft, view.Normalized[(p + 1)..(m.Index + m.Length)], "Chính phủ", m.Index + m.Length);
    }

    public static bool SessionForm(TextView view, CitationDraft draft, int p)
    {
        var m = Session().Match(view.Folded, p);
        if (!m.Success) return GovernmentMeetingForm(view, draft, p);
        if (!IsNumeral(view.Normalized, m.Groups["k"])) return false;
        var name = view.Normalized[MeetingStart(view.Folded, p)..(m.Index + m.Length)].TrimEnd(')');
        return NamesOne(draft, name, view.Normalized[m.Groups["body"].Index..(m.Index + m.Length)].TrimEnd(')'), m.Index + m.Length);
    }

    public static bool PlenumForm(TextView view, CitationDraft draft, int p)
    {
        var m = Plenum().Match(view.Folded, p);
        if (!m.Success) m = OrdinalPlenum().Match(view.Folded, p);
        if (!m.Success) return PlenumWithoutTermForm(view, draft, p);
        if (!IsNumeral(view.Normalized, m.Groups["k"])) return false;
        if (RomanNumerals.Term(m.Groups["n"].Value) is not { } plenum) return false;
        var term = RomanNumerals.ToRoman(RomanNumerals.Term(m.Groups["k"].Value) ?? 0);
        if (term is null) return false;
        var issuer = "Ban Chấp hành Trung ương Đảng khóa " + term;
        // One name for every spelling ("Hội nghị Trung ương 4 khóa XII", "NQ TW 4 khóa 12"), so their keys meet.
        return NamesOne(draft, $"Trung ương {plenum} khóa {term}", issuer, m.Index + m.Length);
    }

    private static bool PlenumWithoutTermForm(TextView view, CitationDraft draft, int p)
    {
        var m = PlenumWithoutTerm().Match(view.Folded, p);
        if (!m.Success || !IsNumeral(view.Normalized, m.Groups["n"]) || RomanNumerals.Term(m.Groups["n"].Value) is not { } plenum) return false;
        return NamesOne(draft, $"Trung ương {plenum}", "Ban Chấp hành Trung ương Đảng", m.Index + m.Length);
    }

    // A meeting adopts one resolution, so the meeting's name says which document is meant.
    private static bool NamesOne(CitationDraft draft, string name, string issuer, int end)
    {
        (draft.Name, draft.Issuer, draft.End) = (name, issuer, end);
        draft.NamesOneDocument = true;
        return true;
    }

    // "Nghị quyết của Đại hội đại biểu toàn quốc lần thứ XIV của Đảng" (jv-002): "của" before the meeting says whose
    // resolution it is, as its absence does; the meeting is named from its own first word.
    private static int MeetingStart(string folded, int p) => folded.AsSpan(p).StartsWith(" cua ") ? p + 5 : p + 1;

    // Roman numerals are written in capitals ("khóa XII"); Arabic ones as digits; "khóa xi măng" is no term.
    private static bool IsNumeral(string normalized, Group g)
    {
        if (char.IsDigit(normalized[g.Index])) return true;
        foreach (var c in normalized.AsSpan(g.Index, g.Length)) if (!char.IsUpper(c)) return false;
        return true;
    }
}
