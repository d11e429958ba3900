using Ingest.Indexer.Text;

namespace Ingest.Indexer.Parsing.Header;

/// <summary>
/// The subject line ("V/v …", "Về việc …") of a header that lost its line breaks, where it runs on into what stands
/// under it: "Số: 384/BYT-KCB V/v cấp CCHN và GPHĐ khám bệnh, chữa bệnh theo quy định của Luật KBCB Hà Nội, ngày 27 tháng
/// 01 năm 2014 Kính gửi: …" (ib-bo-y-te-384-BYT-KCB-2014 on one line), "| VỀ VIỆC BAN HÀNH BỘ TIÊU CHÍ … GIAI ĐOẠN
/// 2016-2020 ỦY BAN NHÂN DÂN TỈNH HÒA BÌNH Căn cứ …" (hz-ubnd-hoa-binh-qd-2017-816). The subject ends where the next part
/// of the page opens (Nghị định 30/2020/NĐ-CP, Phụ lục I): the place-date, the motto, the address "Kính gửi", the
/// enacting authority in capitals, the preamble ("Căn cứ", "Thực hiện") or a table's bar. "V/v" is dropped, "Về việc"
/// kept (corpus README, "Công văn subjects"). Pure and thread-safe.
/// </summary>
internal sealed class RunOnSubject
{
    // A subject runs over a few lines of a header cell; past this many words it is the body.
    private const int MaxWords = 60;

    // The motto, in any case.
    private static readonly string[] Motto = ["cong hoa xa hoi", "doc lap "];

    /// <summary>
    /// A subject the lines' reader took from a line that lost its breaks and ran on into the body ("Tổ chức lễ, hội khai giảng
    /// Năm học 2012 – 2013 Căn cứ công văn số 966/SGDĐT-VP …", ic-thcs-lieng-trang-kh-khai-giang-2012-123docz on one line),
    /// cut where the next part of the page opens, as <see cref="Read"/> cuts one; null when nothing opens within a subject's
    /// words.
    /// </summary>
    public string? CutRunOn(string subject)
    {
        var f = TextFolding.Fold(subject);
        var upper = true;
        for (int p = 0, words = 0; p < subject.Length && words <= MaxWords; words++)
        {
            var e = subject.IndexOf(' ', p);
            if (e < 0) e = subject.Length;
            var word = subject.AsSpan(p, e - p);
            if (words >= 2 && (OpensNextPart(f, subject, p) || RunOnTitleEnd.OpensAt(subject, f, p)
                || !upper && HeaderText.IsUpperWord(word) && _titles.IsAuthority(subject[p..Math.Min(subject.Length, p + 40)])))
                return subject[..p].TrimEnd(' ', ';', ',', ':', '-');
            foreach (var c in word) upper &= !char.IsLower(c);
            p = e;
            while (p < subject.Length && subject[p] == ' ') p++;
        }
        return null;
    }

    /// <summary>True when <paramref name="subject"/> has more words than a subject holds: it ran on into the body.</summary>
    public static bool RanOn(string subject)
    {
        var words = 0;
        foreach (var c in subject)
            if (c == ' ' && ++words > MaxWords) return true;
        return false;
    }

    // Openings of the address and the body, written as a sentence opens ("Thực hiện …"; "… TỔ CHỨC THỰC HIỆN NGÂN SÁCH …"
    // and "hướng dẫn thực hiện …" are the subject's own words).
    // "… vụ thu năm 2023 Kính thưa toàn thể nhân dân trong xã! …" (kg-ubnd-xa-tien-tien-tb-2023-tiem-phong-dai-headerless): a
    // notice read out to the people addresses them as a letter its recipients.
    private static readonly string[] Openings = ["kinh gui", "kinh goi", "kinh thua ", "can cu ", "thuc hien ", "trong thoi gian qua"];

    private readonly HeaderTitleReader _titles;
    private readonly EnactingLineBeforePreamble _enacting;

    public RunOnSubject(HeaderTitleReader titles, EnactingLineBeforePreamble enacting) => (_titles, _enacting) = (titles, enacting);

    /// <summary>The subject in [from, limit) of the normalized text, ending before <paramref name="placeDate"/> when it follows; or
    /// null. <paramref name="numberEnd"/> and <paramref name="placeDateEnd"/> (-1 when not read) say where the subject
    /// written without "V/v" stands: right under the number, or under the place-date printed right after it.</summary>
    public string? Read(TextView view, int from, int limit, int placeDate, int numberEnd = -1, int placeDateEnd = -1)
    {
        var f = view.Folded;
        var n = view.Normalized;
        // "… Kính gửi: Hiệu trưởng các trường Mầm non. Thực hiện công văn … của Sở Giáo dục và Đào tạo Thanh Hoá V/v tổ chức hội
        // thi …" (in-pgd-tho-xuan-cv-24-2012-violet on one line): past the address or the preamble, a "V/v" is a cited text's.
        var at = Opening(f, n, from, BodyOpening(f, n, from, limit), out var kept);
        var start = at < 0 ? -1 : kept ? at : Skip(n, at + 3);
        if (at < 0 && numberEnd >= 0) start = UnderNumber(f, n, numberEnd, placeDate, placeDateEnd, limit);
        if (start < 0 && at < 0) start = AfterDamagedLabel(n, numberEnd, placeDate, placeDateEnd, limit);
        if (start < 0) return null;
        var words = new List<string>();
        var upper = true;
        for (var p = start; p < limit && words.Count <= MaxWords;)
        {
            var e = p;
            while (e < n.Length && n[e] != ' ') e++;
            var word = n[p..e];
            if (p == placeDate || n[p] == '|' || OpensNextPart(f, n, p) || UrgencyMark(n, p, word, upper)) return Title(view, words, upper, p);
            // "… truy tặng danh hiệu AHLLVT CHỦ TỊCH ỦY BAN NHÂN DÂN …": capitals after the subject in its own case are the authority.
            if (!upper && words.Count >= 2 && HeaderText.IsUpper(word) && _titles.IsAuthority(n[p..Math.Min(n.Length, p + 40)])) return Title(view, words, upper, p);
            if (word.Any(char.IsLower)) upper = false;
            words.Add(word);
            p = e;
            while (p < n.Length && n[p] == ' ') p++;
        }
        return null;
    }

    // "… Về cho học sinh nghỉ học Ngày 26/11/2018 KHẨN Kính gửi : …" (pd-sgddt-hcm-cv-2018-4144 on one line): the mark of
    // urgency Nghị định 30/2020/NĐ-CP sets under a subject in small letters, over the address, in capitals ("KHẨN",
    // "THƯỢNG KHẨN", "HỎA TỐC"); in a subject in capitals the word may be its own ("… KHẨN CẤP").
    private static bool UrgencyMark(string n, int p, string word, bool upper)
    {
        if (upper) return false;
        if (word is "KHẨN" or "KHẨN.") return true;
        var next = p + word.Length;
        return word is "HỎA" or "HOẢ" && string.CompareOrdinal(n, next, " TỐC", 0, 4) == 0
            || word is "THƯỢNG" && string.CompareOrdinal(n, next, " KHẨN", 0, 5) == 0;
    }

    private static bool OpensNextPart(string f, string n, int p)
    {
        foreach (var motto in Motto)
            if (string.CompareOrdinal(f, p, motto, 0, motto.Length) == 0) return true;
        return OpensBody(f, n, p);
    }

    private static bool OpensBody(string f, string n, int p)
    {
        if (!char.IsUpper(n[p]) || p + 1 >= n.Length || !char.IsLower(n[p + 1])) return false;
        foreach (var opening in Openings)
            if (string.CompareOrdinal(f, p, opening, 0, opening.Length) == 0) return true;
        return false;
    }

    // Where the address or the body first opens in [from, limit); limit when neither does.
    private static int BodyOpening(string f, string n, int from, int limit)
    {
        var first = limit;
        if (limit <= from) return first;
        foreach (var opening in Openings)
            for (var p = f.IndexOf(opening, from, limit - from, StringComparison.Ordinal); p >= 0 && p < first;
                 p = p + 1 < limit ? f.IndexOf(opening, p + 1, limit - p - 1, StringComparison.Ordinal) : -1)
                if (OpensBody(f, n, p)) first = p;
        return first;
    }

    private string? Title(TextView view, List<string> words, bool upper, int next)
    {
        if (upper && _enacting.Before(words, view.Folded, next) is var k and > 0) words.RemoveRange(k, words.Count - k);
        var title = string.Join(' ', words).Trim(' ', '*', '-', ':', ';', '.');
        // "*"Vv chế độ trợ cấp … nhân dân"*" (ig-ubnd-xa-duc-tan-cv-44-2010-ocr): the quote closing a subject whose label
        // opened it is no mark of the subject.
        if (title.Length > 0 && title[^1] is '"' or '”' && title.AsSpan(0, title.Length - 1).IndexOfAny('"', '“') < 0) title = title[..^1].TrimEnd();
        return title.Count(c => c == ' ') >= 1 ? title : null;
    }

    // "Số: 21 /TTVH Về thực hiện chế độ thông tin, báo cáo định kỳ. CỘNG HÒA …" (dc-ttvh-quan-9-cv-21-2014), "Số: 2865/GDĐT
    // –KT&KĐCL Về: tham gia ý kiến …", "Số : 4144 /GDĐT – VP Thành phố Hồ Chí Minh, ngày 25 tháng 11 năm 2018 Về cho học sinh
    // nghỉ học …" (pd-sgddt-hcm-cv-2007-2865, -2018-4144 on one line): the subject a letter writes without "V/v" stands
    // right under its number, as HeaderSubjectReader reads it on lines; "Về" opens it and is kept, "Về:" is a label and
    // dropped. Where the subject starts; -1 when the word under the number opens none.
    private static int UnderNumber(string f, string n, int numberEnd, int placeDate, int placeDateEnd, int limit)
    {
        var p = Skip(n, numberEnd);
        if (p == placeDate && placeDateEnd > p) p = Skip(n, placeDateEnd);
        if (p + 4 >= limit || n[p] != 'V' || string.CompareOrdinal(f, p, "ve", 0, 2) != 0) return -1;
        if (f[p + 2] == ':') return Skip(n, p + 3);
        return f[p + 2] == ' ' && char.IsLetter(n[p + 3]) ? p : -1;
    }

    // "Số 52 - CV/HNDT Lâm Đông, ngày 09 tháng 9 năm 2025 W⁄%w cử đại điện lãnh đạo … Kính gửi: …", "Số: 42Ÿ LĐLSVN-BTV Hà Nội,
    // ngày 16 tháng 7 năm 2025 % hướng dân các Đoàn Luật sự … Kính gửi: …" (iu-hoi-nong-dan-lam-dong-cv-52-2025-ocr,
    // iu-ldlsvn-btv-cv-hop-nhat-2025-ocr on one line): a scan's "V/v" read as look-alikes (HeaderSubjectReader.DamagedSubjectLabel)
    // right after the number or the place-date under it; the subject starts after the label, -1 when none stands there.
    private static int AfterDamagedLabel(string n, int numberEnd, int placeDate, int placeDateEnd, int limit)
    {
        const int LabelWindow = 12;
        foreach (var end in (ReadOnlySpan<int>)[numberEnd, placeDateEnd])
        {
            if (end < 0) continue;
            var p = Skip(n, end);
            if (p == placeDate && placeDateEnd > p) p = Skip(n, placeDateEnd);
            if (p >= limit) continue;
            var label = HeaderSubjectReader.DamagedSubjectLabel().Match(n, p, Math.Min(LabelWindow, n.Length - p));
            if (label.Success) return p + label.Length;
        }
        return -1;
    }

    // The first "V/v" or "Về việc" in capitals opening a word, after no word in small letters ("… số 12/QĐ-UBND về việc …" is a citation's).
    private static int Opening(string f, string n, int from, int limit, out bool kept)
    {
        kept = false;
        for (var p = f.IndexOf('v', from); p >= 0 && p + 8 < limit; p = f.IndexOf('v', p + 1))
        {
            if (n[p] != 'V' || p > 0 && char.IsLetterOrDigit(n[p - 1])) continue;
            var spelled = string.CompareOrdinal(f, p, "ve viec ", 0, 8) == 0;
            if (!spelled && string.CompareOrdinal(f, p, "v/v", 0, 3) != 0) continue;
            if (PreviousWordIsLower(n, p)) continue;
            kept = spelled;
            return p;
        }
        return -1;
    }

    private static bool PreviousWordIsLower(string n, int at)
    {
        var e = at - 1;
        while (e >= 0 && n[e] is ' ' or '*') e--;
        var s = e;
        while (s > 0 && n[s - 1] != ' ') s--;
        return e >= 0 && char.IsLower(n[s]);
    }

    private static int Skip(string n, int at)
    {
        while (at < n.Length && n[at] is ' ' or ':' or '*' or '.') at++;
        return at;
    }
}
