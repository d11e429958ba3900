using Ingest.Indexer.Parsing;

namespace Ingest.Indexer.Tests.Parsing;

/// <summary>
/// Three shapes of real text the `mn` batch showed (thirty-sixth session): a town's body writing its kind alone as the
/// place on the number's line ("Số: 188/QĐ-MNTTCG    Thị trấn, ngày …", mn-mn-tt-can-giuoc-qd-2019-188); a body that
/// "có quyết định" on the date opening the clause (mn-025), a document reported issued; and a letter named by its
/// subject, then restated by its number in brackets on the next line (ik-006), which is one document cited once. And from
/// the `mo` batch: a law cited with its name and number, then named again inside a decree's subject (mo-018), is cited
/// once.
/// </summary>
public sealed class ActOnOpeningDateTests
{
    private static readonly PlanParser Parser = new();

    [Fact]
    public void A_towns_kind_alone_after_the_number_is_the_place()
    {
        var record = Parser.Parse("PHÒNG GIÁO DỤC VÀ ĐÀO TẠO\nTRƯỜNG MNTT CẦN GIUỘC\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            + "Độc lập –Tự do-Hạnh phúc\nSố: 188/QĐ-MNTTCG    Thị trấn, ngày 27 tháng 9 năm 2019\n \n \nQUYẾT ĐỊNH\n"
            + "Về việc ban hành kế hoạch xây dựng trường học an toàn\n");
        Assert.Equal(("188/QĐ-MNTTCG", "Thị trấn", "2019-09-27"), (record.Number, record.Place, record.IssueDate));
    }

    [Fact]
    public void A_lower_case_kind_in_a_sentence_is_no_place()
    {
        var record = Parser.Parse("ỦY BAN NHÂN DÂN\nHUYỆN CẦN GIUỘC\nSố: 12/KH-UBND\nKẾ HOẠCH\nVề việc trực Tết\n"
            + "Các trường trong thị trấn, ngày 27 tháng 9 năm 2019 tổ chức họp.\n");
        Assert.Null(record.Place);
    }

    [Fact]
    public void A_decision_the_body_had_on_the_opening_date_is_cited_by_name_with_that_date()
    {
        var cite = Assert.Single(Parser.Parse("Ngày 11/01/2022, UBND tỉnh có quyết định phê duyệt và công bố Chỉ số và xếp hạng kết "
            + "quả cải cách hành chính (CCHC) năm 2021.").Citations);
        Assert.Equal(("Quyết định", (string?)null, "2022-01-11"), (cite.Type, cite.Number, cite.Date));
    }

    [Fact]
    public void A_letter_named_then_restated_by_its_number_on_the_next_line_is_cited_once()
    {
        var cites = Parser.Parse("trên cơ sở ý kiến thống nhất của Bộ Nội vụ, ngày 13/5/2016, Bộ Giáo dục và Đào\ntạo đã có Công văn "
            + "gửi các Bộ, ngành, địa phương về việc tổ chức thi thăng hạng\nnăm 2016 (Công văn số 2102/BGDĐT-NGCBQLCSGD).").Citations;
        var cite = Assert.Single(cites);
        Assert.Equal(("2102/BGDĐT-NGCBQLCSGD", "2016-05-13"), (cite.Number, cite.Date));
    }

    [Fact]
    public void A_law_named_again_inside_a_decrees_subject_after_its_numbered_citation_is_cited_once()
    {
        var cites = Parser.Parse("*Căn cứ Luật Đất đai số\n31/2024/QH15 được sửa đổi, bổ sung bởi Luật số 43/2024/QH15;*\n\n"
            + "*Căn cứ Nghị định số 102/2024/NĐ-CP\nngày 30 tháng 7 năm 2024 của Chính phủ quy định chi tiết thi hành một số điều của\n"
            + "Luật Đất đai;*").Citations;
        Assert.Equal(["31/2024/QH15", "43/2024/QH15", "102/2024/NĐ-CP"], cites.Select(c => c.Number));
    }
}
