using static Ingest.Indexer.Tests.Parsing.CitationRows;

namespace Ingest.Indexer.Tests.Parsing;

/// <summary>
/// A citation the OCR damaged beside its clean print in the same text is that document (LookAlikeSymbols): one digit drawn
/// for a look-alike, dated the same day by the same issuer, the clean symbol printed again; or the year run into the serial
/// with the slash lost, the same day. Two documents one look-alike digit apart that the text cites once each, or one
/// number apart, stay two.
/// </summary>
public sealed class OcrCitationTwinTests
{
    // mr-dh-tay-do-tb-2025-1144-ocr lines 13-14, 61 and 31 (to its line's end), verbatim: "3085" for 5085/BGDĐT-TCCB, the
    // same day and Bộ, no subject of its own.
    [Fact]
    public void A_serial_with_a_look_alike_digit_beside_its_clean_print_twice_is_that_symbol()
    {
        const string text = "Căn cứ Công văn số 5085/BGDĐT-TCCB ngày 27 tháng 8 năm 2025 của\n" +
            "Bộ Giáo dục và Đào tạo về việc triển khai xét tặng danh hiệu NGND, NGƯT lần\n\n" +
            "dẫn tại Công văn 5085/BGDĐT-TCCB.\n\n" +
            "và Công văn số 3085/BGDĐT-TCCB ngày 27 tháng 8 năm 2025 của Bộ Giáo dục\n";
        Assert.Equal(["5085/BGDĐT-TCCB"], Read(text).Select(c => c.Number).Distinct());
    }

    // The same lines whole: the OCR ran the damaged citation on into a description of its own ("đê Các cá nhân …"), which
    // differs from the clean print's subject, so the two stay two (the look-alike rule asks subjects to agree where both
    // have one: a council's 155 and 158/NQ-HĐND of one day are two, the code review's near miss). A known cost.
    [Fact]
    public void A_look_alike_serial_whose_subject_differs_stays_apart()
    {
        const string text = "Căn cứ Công văn số 5085/BGDĐT-TCCB ngày 27 tháng 8 năm 2025 của\n" +
            "Bộ Giáo dục và Đào tạo về việc triển khai xét tặng danh hiệu NGND, NGƯT lần\n\n" +
            "và Công văn số 3085/BGDĐT-TCCB ngày 27 tháng 8 năm 2025 của Bộ Giáo dục\n" +
            "và Đào tạo đê Các cá nhân có đủ điêu kiện, tiêu chuẩn theo quy định tiên hành thực\n\n" +
            "dẫn tại Công văn 5085/BGDĐT-TCCB.\n";
        Assert.Equal(["5085/BGDĐT-TCCB", "3085/BGDĐT-TCCB"], Read(text).Select(c => c.Number).Distinct());
    }

    // Near miss, iv-byt-qd-130-2023-ocr lines 22-25 and 123-124 (verbatim): 32 and 52/2016/TT-BYT, both of 30/12/2016 by the Bộ
    // trưởng Bộ Y tế, are two documents; nothing tells a misread one from the other.
    [Fact]
    public void Two_serials_a_look_alike_digit_apart_each_cited_once_stay_two()
    {
        const string text = "Luật Bảo hiểm y tế,\n\n" +
            "Thông tư số 32/2016/TT-BYT ngày 30 tháng 12 năm 2016 của Bộ trưởng\n" +
            "Bộ Y tế quy định về nhiệm vụ, quyên hạn, môi quan hệ công tác và hoạt động\n\n" +
            "quan sử dụng để phục vụ công tác giám định y khoa theo quy định của Thông tư\n" +
            "sô 52/2016/TT-BYT ngày 30 tháng 12 năm 2016 của Bộ trưởng Bộ Y tế quy\n";
        Assert.Equal(["32/2016/TT-BYT", "52/2016/TT-BYT"], Read(text).Select(c => c.Number));
    }

    // Near miss, md-ubnd-tp-hcm-qd-2025-2828 lines 106 and 112 (verbatim) with a repeat: 78 and 79/2025/NĐ-CP of one day are
    // neighbours in the Chính phủ's register, never one misread.
    [Fact]
    public void Serials_one_apart_of_the_same_day_stay_two_documents()
    {
        const string text = "Căn cứ Nghị định số 78/2025/NĐ-CP ngày 01 tháng 4 năm 2025 của Chính phủ; Nghị định số\n" +
            "79/2025/NĐ-CP ngày 01 tháng 4 năm 2025 của Chính phủ về kiểm tra, rà soát, hệ\n" +
            "hành văn bản quy phạm pháp luật và Nghị định số 78/2025/NĐ-CP ngày 01 tháng 4 năm 2025 của Chính phủ;\n";
        Assert.Equal(["78/2025/NĐ-CP", "79/2025/NĐ-CP"], Read(text).Select(c => c.Number).Distinct().Order());
    }

    // lr-ubnd-quang-ngai-ct-2018-07-ocr lines 33-36 and 40-41 (verbatim): "72016/NĐ-CP" for 71/2016/NĐ-CP of the same day.
    [Fact]
    public void A_serial_the_year_ran_into_beside_its_clean_print_is_that_symbol()
    {
        const string text = "hành án trong các bản án, quyết định của Tòa án về vụ án hành chính theo\n" +
            "quy định của Luật Tố tụng hành chính năm 2015 và Nghị định số\n" +
            "72016/NĐ-CP ngày 01/7/2016 của Chính phủ.\n\n" +
            "có hiệu lực pháp luật theo đúng quy định của Luật Tố tụng hành chính và\n" +
            "Nghị định số 71/2016/NĐ-CP ngày 01/7/2016 của Chính phủ.\n";
        Assert.Equal(["71/2016/NĐ-CP"], Read(text).Select(c => c.Number).OfType<string>().Distinct());
    }
}
