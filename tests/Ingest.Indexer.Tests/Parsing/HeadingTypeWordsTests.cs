using Ingest.Indexer.Parsing;

namespace Ingest.Indexer.Tests.Parsing;

/// <summary>
/// Headings that hold more than one type name: who issues it ("KẾ HOẠCH LIÊN NGÀNH") is no part of the type, and two
/// type names joined by "VÀ" are the heading whole, typed by the first. Real-text-shaped headers of the `kw` batch.
/// </summary>
public sealed class HeadingTypeWordsTests
{
    private static readonly PlanParser Parser = new();

    [Theory]
    [InlineData("KẾ HOẠCH LIÊN NGÀNH", "Kế hoạch")]
    [InlineData("HƯỚNG DẪN LIÊN NGÀNH", "Hướng dẫn")]
    public void A_joint_heading_is_typed_by_its_type_word(string heading, string type)
    {
        // tests/corpus kw-syt-sgddt-ha-noi-kh-2025-5440 (and ib-syt-bhxh-lao-cai-43-HDLN-2016-vbplco): "liên ngành" says
        // that two Sở issue it, as the code KHLN does.
        var r = Parser.Parse("UBND THÀNH PHỐ HÀ NỘI\nSỞ Y TẾ - SỞ GIÁO DỤC VÀ ĐÀO TẠO\n-------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            + "Độc lập - Tự do - Hạnh phúc\n---------------\nSố: 5440/KHLN-YT-GDĐT\nHà Nội, ngày 08 tháng 10 năm 2025\n\n" + heading
            + "\nTHỰC HIỆN CÔNG TÁC Y TẾ TRƯỜNG HỌC NĂM HỌC 2025 - 2026\n\nThực hiện Thông tư liên tịch số 13/2016/TTLT-BYT-BGDĐT;\n");
        Assert.Equal(type, r.DocType);
        Assert.Equal("THỰC HIỆN CÔNG TÁC Y TẾ TRƯỜNG HỌC NĂM HỌC 2025 - 2026", r.Title);
    }

    [Fact]
    public void Two_type_names_joined_by_and_are_the_heading_whole()
    {
        // tests/corpus kw-sgddt-ninh-thuan-quy-dinh-2003-1228: "QUY ĐỊNH VÀ HƯỚNG DẪN", the trích yếu on the lines under it.
        var r = Parser.Parse("UBND\nTỈNH NINH THUẬN\nSỞ GIÁO DỤC VÀ ĐÀO TẠO\n-------\n|\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            + "Độc lập – Tự do – Hạnh phúc\n--------------\n|\nSố:\n1228/THPT\n|\nNinh Hải, ngày 12 tháng 11 năm 2003\n|\n"
            + "QUY ĐỊNH VÀ HƯỚNG DẪN\nVỀ VIỆC TIẾP NHẬN VÀ CHUYỂN TRƯỜNG CHO HỌC SINH\nPHỔ THÔNG CÁC CẤP\nKính gửi:\n|\n- Trưởng phòng GD-ĐT các huyện,\n");
        Assert.Equal("Quy định", r.DocType);
        Assert.Equal("VỀ VIỆC TIẾP NHẬN VÀ CHUYỂN TRƯỜNG CHO HỌC SINH PHỔ THÔNG CÁC CẤP", r.Title);
    }
}
