using Ingest.Indexer.Parsing;

namespace Ingest.Indexer.Tests.Parsing;

/// <summary>
/// The own number typed into the template's blank ("Số:      /KH-UBND"), a dot of the blank left between the serial
/// and the slash: kx-ubnd-tx-bim-son-kh-2024-3070-pdf prints "Số: 3070. /KH-UBND" beside its place-date.
/// </summary>
public sealed class FilledBlankNumberTests
{
    private static readonly PlanParser Parser = new();

    private static string Header(string number) =>
        "UỶ BAN NHÂN DÂN                  CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        + "THỊ XÃ BỈM SƠN                            Độc lập - Tự do - Hạnh phúc\n"
        + $"    Số: {number}                     Bỉm Sơn, ngày 09 tháng 9 năm 2024\n\n"
        + "                                KẾ HOẠCH\n    Khắc phục những tồn tại, hạn chế năm 2024\n";

    [Theory]
    [InlineData("3070. /KH-UBND")]
    [InlineData("3070..../KH-UBND")]
    [InlineData("3070… /KH-UBND")]
    public void The_serial_before_the_blanks_dots_is_the_number(string number)
    {
        var record = Parser.Parse(Header(number));
        Assert.Equal("3070/KH-UBND", record.Number);
        Assert.Contains(record.Diagnostics, d => d.Code == "symbol-repaired");
    }

    [Theory]
    [InlineData("……. /KH-UBND")]   // the blank never filled in: no number
    [InlineData("3070. /")]         // no codes after the slash: not a symbol
    public void A_blank_or_a_serial_alone_is_no_number(string number) => Assert.Null(Parser.Parse(Header(number)).Number);
}
