using Ingest.Indexer.Parsing;

namespace Ingest.Indexer.Tests.Parsing;

/// <summary>
/// What a document's citations are not: the document itself (its own number, wherever the text repeats it) and the
/// page it was published on (a portal's lead, a mirror's title and related-documents list above the header).
/// Synthetic texts written for these rules.
/// </summary>
public sealed class OwnDocumentCitationTests
{
    private static readonly PlanParser Parser = new();

    private static List<string?> Numbers(string text) => Parser.Parse(text).Citations.Select(c => c.Number).ToList();

    [Fact]
    public void What_a_page_cites_above_the_header_is_not_cited_by_the_document()
    {
        const string text = """
            Tin liên quan: Sở triển khai Quyết định số 45/QĐ-UBND ngày 02/3/2020 của UBND tỉnh
            - 1Nghị định 99/2019/NĐ-CP quy định chi tiết một số điều
            ỦY BAN NHÂN DÂN HUYỆN AN LẠC
            Số: 12/KH-UBND
            An Lạc, ngày 05 tháng 5 năm 2021
            KẾ HOẠCH
            Tổ chức ngày hội đọc sách
            Căn cứ Kế hoạch số 30/KH-SVHTT ngày 10/4/2021 của Sở Văn hóa và Thể thao;
            """;

        Assert.Equal(["30/KH-SVHTT"], Numbers(text));
    }

    [Fact]
    public void A_number_label_inside_a_sentence_marks_no_header()
    {
        const string text = """
            Thực hiện Chỉ thị số 05/CT-UBND ngày 01/02/2021 của UBND tỉnh và các Quyết định của Chủ tịch
            UBND tỉnh số: 77/QĐ-UBND ngày 03/3/2021, Phòng Văn hóa triển khai như sau:
            """;

        Assert.Contains("05/CT-UBND", Numbers(text));
    }

    [Fact]
    public void A_number_glued_to_letters_is_no_number_alone()
    {
        Assert.Empty(Numbers("Tai ve Cong van 418SGDDT cua So ve viec tuyen sinh lop 10"));
    }

    [Fact]
    public void A_party_symbol_whose_hyphen_was_lost_is_read_after_a_type_word()
    {
        Assert.Equal(["31-NQ/TU"], Numbers("Quán triệt Nghị quyết số 31NQ/TU ngày 12/5/2019 của Ban Thường vụ Tỉnh ủy về phát triển du lịch."));
    }

    [Fact]
    public void Glued_letters_with_an_unlisted_type_code_make_no_bare_symbol()
    {
        Assert.Empty(Numbers("Mẫu xe 150XR/TW được giới thiệu tại hội chợ."));
    }
}
