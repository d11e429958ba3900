using Ingest.Indexer.Parsing;

namespace Ingest.Indexer.Tests.Parsing;

/// <summary>
/// A decision named by the body it founds, announced ("công bố") or reported issued ("ký", "ban hành"): one decision, in
/// lower case too (tests/corpus/README.md, the `kl`, `ko`, `ku` and `la` rules, and "Settled in the twenty-fourth
/// session" for ib-019 and ju-064); with no body or a count, none.
/// </summary>
public sealed class FoundingDecisionTests
{
    private static readonly PlanParser Parser = new();

    private static List<string> Texts(string text) => Parser.Parse(text).Citations.Select(c => c.Text).ToList();

    // la-023 (LĐLĐ huyện Thạnh Phú, 2020), kl-019 (Hội LHPN xã Lộc Hưng), ku-056 (UBND xã Hương Bình, 2025), ko-065 and
    // ju-064 (the bare act after an issuing verb).
    [Theory]
    [InlineData("Ban Thường vụ Huyện đã tổ chức buổi lễ công bố quyết định thành lập Chi bộ LĐLĐ huyện.", "quyết định thành lập Chi bộ LĐLĐ huyện")]
    [InlineData("Tại hội nghị, Ban Tổ chức đã công bố Quyết định thành lập Hội LHPN xã Lộc Hưng sau sáp nhập, chỉ định Ban Chấp hành gồm 28 đồng chí.", "Quyết định thành lập Hội LHPN xã Lộc Hưng sau sáp nhập")]
    [InlineData("Chủ tịch UBND xã Hương Bình ký ban hành quyết định về thành lập Ban bầu cử đại biểu HĐND xã Hương Bình khóa XXII, nhiệm kỳ 2026 – 2031.", "quyết định về thành lập Ban bầu cử đại biểu HĐND xã Hương Bình khóa XXII")]
    [InlineData("Phó Thủ tướng Trần Hồng Hà vừa ký quyết định thành lập Ban Quản lý Khu kinh tế tỉnh Quảng Trị nhằm tinh gọn bộ máy.", "quyết định thành lập Ban Quản lý Khu kinh tế tỉnh Quảng Trị")]
    [InlineData("Đảng ủy xã Thanh Thủy đã ban hành quyết định thành lập Ban Chỉ đạo công tác bầu cử; đồng thời xây dựng các văn bản hướng dẫn.", "quyết định thành lập Ban Chỉ đạo công tác bầu cử")]
    public void A_decision_named_by_the_body_it_founds_is_cited(string text, string cited)
    {
        Assert.Equal([cited], Texts(text));
    }

    // kn (a hospital page), la-025.
    [Theory]
    [InlineData("Sở Y tế đã có quyết định thành lập.")]
    [InlineData("Đảng ủy đã công bố quyết định thành lập 28 chi bộ trực thuộc.")]
    public void A_founding_with_no_body_or_a_count_cites_nothing(string text)
    {
        Assert.Empty(Texts(text));
    }
}
