using Ingest.Indexer.Parsing;

namespace Ingest.Indexer.Tests.Parsing;

/// <summary>
/// A signer's name under an OCR'd seal and signature: the scrawl read as letters before it or run on into it, the family
/// name's mark misread (SignerParser.NameAfter).
/// </summary>
public sealed class SealDamagedNameTests
{
    private static readonly PlanParser Parser = new();

    // kb-mttq-lam-dong-cv-2025-chuc-danh-hoi-ocr, its last lines as tesseract wrote them.
    private const string Letter = "ỦY BAN MTTQ VIỆT NAM _ CỘNG HÒA XÃ HỌI CHỦ NGHĨA VIỆT NAM\nTINH LAM ĐÓNG Độc lập - Tự do - Hạnh phúc\n"
        + "BAN THƯỜNG TRỰC\nLâm Đông, ngày 25 tháng 9 năm 2025\nSô: 277MTTQ-BTT\nV/v đề nghị công nhận chức danh\n"
        + "Kính gửi: Ủy ban Nhân dân tỉnh Lâm Đồng\nĐề nghị Ủy ban Nhân dân tỉnh quan tâm, sớm ban hành quyết định.\nTrân trọng.\n"
        + "Nơi nhận: TM. BAN THƯỜNG TRỰC\n- Như kính gửi. PHÓ CHỦ TỊCH THƯỜNG TRỰC\n- Ban Tô chức Tỉnh ủy; —\n"
        + "- Ban Thường trực UBMTTQ VN tỉnh; BÀ CUÀ,-\n- Lưu VT, Ban TC-KT. “3 GÀ\n1; là: và\n<. ^ Ấ ` để 6.) ,\n= [lllÌ =8 ((Ì: Ki\n";

    [Fact]
    public void A_name_run_on_after_the_scrawl_is_read_and_its_family_names_mark_repaired()
    {
        var r = Parser.Parse(Letter + "Ä Nhờ P\n2= \\⁄ zÃ\nàŠ*?2auiPhẩm Triều\n2\n");
        Assert.Equal("Phạm Triều", r.Signer?.Name);
    }

    [Fact]
    public void Letters_of_the_seal_opening_with_a_lone_letter_are_no_name()
    {
        var r = Parser.Parse(Letter + "Ä Nhờ P\n2= \\⁄ zÃ\n2\n");
        Assert.NotEqual("Ä Nhờ P", r.Signer?.Name);
    }
}
