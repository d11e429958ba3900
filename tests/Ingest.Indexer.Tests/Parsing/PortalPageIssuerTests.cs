using Ingest.Indexer.Parsing;

namespace Ingest.Indexer.Tests.Parsing;

/// <summary>
/// Notices that a portal or a unit's own site prints without their header (corpus README, `kv`, `kw` and `ks` batches):
/// the body that speaks is named in the text, its place where the text sets its work. Rows cut from the corpus
/// documents named in each test.
/// </summary>
public sealed class PortalPageIssuerTests
{
    private static readonly PlanParser Parser = new();

    [Fact]
    public void A_district_councils_standing_committee_takes_the_district_its_text_names()
    {
        // kv-thuong-truc-hdnd-huyen-na-ri-tb-2021-tiep-cong-dan-headerless.
        const string text = """
            Thông báo Lịch tiếp công dân của Chủ tịch HĐND huyện tại Trụ sở tiếp công dân của huyện nhiệm kỳ 2021-2026

            Thực hiện Điều 107, Luật Tổ chức chính quyền địa phương năm 2015, Thường trực HĐND huyện xây dựng lịch tiếp công dân của Chủ tịch HĐND huyện nhiệm kỳ 2021-2026 như sau:

              1. Chủ tịch HĐND huyện tiếp công dân định kỳ vào ngày 15 và 25 hàng tháng.

            Địa điểm: Trụ sở tiếp công dân huyện Na Rì.
            """;

        var record = Parser.Parse(text);

        Assert.Equal("Thường trực HĐND huyện Na Rì", record.Issuer.Name);
        Assert.Equal("Bắc Kạn", record.Issuer.Province);
    }

    [Fact]
    public void A_portals_link_to_the_next_post_under_the_notice_is_no_citation_of_it()
    {
        // kv-thuong-truc-hdnd-huyen-na-ri-tb-2021-tiep-cong-dan-headerless: the portal's "Bài trước / Bài tiếp theo" links.
        const string text = """
            Thông báo Lịch tiếp công dân của Chủ tịch HĐND huyện nhiệm kỳ 2021-2026

            Thường trực HĐND huyện xây dựng lịch tiếp công dân của Chủ tịch HĐND huyện nhiệm kỳ 2021-2026 như sau:

            Địa điểm: Trụ sở tiếp công dân huyện Na Rì.

            Bài trướcNa Rì tổ chức gặp mặt động viên Y, Bác sỹ tình nguyện tham gia phòng chống dịch Covid-19
            Bài tiếp theoVăn bản về việc thực hiện Công điện số 1063/CĐ-TTg ngày 31/7/2021 của Thủ tướng Chính phủ về phòng, chống dịch Covid-19
            """;

        Assert.DoesNotContain(Parser.Parse(text).Citations, c => c.Number == "1063/CĐ-TTg");
    }

    [Fact]
    public void A_link_read_alone_cites_what_it_names()
    {
        // Passage kv-007.
        const string text = "Bài tiếp theoVăn bản về việc thực hiện Công điện số 1063/CĐ-TTg ngày 31/7/2021 của Thủ tướng Chính phủ về phòng, chống dịch Covid-19";

        Assert.Contains(Parser.Parse(text).Citations, c => c.Number == "1063/CĐ-TTg");
    }

    [Fact]
    public void A_health_centre_names_itself_in_sentence_case_with_its_field()
    {
        // kw-ttyt-huu-lung-tb-2023-nghi-le-headerless: the unit's own site prints the notice without its header.
        const string text = """
            Thông báo lịch nghỉ Lễ giỗ tổ Hùng Vương và nghỉ Lễ 30/4, 1/5

            Trung tâm Y tế Hữu Lũng thông báo lịch nghỉ Lễ giỗ tổ Hùng Vương và nghỉ Lễ 30/4, 1/5 như sau:
            1. Thời gian nghỉ: 05 ngày liên tục, từ thứ Bẩy ngày 29/4/2023 đến hết thứ Tư ngày 03/5/2023.
            """;

        Assert.Equal("Trung tâm Y tế Hữu Lũng", Parser.Parse(text).Issuer.Name);
    }
}
