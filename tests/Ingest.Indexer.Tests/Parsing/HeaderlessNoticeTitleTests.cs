using Ingest.Indexer.Parsing;

namespace Ingest.Indexer.Tests.Parsing;

/// <summary>
/// A notice a portal prints without its header under its own headline ("Thông báo …"): the notice's title is what the
/// body announces in the sentence that names it (corpus README, a headerless notice's title), unless the page kept the
/// notice's own title line under the headline.
/// </summary>
public sealed class HeaderlessNoticeTitleTests
{
    private static readonly PlanParser Parser = new();

    [Fact]
    public void The_announcing_sentence_titles_the_notice_over_the_page_headline()
    {
        // ks-ubnd-huyen-tram-tau-tb-2019-treo-co-headerless (the district's portal).
        const string text = """
            Tin Hoạt động >> Văn bản mới

            Thông báo về việc quy định treo cờ Tổ quốc

            19/08/2019 10:57:25 Xem cỡ chữ Google
            Nhân dịp kỷ niệm 74 năm Cách mạng Tháng Tám và Quốc khánh Nước Cộng hòa xã hội chủ nghĩa Việt Nam (02/9/1945 - 02/9/2019), Ủy ban nhân dân huyện Trạm Tấu thông báo treo cờ Tổ quốc, băng zôn khẩu hiệu như sau:

            Tất cả các hộ gia đình nhân dân các dân tộc trên địa bàn huyện treo cờ Tổ quốc.
            """;

        var record = Parser.Parse(text);

        Assert.Equal("Thông báo", record.DocType);
        Assert.Equal("treo cờ Tổ quốc, băng zôn khẩu hiệu", record.Title);
    }

    [Fact]
    public void A_headline_the_page_repeats_as_the_first_line_stays_the_title()
    {
        // ia-xa-son-thuy-thong-bao-treo-co-2025: the commune's page repeats the notice's own title under its headline.
        const string text = """
            Thông báo treo cờ Tổ quốc chào mừng Đại hội Đại biểu Đảng bộ xã Sơn Thủy lần thứ nhất nhiệm kỳ 2025-2030
            Thông báo treo cờ Tổ quốc chào mừng Đại hội Đại biểu Đảng bộ xã Sơn Thủy lần thứ nhất nhiệm kỳ 2025-2030.
            UBND xã Sơn Thủy thông báo thời gian treo cờ Tổ quốc đến các cơ quan, đơn vị, doanh nghiệp đóng trên địa bàn toàn xã cụ thể như sau:
            Thời gian treo cờ Tổ quốc: Từ ngày 23/7/2025 đến hết ngày 27/7/2025.
            """;

        var record = Parser.Parse(text);

        Assert.Equal("treo cờ Tổ quốc chào mừng Đại hội Đại biểu Đảng bộ xã Sơn Thủy lần thứ nhất nhiệm kỳ 2025-2030", record.Title);
    }

    [Fact]
    public void After_the_audience_the_subject_opened_by_ve_is_the_title_without_it()
    {
        // iz-ubnd-phuong-quyet-tien-tb-2022-hoi-thi-headerless (the ward's portal; corpus README, "Settled in the
        // twenty-seventh session").
        const string text = """
            Thông báo thời gian tổ chức Hội thi văn nghệ quần chúng
            Thực hiện Kế hoạch số 327/KH-UBND ngày 08 tháng 7 năm 2022 của Ủy ban nhân dân phường Quyết Tiến về việc tổ chức Hội thi văn nghệ quần chúng phường Quyết Tiến lần thứ IV năm 2022.
            UBND phường trân trọng thông báo tới Nhân dân các dân tộc trên địa bàn phường Quyết Tiến về thời gian, địa điểm tổ chức Hội thi văn nghệ quần chúng phường Quyết Tiến lần thứ IV năm 2022 như sau:
            1. Thời gian: 19 giờ 30 phút, ngày 15/8/2022.
            """;

        var record = Parser.Parse(text);

        Assert.Equal("thời gian, địa điểm tổ chức Hội thi văn nghệ quần chúng phường Quyết Tiến lần thứ IV năm 2022", record.Title);
    }
}
