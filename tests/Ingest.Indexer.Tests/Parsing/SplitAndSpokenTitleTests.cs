using Ingest.Indexer.Parsing;

namespace Ingest.Indexer.Tests.Parsing;

/// <summary>
/// Titles the header's layout splits from their type word or label, and titles a headerless notice says in its one
/// sentence: a heading that names only its author over the subject line, a scan's "V/v" read as "VW" or found over the
/// address with the number's label lost, a notice's matter after its audience. Each text is cut from the corpus document
/// named beside it; expectations follow tests/corpus/README.md.
/// </summary>
public sealed class SplitAndSpokenTitleTests
{
    private static readonly PlanParser Parser = new();

    // tests/corpus/documents/lv-mn-hoai-huong-tb-2020-nghi-hoc-headerless.txt (whole).
    [Fact]
    public void A_notice_said_in_one_sentence_is_titled_by_its_matter_after_the_audience()
    {
        var r = Parser.Parse("Thực hiện công văn số 1348/UBND-VX ngày 06/3/2020 về việc tổ chức hoạt động dạy và học sau thời gian tạm nghỉ để " +
            "phòng chống dịch bệnh Covid-19 của UBND tỉnh. Trường Mầm non Hoài Hương trân trọng thông báo đến quý bậc phụ huynh cho trẻ nghỉ " +
            "học đến hết ngày 15/3/2020 và đi học trở lại từ ngày 16/3/2020.");
        Assert.Equal("Thông báo", r.DocType);
        Assert.Equal("cho trẻ nghỉ học đến hết ngày 15/3/2020 và đi học trở lại từ ngày 16/3/2020", r.Title);
    }

    // tests/corpus/documents/li-mn-son-ca-tb-2020-nghi-hoc-headerless.txt (its first lines).
    [Fact]
    public void A_cho_right_after_the_verb_is_kept_and_a_glued_full_stop_ends_the_matter()
    {
        var r = Parser.Parse("Thực hiện công văn số 27/CV- PGDĐT v/v cho học sinh nghỉ học phòng chống dịch bệnh đường hô hấp cấp do virut Corona " +
            "gây ra trong trường học. \n\n       Trường Mầm Non Sơn Ca thông báo cho phụ huynh có con em đang học tại trường tiếp tục nghỉ học " +
            "trong 03 ngày từ ngày 03 - 05/02/2020.Trong thời gian học sinh nghỉ học, cán bộ - giáo viên - công nhân viên nhà trường thực " +
            "hiện tổng vệ sinh môi trường, vệ sinh phòng học, các phòng chức năng, đồ dùng đồ chơi,...\n");
        Assert.Equal("cho phụ huynh có con em đang học tại trường tiếp tục nghỉ học trong 03 ngày từ ngày 03 - 05/02/2020", r.Title);
    }

    // tests/corpus/documents/mc-ubnd-xa-phong-hai-tb-2019-tha-rong-headerless.txt (its headline and naming sentence).
    [Fact]
    public void An_audience_followed_by_the_announcement_of_content_gives_no_matter()
    {
        var r = Parser.Parse("Tìm kiếm tin tức\nThông báo cấm thả rông gia súc,gia cầm trên địa bàn xã\nNgày cập nhật 05/08/2019\n" +
            "Nay ủy ban nhân dân xã Phong Hải thông báo cho nhân dân trên địa bàn xã cụ thể như sau.Đặc biệt là các hộ chăn nuôi bò.\n");
        Assert.Equal("cấm thả rông gia súc,gia cầm trên địa bàn xã", r.Title);
    }

    // tests/corpus/documents/ks-ubnd-huyen-phu-cu-tb-2021-treo-co-headerless.txt (its first lines).
    [Fact]
    public void Ve_right_after_the_verb_opens_the_subject_the_title_is_without()
    {
        var r = Parser.Parse("Thông báo treo cờ Tổ quốc và tổ chức các hoạt động văn hóa - thể thao dịp Lễ Giỗ Tổ Hùng Vương, kỷ niệm 46 năm Ngày " +
            "Chiến thắng (30/4/1975-30/4/2021) và Ngày Quốc tế lao động 01/5\n\nỦy ban nhân dân huyện Phù Cừ thông báo về treo cờ Tổ quốc nhân " +
            "dịp Lễ Giỗ Tổ Hùng Vương năm 2021 và kỷ niệm 47 năm chiến thắng (30/4/1975- 30/4/2001) các cơ quan, đơn vị, xí nghiệp, trường " +
            "học, bệnh viện trên địa bàn huyện và ngày quốc tế lao động như sau:\n\nThời gian treo cờ:\n\n- Đợt 1: Ngày 21/4/2021 (Tức 10/3 âm lịch)\n");
        Assert.Equal("treo cờ Tổ quốc nhân dịp Lễ Giỗ Tổ Hùng Vương năm 2021 và kỷ niệm 47 năm chiến thắng (30/4/1975- 30/4/2001) các cơ quan, " +
            "đơn vị, xí nghiệp, trường học, bệnh viện trên địa bàn huyện và ngày quốc tế lao động", r.Title);
    }

    // tests/corpus/documents/jy-uy-ban-bau-cu-huyen-ham-yen-tb-2016-don-vi-bau-cu-headerless.txt (its first lines).
    [Fact]
    public void A_sentence_that_restates_the_headline_leaves_the_headline_the_title()
    {
        var r = Parser.Parse("Thông báo về việc công bố số đơn vị bầu cử, danh sách các đơn vị bầu cử và số đại biểu được bầu ở mỗi đơn vị bầu cử " +
            "đại biểu HĐND huyện Hàm Yên khóa XIX, nhiệm kỳ 2016 – 2021\n\nỦy ban Bầu cử đại biểu Quốc hội và đại biểu Hội đồng nhân dân huyện " +
            "Hàm Yên thông báo về việc công bố số đơn vị bầu cử, danh sách các đơn vị bầu cử và số đại biểu được bầu ở mỗi đơn vị bầu cử đại " +
            "biểu Hội đồng nhân dân huyện Hàm Yên khóa XIX, nhiệm kỳ 2016 – 2021 cụ thể như sau:\n\n1. Số đại biểu Hội đồng nhân dân huyện Hàm " +
            "Yên khóa XIX, nhiệm kỳ 2016 – 2021 được bầu 40 đại biểu.\n");
        Assert.Contains("HĐND huyện Hàm Yên", r.Title);
    }

    // tests/corpus/documents/lu-ubnd-cao-bang-qd-1999-159-ocr.txt (its header).
    [Fact]
    public void A_heading_naming_only_its_author_joins_the_subject_line_under_it()
    {
        var r = Parser.Parse("UY BAN NHÂN DẦN CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTĨNH CAO BĂNG Đọc lập - Tự do - Hạnh phúc\nx.y S..ă =—..N n ==:.=z.\n" +
            "Số: IS59/QĐ-NĐ-UB Co Băng, ngày 33 tháng 3 năm: T900.\n\nQUYẾT ĐINH CỦA UỶ BAN NHÂN DÂN TỈNH\nVề việc : Giao quyền sư dụng đất ở dân cư\n\n" +
            "UY BAN NHÂN DÂN TỈNH CAO BẰNG\n\n- Căn cứ Luật đất đai của Chủ tịch nước công bố ngày 24 / 7/ 1993 và các\n");
        Assert.Equal("Quyết định", r.DocType);
        Assert.Equal("CỦA UỶ BAN NHÂN DÂN TỈNH Về việc : Giao quyền sư dụng đất ở dân cư", r.Title);
    }

    // tests/corpus/documents/ib-da-nang-02-CT-UB-2005-vbpl.txt (its header).
    [Fact]
    public void An_office_holders_heading_joins_the_v_v_line_under_it_as_written()
    {
        var r = Parser.Parse("UBND THÀNH PHỐ ĐÀ NẴNG\nSố: 02/CT-UB\nCỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n" +
            "Đà Nẵng, ngày 1 tháng 1 năm 2005\n\nCHỈ THỊ CỦA CHỦ TỊCH UBND THÀNH PHÔ ĐÀ NẴNG\n\nV/v xây dựng kế hoạch phát triển kinh tế - xã hội " +
            "5 năm 2006-2010\n\n__________________________\n\n \n\nNgày 23 tháng 9 năm 2004, Thủ tướng Chính phủ đã ban hành Chỉ thị số\n");
        Assert.Equal("CỦA CHỦ TỊCH UBND THÀNH PHÔ ĐÀ NẴNG V/v xây dựng kế hoạch phát triển kinh tế - xã hội 5 năm 2006-2010", r.Title);
    }

    // tests/corpus/documents/lk-hoi-nong-dan-lam-dong-cv-52-2025-ocr.txt (its header).
    [Fact]
    public void A_v_v_label_read_as_VW_still_opens_the_subject()
    {
        var r = Parser.Parse("HỘI NÔNG DÂN VIỆT NAM _ CỌNG HÒA XÃ HỌI CHỦ NGHĨA VIỆT NAM\nBCH HỌI NÓNG DAN TĨNH LAM ĐÓNG Độc lập - Tự do - Hạnh phúc\n\n*\n\n" +
            "Số 52 - CV/HNDT Lâm Đông, ngày (9 tháng 9 năm 2025\nVW cử đại diện lãnh đạo tham gia\nBan Vì sự tiễn bộ của phụ nữ\n\n" +
            "Kính gửi: Sở Nội vụ tỉnh Lâm Đồng\n\nHội Nông dân tỉnh Lâm Đồng nhận được Công văn số I189/SNV-LĐVL&TN,\n");
        Assert.Equal("cử đại diện lãnh đạo tham gia Ban Vì sự tiễn bộ của phụ nữ", r.Title);
    }

    // tests/corpus/documents/lq-ban-tgdv-tu-lam-dong-cv-2025-ocr.txt (its header).
    [Fact]
    public void A_damaged_label_over_the_address_opens_the_subject_when_the_number_label_is_lost()
    {
        var r = Parser.Parse("TỈNH ỦY LÂM ĐÔNG ĐẢNG CỘNG SẢN VIỆT NAM\nBAN TUYÊN GIÁO VÀ DẦN VẬN\n3 * Lâm Đông, ngày 04 tháng 9 năm 2025\n" +
            "Số J0 -CV/BTGDVTU\nV⁄% cử lãnh đạo Ban tham gia\nBan Vì sự tiến bộ của phụ nữ\n\nKính gửi: Sở Nội vụ.\n\n" +
            "Triển khai Công văn số 1189/SNV-LĐVL&TN, ngày 29/8/2025 của Sở Nội\nvụ về việc cử đại diện lãnh đạo tham gia Ban Vì sự tiến bộ của phụ nữ;\n");
        Assert.Equal("cử lãnh đạo Ban tham gia Ban Vì sự tiến bộ của phụ nữ", r.Title);
    }
}
