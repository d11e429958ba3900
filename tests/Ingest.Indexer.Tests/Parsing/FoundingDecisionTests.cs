using Ingest.Indexer.Parsing;

namespace Ingest.Indexer.Tests.Parsing;

/// <summary>
/// A decision named by the body it founds, announced ("công bố") or reported issued with its subject's "về": one
/// decision, in lower case too (tests/corpus/README.md, the `kl`, `ku` and `la` rules); with no body, a count, or only
/// said to be issued with the bare act after it, none.
/// </summary>
public sealed class FoundingDecisionTests
{
    private static readonly PlanParser Parser = new();

    private static List<string> Texts(string text) => Parser.Parse(text).Citations.Select(c => c.Text).ToList();

    // la-023 (LĐLĐ huyện Thạnh Phú, 2020), kl-019 (Hội LHPN xã Lộc Hưng), ku-056 (UBND xã Hương Bình, 2025).
    [Theory]
    [InlineData("Ban Thường vụ Huyện đã tổ chức buổi lễ công bố quyết định thành lập Chi bộ LĐLĐ huyện.", "quyết định thành lập Chi bộ LĐLĐ huyện")]
    [InlineData("Tại hội nghị, Ban Tổ chức đã công bố Quyết định thành lập Hội LHPN xã Lộc Hưng sau sáp nhập, chỉ định Ban Chấp hành gồm 28 đồng chí.", "Quyết định thành lập Hội LHPN xã Lộc Hưng sau sáp nhập")]
    [InlineData("Chủ tịch UBND xã Hương Bình ký ban hành quyết định về thành lập Ban bầu cử đại biểu HĐND xã Hương Bình khóa XXII, nhiệm kỳ 2026 – 2031.", "quyết định về thành lập Ban bầu cử đại biểu HĐND xã Hương Bình khóa XXII")]
    public void A_decision_named_by_the_body_it_founds_is_cited(string text, string cited)
    {
        Assert.Equal([cited], Texts(text));
    }

    // kn (a hospital page), la-025, ju-064 (Đảng ủy xã Thanh Thủy).
    [Theory]
    [InlineData("Sở Y tế đã có quyết định thành lập.")]
    [InlineData("Đảng ủy đã công bố quyết định thành lập 28 chi bộ trực thuộc.")]
    [InlineData("Đảng ủy xã Thanh Thủy đã ban hành quyết định thành lập Ban Chỉ đạo công tác bầu cử; đồng thời xây dựng các văn bản hướng dẫn.")]
    public void A_founding_with_no_body_a_count_or_only_issued_cites_nothing(string text)
    {
        Assert.Empty(Texts(text));
    }
}
