using Ingest.Indexer.Parsing;

namespace Ingest.Indexer.Tests.Parsing;

/// <summary>
/// "KẾ HOẠCH LIÊN NGÀNH THỰC HIỆN …", "HƯỚNG DẪN LIÊN NGÀNH ĐĂNG KÝ …" on a line that lost its breaks: "liên ngành" belongs
/// to the heading (several sectors issue the document, as the code KHLN says), not to the trích yếu, as on lines
/// (InlineHeadingReader). Each text is a corpus document's header with its lines joined.
/// </summary>
public sealed class OneLineJointHeadingTests
{
    private static readonly PlanParser Parser = new();
    private static readonly Dictionary<string, string> Texts = SlugTexts.Read(OneLineTexts);

    [Theory]
    [InlineData("kw-syt-sgddt-ha-noi-kh-2025-5440", "Kế hoạch", "THỰC HIỆN CÔNG TÁC Y TẾ TRƯỜNG HỌC NĂM HỌC 2025 - 2026")]
    [InlineData("ib-syt-bhxh-lao-cai-43-HDLN-2016-vbplco", "Hướng dẫn",
        "ĐĂNG KÝ KHÁM BỆNH, CHỮA BỆNH BAN ĐẦU, THỦ TỤC KHÁM CHỮA BỆNH VÀ CHUYỂN TUYẾN KHÁM CHỮA BỆNH BHYT TRÊN ĐỊA BÀN TỈNH LÀO CAI")]
    public void Lien_nganh_after_the_type_word_is_the_headings(string slug, string type, string title)
    {
        var r = Parser.Parse(Texts[slug]);
        Assert.Equal(type, r.DocType);
        Assert.Equal(title, r.Title);
    }

    [Fact]
    public void A_title_opening_with_another_lien_word_keeps_it()
    {
        // Near miss: "LIÊN KẾT" opens the title's own words.
        var text = "UBND TỈNH LÀO CAI SỞ GIÁO DỤC VÀ ĐÀO TẠO CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc Số: 43/KH-SGDĐT "
            + "Lào Cai, ngày 30 tháng 03 năm 2016 KẾ HOẠCH LIÊN KẾT ĐÀO TẠO NGHỀ CHO HỌC SINH TRUNG HỌC NĂM 2016 Căn cứ Quyết định số 12/QĐ-UBND "
            + string.Concat(Enumerable.Repeat("các trường triển khai thực hiện nhiệm vụ năm học theo đúng kế hoạch. ", 6));
        Assert.Equal("LIÊN KẾT ĐÀO TẠO NGHỀ CHO HỌC SINH TRUNG HỌC NĂM 2016", Parser.Parse(text).Title);
    }

    // Slug, then its text's header (some 1,100 signs) with the line breaks lost, as a JSON string.
    private const string OneLineTexts = """
kw-syt-sgddt-ha-noi-kh-2025-5440
"tìm thấy việc làm phù hợp Kế hoạch liên ngành 5440/KHLN-YT-GDĐT năm 2025 thực hiện công tác y tế trường học năm học 2025-2026 do Sở Y tế - Sở Giáo dục và Đào tạo Thành phố Hà Nội ban hành Số hiệu 5440/KHLN-YT-GDĐT Ngày ban hành 08/10/2025 Ngày có hiệu lực 08/10/2025 Loại văn bản Kế hoạch Cơ quan ban hành Thành phố Hà Nội Người ký Vũ Cao Cương,Vương Hương Giang Lĩnh vực Giáo dục,Thể thao - Y tế UBND THÀNH PHỐ HÀ NỘI SỞ Y TẾ - SỞ GIÁO DỤC VÀ ĐÀO TẠO ------- CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc --------------- Số: 5440/KHLN-YT-GDĐT Hà Nội, ngày 08 tháng 10 năm 2025 KẾ HOẠCH LIÊN NGÀNH THỰC HIỆN CÔNG TÁC Y TẾ TRƯỜNG HỌC NĂM HỌC 2025 - 2026 Thực hiện Thông tư liên tịch số 13/2016/TTLT-BYT-BGDĐT ngày 12/5/2016 của Bộ Y tế và Bộ Giáo dục và Đào tạo quy định về công tác Y tế trường học (YTTH); Thông tư 33/2021/TT - BYT ngày 31/12/2021 của Bộ Y tế quy định về công tác YTTH trong cơ sở giáo dục đại học và cơ sở giáo dục nghề nghiệp; Công văn số 2756/UBND-SNV ngày 23/08/2022 của UBND Thành phố Hà Nội về việc hợp đồng thực hiện nhiệm vụ YTTH; Kế hoạch số"
ib-syt-bhxh-lao-cai-43-HDLN-2016-vbplco
"dẫn 43/HDLN-SYT-BHXH Hướng dẫn liên ngành 43/HDLN-SYT-BHXH năm 2016 đăng ký khám, chữa bệnh ban đầu, thủ tục khám chữa bệnh và chuyển tuyến khám chữa bệnh bảo hiểm y tế trên địa bàn tỉnh Lào Cai Nội dung toàn văn Hướng dẫn liên ngành 43/HDLN-SYT-BHXH đăng ký khám chữa bệnh thủ tục khám chữa bệnh Lào Cai 2016 UBND TỈNH LÀO CAI S Y T-BHXH TỈNH ------- CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc --------------- Số: 43/HDLN-SYT-BHXH Lào Cai, ngày 30 tháng 03 năm 2016. HƯỚNG DẪN LIÊN NGÀNH ĐĂNG KÝ KHÁM BỆNH, CHỮA BỆNH BAN ĐẦU, THỦ TỤC KHÁM CHỮA BỆNH VÀ CHUYỂN TUYẾN KHÁM CHỮA BỆNH BHYT TRÊN ĐỊA BÀN TỈNH LÀO CAI Căn cứ Luật bảo hiểm y tế (BHYT) số 25/2008/QH12 và Luật sửa đổi, bổ sung một số điều của Luật BHYT số 46/2014/QH13 và các văn bản hướng dẫn thực hiện Luật của các Bộ, ngành liên quan; Căn cứ Thông tư số 14/2014/TT-BYT ngày 14/4/2014 của Bộ y tế Quy định việc chuyn tuyến gia các cơ sở Khám bệnh, cha bệnh (KCB); Căn cứ Thông tư số 40/2015/TT-BYT ngày"
""";
}
