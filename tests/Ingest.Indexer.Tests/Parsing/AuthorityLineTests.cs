using Ingest.Indexer.Parsing;

namespace Ingest.Indexer.Tests.Parsing;

/// <summary>
/// How the header's authority lines are read (Nghị định 30/2020/NĐ-CP Phụ lục I; Hướng dẫn 36-HD/VPTW): a council's
/// term and session, a managing body above the issuing one, a name running on into the type word. Each row is a
/// short synthetic header written for its rule, not copied from a source; matches first, then near misses.
/// </summary>
public sealed class AuthorityLineTests
{
    private static readonly PlanParser Parser = new();

    /// <summary>What a row expects; null means "must be empty".</summary>
    public sealed record Header(string? Issuer, string? Level, string? Title);

    public static TheoryData<string, string, Header> Matches() => new()
    {
        // The council's line under a resolution's title carries its term and session: they are no part of its name.
        { "term and session after the council's name", "HỘI ĐỒNG NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\nSố: 12/2009/NQ-HĐND | Bình Minh, ngày 10 tháng 12 năm 2009 |\nNGHỊ QUYẾT\nVỀ DỰ TOÁN NGÂN SÁCH NĂM 2010\nHỘI ĐỒNG NHÂN DÂN HUYỆN BÌNH MINH KHÓA VIII, KỲ HỌP LẦN THỨ 9\nCăn cứ Luật Tổ chức Hội đồng nhân dân và Ủy ban nhân dân;\nQUYẾT NGHỊ:",
          new("Hội đồng nhân dân huyện Bình Minh", "district", "VỀ DỰ TOÁN NGÂN SÁCH NĂM 2010") },
        { "term and session in the header block", "HỘI ĐỒNG NHÂN DÂN\nXÃ AN PHÚ\nKHÓA XII, KỲ HỌP THỨ 4\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 05/NQ-HĐND\nAn Phú, ngày 3 tháng 7 năm 2019\nNGHỊ QUYẾT\nVề việc thông qua kế hoạch đầu tư công",
          new("Hội đồng nhân dân xã An Phú", "commune", "Về việc thông qua kế hoạch đầu tư công") },
        // A page glued the council's line onto the title's; the session line under it shows where the title ends.
        { "council glued to the title, session under it", "HỘI ĐỒNG NHÂN DÂN\nQUẬN NAM SƠN\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 8/2010/NQ-HĐND\nNam Sơn, ngày 2 tháng 6 năm 2010\nNGHỊ QUYẾT\nVỀ ĐIỀU CHỈNH CHỈ TIÊU KINH TẾ NĂM 2010 HỘI ĐỒNG NHÂN DÂN QUẬN NAM SƠN\nKHÓA V, KỲ HỌP LẦN THỨ 6\nCăn cứ Luật Tổ chức Hội đồng nhân dân;",
          new("Hội đồng nhân dân quận Nam Sơn", "district", "VỀ ĐIỀU CHỈNH CHỈ TIÊU KINH TẾ NĂM 2010") },
        // Nghị định 30/2020/NĐ-CP Phụ lục I: the managing body above the issuing one, flattened onto one line; the
        // issuer is the lower body, and a school keeps its own name and the level its managing department gives it,
        // even when it is named after a district.
        { "department and school on one line", "SỞ GD&ĐT NAM ĐỊNH TRƯỜNG THPT GIAO THỦY Số: 12/KH-THPTGT CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc Giao Thủy, ngày 5 tháng 9 năm 2019 KẾ HOẠCH TỔ CHỨC NGÀY HỘI ĐỌC SÁCH Căn cứ nhiệm vụ năm học 2019-2020;",
          new("Trường THPT Giao Thủy", "province", "TỔ CHỨC NGÀY HỘI ĐỌC SÁCH") },
        // A centre named after a district of its department's province is that district's.
        { "district centre under a department", "SỞ Y TẾ HẢI DƯƠNG\nTRUNG TÂM Y TẾ CẨM GIÀNG\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 31/KH-TTYT\nCẩm Giàng, ngày 2 tháng 3 năm 2020\nKẾ HOẠCH\nTiêm chủng mở rộng năm 2020",
          new("Trung tâm Y tế Cẩm Giàng", "district", "Tiêm chủng mở rộng năm 2020") },
        // A centre named by its task alone takes its department's province, written as the department's line writes it.
        { "provincial centre under a department", "SỞ Y TẾ ĐÀ NẴNG\nTRUNG TÂM KIỂM SOÁT BỆNH TẬT\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 7/KH-KSBT\nĐà Nẵng, ngày 2 tháng 3 năm 2020\nKẾ HOẠCH\nGiám sát dịch bệnh mùa hè",
          new("Trung tâm Kiểm soát bệnh tật Đà Nẵng", "province", "Giám sát dịch bệnh mùa hè") },
        // A page printing the name and the heading on one line, with no motto, number or place-date: the name ends
        // before the type word, which opens the heading and its title.
        { "name running on into the heading", "TRƯỜNG TIỂU HỌC AN BÌNH KẾ HOẠCH BỒI DƯỠNG HỌC SINH GIỎI NĂM HỌC 2019 - 2020 Năm học 2019 - 2020 là năm học tiếp tục đổi mới.",
          new("Trường Tiểu học An Bình", "commune", "BỒI DƯỠNG HỌC SINH GIỎI NĂM HỌC 2019 - 2020") },
        // A mirror's page title names the document by its number and its own summary; the header's line under the
        // place-date (the heading lost) is the trích yếu.
        { "mirror's page title with the number", "Quyết định 12/2015/QĐ-UBND quy chế làm việc của Ủy ban nhân dân huyện Bình Minh\nỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\nSố: 12/2015/QĐ-UBND | Bình Minh, ngày 3 tháng 3 năm 2015 |\nBAN HÀNH QUY CHẾ LÀM VIỆC CỦA ỦY BAN NHÂN DÂN HUYỆN BÌNH MINH\nỦY BAN NHÂN DÂN HUYỆN BÌNH MINH\nCăn cứ Luật Tổ chức chính quyền địa phương;\nQUYẾT ĐỊNH:",
          new("Ủy ban nhân dân huyện Bình Minh", "district", "BAN HÀNH QUY CHẾ LÀM VIỆC CỦA ỦY BAN NHÂN DÂN HUYỆN BÌNH MINH") },
        // An upper-case title broken after its first word goes on over a line that cites a symbol in its own case.
        { "title line with a cited symbol", "ỦY BAN NHÂN DÂN\nTỈNH AN GIANG\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 40/KH-UBND\nAn Giang, ngày 2 tháng 4 năm 2020\nKẾ HOẠCH\nTRIỂN\nKHAI CHỈ THỊ SỐ 16/CT-TTg NGÀY 31/3/2020 CỦA THỦ TƯỚNG CHÍNH PHỦ\nCăn cứ Chỉ thị số 16/CT-TTg ngày 31/3/2020;",
          new("Ủy ban nhân dân tỉnh An Giang", "province", "TRIỂN KHAI CHỈ THỊ SỐ 16/CT-TTg NGÀY 31/3/2020 CỦA THỦ TƯỚNG CHÍNH PHỦ") },
        // A district's office over a school, on one line, under a page's own unmarked title: the header's heading,
        // after the place-date, is the document's.
        { "office and school on one line, page title above", "KE HOACH THI DUA NAM HOC 2019\nPHÒNG GD&ĐT AN PHÚ TRƯỜNG THCS AN BÌNH Số: 4/KH-THCS CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc An Phú, ngày 3 tháng 9 năm 2019 KẾ HOẠCH TỔ CHỨC THI ĐUA NĂM HỌC 2019 - 2020 Căn cứ nhiệm vụ năm học;",
          new("Trường THCS An Bình", "commune", "TỔ CHỨC THI ĐUA NĂM HỌC 2019 - 2020") },
        // A body named after the country, with no place of its own, is national.
        { "body named after the country", "HỘI CHỮ THẬP ĐỎ\nVIỆT NAM\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 10/KH-TWH\nHà Nội, ngày 4 tháng 5 năm 2021\nKẾ HOẠCH\nTổ chức Tháng Nhân đạo năm 2021",
          new("Hội Chữ thập đỏ Việt Nam", "central", "Tổ chức Tháng Nhân đạo năm 2021") },
        // An office with no name of its own is the office of the body above it.
        { "office of a people's committee", "ỦY BAN NHÂN DÂN\nTHÀNH PHỐ CẦN THƠ\nVĂN PHÒNG\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 15/VP-KT\nV/v báo cáo tình hình mưa lũ\nCần Thơ, ngày 4 tháng 10 năm 2019\nKính gửi: Sở Nông nghiệp và Phát triển nông thôn",
          new("Văn phòng Ủy ban nhân dân thành phố Cần Thơ", "province", "báo cáo tình hình mưa lũ") },
    };

    [Fact]
    public void A_section_line_under_the_heading_ends_the_title()
    {
        var r = Parser.Parse("KE HOACH NAM HOC 2021\nPHÒNG GD&ĐT AN PHÚ\nTRƯỜNG MẦM NON AN BÌNH\nCỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố:      /KH-TMN      An Bình, ngày      tháng 9 năm 2021\nKẾ HOẠCH GIÁO DỤC NHÀ TRƯỜNG NĂM HỌC 2021 - 2022\nI. CĂN CỨ XÂY DỰNG KẾ HOẠCH\nThông tư số 52/2020/TT-BGDĐT ngày 31/12/2020 của Bộ Giáo dục và Đào tạo;");
        Assert.Equal("GIÁO DỤC NHÀ TRƯỜNG NĂM HỌC 2021 - 2022", r.Title);
    }

    [Fact]
    public void A_Front_committee_is_not_national_for_writing_Viet_Nam()
    {
        var r = Parser.Parse("ỦY BAN MTTQ VIỆT NAM\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 5/KH-MTTQ\nAn Phú, ngày 4 tháng 5 năm 2021\nKẾ HOẠCH\nTổ chức ngày hội đại đoàn kết");
        Assert.NotEqual("central", r.Issuer.Level);
    }

    [Fact]
    public void A_place_date_above_the_motto_gives_way_to_the_one_under_it()
    {
        var r = Parser.Parse("Hà Nội, ngày 03 tháng 4 năm 2019tải về 12 Kb.\n\nỦY BAN NHÂN DÂN\nTỈNH AN GIANG\nSố: 12 /UBND-VX\nV/v tổ chức tháng hành động vì trẻ em\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nAn Giang, ngày 02 tháng 4 năm 2019\nKính gửi: Sở Lao động - Thương binh và Xã hội");
        Assert.Equal("An Giang", r.Place);
        Assert.Equal("Ủy ban nhân dân tỉnh An Giang", r.Issuer.Name, ignoreCase: true);
        Assert.Equal("province", r.Issuer.Level);
    }

    [Fact]
    public void A_page_sentence_opening_with_capitals_is_not_a_header_block()
    {
        var r = Parser.Parse("Tin địa phương\n\nUBND huyện Bình Minh vừa ban hành kế hoạch tổ chức hội thao năm 2020 trên địa bàn huyện.\n\nTheo đó, các xã tổ chức hội thao cấp cơ sở.");
        Assert.NotEqual("UBND", r.Issuer.Name);
    }

    [Fact]
    public void A_place_keeps_its_line_when_OCR_could_not_read_the_handwritten_day_and_month()
    {
        var r = Parser.Parse("ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nXÃ AN PHÚ Độc lập - Tự do - Hạnh phúc\nSố: /KH-UBND An Phú, ngày |Ý tháng Š_ năm 2018\nKẾ HOẠCH\nPhòng chống thiên tai năm 2018\nCăn cứ Luật Phòng, chống thiên tai;");
        Assert.Equal("An Phú", r.Place);
        Assert.Null(r.IssueDate);
    }

    [Fact]
    public void A_drafts_mark_before_the_type_word_after_the_place_date_is_no_part_of_the_heading()
    {
        var r = Parser.Parse("SỞ GD&ĐT AN GIANG\nTRƯỜNG THPT AN PHÚ\nSố: 5/KH-THPT\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc\nAn Phú, ngày 15 tháng 9 năm 2020 DỰ THẢO KẾ HOẠCH\nHOẠT ĐỘNG NGOẠI KHÓA NĂM HỌC 2020 - 2021\nCăn cứ nhiệm vụ năm học;");
        Assert.Equal("Kế hoạch", r.DocType);
        Assert.Equal("HOẠT ĐỘNG NGOẠI KHÓA NĂM HỌC 2020 - 2021", r.Title);
    }

    public static TheoryData<string, string, Header> NearMisses() => new()
    {
        // A title about a sitting names the council and its term itself: they stay in the title.
        { "title about a council's sitting", "HỘI ĐỒNG NHÂN DÂN\nTỈNH NAM SƠN\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 3/NQ-HĐND\nNam Sơn, ngày 2 tháng 6 năm 2012\nNGHỊ QUYẾT\nVỀ VIỆC BAN HÀNH NỘI QUY KỲ HỌP HỘI ĐỒNG NHÂN DÂN TỈNH\nKHÓA VI, NHIỆM KỲ 2011 - 2016\nCăn cứ Luật Tổ chức Hội đồng nhân dân;",
          new("Hội đồng nhân dân tỉnh Nam Sơn", "province", "VỀ VIỆC BAN HÀNH NỘI QUY KỲ HỌP HỘI ĐỒNG NHÂN DÂN TỈNH KHÓA VI, NHIỆM KỲ 2011 - 2016") },
        // "KHOA HỌC" with no mark is a word of the name, not a term.
        { "khoa of khoa học", "UBND TỈNH NAM SƠN\nSỞ KHOA HỌC VÀ CÔNG NGHỆ\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 4/KH-SKHCN\nNam Sơn, ngày 2 tháng 6 năm 2012\nKẾ HOẠCH\nỨng dụng tiến bộ kỹ thuật",
          new("Sở Khoa học và Công nghệ tỉnh Nam Sơn", "province", "Ứng dụng tiến bộ kỹ thuật") },
        // "HẢI PHÒNG" ends a place: its "PHÒNG" opens no body.
        { "place ending in a head word", "ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HẢI PHÒNG\nSỞ Y TẾ\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 9/KH-SYT\nHải Phòng, ngày 2 tháng 3 năm 2020\nKẾ HOẠCH\nPhòng chống dịch bệnh mùa hè",
          new("Sở Y tế thành phố Hải Phòng", "province", "Phòng chống dịch bệnh mùa hè") },
        // A type word inside a body's name ("KẾ HOẠCH VÀ ĐẦU TƯ", "TÀI CHÍNH KẾ HOẠCH HUYỆN …") does not end it.
        { "type word inside a department's name", "SỞ KẾ HOẠCH VÀ ĐẦU TƯ TỈNH AN GIANG THÔNG BÁO KẾT QUẢ TUYỂN DỤNG VIÊN CHỨC Sở thông báo kết quả như sau.",
          new("Sở Kế hoạch và Đầu tư tỉnh An Giang", "province", "KẾT QUẢ TUYỂN DỤNG VIÊN CHỨC") },
        { "type word inside an office's name", "PHÒNG TÀI CHÍNH KẾ HOẠCH HUYỆN AN BÌNH BÁO CÁO TÌNH HÌNH THU CHI NGÂN SÁCH Phòng báo cáo như sau.",
          new("Phòng Tài chính kế hoạch huyện An Bình", "district", "TÌNH HÌNH THU CHI NGÂN SÁCH") },
    };

    [Theory, MemberData(nameof(Matches)), MemberData(nameof(NearMisses))]
    public void Reads_the_authority_lines(string layout, string text, Header expected)
    {
        var r = Parser.Parse(text);
        Assert.True(Fold(expected.Issuer) == Fold(r.Issuer.Name), $"{layout}: issuer {r.Issuer.Name}");
        Assert.True(expected.Level == r.Issuer.Level, $"{layout}: level {r.Issuer.Level}");
        Assert.True(expected.Title == r.Title, $"{layout}: title {r.Title}");
    }

    // Case is the header's typography, not the name.
    private static string? Fold(string? name) => name?.ToLowerInvariant();
}
