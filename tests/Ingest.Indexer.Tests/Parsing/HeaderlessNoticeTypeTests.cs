using Ingest.Indexer.Parsing;

namespace Ingest.Indexer.Tests.Parsing;

/// <summary>
/// A text printed without its header whose only mark of type is a "Về việc" subject line: the subject makes a letter only
/// by default (Nghị định 30/2020/NĐ-CP), so the body's own "… thông báo …" sentence says it is a Thông báo.
/// </summary>
public sealed class HeaderlessNoticeTypeTests
{
    private static readonly PlanParser Parser = new();

    [Fact]
    public void A_ward_notice_under_its_subject_line_is_a_notice_with_that_subject()
    {
        // le-ubnd-phuong-cu-khoi-tb-2020-niem-yet-ho-ngheo-headerless: the portal lowers the heading "thông báo".
        const string text = """
            thông báo

            Về việc niêm yết công khai danh sách hộ thoát nghèo, thoát cận nghèo, hộ cận nghèo trên địa bàn phường Cự Khối cuối năm 2020 và giai đoạn 2016-2020
            Ngày đăng 28/10/2020 | 14:45  | Lượt xem: 56

            Căn cứ công văn sô 2003/UBND-LĐTBXH ngày 05/10/2020 của UBND quận Long Biên về rà soát đánh giá kết quả giảm nghèo năm 2020 và giai đoạn 2016-2020.

            UBND phường Cự Khối thông báo việc niêm yết công khai danh sách hộ thoát nghèo, hộ thoát cận nghèo trên địa bàn phường cuối năm 2020 cụ thể sau:

            1. Đối tượng niêm yết
            """;

        var record = Parser.Parse(text);

        Assert.Equal("Thông báo", record.DocType);
        Assert.StartsWith("Về việc niêm yết công khai", record.Title);
    }

    [Fact]
    public void A_letter_under_its_subject_line_that_asks_stays_a_letter()
    {
        // kb-btg-huyen-uy-cv-2020-07-headerless's shape: the body asks ("đề nghị"), it does not announce.
        const string text = """
            V/v tuyên truyền kỷ niệm Ngày Quốc khánh 2/9

            Ban Tuyên giáo Huyện ủy đề nghị các tổ chức cơ sở đảng triển khai một số nội dung sau:
            1. Tuyên truyền về ý nghĩa lịch sử của Ngày Quốc khánh.
            """;

        var record = Parser.Parse(text);

        Assert.NotEqual("Thông báo", record.DocType);
    }
}
