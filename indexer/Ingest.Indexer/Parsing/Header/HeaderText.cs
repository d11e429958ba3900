using System.Text.RegularExpressions;
using Ingest.Indexer.Text;

namespace Ingest.Indexer.Parsing.Header;

/// <summary>Small tests on header lines shared by the header readers: case, rules, where the body begins. Pure.</summary>
internal static partial class HeaderText
{
    [GeneratedRegex(@"^(?:can cu|thuc hien|kinh gui|nam \d{4}|trien khai)\b", RegexOptions.CultureInvariant)]
    public static partial Regex BodyStart();

    [GeneratedRegex(@"^(?:can cu|kinh gui)\b", RegexOptions.CultureInvariant)]
    public static partial Regex NoTitle();

    // "I. ", "2) ", "a. ", and a part or chapter: "Phần thứ nhất", "PHẦN I", "Chương II".
    // "A -MỤC ĐÍCH, YÊU CẦU", "B - NỘI DUNG" (iy-btc-tw-20-HD-BTCTW-2008-lmk): a letter or numeral and a dash with a
    // space beside it ("A-LƯỚI", a district's name, has none).
    [GeneratedRegex(@"^(?:(?:[ivx]{1,4}|\d{1,2}|[a-d])(?:[.)]\x20|/\.|\x20[-–]\x20?(?=[a-z])|[-–]\x20(?=[a-z]))|(?:phan|chuong)\x20(?:thu\x20[a-z]+|[ivx]{1,4}|\d{1,2})\b)", RegexOptions.CultureInvariant)]
    public static partial Regex SectionStart();

    // ", ngày 09 tháng", ", ngày   tháng" (a blank), ", ngày ... tháng", ", ngày #@3 tháng" (a hand-filled day the OCR
    // read as signs): the place-date's "ngày" has its day, a blank or "tháng" after it. "Giỗ Tổ Hùng Vương, Ngày Chiến
    // thắng 30/4" (lt-bo-tu-phap-tb-2015-1135-ocr) is a holiday's name going on in a subject: a word of five letters
    // before "tháng" is no day.
    [GeneratedRegex(@",\x20?ngay\x20\x20*(?:[\d._…|]|[^\x20]{1,4}\x20+thang\b|thang\b|$)", RegexOptions.CultureInvariant)]
    public static partial Regex PlaceDateLike();

    // Words of the period a title names on a line of its own: "Năm học 2021-2022", "Thời điểm tháng 10 năm 2020",
    // "Giai đoạn 2021 - 2025", "Nhiệm kỳ 2020-2025", "Học kỳ II", "Ngày 26/11/2018".
    private static readonly HashSet<string> PeriodWords = new(StringComparer.Ordinal)
        { "thoi", "diem", "nam", "hoc", "giai", "doan", "nhiem", "ky", "ki", "ngay", "thang", "tu", "den", "quy", "hk", "i", "ii", "iii", "iv", "va" };

    // "Tháng 6/ 2022" under "KẾ HOẠCH HOẠT ĐỘNG CÔNG ĐOÀN" (ma-cdcs-mam-non-ii-hue-kh-2022-thang-6): a monthly plan's month.
    private static readonly HashSet<string> PeriodOpeners = new(StringComparer.Ordinal) { "thoi", "nam", "giai", "nhiem", "hoc", "ngay", "quy", "thang" };

    /// <summary>
    /// The period a title names at a normalized offset of a text that lost its line breaks, as <see cref="IsPeriodLine"/>
    /// reads it on a line of its own: "KẾ HOẠCH GIÁO DỤC Năm học 2025-2026 1. CĂN CỨ …", "… CÔNG ĐOÀN Tháng 6/ 2022 I. TÌNH
    /// HÌNH …" (jr-truong-th-khanh-thanh-kh-2025-17, ma-cdcs-mam-non-ii-hue-kh-2022-thang-6 on one line). Its words run up to
    /// the first that names no period, a section's number ("1.", "I.") or a sentence's comma; it opens with a capital and
    /// ends with a number. Null when none stands there.
    /// </summary>
    public static string? PeriodAt(string normalized, int at)
    {
        const int MaxWords = 8;
        if (at >= normalized.Length || !char.IsUpper(normalized[at])) return null;
        int p = at, end = -1;
        for (var count = 0; p < normalized.Length && count < MaxWords; count++)
        {
            var e = normalized.IndexOf(' ', p);
            if (e < 0) e = normalized.Length;
            var word = normalized.AsSpan(p, e - p);
            var closed = word.Length > 1 && word[^1] == '.';
            if (closed) word = word[..^1];
            var digits = word.ContainsAnyInRange('0', '9');
            // "1." and "I." open a section; a year closing a sentence ("… năm học 2017 - 2018.") closes the period too.
            if (closed && !(digits && word.Length >= 4)) break;
            // "… TỈNH PHÚ THỌ Ngày 14 tháng 11 năm 2025, …", "… Năm 2019 tình hình …": a date or year opening the body's first
            // sentence, a comma or a word in small letters after it, is no period of the title.
            if (!IsPeriodWord(word)) return word.Contains(',') || char.IsLower(word[0]) ? null : Period(normalized, at, end);
            if (digits) end = p + word.Length;
            if (closed) break;
            p = NextWord(normalized, e);
        }
        return Period(normalized, at, end);
    }

    private static string? Period(string normalized, int at, int end) =>
        end > at && normalized[at..end] is var period && IsPeriodLine(period) ? period : null;

    // A word of a period: one of PeriodWords (a colon after it allowed), a number or date ("2025-2026", "6/", "9/3/2020")
    // or a dash.
    private static bool IsPeriodWord(ReadOnlySpan<char> word)
    {
        if (word.IsEmpty) return false;
        if (!word.ContainsAnyExcept("-–")) return true;
        if (word.ContainsAnyInRange('0', '9')) return !word.ContainsAnyExcept("0123456789-–/");
        return PeriodWords.Contains(TextFolding.FoldLoose(word.TrimEnd(':').ToString()));
    }

    /// <summary>True for a short line that only names a period ("Năm học 2021-2022"): the last line of a title, not a body line.</summary>
    public static bool IsPeriodLine(string clean)
    {
        if (clean.Length > 48 || !clean.Any(char.IsDigit) && !clean.Contains("kỳ", StringComparison.OrdinalIgnoreCase)) return false;
        // "Năm học: 2024 - 2025" under "KẾ HOẠCH GIÁO DỤC NHÀ TRƯỜNG" (mg-th-dien-hung-kh-2024-19), "NĂM HỌC: 2023-2024" under
        // "KẾ HOẠCH" (ig-th-hoang-van-thu-kh-32-2023-portal): a school plan may set a colon after the period's name.
        // The colon on the word only: "23:23:18", a portal's time under a headline, names no period (dc-xa-dan-luc-bau-cu-2021).
        var words = TextFolding.FoldLoose(clean).Split([' ', '-', '–', '/', '.', ',', '(', ')'], StringSplitOptions.RemoveEmptyEntries);
        return words.Length >= 2 && PeriodOpeners.Contains(words[0])
            && words.All(w => PeriodWords.Contains(w.TrimEnd(':')) || w.All(char.IsDigit));
    }

    /// <summary>
    /// True for a line of digits and dashes only ("2017-2021"), the tail of a title broken before its years, with
    /// the quote it closes ("2020 - 2025”" after "ĐỀ ÁN “XÂY DỰNG ... GIAI ĐOẠN").
    /// </summary>
    public static bool IsYearsOnly(string clean) =>
        clean.Length is > 0 and <= 18 && clean.Any(char.IsDigit)
        && clean.All(c => char.IsDigit(c) || c is ' ' or '-' or '–' or '/' or '(' or ')' or '.' or '"' or '”' or '»');

    public static bool IsRule(string s) => s.All(c => c is '-' or '_' or '=' or '—' or '–' or ' ' or '.');

    public static bool IsUpper(string s) => s.Any(char.IsLetter) && InvariantCasing.IsUpper(s);

    /// <summary>
    /// The words a document's body opens with under its header, in sentence case: the preamble ("Căn cứ", "Thi hành"),
    /// what it carries out ("Thực hiện") and a letter's address ("Kính gửi"). Never a title's end, nor a place's name.
    /// </summary>
    public static readonly string[] BodyOpeningWords = ["Căn cứ", "Thực hiện", "Thi hành", "Kính gửi"];

    /// <summary>A word in capitals: at least one letter and no small one ("VÀ", "UBND", "II."; not "Về").</summary>
    public static bool IsUpperWord(ReadOnlySpan<char> word)
    {
        var letter = false;
        foreach (var c in word)
        {
            if (char.IsLower(c)) return false;
            letter |= char.IsLetter(c);
        }
        return letter;
    }

    /// <summary>"... CỦA" / "THỦ TƯỚNG CHÍNH PHỦ VỀ ...": a title broken before a body's name goes on.</summary>
    public static bool EndsWithConnector(string text)
    {
        var f = TextFolding.FoldLoose(text);
        return f.EndsWith(" cua", StringComparison.Ordinal) || f.EndsWith(" va", StringComparison.Ordinal) || f.EndsWith(" ve", StringComparison.Ordinal)
            || f.EndsWith(" cho", StringComparison.Ordinal) || f.EndsWith(',') || f.EndsWith('-');
    }

    /// <summary>A line folded with every space removed, so a type word glued by extraction ("NGHỊQUYẾT") equals its spaced form.</summary>
    public static string Squeezed(string text) => TextFolding.FoldLoose(text).Replace(" ", "", StringComparison.Ordinal);

    /// <summary>
    /// Where capitals glued to a capitalised word end ("BIÊNGiang" → 4): two capitals or more, then a capital and a small
    /// letter, the seam of two lines a page ran together; 0 when the word has no such seam.
    /// </summary>
    public static int GlueAt(string word)
    {
        if (word.Length < 4 || !char.IsUpper(word[0]) || !char.IsUpper(word[1])) return 0;
        var k = 2;
        while (k < word.Length && char.IsUpper(word[k])) k++;
        // k: the first small letter; the capital before it opens the second word.
        return k < word.Length && k >= 3 && char.IsLower(word[k]) && word[..(k - 1)].All(char.IsLetter) ? k - 1 : 0;
    }

    public static bool IsUpperWordAt(string n, int at)
    {
        var e = at;
        while (e < n.Length && n[e] != ' ') e++;
        return e > at && HeaderText.IsUpper(n[at..e]);
    }


    // "… ngày 02 tháng 02 năm 2016. KẾ HOẠCH …": a one-line copy closes the place-date with a stop.
    public static int NextWord(string n, int at)
    {
        while (at < n.Length && n[at] is ' ' or '|' or '.') at++;
        return Math.Min(at, n.Length);
    }
}
