using Ingest.Indexer.Parsing;

namespace Ingest.Indexer.Tests.Parsing;

/// <summary>
/// The issuer is the body that speaks, never the one it writes to: an OCR'd cell border between the issuer's cell and
/// the motto's leaves the block to its left (not to the e-signature stamp above it), and a body named right after "đề
/// nghị", "trình", "kính gửi", "báo cáo" is the addressee. Rows cut verbatim from the corpus documents named in each test.
/// </summary>
public sealed class AddressedBodyTests
{
    private static readonly PlanParser Parser = new();

    [Fact]
    public void A_cell_border_read_as_an_underscore_before_the_motto_leaves_the_block_to_its_left()
    {
        // kb-mttq-lam-dong-cv-2025-chuc-danh-hoi-ocr: the e-signature stamp's lines above the header.
        const string text = """
            để à Ủy ban Mặt trận tổ quốc Việt Nam tỉnh
            &)) 25/09/2025 16:59:22
            ỦY BAN MTTQ VIỆT NAM _ CỘNG HÒA XÃ HỌI CHỦ NGHĨA VIỆT NAM
            TINH LAM ĐÓNG Độc lập - Tự do - Hạnh phúc
            BAN THƯỜNG TRỰC
            Lâm Đông, ngày 25 tháng 9 năm 2025
            Sô: 277MTTQ-BTT
            V/v đề nghị công nhận chức danh
            các Hội quân chúng do Đảng, Nhà
            nước g1ao nhiệm vụ
            Kính gửi: Ủy ban Nhân dân tỉnh Lâm Đồng
            """;

        var record = Parser.Parse(text);

        new ExpectedIssuer("Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Lâm Đồng", "province", "Lâm Đồng").AssertReadIn("mttq", record);
    }

    [Fact]
    public void A_border_glued_to_the_motto_leaves_the_block_to_its_left()
    {
        // lk-ubnd-quang-ngai-bc-2024-280-ocr: the Trung tâm Công báo's stamp above the header.
        const string text = """
            TRUNG TÂM CÔNG 6A lên bởi: : Ủy) bạn thân hân n tỉnh Quảng Ngãi
            0 th vn Ê/ XSÀ Thời gian ký: 26/11/2023 10:40:48
            2 J2 jÌ
            26.11.2024 13:45:56
            +07:00

            ỦY BAN NHÂN DÂN _CỘNG HÒA XÃ HỘI CHỦ NGHĨA ` VIỆT NAM

            TỈNH QUẢNG NGÃI Độc lập - Tự do - Hạnh phúc
            Số:ổ0 /BC-UBND Quảng Ngãi, ngày Êˆ_ tháng 11 năm 2024
            BÁO CÁO
            """;

        var record = Parser.Parse(text);

        new ExpectedIssuer("Ủy ban nhân dân tỉnh Quảng Ngãi", "province", "Quảng Ngãi").AssertReadIn("ubnd", record);
    }

    [Fact]
    public void A_body_named_after_a_request_is_the_addressee_not_the_speaker()
    {
        // kb-mttq-lam-dong-cv-2025-chuc-danh-hoi-ocr, its body without the header: the committee is asked to issue.
        const string text = """
            Căn cứ Nghị định số 26/2024/NĐ-CP ngày 08/10/2024 của Chính phủ quy
            định vê tô chức, hoạt động và quản lý hội,

            Ban Thường trực Ủy ban Mặt trận Tổ quốc (UBMTTTQ) tính trân trọng đề
            nghị Uy ban Nhân dân tính Lâm Đông ban hành quyêt định chỉ định các chức
            danh của các Hội quân chúng do Đảng, Nhà nước giao nhiệm vụ đã được thâm
            định và kết luận, cụ thê như sau:
            """;

        var record = Parser.Parse(text);

        Assert.NotEqual("Uy ban Nhân dân tính Lâm Đông", record.Issuer.Name);
        Assert.DoesNotContain("Nhân dân", record.Issuer.Name ?? "");
    }

    [Fact]
    public void A_body_asked_to_pass_a_notice_on_is_the_addressee_and_the_asking_body_speaks()
    {
        // sg-mttq-can-tho-btg-cv-2020-chuyen-trang, its body without the header: the city's board speaks with "đề nghị"
        // itself; only the districts' boards it asks, named after the verb, are passed over.
        const string text = """
            Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam thành phố Cần Thơ đề nghị Ban Thường trực Ủy ban  MTTQ Việt Nam các quận, huyện thông báo đến xã, phường thị trấn và khu dân cư đón đọc và cung cấp thông tin cho Báo Cần Thơ viết bài.
            """;

        var record = Parser.Parse("Căn cứ Luật Mặt trận Tổ quốc Việt Nam năm 2015,\n\n" + text);

        Assert.Equal("Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam thành phố Cần Thơ", record.Issuer.Name);
    }
}
