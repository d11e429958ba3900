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

    [Theory]
    // kh-039: issued on the date that opens the clause, the subject with no "về việc".
    [InlineData("Ngày 15/3/2024, UBND huyện Hải Lăng đã ban hành quyết định công nhận 5 xã đạt chuẩn nông thôn mới nâng cao năm 2023.", "Quyết định")]
    // ko-014: a resolution a council adopts.
    [InlineData("Tại kỳ họp, HĐND tỉnh biểu quyết thống nhất thông qua nghị quyết miễn nhiệm chức danh Ủy viên UBND tỉnh đối với ông Trần Văn Hòa.", "Nghị quyết")]
    public void A_lower_case_document_word_right_after_the_act_names_its_subject(string text, string type)
    {
        var cite = Assert.Single(Cite(text), c => c.Number is null);
        Assert.Equal(type, cite.Type);
    }

    [Theory]
    // jq-078, co-066: a news lead's undated "vừa ban hành" with a lower-case word and no "về việc".
    [InlineData("Bộ Y tế vừa ban hành hướng dẫn sắp xếp và tổ chức lại các cơ sở y tế tại các tỉnh sau khi sáp nhập.")]
    // dc-115: a report adopted at a meeting is no resolution.
    [InlineData("Tại hội nghị đã thông qua báo cáo hoạt động trong tháng Thanh niên đạt 16/17 chỉ tiêu theo kế hoạch.")]
    // kh-017: plural, "các quyết định của UBND xã về việc …".
    [InlineData("Thực hiện các quyết định của UBND xã về việc thành lập các tổ chuyển đổi số cộng đồng xã, thôn, xã đã tổ chức lễ ra mắt.")]
    // kz-009: the last of a list of type words, sharing their issuer and subject.
    [InlineData("Chi bộ đã bám sát kế hoạch, hướng dẫn của Đảng ủy xã về tổ chức đại hội chi bộ nhiệm kỳ 2025-2027.")]
    public void A_lower_case_document_word_undated_adopted_as_a_report_plural_or_listed_is_no_citation(string text)
    {
        Assert.DoesNotContain(Cite(text), c => c.Number is null);
    }

    [Fact]
    public void An_urgent_letter_reported_signed_and_sent_with_its_trich_yeu_is_cited_by_name()
    {
        // kb-020, verbatim: "hỏa tốc" stands between the type word and "gửi".
        var cited = Assert.Single(Cite("Chiều nay ngày 26/3/2020, thay mặt Ban Thường vụ Tỉnh ủy, Phó Bí thư Thường trực Tỉnh ủy Bùi Thanh Hà đã ký công văn hỏa tốc gửi Ban Thường vụ các huyện ủy, thị ủy, Thành ủy Huế và đảng ủy trực thuộc Tỉnh ủy về việc tạm dừng tổ chức đại hội đảng các cấp."));
        Assert.Equal(("Công văn", null), (cited.Type, cited.Number));
        Assert.StartsWith("tạm dừng tổ chức đại hội", cited.Subject);
    }

    [Fact]
    public void An_urgent_letter_a_body_has_with_no_report_of_its_issuing_is_no_citation()
    {
        // ka-024, verbatim (a negative, as ju-022's "công văn khẩn").
        Assert.Empty(Cite("(THPL) Ngày 27/3, Sở Y tế TP. Hồ Chí Minh có công văn khẩn gửi đến Sở Ngoại vụ, UBND quận/huyện, Trung tâm kiểm soát Bệnh tật Thành phố, Trung tâm y tế quận/huyện về việc xuất cảnh của công dân nước ngoài đang cách ly y tế."));
    }

    // le-022 (a commune council's session, 2021) and cp-vpcp-tb-2019-247: "nghe báo cáo" (a drafting phrase that ends with
    // the type word) is the report presented at the meeting, no document cited.
    [Theory]
    [InlineData("Tại kỳ họp, các đại biểu được nghe báo cáo của UBBC xã về kết quả bầu cử đại biểu HĐND xã khóa XX.")]
    [InlineData("Sau khi nghe báo cáo của Ban Chỉ đạo Trung ương về phòng, chống thiên tai, Thủ tướng kết luận.")]
    public void A_report_heard_at_a_meeting_is_no_document(string text)
    {
        Assert.Empty(Cite(text));
    }

    // The near miss: the same report adopted by the session is one document.
    [Fact]
    public void A_report_adopted_is_still_cited()
    {
        var cited = Assert.Single(Cite("Tại kỳ họp, các đại biểu đã thông qua báo cáo của UBBC xã về kết quả bầu cử đại biểu HĐND xã khóa XX."));
        Assert.Equal("báo cáo của UBBC xã", cited.Text);
    }
}

