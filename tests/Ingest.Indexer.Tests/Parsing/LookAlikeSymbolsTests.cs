using static Ingest.Indexer.Tests.Parsing.CitationRows;

namespace Ingest.Indexer.Tests.Parsing;

/// <summary>
/// A symbol whose codes the OCR misread (one letter put for another, added or lost, into a code no table knows) is the
/// symbol of the same serial and year the same text prints with known codes (iv-byt-qd-130-2023-ocr,
/// kx-bo-quoc-phong-vbhn-2026-tang-le-ocr); two symbols whose codes are all known stay two documents. A serial one digit
/// apart from a symbol the text prints at least three times, written once and dated the same (or undated with its damage in
/// the serial), is that symbol; a symbol cut short after its type code is the whole one of its serial.
/// </summary>
public sealed class LookAlikeSymbolsTests
{
    [Theory]
    // iv-byt-qd-130-2023-ocr: "BVT" for BYT in one line of the bases, the whole symbol in a later one.
    [InlineData("Căn cứ Thông tư số 56/2017/TT-BVT ngày 29 tháng 12 năm 2017 quy định chi tiết thi hành về bảo hiểm xã hội thuộc lĩnh vực y tế;\n" +
        "Thông tư số 18/2022/TT-BYT ngày 31 tháng 12 năm 2022 sửa đổi, bổ sung một số Điều của Thông tư số 56/2017/TT-BYT ngày 29 tháng 12 năm 2017;",
        new[] { "Thông tư|56/2017/TT-BYT|2017-12-29", "Thông tư|18/2022/TT-BYT|2022-12-31", "Thông tư|56/2017/TT-BYT|2017-12-29" })]
    // kx-bo-quoc-phong-vbhn-2026-tang-le-ocr: a "1" struck after the type code TT.
    [InlineData("của Thông tư số 86/2016/TT-BQP ngày 20 tháng 6 năm 2016 của Bộ trưởng Bộ Quốc phòng; " +
        "sửa đổi, bổ sung một số điều của Thông tư số 86/2016/TT1-BQP ngày 20 tháng 6 năm 2016 của Bộ trưởng Bộ Quốc phòng",
        new[] { "Thông tư|86/2016/TT-BQP|2016-06-20", "Thông tư|86/2016/TT-BQP|2016-06-20" })]
    // Near miss: the same serial, each symbol's codes known, are two documents of two bodies.
    [InlineData("Căn cứ Kế hoạch số 12/KH-UBND ngày 10/01/2024 của UBND tỉnh và Kế hoạch số 12/KH-BYT ngày 15/01/2024 của Bộ Y tế;",
        new[] { "Kế hoạch|12/KH-UBND|2024-01-10", "Kế hoạch|12/KH-BYT|2024-01-15" })]
    public void A_misread_code_takes_the_symbol_the_same_text_prints_whole(string text, string[] rows)
    {
        Assert.Equal(Expected(rows), Read(text));
    }

    // kx-bo-quoc-phong-vbhn-2026-tang-le-ocr, lines 101, 172, 216 and 239-240 (verbatim): "66" for 86 once, dated as the
    // thirty repeats of 86/2016/TT-BQP are.
    private const string ConsolidatedRepeats =
        "86/2016/TT-BQP ngày 20 tháng 6 năm 2016 của Bộ trưởng Bộ Quốc phòng quy định và hướng dân tô\n" +
        "số điều của Thông tư sô 86/2016/TT-BQP ngày 20 tháng 6 năm 2016 của Bộ trưởng Bộ Quốc phòng quy\n" +
        "86/2016/TT-BQP ngày 20 tháng 6 năm 2016 của Bộ trưởng Bộ Quốc phòng quy định và hướng dẫn tổ\n";

    [Theory]
    [InlineData("b khoản 1 Điều 18 của Thông tư số 18/2026/TT-BQP sửa đổi, bổ sung một sô điêu của Thông tư SỐ\n" +
        "66/2016/TT-BQP ngày 20 tháng 6 năm 2016 của Bộ trưởng Bộ Quôc phòng quy định vả hướng dẫn tô\n")]
    // Line 1010: "ó" for 6, undated would do too (a letter among the digits).
    [InlineData("sửa đối, bỗ sung một số điều của Thông tư số 8ó/2016/TT-BQP ngày 20 tháng 6 năm 2016 của Bộ trưởng\n")]
    // lr-bo-quoc-phong-vbhn-2026-tang-le-ocr: the 8 read as a section sign.
    [InlineData("sửa đổi, bổ sung một số điều của Thông tư số §6/2016/TT-BQP ngày 20 tháng 6 năm 20")]
    public void A_serial_misread_once_beside_its_repeats_is_the_repeated_symbol(string misread)
    {
        var numbers = Read(ConsolidatedRepeats + misread).Select(c => c.Number).Where(n => n!.EndsWith("/2016/TT-BQP")).Distinct();
        Assert.Equal(["86/2016/TT-BQP"], numbers);
    }

    // Near miss, lk-ubnd-can-tho-qd-2025-383-ocr lines 173-176: "04/2020/TT-BTP" whose date the scan damaged ("tháng 5Š"),
    // beside 02/2020/TT-BTP cited again and again, is another document: a digit put for another, undated, proves nothing.
    [Fact]
    public void An_undated_serial_one_digit_apart_with_nothing_damaged_stays_its_own_document()
    {
        const string text = "- Thông tư số 02/2020/TT-BTP ngày 08/4/2020 của Bộ Tư pháp;\n" +
            "điêu của Thông tư sô\n02/2020/TT-BTP ngày\n08/4/2020 của Bộ Tư pháp;\n" +
            "- Thông tư số 02/2020/TT-BTP ngày 08/4/2020 của Bộ Tư pháp;\n" +
            "tch và Thông tư sô\n04/2020/TT-BTP ngày 28\ntháng 5Š năm 2020 của Bộ\ntrưởng Bộ Tư pháp quy định\n";
        Assert.Contains("04/2020/TT-BTP", Read(text).Select(c => c.Number));
    }

    [Theory]
    // lk-ubnd-can-tho-qd-2025-383-ocr lines 152-154 and 375-376 (verbatim): the issuer's code on the table's next row.
    [InlineData("- Thông tư số 281/2016/TT-\nBTC ngày 14 tháng II năm\n2016 của Bộ Tài chính quy\n\n" +
        "tịch Việt Kiểu, chung. đường biên | - Thông tư số 281/2016/TT-\n\"ấ Nam; thành giới đât liên với Việt | BTC ngày 14 tháng 11 năm\n",
        "281/2016/TT-BTC")]
    // ll-chinh-phu-nq-2026-vuon-quoc-gia-ba-vi-ocr lines 22-23 and 35-36 (verbatim): "TTr" read "TT:" in one of its two namings.
    [InlineData("Theo đề nghị của Bộ trưởng Bộ Nông nghiệp và Môi trường tại Tờ trình số\n" +
        "4017/TT:-BNNMT ngày 23 tháng 4 năm 2026 và Báo cáo số 4123/BC-BNNMT\n" +
        "Bộ Nông nghiệp và Môi trường về Ủy ban nhân dân Thành phó Hà Nội trực tiếp\n" +
        "quản lý như đề nghị của Bộ Nông nghiệp và Môi trường tại Tờ trình 4017/TTr-BNNMT ngày 23 tháng 4 năm 2026 và Báo cáo số 4123/BC-BNNMT ngày 26",
        "4017/TTr-BNNMT")]
    public void A_symbol_cut_after_its_type_code_is_the_whole_symbol_of_its_serial(string text, string whole)
    {
        var serial = whole[..whole.IndexOf('/')];
        var numbers = Read(text).Select(c => c.Number).Where(n => n!.StartsWith(serial + "/")).Distinct();
        Assert.Equal([whole], numbers);
    }
}
