using Ingest.Indexer.Parsing;

namespace Ingest.Indexer.Tests.Parsing;

/// <summary>
/// A police or army officer's rank before the signer's name, after the file copy of a foot whose line breaks were lost:
/// "- Lưu: VT, C04(P6). Thượng tướng Nguyễn Văn Long". The rank's second word is in small letters, so the name read
/// after the file copy stopped at it; the rank is no part of the name.
/// </summary>
public sealed class OneLineOfficerSignerTests
{
    private static readonly PlanParser Parser = new();

    [Fact]
    public void A_name_after_an_officers_rank_on_one_line_is_read()
    {
        // tests/corpus iq-bca-5689-BCA-C04-2025-ocr, its opening and its foot with the lines joined.
        var r = Parser.Parse("BỘ CÔNG AN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc Số:96ÿđ /BCA-C04 "
            + "Văn bản trả lời đề nghị gửi về Bộ Công an (ga Cục Cảnh sát điểu tra tội phạm về ma túy, địa chỉ: 499 Nguyên "
            + "Trãi, Thanh Liệt, Hà Nội; ä/c Lê Minh Sơn, SĐT: 0913.349.683) trước ngày 24/12/2025. Bộ Công an trân trọng "
            + "cảm ơn sự phối hợp của Quý cơ quan./. lữ ~ Nơi nhận: KT. BỘ TRƯỜNG - Như trên; - Đ/c Bộ trưởng (để b/cáo); "
            + "- Lưu: VT, C04(P6). Thượng tướng Nguyễn Văn Long");
        Assert.Equal("Nguyễn Văn Long", r.Signer?.Name);
    }
}
