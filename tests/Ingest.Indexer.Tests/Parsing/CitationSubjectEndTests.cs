using Ingest.Indexer.Parsing;

namespace Ingest.Indexer.Tests.Parsing;

/// <summary>
/// Where a cited document's subject ends. A decree's description that runs on without "về" goes on past a "và" in lower
/// case ("quy định chi tiết một số điều và biện pháp thi hành Luật …", which the held-out `mt` batch showed), so the law
/// it names there, already cited, is part of the decree's words and not cited again (tests/corpus/README.md, the
/// exception for repeats by name); a citation inside a quoted name ends its subject with the quote. Excerpts verbatim
/// from the passages named.
/// </summary>
public sealed class CitationSubjectEndTests
{
    private static readonly PlanParser Parser = new();

    [Fact]
    public void A_law_already_cited_and_named_again_in_a_decrees_description_after_its_va_is_cited_once()
    {
        // mt-012 (UBND TP Hồ Chí Minh's Quyết định 2859/QĐ-UBND, its list of bases).
        var cites = Parser.Parse("- Luật Địa chất và Khoáng sản số 54/2024/QH15\nngày 29/11/2024;\n- Nghị định số 193/2025/NĐ-CP ngày 02/7/2025 "
            + "của Chính\nphủ quy định chi tiết một số điều và biện pháp thi hành Luật Địa chất và\nkhoáng sản;").Citations;
        Assert.Equal(["54/2024/QH15", "193/2025/NĐ-CP"], cites.Select(c => c.Number));
        Assert.StartsWith("quy định chi tiết một số điều và biện pháp thi hành Luật Địa chất", cites[1].Subject);
    }

    [Fact]
    public void A_va_before_a_capital_still_ends_the_description_and_the_laws_first_naming_counts()
    {
        // dc-131: "… của Bộ Tư pháp hướng dẫn thi hành một số điều của Luật hộ tịch và Nghị định số 123/2015/NĐ-CP …".
        var cites = Parser.Parse("- Thông tư số 15/2015/TT-BTP ngày 16/11/2015 của Bộ Tư pháp hướng dẫn thi hành một số điều của Luật hộ tịch "
            + "và Nghị định số 123/2015/NĐ-CP ngày 15/11/2015 của Chính phủ quy định chi tiết một số điều và biện pháp thi hành Luật hộ tịch;").Citations;
        Assert.Equal("hướng dẫn thi hành một số điều của Luật hộ tịch", cites[0].Subject);
        Assert.Equal(["Thông tư", "Luật", "Nghị định"], cites.Select(c => c.Type));
    }

    [Fact]
    public void A_subject_inside_a_quoted_name_ends_with_the_quote()
    {
        // mg-017.
        var cites = Parser.Parse("“Kế hoạch triển khai Quyết định 505 ngày 22/4/2022 của Thủ tướng Chính phủ về Ngày Chuyển đổi số quốc gia năm 2025” "
            + "đã được Bộ KH&CN phê duyệt.").Citations;
        Assert.Equal("Ngày Chuyển đổi số quốc gia năm 2025", Assert.Single(cites, c => c.Number == "505").Subject);
    }

    [Fact]
    public void Straight_quotes_inside_the_subject_keep_their_pair_and_the_outer_one_ends_it()
    {
        // in-014.
        var cite = Assert.Single(Parser.Parse("\"Quyết định số 533/QĐ-CTN ngày 27 tháng 4 năm 2012 của Chủ tịch nước về việc phong tặng danh hiệu "
            + "\"Nghệ sĩ nhân dân\"\".").Citations);
        Assert.Equal("phong tặng danh hiệu \"Nghệ sĩ nhân dân\"", cite.Subject);
    }

    [Fact]
    public void A_quoted_name_opened_inside_the_subject_is_kept_whole()
    {
        // lq-cong-an-lam-dong-ttr-2025-233-ocr, verbatim (its OCR'd "viế: zắt" kept).
        var cite = Assert.Single(Parser.Parse("ST Thực hiện Quyết định số 06/QĐ-TTg ngày 06/01/2022 của Thủ tướng\nChính phủ phê duyệt Đề án “Phát triển ứng "
            + "dụng dữ liệu về dân cư, định danh và\nxác thực điện tử phục vụ chuyên đổi số quốc gia giai đoạn 2022 - 2025, tầm nhìn\nđến năm 2030” "
            + "(viế: zắt là Đề án 06).").Citations, c => c.Number == "06/QĐ-TTg");
        Assert.StartsWith("phê duyệt Đề án “Phát triển ứng dụng dữ liệu về dân cư, định danh và", cite.Subject);
        Assert.Contains("tầm nhìn đến năm 2030”", cite.Subject);
    }
}
