using Ingest.Indexer.Parsing;

namespace Ingest.Indexer.Tests.Parsing;

/// <summary>
/// A text published without its header (a portal that prints only the body) takes its own number, type, date and
/// title from the sentence in which it names itself, graded lower than a header's. Synthetic texts written for the rule.
/// </summary>
public sealed class SelfNamedHeaderTests
{
    private static readonly PlanParser Parser = new();

    [Fact]
    public void A_headerless_report_takes_number_type_date_and_title_from_the_sentence_that_names_it()
    {
        const string text = """
            Báo cáo Kết quả công tác phòng chống thiên tai năm 2022 trên địa bàn xã
            Báo cáo số 45/BC-UBND ngày 03/11/2022 của UBND xã Hòa Lạc về kết quả công tác phòng chống thiên tai năm 2022 trên địa bàn xã.
            I. KẾT QUẢ ĐẠT ĐƯỢC
            Thực hiện Kế hoạch số 12/KH-UBND ngày 10/01/2022 của UBND huyện, xã đã chủ động ứng phó.
            """;

        var record = Parser.Parse(text);

        Assert.Equal("45/BC-UBND", record.Number);
        Assert.Equal("Báo cáo", record.DocType);
        Assert.Equal("2022-11-03", record.IssueDate);
        Assert.Equal("Kết quả công tác phòng chống thiên tai năm 2022 trên địa bàn xã", record.Title);
        Assert.Equal(["12/KH-UBND"], record.Citations.Select(c => c.Number));
    }

    [Fact]
    public void A_headerless_report_takes_its_issuer_from_the_body_written_with_its_own_number()
    {
        const string text = """
            Báo cáo Kết quả công tác phòng chống thiên tai năm 2022
            Báo cáo số 45/BC-UBND ngày 03/11/2022 của UBND phường Hòa Lạc về kết quả công tác phòng chống thiên tai năm 2022.
            I. KẾT QUẢ ĐẠT ĐƯỢC
            Phường đã chủ động ứng phó.
            """;

        var record = Parser.Parse(text);

        Assert.Equal("UBND phường Hòa Lạc", record.Issuer.Name);
        Assert.Equal("commune", record.Issuer.Level);
        var issuer = record.Fields.Single(f => f.Field == "issuer");
        // No header line stands anywhere: the issuer a sentence gives is kept, below the review line.
        Assert.Equal(0.5, issuer.Confidence);
        Assert.Contains(issuer.Evidence, e => e.Source == "self-statement");
    }

    [Fact]
    public void A_source_note_closing_a_portals_copy_is_the_documents_own_number_and_date()
    {
        const string text = """
            THÔNG TIN Ý KIẾN
            V/v Chuyển đổi mục đích sử dụng đất dự án khu dân cư phía Tây
            UBND tỉnh có ý kiến như sau:
            Giao Sở Tài nguyên và Môi trường chủ trì, tham mưu giải quyết theo đúng quy định.
            (Theo Công văn số 512/UBND-KT, ngày 03/02/2023)
            """;

        var record = Parser.Parse(text);

        Assert.Equal("512/UBND-KT", record.Number);
        Assert.Equal("2023-02-03", record.IssueDate);
        Assert.Empty(record.Citations);
    }

    // ji-ubnd-huyen-tb-2021-81-headerless (quangtrach.quangbinh.gov.vn): the portal's "(Nguồn: …)" note, then its link
    // to the file named by the same number.
    [Fact]
    public void A_source_note_followed_by_the_portals_link_to_the_file_gives_the_number_and_date()
    {
        const string text = """
            Thông báo về việc hoãn tổ chức phiên tiếp công dân định kỳ tháng 6 của Thường trực HĐND, Lãnh đạo UBND huyện

            Ủy ban nhân dân huyện thông báo để các phòng, ban, ngành, đoàn thể cấp huyện; Ủy ban nhân dân các xã; các tổ chức và công dân biết.

            (Nguồn: Thông báo số 81/TB-UBND ngày 08/6/2021)

            >>> Xem thông tin chi tiết tại đây: 81/TB-UBND
            """;

        var record = Parser.Parse(text);

        Assert.Equal("81/TB-UBND", record.Number);
        Assert.Equal("2021-06-08", record.IssueDate);
        Assert.Empty(record.Citations);
    }

    // Near misses: the note alone notes no content, and a "(theo …)" inside the text cites a document.
    [Theory]
    [InlineData("(Theo Công văn số 512/UBND-KT, ngày 03/02/2023)")]
    [InlineData("UBND tỉnh có ý kiến như sau:\nGiao Sở Xây dựng thẩm định hồ sơ (theo Công văn số 512/UBND-KT, ngày 03/02/2023).\nCác sở phối hợp thực hiện.")]
    public void A_source_note_that_closes_no_text_is_a_citation(string text)
    {
        var record = Parser.Parse(text);
        Assert.Null(record.Number);
        Assert.Contains(record.Citations, c => c.Number == "512/UBND-KT");
    }

    [Fact]
    public void A_text_that_names_itself_in_a_dated_issuing_clause_takes_that_date()
    {
        const string text = """
            Kế hoạch chuyển đổi số năm 2026
            Ngày 30/12/2025, Văn phòng UBND tỉnh Hà Giang đã ban hành Kế hoạch số 88/KH-VPUBND về công tác chuyển đổi số năm 2026.
            I. MỤC ĐÍCH, YÊU CẦU
            Nâng cao hiệu quả chuyển đổi số trong các phòng chuyên môn.
            """;

        var record = Parser.Parse(text);

        Assert.Equal("88/KH-VPUBND", record.Number);
        Assert.Equal("2025-12-30", record.IssueDate);
    }

    [Fact]
    public void A_number_read_from_the_text_is_graded_below_a_header_number_and_keeps_its_evidence()
    {
        const string text = """
            Về việc sửa chữa trường học sau bão (1207/VP-KT, ngày 05/10/2021).
            Đồng chí Phó Chủ tịch UBND tỉnh có ý kiến như sau: giao Sở Giáo dục và Đào tạo chủ trì thực hiện.
            """;

        var record = Parser.Parse(text);
        var number = record.Fields.Single(f => f.Field == "number");

        Assert.Equal("1207/VP-KT", record.Number);
        Assert.Equal("2021-10-05", record.IssueDate);
        Assert.InRange(number.Confidence, 0.5, 0.7);
        Assert.Equal("self-statement", Assert.Single(number.Evidence).Source);
        Assert.Contains(record.Diagnostics, d => d.Code == "number-from-text");
        Assert.Contains(record.Diagnostics, d => d.Code == "header-missing");
        Assert.Empty(record.Citations);
    }

    [Fact]
    public void A_letter_issued_with_a_headline_that_opens_with_a_verb_is_a_letter_titled_by_the_whole_headline()
    {
        const string text = """
            Hướng dẫn công tác tuyển dụng viên chức giáo dục năm 2021
            Ngày 12/4/2021, Sở Nội vụ ban hành Văn bản số 210/SNV-CCVC về việc hướng dẫn công tác tuyển dụng viên chức giáo dục năm 2021, cụ thể như sau:
            1. Đối tượng tuyển dụng.
            """;

        var record = Parser.Parse(text);

        Assert.Equal("210/SNV-CCVC", record.Number);
        Assert.Equal("Công văn", record.DocType);
        Assert.Equal("Hướng dẫn công tác tuyển dụng viên chức giáo dục năm 2021", record.Title);
    }

    [Fact]
    public void A_document_carried_out_with_the_same_subject_gives_no_number()
    {
        const string text = """
            Kế hoạch tổ chức hội thi an toàn giao thông cấp huyện năm 2023
            Thực hiện Kế hoạch số 51/KH-SGDĐT ngày 02/3/2023 của Sở Giáo dục và Đào tạo về tổ chức hội thi an toàn giao thông cấp huyện năm 2023;
            """;

        var record = Parser.Parse(text);

        Assert.Null(record.Number);
        Assert.Equal(["51/KH-SGDĐT"], record.Citations.Select(c => c.Number));
    }

    [Fact]
    public void A_header_number_is_kept_and_graded_as_read_from_the_header()
    {
        const string text = """
            ỦY BAN NHÂN DÂN XÃ HÒA LẠC
            Số: 46/BC-UBND
            Hòa Lạc, ngày 04 tháng 11 năm 2022
            BÁO CÁO
            Kết quả công tác phòng chống thiên tai năm 2022
            """;

        var record = Parser.Parse(text);

        Assert.Equal("46/BC-UBND", record.Number);
        Assert.True(record.Fields.Single(f => f.Field == "number").Confidence > 0.9);
    }

    // A body that makes the document in its own sentence gives its type and title, unnumbered: the sentence's end
    // announcing the content, a colon, a full stop or the quote that names it closes the title.
    [Theory]
    [InlineData("Thực hiện ý kiến chỉ đạo của Đảng ủy xã.\nUBND xã Tân Lập xây dựng Kế hoạch tổ chức hội thi văn nghệ quần chúng năm 2024 với những nội dung cụ thể sau:\nI. MỤC ĐÍCH", "Kế hoạch", "tổ chức hội thi văn nghệ quần chúng năm 2024")]
    [InlineData("Căn cứ tình hình thực tế của nhà trường, Trường mầm non Hòa Bình xây dựng “Kế hoạch phát triển giáo dục giai đoạn 2021-2025” như sau:\n1. Mục tiêu", "Kế hoạch", "phát triển giáo dục giai đoạn 2021-2025")]
    [InlineData("Căn cứ tình hình thực tế của địa phương, Ủy ban nhân dân xã Tân Lập xây dựng Kế hoạch “Năm an toàn giao thông” xã Tân Lập. Nội dung cụ thể sau:\n1. Mục đích", "Kế hoạch", "“Năm an toàn giao thông” xã Tân Lập")]
    [InlineData("Căn cứ Nghị quyết của Đảng ủy xã về nhiệm vụ năm 2022;\nỦy ban nhân dân xã Hòa Phú xây dựng Kế hoạch thực hiện công tác cải cách hành chính năm 2022, cụ thể như sau:\nI. MỤC ĐÍCH, YÊU CẦU", "Kế hoạch", "thực hiện công tác cải cách hành chính năm 2022")]
    public void A_headerless_document_takes_type_and_title_from_the_sentence_that_makes_it(string text, string type, string title)
    {
        var record = Parser.Parse(text);
        Assert.Equal(type, record.DocType);
        Assert.Equal(title, record.Title);
        Assert.Null(record.Number);
        // Read from a sentence of a text with no header line at all, which no heading confirms: kept, below the review line.
        Assert.Equal(0.5, record.Fields.Single(f => f.Field == "title").Confidence);
        Assert.True(record.NeedsReview);
    }

    [Fact]
    public void A_document_made_with_no_subject_has_its_type_and_no_title()
    {
        // "… ban hành Kế hoạch như sau:": the announcement follows the type word at once.
        var record = Parser.Parse("Để triển khai thực hiện tốt công tác tuyển quân năm 2024, Hội đồng Nghĩa vụ quân sự xã Tân Phú ban hành Kế hoạch như sau:\nI. MỤC ĐÍCH, YÊU CẦU");
        Assert.Equal("Kế hoạch", record.DocType);
        Assert.Null(record.Title);
    }

    [Fact]
    public void A_portals_report_that_a_body_has_just_issued_the_document_names_body_type_and_title()
    {
        var record = Parser.Parse("Ngân Sơn: tuyên truyền kỷ niệm ngày thành lập huyện\n\nUBND huyện Ngân Sơn (Bắc Kạn) vừa ban hành kế hoạch tuyên truyền kỷ niệm 20 năm ngày thành lập huyện trên địa bàn huyện.\n\nTheo đó, Phòng Văn hóa và Thông tin chủ trì tổ chức các hoạt động.");
        Assert.Equal("UBND huyện Ngân Sơn", record.Issuer.Name);
        Assert.Equal("district", record.Issuer.Level);
        Assert.Equal("Kế hoạch", record.DocType);
        Assert.Equal("tuyên truyền kỷ niệm 20 năm ngày thành lập huyện trên địa bàn huyện", record.Title);
    }

    // Near misses: a numbered document made in that sentence is another one (a Thông báo about the Kế hoạch it
    // announces), and a body carrying out another's plan makes none.
    [Theory]
    [InlineData("Ngày 19/02/2024, UBND xã Tân Lập ban hành Kế hoạch số 24/KH-UBND tổ chức lấy ý kiến cử tri theo lịch cụ thể như sau:\n1. Khu An Ninh")]
    [InlineData("UBND xã Tân Lập triển khai Kế hoạch tổ chức hội thi văn nghệ của UBND huyện với những nội dung như sau:\n1. Thời gian")]
    public void A_sentence_naming_another_document_gives_no_type_or_title(string text)
    {
        var record = Parser.Parse(text);
        Assert.Null(record.DocType);
        Assert.Null(record.Title);
    }
    [Fact]
    public void A_headerless_notice_closing_with_its_formula_is_a_thong_bao_of_the_committee_its_text_names()
    {
        // tests/corpus ii-ubnd-phu-vang-tb-2020-headerless-portal: the only naming of the district's committee is the
        // issuer of the notice this one changes; the closing "… thông báo để … được biết./." says what the text is.
        const string text = """
            Theo Thông báo số 65/TB-UBND ngày 31 tháng 12 năm 2019 của UBND huyện Hương Thủy về lịch tiếp công dân thì Phó Chủ tịch UBND huyện sẽ tiếp công dân tại xã Thủy Phù. Tuy nhiên, nay UBND huyện thay đổi địa điểm tiếp công dân.
            Vậy, UBND huyện thông báo để các cơ quan, đơn vị và nhân dân được biết./.
            """;

        var record = Parser.Parse(text);

        Assert.Equal("Thông báo", record.DocType);
        Assert.Null(record.Title);
        Assert.Equal("UBND huyện Hương Thủy", record.Issuer.Name);
        Assert.Equal("district", record.Issuer.Level);
    }

    [Fact]
    public void A_headerless_texts_closing_remark_restates_its_type_and_title()
    {
        // tests/corpus co-phuong-phuc-la-tb-2019-thao-bang-ron: "Trên đây là thông báo về việc …, đề nghị …".
        const string text = """
            Thực hiện kế hoạch của UBND phường, các tổ dân phố đã treo cờ Tổ quốc chào mừng Quốc khánh.
            Các tổ dân phố tháo băng zôn, khẩu hiệu trước ngày 05/9/2019.
            Trên đây là thông báo về việc tháo băng zôn, khẩu hiệu, hạ cờ Tổ quốc trên địa bàn phường An Lạc, đề nghị các tổ dân phố thực hiện tốt nội dung trong thông báo.
            """;

        var record = Parser.Parse(text);

        Assert.Equal("Thông báo", record.DocType);
        Assert.Equal("về việc tháo băng zôn, khẩu hiệu, hạ cờ Tổ quốc trên địa bàn phường An Lạc", record.Title);
    }

    [Fact]
    public void A_body_that_informs_in_the_middle_of_its_text_names_no_type()
    {
        // Neither introducing the content with a colon nor closing the text: a letter may inform, too.
        const string text = """
            Kính gửi: Các xã, thị trấn.
            UBND huyện Hương Thủy thông báo kết quả kiểm tra năm 2023 và đề nghị các xã khắc phục các tồn tại.
            Các xã báo cáo kết quả khắc phục trước ngày 15/12/2023.
            """;

        var record = Parser.Parse(text);

        Assert.NotEqual("Thông báo", record.DocType);
    }
    [Fact]
    public void A_subject_that_says_more_than_the_pages_headline_is_the_title()
    {
        // tests/corpus ia-xa-chuong-duong-149-TB-UBND-2025: the headline shortens the subject the text gives itself.
        const string text = """
            Thông báo treo cờ Tổ quốc chào mừng Tết Dương lịch năm 2026
            Ngày 30/12/2025, UBND xã An Bình ban hành Thông báo số 150/TB-UBND về việc treo cờ Tổ quốc chào mừng Tết Dương lịch 2026 và kỷ niệm 80 năm Ngày Tổng tuyển cử (06/01/1946 - 06/01/2026).
            Theo đó, UBND xã đề nghị các cơ quan, đơn vị treo cờ Tổ quốc.
            """;

        var record = Parser.Parse(text);

        Assert.Equal("150/TB-UBND", record.Number);
        Assert.Equal("Thông báo", record.DocType);
        Assert.Equal("treo cờ Tổ quốc chào mừng Tết Dương lịch 2026 và kỷ niệm 80 năm Ngày Tổng tuyển cử (06/01/1946 - 06/01/2026)", record.Title);
    }

    [Fact]
    public void A_document_on_a_line_wrapped_after_the_verb_that_studies_it_is_a_citation()
    {
        // tests/corpus passages jc-042 (Sở Tư pháp tỉnh Bình Thuận, công văn 788): the PDF wrapped the sentence before the Tờ trình.
        const string text = """
            Thực hiện nhiệm vụ được giao, qua kiểm tra rà soát hồ sơ và nghiên cứu
            Tờ trình số 02-TTr/ĐLS ngày 29/4/2025 của Đoàn Luật sư tỉnh Bình Thuận về
            việc đề nghị phê chuẩn kết quả Đại hội toàn thể Đoàn Luật sư tỉnh Bình Thuận
            nhiệm kỳ X (2024 - 2029), Sở Tư pháp nhận thấy Đoàn Luật sư tỉnh Bình Thuận đủ điều kiện.
            """;

        var record = Parser.Parse(text);

        Assert.Null(record.Number);
        Assert.Contains(record.Citations, c => c.Number == "02-TTr/ĐLS");
    }

    // tests/corpus jc-btv-huyen-uy-ha-trung-tb-2019-lich-tiep-dan-headerless, jc-ubnd-phuong-huong-xuan-tb-2020-ngung-cap-dien-headerless,
    // in-ubnd-xa-phu-ninh-tb-2022-headerless-portal ("thông báo nội dung như sau": no subject).
    [Theory]
    [InlineData("Thực hiện Quy định của Bộ Chính trị về tiếp dân; Ban Thường vụ Huyện uỷ thông báo lịch tiếp công dân của đồng chí Bí thư Huyện uỷ năm 2019, như sau:\n1- Đồng chí Bí thư tiếp dân định kỳ.", "lịch tiếp công dân của đồng chí Bí thư Huyện uỷ năm 2019")]
    [InlineData("Theo Thông báo số 308/TB-ĐLHTr ngày 08 tháng 5 năm 2020 của Điện lực Hương Trà về việc ngừng cấp điện. Nay UBND phường Hương Xuân thông báo thời gian và địa điểm ngừng cấp điện trên địa bàn phường như sau:\n1. Thời gian: Từ 07h00 ngày 14/5/2020.", "thời gian và địa điểm ngừng cấp điện trên địa bàn phường")]
    [InlineData("Thực hiện Chỉ đạo của UBND huyện Thủy Nguyên về việc tổ chức tiếp công dân định kỳ năm 2022, UBND xã Phù Ninh thông báo nội dung như sau:\n1. Thời gian tiếp công dân.", null)]
    public void A_headerless_notice_takes_its_title_from_what_its_body_announces(string text, string? title)
    {
        var record = Parser.Parse(text);

        Assert.Equal("Thông báo", record.DocType);
        Assert.Equal(title, record.Title);
    }
}
