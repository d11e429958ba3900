using Ingest.Indexer.Parsing;

namespace Ingest.Indexer.Tests.Parsing;

/// <summary>
/// A portal prints its note on a post (the day it was put up or updated, how often it was read) between the headline
/// and the text; with the page's line breaks lost, the note ends the trích yếu read after the heading. Each text is the
/// opening of a corpus document with its lines joined by spaces, as such a page gives it.
/// </summary>
public sealed class PortalNoteTitleEndTests
{
    private static readonly PlanParser Parser = new();

    [Fact]
    public void A_weekday_with_the_posts_date_and_time_ends_the_title()
    {
        // jp-ubnd-tx-ba-don-kh-2018-657-headerless, its lines joined: "… (20/12/2013 - 20/12/2018) Thứ hai - 06/08/2018 16:14 Thực hiện …".
        var r = Parser.Parse("KẾ HOẠCH Tổ chức các hoạt động chào mừng kỷ niệm 5 năm thành lập thị xã Ba Đồn (20/12/2013 - 20/12/2018) Thứ hai "
            + "- 06/08/2018 16:14 Thực hiện Chỉ thị số 19-CT/ThU ngày 27/6/2018 của Ban Thường vụ Thị ủy về tổ chức các hoạt động chào "
            + "mừng kỷ niệm 5 năm thành lập thị xã Ba Đồn, UBND thị xã xây dựng kế hoạch số 657/KH-UBND ngày 31/7/2018 về việc tổ chức "
            + "các hoạt động chào mừng kỷ niệm 5 năm thành lập thị xã Ba Đồn");
        Assert.Equal("Tổ chức các hoạt động chào mừng kỷ niệm 5 năm thành lập thị xã Ba Đồn (20/12/2013 - 20/12/2018)", r.Title);
    }

    [Fact]
    public void The_count_of_views_ends_the_title()
    {
        // mc-ubnd-xa-ngu-phuc-tb-2024-tiem-phong-dai-headerless, its lines joined: "… trên địa bàn xã Ngũ Phúc Lượt xem: 3 Thực hiện …".
        var r = Parser.Parse("image banner Năm 2023 đẩy mạnh chỉnh trang, hiện đại hóa đô thị, xây dựng nông thôn mới kiểu mẫu - Thực hiện chuyển "
            + "đổi số THÔNG BÁO Về việc triển khai tiêm vắc xin phòng bệnh dại cho đàn chó, mèo nuôi trên địa bàn xã Ngũ Phúc Lượt xem: 3 "
            + "Thực hiện Công văn số 1285/UBND-NN ngày 03/5/2024 của Ủy ban nhân dân huyện Kiến Thụy về việc triển khai tiêm vắc xin phòng "
            + "chống bệnh Dại động vật năm 2024 trên địa bàn huyện Kiến Thụy");
        Assert.Equal("Về việc triển khai tiêm vắc xin phòng bệnh dại cho đàn chó, mèo nuôi trên địa bàn xã Ngũ Phúc", r.Title);
    }
}
