using Ingest.Indexer.Parsing;

namespace Ingest.Indexer.Tests.Parsing;

/// <summary>
/// The own number whose slash the OCR lost before the type code ("Số: 01NQ-HĐQLQ" over "NGHỊ QUYẾT"), put back where the
/// letters glued to the serial are the heading's own code (HeaderNumberReader.ReadWithLostSlash, which looks for the form
/// in the header's window in place before reading its groups).
/// </summary>
public sealed class LostSlashNumberTests
{
    private static readonly PlanParser Parser = new();

    // tests/corpus/documents/jc-hdql-quy-khuyen-hoc-binh-thuan-nq-01-2025-ocr.txt, its header.
    private const string Issuer = "HỘI KHUYÊN HỌC TỈNH CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nHỘI ĐÒNG QL QUỸ KHUYÉN HỌC Độc lập - Tự do - Hạnh phúc\n";
    private const string Heading = " Bình Thuận, ngày 16 tháng 02 năm 2025\n\nNGHỊ QUYẾT CỦA HỘI ĐÔNG QUẢN LÝ QUỸ\nKHUYÊN HỌC TỈNH BÌNH THUẬN\n"
        + "(Về việc đề nghị xem xét sữa đỗi, bố sung Điều lệ Qũy khuyến học)\n";

    [Fact]
    public void The_slash_lost_before_the_headings_type_code_is_put_back() =>
        Assert.Equal("01/NQ-HĐQLQ", Parser.Parse(Issuer + "Số: 01NQ-HĐQLQ" + Heading).Number);

    // Near miss: letters glued to the serial that are not the heading's code ("QD" under "NGHỊ QUYẾT") are not read as it.
    [Fact]
    public void Letters_glued_to_the_serial_that_are_another_code_are_not_the_headings() =>
        Assert.NotEqual("01/NQ-HĐQLQ", Parser.Parse(Issuer + "Số: 01QD-HĐQLQ" + Heading).Number);
}
