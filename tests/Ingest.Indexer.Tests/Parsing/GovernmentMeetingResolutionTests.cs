using Ingest.Indexer.Parsing;

namespace Ingest.Indexer.Tests.Parsing;

/// <summary>
/// The Government adopts one resolution at each monthly meeting, so "Nghị quyết phiên họp Chính phủ thường kỳ tháng 10
/// năm 2025" (jg-032, a Government resolution of 2025) names that one document by the meeting's month; many meetings'
/// resolutions, or a meeting that is not the Government's, name none.
/// </summary>
public sealed class GovernmentMeetingResolutionTests
{
    private static readonly PlanParser Parser = new();

    [Theory]
    [InlineData("Các Bộ chủ động triển khai Nghị quyết phiên họp Chính phủ thường kỳ tháng 10 năm 2025; kịp thời báo cáo.", "Nghị quyết phiên họp Chính phủ thường kỳ tháng 10 năm 2025")]
    // The type word broken over two lines, as in the Government's PDF copy (jg-032).
    [InlineData("các Nghị quyết phiên họp Chính phủ thường kỳ tháng 9 năm 2025, Nghị\nquyết phiên họp Chính phủ thường kỳ tháng 10 năm 2025; chủ động rà soát.", "Nghị\nquyết phiên họp Chính phủ thường kỳ tháng 10 năm 2025")]
    [InlineData("Thực hiện Nghị quyết phiên họp thường kỳ tháng 9/2024 của Chính phủ, Sở Tài chính đề nghị.", "Nghị quyết phiên họp thường kỳ tháng 9/2024 của Chính phủ")]
    public void A_monthly_meeting_names_the_governments_resolution(string text, string cited)
    {
        var citation = Assert.Single(Parser.Parse(text).Citations);
        Assert.Equal(("Nghị quyết", null, cited), (citation.Type, citation.Number, citation.Text));
    }

    [Theory]
    [InlineData("Thực hiện các Nghị quyết phiên họp Chính phủ thường kỳ tháng 9 năm 2025, các Bộ rà soát kế hoạch.")]
    [InlineData("Thực hiện Nghị quyết phiên họp thường kỳ tháng 9 năm 2025, các phòng rà soát kế hoạch.")]
    public void Many_meetings_or_another_bodys_meeting_cite_nothing(string text)
    {
        Assert.Empty(Parser.Parse(text).Citations);
    }
}
