using Ingest.Indexer.Parsing;

namespace Ingest.Indexer.Tests.Parsing;

/// <summary>
/// A page that flattens the header glues the rule line under the motto onto the place-date line
/// ("—————Hà Nội, ngày 15 tháng 10 năm 2018", iv-byt-qd-6193-2018-elead): the dashes end the place as a cell bar does,
/// so the place is the whole name, not its last word.
/// </summary>
public sealed class RuleGluedPlaceTests
{
    private static readonly PlanParser Parser = new();

    [Theory]
    [InlineData("—————Hà Nội, ngày 15 tháng 10 năm 2018", "Hà Nội")]
    [InlineData("-----Cần Thơ, ngày 21 tháng 01 năm 2010", "Cần Thơ")]
    [InlineData("Bà Rịa-Vũng Tàu, ngày 21 tháng 01 năm 2010", "Bà Rịa-Vũng Tàu")]
    public void Dashes_glued_before_the_place_are_no_part_of_it(string line, string place)
    {
        var text = "BỘ Y TẾ\n——-Số: 6193/QĐ-BYT\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập – Tự do – Hạnh phúc\n" + line
            + "\nQUYẾT ĐỊNH\nVỀ VIỆC PHÊ DUYỆT KẾ HOẠCH TRIỂN KHAI CHIẾN DỊCH TIÊM BỔ SUNG VẮC XIN SỞI – RUBELLA\n————–\nBỘ TRƯỞNG BỘ Y TẾ\n"
            + "Căn cứ Nghị định số 75/2017/NĐ-CP ngày 20/6/2017 của Chính phủ;\n";
        Assert.Equal(place, Parser.Parse(text).Place);
    }
}
