using Ingest.Indexer.Parsing;

namespace Ingest.Indexer.Tests.Parsing;

/// <summary>
/// An appeal (Lời kêu gọi) named by the body that issued it and its subject, and a cooperation agreement (Thỏa thuận hợp
/// tác) named by the two bodies that made it and its subject, are each one document cited by name
/// (tests/corpus/README.md, documents named by type and subject). Verbatim passages of the corpus.
/// </summary>
public sealed class AppealAndAgreementTests
{
    private static readonly PlanParser Parser = new();

    [Fact]
    public void An_appeal_named_by_its_issuer_and_subject_is_cited_by_name()
    {
        // le-013, verbatim.
        var cites = Parser.Parse("Hưởng ứng Lời kêu gọi của Đoàn Chủ tịch Ủy ban Trung ương MTTQ Việt Nam về việc vận động ủng hộ đồng bào khắc phục thiệt hại do bão số 10 gây ra; Thực hiện Công văn số 738/MTTW-BTT ngày 03/10/2025 của Ban Thường trực Uỷ ban Trung ương MTTQ Việt Nam về việc ủng hộ đồng bào bị thiệt hại do bão số 10 gây ra.").Citations;
        var appeal = Assert.Single(cites, c => c.Type == "Lời kêu gọi");
        Assert.Null(appeal.Number);
        Assert.Equal("Lời kêu gọi của Đoàn Chủ tịch Ủy ban Trung ương MTTQ Việt Nam", appeal.Text);
    }

    [Fact]
    public void An_appeal_in_lower_case_is_no_document()
    {
        // ic-015, verbatim (its first sentence; a negative).
        Assert.Empty(Parser.Parse("Hưởng ứng thực hiện lời kêu gọi của Chủ tịch Ủy ban nhân dân tỉnh Thừa Thiên Huế về ngày Chủ nhật xanh làm cho Thừa Thiên Huế “sáng hơn, xanh hơn, sạch hơn”.").Citations);
    }

    [Fact]
    public void A_cooperation_agreement_named_by_its_two_bodies_is_cited_by_name()
    {
        // ma-002, verbatim.
        var cites = Parser.Parse("Thực hiện Thỏa thuận hợp tác giữa TW Hội LHPN Việt Nam và Hội LHPN Lào về hợp tác phát triển phụ nữ giai đoạn 2012 – 2017, Ban Thường vụ Hội LHPN Hà Tĩnh đã tổ chức đoàn công tác sang thăm, hội đàm trao đổi kinh nghiệm và ký kết Biên bản hợp tác với Hội LHPN tỉnh Bolykhămxay, Lào.").Citations;
        var agreement = Assert.Single(cites, c => c.Type == "Thỏa thuận");
        Assert.Null(agreement.Number);
        Assert.StartsWith("Thỏa thuận hợp tác giữa TW Hội LHPN Việt Nam và Hội LHPN Lào", agreement.Text);
    }

    [Fact]
    public void An_agreement_in_lower_case_is_no_document()
    {
        // iz-046, verbatim (its first clause): "thoả thuận" in lower case is the signing of an agreement, not one named.
        Assert.DoesNotContain(Parser.Parse("Theo bà Trương Thị Minh Dung, Chủ tịch UBND phường Cầu Ông Lãnh, việc ký kết thoả thuận hợp tác giữa UBND phường với VNPT TP là sự kiện có ý nghĩa quan trọng.").Citations,
            c => c.Type == "Thỏa thuận");
    }
}
