using Ingest.Indexer.Parsing;
using Issuer = Ingest.Indexer.Tests.Parsing.ExpectedIssuer;

namespace Ingest.Indexer.Tests.Parsing;

/// <summary>
/// Rules of the header's grammar (Nghị định 30/2020/NĐ-CP Phụ lục I: the governing body's line above the issuing
/// body's; Hướng dẫn 36-HD/VPTW for Party headers) that decide the issuer where a block's words could be read two
/// ways. Each header is written for its rule in the shape the grammar gives, not copied from a source; where the
/// block is damaged past a certain reading the issuer is empty and a diagnostic asks for review.
/// </summary>
public sealed class HeaderGrammarTests
{
    private static readonly PlanParser Parser = new();

    public static TheoryData<string, string, Issuer> Matches() => new()
    {
        // A central body's line over a provincial branch that names itself and its place: the branch issues it.
        { "provincial branch under its Cục", "CỤC HẢI QUAN\nHẢI QUAN TỈNH QUẢNG NINH\n-------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 215/HQQN-NV\nV/v hướng dẫn thủ tục hải quan\nQuảng Ninh, ngày 10 tháng 3 năm 2024\nKính gửi: Các doanh nghiệp.",
          new("Hải quan tỉnh Quảng Ninh", "province", "Quảng Ninh") },
        // "CHI NHÁNH …" names a branch by the name of the body above it: one body, not two.
        { "branch named by its parent", "NGÂN HÀNG NHÀ NƯỚC VIỆT NAM\nCHI NHÁNH TỈNH AN GIANG\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 120/AGI-TH\nV/v báo cáo tín dụng\nAn Giang, ngày 10 tháng 3 năm 2024\nKính gửi: Các tổ chức tín dụng.",
          new("Ngân hàng Nhà nước Việt Nam chi nhánh tỉnh An Giang", "province", "An Giang") },
        // "PHONG" without its marks between words that kept theirs is a place's name, not the head "PHÒNG".
        { "place name spelled like a head", "HUYỆN ỦY PHONG THỔ\n*\nSố 45-KH/HU\nĐẢNG CỘNG SẢN VIỆT NAM\nPhong Thổ, ngày 12 tháng 5 năm 2023\nKẾ HOẠCH\nTổ chức hội nghị học tập nghị quyết",
          new("Huyện ủy Phong Thổ", "district", "Lai Châu") },
        // At the line's end, after a word with no marks of its own, the line's other marked words still tell.
        { "place name ending like a head", "ỦY BAN NHÂN DÂN\nXÃ THANH PHONG\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 12/UBND\nV/v tiêm chủng\nThanh Phong, ngày 10 tháng 3 năm 2024\nKính gửi: Các thôn.",
          new("Ủy ban nhân dân xã Thanh Phong", "commune", null) },
        // A block that lost all its marks still reads "PHONG" as the head "PHÒNG".
        { "block without marks", "UBND HUYEN THANH OAI\nPHONG GIAO DUC VA DAO TAO\nCONG HOA XA HOI CHU NGHIA VIET NAM\nSố: 12/PGD\nV/v tuyển sinh\nThanh Oai, ngày 10 tháng 3 năm 2024\nKính gửi: Các trường.",
          new("Phòng Giao duc va Dao tao huyện Thanh Oai", "district", "Hà Nội") },
        // An office-holder's header: the office with its body, at the body's level.
        { "office-holder's header", "CHỦ TỊCH ỦY BAN NHÂN DÂN\nTỈNH BÌNH ĐỊNH\n-------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 45/QĐ-CTUBND\nBình Định, ngày 3 tháng 4 năm 2025\nQUYẾT ĐỊNH\nVề việc thành lập tổ công tác\nCăn cứ Luật Tổ chức chính quyền địa phương;",
          new("Chủ tịch Ủy ban nhân dân tỉnh Bình Định", "province", "Bình Định") },
        // The office line lost its body's head word; the number's code (-CTUBND) says which body's office it is.
        { "office line repaired by the code", "CHỦ TỊCH NHÂN\nDÂN\nTỈNH BÌNH ĐỊNH\n-------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 46/QĐ-CTUBND\nBình Định, ngày 3 tháng 4 năm 2025\nQUYẾT ĐỊNH\nVề việc thành lập tổ công tác\nCăn cứ Luật Tổ chức chính quyền địa phương;",
          new("Chủ tịch Ủy ban nhân dân tỉnh Bình Định", "province", "Bình Định") },
        // The enacting line under a decision's title names the office that signs for the header's body: the header's
        // body is the issuer.
        { "enacting office under a body's header", "ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\nSố: 232/QĐ-UBND | Ninh Bình, ngày 12 tháng 4 năm 2019 |\nQUYẾT ĐỊNH\nVỀ VIỆC CÔNG BỐ DANH MỤC THỦ TỤC HÀNH CHÍNH\nCHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH NINH BÌNH\nCăn cứ Luật Tổ chức chính quyền địa phương ngày 19/6/2015;",
          new("Ủy ban nhân dân tỉnh Ninh Bình", "province", "Ninh Bình") },
        // Hướng dẫn 36-HD/VPTW: a central Ban under "BAN CHẤP HÀNH TRUNG ƯƠNG" is that committee's; its official name,
        // as the head table lists it, is written whole ("Văn phòng Trung ương Đảng").
        { "central office under the Central Committee", "BAN CHẤP HÀNH TRUNG ƯƠNG\nVĂN PHÒNG\n*\nSố 12-TB/VPTW\nĐẢNG CỘNG SẢN VIỆT NAM\nHà Nội, ngày 02 tháng 3 năm 2024\nTHÔNG BÁO\nKết luận của Ban Bí thư về công tác cán bộ",
          new("Văn phòng Trung ương Đảng", "central", null) },
        // A trade union's line under its parent union's; a school named by its level alone ("THCS"), its union sitting
        // where the school sits; a page's title with "CỦA" above the whole block is no part of it.
        { "school's trade union under a page title", "KẾ HOẠCH CÔNG TÁC NĂM HỌC 2020-2021 CỦA CÔNG ĐOÀN\nCÔNG ĐOÀN GIÁO DỤC HUYỆN ĐẠI TỪ\nCÔNG ĐOÀN THCS HÙNG SƠN\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 05/KH-CĐ\nHùng Sơn, ngày 15 tháng 9 năm 2020\nKẾ HOẠCH\nHoạt động công đoàn năm học 2020-2021\nCăn cứ hướng dẫn của Công đoàn Giáo dục huyện;",
          new("Công đoàn THCS Hùng Sơn", "commune", "Thái Nguyên") },
        // A trade union named after its school, under the district's labour federation: the school's level, and no
        // district in its name (the federation manages it; the school is where it sits).
        { "school's trade union under the district federation", "LIÊN ĐOÀN LAO ĐỘNG HUYỆN YÊN LẠC\nCÔNG ĐOÀN TRƯỜNG THCS YÊN ĐỒNG\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 12/KH-CĐ\nYên Đồng, ngày 10 tháng 3 năm 2024\nKẾ HOẠCH\nHoạt động năm 2024",
          new("Công đoàn Trường THCS Yên Đồng", "commune", "Vĩnh Phúc") },
        // A state system's provincial branch named after its province without "tỉnh".
        { "branch named after its province", "KHO BẠC NHÀ NƯỚC\nKHO BẠC NHÀ NƯỚC PHÚ THỌ\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 12/KBPT-KSC\nV/v kiểm soát chi\nPhú Thọ, ngày 10 tháng 3 năm 2024\nKính gửi: Các đơn vị.",
          new("Kho bạc Nhà nước Phú Thọ", "province", "Phú Thọ") },
        // A people's committee whose province line lost "TỈNH": written with the province's kind word.
        { "committee over a bare province name", "ỦY BAN NHÂN DÂN\nLONG AN\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 225/KH-UBND\nLong An, ngày 18 tháng 08 năm 2016\nKẾ HOẠCH\nTổ chức ngày hội văn hóa",
          new("Ủy ban nhân dân tỉnh Long An", "province", "Long An") },
        // A state steering committee ("Ban Chỉ đạo Nhà nước về …") is central, wherever its place line says it sits.
        { "state steering committee", "BAN CHỈ ĐẠO NHÀ\nNƯỚC VỀ DU LỊCH\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 12/QĐ-BCĐNNDL\nHà Nội, ngày 10 tháng 3 năm 2024\nQUYẾT ĐỊNH\nBan hành quy chế hoạt động",
          new("Ban Chỉ đạo Nhà nước về du lịch", "central", null) },
        // A hamlet's Party cell keeps its hamlet's number.
        { "hamlet's Party cell", "ĐẢNG ỦY XÃ TÂN PHÚ\nCHI BỘ ẤP 3\n*\nSố 05-NQ/CB\nĐẢNG CỘNG SẢN VIỆT NAM\nTân Phú, ngày 05 tháng 3 năm 2023\nNGHỊ QUYẾT\nChi bộ tháng 3",
          new("Chi bộ Ấp 3 xã Tân Phú", "commune", null) },
        // A ministry's Vụ opens its own line; the "TRƯỜNG" of "THỊ TRƯỜNG" inside its name is no school.
        { "ministry's department with a compound word", "BỘ CÔNG THƯƠNG\nVỤ THỊ TRƯỜNG TRONG NƯỚC\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 12/TTTN\nV/v bình ổn giá\nHà Nội, ngày 10 tháng 3 năm 2024\nKính gửi: Sở Công Thương các tỉnh.",
          new("Vụ Thị trường trong nước", "central", null) },
        // A name ending with its parent's jurisdiction word takes only the parent's place.
        { "bloc committee ending with its jurisdiction word", "ĐẢNG BỘ TỈNH BẾN TRE\nĐẢNG ỦY KHỐI CÁC CƠ QUAN TỈNH\n*\nSố 05-CV/ĐUK\nĐẢNG CỘNG SẢN VIỆT NAM\nBến Tre, ngày 05 tháng 3 năm 2023\nV/v đại hội chi bộ",
          new("Đảng ủy Khối các cơ quan tỉnh Bến Tre", "province", "Bến Tre") },
        // Three lines: the committee, its Sở, the Sở's Chi cục; the issuer is named with the committee's place.
        { "unit two lines under the committee", "UBND TỈNH CAO BẰNG\nSỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN\nCHI CỤC KIỂM LÂM\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 12/KH-CCKL\nCao Bằng, ngày 10 tháng 3 năm 2024\nKẾ HOẠCH\nPhòng cháy rừng",
          new("Chi cục Kiểm lâm tỉnh Cao Bằng", "province", "Cao Bằng") },
        // "TB&XH" in a Phòng's name is spelled out ("Thương binh và Xã hội"), as the record names the office.
        { "abbreviated office name", "UBND HUYỆN CẦN ĐƯỚC\nPHÒNG LAO ĐỘNG- TB&XH\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 45/LĐ-TB&XH\nCần Đước, ngày 17 tháng 5 năm 2012\nV/v chi trả trợ cấp\nKính gửi: UBND các xã.",
          new("Phòng Lao động- Thương binh và Xã hội huyện Cần Đước", "district", "Long An") },
        // A mass organisation's standing committee on its own line is part of the organisation above it.
        { "standing committee under its organisation", "HỘI NÔNG DÂN TỈNH BẠC LIÊU\nBAN THƯỜNG VỤ\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 12-KH/HNDT\nBạc Liêu, ngày 10 tháng 3 năm 2024\nKẾ HOẠCH\nHoạt động năm 2024",
          new("Ban Thường vụ Hội Nông dân tỉnh Bạc Liêu", "province", "Bạc Liêu") },
        // "TP" without its full stop is the jurisdiction word: a provincial Cục under its Tổng cục.
        { "provincial Cục with TP unstopped", "TỔNG CỤC HẢI QUAN\nCỤC HẢI QUAN TP HỒ CHÍ MINH\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 12/HQHCM\nV/v thủ tục\nTP. Hồ Chí Minh, ngày 10 tháng 3 năm 2024\nKính gửi: Các doanh nghiệp.",
          new("Cục Hải quan thành phố Hồ Chí Minh", "province", "Hồ Chí Minh") },
    };

    [Theory, MemberData(nameof(Matches))]
    public void Reads_the_issuer_by_the_header_grammar(string layout, string text, Issuer expected) => expected.AssertReadIn(layout, Parser.Parse(text));

    public static TheoryData<string, string, string> Titles() => new()
    {
        // An anniversary's dates in brackets on a line of their own close the title.
        { "anniversary dates under the title", "HUYỆN ỦY ĐẠI LỘC\nBAN TUYÊN GIÁO\n*\nSố 20-HD/BTGHU\nĐẢNG CỘNG SẢN VIỆT NAM\nĐại Lộc, ngày 10 tháng 8 năm 2022\nHƯỚNG DẪN\ntuyên truyền kỷ niệm 30 năm Ngày tái lập huyện\n(01/9/1992- 01/9/2022)\n-----\nThực hiện Kế hoạch của Ban Thường vụ Huyện ủy, Ban Tuyên giáo hướng dẫn như sau:",
          "tuyên truyền kỷ niệm 30 năm Ngày tái lập huyện (01/9/1992- 01/9/2022)" },
        // "- A. KẾT QUẢ …" under an upper-case title opens the body, a list mark before the section's letter.
        { "list-marked section under the title", "CÔNG ĐOÀN GIÁO DỤC HUYỆN ĐẠI TỪ\nCÔNG ĐOÀN THCS HÙNG SƠN\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 05/BC-CĐ\nHùng Sơn, ngày 25 tháng 5 năm 2021\nBÁO CÁO\nTỔNG KẾT HOẠT ĐỘNG CÔNG ĐOÀN NĂM HỌC 2020-2021\n- A. KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ\nNăm học 2020-2021, công đoàn đã hoàn thành tốt nhiệm vụ.",
          "TỔNG KẾT HOẠT ĐỘNG CÔNG ĐOÀN NĂM HỌC 2020-2021" },
    };

    [Theory, MemberData(nameof(Titles))]
    public void Reads_where_the_title_ends(string layout, string text, string title) => Assert.True(title == Parser.Parse(text).Title, layout);

    // A title that only says whose document it is ("CỦA CHỦ TỊCH UBND …", the subject line lost) is kept but sent to review.
    [Fact]
    public void A_title_naming_only_its_owner_needs_review()
    {
        var r = Parser.Parse("ỦY BAN NHÂN DÂN\nTHÀNH PHỐ ĐÀ NẴNG\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 02/2005/CT-UB\nĐà Nẵng, ngày 10 tháng 3 năm 2005\nCHỈ THỊ\nCỦA CHỦ TỊCH UBND THÀNH PHỐ ĐÀ NẴNG\n\nTrong những năm qua, thành phố đã đạt nhiều kết quả.");
        Assert.True(r.NeedsReview, r.Title);
    }

    // A branch's own line under its Cục is a body by the layout: read with confidence, not sent to review for it.
    [Fact]
    public void A_placed_branch_line_needs_no_review()
    {
        var r = Parser.Parse("CỤC HẢI QUAN\nHẢI QUAN TỈNH QUẢNG NINH\n-------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 215/HQQN-NV\nV/v hướng dẫn thủ tục hải quan\nQuảng Ninh, ngày 10 tháng 3 năm 2024\nKính gửi: Các doanh nghiệp.");
        Assert.DoesNotContain(r.Diagnostics, d => d.Code == "issuer-unrecognized");
        Assert.False(r.NeedsReview);
    }

    public static TheoryData<string, string> Damaged() => new()
    {
        // The office line lost its body's word and no code names the body.
        { "office line with no code", "CHỦ TỊCH NHÂN DÂN\nTỈNH BÌNH ĐỊNH\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 45/QĐ\nBình Định, ngày 3 tháng 4 năm 2025\nQUYẾT ĐỊNH\nVề việc thành lập tổ công tác\nCăn cứ Luật Tổ chức chính quyền địa phương;" },
        // The issuing line cut into letters by the extraction ("S Y T" for "SỞ Y TẾ").
        { "issuing line cut into letters", "ỦY BAN NHÂN DÂN TỈNH AN GIANG\nS Y T-BHXH TỈNH\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 12/HDLN-SYT-BHXH\nAn Giang, ngày 3 tháng 4 năm 2016\nHƯỚNG DẪN\nKhám chữa bệnh bảo hiểm y tế\nCăn cứ Luật Bảo hiểm y tế;" },
    };

    [Theory, MemberData(nameof(Damaged))]
    public void Leaves_a_damaged_block_for_review(string layout, string text)
    {
        var r = Parser.Parse(text);
        Assert.True(r.Issuer.Name is null, $"{layout}: issuer {r.Issuer.Name}");
        Assert.Contains(r.Diagnostics, d => d.Code == "issuer-damaged");
    }
}
