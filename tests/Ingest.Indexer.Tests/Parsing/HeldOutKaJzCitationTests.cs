using static Ingest.Indexer.Tests.Parsing.CitationRows;

namespace Ingest.Indexer.Tests.Parsing;

/// <summary>
/// Citations the held-out `ka-` and `jz-` batches (tests/corpus/README.md, "Decided with the `ka` batch", "`jz`") showed
/// written in ways the finder missed: a "Số:" label inside a sentence, a company's serial in two parts before a year, a
/// date after the issuer's defined abbreviation or after an acronym, a clause's opening date over a dotted place name,
/// a department's "Sở" inside a regulation's name. Each row names where its text was seen; near misses keep what the
/// rules do not make certain.
/// </summary>
public sealed class HeldOutKaJzCitationTests
{
    [Theory]
    // ka-020 (a forum's post listing the letters it relies on): the label's capital, but the line names the issuer.
    [InlineData("Công văn Số: 3050/SXD-CL&VL ngày 14 tháng 11 năm 2016 của Sở Xây Dựng Quảng Ngãi về việc công bố giá vật liệu xây dựng tháng 10 năm 2016 trên địa bàn Tỉnh Quảng Ngãi.",
        new[] { "Công văn|3050/SXD-CL&VL|2016-11-14" })]
    public void A_number_line_that_names_its_issuer_is_a_citation(string text, string[] rows)
    {
        Assert.Equal(Expected(rows), Read(text));
    }

    [Theory]
    // ka-001 (a customs department's reply): a company's serial in two parts, then a year, then its codes.
    [InlineData("Trả lời công văn số 01-10/2025/CV-TKV của Công ty TNHH Tokokosen về việc vướng mắc chính sách mặt hàng, Cục Hải quan có ý kiến như sau:",
        new[] { "Công văn|01-10/2025/CV-TKV|-" })]
    // Near miss: a range of days and a month is no serial without codes after it.
    [InlineData("Thực hiện Kế hoạch số 12/KH-UBND, tổ chức từ ngày 01-10/2025 tại trụ sở.", new[] { "Kế hoạch|12/KH-UBND|-" })]
    public void A_companys_serial_in_two_parts_may_carry_a_year(string text, string[] rows)
    {
        Assert.Equal(Expected(rows), Read(text));
    }

    [Theory]
    // ka-012 (a Sở's plan for a STEM visit): the issuer's abbreviation defined in brackets, then the date; the
    // abbreviation as the issuer, then the date.
    [InlineData("Thực hiện Kế hoạch số 199/KH-BGDĐT của Bộ Giáo dục và Đào tạo (GDĐT) ngày 05 tháng 02 năm 2026 về việc nghiên cứu; Công văn số 1849/BGDĐT-GDPT của Bộ GDĐT ngày 10 tháng 4 năm 2026 về việc kiểm tra.",
        new[] { "Kế hoạch|199/KH-BGDĐT|2026-02-05", "Công văn|1849/BGDĐT-GDPT|2026-04-10" })]
    // Near miss: a bracket that is no abbreviation keeps the date away.
    [InlineData("Thực hiện Kế hoạch số 199/KH-BGDĐT của Bộ Giáo dục và Đào tạo (năm học 2025) ngày 05 tháng 02 năm 2026 tổ chức họp.",
        new[] { "Kế hoạch|199/KH-BGDĐT|-" })]
    public void A_date_after_the_issuers_abbreviation_is_the_documents(string text, string[] rows)
    {
        Assert.Equal(Expected(rows), Read(text));
    }

    [Theory]
    // jz-038 (vneconomy.vn): "TP.HCM" in the body that issues it.
    [InlineData("Ngày 14/11/2025, Hội đồng nhân dân TP.HCM ban hành Nghị quyết số 56/2025/NQ-HĐND về quy định mức hỗ trợ mức đóng bảo hiểm y tế.",
        new[] { "Nghị quyết|56/2025/NQ-HĐND|2025-11-14" })]
    // Near miss: a sentence's stop between the date and the body ends the clause.
    [InlineData("Ngày 14/11/2025, Hội đồng họp. Sau đó HĐND ban hành Nghị quyết số 56/2025/NQ-HĐND về mức hỗ trợ.",
        new[] { "Nghị quyết|56/2025/NQ-HĐND|-" })]
    public void A_dotted_place_name_does_not_end_the_clause_of_an_opening_date(string text, string[] rows)
    {
        Assert.Equal(Expected(rows), Read(text));
    }

    [Theory]
    // ka-010 (Cục Thuế Hà Nội's reply): the company's code first, then its serial and year, after "công văn số".
    [InlineData("Trả lời công văn số TDV/01-2020 đề ngày 22/09/2020 của Công ty TNHH Trancy Distribution (Việt Nam) hỏi về chính sách thuế, Cục Thuế TP Hà Nội có ý kiến như sau:",
        new[] { "Công văn|TDV/01-2020|2020-09-22" })]
    // Near miss: without "số" a code and a period are no number.
    [InlineData("Theo công văn TDV/01-2020 gửi Cục Thuế, công ty hỏi về chính sách thuế.", new string[0])]
    public void A_companys_code_first_number_after_so_is_a_symbol(string text, string[] rows)
    {
        Assert.Equal(Expected(rows), Read(text));
    }

    [Theory]
    // ka-022 (dotchuoinon.com): the bare number, then the letter's quoted subject line, then who signed it and when.
    [InlineData("Báo Tiền Phong đã nhận công văn 327 “V/v làm rõ một số nội dung trong các bài viết của báo Tiền Phong” do ông Doãn Hữu Long giám đốc Sở Y tế Đắk Lắk (SYT) ký ngày 22/2/2017.",
        new[] { "Công văn|327|2017-02-22" })]
    // Near miss: a quote that is no "V/v" line gives a bare number no evidence.
    [InlineData("Báo đã nhận công văn 327 “làm rõ hơn các nội dung đã nêu” của Sở.", new string[0])]
    public void A_bare_letter_number_with_its_quoted_subject_line_is_cited(string text, string[] rows)
    {
        Assert.Equal(Expected(rows), Read(text));
    }
}
