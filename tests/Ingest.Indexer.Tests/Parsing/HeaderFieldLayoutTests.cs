using Ingest.Indexer.Parsing;

namespace Ingest.Indexer.Tests.Parsing;

/// <summary>
/// The header fields (type, number, title, place and date, signer) in the general layouts of Nghị định
/// 30/2020/NĐ-CP Phụ lục I (state bodies) and Hướng dẫn 36-HD/VPTW (Party bodies), and in the shapes pages and
/// PDF extraction leave them in. Every snippet is written for the test, not copied from a document: the rows
/// show a layout, then near misses that must leave a field empty.
/// </summary>
public sealed class HeaderFieldLayoutTests
{
    private static readonly PlanParser Parser = new();

    /// <summary>What a row expects of the header; a null field means "must be empty".</summary>
    public sealed record Fields(string? DocType, string? Number, string? Title, string? Place, string? Date);

    private static Fields Expect(string? docType = null, string? number = null, string? title = null, string? place = null, string? date = null) =>
        new(docType, number, title, place, date);

    public static TheoryData<string, string, Fields> Layouts() => new()
    {
        { "letter without a type word: number, V/v subject over two lines, address",
          "ỦY BAN NHÂN DÂN\nHUYỆN AN PHÚ\nSố: 215/UBND-VP\nV/v tăng cường công tác phòng chống dịch bệnh\ntrên đàn gia súc năm 2023\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nAn Phú, ngày 04 tháng 5 năm 2023\nKính gửi: Ủy ban nhân dân các xã.\nThực hiện chỉ đạo của Ủy ban nhân dân tỉnh.",
          Expect("Công văn", "215/UBND-VP", "tăng cường công tác phòng chống dịch bệnh trên đàn gia súc năm 2023", "An Phú", "2023-05-04") },
        { "letter with no subject: a number without type part and an address",
          "SỞ XÂY DỰNG\nSố: 88/SXD-QLN\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nCần Thơ, ngày 12 tháng 3 năm 2022\nKính gửi: Ủy ban nhân dân các quận, huyện\nSở Xây dựng đề nghị các đơn vị báo cáo.",
          Expect("Công văn", "88/SXD-QLN", null, "Cần Thơ", "2022-03-12") },
        { "a comma inside the subject is not the place-date",
          "ỦY BAN NHÂN DÂN XÃ BÌNH AN\nSố: 41/UBND\nV/v hưởng ứng ngày môi trường thế giới, ngày đại dương thế giới năm 2024\nBình An, ngày 20 tháng 5 năm 2024\nKính gửi: Các ấp",
          Expect("Công văn", "41/UBND", "hưởng ứng ngày môi trường thế giới, ngày đại dương thế giới năm 2024", "Bình An", "2024-05-20") },
        { "subject labelled Về:",
          "SỞ Y TẾ\nSố: 301/SYT-NVY\nVề: góp ý dự thảo quy chế chuyên môn.\nHà Nội, ngày 02 tháng 6 năm 2019",
          Expect("Công văn", "301/SYT-NVY", "góp ý dự thảo quy chế chuyên môn.", "Hà Nội", "2019-06-02") },
        { "title over three lines, the middle one capitalized, up to the address",
          "ỦY BAN NHÂN DÂN\nXÃ TÂN LẬP\nSố: 09/TTr-UBND\nTân Lập, ngày 03 tháng 8 năm 2020\nTỜ TRÌNH\nVề việc đề nghị công nhận xã đạt chuẩn\nPhổ cập giáo dục mầm non cho trẻ em năm tuổi\nnăm 2020\nKính gửi: Ủy ban nhân dân huyện",
          Expect("Tờ trình", "09/TTr-UBND", "Về việc đề nghị công nhận xã đạt chuẩn Phổ cập giáo dục mầm non cho trẻ em năm tuổi năm 2020", "Tân Lập", "2020-08-03") },
        { "title broken before its years, then the enacting body",
          "HỘI ĐỒNG NHÂN DÂN\nTỈNH PHÚ YÊN\nSố: 12/NQ-HĐND\nPhú Yên, ngày 09 tháng 12 năm 2021\nNGHỊ QUYẾT\nVỀ KẾ HOẠCH ĐẦU TƯ CÔNG TRUNG HẠN GIAI ĐOẠN\n2021-2025\nHỘI ĐỒNG NHÂN DÂN TỈNH PHÚ YÊN\nCăn cứ Luật Đầu tư công;",
          Expect("Nghị quyết", "12/NQ-HĐND", "VỀ KẾ HOẠCH ĐẦU TƯ CÔNG TRUNG HẠN GIAI ĐOẠN 2021-2025", "Phú Yên", "2021-12-09") },
        { "a line naming the period ends the title",
          "TRƯỜNG THCS HÒA BÌNH\nSố: 33/BC-THCS\nHòa Bình, ngày 25 tháng 5 năm 2022\nBÁO CÁO\nTổng kết công tác thư viện\nNăm học 2021-2022\nI. ĐẶC ĐIỂM TÌNH HÌNH",
          Expect("Báo cáo", "33/BC-THCS", "Tổng kết công tác thư viện Năm học 2021-2022", "Hòa Bình", "2022-05-25") },
        { "a draft's mark before the heading, a blank day",
          "ỦY BAN NHÂN DÂN\nPHƯỜNG 7\nSố:      /KH-UBND\nPhường 7, ngày     tháng 6 năm 2023\nDỰ THẢO KẾ HOẠCH\nTổ chức ngày hội đọc sách năm 2023\nCăn cứ Kế hoạch số 12/KH-UBND của quận;",
          Expect("Kế hoạch", null, "Tổ chức ngày hội đọc sách năm 2023", "Phường 7", null) },
        { "heading repeated with its spaces lost",
          "QUỐC HỘI\nSố: 30/2019/QH14\nHà Nội, ngày 10 tháng 6 năm 2019\nNGHỊ QUYẾT\nNGHỊQUYẾT VỀ CHƯƠNG TRÌNH GIÁM SÁT NĂM 2020\nQUỐC HỘI\nCăn cứ Hiến pháp;",
          Expect("Nghị quyết", "30/2019/QH14", "VỀ CHƯƠNG TRÌNH GIÁM SÁT NĂM 2020", "Hà Nội", "2019-06-10") },
        { "joint number with two bodies' codes",
          "ỦY BAN NHÂN DÂN TỈNH\nBAN THƯỜNG TRỰC ỦY BAN MTTQ TỈNH\nSố: 02/CTPH/UBND-MTTQ\nĐồng Tháp, ngày 15 tháng 01 năm 2022\nCHƯƠNG TRÌNH PHỐI HỢP\nVề công tác giám sát năm 2022\nCăn cứ Luật Mặt trận Tổ quốc Việt Nam;",
          Expect(number: "02/CTPH/UBND-MTTQ", title: "Về công tác giám sát năm 2022", place: "Đồng Tháp", date: "2022-01-15") },
        { "unit code wrapped to a later line of its cell",
          "UBND HUYỆN TÂN HỒNG\nBAN CHỈ ĐẠO\nSố: 71/BC-BCĐ-\nTân Hồng, ngày 02 tháng 11 năm 2021\nPCGD\nBÁO CÁO\nKết quả công tác phổ cập giáo dục năm 2021\nI. TÌNH HÌNH CHUNG",
          Expect("Báo cáo", "71/BC-BCĐ-PCGD", "Kết quả công tác phổ cập giáo dục năm 2021", "Tân Hồng", "2021-11-02") },
        { "Party letter: heading, then number and date under it, then the subject",
          "ĐẢNG BỘ KHỐI DOANH NGHIỆP\nCÔNG VĂN\nSố 205-CV/ĐUK\nngày 14 tháng 3 năm 2018\nVề tổ chức học tập nghị quyết\nKính gửi: Các chi bộ trực thuộc",
          Expect("Công văn", "205-CV/ĐUK", "Về tổ chức học tập nghị quyết", null, "2018-03-14") },
        // A page that flattened the header to one line; the heading's type word, not the number's BC, is the type.
        { "one flattened line, sentence-case title, the number's type code in conflict",
          "ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM THỊ XÃ ĐIỆN BÀN Độc lập - Tự do - Hạnh phúc Số: 51 /BC-UBND Điện Bàn, ngày 03 tháng 4 năm 2016 KẾ HOẠCH Phòng, chống thiên tai và tìm kiếm cứu nạn năm 2016 I. Kết quả công tác năm 2015 1. Tình hình thiên tai",
          Expect("Kế hoạch", "51/BC-UBND", "Phòng, chống thiên tai và tìm kiếm cứu nạn năm 2016", "Điện Bàn", "2016-04-03") },
        { "one flattened line, sentence-case words with no end in sight: the heading's type, no title",
          "ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM THỊ XÃ ĐIỆN BÀN Độc lập - Tự do - Hạnh phúc Số: 51 /BC-UBND Điện Bàn, ngày 03 tháng 4 năm 2016 KẾ HOẠCH Phòng, chống thiên tai và tìm kiếm cứu nạn năm 2016 trên địa bàn thị xã được triển khai thực hiện với sự tham gia của các ngành, các cấp, các địa phương và toàn thể nhân dân, trong đó các xã ven sông chủ động rà soát phương án sơ tán dân ở những khu vực nguy hiểm khi có bão lũ xảy ra trong mùa mưa năm nay",
          Expect("Kế hoạch", "51/BC-UBND", null, "Điện Bàn", "2016-04-03") },
        { "place-date with no comma",
          "LIÊN ĐỘI TRƯỜNG TH KIM ĐỒNG\nKrông Búk ngày 05 tháng 9 năm 2016\nKẾ HOẠCH\nTổ chức vui tết trung thu năm 2016\nThực hiện kế hoạch của Hội đồng Đội huyện;",
          Expect("Kế hoạch", null, "Tổ chức vui tết trung thu năm 2016", "Krông Búk", "2016-09-05") },
        { "date left blank: the place is still read",
          "ỦY BAN NHÂN DÂN\nTHÀNH PHỐ ĐÀ NẴNG\nSố:     /TB-UBND\nĐà Nẵng, ngày   tháng   năm\nTHÔNG BÁO\nVề việc nghỉ lễ Quốc khánh\nỦy ban nhân dân thành phố thông báo như sau:",
          Expect("Thông báo", null, "Về việc nghỉ lễ Quốc khánh", "Đà Nẵng", null) },
        { "a subject line ending in a place stops at the line the place-date opens",
          "BỘ GIAO THÔNG VẬN TẢI\nSố: 512/BGTVT-KCHT\nV/v đầu tư đường nối cảng hàng không Long Thành\nHà Nội, ngày 08 tháng 4 năm 2024\nKính gửi: Ủy ban nhân dân tỉnh Đồng Nai",
          Expect("Công văn", "512/BGTVT-KCHT", "đầu tư đường nối cảng hàng không Long Thành", "Hà Nội", "2024-04-08") },
        // An annex printed without its decision bears the decision's number and date (corpus README, settled in the
        // eighteenth session).
        { "regulation annexed to a decision: the decision's number and date",
          "ỦY BAN NHÂN DÂN\nXÃ HÒA LỢI\nQUY CHẾ\nTiếp công dân của Ủy ban nhân dân xã\n(Ban hành kèm theo Quyết định số 15/QĐ-UBND\nngày 02 tháng 4 năm 2022 của Ủy ban nhân dân xã Hòa Lợi)\nChương I",
          Expect("Quy chế", "15/QĐ-UBND", "Tiếp công dân của Ủy ban nhân dân xã", null, "2022-04-02") },
        { "regulation annexed to a decision, the heading's number after \"số:\"",
          "ỦY BAN NHÂN DÂN\nXÃ AN BÌNH\nQUY CHẾ\nLàm việc của Ủy ban nhân dân xã\n(Ban hành kèm theo Quyết định số: 45/QĐ-UBND\nngày 10 tháng 3 năm 2021 của Ủy ban nhân dân xã)\nChương I",
          Expect("Quy chế", "45/QĐ-UBND", "Làm việc của Ủy ban nhân dân xã", null, "2021-03-10") },
        { "inline tags a page left around the heading and the place",
          "<b>TRƯỜNG TIỂU HỌC LÊ LỢI</b>\nSố:……/KH-TH\n<i>Tân Phú, ngày 12 tháng 9 năm 2019</i>\n<b>KẾ HOẠCH</b>\n<b>Kiểm tra nội bộ năm học 2019 – 2020</b>\n- Căn cứ hướng dẫn của Phòng Giáo dục;",
          Expect("Kế hoạch", null, "Kiểm tra nội bộ năm học 2019 – 2020", "Tân Phú", "2019-09-12") },
        { "a page's headline over a text with no header",
          "Thông báo lịch trực tiếp dân của Chủ tịch UBND phường tháng 10\nChủ tịch UBND phường thông báo lịch trực tiếp dân như sau:\n1. Thời gian: thứ Năm hằng tuần.",
          Expect("Thông báo", null, "lịch trực tiếp dân của Chủ tịch UBND phường tháng 10", null, null) },
        // "ngày Thương binh - Liệt sĩ (27/7/1947-27/7/2025)" names a day of remembrance, not a cited document's date.
        { "a headline naming a day of remembrance with its dates",
          "Thông báo treo cờ Tổ quốc kỷ niệm 78 năm ngày Thương binh - Liệt sĩ (27/7/1947-27/7/2025)\nUBND xã Tân Lập thông báo thời gian treo cờ Tổ quốc đến các cơ quan, đơn vị như sau:\n1. Thời gian: từ ngày 26/7/2025.",
          Expect("Thông báo", null, "treo cờ Tổ quốc kỷ niệm 78 năm ngày Thương binh - Liệt sĩ (27/7/1947-27/7/2025)", null, null) },
    };

    [Theory, MemberData(nameof(Layouts))]
    public void Reads_the_header_fields(string layout, string text, Fields expected)
    {
        var r = Parser.Parse(text);
        Assert.True(expected.Number == r.Number, $"{layout}: number {r.Number}");
        Assert.True(expected.Place == r.Place, $"{layout}: place {r.Place}");
        Assert.True(expected.Date == r.IssueDate, $"{layout}: date {r.IssueDate}");
        Assert.True(expected.Title == r.Title, $"{layout}: title {r.Title}");
        if (expected.DocType is not null) Assert.True(expected.DocType == r.DocType, $"{layout}: type {r.DocType}");
    }

    // A portal stamps the day it posted the page ("Chủ Nhật, ngày 24 tháng 11 năm 2024"): a weekday is no place, and
    // that date is not the document's.
    [Fact]
    public void A_weekday_stamp_is_no_place_date()
    {
        var r = Parser.Parse("Chủ Nhật, ngày 24 tháng 11 năm 2024\n\nQuy chế làm việc của Ban Chấp hành\n\nQUY CHẾ LÀM VIỆC CỦA BAN CHẤP HÀNH ĐẢNG BỘ XÃ AN PHÚ\n\nCăn cứ Điều lệ Đảng Cộng sản Việt Nam;\nHội nghị Ban Chấp hành đã thông qua quy chế như sau:");
        Assert.Null(r.Place);
        Assert.Null(r.IssueDate);
        Assert.Contains(r.Diagnostics, d => d.Code == "issue-date-missing");
    }

    // "từ thứ Hai, ngày 16/02/2026 (tức 29 tháng Chạp …)" in a headerless notice's body
    // (jp-ubnd-xa-nhon-my-tb-2026-tet-headerless): the place reader stops at the lower-case "thứ", but "Hai" after it
    // is a weekday, never a place.
    [Fact]
    public void A_weekday_after_a_lower_case_thu_is_no_place()
    {
        var r = Parser.Parse("Thông báo lịch nghỉ tết Nguyên đán 2026\nỦy ban nhân dân xã An Hòa thông báo lịch nghỉ Tết như sau:\n\n"
            + "Thời gian nghỉ Tết: 05 ngày liên tục, từ thứ Hai, ngày 16/02/2026 (tức 29 tháng Chạp năm Ất Tỵ) đến hết thứ Sáu, ngày 20/02/2026.\n");
        Assert.Null(r.Place);
        Assert.Null(r.IssueDate);
    }

    // A portal's banner (menus, notices, a viewer's toolbar) pushes a letter's header far down the page: its V/v
    // subject is read under its number wherever that stands, not only in the page's first forty lines.
    [Fact]
    public void A_letters_subject_is_read_under_a_header_a_banner_pushed_down()
    {
        var banner = string.Concat(Enumerable.Range(1, 45).Select(i => $"Mục {i} của trang\n"));
        var r = Parser.Parse(banner + "ỦY BAN NHÂN DÂN\nXÃ AN BÌNH\nSố: 215/UBND-VX\nV/v tổ chức tiêm vắc xin sởi đợt 2\n"
            + "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nAn Bình, ngày 4 tháng 5 năm 2024\n"
            + "Kính gửi: Trạm Y tế xã\nUBND xã đề nghị Trạm Y tế xã tổ chức tiêm.\n");
        Assert.Equal("tổ chức tiêm vắc xin sởi đợt 2", r.Title);
    }

    public static TheoryData<string, string> NumbersNotOwn() => new()
    {
        // The number line was left blank: a number the body cites later is not the document's.
        { "blank number line", "TRƯỜNG TIỂU HỌC AN LẠC\nSố: .../CV-TH\nAn Lạc, ngày .... tháng 5 năm 2021\nKính gửi: Phụ huynh học sinh\nThực hiện Quyết định số: 20/QĐ-PGD của Phòng Giáo dục." },
        // A plan cited with "kế hoạch số:" in a report's first paragraph.
        { "cited with a type word", "CHI BỘ TRƯỜNG THCS\nBÁO CÁO CHÍNH TRỊ\nTheo kế hoạch số: 06/KH-ĐU ngày 28 tháng 10 năm 2009 của Đảng ủy xã về tổ chức đại hội chi bộ." },
    };

    [Theory, MemberData(nameof(NumbersNotOwn))]
    public void Leaves_the_number_empty_when_the_header_has_none(string layout, string text)
    {
        var r = Parser.Parse(text);
        Assert.True(r.Number is null, $"{layout}: number {r.Number}");
        Assert.Contains(r.Diagnostics, d => d.Code == "number-missing");
    }

    [Fact]
    public void A_law_s_own_label_opens_with_its_type_word()
    {
        var r = Parser.Parse("QUỐC HỘI\nLuật số: 18/2023/QH15\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nLUẬT\nGIAO DỊCH ĐIỆN TỬ\nCăn cứ Hiến pháp;");
        Assert.Equal("18/2023/QH15", r.Number);
        Assert.Equal("Luật", r.DocType);
    }

    [Fact]
    public void A_V_v_inside_a_citation_is_not_the_letter_s_subject()
    {
        var r = Parser.Parse("ỦY BAN NHÂN DÂN XÃ PHÚ LỘC\nKẾ HOẠCH PHÁT TRIỂN GIÁO DỤC XÃ PHÚ LỘC Căn cứ công văn số 804/HD-PGD ngày 01/11/2013 V/v triển khai năm học mới; Ủy ban nhân dân xã xây dựng kế hoạch.");
        Assert.NotEqual("Công văn", r.DocType);
        Assert.DoesNotContain("triển khai năm học mới", r.Title ?? "", StringComparison.Ordinal);
    }

    public static TheoryData<string, string, string, string> Signatures() => new()
    {
        { "decree signed under its closing mark, annex after it, no Nơi nhận",
          "Điều 5. Các Bộ trưởng chịu trách nhiệm thi hành Nghị định này./.\nTM. CHÍNH PHỦ\nKT. THỦ TƯỚNG\nPHÓ THỦ TƯỚNG\n\nLê Văn Thành\n" + Annex(90),
          "PHÓ THỦ TƯỚNG", "Lê Văn Thành" },
        { "position broken before its last word",
          "Nghị quyết này có hiệu lực từ ngày ký./.\n\nCHỦ TỊCH QUỐC\n\nHỘI\n\n\nNguyễn Văn An",
          "CHỦ TỊCH QUỐC HỘI", "Nguyễn Văn An" },
        { "a bracket and a stray letter glued before the name",
          "Quyết định này có hiệu lực từ ngày ký./.\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n[dTrần Thị Bình",
          "PHÓ CHỦ TỊCH", "Trần Thị Bình" },
    };

    [Theory, MemberData(nameof(Signatures))]
    public void Reads_the_signer(string layout, string text, string title, string name)
    {
        var signer = Parser.Parse(text).Signer;
        Assert.True(signer is not null, layout);
        Assert.Equal(title, signer!.Title);
        Assert.Equal(name, signer.Name);
    }

    // An annex of numbered rows, long enough to push the signature out of the last lines.
    private static string Annex(int rows) =>
        "PHỤ LỤC\nDANH MỤC CÔNG TRÌNH\n" + string.Join('\n', Enumerable.Range(1, rows).Select(i => $"{i}. Công trình số {i} tại địa bàn xã"));
}
