using Ingest.Indexer.Parsing;

namespace Ingest.Indexer.Tests.Parsing;

/// <summary>
/// "T/M BAN BÍ THƯ / Trần Cẩm Tú" (Quy định 383-QĐ/TW as thuvienphapluat prints it, iw-bch-tw-383-QD-TW-2025-tvpl-repo):
/// "BÍ THƯ" is the Secretariat's name, not a position after a body "BAN"; the mirror dropped the office line, so the
/// name is kept with no title (corpus README, the `iu-` rule). A body named whole before the position still splits.
/// </summary>
public sealed class SecretariatSignerTests
{
    private static readonly PlanParser Parser = new();

    private const string Body = "BAN CHẤP HÀNH TRUNG ƯƠNG\n*\nSố 383-QĐ/TW\nĐẢNG CỘNG SẢN VIỆT NAM\nHà Nội, ngày 17 tháng 10 năm 2025\n"
        + "QUY ĐỊNH\nvề công tác lưu trữ\nCác nội dung không quy định trong Quy định này thì thực hiện theo quy định của Luật Lưu trữ.\n"
        + "Nơi nhận:\n- Các tỉnh ủy, thành ủy,\n- Lưu Văn phòng Trung ương Đảng.\n";

    [Fact]
    public void The_secretariats_line_gives_the_name_and_no_title()
    {
        var r = Parser.Parse(Body + "T/M BAN BÍ THƯ\nTrần Cẩm Tú\n");
        Assert.Equal("Trần Cẩm Tú", r.Signer?.Name);
        Assert.Null(r.Signer?.Title);
    }

    [Fact]
    public void A_standing_committee_before_the_position_still_splits()
    {
        var r = Parser.Parse(Body + "T/M BAN THƯỜNG VỤ BÍ THƯ\nTrần Cẩm Tú\n");
        Assert.Equal("Trần Cẩm Tú", r.Signer?.Name);
        Assert.Equal("BÍ THƯ", r.Signer?.Title);
    }
}
