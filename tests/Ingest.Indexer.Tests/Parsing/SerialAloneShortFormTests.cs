using static Ingest.Indexer.Tests.Parsing.CitationRows;

namespace Ingest.Indexer.Tests.Parsing;

/// <summary>
/// A type whose documents are known by number (numberAlone) names one by its serial when the type word is abbreviated or,
/// after a relation ("theo", "thực hiện"), in lower case, with no full citation in the same text; the number stays as
/// written (tests/corpus/README.md, short forms: jl-009, jl-010, ka-023, kz-063). Verbatim passages of the corpus.
/// </summary>
public sealed class SerialAloneShortFormTests
{
    [Theory]
    // jl-009 (a provincial paper on Nghị quyết 57-NQ/TW)
    [InlineData("Sau thời gian triển khai, NQ 57 đã đi vào cuộc sống bằng sự thay đổi trong tư duy lãnh đạo, quản lý và hành động ở mọi cấp, mọi ngành; mang đến những chuyển biến và hiệu quả rất tích cực.",
        new[] { "Nghị quyết|57|-" })]
    // ka-023 (a paper on the letters of Sở Y tế Đắk Lắk)
    [InlineData("Theo CV 327, thì cùng ngày 22/2  SYT còn có CV 321 “trả lời các nội dung nêu trong bài”, còn CV này chỉ “làm rõ hơn các nội dung đã nêu”.",
        new[] { "Công văn|327|-", "Công văn|321|-" })]
    // kn-024 (a school's list of documents), the end of its line
    [InlineData("KE,F THEO TT 15 CỦA BGD",
        new[] { "Thông tư|15|-" })]
    // kn-064
    [InlineData("Hướng dẫn đánh giá học sinh Tiểu học theo thông tư 22",
        new[] { "Thông tư|22|-" })]
    public void A_serial_after_an_abbreviation_or_a_relation_names_one_document(string text, string[] rows)
    {
        Assert.Equal(Expected(rows), Read(text));
    }

    [Fact]
    public void A_lower_case_serial_carried_out_is_cited_beside_another_decision()
    {
        // jl-059 (Báo Nghệ An): "quyết định 217" keeps its number; 218-QĐ/TW is another document.
        const string text = "(Baonghean.vn) - Sáng 27/6, Đảng ủy Khối CCQ tỉnh tổ chức hội nghị quán triệt, triển khai thực hiện quyết định 217 về ban hành quy chế giám sát và phản biện xã hội của MTTQ Việt Nam, các đoàn thể chính trị- xã hội; Quyết định 218-QĐ/TW, ngày 12-12-2013 của Bộ Chính trị về ban hành Quy định việc MTTQ Việt Nam, các đoàn thể chính trị- xã hội và nhân dân tham gia góp ý xây dựng Đảng, xây dựng chính quyền.";
        Assert.Equal(["217", "218-QĐ/TW"], Read(text).Select(c => c.Number));
    }

    [Theory]
    // Near misses. ko-012 and lm-004: a lower-case type word that is the verb ("quyết định 13 nội dung", "thông báo 12
    // đến"); a serial in a run of numbers (a file name in a portal's title, jb-tong-cuc-thue-cv-2023-4222-ocr); one digit;
    // a type not known by its number alone.
    [InlineData("Tại kỳ họp này, HĐND tỉnh Đồng Nai sẽ tiếp tục xem xét, quyết định 13 nội dung quan trọng của tỉnh liên quan đến lĩnh vực kinh tế - xã hội, tài chính, quy hoạch, giao thông, môi trường.")]
    [InlineData("Ủy ban nhân dân phường thông báo 12 đến Trạm Y tế phường, các ban ngành, đoàn thể thực hiện một số nội dung như sau:")]
    [InlineData("title: \"CV Undated CV 5029 91123 TCT Ban hanh\"")]
    [InlineData("Theo CV 5, các đơn vị báo cáo kết quả.")]
    [InlineData("Theo KH 57, các đơn vị báo cáo kết quả.")]
    public void A_verb_a_run_of_numbers_or_a_single_digit_cites_nothing(string text)
    {
        Assert.Empty(Read(text));
    }
}
