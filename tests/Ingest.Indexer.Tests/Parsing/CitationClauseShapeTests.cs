using Ingest.Indexer.Model;
using Ingest.Indexer.Parsing;

namespace Ingest.Indexer.Tests.Parsing;

/// <summary>
/// Shapes of citations that depend on where a clause or a name ends: a subject that stops where another body's own
/// issuing clause begins, and a serial written between a type word and the document's subject. Sentences written
/// for the test, each rule with near misses that must stay as they are.
/// </summary>
public sealed class CitationClauseShapeTests
{
    private static readonly PlanParser Parser = new();

    private static IReadOnlyList<Citation> Cite(string text) => Parser.Parse(text).Citations;

    [Theory]
    // The cited plan's description runs on without "về" into the next clause, whose body issues a plan of its own.
    [InlineData("Thực hiện Kế hoạch số 12/KH-BCĐ ngày 3/4/2019 của Ban Chỉ đạo phòng chống dịch tỉnh, Ban Chỉ đạo huyện đã ban hành Kế hoạch tổ chức tháng hành động vì an toàn thực phẩm năm 2019 trên địa bàn huyện;")]
    // The same after a subject opened by "về".
    [InlineData("Căn cứ Công văn số 45/SYT-NVY ngày 2/3/2020 của Sở Y tế về phòng, chống dịch bệnh mùa hè, UBND huyện vừa ban hành Kế hoạch kiểm tra vệ sinh các bếp ăn tập thể năm 2020;")]
    public void A_subject_ends_where_another_body_reports_issuing_a_document(string text)
    {
        var cites = Cite(text);
        Assert.Contains(cites, c => c.Type == "Kế hoạch" && c.Number is null);
    }

    [Fact]
    public void A_plan_a_decision_approves_in_its_subject_stays_part_of_that_subject()
    {
        // No reporting verb opens a clause after the comma: the plan is what the decision approves (rule 1 of the plans rule).
        var cites = Cite("Căn cứ Quyết định số 88/QĐ-UBND ngày 5/1/2021 của UBND tỉnh phê duyệt Đề án phát triển du lịch cộng đồng, Kế hoạch bảo tồn làng nghề truyền thống giai đoạn 2021-2025;");
        Assert.Single(cites);
    }

    [Theory]
    [InlineData("Tổng kết Đề án 1366 nhân rộng mô hình câu lạc bộ liên thế hệ đến năm 2025.", "Đề án", "1366", "Đề án 1366")]
    [InlineData("Hội nghị sơ kết Đề án 165 đào tạo, bồi dưỡng cán bộ ở nước ngoài.", "Đề án", "165", "Đề án 165")]
    [InlineData("Tiếp tục thực hiện Đề án 06 phát triển ứng dụng dữ liệu dân cư.", "Đề án", "06", "Đề án 06")]
    public void A_serial_between_a_type_word_and_the_subject_numbers_the_document(string text, string type, string number, string cited)
    {
        var cite = Assert.Single(Cite(text));
        Assert.Equal((type, number, cited), (cite.Type, cite.Number, cite.Text));
    }

    [Theory]
    // A year, a count of days or money, a count of tasks: no serial.
    [InlineData("Triển khai Kế hoạch 2025 tuyển sinh vào lớp 10 trên địa bàn.")]
    [InlineData("Thực hiện Kế hoạch 100 ngày đêm thi đua cao điểm của huyện.")]
    [InlineData("Thực hiện Đề án 300 tỷ đồng hỗ trợ nhà ở cho hộ nghèo.")]
    [InlineData("Hoàn thành Chương trình 12 nhiệm vụ trọng tâm của năm.")]
    public void A_year_or_a_count_after_the_type_word_is_no_serial(string text)
    {
        Assert.DoesNotContain(Cite(text), c => c.Number is not null);
    }

    [Theory]
    // A plan standing as a basis, named by a subject in lower case with its own period.
    [InlineData("Căn cứ Kế hoạch phát triển giáo dục nhà trường giai đoạn 2021 - 2026;", "Kế hoạch")]
    [InlineData("- Chiến lược phát triển nhà trường, giai đoạn 2020 – 2025 tầm nhìn đến năm 2030.", "Chiến lược")]
    [InlineData("Thực hiện Phương án tuyển sinh vào lớp 6 năm học 2024-2025;", "Phương án")]
    public void A_plan_standing_as_a_basis_is_named_by_its_subject_and_period(string text, string type)
    {
        Assert.Contains(Cite(text), c => c.Type == type && c.Number is null);
    }

    [Theory]
    // Only discussed at a meeting, with a year and no period: no citation.
    [InlineData("Hội nghị thảo luận các văn bản: Kế hoạch nâng cao chất lượng sinh hoạt chi bộ đến năm 2025;")]
    // A period, but the plan is neither a basis nor listed: a lower-case subject alone says nothing of which plan.
    [InlineData("Các trường đang xây dựng kế hoạch phát triển giai đoạn 2021 - 2025 cho phù hợp.")]
    public void A_plan_in_lower_case_words_outside_a_basis_is_no_citation(string text)
    {
        Assert.Empty(Cite(text));
    }

    [Fact]
    public void A_plan_approved_with_a_decision_by_a_named_body_is_cited_with_the_decision()
    {
        var cites = Cite("Căn cứ Phương án, vị trí tuyến đường tỉnh 295, tỷ lệ 1/500 (đoạn từ cầu Đông đến ngã ba Chợ) được UBND tỉnh phê duyệt kèm theo Quyết định số 77/QĐ-UBND ngày 2/3/2025;");
        Assert.Contains(cites, c => c.Type == "Phương án" && c.Number is null && c.Text.StartsWith("Phương án, vị trí"));
        Assert.Contains(cites, c => c.Number == "77/QĐ-UBND");
    }

    [Theory]
    // OCR read a syllable twice, the first time only its first letters.
    [InlineData("Căn cứ Quyết đ định số 15/QĐ-UBND ngày 4/5/2022 của UBND huyện;", "Quyết định", "15/QĐ-UBND")]
    [InlineData("Thực hiện Kế ho hoạch số 21/KH-UBND ngày 9/3/2023 của UBND xã;", "Kế hoạch", "21/KH-UBND")]
    public void A_type_word_with_a_syllable_read_twice_is_still_the_type_word(string text, string type, string number)
    {
        var cite = Assert.Single(Cite(text));
        Assert.Equal((type, number), (cite.Type, cite.Number));
    }

    [Theory]
    // A form or a draft names one document whose number and date are left as dots to fill in.
    [InlineData("(Kèm theo Hướng dẫn số ....../HD-SYT ngày ..../3/2019 của Sở Y tế tỉnh Phú Yên)", "Hướng dẫn", "Hướng dẫn số ....../HD-SYT ngày ..../3/2019 của Sở Y tế tỉnh Phú Yên")]
    [InlineData("Xét tờ trình số ……/TTr-UBND ngày …… tháng …… năm …… của Ủy ban nhân dân xã Tân Lập về dự toán ngân sách;", "Tờ trình", "tờ trình số ……/TTr-UBND ngày …… tháng …… năm …… của Ủy ban nhân dân xã Tân Lập")]
    [InlineData("(Ban hành kèm theo Quyết định số ./QĐ-UBND ngày . tháng 5 năm 2019 của UBND xã Hòa Sơn)", "Quyết định", "Quyết định số ./QĐ-UBND ngày . tháng 5 năm 2019 của UBND xã Hòa Sơn")]
    public void A_number_left_as_dots_with_its_codes_names_one_document(string text, string type, string cited)
    {
        var cite = Assert.Single(Cite(text));
        Assert.Equal((type, null, null, cited), (cite.Type, cite.Number, cite.Date, cite.Text));
    }

    [Theory]
    // Left empty with no dots: a draft's companion not yet issued.
    [InlineData("Căn cứ Nghị định số /2021/NĐ-CP ngày tháng năm 2021 của Chính phủ;")]
    // A header's own blank number line under its heading.
    [InlineData("QUYẾT ĐỊNH\nSố: ……/QĐ-UBND\nVề việc thành lập tổ công tác")]
    public void A_blank_number_without_dots_or_on_its_own_line_is_no_citation(string text)
    {
        Assert.DoesNotContain(Cite(text), c => c.Type is "Nghị định" or "Quyết định");
    }

    [Theory]
    // A stop word ("có") inside a known subject of law: the name runs over it, and the date after it is the law's.
    [InlineData("Căn cứ Pháp lệnh Ưu đãi người có công với cách mạng ngày 09 tháng 12 năm 2020;", "Pháp lệnh Ưu đãi người có công với cách mạng ngày 09 tháng 12 năm 2020", "2020-12-09")]
    // Where no known subject holds it, the stop word still ends the name.
    [InlineData("Luật Đất đai có hiệu lực từ ngày 01/8/2024.", "Luật Đất đai", null)]
    public void A_law_name_runs_over_a_stop_word_only_inside_a_known_subject(string text, string cited, string? date)
    {
        var cite = Assert.Single(Cite(text));
        Assert.Equal((cited, date), (cite.Text, cite.Date));
    }

    [Fact]
    public void A_strategy_carried_out_with_its_years_is_cited_by_name()
    {
        Assert.Contains(Cite("Tiếp tục thực hiện Chiến lược phát triển kinh tế - xã hội 10 năm 2021 - 2030 của tỉnh."), c => c.Type == "Chiến lược");
    }

    [Theory]
    // A document named by its type, its issuer and what it is about.
    [InlineData("Các xã đã thực hiện Chỉ thị của Ban Thường vụ Huyện ủy về tăng cường công tác phòng, chống cháy rừng.", "Chỉ thị", "Chỉ thị của Ban Thường vụ Huyện ủy")]
    [InlineData("Nhà trường thực hiện Hướng dẫn của Sở Giáo dục và Đào tạo về việc tổ chức kiểm tra cuối học kỳ I.", "Hướng dẫn", "Hướng dẫn của Sở Giáo dục và Đào tạo")]
    [InlineData("Theo Công văn của UBND huyện V/v tổ chức các hoạt động mừng Đảng, mừng Xuân;", "Công văn", "Công văn của UBND huyện")]
    public void A_document_named_by_its_issuer_and_subject_is_cited_by_name(string text, string type, string cited)
    {
        var cite = Assert.Single(Cite(text));
        Assert.Equal((type, null, cited), (cite.Type, cite.Number, cite.Text));
    }

    [Fact]
    public void What_the_subject_of_a_named_document_cites_is_read_on_its_own()
    {
        var cites = Cite("Các chi bộ thực hiện Hướng dẫn của Ban Tuyên giáo Huyện ủy về học tập Chỉ thị số 05-CT/TW của Bộ Chính trị.");
        Assert.Contains(cites, c => c.Type == "Hướng dẫn" && c.Number is null);
        Assert.Contains(cites, c => c.Number == "05-CT/TW");
    }

    [Theory]
    // A count, a plural or a draft: several documents or none yet.
    [InlineData("Hội nghị học tập ba Nghị quyết của Ban Chấp hành Trung ương Hội về công tác Hội và phong trào nông dân.")]
    [InlineData("Thời gian qua, nhiều Chỉ thị của Tỉnh ủy về phòng, chống dịch đã được triển khai.")]
    [InlineData("Các đại biểu góp ý dự thảo Quyết định của UBND tỉnh về quản lý chợ trên địa bàn.")]
    // Its issuer alone, or "văn bản", which is no type word.
    [InlineData("Các đơn vị thực hiện theo Công văn của UBND huyện.")]
    [InlineData("Bộ GD&ĐT có văn bản của Vụ Giáo dục Tiểu học về việc tổ chức dạy học 2 buổi/ngày.")]
    public void A_count_a_plural_a_draft_or_an_issuer_alone_is_no_citation(string text)
    {
        Assert.DoesNotContain(Cite(text), c => c.Number is null);
    }

    [Theory]
    // Presented or discussed at a meeting: a draft (rule 3 of the plans rule), "về" between verb and type word or not.
    [InlineData("Đồng chí Phó Chủ tịch trình bày Quy chế hoạt động của Ủy ban MTTQ phường nhiệm kỳ 2024 - 2029.")]
    [InlineData("Hội nghị cho ý kiến về Kế hoạch tổ chức Đại hội Đoàn các cấp nhiệm kỳ 2022 - 2027.")]
    public void A_plan_presented_or_discussed_is_no_citation(string text)
    {
        Assert.Empty(Cite(text));
    }

    [Theory]
    // A local body in its short form right after the type word, no "của".
    [InlineData("Kỳ họp kiểm điểm việc thực hiện Nghị quyết HĐND huyện về phát triển kinh tế - xã hội năm 2023.", "Nghị quyết", "Nghị quyết HĐND huyện")]
    [InlineData("Các phòng, ban triển khai Quyết định UBND tỉnh về việc giao chỉ tiêu kế hoạch năm 2024.", "Quyết định", "Quyết định UBND tỉnh")]
    public void A_document_of_a_local_body_in_short_form_about_a_subject_is_cited(string text, string type, string cited)
    {
        var cite = Assert.Single(Cite(text));
        Assert.Equal((type, cited), (cite.Type, cite.Text));
    }

    [Theory]
    // A capitalized subject is no body; an abbreviation without its jurisdiction word is not read as one.
    [InlineData("Triển khai Kế hoạch Tổ chức Hội thi về an toàn giao thông cho học sinh.")]
    [InlineData("Thực hiện Quyết định UBND về việc giao chỉ tiêu.")]
    public void Capitalized_words_or_a_bare_abbreviation_after_the_type_word_are_no_issuer(string text)
    {
        Assert.DoesNotContain(Cite(text), c => c.Issuer is "Tổ chức Hội thi" or "UBND");
    }

    [Fact]
    public void A_body_s_programme_for_its_term_is_cited_by_name()
    {
        var cite = Assert.Single(Cite("Các chi hội thực hiện Chương trình hành động của Hội Nông dân tỉnh nhiệm kỳ 2023-2028;"));
        Assert.Equal(("Chương trình hành động", "Chương trình hành động của Hội Nông dân tỉnh nhiệm kỳ 2023-2028"), (cite.Type, cite.Text));
    }

    [Fact]
    public void A_body_s_plan_with_a_year_alone_is_no_citation()
    {
        Assert.Empty(Cite("Theo Kế hoạch của UBND xã năm 2019, các thôn tổ chức ra quân."));
    }

    [Fact]
    public void The_short_name_given_to_a_document_cited_by_name_repeats_it()
    {
        var cites = Cite("Kỳ thi tuyển sinh được thực hiện theo Quy chế tuyển sinh vào lớp 10 trung học phổ thông (THPT) ban hành kèm theo Thông tư số 11/2014/TT-BGDĐT ngày 18/4/2014 của Bộ Giáo dục và Đào tạo (gọi tắt là Quy chế tuyển sinh).");
        Assert.Equal(2, cites.Count(c => c.Type == "Quy chế" && c.Number is null));
        Assert.Contains(cites, c => c.Text == "Quy chế tuyển sinh");
    }

    [Theory]
    // The plan the decision approves was not cited, so its short name repeats nothing.
    [InlineData("Căn cứ Quyết định số 06/QĐ-TTg ngày 6/1/2022 của Thủ tướng Chính phủ phê duyệt Đề án phát triển ứng dụng dữ liệu dân cư giai đoạn 2022 - 2025 (gọi tắt là Đề án dân cư);")]
    // Its issuer alone names no document.
    [InlineData("Ban Chỉ đạo huyện đã ban hành Kế hoạch tổ chức tháng hành động vì an toàn thực phẩm năm 2024 trên địa bàn huyện (sau đây viết tắt là Kế hoạch của huyện);")]
    public void A_short_name_that_repeats_no_citation_or_names_an_issuer_alone_is_not_cited(string text)
    {
        Assert.DoesNotContain(Cite(text), c => c.Text is "Đề án dân cư" or "Kế hoạch của huyện");
    }
}
