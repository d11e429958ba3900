using Ingest.Indexer.Parsing.Header;
using Ingest.Indexer.Parsing.Places;
using Ingest.Indexer.Parsing.Tables;
using Ingest.Indexer.Text;

namespace Ingest.Indexer.Tests.Parsing;

/// <summary>
/// HeaderTitleReader.ReadHeading passes over, before folding them, the header's lines that cannot be its type heading: a
/// body's paragraph longer than a heading and its draft mark, and a line whose first letters are two small ones (no type
/// word opens it in capitals). The headings themselves, with their title on the line or a draft's mark before them, are
/// read as before.
/// </summary>
public sealed class HeadingLinesPassedOverTests
{
    private static readonly HeaderTitleReader Titles = new(DomainTables.Default,
        new IssuerUnitReader(DomainTables.Default, new ProvinceGazetteer(DomainTables.Default)), []);

    private static (string? Type, int Line, string? Title) Heading(string text)
    {
        var (type, _, line, title) = Titles.ReadHeading(PlanLineSplitter.Split(text));
        return (type?.Name, line, title);
    }

    // tests/corpus/documents/dc-xa-dan-luc-bau-cu-2021.txt, its first line: the heading in capitals, the title in sentence case.
    [Fact]
    public void A_heading_in_capitals_with_its_title_in_sentence_case_on_its_line_is_read()
    {
        var (type, line, title) = Heading("KẾ HOẠCH Thông tin, tuyên truyền Cuộc bầu cử đại biểu Quốc hội khóa XV và bầu cử đại biểu Hội "
            + "đồng Nhân dân các cấp, nhiệm kỳ 2021- 2026\n\nNgày 06/04/2021 23:23:18\n\nUỶ BAN NHÂN DÂN\n\nXÃ DÂN LỰC\n");
        Assert.Equal(("Kế hoạch", 0), (type, line));
        Assert.Equal("Thông tin, tuyên truyền Cuộc bầu cử đại biểu Quốc hội khóa XV và bầu cử đại biểu Hội đồng Nhân dân các cấp, nhiệm kỳ 2021- 2026", title);
    }

    // tests/corpus/documents/hy-thpt-chuyen-le-quy-don-quang-tri-kh-2020-du-thao.txt: a draft's mark before the heading.
    [Fact]
    public void A_heading_after_a_drafts_mark_is_read_under_a_long_paragraph()
    {
        var paragraph = "Thực hiện Hướng dẫn số 1570/SGDĐT-GDTrH ngày 10 tháng 9 năm 2020 của Sở Giáo dục và Đào tạo Quảng Trị về việc hướng dẫn "
            + "thực hiện nhiệm vụ giáo dục trung học năm học 2020-2021, trường THPT chuyên Lê Quý Đôn xây dựng kế hoạch như sau.";
        Assert.True(paragraph.Length > 210);
        var (type, line, _) = Heading("SỞ GD&ĐT QUẢNG TRỊ\nTRƯỜNG THPT CHUYÊN LÊ QUÝ ĐÔN\n" + paragraph + "\nDỰ THẢO KẾ HOẠCH\nHOẠT ĐỘNG GIÁO DỤC NGOÀI GIỜ LÊN LỚP\n");
        Assert.Equal(("Kế hoạch", 3), (type, line));
    }

    // Near miss: the same words in sentence case ("Kế hoạch này …", two small letters in its first word) open a body line, no heading.
    [Theory]
    [InlineData("Kế hoạch thực hiện công tác dân vận năm 2025 của thành phố")]
    [InlineData("Thông báo kết quả tuyển sinh lớp 10 năm học 2025-2026")]
    public void A_type_word_in_sentence_case_opening_a_line_is_no_heading(string line)
    {
        var (type, at, _) = Heading("UBND XÃ DÂN LỰC\n" + line + "\n");
        Assert.Equal((null, -1), (type, at));
    }
}

/// <summary>
/// A title in capitals goes on over its lines in capitals, the symbols it cites keeping their own case ("856/QĐ-TTg"),
/// and stops at a line in sentence case (HeaderTitleReader.IsUpperTitle, read word by word).
/// </summary>
public sealed class UpperTitleLinesTests
{
    private static readonly Ingest.Indexer.Parsing.PlanParser Parser = new();

    private const string Header = "ỦY BAN NHÂN DÂN\nTỈNH ĐỒNG NAI\nSố: 70/KH-UBND\nĐồng Nai, ngày 12 tháng 3 năm 2025\n\nKẾ HOẠCH\n";

    [Fact]
    public void A_line_in_capitals_citing_a_symbol_in_its_own_case_goes_on_with_the_title()
    {
        var r = Parser.Parse(Header + "TRIỂN KHAI THỰC HIỆN QUYẾT ĐỊNH SỐ 856/QĐ-TTg\nCỦA THỦ TƯỚNG CHÍNH PHỦ NĂM 2025\n\n"
            + "Căn cứ Quyết định số 856/QĐ-TTg ngày 19/7/2022 của Thủ tướng Chính phủ;\n");
        Assert.Equal("TRIỂN KHAI THỰC HIỆN QUYẾT ĐỊNH SỐ 856/QĐ-TTg CỦA THỦ TƯỚNG CHÍNH PHỦ NĂM 2025", r.Title);
    }

    [Fact]
    public void A_line_in_sentence_case_under_a_title_in_capitals_is_no_part_of_it()
    {
        var r = Parser.Parse(Header + "TRIỂN KHAI THỰC HIỆN QUYẾT ĐỊNH SỐ 856/QĐ-TTg\nThực hiện chỉ đạo của Ủy ban nhân dân tỉnh về việc này.\n");
        Assert.DoesNotContain("chỉ đạo", r.Title ?? "");
    }
}
