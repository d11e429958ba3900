using Ingest.Indexer.Model;
using Ingest.Indexer.Parsing;

namespace Ingest.Indexer.Tests.Parsing;

/// <summary>
/// An issue date well before the documents the text rests on is doubted, not trusted: the record keeps the date read,
/// raises "issue-date-before-citation" and asks for review. One cited date so far after is that citation's own misprint
/// as often, and a document of the same weeks may be cited a few days early; neither is doubted. Excerpts are verbatim
/// from tests/corpus documents, named beside them.
/// </summary>
public sealed class CitedAfterIssueTests
{
    private static readonly PlanParser Parser = new();
    private const string Code = "issue-date-before-citation";

    // jh-dh-dien-luc-tb-2025-d20-ocr: the OCR read the handwritten month 9 as 4; the notice rests on a plan of 21/8/2025 and
    // a notice of 22/8/2025.
    private const string MonthMisreadByOcr = "BỘ CÔNG THƯƠNG CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTRƯỜNG ĐẠI HỌC ĐIỆN LỰC Độc lập - Tự do - Hạnh phúc\n\nSố: j4 /TB-ĐHĐL Hà Nội, ngày 04 tháng 4 năm 2025\n\nTHÔNG BẢO _\n\nVề việc chương trình nhập học trực tiếp và lịch học đối với sinh viên\n\nhệ đại học chính quy khóa D20\n\nCăn cứ Kế hoạch số 2033/KH-ĐHĐL ngày 21/8/2025 của Trường Đại học\nĐiện lực về việc đón tiếp sinh viên đại học chính quy nhập học năm 2025;\n\nCăn cứ Thông báo số 2065/TB-ĐHĐL ngày 22/8/2025 của Trường Đại học\nĐiện lực về việc nhập học đối với thí sinh trúng tuyển đại học chính quy năm\n2025;\n";

    // ls-ubnd-lao-cai-qd-2025-308-pdf: a decision of 20/02/2025 citing "Quyết định số 350/QĐ-BLĐTBXH ngày 18 tháng 12 năm
    // 2025", the cited date's own misprint.
    private const string OneCitedMisprint = "  ỦY BAN NHÂN DÂN           CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n    TỈNH LÀO CAI                      Độc lập - Tự do - Hạnh phúc\n\n  Số: 308 /QĐ-UBND               Lào Cai, ngày 20 tháng 02 năm 2025\n\n\n                                QUYẾT ĐỊNH\n  Về việc công bố Danh mục 01 thủ tục hành chính mới ban hành lĩnh vực\n   tiêu chuẩn, đo lường, chất lượng thuộc phạm vi chức năng quản lý của\n            Sở Lao động - Thương binh và Xã hội tỉnh Lào Cai\n\n\n     Căn cứ Quyết định số 350/QĐ-BLĐTBXH ngày 18 tháng 12 năm 2025 của\nBộ Lao động - Thương binh và Xã hội về việc công bố thủ tục hành chính đăng\nký công bố hợp quy đối với các sản phẩm, hàng hóa được quản lý bởi các quy\nchuẩn kỹ thuật quốc gia do Bộ Lao động - Thương binh và Xã hội ban hành;";

    [Fact]
    public void A_date_two_cited_documents_postdate_by_months_is_doubted()
    {
        var r = Parser.Parse(MonthMisreadByOcr);
        Assert.Equal("2025-04-04", r.IssueDate);
        Assert.Contains(r.Diagnostics, d => d.Code == Code);
        Assert.True(r.Fields.Single(f => f.Field == "issueDate").Confidence < FieldReading.ReviewBelow);
        Assert.True(r.NeedsReview);
    }

    // The same excerpt with its Điều 1 citing the misprinted decision again, as decisions repeat their bases: one
    // document cited twice is one witness.
    [Fact]
    public void One_document_cited_twice_is_one_witness()
    {
        var r = Parser.Parse(OneCitedMisprint + "\nĐiều 1. Công bố kèm theo Quyết định này danh mục thủ tục hành chính ban hành theo Quyết định số 350/QĐ-BLĐTBXH ngày 18 tháng 12 năm 2025 của Bộ Lao động - Thương binh và Xã hội.");
        Assert.DoesNotContain(r.Diagnostics, d => d.Code == Code);
    }

    [Fact]
    public void One_cited_date_after_the_issue_is_not_enough()
    {
        var r = Parser.Parse(OneCitedMisprint);
        Assert.Equal("2025-02-20", r.IssueDate);
        Assert.DoesNotContain(r.Diagnostics, d => d.Code == Code);
        Assert.True(r.Fields.Single(f => f.Field == "issueDate").Confidence >= FieldReading.ReviewBelow);
    }
}
