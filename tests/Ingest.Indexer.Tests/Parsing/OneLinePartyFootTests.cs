using Ingest.Indexer.Parsing;

namespace Ingest.Indexer.Tests.Parsing;

/// <summary>
/// The foot of a Party document whose line breaks were all lost: its list closes each item with a comma (Hướng dẫn
/// 36-HD/VPTW), not the ";" of a state text, and the signature block's capitals stand between two items. Each text is
/// a corpus document's last part with its lines joined by single spaces.
/// </summary>
public sealed class OneLinePartyFootTests
{
    private static readonly PlanParser Parser = new();
    private static readonly Dictionary<string, string> Texts = SlugTexts.Read(OneLineTexts);

    [Fact]
    public void Items_closed_by_commas_part_from_the_block_between_them()
    {
        // "Nơi nhận: K/T TRƯỞNG BAN - Thường trực Thành ủy, PHÓ TRƯỞNG BAN - Ban Thường vụ đảng ủy, …, - Lưu. Triệu Thị Ngọc".
        var r = Parser.Parse(Texts["kp-ban-to-chuc-thanh-uy-ha-noi-hd-2025-pdf"]);
        Assert.Equal("Triệu Thị Ngọc", r.Signer?.Name);
        Assert.Equal("PHÓ TRƯỞNG BAN", r.Signer?.Title);
    }

    [Fact]
    public void The_name_after_the_file_copy_closing_a_comma_list_is_the_signer()
    {
        // "T/M BAN BÍ THƯ Nơi nhận: 33 - Các tỉnh ủy, …, - Lưu Văn phòng Trung ương Đảng. Trần Cẩm Tú".
        Assert.Equal("Trần Cẩm Tú", Parser.Parse(Texts["kp-ban-bi-thu-hd-2025-06-pdf"]).Signer?.Name);
    }

    [Fact]
    public void In_a_list_closed_by_semicolons_an_items_codes_stay_in_the_item()
    {
        // Near miss: "- VPUB: CVP, PCVP (KGVX), HC-QT;" is one item of a state text's list, no position.
        var r = Parser.Parse(Texts["jh-ubnd-quang-ngai-tb-2024-542-pdf"]);
        Assert.Equal("Phùng Tô Long", r.Signer?.Name);
        Assert.Equal("PHÓ CHÁNH VĂN PHÒNG", r.Signer?.Title);
    }

    // Slug, then its text's last part with the line breaks lost, as a JSON string.
    private const string OneLineTexts = """
kp-ban-to-chuc-thanh-uy-ha-noi-hd-2025-pdf
"điều kiện. - Tổng hợp báo cáo kết quả rà soát, sàng lọc đảng viên báo cáo Ban Thường vụ Thành ủy (qua Ban Tổ chức Thành ủy). 45 PHẦN THỨ BA CÁC MẪU TÀI LIỆU VỀ CÔNG TÁC TỔ CHỨC ĐẢNG, ĐẢNG VIÊN (Có Phụ lục kèm theo) Trong quá trình thực hiện nếu có khó khăn, vướng mắc, các cấp ủy trực thuộc Thành ủy phản ánh về Ban Tổ chức Thành ủy xem xét, hướng dẫn. Định kỳ hoặc đột xuất, Ban Tổ chức Thành ủy tổ chức kiểm tra việc thực hiện nghiệp vụ công tác tổ chức đảng, đảng viên của các cấp ủy trực thuộc. Hướng dẫn này được phổ biến đến chi bộ./. Nơi nhận: K/T TRƯỞNG BAN - Thường trực Thành ủy, PHÓ TRƯỞNG BAN - Ban Thường vụ đảng ủy, BTC hoặc BXDĐ đảng ủy trực thuộc Thành ủy, - Lưu. Triệu Thị Ngọc"
kp-ban-bi-thu-hd-2025-06-pdf
"báo cáo ban thường vụ cấp ủy tỉnh, thành, bộ, ngành để chuyển cho cơ quan nhà nước, cơ quan tài chính các cấp tổng hợp thành kinh phí khen thưởng chung của các cấp ủy, ban, bộ, ngành và địa phương. Hướng dẫn này có hiệu lực thi hành kể từ ngày ký và thay thế Hướng dẫn số 01-HD/TW, ngày 28/9/2021 của Ban Bí thư khoá XIII; được phổ biến đến chi bộ để thực hiện. Trong quá trình thực hiện, nếu có vướng mắc thì các cấp ủy báo cáo để Ban Bí thư xem xét, quyết định. T/M BAN BÍ THƯ Nơi nhận: 33 - Các tỉnh ủy, thành ủy, đảng ủy trực thuộc Trung ương, - Các ban, cơ quan, đơn vị của Đảng ở Trung ương, - Các đồng chí Ủy viên Ban Chấp hành Trung ương Đảng, - Lưu Văn phòng Trung ương Đảng. Trần Cẩm Tú"
jh-ubnd-quang-ngai-tb-2024-542-pdf
"Khách sạn Mường Thanh, thành phố Plieku, tỉnh Gia Lai. 4. Phân công nhiệm vụ: - Các cơ quan, đơn vị gửi danh sách đại biểu tham dự Hội nghị nêu trên (thông qua Ban Dân tộc tỉnh) để đăng ký với Ban tổ chức Hội nghị trước ngày 07/11/2024. 2 - Giao Ban Dân tộc tỉnh tổng hợp, đăng ký danh sách đại biểu của tỉnh tham dự Hội nghị nêu trên và chuẩn bị nội dung phát biểu của lãnh đạo tỉnh và các nội dung có liên quan để phục vụ lãnh đạo tỉnh tham dự Hội nghị đạt kết quả. (Thông báo này thay cho Giấy mời)./. Nơi nhận: TL. CHỦ TỊCH - Như thành phần; KT. CHÁNH VĂN PHÒNG - CT, PCT UBND tỉnh; PHÓ CHÁNH VĂN PHÒNG - VPUB: CVP, PCVP (KGVX), HC-QT; - Cổng TTĐT tỉnh; - Lưu: VT, KGVXVHTin507. Phùng Tô Long"
""";
}
