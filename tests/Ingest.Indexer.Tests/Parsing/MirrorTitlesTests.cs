using Ingest.Indexer.Parsing;

namespace Ingest.Indexer.Tests.Parsing;

/// <summary>
/// A legal mirror's title line under a document ("Công văn 37999/CHQ-GSQL năm 2025 … do Cục Hải quan ban hành", in-
/// batch: the mirror mistyped the letter's own 3799) is the mirror's note, not a citation; the same line alone, as a
/// passage, names a document (ik-012).
/// </summary>
public sealed class MirrorTitlesTests
{
    private static readonly PlanParser Parser = new();

    private const string Letter =
        "CỤC HẢI QUAN\nSố: 3799/CHQ-GSQL\nHà Nội, ngày 25 tháng 11 năm 2025\nV/v khai bổ sung số lượng hàng thực tế nhập khẩu\n"
        + "Kính gửi: Công ty TNHH An Phát\nCăn cứ Thông tư số 38/2015/TT-BTC ngày 25/3/2015 của Bộ Tài chính, Cục Hải quan trả lời như sau./.\n"
        + "Nơi nhận:\n- Như trên;\n- Lưu: VT.\nKT. CỤC TRƯỞNG\nPHÓ CỤC TRƯỞNG\nNguyễn Văn Hùng\n";

    [Theory]
    [InlineData("Công văn 37999/CHQ-GSQL năm 2025 khai bổ sung số lượng hàng thực tế nhập khẩu do Cục Hải quan ban hành")]
    [InlineData("Công văn 37999/CHQ-GSQL ngày 25/11/2025 khai bổ sung số lượng hàng thực tế nhập khẩu do Cục Hải quan ban hành")]
    public void A_mirrors_title_line_under_a_document_is_no_citation(string note)
    {
        var r = Parser.Parse(Letter + note + "\n");
        Assert.Equal(["38/2015/TT-BTC"], r.Citations.Select(c => c.Number));
    }

    [Fact]
    public void A_line_of_another_issuers_codes_is_still_cited()
    {
        var r = Parser.Parse(Letter + "Công văn 512/BTC-TCHQ năm 2025 hướng dẫn khai bổ sung do Bộ Tài chính ban hành\n");
        Assert.Contains("512/BTC-TCHQ", r.Citations.Select(c => c.Number));
    }

    [Fact]
    public void The_same_line_alone_names_a_document()
    {
        var r = Parser.Parse("Công văn 848/BTNMT-ĐĐBĐVN năm 2015 sử dụng bản đồ nền địa hình do Bộ Tài nguyên và Môi trường ban hành");
        Assert.Equal(["848/BTNMT-ĐĐBĐVN"], r.Citations.Select(c => c.Number));
    }
}
