using Ingest.Indexer.Model;
using Ingest.Indexer.Parsing;

namespace Ingest.Indexer.Tests.Parsing;

/// <summary>
/// A document word in lower case named with its issuer and its subject, or with a trích yếu's "về việc" where the text
/// reports it issued or sent, is one document cited by name (tests/corpus/README.md, the twentieth session's rule on
/// lower-case document words). Sentences shaped on the corpus passages named in each row.
/// </summary>
public sealed class LowerCaseNamingTests
{
    private static readonly PlanParser Parser = new();

    private static IReadOnlyList<Citation> Cite(string text) => Parser.Parse(text).Citations;

    [Theory]
    // ih-059, jm-053: announced or handed over, with its issuer and subject.
    [InlineData("Tại Đại hội đã công bố quyết định của Ban Thường vụ Huyện đoàn về việc chỉ định Ban Chấp hành Đoàn xã khóa I.", "Quyết định")]
    // id-021: a council's resolution, its body right after the type word.
    [InlineData("Thường trực HĐND huyện giám sát việc thực hiện nghị quyết HĐND về phát triển kinh tế - xã hội năm 2019 tại xã.", "Nghị quyết")]
    // jl-032, jm-044: reported signed, a trích yếu and no issuer.
    [InlineData("Chiều 18.7, Chủ tịch UBND tỉnh đã ký ban hành quyết định về việc áp dụng biện pháp giãn cách xã hội trên toàn tỉnh.", "Quyết định")]
    // jd-002, jm-045: a letter sent to its recipients about its subject.
    [InlineData("Bộ Y tế đã có công điện gửi Chủ tịch UBND các tỉnh, thành phố về việc tăng cường phòng chống dịch bệnh năm 2022.", "Công điện")]
    public void A_lower_case_document_word_with_issuer_or_trich_yeu_is_cited_by_name(string text, string type)
    {
        var cite = Assert.Single(Cite(text), c => c.Number is null);
        Assert.Equal(type, cite.Type);
    }

    [Theory]
    // ia-046: no issuer, no subject.
    [InlineData("UBND huyện vừa có thông báo tạm hoãn tổ chức lễ hội năm nay.")]
    // The verb: the text's own notice.
    [InlineData("UBND xã thông báo về việc tổ chức tiêm chủng cho trẻ em trên địa bàn.")]
    // hy-060: "văn bản" is any text.
    [InlineData("Bộ Nông nghiệp và Môi trường vừa có văn bản gửi các tỉnh, thành về việc thực hiện chính quyền địa phương 2 cấp.")]
    // hz-072: a purpose before "về việc" says what it praised, not its subject.
    [InlineData("Bộ trưởng Bộ Công an có công điện gửi công an 19 tỉnh, thành phố để biểu dương về việc hoàn thành chỉ tiêu cấp căn cước.")]
    // jq-072: "báo cáo" as a verb, a body right after it whom the report goes to.
    [InlineData("Theo yêu cầu của Thủ tướng, các bộ, ngành, địa phương báo cáo Thủ tướng về tình hình và kết quả khắc phục hậu quả bão.")]
    [InlineData("Các xã thông báo UBND huyện về kết quả thực hiện trước ngày 15 hằng tháng.")]
    // dc-232: a plan in lower case stays no citation.
    [InlineData("UBND xã đã ban hành kế hoạch của Ban Chỉ đạo xã về việc tổ chức Tết Trồng cây năm 2024.")]
    public void A_lower_case_document_word_without_them_is_no_citation(string text)
    {
        Assert.DoesNotContain(Cite(text), c => c.Number is null);
    }
}
