using Ingest.Indexer.Model;
using Ingest.Indexer.Parsing;

namespace Ingest.Indexer.Tests.Parsing;

/// <summary>
/// Honest uncertainty for texts printed without their header: where no header line (issuer block, number line,
/// place-date line, enacting line) stands anywhere, the issuer and title read from a sentence of the text are kept but
/// graded below <see cref="FieldReading.ReviewBelow"/>, so the record asks for a human check instead of standing as a
/// guess; a text with a header block whose issuer only the body names is left as it was. Rows are excerpts of
/// tests/corpus documents (named beside them).
/// </summary>
public sealed class HeaderlessReviewTests
{
    private static readonly PlanParser Parser = new();

    private static FieldReading Field(PlanRecord r, string name) => r.Fields.Single(f => f.Field == name);

    [Theory]
    // ib-vp-ubnd-lai-chau-1888-KH-VPUBND-2025-headerless: a portal's report of a plan, its headline and the sentence that reports it.
    [InlineData("Kế hoạch cải cách hành chính năm 2026\nNgày 30/12/2025, Văn phòng UBND tỉnh Lai Châu đã ban hành Kế hoạch số 1888/KH-VPUBND về công tác cải cách hành chính năm 2026.\n\nThực hiện Kế hoạch số 8328/KH-UBND ngày 23/12/2025 của UBND tỉnh về cải cách hành chính tỉnh Lai Châu năm 2026; Văn phòng UBND tỉnh xây dựng kế hoạch cải cách hành chính năm 2026 như sau:\nI. MỤC ĐÍCH, YÊU CẦU\n",
        "Văn phòng UBND tỉnh Lai Châu")]
    // in-ubnd-xa-phu-ninh-tb-2022-headerless-portal: a commune's notice on its portal, no header.
    [InlineData("Lịch tiếp công dân của Chủ tịch UBND xã Phù Ninh năm 2022\n\nThực hiện Luật Tiếp công dân năm 2013, Chủ tịch UBND xã Phù Ninh đã ban hành Quyết định số 05/QĐ-UBND ngày 14/01/2019 về việc ban hành Nội quy tiếp công dân tại Trụ sở UBND xã Phù Ninh. Thực hiện Chỉ đạo của UBND huyện Thủy Nguyên về việc tổ chức tiếp công dân định kỳ năm 2022, UBND xã Phù Ninh thông báo nội dung như sau:\n\n* Thời gian tiếp công dân định kỳ của Chủ tịch UBND xã: 01 ngày vào thứ Năm\n",
        "UBND xã Phù Ninh")]
    public void An_issuer_said_only_in_a_headerless_text_is_kept_and_flagged(string text, string issuer)
    {
        var r = Parser.Parse(text);
        Assert.Equal(issuer, r.Issuer.Name);
        Assert.True(Field(r, "issuer").Confidence < FieldReading.ReviewBelow);
        Assert.Contains(r.Diagnostics, d => d.Code == "issuer-from-text");
        Assert.True(r.NeedsReview);
    }

    [Fact]
    public void A_title_said_only_in_a_headerless_text_is_flagged()
    {
        // ib-vp-ubnd-lai-chau-1888-KH-VPUBND-2025-headerless: the title comes from the reporting sentence, which no heading confirms.
        var r = Parser.Parse("Kế hoạch cải cách hành chính năm 2026\nNgày 30/12/2025, Văn phòng UBND tỉnh Lai Châu đã ban hành Kế hoạch số 1888/KH-VPUBND về công tác cải cách hành chính năm 2026.\n\nTheo đó, các phòng tổ chức thực hiện.\n");
        Assert.Equal("1888/KH-VPUBND", r.Number);
        Assert.NotNull(r.Title);
        Assert.True(Field(r, "title").Confidence < FieldReading.ReviewBelow);
        Assert.Contains(r.Diagnostics, d => d.Code == "title-from-text");
    }

    [Fact]
    public void A_header_block_whose_issuer_only_the_body_names_is_not_flagged_for_it()
    {
        // ij-mg-hoa-sen-kien-tuong-kh-110-2025-portal: number and place-date lines stand in the header; the body's sentence
        // completes the issuer the flattened block did not give.
        var r = Parser.Parse("KẾ HOẠCH THỰC HIỆN NHIỆM VỤ NĂM HỌC 2025-2026\n.     UBND PHƯỜNG KIẾN TƯỜNG   CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n           TRƯỜNG MẪU GIÁO  HOA SEN             Độc lập - Tự do - Hạnh phúc\n   \n               Số: 110/KH-MGHS                   Kiến Tường, ngày 10 tháng 9  năm 2025\n \nKẾ HOẠCH  \nThực hiện nhiệm vụ giáo dục mầm non, năm học 2025-2026\n \nCăn cứ Công văn số 1084/SGDĐT-GDMN, ngày 03/9/2025 của Sở Giáo dục và Đào tạo tỉnh Tây Ninh,\nTrường Mẫu giáo Hoa Sen xây dựng kế hoạch thực hiện nhiệm vụ giáo dục mầm non năm học 2025-2026 như sau:\nI. ĐẶC ĐIỂM TÌNH HÌNH\n");
        Assert.DoesNotContain(r.Diagnostics, d => d.Code is "issuer-from-text" or "title-from-text");
    }

    [Fact]
    public void An_issuer_said_apart_from_the_own_number_and_of_the_kind_its_code_says_is_not_flagged()
    {
        // hz-ubnd-huyen-dinh-lap-kh-2017-210-headerless: the page's title line gives the number, a sentence of the body the issuer.
        var r = Parser.Parse("""
            Các sở, ngành, huyện, TP

            Kế Hoạch Tham gia “Lễ hội Hoa Đào Xứ Lạng Xuân Mậu Tuất lần thứ nhất năm 2018 (210/KH-UBND ngày 14/12/2017)

            Thứ Sáu, 12/15/2017 - 10:05

            KẾ HOẠCH

            Tham gia “Lễ hội Hoa Đào Xứ Lạng Xuân Mậu Tuất lần thứ nhất năm 2018”

            Thực hiện Kế hoạch số 184/KH-UBND ngày 30/10/2017 của UBND tỉnh Lạng Sơn về tổ chức Lễ hội Hoa Đào Xứ Lạng Xuân Mậu Tuất lần thứ nhất - Năm 2018, UBND huyện Đình Lập xây dựng Kế hoạch tham gia “Lễ hội Hoa Đào Xứ Lạng Xuân Mậu Tuất lần thứ nhất năm 2018” như sau:
            """);
        Assert.Equal("210/KH-UBND", r.Number);
        Assert.Equal("UBND huyện Đình Lập", r.Issuer.Name);
        Assert.True(Field(r, "issuer").Confidence >= FieldReading.ReviewBelow);
        Assert.DoesNotContain(r.Diagnostics, d => d.Code == "issuer-from-text");
    }
}
