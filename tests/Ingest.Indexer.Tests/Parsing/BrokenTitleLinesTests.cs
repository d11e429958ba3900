using Ingest.Indexer.Parsing;

namespace Ingest.Indexer.Tests.Parsing;

/// <summary>
/// A title or V/v subject broken over lines the layout left it on: a capitalised line confirmed by the motto under the
/// subject's cell, an OCR speck at a line's edge, a lower-case line finishing a long title's fourth line. Texts shaped on
/// the `kb` and `kd` documents named in each test.
/// </summary>
public sealed class BrokenTitleLinesTests
{
    private static readonly PlanParser Parser = new();

    [Fact]
    public void A_capitalised_subject_line_under_which_the_motto_stands_is_the_subjects()
    {
        // kb-cd-giao-duc-viet-nam-cv-2018-175: the left column printed before the right one.
        var r = Parser.Parse("TỔNG LIÊN ĐOÀN LAO ĐỘNG VIỆT NAM\n\nCÔNG ĐOÀN GIÁO DỤC VIỆT NAM\n\n Số:  175  /CĐN-TGNC\n\n" +
            "V/v tuyên truyền kỷ niệm 130 năm\n\nNgày sinh Chủ tịch Tôn Đức Thắng\n\nCỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\n" +
            "   Độc lập - Tự do - Hạnh phúc\n\n    Hà Nội, ngày  6   tháng 8 năm 2018\n\n   Kính gửi:\n\n - Công đoàn các đại học Quốc gia;\n\n" +
            "Thực hiện Công văn 1517/TLĐ ngày 30/7/2018 của Tổng Liên đoàn Lao động Việt Nam, Công đoàn Giáo dục Việt Nam hướng dẫn như sau:\n");

        Assert.Equal("tuyên truyền kỷ niệm 130 năm Ngày sinh Chủ tịch Tôn Đức Thắng", r.Title);
    }

    [Fact]
    public void An_ocr_speck_at_a_subject_lines_edge_is_no_part_of_the_title()
    {
        // kd-bvdk-bac-ninh-cv-2021-6191-ocr
        var r = Parser.Parse("SỞ Y TẾ BẮC NINH CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\nBỆNH VIỆN ĐA KHOA TỈNH Độc lập - Tự do - Hạnh phúc\n" +
            "Số: 6191/BVT-TCKT Bắc Ninh, ngày 27 tháng 9 năm 2021\nV/V Đăng tải thông tin lựa chọn `\nĐơn vị thực hiện tổ chức đấu giá\n" +
            "trên trang thông tin điện tử\nKính gửi: Công thông tin điện tử Quốc gia về Đấu giá tài sản\n\n" +
            "Căn cứ Điều 56 của Luật đấu giá tài sản số 01/2016/QH14;\n");

        Assert.Equal("Đăng tải thông tin lựa chọn Đơn vị thực hiện tổ chức đấu giá trên trang thông tin điện tử", r.Title);
    }

    [Fact]
    public void A_lower_case_line_finishing_a_broken_fourth_title_line_goes_on_with_the_title()
    {
        // kd-sgddt-tp-hcm-kh-2025-4644-pdf
        var r = Parser.Parse("   ỦY BAN NHÂN DÂN                  CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n THÀNH PHỐ HỒ CHÍ MINH                      Độc lập – Tự do – Hạnh phúc\n" +
            "SỞ GIÁO DỤC VÀ ĐÀO TẠO\n\n  Số: 4644 /KH-SGDĐT             Thành phố Hồ Chí Minh, ngày 14 tháng11 năm 2025\n\n" +
            "                                   KẾ HOẠCH\n            Tổ chức truyền thông và Cuộc thi Sáng tạo nội dung\n" +
            "   “Đồng lòng tiếp sức - Hướng tới kỷ lục” Hưởng ứng Ngày hội 50 năm\n               Giáo dục và Đào tạo Thành phố Hồ Chí Minh\n" +
            "  Hướng tới xác lập kỷ lục kép thế giới về Đồng diễn Võ nhạc Vovinam - Bài\n           số 1 và số lượng học sinh tham gia đồng diễn lớn nhất\n\n" +
            "       Căn cứ Kế hoạch số 134/KH-UBND ngày 20 tháng 10 năm 2025 của Ủy\n ban nhân dân Thành phố Hồ Chí Minh về tổ chức các hoạt động;\n");

        Assert.Equal("Tổ chức truyền thông và Cuộc thi Sáng tạo nội dung “Đồng lòng tiếp sức - Hướng tới kỷ lục” Hưởng ứng Ngày hội 50 năm " +
            "Giáo dục và Đào tạo Thành phố Hồ Chí Minh Hướng tới xác lập kỷ lục kép thế giới về Đồng diễn Võ nhạc Vovinam - Bài " +
            "số 1 và số lượng học sinh tham gia đồng diễn lớn nhất", r.Title);
    }

    [Fact]
    public void A_capitalised_paragraph_after_the_blank_line_under_the_title_is_the_bodys()
    {
        // lj-ubnd-quang-ngai-ct-2024-pctntc-ocr (the product's own OCR, read by blocks): the blank line parts the trích yếu
        // from the body, whose first line runs straight on into its second.
        var r = Parser.Parse("ỦY BAN NHÂN DÂN CỌNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\nTỈNH QUẢNG NGÃI Độc lập - Tự do - Hạnh phúc\n" +
            "Số:0‡ /CT-UBND Quảng Ngãi, ngày Íð tháng 3 năm 2024\nCHỈ THỊ\n\n" +
            "Vềviệc tăng cường công tác phòng, chống tham nhũng, tiêu cực\ntrong tình hình mới trên địa bàn tỉnh Quảng Ngãi\n\n" +
            "Trong thời gian qua, công tác phòng, chống tham nhũng, tiêu cực của tỉnh\n" +
            "(gọi tắt là PCTNTC) đã được Tỉnh ủy, Hội đồng nhân dân, UBND tỉnh đã được\n" +
            "tập trung lãnh đạo, chỉ đạo quyết liệt. Các cấp, các ngành triển khai thực hiện\n");

        Assert.Equal("Về việc tăng cường công tác phòng, chống tham nhũng, tiêu cực trong tình hình mới trên địa bàn tỉnh Quảng Ngãi", r.Title);
    }

    [Fact]
    public void A_title_line_ending_on_kem_theo_goes_on_with_the_document_that_opens_the_next()
    {
        // ly-vptw-hd-2013-21-flat (a news copy of the Central Office's guidance), its first lines.
        const string text = """
            Thứ Năm, 24/1/2019
            Hướng dẫn một số điểm Quy định cụ thể ban hành kèm theo Quyết định số 99-QĐ/TW ngày 30-5-2012 của Ban Bí thư Trung ương Đảng về chế độ chi hoạt động công tác đảng của tổ chức cơ sở đảng, đảng bộ cấp trên trực tiếp cơ sở ở trong nước
            1/8/2016 17:17' Gửi bài này In bài này
            BAN CHẤP HÀNH TRUNG ƯƠNG                                                        ĐẢNG CỘNG SẢN VIỆT NAM
                                 *
                                                                                                    Hà Nội, ngày 04 tháng 03 năm 2013
                         VĂN PHÒNG

                      Số: 21-HD/VPTW


            HƯỚNG DẪN
            một số điểm Quy định cụ thể ban hành kèm theo
            Quyết định số 99-QĐ/TW ngày 30-5-2012 của Ban Bí thư Trung ương Đảng về chế độ chi hoạt động công tác đảng của tổ chức cơ sở đảng, đảng bộ cấp trên trực tiếp cơ sở ở trong nước
            -----------


            - Căn cứ Quyết định số 99-QĐ/TW ngày 30-5-2012 của Ban Bí thư Trung ương Đảng ban hành Quy định về "Chế độ chi hoạt động công tác đảng của tổ chức cơ sở đảng, đảng bộ cấp trên trực tiếp cơ sở";
            """;

        var record = Parser.Parse(text);

        Assert.StartsWith("một số điểm Quy định cụ thể ban hành kèm theo Quyết định số 99-QĐ/TW ngày 30-5-2012", record.Title);
    }
}
