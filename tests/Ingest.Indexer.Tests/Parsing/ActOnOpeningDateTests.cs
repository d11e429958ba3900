using Ingest.Indexer.Parsing;

namespace Ingest.Indexer.Tests.Parsing;

/// <summary>
/// Three shapes of real text the `mn` batch showed (thirty-sixth session): a town's body writing its kind alone as the
/// place on the number's line ("Số: 188/QĐ-MNTTCG    Thị trấn, ngày …", mn-mn-tt-can-giuoc-qd-2019-188); a body that
/// "có quyết định" on the date opening the clause (mn-025), a document reported issued; and a letter named by its
/// subject, then restated by its number in brackets on the next line (ik-006), which is one document cited once. And from
/// the `mo` batch: a law cited with its name and number, then named again inside a decree's subject (mo-018), is cited
/// once; a body whose name joins two fields with "và" ("Ban Tuyên giáo và Dân vận Trung ương", since 2025) named as the
/// text's author (mo-ban-tgdv-tw-hd-2025-40); a place-date broken after its comma under a Markdown subject
/// (mo-vpcp-cv-2025-11520).
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
    public void A_report_named_by_its_subject_then_restated_by_its_number_after_the_subject_is_cited_once()
    {
        // ju-075, verbatim (a Kết luận of the Bộ Chính trị and Ban Bí thư, 2025).
        var cites = Parser.Parse("Kết luận nêu: Tại phiên họp ngày 31/10/2025, sau khi nghe Báo cáo của Ban Tổ chức Trung ương về tình hình, "
            + "kết quả hoạt động của bộ máy hệ thống chính trị và chính quyền địa phương 2 cấp tháng 10/2025 (Báo cáo số 520-BC/BTCTW, "
            + "ngày 27/10/2025), Bộ Chính trị, Ban Bí thư kết luận như sau:").Citations;
        var cite = Assert.Single(cites);
        Assert.Equal(("520-BC/BTCTW", "2025-10-27"), (cite.Number, cite.Date));
    }

    [Fact]
    public void A_resolution_whose_spirit_a_subject_carries_out_is_cited()
    {
        // mp-018, verbatim up to the first report's bracket.
        var cites = Parser.Parse("Tại phiên họp ngày 16/5/2025, sau khi nghe Báo cáo của Ban Tổ chức Trung ương về tình hình, tiến độ triển khai "
            + "thực hiện sắp xếp tổ chức bộ máy của hệ thống chính trị theo tinh thần Nghị quyết Hội nghị Trung ương 11 khoá XIII (Báo cáo "
            + "số 386-BC/BTCTW, ngày 14/5/2025);").Citations;
        Assert.Contains(cites, c => c.Type == "Nghị quyết" && c.Number is null && c.Text == "Nghị quyết Hội nghị Trung ương 11 khoá XIII");
        Assert.Contains(cites, c => c.Number == "386-BC/BTCTW");
    }

    [Fact]
    public void A_law_named_again_inside_a_decrees_subject_after_its_numbered_citation_is_cited_once()
    {
        var cites = Parser.Parse("*Căn cứ Luật Đất đai số\n31/2024/QH15 được sửa đổi, bổ sung bởi Luật số 43/2024/QH15;*\n\n"
            + "*Căn cứ Nghị định số 102/2024/NĐ-CP\nngày 30 tháng 7 năm 2024 của Chính phủ quy định chi tiết thi hành một số điều của\n"
            + "Luật Đất đai;*").Citations;
        Assert.Equal(["31/2024/QH15", "43/2024/QH15", "102/2024/NĐ-CP"], cites.Select(c => c.Number));
    }

    [Fact]
    public void A_body_whose_name_joins_two_fields_is_read_whole_where_the_text_names_its_author()
    {
        var record = Parser.Parse("**HƯỚNG DẪN**\n\n**XÂY DỰNG, KIỆN\nTOÀN ĐỘI NGŨ BÁO CÁO VIÊN CÁC CẤP**\n\n"
            + "- Căn cứ Chỉ thị số 30-CT/TW, ngày\n05/02/2024 của Ban Bí thư khóa XIII về công tác tuyên truyền miệng trong tình hình\nmới;\n\n"
            + "Ban Tuyên giáo và Dân vận Trung ương\nhướng dẫn việc xây dựng, kiện toàn đội ngũ báo cáo viên các cấp như sau:\n\n"
            + "**I. NGUYÊN TẮC\nCHUNG**\n");
        Assert.Equal(("Ban Tuyên giáo và Dân vận Trung ương", "central"), (record.Issuer?.Name, record.Issuer?.Level));
    }

    [Fact]
    public void A_subject_ends_where_the_place_date_broken_after_its_comma_begins()
    {
        var record = Parser.Parse("**V****Ă****N PHÒNG\nCHÍNH PHỦ**\n-------\n|\n**CỘNG HÒA\nXÃ HỘI CHỦ NGHĨA VIỆT NAM**\n"
            + "Độc lập - Tự do - Hạnh phúc\n---------------\n|\n|\nSố: 11520/VPCP-CN\n*V/v\nChỉ thị của Thủ tướng Chính phủ về việc đẩy "
            + "mạnh sản xuất, phối **tr**ộn, phân\nphối và sử dụng nhiên liệu sinh học tại Việt Nam*\n|\n*Hà Nội,\n"
            + "ngày 25 tháng 1**1** năm 2025** *\n|\n**Kính gửi:** Bộ trưởng\nBộ Công Thương\n");
        Assert.Equal("Chỉ thị của Thủ tướng Chính phủ về việc đẩy mạnh sản xuất, phối trộn, phân phối và sử dụng nhiên liệu sinh học tại Việt Nam",
            record.Title);
    }
}
