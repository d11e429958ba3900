using Ingest.Indexer.Parsing;

namespace Ingest.Indexer.Tests.Parsing;

/// <summary>
/// The foot of a text that lost its line breaks, written with marks RunOnFoot first did not read: a list set with en
/// dashes, a position and a name after the file copy's closing stop, a Markdown copy's bold block and heading, a
/// capacity mark glued to its position ("KT.GIÁM ĐỐC"). Each text is a corpus document's foot with its lines joined.
/// </summary>
public sealed class OneLineFootMarksTests
{
    private static readonly PlanParser Parser = new();
    private static readonly Dictionary<string, string> Texts = SlugTexts.Read(OneLineTexts);

    [Theory]
    // "Nơi nhận: – Như trên; – Lưu: VT, TCCB. GIÁM ĐỐC (đã ký) Nguyễn Minh Khải".
    [InlineData("pd-bv-mat-hcm-tb-2017-672", "GIÁM ĐỐC", "Nguyễn Minh Khải")]
    // "Nơi nhận : GIÁM ĐỐC – Như trên; – BGĐ Sở GD&ĐT; (đã ký) – Phòng, ban Sở; Lê Hồng Sơn – Các P.GD&ĐT; …".
    [InlineData("pd-sgddt-hcm-cv-2018-4144", "GIÁM ĐỐC", "Lê Hồng Sơn")]
    public void A_list_set_with_en_dashes_is_read_item_by_item(string slug, string title, string name)
    {
        var r = Parser.Parse(Texts[slug]);
        Assert.Equal(name, r.Signer?.Name);
        Assert.Equal(title, r.Signer?.Title);
        Assert.Contains(r.Recipients, x => x.Text == "Như trên");
    }

    [Fact]
    public void Capitals_after_the_file_copy_with_no_name_after_them_are_no_block()
    {
        // Near miss: "- Lưu: VT,NCTH. XÁC THỰC VĂN BẢN HỢP NHẤT Hà Nội, ngày …": capitals, then a place, not a name.
        Assert.Equal("Nguyễn Văn Gấu", Parser.Parse(Texts["lr-bo-quoc-phong-vbhn-2026-tang-le-ocr"]).Signer?.Name);
    }

    [Theory]
    // "- Lưu: VT, NC, KGVX (DCV). | **TM. ỦY BAN NHÂN DÂN** CHỦ TỊCH Hồ Văn Mười |".
    [InlineData("is-ubnd-lam-dong-qd-2284-2025-repo", "CHỦ TỊCH", "Hồ Văn Mười")]
    // "| **CHỦ TỊCH** **Lê Hải H****òa** |": stars inside the name too.
    [InlineData("ja-ubnd-cao-bang-qd-1994-2025-tnt305", "CHỦ TỊCH", "Lê Hải Hòa")]
    // "| *Nơi nhận:* - Như Điều 4; … | **KT.CHỦ TỊCH** **PHÓ CHỦ TỊCH** **Nguyễn Quỳnh Thiện**": the heading in italics,
    // the mark glued to the position.
    [InlineData("mo-ubnd-vinh-long-qd-2025-2682", "PHÓ CHỦ TỊCH", "Nguyễn Quỳnh Thiện")]
    public void A_markdown_copys_bold_block_is_read(string slug, string title, string name)
    {
        var r = Parser.Parse(Texts[slug]);
        Assert.Equal(name, r.Signer?.Name);
        Assert.Equal(title, r.Signer?.Title);
    }

    [Fact]
    public void An_italic_heading_opens_the_list()
    {
        var r = Parser.Parse(Texts["mo-ubnd-vinh-long-qd-2025-2682"]);
        Assert.Contains(r.Recipients, x => x.Text == "Bộ Công an");
        Assert.Contains(r.Recipients, x => x.Text == "Như Điều 4");
    }

    [Fact]
    public void A_capacity_mark_glued_to_its_position_opens_the_block()
    {
        // "- Lưu: VT, TVTBNG (P 2b) KT.GIÁM ĐỐC PHÓ GIÁM ĐỐC (Đã ký) Trần Thị Quý Mão".
        var r = Parser.Parse(Texts["kw-sgddt-tien-giang-cv-2016-1121"]);
        Assert.Equal("PHÓ GIÁM ĐỐC", r.Signer?.Title);
        Assert.Equal("Trần Thị Quý Mão", r.Signer?.Name);
    }

    [Fact]
    public void A_file_copys_code_with_a_stop_is_no_glued_mark()
    {
        // Near miss: "KT.TH." (a unit's code with its stops) in the file copy is no capacity mark; the block after it is.
        var text = Texts["kw-sgddt-tien-giang-cv-2016-1121"].Replace("- Lưu: VT, TVTBNG (P 2b)", "- Lưu: VT, KT.TH.");
        var r = Parser.Parse(text);
        Assert.Equal("PHÓ GIÁM ĐỐC", r.Signer?.Title);
        Assert.DoesNotContain(r.Recipients, x => x.Text.Contains("GIÁM ĐỐC"));
    }

    // Slug, then its text's foot (some 600 to 1,000 signs) with the line breaks lost, as a JSON string.
    private const string OneLineTexts = """
pd-bv-mat-hcm-tb-2017-672
"cứ Quyết định số 589/QĐ-BVM-TCCB ngày 29/11/2017 của Bệnh viện Mắt về việc sắp xếp lại nhân sự Khoa Khám và Điều trị theo yêu cầu kỹ thuật cao, Bệnh viện Mắt thông báo kể từ ngày 01/12/2017 tạm ngưng hoạt động của khoa Khám và Điều trị theo yêu cầu kỹ thuật cao, giao cho khoa Khám mắt tiếp nhận nhân sự và mở rộng khu khám bệnh để phục vụ bệnh nhân. Bệnh viện Mắt trân trọng thông báo đến quý Cơ quan, Doanh nghiệp và các Đối tác được biết để thuận tiện trong việc liên hệ công tác. Trân trọng./. Nơi nhận: – Như trên; – Lưu: VT, TCCB. GIÁM ĐỐC (đã ký) Nguyễn Minh Khải"
pd-sgddt-hcm-cv-2018-4144
"dân các quận, huyện. Căn cứ tình hình sau cơn bão số 9, để đảm bảo an toàn cho học sinh, Sở Giáo dục và Đào tạo đề nghị Chủ tịch Ủy ban nhân dân các quận, huyện chỉ đạo hiệu trưởng các trường mầm non, tiểu học, THCS và các đơn vị giáo dục trên địa bàn thông báo cho học sinh nghỉ học ngày thứ hai, 26 tháng 11 năm 2018. Đề nghị Chủ tịch UBND quận, huyện chỉ đạo Trưởng phòng GD&ĐT rà soát tình hình các trường và khắc phục ngay các thiệt hại để đảm bảo công tác giảng dạy và học tập. Trân trọng./. Nơi nhận : GIÁM ĐỐC – Như trên; – BGĐ Sở GD&ĐT; (đã ký) – Phòng, ban Sở; Lê Hồng Sơn – Các P.GD&ĐT; – Các đơn vị trường h"
lr-bo-quoc-phong-vbhn-2026-tang-le-ocr
"mắc, các cơ quan, đơn vị báo cáo về Bộ Quắc phòng (qua Cục Chính sách - Xã hội/Tổng cục Chính trị) đỀ xem xét, giải quyất/. Điều 37. Trách nhiệm thi hành 26 1. Tổng Tham mưu trưởng, Chủ nhiệm Tổng cục Chính trị, chỉ huy các cơ quan, đơn vị có liên quan chịu trách nhiệm thi hành Thông tư này. 2. Quá trình tổ chức thực hiện, nếu có vướng mắc, các cơ quan, đơn vị, báo cáo về Bộ Quốc phòng (qua Cục Chính sách - Xã hội5/Tổng cục Chính trị) để xem xét, giải quyết. la BỘ QUỐC PHÒNG Số: /6 /VBHN-BQP Nơi nhận: - Các đíc lãnh đạo BQP; - Bộ Nội vụ; , - Bộ Văn hóa, Thể thao và Du lịch; - Văn phòng Chính phủ; - TW Hội CCB Việt Nam; - Các cơ quan, đơn vị trực thuộc BQP; - Cục KTVB&QLXLVPHC/Bộ Tư pháp; - C79, C41, C55, C56, C12, C13, C85, C29), - Đoàn Nghí lễ Quân đội; ~ Báo QĐND, Trung tâm PTTH Quân đội; - Cổng TTĐTCP, Công TTĐTBQP (để đăng tải); - Lưu: VT,NCTH. XÁC THỰC VĂN BẢN HỢP NHẤT Hà Nội, ngày 0N tháng 5 năm 2026 KT, BỘ TRƯỞNG Thượng tướng Nguyễn Văn Gấu * Cụm từ “Cục Chính sách” được thay thế bằng cụm từ “Cục Chính sách - Xã hội” theo quy định tại điểm b khoản ! Điều 18 "
is-ubnd-lam-dong-qd-2284-2025-repo
"**Điều 3. Hiệu lực thi hành** Quyết định này có hiệu lực thi hành kể từ ngày ký. **Điều 4. Tổ chức thực hiện** 1. Sở Dân tộc và Tôn giáo có trách nhiệm chủ trì, phối hợp với các cơ quan, đơn vị liên quan tổ chức triển khai thực hiện Quyết định này. 2. Chánh Văn phòng Ủy ban nhân dân tỉnh; Giám đốc các Sở: Dân tộc và Tôn giáo, Nội vụ và các sở, ban, ngành; Chủ tịch Ủy ban nhân dân các xã, phường, đặc khu; Thủ trưởng các cơ quan, đơn vị có liên quan chịu trách nhiệm thi hành Quyết định này./. | Nơi nhận: - Bộ Dân tộc và Tôn giáo; - TT Tỉnh ủy, TT HĐND tỉnh; - Đoàn Đại biểu Quốc hội tỉnh; - CT, các PCT UBND tỉnh; - Như Điều 4; - Trung tâm Thông tin tỉnh; - Báo và PTTH Lâm Đồng; - Lưu: VT, NC, KGVX (DCV). | **TM. ỦY BAN NHÂN DÂN** CHỦ TỊCH Hồ Văn Mười | ** ** **DANH SÁCH XÃ, PHƯỜNG MIỀN NÚI TRÊN ĐỊA BÀN TỈNH LÂM ĐỒNG** * (Ban hành kèm theo Quyết định số 2284/QĐ-UBND ng"
ja-ubnd-cao-bang-qd-1994-2025-tnt305
"tập huấn chuyên môn, nghiệp vụ về việc tiếp nhận, trả kết quả thủ tục hành chính không phụ thuộc vào địa giới hành chính cho cán bộ, công chức tại Trung tâm Phục vụ hành chính công các xã, phường trên địa bàn. **Điều 3.** Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Giáo dục và Đào tạo, Thủ trưởng các sở, ban, ngành, Giám đốc Trung tâm Phục vụ hành chính công tỉnh, Chủ tịch Ủy ban nhân dân các xã, phường và các tổ chức, cá nhân có liên quan chịu trách nhiệm thi hành Quyết định này./. | Nơi nhận: - Như Điều 3; - Chủ tịch, các PCT UBND tỉnh; - VP UBND tỉnh: LĐVP, KGVX, TTTT, TTPVHCC; - Viễn thông Cao Bằng; - Cổng thông tin điện tử tỉnh; - Lưu: VT, TTPVHCC(Đ). | **CHỦ TỊCH** **Lê Hải H****òa** | | ** ** **FILE ĐƯỢC ĐÍNH KÈM THEO VĂN BẢN** | Quyết định 1994/QĐ-UBND năm 2025 phê duyệt Quy trình nội bộ giải quyết "
mo-ubnd-vinh-long-qd-2025-2682
"Phối hợp với Chánh Văn phòng Ủy ban nhân dân tỉnh; Chủ tịch Ủy ban nhân dân các xã, phường tổ chức niêm yết công khai đầy đủ danh mục tại Trung tâm Phục vụ hành chính công tỉnh, Trung tâm Phục vụ hành chính công cấp xã. **Điều 4. **Chánh Văn phòng Ủy ban nhân dân tỉnh; Giám đốc Công an tỉnh; Thủ trưởng các sở, ban, ngành tỉnh; Chủ tịch Ủy ban nhân dân các xã, phường và tổ chức, cá nhân liên quan chịu trách nhiệm thi hành Quyết định này. Quyết định này có hiệu lực thi hành kể từ ngày ký./. | *Nơi nhận:* - Như Điều 4; - Bộ Công an; - Cục Kiểm soát TTHC - VPCP; - Chủ tịch, các PCT. UBND tỉnh; - LĐVP.UBND tỉnh; - TTPVHCC, Phòng NC; - Lưu: VT, 06.PVHCC | **KT.CHỦ TỊCH** **PHÓ CHỦ TỊCH** **Nguyễn Quỳnh Thiện**"
kw-sgddt-tien-giang-cv-2016-1121
"thông năm học 2016-2017 ngành Giáo dục và Đào tạo Tiền Giang”; Sở Giáo dục và Đào tạo đề nghị các phòng Giáo dục và Đào tạo, các đơn vị trực thuộc có kế hoạch và tổ chức triển khai thực hiện nghiêm túc các nội dung công văn trên và phối hợp với cơ quan công an, chính quyền địa phương triển khai tổ chức, điều tiết giao thông hợp lý tại khu vực cổng trường vào giờ cao điểm không để xảy ra tình trạng ùn tắc giao thông, đặc biệt trong dịp Lễ Quốc khánh 02/9 và khai giảng năm học mới 2016-2017./. Nơi nhận: - Bộ GDĐT(để báo cáo) - UBND tỉnh(để b/c); - PGDĐT(để thực hiện); - Các trường và trung tâm trực thuộc(để thực hiện); - Lưu: VT, TVTBNG (P 2b) KT.GIÁM ĐỐC PHÓ GIÁM ĐỐC (Đã ký) Trần Thị Quý Mão"
""";
}
