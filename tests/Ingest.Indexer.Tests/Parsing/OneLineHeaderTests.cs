using Ingest.Indexer.Parsing;

namespace Ingest.Indexer.Tests.Parsing;

/// <summary>
/// The header of a document whose line breaks were all lost (a portal copy, a scraped dataset: the whole text one
/// paragraph): the issuer block, the number and the type heading found by what they are, with no line to end them.
/// Each text is a corpus document's opening with its lines joined by spaces.
/// </summary>
public sealed class OneLineHeaderTests
{
    private static readonly PlanParser Parser = new();
    private static readonly Dictionary<string, string> Texts = SlugTexts.Read(OneLineTexts);

    [Theory]
    [InlineData("jb-cuc-qld-qd-2023-397-tvpl-bulletin", "Cục Quản lý Dược")]
    [InlineData("hz-cuc-vtltnn-cv-2007-187", "Cục Văn thư và Lưu trữ nhà nước")]
    public void A_ministry_named_whole_then_a_department_issues_as_the_department(string slug, string issuer)
    {
        Assert.Equal(issuer, Parser.Parse(Texts[slug]).Issuer.Name, ignoreCase: true);
    }

    // Slug, then its text's opening (up to some 600 signs) with the line breaks lost, as a JSON string.
    private const string OneLineTexts = """
jb-cuc-qld-qd-2023-397-tvpl-bulletin
"BỘ Y TẾ CỤC QUẢN LÝ DƯỢC ------- | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc --------------- | Số: 397/QĐ-QLD | Hà Nội, ngày 02 tháng 06 năm 2023 | QUYẾT ĐỊNH VỀ VIỆC BAN HÀNH QUY TRÌNH THAO TÁC CHUẨN TRONG HỆ THỐNG QUẢN LÝ CHẤT LƯỢNG THEO TIÊU CHUẨN ISO 9001:2015 ÁP DỤNG VÀO HOẠT ĐỘNG QUẢN LÝ NHÀ NƯỚC TẠI CỤC QUẢN LÝ DƯỢC CỤC TRƯỞNG CỤC QUẢN LÝ DƯỢC Căn cứ Nghị định số 95/2022/NĐ-CP ngày 15/11/2022 của Chính phủ quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Bộ Y tế; Căn cứ Quyết định số 1969/QĐ-BYT ngày 26/4/2023 của Bộ trưởng Bộ Y tế quy định chức năng, n"
hz-cuc-vtltnn-cv-2007-187
"BỘ NỘI VỤ CỤC VĂN THƯ VÀ LƯU TRỮ NHÀ NƯỚC -------- CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc --------------- Số: 187/VTLTNN-VP V/v hướng dẫn kiểm tra chéo công tác văn thư, lưu trữ năm 2007 Hà Nội, ngày 23 tháng 03 năm 2007 Kính gửi: - Các Bộ, cơ quan ngang Bộ, cơ quan thuộc Chính phủ; - Văn phòng Quốc hội; - Văn phòng Chủ tịch nước; - Viện Kiểm sát nhân dân tối cao; - Toà án nhân dân tối cao; - Các Tập đoàn kinh tế nhà nước và Tổng công ty 91. Thực hiện chức năng giúp Bộtrưởng Bộ Nội vụ quản lý nhà nước về công tác văn thư, lưu trữ trong phạm vitoàn quốc, Cục Văn thư và L"
""";
}
