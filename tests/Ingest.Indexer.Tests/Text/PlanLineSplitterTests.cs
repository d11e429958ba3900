using System.Text.RegularExpressions;
using Ingest.Indexer.Text;

namespace Ingest.Indexer.Tests.Text;

/// <summary>
/// Whether a line holds a column gap is told without the regex (issue 12, parser speed): the answer must be the regex's
/// on the lines of a signature block beside its Nơi nhận list, and on the near misses of two spaces or one no-break space.
/// </summary>
public sealed class PlanLineSplitterTests
{
    private static readonly Regex ColumnGap = new(@"\t|\x20{3,}|\u00A0{2,}", RegexOptions.CultureInvariant);

    [Theory]
    [InlineData("- Như trên;                                                KT. CHỦ TỊCH", true)]
    [InlineData("Nơi nhận:\tGIÁM ĐỐC", true)]
    [InlineData("- Lưu: VT, VP.\u00A0\u00A0PHÓ CHỦ TỊCH", true)]
    [InlineData("   Nguyễn Văn An", true)]
    // Near misses: two spaces, a no-break space alone or beside one space, no gap at all.
    [InlineData("UBND TỈNH BẾN TRE  CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", false)]
    [InlineData("Số: 123/KH-UBND\u00A0 Bến Tre, ngày 05 tháng 3 năm 2021", false)]
    [InlineData("Kế hoạch thực hiện Nghị quyết số 12-NQ/TU", false)]
    [InlineData("", false)]
    public void Tells_a_column_gap_as_the_regex_does(string raw, bool gap)
    {
        Assert.Equal(gap, PlanLineSplitter.HasColumnGap(raw));
        Assert.Equal(ColumnGap.IsMatch(raw), PlanLineSplitter.HasColumnGap(raw));
    }
}
