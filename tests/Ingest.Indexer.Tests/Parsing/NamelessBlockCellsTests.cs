using Ingest.Indexer.Parsing;

namespace Ingest.Indexer.Tests.Parsing;

/// <summary>
/// A block whose name did not survive (SignerParser.Nameless): its position in capitals, alone or broken over lines,
/// under a capacity or authority line; the cells before it are joined to it only while they are in capitals, so a
/// position in sentence case, or a sentence after the position, gives no such block.
/// </summary>
public sealed class NamelessBlockCellsTests
{
    private static readonly PlanParser Parser = new();

    // The form of a Thủ tướng's decision as a mirror prints it, "(đã ký)" where the name stood: the deputy's position
    // broken over two lines ("PHÓ THỦ" / "TƯỚNG") under the capacity line.
    [Fact]
    public void A_position_broken_over_two_lines_under_its_capacity_line_is_kept_without_a_name()
    {
        var signer = Parser.Parse("Quyết định này có hiệu lực thi hành kể từ ngày ký ban hành./.\n\nKT. THỦ TƯỚNG\nPHÓ THỦ\nTƯỚNG\n(đã ký)\n").Signer;
        Assert.NotNull(signer);
        Assert.Equal(("PHÓ THỦ TƯỚNG", (string?)null), (signer.Title, signer.Name));
        Assert.Equal(["KT. THỦ TƯỚNG"], signer.Authority);
    }

    // Near misses: a Party block's position in sentence case ("Phó Bí thư"), or a sentence after the position in capitals,
    // is no nameless block.
    [Theory]
    [InlineData("Đề nghị các chi bộ thực hiện nghiêm túc./.\n\nT/M BAN THƯỜNG VỤ\nPhó Bí thư\n(đã ký)\n")]
    [InlineData("Đề nghị các chi bộ thực hiện nghiêm túc./.\n\nT/M BAN THƯỜNG VỤ\nPHÓ BÍ THƯ\nĐề nghị các đồng chí nghiên cứu, thực hiện.\n")]
    public void A_position_not_in_capitals_or_not_closing_the_text_gives_no_nameless_block(string text) =>
        Assert.Null(Parser.Parse(text).Signer);
}
