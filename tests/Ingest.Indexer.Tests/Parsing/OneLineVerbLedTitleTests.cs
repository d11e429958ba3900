using Ingest.Indexer.Parsing;

namespace Ingest.Indexer.Tests.Parsing;

/// <summary>
/// A page that lost its type heading and then its line breaks: the title in capitals after the place-date opens with a
/// type word that is also a verb ("QUY ĐỊNH MỨC CHI …", "HƯỚNG DẪN VIỆC …"), and the number's type code names the
/// document's type (RunOnVerbLedTitle). Each text is a corpus document's opening with its lines joined by spaces.
/// </summary>
public sealed class OneLineVerbLedTitleTests
{
    private static readonly PlanParser Parser = new();
    private static readonly Dictionary<string, string> Texts = SlugTexts.Read(OneLineTexts);

    [Theory]
    [InlineData("ib-hdnd-phu-tho-23-2025-NQ-HDND-nhansu", "Nghị quyết", "QUY ĐỊNH MỨC CHI CỤ THỂ CHO CÁC HOẠT ĐỘNG KHUYẾN CÔNG TRÊN ĐỊA BÀN TỈNH PHÚ THỌ")]
    [InlineData("ky-thanh-tra-chinh-phu-tt-2025-04-notype", "Thông tư", "HƯỚNG DẪN VIỆC XÂY DỰNG ĐỊNH HƯỚNG CHƯƠNG TRÌNH THANH TRA, KẾ HOẠCH THANH TRA HẰNG NĂM")]
    public void A_verb_opening_a_title_in_capitals_gives_way_to_the_numbers_type(string slug, string type, string title)
    {
        var r = Parser.Parse(Texts[slug]);
        Assert.Equal(type, r.DocType);
        Assert.Equal(title, r.Title);
    }

    [Fact]
    public void A_party_number_keeps_its_quy_dinh_heading()
    {
        // Near miss: "Số 383-QĐ/TW" over "QUY ĐỊNH VỀ PHÔNG LƯU TRỮ …": the Party's central bodies number a Quy định with QĐ.
        var r = Parser.Parse(Texts["iw-bch-tw-383-QD-TW-2025-tvpl-repo"]);
        Assert.Equal("Quy định", r.DocType);
        Assert.Equal("VỀ PHÔNG LƯU TRỮ ĐẢNG CỘNG SẢN VIỆT NAM", r.Title);
    }

    [Fact]
    public void A_letters_number_without_a_type_code_keeps_the_heading()
    {
        // Near miss: a number with no type part ("Số: 1210/SGDĐT-GDTrH") says nothing against the heading "HƯỚNG DẪN".
        var text = "SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH AN GIANG CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc Số: 1210/SGDĐT-GDTrH "
            + "An Giang, ngày 12 tháng 9 năm 2024 HƯỚNG DẪN THỰC HIỆN NHIỆM VỤ GIÁO DỤC TRUNG HỌC NĂM HỌC 2024-2025 Căn cứ Quyết định số 2346/QĐ-UBND "
            + string.Concat(Enumerable.Repeat("các trường triển khai thực hiện nhiệm vụ năm học theo đúng kế hoạch. ", 8));
        var r = Parser.Parse(text);
        Assert.Equal("Hướng dẫn", r.DocType);
        Assert.Equal("THỰC HIỆN NHIỆM VỤ GIÁO DỤC TRUNG HỌC NĂM HỌC 2024-2025", r.Title);
    }

    // Slug, then its text's opening (some 1,100 signs) with the line breaks lost, as a JSON string.
    private const string OneLineTexts = """
ib-hdnd-phu-tho-23-2025-NQ-HDND-nhansu
"Nghị quyết 23/2025/NQ-HĐND quy định mức chi cụ thể cho các hoạt động khuyến công trên địa bàn tỉnh Phú Thọ | Số hiệu | 23/2025/NQ-HĐND | | Ngày ban hành | 28/10/2025 | | Ngày có hiệu lực | 01/01/2026 | | Loại văn bản | Nghị quyết | | Cơ quan ban hành | Tỉnh Phú Thọ | | Người ký | Bùi Đức Hinh | | Lĩnh vực | Tài chính nhà nước | | HỘI ĐỒNG NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM | | Số: 23/2025/NQ-HĐND | Phú Thọ, ngày 28 tháng 10 năm 2025 | QUY ĐỊNH MỨC CHI CỤ THỂ CHO CÁC HOẠT ĐỘNG KHUYẾN CÔNG TRÊN ĐỊA BÀN TỈNH PHÚ THỌ Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15; Căn cứ Luật Ban hành văn bản quy phạm pháp luật số 64/2025/QH15 được sửa đổi, bổ sung bởi Luật số 87/2025/QH15; Căn cứ Luật Ngân sách nhà nước số 89/2025/QH15; Căn cứ Nghị định số 45/2012/NĐ-CP ngày 21 tháng 5 năm 2012 của Chính phủ về khuyến công được sửa đổi, bổ sung bởi Nghị định số 235/2025/NĐ-CP; Căn cứ Thông tư số 28/2018/TT-BTC ngày 28 tháng 3 năm 2018 của Bộ trưởng Bộ Tài chính hướng dẫn lập, quản lý, sử dụng kinh phí khuyến công được sửa đổi, bổ sung bởi Thông tư số 64/2024/TT-BTC; Xét Tờ trình s"
ky-thanh-tra-chinh-phu-tt-2025-04-notype
"Thông tư 04/2025/TT-TTCP hướng dẫn việc xây dựng Định hướng chương trình thanh tra, kế hoạch thanh tra hằng năm do Tổng Thanh tra Chính phủ ban hành Số hiệu | 04/2025/TT-TTCP | Ngày ban hành | 28/08/2025 | Ngày có hiệu lực | 28/08/2025 | Loại văn bản | Thông tư | Cơ quan ban hành | Thanh tra Chính phủ | Người ký | Nguyễn Văn Cường | Lĩnh vực | Bộ máy hành chính | THANH TRA CHÍNH PHỦ | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM | Số: 04/2025/TT-TTCP | Hà Nội, ngày 28 tháng 8 năm 2025 | HƯỚNG DẪN VIỆC XÂY DỰNG ĐỊNH HƯỚNG CHƯƠNG TRÌNH THANH TRA, KẾ HOẠCH THANH TRA HẰNG NĂM Căn cứ Luật Thanh tra số 84/2025/QH15 ngày 25 tháng 6 năm 2025; Căn cứ Nghị định số 109/2025/NĐ-CP ngày 20 tháng 5 năm 2025 của Chính phủ quy định chức năng nhiệm vụ, quyền hạn và cơ cấu tổ chức của Thanh tra Chính phủ; Căn cứ Nghị định số 216/2025/NĐ-CP ngày 05 tháng 8 năm 2025 của Chính phủ quy định chi tiết một số điều và hướng dẫn thi hành Luật Thanh tra; Theo đề nghị của Vụ trưởng Vụ Kế hoạch - Tài chính và Vụ trưởng Vụ Pháp chế; Tổng Thanh tra Chính phủ ban hành Thông tư hướng dẫn việc xây dựng Định hướng chương trình t"
iw-bch-tw-383-QD-TW-2025-tvpl-repo
"| **BAN CHẤP HÀNH TRUNG ƯƠNG** * | **ĐẢNG CỘNG SẢN VIỆT NAM** --------------- | | Số 383-QĐ/TW | *Hà Nội, ngày 19 tháng 11 năm 2025 * | **QUY ĐỊNH** VỀ PHÔNG LƯU TRỮ ĐẢNG CỘNG SẢN VIỆT NAM ----- - Căn cứ Điều lệ Đảng; - Căn cứ Luật Lưu trữ số 33/2024/QH15, ngày 21/6/2024 của Quốc hội khoá XV; - Căn cứ Luật Bảo vệ bí mật nhà nước số 29/2018/QH14, ngày 15/11/2018 của Quốc hội khoá XIV; - Xét đề nghị của Chánh Văn phòng Trung ương Đảng, Ban Bí thư quy định về Phông lưu trữ Đảng Cộng sản Việt Nam như sau: **I- QUY ĐỊNH CHUNG** **Điều 1. Phông lưu trữ Đảng Cộng sản Việt Nam** Phông lưu trữ Đảng Cộng sản Việt Nam gồm toàn bộ tài liệu lưu trữ hình thành trong quá trình hoạt động của cơ quan, tổ chức của Đảng Cộng sản Việt Nam, tổ chức tiền thân của Đảng, Mặt trận Tổ quốc Việt Nam (gồm các tổ chức chính trị - xã hội và các hội quần chúng do Đảng, Nhà nước giao nhiệm vụ) (sau đây gọi chung là Mặt trận Tổ quốc Việt Nam); các nhân vật lịch sử, tiêu biểu của Đảng, tổ chức tiền thân của Đảng, Mặt trận Tổ quốc Việt Nam; là di sản vô cùng quý báu của Đảng và của dân tộc. Phông lưu trữ Đảng Cộng sản"
""";
}
