using Ingest.Indexer.Model;
using Ingest.Indexer.Parsing;

namespace Ingest.Indexer.Tests.Parsing;

/// <summary>
/// Table tests for forms of citation that the grammar reads back although the writer or the copy bent them: a type's
/// abbreviation glued to a serial and year, serials listed after one type word without "số", a joint document's
/// issuers set apart by a space. Each rule has sentences it must read and look-alikes it must leave alone; the
/// sentences are written for these tests in the way reports and plans write.
/// </summary>
public sealed class CitationRecallTests
{
    private static readonly PlanParser Parser = new();

    private static IReadOnlyList<Citation> Cite(string text) => Parser.Parse(text).Citations;

    [Theory]
    [InlineData("Nhà trường công khai thông tin theo TT58/2012 của Bộ Giáo dục và Đào tạo.", "Thông tư", "58/2012")]
    [InlineData("Hồ sơ lập theo đúng mẫu tại QĐ15/2019, đã được sửa đổi.", "Quyết định", "15/2019")]
    public void An_abbreviation_glued_to_a_serial_and_year_names_one_document(string text, string type, string number)
    {
        var c = Assert.Single(Cite(text));
        Assert.Equal((type, number), (c.Type, c.Number));
    }

    [Theory]
    [InlineData("Phòng học số TT58 nằm ở tầng 2.")] // a room's code, no year
    [InlineData("Hồ sơ lưu tại mã UBND-TT15/2019 và NQ-TT12/2019.")] // inside a longer code
    public void A_glued_abbreviation_without_a_year_or_inside_a_code_is_not_cited_alone(string text) =>
        Assert.DoesNotContain(Cite(text), c => c.Number is "58" or "12/2019" or "15/2019");

    [Fact]
    public void Serials_listed_after_a_type_word_without_so_are_each_a_document()
    {
        var found = Cite("Hội viên tiếp tục thực hiện hai Nghị quyết 07, 08 (khóa IX) của Trung ương Hội Cựu chiến binh.");
        Assert.Equal(["07", "08"], found.Where(c => c.Type == "Nghị quyết").Select(c => c.Number));
    }

    [Theory]
    [InlineData("Kế hoạch 5, 6 tháng đầu năm của các xã đều đạt.")] // periods, not documents
    [InlineData("Trong các tháng 7, 8 của năm học, nhà trường nghỉ hè.")]
    public void Numbers_listed_without_a_type_word_or_its_issuer_are_not_documents(string text) =>
        Assert.DoesNotContain(Cite(text), c => c.Number is "5" or "6" or "7" or "8");

    [Fact]
    public void A_joint_documents_issuer_set_apart_by_a_space_stays_in_its_symbol()
    {
        var c = Assert.Single(Cite("Thực hiện Thông tư liên tịch số 05/2024/TTLT/BNV-BTC BLĐTBXH ngày 12/3/2024 của ba bộ;"));
        Assert.Equal(("05/2024/TTLT-BNV-BTC-BLĐTBXH", "2024-03-12"), (c.Number, c.Date));
    }

    [Fact]
    public void A_word_in_capitals_after_a_joint_symbol_is_not_an_issuer()
    {
        var c = Assert.Single(Cite("THÔNG TƯ LIÊN TỊCH SỐ 05/2024/TTLT/BNV-BTC HƯỚNG DẪN CHẾ ĐỘ"));
        Assert.Equal("05/2024/TTLT-BNV-BTC", c.Number);
    }

    [Fact]
    public void A_type_word_that_lost_its_letters_beyond_latin1_still_introduces_a_symbol()
    {
        var c = Assert.Single(Cite("Căn c Quy t nh s 1250/QĐ-UBND ngày 12 tháng 5 năm 2020 c a UBND t nh;"));
        Assert.Equal(("Quyết định", "1250/QĐ-UBND", "2020-05-12"), (c.Type, c.Number, c.Date));
    }

    [Fact]
    public void A_law_named_in_text_that_lost_its_letters_is_cited_by_name() =>
        Assert.Contains(Cite("Căn c Lu t Ngân sách nhà n c ngày 25 tháng 6 năm 2015;"), c => c.Type == "Luật" && c.Number is null);

    [Theory]
    [InlineData("Sau trận lụt Thanh Hóa năm 2017, tỉnh đã khắc phục hậu quả.")] // "lụt" folds to "lut": the marks are written
    [InlineData("Nhà văn Ngh nh ngày 3 tháng 2 năm 2020 ra sách mới.")] // no number after it, no name
    public void Words_that_only_fold_like_a_damaged_type_word_are_no_citation(string text) =>
        Assert.Empty(Cite(text));

    [Theory]
    [InlineData("Thực hiện Chỉ thị s8 ~5/CT-UBND ngày 12/3/2021 của UBND tỉnh;")]
    [InlineData("Căn cứ Kế hoạch số 45/KH-UB~D ngày 12/3/2021;")]
    public void A_symbol_touching_an_unreadable_glyph_is_not_read_as_written(string text) =>
        Assert.DoesNotContain(Cite(text), c => c.Number is "5/CT-UBND" or "45/KH-UB");

    [Theory]
    [InlineData("Căn cứ Quyết định số 512/QĐ/BYT-KCB ngày 05/3/2019 của Bộ Y tế;", "512/QĐ-BYT-KCB")]
    // A space before the slash, a ministry's code after it.
    [InlineData("Căn cứ Quyết định số 215/QĐ /BTC ngày 05/3/2019 của Bộ Tài chính;", "215/QĐ-BTC")]
    // An older body's lone code after the slash stays as written.
    [InlineData("Căn cứ Chỉ thị số 07/1999/CT/UB ngày 05/3/1999 của UBND thành phố;", "07/1999/CT/UB")]
    public void A_slash_between_a_type_code_and_an_issuer_with_its_unit_is_the_rules_hyphen(string text, string number) =>
        Assert.Equal(number, Assert.Single(Cite(text)).Number);
}

