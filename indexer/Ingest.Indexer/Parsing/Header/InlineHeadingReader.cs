using Ingest.Indexer.Parsing.Tables;
using Ingest.Indexer.Text;

namespace Ingest.Indexer.Parsing.Header;

/// <summary>
/// The heading and title of a header whose lines ran together ("… năm 2015 KẾ HOẠCH Phòng, chống thiên tai … I. Kết quả
/// …", "QUYẾT ĐỊNH Về việc … BỘ TRƯỞNG BỘ Y TẾ Căn cứ …"): the type word at an offset and the title after it, in
/// capitals or in sentence case, cut where the body visibly begins and before the enacting line that a decision's
/// position and body write after its title. Pure and thread-safe.
/// </summary>
internal sealed class InlineHeadingReader(DomainTables tables, HeaderTitleReader titles, IssuerUnitReader units, string[] positions,
    EnactingLineBeforePreamble enacting)
{
    // The type word at a normalized offset and the upper-case words after it, up to the first lower-case word.
    public (DocumentTypeRow Type, string? Title)? Heading(TextView view, int at)
    {
        foreach (var word in tables.FoldedTypeWords())
        {
            // "… năm 2022 QUYẾTĐỊNH PHÊ DUYỆT KẾ HOẠCH …" (hx-ubnd-tuyen-quang-qd-2022-236-spun on one line): a mirror's markup ran
            // the heading's two words together; it is the heading as written with its space.
            var length = TypeWordLength(view.Folded, at, word);
            if (length < 0 || tables.TypeByWord(word) is not { } type) continue;
            var from = at + length;
            var words = UpperCaseTitle(view, from, out var stop);
            if (words.Count == 0) return (type, SentenceCaseTitle(view, from, HeaderText.IsUpper(view.Normalized[at..from])));
            DropRepeatedHeading(words, word);
            DropJointIssuers(words);
            if (words.Count < 2) return (type, null);
            var title = string.Join(' ', words).Trim(' ', '-', '–');
            // "KẾ HOẠCH GIÁO DỤC Năm học 2025-2026 1. CĂN CỨ …": the period under a title in capitals closes it, as a
            // line of its own does under a heading (HeaderTitleReader.WithPeriodLineUnder).
            // A title that ends with its period ("… NĂM HỌC 2008 - 2009 Năm học 2008 - 2009") names it once.
            return (type, stop >= 0 && !char.IsAsciiDigit(title[^1]) && HeaderText.PeriodAt(view.Normalized, stop) is { } period ? title + " " + period : title);
        }
        return null;
    }

    /// <summary>
    /// Where a type heading in capitals stands right before a letter's "V/v" in [0, limit) of a text that lost its line
    /// breaks: "… Số hồ sơ: LA/TB: 1026 QUYẾT ĐỊNH V/v thời trả trợ cấp …", "… của P. NCC TỜ TRÌNH V/v trợ cấp một lần …"
    /// (ig-ubnd-duc-hoa-1026-QD-UBND-2012-ocr, ij-phong-ldtbxh-tan-thanh-tt-312-2010-ocr on one line). On the page the
    /// heading stands on a line of its own and the "V/v" line under it is its trích yếu; -1 when no heading stands there.
    /// </summary>
    public int HeadingBeforeSubject(TextView view, int limit)
    {
        const int MaxTag = 12;
        var (n, f) = (view.Normalized, view.Folded);
        for (var v = f.IndexOf("v/v", 0, Math.Min(limit, f.Length), StringComparison.Ordinal); v > 0;
             v = v + 3 < limit ? f.IndexOf("v/v", v + 3, limit - v - 3, StringComparison.Ordinal) : -1)
        {
            if (n[v] != 'V' || char.IsLetterOrDigit(n[v - 1])) continue;
            // "<b>KẾ HOẠCH </b> <b>V/v Tổ chức lễ, …" (ic-thcs-lieng-trang-kh-khai-giang-2012-123docz): a page's tags, Markdown's
            // marks and a table's bars between them are passed over.
            var end = v;
            while (end > 0)
            {
                if (n[end - 1] is ' ' or '*' or '|') end--;
                else if (n[end - 1] == '>' && n.LastIndexOf('<', end - 1, Math.Min(end, MaxTag)) is var tag and >= 0) end = tag;
                else break;
            }
            foreach (var word in tables.FoldedTypeWords())
            {
                var start = end - word.Length;
                if (start < 0 || start > 0 && char.IsLetterOrDigit(n[start - 1]) || string.CompareOrdinal(f, start, word, 0, word.Length) != 0) continue;
                return HeaderText.IsUpper(n[start..end]) ? start : -1;
            }
            return -1;
        }
        return -1;
    }

    // The length of the type word at an offset of the folded text, a space after it, its own spaces there or lost; -1 when
    // it is not there.
    private static int TypeWordLength(string folded, int at, string word)
    {
        var p = at;
        foreach (var c in word)
        {
            if (c == ' ' && p < folded.Length && folded[p] != ' ') continue;
            if (p >= folded.Length || folded[p] != c) return -1;
            p++;
        }
        return p < folded.Length && folded[p] == ' ' ? p - at : -1;
    }

    // "| THÔNG TƯ THÔNG TƯ QUY ĐỊNH CHẾ ĐỘ QUẢN LÝ TÀI CHÍNH, TÀI SẢN … Căn cứ …" (cp-bo-tai-chinh-tt-2020-07 on one line): a
    // page printed the heading twice, in the header's table and over the title; the second copy is no word of the title.
    private static void DropRepeatedHeading(List<string> words, string foldedType)
    {
        var count = foldedType.Count(c => c == ' ') + 1;
        if (words.Count > count + 1 && TextFolding.FoldLoose(string.Join(' ', words.Take(count))) == foldedType) words.RemoveRange(0, count);
        // "NGHỊ QUYẾT NGHỊQUYẾT VỀ VIỆC BAN HÀNH …" (cp-quoc-hoi-nq-2004-27 on one line): the second copy with its space lost.
        else if (count > 1 && words.Count > 2 && TypeWordLength(TextFolding.Fold(words[0]) + " ", 0, foldedType) > 0) words.RemoveAt(0);
    }

    // "… năm 2025 KẾ HOẠCH LIÊN NGÀNH THỰC HIỆN CÔNG TÁC Y TẾ TRƯỜNG HỌC …" (kw-syt-sgddt-ha-noi-kh-2025-5440 on one line), "HƯỚNG
    // DẪN LIÊN NGÀNH ĐĂNG KÝ KHÁM BỆNH …": "liên ngành" on the heading's line says that several sectors issue the document,
    // as HeaderTitleReader reads it on lines; it is no word of the trích yếu under it.
    private static void DropJointIssuers(List<string> words)
    {
        if (words.Count > 3 && TextFolding.FoldLoose(words[0] + " " + words[1]) == "lien nganh") words.RemoveRange(0, 2);
    }

    // The title in capitals from the word after an offset (a table's bar passed over), with no type word before it: three
    // words at least, up to a word that opens a sentence; a run that names an authority is the enacting line, or the
    // issuer's, and the motto is the header's own.
    public string? Untyped(TextView view, int from)
    {
        const int MinWords = 3;
        var n = view.Normalized;
        var p = HeaderText.NextWord(n, from);
        if (p < n.Length && n[p] == '|') p = HeaderText.NextWord(n, p + 1);
        if (p >= n.Length || !HeaderText.IsUpperWordAt(n, p) || titles.IsAuthority(n[p..Math.Min(n.Length, p + 40)])
            || string.CompareOrdinal(view.Folded, p, "cong hoa", 0, 8) == 0) return null;
        // "I. TÌNH HÌNH BỆNH SỐT XUẤT HUYẾT …" (hz-ubnd-binh-duong-kh-2016-1251-notitle): a plan printed with no title opens
        // its body's first part there; a type word there is a heading InlineHeading did not take.
        var opening = view.Folded.AsSpan(p, Math.Min(12, n.Length - p));
        if (HeaderText.SectionStart().IsMatch(opening)) return null;
        foreach (var typeWord in tables.FoldedTypeWords())
            if (opening.StartsWith(typeWord, StringComparison.Ordinal)) return null;
        var words = UpperCaseTitle(view, p, out _);
        if (words.Count < MinWords) return null;
        var end = p;
        for (var i = 0; i < words.Count; i++) end = HeaderText.NextWord(n, n.IndexOf(' ', end) is var sp and >= 0 ? sp : n.Length);
        return end < n.Length && (char.IsUpper(n[end]) || n[end] is '-' or '–') ? string.Join(' ', words).Trim(' ', '-', '–') : null;
    }

    // The upper-case words from a normalized offset on, up to the first lower-case word, the body's first part or the
    // enacting line; <paramref name="lowerAt"/> is where the word in small letters that ended them stands (-1 when
    // something else did).
    private List<string> UpperCaseTitle(TextView view, int from, out int lowerAt)
    {
        lowerAt = -1;
        var words = new List<string>();
        var to = Math.Min(view.Normalized.Length, from + 400);
        var stop = to;
        for (var p = from; p < to; p++)
        {
            if (view.Normalized[p] == ' ') continue;
            var e = p;
            while (e < to && view.Normalized[e] != ' ') e++;
            var w = view.Normalized[p..e];
            var start = p;
            p = e;
            // "I. CĂN CỨ XÂY DỰNG KẾ HOẠCH" on the next line opens the body.
            if (view.IsLineStart(start) && HeaderText.SectionStart().IsMatch(view.Folded.Substring(start, Math.Min(8, view.Folded.Length - start)))) break;
            // "… CỦA SỞ NÔNG NGHIỆP & PTNT TỈNH QUẢNG NAM" (hx-ubnd-quang-nam-qd-2007-14 on one line): an ampersand joins a name.
            if (w is "-" or "–" or "&") { words.Add(w); continue; }
            // "… GIAI ĐOẠN 2023-2025 I. CĂN CỨ XÂY DỰNG KẾ HOẠCH" (cp-ubnd-bac-kan-kh-2023-711 on one line): the number
            // of the body's first part, in capitals as the title is, ends the title where the line break is lost.
            if (words.Count >= 2 && w is "I." or "1.") { stop = start; break; }
            // "KẾ HOẠCH THỰC HIỆN QUYẾT ĐỊNH SỐ 856/QĐ-TTg NGÀY 10 THÁNG 7 NĂM 2019 …" (hy-bhxh-viet-nam-kh-2019-2596 on one line):
            // a cited number keeps its code's own small letters in a title in capitals.
            if (!w.Any(char.IsLetterOrDigit) || w.Any(char.IsLetter) && !InvariantCasing.IsUpper(w) && !IsCitedNumber(w))
            {
                stop = start;
                if (w.Any(char.IsLetter)) lowerAt = start;
                break;
            }
            words.Add(w);
        }
        if (EnactingAt(words) is var cut and > 0) { words.RemoveRange(cut, words.Count - cut); lowerAt = -1; }
        else if (enacting.Before(words, view.Folded, stop) is var tail and > 0) { words.RemoveRange(tail, words.Count - tail); lowerAt = -1; }
        return words;
    }

    // "… năm 2015 KẾ HOẠCH Phòng, chống thiên tai … năm 2015 I. Kết quả công tác …": a flattened header whose title
    // is in sentence case. Only the first line is read, and only up to where the body visibly begins on it (a
    // section number "I." or "1.", "Căn cứ", "Thực hiện"); with no such end, or no capital opening it, there is no title.
    // "HƯỚNG DẪN nghiệp vụ công tác đảng viên ----- Căn cứ Điều lệ Đảng …" (kj-ban-to-chuc-tw-hd-2025-38-pdf on one line): a
    // Party document writes its trích yếu in small letters under the heading (Hướng dẫn 36-HD/VPTW), so under a heading
    // in capitals the title may open in small letters.
    private string? SentenceCaseTitle(TextView view, int from, bool headingInCapitals)
    {
        const int MaxWords = 80;
        var n = view.Normalized;
        var p = HeaderText.NextWord(n, from);
        if (p >= n.Length || !(char.IsUpper(n[p]) || headingInCapitals && char.IsLower(n[p])) || view.IsLineStart(p)) return null;
        var start = p;
        // Where the run of upper-case words before the current word begins, and the word before it.
        int upperRun = -1, beforeRun = start;
        for (var count = 0; p < n.Length && count <= MaxWords; count++)
        {
            if (count > 0 && (view.IsLineStart(p))) return null;
            var rest = view.Folded.AsSpan(p, Math.Min(16, n.Length - p)).ToString();
            // "… Giai đoạn 2016 – 2020 Thực hiện Kế hoạch số 323/KH-SGD&ĐT …": the body's first sentence opens with the
            // capital of "Thực hiện" as it does with "Căn cứ" (id-pgd-thanh-oai-78-KH-PGD-2016-123docz).
            if (count >= 3 && (char.IsUpper(n[p]) || char.IsDigit(n[p]) || n[p] == '(') && (HeaderText.SectionStart().IsMatch(rest) || HeaderText.NoTitle().IsMatch(rest)
                || rest.StartsWith("thuc hien ", StringComparison.Ordinal) || RunOnTitleEnd.OpensAt(n, view.Folded, p)))
                return WithoutEnactingLine(view, start, upperRun, beforeRun, p);
            var e = p;
            while (e < n.Length && n[e] != ' ') e++;
            // "QUY CHẾ Quản lý và cung cấp thông tin … Việt Nam ____ - Căn cứ Điều lệ Đảng;" (iy-bch-tw-09-QC-TW-2026-ts24 on
            // one line): the rule drawn under the trích yếu ends it.
            if (count >= 2 && e - p >= 3 && IsRule(n.AsSpan(p, e - p))) return WithoutEnactingLine(view, start, upperRun, beforeRun, p);
            if (HeaderText.IsUpperWord(n.AsSpan(p, e - p))) { if (upperRun < 0) upperRun = p; }
            else (upperRun, beforeRun) = (-1, p);
            p = HeaderText.NextWord(n, e);
        }
        return null;
    }

    // "QUYẾT ĐỊNH Về việc ban hành … tại các cơ sở khám bệnh, chữa bệnh BỘ TRƯỞNG BỘ Y TẾ Căn cứ …" (ip-bo-y-te-4440-QD-
    // BYT-2020-pdf on one line): the upper-case run closing a sentence-case title before the preamble is the enacting line.
    private string WithoutEnactingLine(TextView view, int start, int upperRun, int beforeRun, int end)
    {
        var n = view.Normalized;
        if (upperRun > start)
        {
            // The word before the run, then the run's words: the first says whether the run may begin a name ("của …").
            var words = n[beforeRun..end].Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
            if (enacting.Before(words, view.Folded, end) is var k and > 0)
            {
                // "… của Sở Tài chính tỉnh Lai Châu CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH LAI CHÂU Căn cứ …" (cp-ubnd-lai-chau-qd-2025-
                // tthc-stc on one line): a chairman's decision is enacted by his position over the body (Nghị định 30/2020/NĐ-CP
                // Phụ lục I), and the position opening the run is the enacting line's as the body is.
                if (k > 1 && IsPosition(string.Join(' ', words.Skip(1).Take(k - 1)))) k = 1;
                end = WordStart(n, beforeRun, k);
            }
        }
        // "… huyện Bình Sơn -_-__ `" (jd-ubnd-quang-ngai-tb-2024-660-ocr on one line): a rule's strokes and a speck the scan
        // read under the title are no part of it.
        return n[start..Math.Max(start, end)].TrimEnd(' ', '-', '–', ':', ';', '.', '_', '`');
    }

    // A serial, a slash and a code: "856/QĐ-TTg", "11/2024/TT-BGDĐT".
    private static bool IsCitedNumber(string word) => word.Length > 4 && char.IsAsciiDigit(word[0]) && word.Contains('/') && word.Count(char.IsLower) <= 2;

    private bool IsPosition(string words) => Array.IndexOf(positions, TextFolding.FoldLoose(words)) >= 0;

    // The offset of the k-th word from an offset on.
    private static int WordStart(string n, int at, int k)
    {
        for (var i = 0; i < k; i++)
        {
            while (at < n.Length && n[at] != ' ') at++;
            while (at < n.Length && n[at] == ' ') at++;
        }
        return at;
    }

    private static bool IsRule(ReadOnlySpan<char> word) => !word.ContainsAnyExcept('_') || !word.ContainsAnyExcept('-');

    // "… CỦA CẤP TỈNH BỘ TRƯỞNG BỘ LAO ĐỘNG …": where a position and the body it heads follow the title on one
    // flattened line (the enacting line of a decision), unless a connector asks for a name ("… CỦA CHỦ TỊCH …").
    private int EnactingAt(List<string> words)
    {
        for (var k = 1; k < words.Count - 1; k++)
        {
            if (EnactingLineBeforePreamble.IsConnector(TextFolding.FoldLoose(words[k - 1]))) continue;
            // "KẾT LUẬN CỦA PHÓ THỦ TƯỚNG CHÍNH PHỦ HỒ QUỐC DŨNG TẠI CUỘC HỌP …" (jg-vpcp-tb-2025-659-md on one line): after
            // "PHÓ" the position goes on ("PHÓ THỦ TƯỚNG"); an enacting line would open with the deputy word itself.
            if (words[k - 1] is "PHÓ") continue;
            // "KẾT LUẬN CỦA ĐỒNG CHÍ TỔNG BÍ THƯ TẠI BUỔI LÀM VIỆC …" (jg-vptw-tb-2025-432-md): a position after "đồng
            // chí" (or a part of it, "BÍ THƯ" of "TỔNG BÍ THƯ") is the person the title speaks of, never an enacting line.
            if (AfterComrade(words, k)) continue;
            var rest = string.Join(' ', words.Skip(k));
            var folded = TextFolding.FoldLoose(rest);
            var position = FoldedWords.FirstOpening(folded, positions);
            if (position is not null && position.Length < rest.Length && units.ReadName(rest[(position.Length + 1)..]) is { Head: not null, Level: not null }) return k;
        }
        // "… TRÊN ĐỊA BÀN THÀNH PHỐ HÀ NỘI” ỦY BAN NHÂN DÂN THÀNH PHỐ HÀ NỘI Căn cứ …": the body alone, closing the
        // upper-case run after a closed quote, is the enacting line, not the title's end.
        for (var k = 1; k < words.Count - 2; k++)
        {
            if (!words[k - 1].EndsWith('”') && !words[k - 1].EndsWith('"')) continue;
            var rest = string.Join(' ', words.Skip(k));
            if (titles.IsEnacting(rest) && units.ReadName(rest) is { } body && body.Tokens.Count == words.Count - k) return k;
        }
        return -1;
    }

    private static bool AfterComrade(List<string> words, int k)
    {
        for (var j = Math.Max(1, k - 3); j < k; j++)
            if (words[j - 1].Length == 4 && words[j].Length == 3 && TextFolding.FoldLoose(words[j - 1] + " " + words[j]) == "dong chi") return true;
        return false;
    }
}
