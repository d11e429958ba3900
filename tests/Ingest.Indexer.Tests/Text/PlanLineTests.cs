using Ingest.Indexer.Parsing.Header;
using Ingest.Indexer.Text;

namespace Ingest.Indexer.Tests.Text;

/// <summary>
/// A reader that wants lines in capitals (the enacting line under a heading) passes over a line holding a small letter
/// without cleaning it (issue 12, parser speed): the raw line may say so only where cleaning keeps its letters.
/// </summary>
public sealed class PlanLineTests
{
    [Theory]
    [InlineData("Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;", true)]
    [InlineData("**Thực hiện Kế hoạch số 123/KH-UBND** của UBND tỉnh;", true)]
    [InlineData("CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH BẾN TRE", false)]
    // Near misses: cleaning drops the tag's letters, decodes the reference, composes the marks or the legacy font.
    [InlineData("<b>CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH</b>", false)]
    [InlineData("CH&Uacute; T&Iacute;CH", false)]
    [InlineData("CHU\u0309 TI\u0323CH ỦY BAN NHÂN DÂN xa", false)]
    [InlineData("Uû ban nh©n d©n tØnh", false)]
    public void Says_a_small_letter_is_kept_only_where_cleaning_keeps_it(string raw, bool keeps)
    {
        var line = new PlanLine(raw, 0, raw.Length);
        Assert.Equal(keeps, line.KeepsSmallLetter);
        if (keeps) Assert.False(HeaderText.IsUpper(line.Clean));
    }

    [Fact]
    public void Tags_dropped_in_cleaning_leave_a_line_in_capitals()
    {
        const string raw = "<b>CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH</b>";
        var line = new PlanLine(raw, 0, raw.Length);
        Assert.True(HeaderText.IsUpper(line.Clean));
        Assert.False(line.KeepsSmallLetter); // asked again once cleaned, from the cleaned line
    }
}
