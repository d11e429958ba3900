using static Ingest.Indexer.Tests.Parsing.CitationRows;

namespace Ingest.Indexer.Tests.Parsing;

/// <summary>
/// Sentences from stored public pages that no corpus batch holds (2026-12-03, p-cite11), annotated by reading under
/// tests/corpus/README.md: the kinds of citation the held-out batches showed missed (a date after a signing verb, slugs
/// and file names that spell a document, Party documents by their usual names, laws by name, amending verbs before a
/// lower-case short form), and look-alikes that must stay none. Each row names the page it was copied from.
/// </summary>
public sealed class UnseenTextCitationTests
{
    [Theory]
    // https://baobinhduong.vn/lich-su-ngay-thuong-binh-liet-sy-27-7-a276305.html
    [InlineData("Ngày 16/2/1947, Chủ tịch Hồ Chí Minh đã chính thức ký Sắc lệnh số 20/SL “Quy định chế độ hưu bổng, thương tật và tiền tuất tử sỹ.”",
        new[] { "Sắc lệnh|20/SL|1947-02-16" })]
    // https://nvsk.vnanet.vn/chu-tich-ho-chi-minh-dau-an-su-kien-ngay-22-5-1946-1-34343.vna (no comma after the date)
    [InlineData("Ngày 22/5/1946 Chủ tịch Hồ Chí Minh ký Sắc lệnh số 70 về việc lập tại Bắc Bộ một Ủy ban hộ đê Trung ương có nhiệm vụ nghiên cứu kế hoạch chống nạn lụt và kiểm soát việc bảo vệ đê điều.",
        new[] { "Sắc lệnh|70|1946-05-22" })]
    // https://bvhttdl.gov.vn/van-ban-quan-ly/139.htm: "Luật được Quốc hội … thông qua" is the page's own law, no name.
    [InlineData("Luật được Quốc hội nước Cộng hòa xã hội chủ nghĩa Việt Nam khóa XII, kỳ họp thứ 5 thông qua ngày 18  tháng 6 năm 2009. Ngày 29 tháng 6 năm 2009, Chủ tịch Nước đã ký Lệnh số 08/2009/L-CTN về việc công bố Luật này./.",
        new[] { "Lệnh|08/2009/L-CTN|2009-06-29" })]
    // https://vpdangdoan.vinhuni.edu.vn/thong-bao-van-ban/seo/huong-dan-ve-the-thuc-va-ky-thuat-trinh-bay-van-ban-cua-dang-86250
    [InlineData("Ngày 3/4/2018, Văn phòng Trung ương Đảng đã ban hành Hướng dẫn số 36-HD/VPTW hướng dẫn thể thức và kỹ thuật trình bày văn bản của Đảng",
        new[] { "Hướng dẫn|36-HD/VPTW|2018-04-03" })]
    public void A_date_opening_the_clause_of_a_signing_or_issuing_verb_dates_the_document(string text, string[] rows)
    {
        Assert.Equal(Expected(rows), Read(text));
    }

    [Theory]
    // https://nvsk.vnanet.vn/chu-tich-ho-chi-minh-dau-an-su-kien-ngay-22-5-1946-1-34343.vna: "Sắc lệnh này" points back.
    [InlineData("Sắc lệnh số 71 ghi rõ Quân đội của nước Việt Nam là một Quân đội quốc gia. Quân đội quốc gia về ngành Lục quân chỉnh đốn theo bản quy tắc kèm theo Sắc lệnh này gồm 2 tiết, 6 chương với 62 điều.",
        new[] { "Sắc lệnh|71|-" })]
    // https://vanbanphapluat.co/sac-lenh-15-sl-dat-tai-lien-khu-viet-bac-ban-can-cu-bai-bo-sac-lenh-110-sl-thanh-lap-ban-can-cu-dia-chu-tich-phu
    [InlineData("Chiểu Sắc lệnh số 110-SL ngày 23 tháng 9 năm 1949 thành lập Ban căn cứ địa trong Chủ tịch Phủ;\nChiểu Sắc lệnh số 127-SL ngày 4-11-1949 thành lập Liên khu Việt Bắc;",
        new[] { "Sắc lệnh|110-SL|1949-09-23", "Sắc lệnh|127-SL|1949-11-04" })]
    // https://nvsk.vnanet.vn/chu-tich-ho-chi-minh-dau-an-su-kien-ngay-23-11-1945-1-33800.vna: "Trong ngày" is no date.
    [InlineData("Trong ngày, Chủ tịch Hồ Chí Minh ký  - Sắc lệnh số 64 thành lập Ban Thanh tra đặc biệt.", new[] { "Sắc lệnh|64|-" })]
    public void A_sac_lenh_is_a_document_type_of_its_own(string text, string[] rows)
    {
        Assert.Equal(Expected(rows), Read(text));
    }

    [Theory]
    // bnews.vn tag pages and hoatieu.vn download pages: the slug's words with every letter and digit kept.
    [InlineData("quyet dinh so 281 qd bct", new[] { "Quyết định|281/QĐ-BCT|-" })] // https://bnews.vn/tag/quyet-dinh-so-281-qd-bct/236333/1.html
    [InlineData("quyet dinh 141 qd bct", new[] { "Quyết định|141/QĐ-BCT|-" })] // https://bnews.vn/tag/quyet-dinh-141-qd-bct/406150/1.html
    [InlineData("Quyet dinh so 232 qd ttg", new[] { "Quyết định|232/QĐ-TTg|-" })] // https://bankviet.com/tag/quyet-dinh-so-232-qd-ttg
    [InlineData("download phap luat quyet dinh 5793 2012 qd ubnd", new[] { "Quyết định|5793/2012/QĐ-UBND|-" })] // https://hoatieu.vn/download/phap-luat/quyet-dinh-5793-2012-qd-ubnd-56449
    [InlineData("download phap luat thong tu 09 2023 tt bct", new[] { "Thông tư|09/2023/TT-BCT|-" })] // https://hoatieu.vn/download/phap-luat/thong-tu-09-2023-tt-bct-220637
    [InlineData("download phap luat tai thong tu 04 2024 tt bldtbxh", new[] { "Thông tư|04/2024/TT-BLĐTBXH|-" })] // https://hoatieu.vn/download/phap-luat/tai-thong-tu-04-2024-tt-bldtbxh-225222
    [InlineData("download phap luat thong tu 01 2015 tt btc", new[] { "Thông tư|01/2015/TT-BTC|-" })] // https://hoatieu.vn/download/phap-luat/thong-tu-01-2015-tt-btc-85224
    [InlineData("download phap luat thong tu 36 2017 tt bldtbxh", new[] { "Thông tư|36/2017/TT-BLĐTBXH|-" })] // https://hoatieu.vn/download/phap-luat/thong-tu-36-2017-tt-bldtbxh-1166
    [InlineData("download phap luat thong tu 06 2012 tt bng", new[] { "Thông tư|06/2012/TT-BNG|-" })] // https://hoatieu.vn/download/phap-luat/thong-tu-06-2012-tt-bng-56294
    [InlineData("phap luat nghi quyet 103 nq cp 2022", new[] { "Nghị quyết|103/NQ-CP|-" })] // https://hoatieu.vn/phap-luat/nghi-quyet-103-nq-cp-2022-215677
    [InlineData("download phap luat nghi quyet 51 2017 qh14", new[] { "Nghị quyết|51/2017/QH14|-" })] // https://hoatieu.vn/download/phap-luat/nghi-quyet-51-2017-qh14-139051
    [InlineData("download phap luat nghi quyet 528 2018 ubtvqh14", new[] { "Nghị quyết|528/2018/UBTVQH14|-" })] // https://hoatieu.vn/download/phap-luat/nghi-quyet-528-2018-ubtvqh14-145029
    [InlineData("nghi quyet so 28", new[] { "Nghị quyết|28|-" })] // https://m.baohaiduong.vn/tags/nghi-quyet-so-28: "số" makes the number a short form, kept as written
    [InlineData("quyet dinh so 15 2020 qd ttg ngay 24 thang 4 nam 2020", new[] { "Quyết định|15/2020/QĐ-TTg|2020-04-24" })] // https://bnews.vn/tag/quyet-dinh-so-15-2020-qd-ttg-ngay-24-thang-4-nam-2020/160589/1.html
    [InlineData("quyết định 15-2012-qĐ-ubnd", new[] { "Quyết định|15/2012/QĐ-UBND|-" })] // https://hoatieu.vn/s/?p=14&q=quy%E1%BA%BFt+%C4%91%E1%BB%8Bnh+15-2012-q%C4%90-ubnd
    [InlineData("thông tư 40/2016/tt-bct", new[] { "Thông tư|40/2016/TT-BCT|-" })] // https://hoatieu.vn/s/?p=8&q=th%C3%B4ng+t%C6%B0+40%2F2016%2Ftt-bct
    [InlineData("\"quyết định số 3000qđ bgdđt\" trang 12 - tải miễn phí từ tailieunhanh", new[] { "Quyết định|3000/QĐ-BGDĐT|-" })] // https://tailieunhanh.com/vn/p12_quyết-định-số-3000qđ-bgdđt.html
    // https://hoatieu.vn/download/phap-luat/diem-moi-cua-thong-tu-so-133-2016-tt-btc-thay-the-quyet-dinh-so-48-2006-qd-btc-115000
    [InlineData("download phap luat diem moi cua thong tu so 133 2016 tt btc thay the quyet dinh so 48 2006 qd btc",
        new[] { "Thông tư|133/2016/TT-BTC|-", "Quyết định|48/2006/QĐ-BTC|-" })]
    public void A_slug_that_spells_a_document_with_every_letter_and_digit_is_read(string text, string[] rows)
    {
        Assert.Equal(Expected(rows), Read(text));
    }

    [Fact]
    public void The_day_of_a_slug_written_with_spaces_for_its_slashes_is_left_alone()
    {
        // https://bnews.vn/tag/quyet-dinh-977-qd-ttg-ngay-7-7-2020/162002/list-news.html: the number is read; "7 7 2020"
        // lost its separators, so its day and month are not certain enough to date the decision.
        var read = Read("quyet dinh 977 qd ttg ngay 7 7 2020");
        Assert.Equal("977/QĐ-TTg", Assert.Single(read).Number);
    }

    [Theory]
    // https://baotintuc.vn/goc-nhin/bon-phan-cua-nguoi-neu-guong-20181107151139380.htm
    [InlineData("Trước khi Quy định 08-QĐi/TW được ban hành, Ban Chấp hành Trung ương, Bộ Chính trị, Ban Bí thư đã có nhiều chủ trương, quy định về trách nhiệm nêu gương của cán bộ, đảng viên. Nhưng với Quy định 08-QĐi/TW, thì đây là lần đầu tiên",
        new[] { "Quy định|08-QĐi/TW|-", "Quy định|08-QĐi/TW|-" })]
    // https://daihoidang.baoquangninh.vn/trach-nhiem-neu-guong-trung-uong-dia-phuong-phai-cung-chuyen-dong-2405955.html
    [InlineData("Tổng Bí thư Nguyễn Phú Trọng vừa ký ban hành Quy định 08 về trách nhiệm nêu gương của cán bộ, đảng viên, trước hết là Ủy viên Bộ Chính trị, Ủy viên Ban Bí thư, Ủy viên Ban Chấp hành Trung ương.",
        new[] { "Quy định|08|-" })]
    // https://www.quanlynhanuoc.vn/2019/06/06/trach-nhiem-neu-guong-cua-can-bo-dang-vien-theo-tinh-than-nghi-quyet-trung-uong-8-khoa-xii/
    [InlineData("Trước tình hình đó, cần tiếp tục đề cao trách nhiệm nêu gương của cán bộ, đảng viên theo tinh thần Nghị quyết Trung ương 8 khóa XII.",
        new[] { "Nghị quyết|-|-" })]
    // https://www.phonha.com/2021/01/huong-dan-11-hdvptw-ve-thuc-van-ban-cua.html: "số" glued to the number.
    [InlineData("Thi hành Điều 2 Quyết định của Bộ Chính trị số31-QĐ/TW, ngày 01-10-1997 ban hành Quy định “về thể loại, thẩm quyền banhành và thể thức văn bản của Đảng” và Điều 2 Quyết định của Ban Bí thư số91-QĐ/TW, ngày 16-02-2004 bổ sung thẩm quyền ban hành văn bản",
        new[] { "Quyết định|31-QĐ/TW|1997-10-01", "Quyết định|91-QĐ/TW|2004-02-16" })]
    public void Party_documents_are_read_by_their_usual_names_and_numbers(string text, string[] rows)
    {
        Assert.Equal(Expected(rows), Read(text));
    }

    [Fact]
    public void A_resolution_signed_on_behalf_of_a_committee_takes_the_date_that_opens_the_clause()
    {
        // https://baodaknong.vn/print/78787.html: "thay mặt …, Tổng Bí thư … đã ký ban hành" between the date and the citation.
        var read = Read("Ngày 16/1/2012, thay mặt Ban Chấphành Trung ương Đảng, Tổng Bí thư Nguyễn Phú Trọng đã ký ban hành Nghị quyết số12-NQ/TW - Nghị quyết Hội nghị lần thứ 4 Ban Chấp hành Trung ương Đảng (khóaXI): Một số vấn đề cấp bách về xây dựng Đảng hiện nay.");
        Assert.Equal(("Nghị quyết", "12-NQ/TW", "2012-01-16"), read[0]);
    }

    [Theory]
    // https://pld.net.vn/tag/nghi-tet-nguyen-dan.html: "văn bản số" with an office's code is a công văn.
    [InlineData("Văn phòng Chính phủ vừa có văn bản số 8726/VPCP-KGVX ngày 26/11/2024 truyền đạt ý kiến chỉ đạo của Thủ tướng Chính phủ Phạm Minh Chính về việc nghỉ Tết Âm lịch",
        new[] { "Công văn|8726/VPCP-KGVX|2024-11-26" })]
    // https://baovephapluat.vn/tim-kiem/q/n%C4%83m-tr%C3%B2n
    [InlineData("(BVPL) - Mới đây, Chính phủ ban hành Nghị định số 111/2018/NĐ-CP quy định về ngày thành lập, ngày truyền thống, ngày hưởng ứng của các bộ, ngành, địa phương.",
        new[] { "Nghị định|111/2018/NĐ-CP|-" })]
    public void Numbered_documents_reported_as_issued_are_read(string text, string[] rows)
    {
        Assert.Equal(Expected(rows), Read(text));
    }

    [Theory]
    // https://www.quanlynhanuoc.vn/2020/06/25/luat-thanh-nien-nam-2020-doi-moi-cua-phap-luat-ve-van-de-thanh-nien/
    [InlineData("Nhằm tạo điều kiện cho thanh niên phát triển, năm 2005 Quốc hội nước Cộng hòa xã hội chủ nghĩa Việt Nam khóa XI đã ban hành Luật Thanh niên. Qua 15 năm thi hành, Luật Thanh niên năm 2005 đã bộc lộ những hạn chế, bất cập.",
        new[] { "Luật|-|-", "Luật|-|-" })]
    // https://youth.uel.edu.vn/phap-luat/infographic-nhung-diem-moi-cua-luat-thanh-nien-nam-2020
    [InlineData("Năm 2005, Luật Thanh niên được ban hành, trong quá trình thực hiện có nhiều bất cập, nhiều qui định chưa tạo điều kiện mạnh mẽ cho thanh niên phát triển",
        new[] { "Luật|-|-" })]
    // https://text.123docz.net/document/1229896-luat-thanh-nien-va-chien-luoc-phat-trien-thanh-nien-viet-nam-2011-2020-pptx.htm: a year alone is no date.
    [InlineData("Thực hiện chủ trương, đường lối của Đảng và Quốc hội nước Cộng hòa xã hội chủ nghĩa\nViệt Nam đã ban hành Luật Thanh niên vào năm 2005 và có hiệu lực thi hành kể từ\nngày 01 tháng 7 năm 2006.",
        new[] { "Luật|-|-" })]
    // https://luatminhkhue.vn/quyet-dinh-14-2014-qd-ubnd-ve-trach-nhiem-quan-ly-nha-nuoc-ve-chat-luong-cong-trinh-xay-dung-tren-dia-ban-tinh-long-an.aspx
    [InlineData("Căn cứ Luật Xây dựng ngày26/11/2003;", new[] { "Luật|-|2003-11-26" })]
    // https://hethongphapluat.com/quyet-dinh-1447-qd-ttg-nam-2022-ve-ngay-truyen-thong-tinh-an-giang-do-thu-tuong-chinh-phu-ban-hanh.html
    [InlineData("Căn cứ Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015;", new[] { "Luật|-|2015-06-19" })]
    // https://ls1.hethongphapluat.com/quyet-dinh-30-2016-qd-ubnd-nguyen-tac-tieu-chi-va-dinh-muc-phan-bo-von-dau-tu-phat-trien-nguon-ngan-sach-nha-nuoc-tinh-hai-duong-giai-doan-2016-2020.html
    [InlineData("Căn cứ Luật Ngân sách nhà nước số 01/2002/QH11 ngày 16 tháng 12 năm 2002; số 83/2015/QH13 ngày 25 tháng 6 năm 2015;",
        new[] { "Luật|01/2002/QH11|2002-12-16", "Luật|83/2015/QH13|2015-06-25" })]
    // https://baocaotaichinh.vn/thu-vien/luat-so-23-2012-qh13-ngay-20-thang-11-nam-2012-du-tru-quoc-gia-2108502745-36239
    [InlineData("Luật số 23/2012/QH13 ngày 20 tháng 11 năm 2012 về dự trữ quốc gia\nLuật này có hiệu lực thi hành từ ngày 01 tháng 7 năm 2013.",
        new[] { "Luật|23/2012/QH13|2012-11-20" })]
    public void Laws_are_read_by_name_and_number(string text, string[] rows)
    {
        Assert.Equal(Expected(rows), Read(text));
    }

    [Fact]
    public void A_law_passed_on_a_date_that_opens_the_clause_takes_that_date()
    {
        // https://hiu.vn/doan-hoi-hiu/doan-thanh-nien/ban-can-biet-nhung-diem-moi-cua-luat-thanh-nien-sua-doi-nam-2020
        var read = Read("Ngày 16 tháng 06 năm 2020, tại kỳ họp thứ 9, Quốc hội nước Cộng hòa xã hội chủ nghĩa Việt Nam khóa XIV đã thông qua Luật Thanh niên số 57/2020/QH14 (sau đây gọi là Luật năm 2020). Luật này có hiệu lực thi hành từ ngày 01 tháng 01 năm 2021 và thay thế Luật Thanh niên số 53/2005/QH11.");
        Assert.Contains(("Luật", "57/2020/QH14", "2020-06-16"), read);
        Assert.Contains(("Luật", "53/2005/QH11", (string?)null), read);
    }

    [Fact]
    public void An_ordinance_named_and_then_said_to_be_issued_is_cited()
    {
        // https://thukyluat.vn/news/binh-luan/ngay-truyen-thong-cua-cuu-chien-binh-la-ngay-nao-37559.html: the ordinance
        // is cited by name (the mirror runs the association's name on; its date, after "và Hội …", is not reached).
        var read = Read("Pháp lệnh Cựu chiến binh và Hội Cựu chiến binh Việt Nam 2005 được Ủy ban thường vụ Quốc hội ban hành ngày 07/10/2005 và có hiệu lực thi hành kể từ ngày 01/01/2006.");
        Assert.Contains(read, c => c.Type == "Pháp lệnh" && c.Number is null);
    }

    [Theory]
    // https://docplayer.vn/amp/146735479-…: a newspaper's issue numbers in a mirror's list of similar files.
    [InlineData("Số 49 (7.397) Thứ Hai ngày 18/2/2019 XUẤT BẢN TỪ NĂM")]
    [InlineData("Thứ Sáu (15, Tháng Năm, Đinh Dậu) Năm thứ 53 Số: 9731 Báo điện tử: Quảng Ninh CƠ QUAN CỦA ĐẢNG BỘ")]
    public void Issue_numbers_of_a_newspaper_are_no_citation(string text)
    {
        Assert.Empty(Read(text));
    }
}
