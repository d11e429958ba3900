using Ingest.Indexer.Parsing;

namespace Ingest.Indexer.Tests.Parsing;

/// <summary>
/// A quoted subject right after a capitalized type word and its number names one document, as "về" and a subject do:
/// "các Đề án: Đề án 938 “Tuyên truyền, giáo dục, vận động, hỗ trợ phụ nữ …”; Đề án  939  “Hỗ trợ phụ nữ khởi nghiệp
/// giai đoạn 2017 – 2025”" (kz-073, Hội LHPN huyện Mai Sơn).
/// </summary>
public sealed class QuotedSubjectTests
{
    private static readonly PlanParser Parser = new();

    private static List<(string Type, string? Number)> Cited(string text) =>
        Parser.Parse(text).Citations.Select(c => (c.Type, c.Number)).ToList();

    [Fact]
    public void A_number_before_a_quoted_subject_is_cited()
    {
        Assert.Equal([("Đề án", "938"), ("Đề án", "939")],
            Cited("Hội tổ chức Hội nghị triển khai các Đề án: Đề án 938 “Tuyên truyền, giáo dục phụ nữ giai đoạn 2018 – 2027”; Đề án  939  “Hỗ trợ phụ nữ khởi nghiệp giai đoạn 2017 – 2025” cho hội viên."));
    }

    [Fact]
    public void A_lower_case_type_word_before_a_quote_is_no_citation()
    {
        Assert.Empty(Cited("Các chi hội thực hiện đề án 3 “mô hình sinh kế” tại thôn."));
    }
}
