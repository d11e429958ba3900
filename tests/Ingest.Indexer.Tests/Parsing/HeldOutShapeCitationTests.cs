using Ingest.Indexer.Parsing;
using Ingest.Indexer.Parsing.Citations;
using Ingest.Indexer.Parsing.Tables;

using static Ingest.Indexer.Tests.Parsing.CitationRows;

namespace Ingest.Indexer.Tests.Parsing;

/// <summary>
/// The shapes the held-out batches (`ii-`, `ij-`, tests/corpus/passages) showed missed, read by general rules of the
/// symbol grammar (Nghị định 30/2020/NĐ-CP, the Law on legal documents, Hướng dẫn 36-HD/VPTW): Party personnel codes
/// typed in the state layout, word-segmented text, codes in mixed case or joined by '&amp;', a body's code and a unit's
/// after a slash, a law's type word before another type's code. Each row names where its shape was seen.
/// </summary>
public sealed class HeldOutShapeCitationTests
{
    private static readonly PlanParser Parser = new();
    private static readonly SymbolParser Symbols = new(DomainTables.Default);

    [Theory]
    // ii-009 (an encyclopaedia page): a notice of the Bộ Chính trị's personnel work, slashes for the hyphen, TƯ for TW.
    [InlineData("chỉ định làm Bí thư Tỉnh ủy Bình Trị Thiên - Thông báo số 2573/TBNS/TƯ.", new[] { "Thông báo|2573-TBNS/TW|-" })]
    // ii-003, ii-012, ii-021: the same codes in the Party layout, from three pages.
    [InlineData("Ngày 12/12/1996, Bộ Chính trị đã ra Quyết định số 117-QĐNS/TW thành lập Đảng bộ Phú Thọ.", new[] { "Quyết định|117-QĐNS/TW|1996-12-12" })]
    [InlineData("Ban Tổ chức Trung ương công bố Quyết định số 1961-QĐNS/TW ngày 28/3/2020 của Bộ Chính trị phân công bà.", new[] { "Quyết định|1961-QĐNS/TW|2020-03-28" })]
    // ii-020: "kỷ luật" is a common noun, and "kỷ" is not the verb "ký": the date of "công bố" is not the decision's.
    [InlineData("Ngày 16 tháng 9 năm 2016, Đoàn Kiểm tra công bố quyết định thi hành kỷ luật số 355/QĐNS/TW của Ban Bí thư đối với đồng chí.",
        new[] { "Quyết định|355-QĐNS/TW|-" })]
    public void Party_personnel_codes_read_in_the_party_layout_whatever_the_separators(string text, string[] rows)
    {
        Assert.Equal(Expected(rows), Read(text));
    }

    [Theory]
    // A Front's notice and a people's committee's old decision keep their own slash: no Party body (README, ii- rules).
    [InlineData("03/TB/MTTQ", "03/TB/MTTQ")]
    [InlineData("12/TBNS/UBND", "12/TBNS/UBND")]
    public void A_personnel_code_before_no_party_body_stays_as_written(string written, string number)
    {
        Assert.Equal(number, Symbols.ParseLoose(written)!.Number);
    }

    [Theory]
    // ii-042 to ii-045: a classification corpus's word-segmented article (VnCoreNLP-style, spaces around punctuation).
    [InlineData("cần thực_hiện có hiệu_quả Nghị_quyết Trung_ương 4 khoá XI : Một_số vấn_đề cấp_bách về xây_dựng Đảng hiện_nay .",
        new[] { "Nghị quyết|-|-" })]
    [InlineData("phải bảo_đảm tiêu_chuẩn cấp_uỷ_viên theo quy_định của Điều_lệ Đảng , chú_ý đến cơ_cấu thành_phần dân_tộc .",
        new[] { "Điều lệ|-|-" })]
    [InlineData("Thực_hiện Chỉ_thị số 10-CT / TW ngày 30-3-2007 của Ban Bí_thư Trung_ương Đảng khoá X về nâng_cao chất_lượng sinh_hoạt chi_bộ",
        new[] { "Chỉ thị|10-CT/TW|2007-03-30" })]
    // Public NLP code keys legal types as a segmenter prints them ("nghị_định", "quyết_định", "Thông_tư liên_tịch").
    [InlineData("Căn_cứ Nghị_định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính_phủ về công_tác văn_thư ;",
        new[] { "Nghị định|30/2020/NĐ-CP|2020-03-05" })]
    public void Underscores_joining_syllables_read_as_spaces(string text, string[] rows)
    {
        Assert.Equal(Expected(rows), Read(text));
    }

    [Fact]
    public void Underscores_of_slugs_and_codes_in_capitals_stay_joins()
    {
        // "Thong_tu_05_2012" (ASCII, a file name) and "62/QĐ_HĐBT" (codes) are not segmented text.
        Assert.Equal(Expected(["Thông tư|05/2012/TT-BKH|-"]), Read("tải về Thong_tu_05_2012_TT-BKH.doc"));
        Assert.Equal("62/QĐ-HĐBT", Symbols.ParseLoose("62/QĐ_HĐBT")!.Number);
        var view = Ingest.Indexer.Text.TextViewBuilder.Build("Điều_lệ Đảng CHỈ_THỊ_TỐI_CAO");
        Assert.Equal("Điều lệ Đảng CHỈ_THỊ_TỐI_CAO", view.Normalized);
    }

    [Theory]
    // ij- (a Phòng LĐTB&XH's Tờ trình, OCR 2010) and the rules' own mixed-case codes (CTr, TTr, GDTrH): a code between hyphens.
    [InlineData("312 /TT-Tr-LDTB&XH", "312/TT-Tr-LDTB&XH")]
    [InlineData("1635/SGDĐT-GDTrH-KT", "1635/SGDĐT-GDTrH-KT")]
    // ii-034 (a Sở's letter, 2025) and hy-hdnd-quan-tan-phu (a district council's report, 2006): a body's code, a slash, a code and its unit.
    [InlineData("số 5542/SO/XD-QLHTKT", "5542/SO/XD-QLHTKT")]
    [InlineData("số 06/HĐND/BCTT-PC", "06/HĐND/BCTT-PC")]
    // ig-phong-ldtbxh-tan-tru (OCR 2010): a department's code with '&' after a space where its hyphen was.
    [InlineData("số 630/CV SLĐTB&XH", "630/CV-SLĐTB&XH")]
    [InlineData("Hướng dẫn số 624/HD.PGDĐT", "624/HD.PGDĐT")]
    // ih-hdnd-lang-son-27-2002-NQ-thuviennhadat: a council's term glued to its code ("K" for khóa) is no unit to split off.
    [InlineData("Số: 27/2002/NQ-HĐNDKXIII", "27/2002/NQ-HĐNDKXIII")]
    public void Codes_no_list_fixes_are_read_whole_and_kept_as_written(string written, string number)
    {
        Assert.Equal(number, Symbols.ParseLoose(written)!.Number);
    }

    [Theory]
    // A word, not a code, between a symbol and the rest of its sentence still ends it.
    [InlineData("số 15/KH-UBND ngày 12/3/2020", "15/KH-UBND")]
    [InlineData("số 630/CV Sở Lao động", "630/CV")]
    [InlineData("số 5542/SO/Xây dựng", "5542/SO")]
    public void Words_after_a_symbol_are_not_taken_for_codes(string written, string number)
    {
        Assert.Equal(number, Symbols.ParseLoose(written)!.Number);
    }

    [Fact]
    public void A_law_type_word_before_a_symbol_with_another_types_code_takes_the_codes_type()
    {
        // A law is numbered number/year/QHxx with no type code (Law on legal documents): "luật số 35/2018/QH14" stays a Luật.
        Assert.Equal(Expected(["Luật|35/2018/QH14|-"]), Read("Căn cứ Luật số 35/2018/QH14 sửa đổi, bổ sung một số điều."));
        Assert.Equal(Expected(["Quyết định|12/QĐ-UBND|-"]), Read("ra quyết định xử lý kỷ luật số 12/QĐ-UBND đối với ông A."));
    }

    [Theory]
    // in-cuc-hai-quan-3799-CHQ-GSQL-2025-repo: a company numbers its letters in two parts joined by a hyphen.
    [InlineData("Trả lời công văn số 25-2303/PBHC-KD\ncủa Tổng Công ty Phân bón và Hóa chất Dầu khí – CTCP về việc số lượng hàng", new[] { "Công văn|25-2303/PBHC-KD|-" })]
    [InlineData("Trả lời công văn số 25-2303/PBHC-KD ngày 25/3/2025 của Tổng Công ty", new[] { "Công văn|25-2303/PBHC-KD|2025-03-25" })]
    // Near misses: alone in running text, the same shape is a span of years before a slash.
    [InlineData("trong giai đoạn 2021-2025/KH của ngành, tỷ lệ đạt 95%.", new string[0])]
    public void A_serial_in_two_parts_is_read_where_a_type_word_or_so_introduces_it(string text, string[] rows) =>
        Assert.Equal(Expected(rows), Read(text).Where(c => c.Number is not null).ToList());

    [Theory]
    // io-bo-noi-vu-cv-8151-2025-pdf (a Nơi nhận item) and hy-037: right after a citing word the glued form counts alone.
    [InlineData("- Các Thành viên TCT CCHC theo QĐ932;", new[] { "Quyết định|932|-" })]
    // The short-form rule (tests/corpus/README.md): alone, its number stays as written; it is still one Quyết định cited.
    [InlineData("Thực hiện QĐ45, huyện đã rà soát các hộ nghèo.", new[] { "Quyết định|45|-" })]
    [InlineData("Ngày 01/7/2013, Bộ Xây dựng ban hành Thông tư số 09/2013/TT-BXD hướng dẫn thực hiện QĐ22 trong đó quy định các tỉnh",
        new[] { "Thông tư|09/2013/TT-BXD|2013-07-01", "Quyết định|22|-" })]
    // Near misses: after other words, with no full citation in the text, a form's code or a file mark is no citation.
    [InlineData("- Các sở, ngành TP (kèm QĐ06);", new string[0])]
    [InlineData("người đến làm việc dài hạn ở địa phương khác là mẫu CT01 Phụ lục ban hành kèm theo", new string[0])]
    public void A_glued_short_form_after_a_citing_word_is_a_citation_of_its_own(string text, string[] rows) =>
        Assert.Equal(Expected(rows), Read(text).Where(c => c.Number is not null).ToList());

    [Fact]
    public void A_symbol_glued_to_its_type_abbreviation_takes_the_abbreviation_as_its_type_word()
    {
        // io-bo-noi-vu-cv-8151-2025-pdf's Nơi nhận item with the decision's whole symbol, as such items also write it.
        var c = Assert.Single(Parser.Parse("- Các Thành viên TCT CCHC theo QĐ932/QĐ-UBND;").Citations);
        Assert.Equal(("Quyết định", "932/QĐ-UBND", "QĐ932/QĐ-UBND"), (c.Type, c.Number, c.Text));
    }
}
