using System.Text.RegularExpressions;
using Ingest.Indexer.Text;

namespace Ingest.Indexer.Parsing.Header;

/// <summary>
/// Where the body opens after a heading's sentence-case title on a line that lost its breaks, beyond the preamble's
/// "Căn cứ" and "Thực hiện" and a section's number (HeaderText). Nghị định 30/2020/NĐ-CP Phụ lục I sets the trích yếu on
/// lines of its own; with the breaks lost, the first words of the part under it are where it ends. Pure and thread-safe.
/// </summary>
internal static partial class RunOnTitleEnd
{
    // The openings, folded, each written as a sentence or a note opens (a capital, or the note's bracket):
    // "(Ban hành kèm theo Quyết định số 01/2024/QĐ-UBND …)": the note under the title of a rule a decision issues
    //   (dc-phuong-suoi-tre-quy-che-dan-chu-2024, co-ubnd-binh-phuoc-quy-dinh-2010-van-thu);
    // "Ngày 03/01/2025, Phó Chủ tịch UBND tỉnh Võ Phiên chủ trì họp …": a conclusion notice opens with the meeting's
    //   date and a comma (jc-ubnd-quang-ngai-tb-11-2025-pdf, jd-ubnd-quang-ngai-tb-2024-660-ocr); a title names a date
    //   with no comma after it ("Về cho học sinh nghỉ học Ngày 26/11/2018", pd-sgddt-hcm-cv-2018-4144).
    // A portal's note on its post, printed between the headline and the text: "Ngày cập nhật 19/04/2018" (nw-xa-thuong-lo-
    //   kh-2018-tiem-phong-dai, je-chu-tich-ubnd-xa-qd-2020-gia-dinh-van-hoa-headerless), "Lượt xem: 3" (mc-ubnd-xa-ngu-phuc-tb-
    //   2024-tiem-phong-dai-headerless), "Thứ hai - 06/08/2018 16:14" (jp-ubnd-tx-ba-don-kh-2018-657-headerless), "In Thứ ba,
    //   18 Tháng 4 2017 15:04" (id-so-gddt-550-SGDDT-GDTX-2017-portal, its print button first), "Ngày đăng: 10/05/…",
    //   "Cập nhật lúc : …"; no trích yếu in the corpus holds one.
    // A post's time stamp, its date with the clock ("… Nguyên đán 2026 03/02/2026 11:08 Căn cứ …", "… năm 2017 12/08/2017
    //   7:09 CH. 127 lượt xem", "… đảng viên 16:21 | 27/10/2008 A - MỤC ĐÍCH", je-ubnd-xa-vinh-hung-tb-2026-niem-yet-cu-tri-
    //   headerless, ia-bo-gddt-455-TB-BGDDT-2017, iy-btc-tw-20-HD-BTCTW-2008-headerless-docsharing), its date alone in
    //   brackets ("… Hùng Vương năm 2018 (23/04/2018) Theo quy định …", kw-bv-da-nang-tb-2018-nghi-le-headerless), or its day
    //   in words before its count of views ("… năm 2018 26 tháng mười 2018 206 lượt xem", hx-ubnd-tp-thanh-hoa-tb-2018-550-
    //   headerless); a portal's labels on its post ("Đăng lúc:", "Tác giả:", "Tải về:", "Ngày bắt đầu có hiệu lực:"). A title
    //   names a period with a dash ("(26/3/1931 - 26/3/2014)"), never a clock.
    // The first words of a body's first sentence, which a trích yếu writes in small letters when they are its own: "… trên
    //   địa bàn tỉnh Quảng Ngãi Trong thời gian qua, công tác …", "… năm 2022 trên địa bàn tỉnh Quảng Ngãi Trong năm 2021, trên
    //   địa bàn …" (ld-ubnd-quang-ngai-ct-2024-pctntc-ocr, lu-ubnd-quang-ngai-ct-2022-07-ocr), "… huyện Bình Sơn Thời gian qua,
    //   Ban Chỉ đạo …" (lj-ubnd-quang-ngai-tb-2024-660-ocr), "… do chủng mới vi rút Corona gây
    //   ra Sáng ngày 07/02/2019, UBND xã …", "… năm 2017 Chiều ngày 14 tháng 7 năm 2017 …" (a meeting's time opening its
    //   conclusions, mf-ban-chi-dao-xa-binh-chanh-tb-2020-ket-luan-headerless, ia-bo-gddt-455-TB-BGDDT-2017), "… trong phòng
    //   thi) Hiện nay Phòng Công tác Sinh viên …" (jj-dh-cntt-tb-2013-01-ocr), "… Về việc treo cờ Tổ quốc Nhân dịp Đại hội …"
    //   (sg-ubnd-ha-noi-tb-2026-treo-co), "… năm 2023 Triển khai thực hiện Quyết định số 47/QĐ-UBND …" (dc-huyen-dak-rlap-bcd-
    //   chuyen-doi-so-2023).
    [GeneratedRegex(@"^(?:\(ban hanh kem theo\b|ngay \d{1,2}(?:/\d{1,2}/\d{4}| thang \d{1,2} nam \d{4}),"
        + @"|ngay cap nhat\x20?:?\x20?\d|ngay dang\x20?:?\x20?\d|cap nhat luc\b|luot xem\x20?:?\x20?\d"
        + @"|(?:in\x20)?thu\x20(?:hai|ba|tu|nam|sau|bay)\x20?[-,]\x20?\d{1,2}(?:/\d{1,2}/\d{4}|\x20thang\x20\d{1,2},?\x20\d{4})"
        + @"|chu nhat\x20?[-,]\x20?\d{1,2}/\d{1,2}/\d{4}"
        + @"|\d{1,2}/\d{1,2}/\d{4},?\x20\d{1,2}:\d{2}|\d{1,2}:\d{2}(?::\d{2})?\x20?(?:\|\x20?)?\d{1,2}/\d{1,2}/\d{4}"
        + @"|\(\d{1,2}/\d{1,2}/\d{4}(?:\x20\d{1,2}:\d{2}[^)]{0,6})?\)|\d{1,2}\x20thang\x20[a-z]+(?:\x20[a-z]+)?\x20\d{4}\x20[\d.]+\x20luot xem"
        + @"|(?:dang luc|tac gia|tai ve|ngay bat dau co hieu luc)\x20?:"
        + @"|thoi\x20gian\x20qua\x20?,|trong\x20(?:thoi\x20gian\x20qua|nam\x20\d{4}\x20?,|nhung\x20nam\x20qua)|(?:sang|chieu|toi)\x20ngay\x20\d|hien\x20nay\b|nhan\x20dip\x20|trien\x20khai\x20)", RegexOptions.CultureInvariant)]
    private static partial Regex Opening();

    private const int Window = 40;

    /// <summary>True when the body opens at the word at <paramref name="at"/> of the normalized text.</summary>
    public static bool OpensAt(string normalized, string folded, int at)
    {
        if (!(char.IsUpper(normalized[at]) || char.IsAsciiDigit(normalized[at]) || normalized[at] == '(' && at + 1 < normalized.Length && char.IsLetterOrDigit(normalized[at + 1]) && !char.IsLower(normalized[at + 1]))) return false;
        return Opening().IsMatch(folded.AsSpan(at, Math.Min(Window, folded.Length - at)));
    }

    /// <summary>
    /// As <see cref="OpensAt"/>, on a text as given (its words folded on a short window here): where
    /// <see cref="RunOnHeaderLines"/> ends a title it has cut back onto a line of its own.
    /// </summary>
    public static bool OpensAtGiven(string text, int at)
    {
        // Only the letters the openings start with are folded: a title's other capitals are passed over without a copy.
        if (!(text[at] is 'N' or 'L' or 'T' or 'I' or 'C' or 'Đ' or 'S' or 'H' || char.IsAsciiDigit(text[at]) || text[at] == '(' && at + 1 < text.Length && char.IsLetterOrDigit(text[at + 1]) && !char.IsLower(text[at + 1]))) return false;
        return Opening().IsMatch(TextFolding.FoldLoose(text.Substring(at, Math.Min(Window, text.Length - at))));
    }
}
