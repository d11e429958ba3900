using Ingest.Indexer.Parsing;

namespace Ingest.Indexer.Tests.Parsing;

/// <summary>
/// A Chi đoàn (a school's or a hamlet's branch of the Đoàn TNCS) names itself on the header's lower line: "ĐOÀN TNCS HỒ
/// CHÍ MINH / CHI ĐOÀN TRƯỜNG TH QUANG TRUNG" (mx-chi-doan-th-quang-trung-kh-2022). It is the issuer, not the Ban Chấp
/// hành the body's first sentence names. "Chi đoàn" inside a sentence ("các Chi đoàn trực thuộc") opens no body.
/// </summary>
public sealed class BranchOfYouthUnionHeaderTests
{
    private static readonly PlanParser Parser = new();

    [Fact]
    public void A_chi_doan_on_the_headers_lower_line_is_the_issuer()
    {
        var record = Parser.Parse("ĐOÀN TNCS HỒ CHÍ MINH\n\nCHI ĐOÀN TRƯỜNG TH QUANG TRUNG\n\n*****&*****\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\n"
            + "Độc lập - Tự do - Hạnh phúc\n\nKẾ HOẠCH\n\nTỔ CHỨC ĐẠI HỘI CHI ĐOÀN NHIỆM KỲ 2022 - 2025\n\n"
            + "Kính gửi:  Ban chi ủy, Ban giám hiệu trường Tiểu học Quang Trung\n\n- Căn cứ Điều lệ Đoàn TNCS Hồ Chí Minh;\n\n"
            + "- Nhằm tạo điều kiện cho  Đoàn trường tổ chức tốt Đại hội Đoàn nhiệm kỳ 2022 – 2025, Ban Chấp hành Đoàn trường TH Quang Trung "
            + "xây dựng Kế hoạch tổ chức Đại hội các chi đoàn nhiệm kỳ 2020 – 2021 như sau:\n");
        Assert.StartsWith("Chi đoàn Trường", record.Issuer.Name);
        Assert.EndsWith("Quang Trung", record.Issuer.Name);
        Assert.Equal("commune", record.Issuer.Level);
    }

    [Fact]
    public void Chi_doan_inside_a_sentence_opens_no_body()
    {
        var record = Parser.Parse("TỈNH ĐOÀN THANH HOÁ\nĐOÀN TNCS HỒ CHI MINH\nBCH ĐOÀN HUYỆN THỌ XUÂN\n* * *\nSố: 32-KH/ĐTN\n"
            + "Thọ Xuân, ngày 27 tháng 6 năm 2014\nKẾ HOẠCH\nTổ chức vận động hiến máu tình\nnguyện năm 2014\n"
            + "Tổ chức ngày hiến máu tình nguyện cho đối tượng là\nĐVTN của các Đoàn cơ sở và các Chi đoàn trực thuộc.\n");
        Assert.Equal("Ban Chấp hành Đoàn huyện Thọ Xuân", record.Issuer.Name);
    }
}
