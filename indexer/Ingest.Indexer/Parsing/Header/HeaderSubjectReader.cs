using System.Text.RegularExpressions;
using Ingest.Indexer.Text;
using static Ingest.Indexer.Parsing.Header.HeaderText;

namespace Ingest.Indexer.Parsing.Header;

/// <summary>
/// Reads the title of a header with no type heading: a letter's subject ("V/v ...", "Về việc ...", "Về: ...",
/// or "Về ..." under the number, over the lines that continue it up to "Kính gửi"), or the upper-case lines
/// under the number or place-date when the heading was lost in extraction. Pure and thread-safe.
/// </summary>
internal static partial class HeaderSubjectReader
{
    private const int HeaderLines = 40;

    // How many lines under the number or the motto a letter's subject may begin when the header stands low on the page.
    private const int SubjectUnderNumber = 10;

    // How far down a page's banner may push the header's motto.
    private const int BannerLines = 120;

    // The motto's second line, "Độc lập - Tự do - Hạnh phúc": where the header stands on the page.
    private static int MottoLine(IReadOnlyList<PlanLine> lines, int from)
    {
        for (var i = from; i < Math.Min(lines.Count, BannerLines); i++)
        {
            var folded = TextFolding.Fold(lines[i].Clean);
            if (folded.Contains("doc lap", StringComparison.Ordinal) && folded.Contains("hanh phuc", StringComparison.Ordinal)) return i;
        }
        return -1;
    }

    // "V/v", "V/V:", "V/v." opening the subject of a letter (công văn); "“V/v giới thiệu … giúp việc”", the subject in
    // quotes (a Tỉnh đoàn's letter, iu-tinh-doan-lam-dong-cv-156-2025-pdf; folded, the quote is '"').
    [GeneratedRegex(@"(?:^|(?<=[\x20|_""]))v\x20?/\x20?v\b\.?:?\x20?", RegexOptions.CultureInvariant)]
    private static partial Regex Subject();

    // Before a "V/v" on its line, what makes it another document's subject: "Căn cứ công văn số 804/HD-PGD
    // ngày 01/11/2013 V/v ...", "thực hiện ...", "theo ...".
    [GeneratedRegex(@"(?:^|\x20)(?:can\x20|thuc\x20hien|theo\x20)|ngay\x20?\d{1,2}\x20?/\x20?\d{1,2}\x20?/\x20?\d{2,4}\x20?$", RegexOptions.CultureInvariant)]
    private static partial Regex CitedBefore();

    // "Về: tham gia ý kiến ...": the subject's label written out.
    // "ƒ/w cử lãnh đạo Ban …" (iu-ban-tgdv-tu-lam-dong-cv-2025-ocr), "W⁄%w cử đại điện …" (iu-hoi-nong-dan-lam-dong-cv-52-2025-
    // ocr), "% hướng dân các Đoàn …" (iu-ldlsvn-btv-cv-hop-nhat-2025-ocr), "*"Vv chế độ trợ cấp …" (ig-ubnd-xa-duc-tan-cv-44-
    // 2010-ocr): a scan's "V/v", its letters read as look-alikes or lost and its slash as another mark, before a subject in
    // lower case; no word of Vietnamese is written so. "VW cử đại diện lãnh đạo …" (lk-hoi-nong-dan-lam-dong-cv-52-2025-ocr):
    // the slash and the small v read as one W.
    [GeneratedRegex(@"^[*_""“]*(?:[VvWwƒ]?[/⁄%][VvWwƒ%]{0,2}|[Vv][VvWw])\x20+(?=\p{Ll})", RegexOptions.CultureInvariant)]
    internal static partial Regex DamagedSubjectLabel();

    // "⁄ Góp ý dự thảo Quy chế văn bằng," / "chứng chỉ của hệ thống GDQD" / "Kính gửi: …" (mj-dh-tay-do-cv-2025-1135-ocr):
    // the scan lost both letters of "V/v" and kept its slash, before a subject that opens with a capital. A slash opens
    // no line of a header otherwise; only where the address follows (AddressUnder).
    [GeneratedRegex(@"^[/⁄]\x20+(?=\p{Lu}\p{Ll})", RegexOptions.CultureInvariant)]
    private static partial Regex SlashLeftOfLabel();

    [GeneratedRegex(@"^ve\x20?:\x20?", RegexOptions.CultureInvariant)]
    private static partial Regex SubjectLabel();

    // Where a subject written on the header's lines stops: the address, the place-date ("Hà Nội, ngày 5 tháng",
    // not "lần thứ 7, ngày vệ sinh yêu nước"; its day may be a handwritten one the OCR read as junk, "ngày | tháng 12",
    // "ngày AÁ_ tháng 5"), a motto.
    // "*Hà Nội, ngày" / "21 tháng 11 năm 2025*": a repository's table cell breaks the place-date after "ngày".
    // "Lâm Đông, ngày-14 tháng 9 năm 2025" (iu-hoi-lhpn-lam-dong-cv-btv-2025-ocr): the OCR read the space before the day as a hyphen.
    // "… các cấp học phổ thơng, giáo dục thường xun và mầm non Kính gởi: - Các Phòng Giáo dục và Đào tạo; …" (id-so-gddt-binh-
    // thuan-3358-2010-123docz on one line): the address in its southern spelling, as RunOnSubject reads it.
    [GeneratedRegex(@"kinh\x20g[uo]i|\x20?[^,\x20]+(?:\x20[^,\x20]+){0,4}\x20?,\x20?ngay(?:\x20?|-)(?:\d|[._…|]|[^\x20\d]{1,4}\x20+thang\b|\x20*thang\b|$)|cong\x20hoa\x20xa|doc\x20lap\x20|\|", RegexOptions.CultureInvariant)]
    private static partial Regex SubjectStop();

    // "Về việc báo cáo ... nông thôn (3585/VP-KTN, ngày 23/10/2017).": the letter's own number and date in brackets
    // close its subject; the place-date stop would cut into the subject before them.
    // A code follows the serial ("3585/VP-KTN"); an anniversary's dates do not ("Ngày Thương binh - Liệt sĩ (27/7/1947 -
    // 27/7/2025)", mf-ubnd-xa-o-lam-tb-2025-treo-quoc-ky-headerless), and stay in the subject.
    [GeneratedRegex(@"\x20?\(\d{1,6}[/-](?:(?:19|20)\d{2}/)?[a-z][^()]{0,60}\)\W*$", RegexOptions.CultureInvariant)]
    private static partial Regex BracketedNumber();

    /// <summary>
    /// The subject of a letter: "V/v ..." in the header, "Về việc ..." or "Về: ..." before the address, or a
    /// "Về ..." line under the number, over the lines that continue it up to "Kính gửi"
    /// ("V/v Hướng dẫn thực hiện nhiệm vụ" / "Giáo dục trung học năm học ...").
    /// </summary>
    public static (string Text, int LineStart)? Read(IReadOnlyList<PlanLine> lines, int numberLine)
    {
        var bodySeen = false;
        // A page's banner above the header (a portal's notices, a viewer's toolbar) pushes the number past the
        // first lines: the subject is looked for up to a few lines under the number wherever it stands.
        // The motto is looked for only when the usual lines gave nothing: most texts read here find their subject
        // in them, and cleaning a page's worth of lines more for each would cost every parse.
        var end = Math.Min(lines.Count, Math.Max(HeaderLines, numberLine + SubjectUnderNumber));
        var mottoSought = false;
        for (var i = 0; i < end; i++)
        {
            if (i == end - 1 && !mottoSought)
            {
                mottoSought = true;
                end = Math.Min(lines.Count, Math.Max(end, MottoLine(lines, Math.Max(0, end - SubjectUnderNumber)) + SubjectUnderNumber));
            }
            var clean = lines[i].Clean;
            var folded = TextFolding.Fold(clean);
            var m = Subject().Match(folded);
            if (m.Success && CitedBefore().IsMatch(folded[..m.Index])) m = Match.Empty;
            var rest = m.Success ? clean[(m.Index + m.Length)..] : null;
            if (!m.Success && !bodySeen && SubjectLabel().Match(folded) is { Success: true } label) rest = clean[label.Length..];
            // "Về việc đón đọc ..." under the issuer: the subject's long form, before the address.
            else if (!m.Success && !bodySeen && folded.StartsWith("ve viec ", StringComparison.Ordinal) && !IsUpper(clean)) rest = clean;
            // "Về cho học sinh nghỉ học" right under the number line: a subject written without "V/v", above the address; a
            // "về việc …" under "Kính gửi" and "Thực hiện công văn số …" is the cited letter's (hy-ttyt-me-linh-cv-2018-hien-mau-ocr).
            else if (!m.Success && !bodySeen && numberLine >= 0 && i > numberLine && i <= numberLine + 4 && folded.StartsWith("ve ", StringComparison.Ordinal) && !IsUpper(clean))
                rest = clean;
            // A label the scan damaged, on the lines right under the number as a letter's subject stands, or right above the
            // address where the scan lost the number's label too ("Số đJ/0 -CV/BTGDVTU" / "ƒ/w cử lãnh đạo Ban tham gia" /
            // "Ban Ưì sự tiên bộ của phụ nữ" / "Kính gửi: Sở Nội vụ.", iu- and lq-ban-tgdv-tu-lam-dong-cv-2025-ocr).
            var damaged = rest is null && (numberLine >= 0 && i > numberLine && i <= numberLine + 4 || numberLine < 0 && !bodySeen)
                ? DamagedSubjectLabel().Match(clean) : Match.Empty;
            if (damaged.Success && !(numberLine >= 0 && i <= numberLine + 4) && !AddressUnder(lines, i)) damaged = Match.Empty;
            if (rest is null && !damaged.Success && !bodySeen && SlashLeftOfLabel().Match(clean) is { Success: true } slash && AddressUnder(lines, i))
                damaged = slash;
            if (damaged.Success) rest = clean[damaged.Length..];
            if (rest is null)
            {
                bodySeen |= BodyStart().IsMatch(folded);
                continue;
            }
            if (BodyStart().IsMatch(folded)) return null;
            var quoted = m.Success && m.Index > 0 && folded[m.Index - 1] == '"' || damaged.Success && damaged.ValueSpan.ContainsAny("\"“");
            var text = Continued(lines, i, rest, quoted);
            if (quoted) text = text.TrimEnd(' ', '"', '”');
            return text.Length < 3 ? null : (text, lines[i].Start);
        }
        return null;
    }

    // A subject's lines before the address: two or three, a scan's blank lines between them.
    private const int SubjectToAddress = 5;

    private static bool AddressUnder(IReadOnlyList<PlanLine> lines, int at)
    {
        for (var k = at + 1; k < lines.Count && k <= at + SubjectToAddress; k++)
            if (TextFolding.Fold(lines[k].Clean.TrimStart()).StartsWith("kinh gui", StringComparison.Ordinal)) return true;
        return false;
    }

    // The subject's first words and the lines that continue it, up to the address or the body.
    // <paramref name="quoted"/>: the subject opened with a quote ("“V/v Triển" / "khai đồng loạt" / "Ngày Chủ nhật" /
    // "xanh 22/7/2018”", iz-bch-doan-huyen-tho-xuan-cv-2018-74-chu-nhat-xanh): the quote that closes it ends it, whatever
    // the case of the lines between.
    private static string Continued(IReadOnlyList<PlanLine> lines, int at, string rest, bool quoted = false)
    {
        if (quoted && !HasClosingQuote(rest) && QuotedLines(lines, at) is { } closed) return string.Join(' ', [rest.Trim(), .. closed]).Trim(' ', ';', ',');
        // "*V/v" alone on its line, the subject on the next ("Chính sách thuế TNCN*"): that line opens it, whatever its case.
        if (rest.Trim(' ', ':', '.').Length == 0)
            for (var k = at + 1; k < lines.Count && k < at + 3; k++)
                if ((lines[k].Columns.FirstOrDefault() ?? "").Trim('|', ' ') is { Length: > 0 } first)
                {
                    if (BodyStart().IsMatch(TextFolding.Fold(first)) || TextFolding.Fold(first).StartsWith("kinh gui", StringComparison.Ordinal)) break;
                    (rest, at) = (first, k);
                    break;
                }
        var bracketed = BracketedNumber().Match(TextFolding.Fold(rest));
        if (bracketed.Success && bracketed.Index > 0) return rest[..bracketed.Index].Trim(' ', ';', ',');
        var stop = SubjectStop().Match(TextFolding.Fold(rest));
        // "V/v dự kiến mục tiêu, nhiệm vụ, kế hoạch Hà Nội, ngày | tháng 12 năm 2025" / "đầu tư công trung hạn …": the
        // place-date of the right-hand column beside the subject's first line; the subject goes on under it. The address
        // or a motto on the line ends it.
        // "Về việc xây dựng kế hoạch rà |" / "soát quy định, …": a bar closing the line is the cell's right edge (an OCR'd
        // table), not a column beside the subject; the subject goes on under it.
        var closingBar = stop.Success && stop.ValueSpan is "|" && rest.AsSpan(stop.Index + 1).Trim(" |").IsEmpty;
        var cut = stop.Success && !stop.ValueSpan.Contains(',') && !closingBar;
        if (stop.Success) rest = rest[..PlaceStart(rest, stop)];
        var parts = new List<string> { WithoutSpecks(StampCut.Before(rest)) };
        var pending = new List<string>();
        var abbreviationAt = -1;
        // Seven written lines under the first; a scan's blank lines between them ("giai đoạn 2021-2016 và Kê hoạch" / "" /
        // "triên khai các hoạt động năm 2021" / "" / …, lc-so-tu-phap-tp-hcm-cv-2021-ho-tro-phap-ly-ocr) are no lines of it.
        for (int k = at + 1, written = 0; !cut && k < lines.Count && written < 7 && k < at + 16; k++)
        {
            // "-_ đến năm 2030": OCR debris of the page's edge before a line's words.
            var next = StampCut.Before((lines[k].Columns.FirstOrDefault() ?? "").Trim('|', ' ')).TrimStart('-', '_', ' ');
            if (string.IsNullOrEmpty(next)) continue;
            written++;
            var nextFolded = TextFolding.Fold(next);
            // Up to the address: what stands between is the subject, blank lines or capitals notwithstanding.
            // A subject runs to five lines at most ("V/v tham mưu HĐND cấp tỉnh ban hành" / "Nghị quyết về …" / … /
            // "phòng, chống ma túy đến năm 2030", jb-cuc-csdt-ma-tuy-bca-cv-2026-c04-p6-ocr): four under its first.
            if (nextFolded.StartsWith("kinh gui", StringComparison.Ordinal)) { parts.AddRange(pending.Take(4)); break; }
            // "V/v tuyên truyền kỷ niệm 130 năm" / "Ngày sinh Chủ tịch Tôn Đức Thắng" / "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM"
            // (kb-cd-giao-duc-viet-nam-cv-2018-175): a page that prints the left column before the right one puts the
            // motto under the subject's cell; like the place-date, it confirms the lines between as the subject's.
            if (nextFolded.StartsWith("cong hoa xa hoi", StringComparison.Ordinal)) { parts.AddRange(pending.Take(3)); break; }
            // "Về cho học sinh nghỉ học" / "Ngày 26/11/2018": a line naming the period ends the subject.
            if (pending.Count == 0 && IsPeriodLine(next)) { parts.Add(next.Trim()); break; }
            // "*Hà Nội," / "ngày 25 tháng 1**1** năm 2025** *" (mo-vpcp-cv-2025-11520): the place-date broken after its comma;
            // the place's line is no part of the subject, and the date line ends it.
            if (pending.Count > 0 && PlaceBeforeComma(pending[^1]) && DateLineStart().IsMatch(nextFolded))
            {
                pending.RemoveAt(pending.Count - 1);
                parts.AddRange(pending.Take(3));
                break;
            }
            // "V/v tuyên truyền chủ trương, chính sách của" / "Đảng, Nhà nước." / "Hà Nội, ngày": what stands between the
            // subject's first line and the place-date under it still continues the subject (a table cell flattened).
            if (PlaceDateLike().IsMatch(nextFolded))
            {
                // "V/v kiểm tra, khảo sát, đánh giá thực" / "trạng sử dụng phòng học bộ môn, thiết Hà Nội, ngày 10 tháng # năm
                // 2026" / "bị dạy học trong …" (kx-bo-gddt-cv-2026-1849-ocr): the right-hand column's place-date beside the
                // subject's second line, the subject's words in small letters before it; the subject goes on under it, as
                // beside its first line.
                if (pending.Count == 0 && char.IsLower(next[0]) && SubjectStop().Match(nextFolded) is { Success: true } beside
                    && beside.ValueSpan.Contains(',') && next[..PlaceStart(next, beside)].Trim() is { Length: > 0 } words)
                {
                    parts.Add(WithoutSpecks(words));
                    continue;
                }
                // "*Hà" / "Nội, ngày 25 tháng 11 năm 2025*": the place broken over two lines; its first word is the place's.
                if (pending.Count > 0 && abbreviationAt != pending.Count - 1 && IsPlaceWords(pending[^1]) && nextFolded[..PlaceDateLike().Match(nextFolded).Index].Split(' ').Length <= 4)
                    pending.RemoveAt(pending.Count - 1);
                parts.AddRange(pending.Take(3));
                break;
            }
            // "phức tạp về ma túy và cơ sở cai nghiện" / "thực hiện Chương trình MTQG": words the body opens with, but in
            // lower case, go on with the subject; a paragraph opens with a capital.
            if (BodyStart().IsMatch(nextFolded) && !char.IsLower(next[0])) break;
            // "V/v thuế suất thuế" / "GTGT*": an abbreviation alone on the line goes on with a subject not yet ended; it
            // joins only where the place-date or the address below confirms that the lines between are the subject's cell.
            if (IsUpper(next) && !(pending.Count == 0 && (IsAbbreviation(next) || IsSymbol(next)) && !EndsSentence(parts[^1]))) break;
            if (IsUpper(next)) abbreviationAt = pending.Count;
            var nextStop = SubjectStop().Match(nextFolded);
            if (nextStop.Success && nextStop.ValueSpan.Contains(','))
            {
                var before = next[..PlaceStart(next, nextStop)].Trim();
                // "*Hà" / "Nội, ngày 21": the place itself broken over two lines; its first word is no part of the subject.
                if (before.Length == 0 && pending.Count > 0 && IsPlaceWords(pending[^1])) pending.RemoveAt(pending.Count - 1);
                parts.AddRange(pending.Take(3));
                parts.Add(before);
                break;
            }
            // "đến năm 2030 | 'PP) Số⁄4Qđ": a cell bar or the address ends the subject; the words before it are its last.
            if (nextStop.Success)
            {
                var last = next[..nextStop.Index].Trim();
                // "giải quyêt TTHC" / "x© Kính gửi:" (jd-ubnd-quang-ngai-cv-2025-299-ocr): a speck of the margin before the
                // address, no two letters in a row, is no word of the subject.
                if (last.Length > 0 && char.IsLower(last[0]) && LetterRuns.HasLetterPair(last)) { parts.AddRange(pending.Take(3)); parts.Add(last); }
                break;
            }
            if (next.Trim().Length == 0) continue;
            // "Về việc tham dự Lễ kỷ niệm 80 năm thành lập Bộ Giáo dục và Đào tạo," / "Khai giảng năm học 2025-2026 và công bô
            // quyết định câp giây chứng nhận" (ld-dh-dien-luc-tb-2025-le-ky-niem-ocr): a comma closing the line leaves the
            // subject open, and the next line goes on with it whatever its capital.
            if (pending.Count == 0 && (char.IsLower(next[0]) || parts[^1].EndsWith(','))) parts.Add(WithoutSpecks(next));
            else pending.Add(WithoutSpecks(next));
        }
        return string.Join(' ', parts.Where(p => p.Length > 0)).Trim(' ', ';', ',');
    }

    // "V/V Đăng tải thông tin lựa chọn `" (kd-bvdk-bac-ninh-cv-2021-6191-ocr): a speck the OCR read at a line's edge is
    // no mark of the subject (corpus README, unreadable text: damage repaired with certainty).
    // "đi công tác tại Lào ¬¬" (lg-vp-tw-dang-vu-to-chuc-can-bo-ttr-2017-391-ocr): a rule's stroke read as signs of negation,
    // which no Vietnamese text writes.
    private static string WithoutSpecks(string line) => WithoutTrailingDebris(line.Trim().Trim('`', '´', '¬').Trim());

    // "V/v kiểm tra, khảo sát, đánh giá thực "— . ẩ g" (kx-bo-gddt-cv-2026-1849-ocr): the right-hand column's unreadable
    // number read beside the subject's line as signs and lone letters. Words closing the line with no two letters in a row
    // and no digit, signs alone and a lone letter among them, are no words of the subject ("nhóm A", "năm 2" have no sign
    // word; "… Chính trị quốc gia :" over "đi công tác tại Lào", lg-vp-tw-dang-vu-to-chuc-can-bo-ttr-2017-391-ocr, no letter).
    private static string WithoutTrailingDebris(string line)
    {
        var end = line.Length;
        var signs = false;
        var letter = false;
        var cut = line.Length;
        while (end > 0)
        {
            var space = line.LastIndexOf(' ', end - 1);
            var word = line.AsSpan(space + 1, end - space - 1);
            if (word.Length > 0)
            {
                if (LetterRuns.HasLetterPair(word) || word.ContainsAnyInRange('0', '9')) break;
                signs |= !LetterRuns.HasLetter(word);
                letter |= word.Length == 1 && char.IsLetter(word[0]);
                cut = space + 1;
            }
            if (space < 0) { cut = 0; break; }
            end = space;
        }
        return signs && letter && cut > 0 ? line[..cut].TrimEnd() : line;
    }

    private static bool HasClosingQuote(string text) => text.AsSpan().IndexOfAny('”', '"') >= 0;

    // The lines under a quoted subject's first, up to the one whose quote closes it (at most five: a subject is a few
    // lines); null when no quote closes within them or the address or a place-date comes first.
    private static List<string>? QuotedLines(IReadOnlyList<PlanLine> lines, int at)
    {
        var parts = new List<string>();
        for (var k = at + 1; k < lines.Count && k <= at + 5; k++)
        {
            var next = (lines[k].Columns.FirstOrDefault() ?? "").Trim('|', ' ');
            if (next.Length == 0) continue;
            var folded = TextFolding.Fold(next);
            if (folded.StartsWith("kinh gui", StringComparison.Ordinal) || PlaceDateLike().IsMatch(folded)) return null;
            var close = next.AsSpan().IndexOfAny('”', '"');
            if (close >= 0) { parts.Add(next[..close].Trim()); return parts; }
            parts.Add(next);
        }
        return null;
    }

    // "… triển khai Nghị định" / "136/2025/NĐ-CP*": the number of the document a subject names, alone on its line (in-
    // batch, Văn phòng Chính phủ 2025); it joins as an abbreviation does, under the same confirmation.
    private static bool IsSymbol(string line) => SymbolLine().IsMatch(line.Trim('*', '_', ' ', ';', ','));

    [GeneratedRegex(@"^\d{1,6}(?:/(?:19|20)\d{2})?[/-]\p{Lu}[\p{Lu}\d&.-]*(?:/\p{Lu}[\p{Lu}\d&.-]*)?$", RegexOptions.CultureInvariant)]
    private static partial Regex SymbolLine();

    // "GTGT", "TNCN", "ĐTXD": one word of two to six capitals, as the short names of taxes, bodies and schools are.
    private static bool IsAbbreviation(string line) =>
        line.Length is >= 2 and <= 6 && line.All(c => char.IsLetter(c) && char.IsUpper(c));

    private static bool EndsSentence(string part) => part.Length > 0 && part[^1] is '.' or ';' or ':' or '!' or '?';

    // "Hà", "*Thành phố Hồ Chí" (jf-ubnd-tp-hcm-cv-2025-4240-md): one to five words of letters, as a place name's first
    // line is, each capitalised but for the kind words a place's name carries ("phố", "xã"), the last a name's; the
    // emphasis marks a Markdown copy puts around the place-date are no part of it.
    private static bool IsPlaceWords(string line)
    {
        var words = line.Trim('*', '_', ' ').Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length is >= 1 and <= 5 && char.IsUpper(words[^1][0])
            && words.All(w => w.All(char.IsLetter) && (char.IsUpper(w[0]) || PlaceKindInName.Contains(w)));
    }

    // "*Hà Nội,": a place's words closed by the comma that a place-date writes before "ngày".
    private static bool PlaceBeforeComma(string line)
    {
        var trimmed = line.Trim('*', '_', ' ');
        return trimmed.EndsWith(',') && IsPlaceWords(trimmed[..^1]);
    }

    // "ngày 25 tháng …", "*ngày 03/6/2025": a line opening with a day.
    [GeneratedRegex(@"^[*_\x20]*ngay\x20?\d", RegexOptions.CultureInvariant)]
    private static partial Regex DateLineStart();

    private static readonly HashSet<string> PlaceKindInName = new(["phố", "xã", "thị", "trấn", "tỉnh", "huyện", "quận", "phường"], StringComparer.Ordinal);

    // "… tại Điều 162 Luật DN 2014 Hà Nội, ngày 23 tháng 5": the stop takes up to five words before the comma as the
    // place, read without case; a place name opens each word with a capital and has no digits, so the words before it
    // that do not ("Luật DN 2014") stay with the subject.
    private static int PlaceStart(string text, Match stop)
    {
        // "… AHLLVT Kính gửi: Phòng LĐTB&XH các huyện, thị xã": a stop with no place in it (the address, the motto, a
        // cell bar) ends the subject where it starts; a comma after it is the address's.
        if (!stop.ValueSpan.Contains(',')) return stop.Index;
        var comma = text.IndexOf(',', stop.Index);
        if (comma < 0) return stop.Index;
        var at = stop.Index;
        for (var p = stop.Index; p < comma; p++)
        {
            if (p > stop.Index && text[p - 1] != ' ' || text[p] == ' ') continue;
            // A word that opens in lower case or holds a digit is no part of the place: the place starts after it.
            var end = text.IndexOf(' ', p, comma - p) is var e and >= 0 ? e : comma;
            var word = text.AsSpan(p, end - p);
            // "V/v tuyên truyền kết quả Đại hội        |Hà Nội, ngày 9 tháng 8 năm 2013" (jj-cd-giao-duc-viet-nam-cv-2013-
            // 172-word): a Word table's bar opens the right-hand cell, where the place starts.
            if (word[0] == '|') at = p;
            else if (!char.IsUpper(word[0]) || word.ContainsAny("0123456789")) at = end;
        }
        return at;
    }

    /// <summary>No heading (lost in extraction): the upper-case line(s) right under the number or place-date are the title.</summary>
    public static string? Unheaded(IReadOnlyList<PlanLine> lines, TextView view, PlaceDate? placeDate, (int Start, int End)? number, HeaderTitleReader titles)
    {
        var after = Math.Max(placeDate?.End ?? -1, number?.End ?? -1);
        if (after < 0) return null;
        var originalAfter = view.ToOriginal(after);
        var parts = new List<string>();
        for (var i = 0; i < Math.Min(lines.Count, HeaderLines); i++)
        {
            if (lines[i].Start <= originalAfter) continue;
            // "¬ _ ĐƠN ĐÈ NGHỊ": specks before a line are the scan's, not the title's (HeaderTitleReader.ReadHeading).
            var clean = lines[i].Clean.Trim('|', ' ').TrimStart('_', '¬', '~', '`', ' ');
            if (clean.Length == 0 || IsRule(clean)) { if (parts.Count > 0) break; continue; }
            // "CHƯƠNG TRÌNH" alone on its line is the heading, whose title is under it (HeaderParser reads it there).
            if (parts.Count == 0 && titles.IsTypeHeading(clean)) break;
            if (!IsUpper(clean) || clean.Length < 12 || TextFolding.Fold(clean).StartsWith("cong hoa", StringComparison.Ordinal) || SectionStart().IsMatch(TextFolding.Fold(clean))) break;
            if (parts.Count > 0 && titles.IsAuthority(clean) && !EndsWithConnector(parts[^1]) || parts.Count == 0 && titles.IsEnacting(clean)) break;
            parts.Add(clean);
        }
        return parts.Count == 0 ? SentenceCaseTitle(lines, originalAfter) : string.Join(' ', parts).TrimEnd('.', ' ');
    }

    // "Số: 21/2025/TT-BGDĐT" / "**Quy định chế độ trả tiền lương dạy thêm giờ đối với nhà giáo … công lập**" / "*Căn cứ Luật
    // Giáo dục …*" (ie-bgddt-21-2025-TT-BGDDT-repo, a mirror that printed the heading "THÔNG TƯ" as its page's title): a
    // line in sentence case right under the number or place-date is the title only where the preamble or the salutation
    // opens the very next line, which leaves it nothing else to be.
    private static string? SentenceCaseTitle(IReadOnlyList<PlanLine> lines, int originalAfter)
    {
        string? title = null;
        for (var i = 0; i < Math.Min(lines.Count, HeaderLines); i++)
        {
            if (lines[i].Start <= originalAfter) continue;
            var clean = lines[i].Clean.Trim('|', ' ', '*', '_');
            if (clean.Length == 0 || IsRule(clean)) continue;
            if (title is not null)
                return OpensBody(clean) ? title : null;
            if (clean.Length < MinSentenceTitleChars || IsUpper(clean) || !char.IsUpper(clean[0]) || clean[^1] is ':' or ';'
                || OpensBody(clean)) return null;
            title = clean.Replace("*", "", StringComparison.Ordinal).TrimEnd('.', ' ');
        }
        return null;
    }

    private const int MinSentenceTitleChars = 20;

    private static bool OpensBody(string line)
    {
        foreach (var w in BodyOpeningWords)
            if (line.StartsWith(w, StringComparison.Ordinal)) return true;
        return false;
    }
}
