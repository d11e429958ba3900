using Ingest.Indexer.Parsing;

namespace Ingest.Indexer.Tests.Parsing;

/// <summary>
/// A place whose two syllables a narrow table cell broke over two lines ("Phan" / "Rang ngày 12 tháng 11 năm 2003",
/// kw-sgddt-ninh-thuan-quy-dinh-2003-1228) is read whole; a line above that is no lone syllable of a name is not joined.
/// </summary>
public sealed class BrokenPlaceWordTests
{
    private static readonly PlanParser Parser = new();

    private const string Header = "UBND\nTỈNH NINH THUẬN\nSỞ GIÁO DỤC VÀ ĐÀO TẠO\n-------\n|\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        + "Độc lập – Tự do – Hạnh phúc\n--------------\n|\nSố:\n1228/THPT\n";

    private const string Body = " ngày 12 tháng 11 năm 2003\n|\nQUY ĐỊNH\nVỀ VIỆC TIẾP NHẬN HỌC SINH\nKính gửi: các trường\n";

    [Theory]
    [InlineData("|\nPhan\nRang", "Phan Rang")]
    [InlineData("|\nRang", "Rang")]
    [InlineData("|\nSỞ\nRang", "Rang")]
    public void A_lone_syllable_above_the_place_line_is_the_places_first(string placeLines, string place) =>
        Assert.Equal(place, Parser.Parse(Header + placeLines + Body).Place);
}
