using Ingest.Indexer.Model;
using Ingest.Indexer.Parsing;

namespace Ingest.Indexer.Tests.Parsing;

/// <summary>
/// Citations by name written outside the forms the rules of issue 10 cover: laws, codes, ordinances and charters
/// in lower case, plenums and congresses in variant spellings. Sentences written for the test; each rule with the
/// near misses that must stay no citation.
/// </summary>
public sealed class ByNameCitationTests
{
    private static readonly PlanParser Parser = new();

    private static IReadOnlyList<Citation> Cite(string text) => Parser.Parse(text).Citations;

    [Theory]
    // A known subject of law.
    [InlineData("Hội nghị sơ kết 5 năm thi hành luật phòng, chống bạo lực gia đình tại xã.", "Luật", "luật phòng, chống bạo lực gia đình")]
    [InlineData("Cán bộ tư pháp hướng dẫn người dân về luật hôn nhân và gia đình, thủ tục đăng ký kết hôn.", "Luật", "luật hôn nhân và gia đình")]
    [InlineData("Xử phạt theo bộ luật hình sự hiện hành đối với hành vi này.", "Bộ luật", "bộ luật hình sự")]
    // A capitalized word in the name.
    [InlineData("Từ tháng 7, khi luật Thanh niên có hiệu lực, đoàn viên được tham gia ý kiến.", "Luật", "luật Thanh niên")]
    [InlineData("Căn cứ điều lệ Hội Cựu chiến binh Việt Nam;", "Điều lệ", "điều lệ Hội Cựu chiến binh Việt Nam")]
    // The year of adoption.
    [InlineData("Văn bản hướng dẫn luật hợp tác xã 2012 đã hết hiệu lực.", "Luật", "luật hợp tác xã 2012")]
    // The type word itself in odd case.
    [InlineData("Theo pháp Lệnh dân số Điều 3, gia đình có quyền quyết định số con.", "Pháp lệnh", "pháp Lệnh dân số")]
    public void A_law_named_in_lower_case_is_cited_when_its_name_is_specific(string text, string type, string cited)
    {
        var cite = Assert.Single(Cite(text), c => c.Number is null);
        Assert.Equal((type, cited), (cite.Type, cite.Text));
    }

    [Theory]
    [InlineData("Nâng cao ý thức chấp hành pháp luật của cán bộ, đảng viên.")]
    [InlineData("Giữ nghiêm kỷ luật Đảng, kỷ cương hành chính.")]
    [InlineData("Xử lý theo luật định những trường hợp vi phạm.")]
    [InlineData("Góp ý dự thảo báo cáo chính trị và sửa đổi điều lệ Hội Nông dân Việt Nam.")]
    [InlineData("Tuyên truyền các luật thuế mới ban hành đến doanh nghiệp.")]
    [InlineData("Người dân còn chưa hiểu luật về giao thông.")]
    [InlineData("Tổ chức thực hiện Pháp lệnh ưu đãi người có công và hiện Pháp chế của huyện.")]
    public void A_lower_case_type_word_without_a_specific_name_is_no_citation(string text)
    {
        Assert.DoesNotContain(Cite(text), c => c.Type is "Luật" or "Điều lệ" or "Hiến pháp" && c.Number is null);
    }

    [Fact]
    public void Thuc_hien_phap_lenh_is_not_read_as_hien_phap()
    {
        Assert.DoesNotContain(Cite("Ngân sách thực hiện pháp lệnh dân số năm nay."), c => c.Type == "Hiến pháp");
    }

    [Theory]
    // Folded, "hiện Pháp" is "hiến pháp": the type word that starts at the next word is read.
    [InlineData("Kinh phí thực hiện Pháp lệnh Cựu chiến binh năm 2024.", "Pháp lệnh")]
    [InlineData("Tổ chức thực hiện Pháp lệnh Dân số trên địa bàn.", "Pháp lệnh")]
    // A text that lost its marks still reads its type word.
    [InlineData("Can cu Hien phap nuoc Cong hoa xa hoi chu nghia Viet Nam;", "Hiến pháp")]
    public void A_type_word_whose_first_word_carries_other_marks_starts_at_the_next_word(string text, string type)
    {
        Assert.Contains(Cite(text), c => c.Type == type);
        if (type != "Hiến pháp") Assert.DoesNotContain(Cite(text), c => c.Type == "Hiến pháp");
    }

    [Fact]
    public void A_plenum_resolution_first_named_in_a_subject_is_cited()
    {
        var cites = Cite("Thực hiện Kế hoạch số 15-KH/HU ngày 02/3/2017 của Huyện ủy về học tập, quán triệt Nghị quyết Hội nghị lần thứ năm, Ban Chấp hành Trung ương Đảng khóa XII, các chi bộ đã tổ chức học tập.");
        Assert.Contains(cites, c => c.Type == "Nghị quyết" && c.Number is null && c.Text.StartsWith("Nghị quyết Hội nghị lần thứ năm"));
    }

    [Fact]
    public void A_plenum_resolution_named_again_in_a_subject_restates_it()
    {
        var cites = Cite("Căn cứ Nghị quyết Trung ương 5 khóa XII; thực hiện Kế hoạch số 15-KH/HU của Huyện ủy về học tập Nghị quyết Trung ương 5 khóa XII.");
        Assert.Single(cites, c => c.Number is null);
    }

    [Fact]
    public void A_law_named_in_lower_case_then_again_in_a_subject_is_cited_once()
    {
        // hz-003: the lower-case naming cites the ordinance; the Nghị định's subject restates it.
        var cites = Cite("Theo pháp Lệnh lưu trữ quốc gia Điều 14, Khoản 2 và Điều 07 của Nghị định số 110/2004/NĐ-CP ngày 08/4/2004 của Chính phủ hướng dẫn thi hành một số điều của Pháp lệnh lưu trữ Quốc gia về thời hạn giao nộp tài liệu vào lưu trữ lịch sử");
        Assert.Equal(["pháp Lệnh lưu trữ quốc gia", "Nghị định số 110/2004/NĐ-CP ngày 08/4/2004 của Chính phủ"], cites.Select(c => c.Text));
    }

    [Fact]
    public void A_congress_resolution_named_again_in_a_directives_subject_restates_it()
    {
        // hz-043: the congress's resolution, then a directive "về quán triệt … Nghị quyết Đại hội đại biểu Đảng bộ xã".
        var cites = Cite("quán triệt văn bản:\n- Nghị quyết Đại hội đại biểu Đảng bộ xã Ya Ly lần thứ nhất, nhiệm kỳ 2025-2030.\n- Chỉ thị 01-CT/ĐU ngày 13-8-2025 của Ban Thường vụ Đảng ủy về quán triệt và tổ chức thực hiện Nghị quyết Đại hội đại biểu Đảng bộ xã.");
        Assert.Equal(2, cites.Count);
        Assert.Single(cites, c => c.Number is null);
    }

    [Theory]
    // hz-025: a congress's resolution still being drafted is no document yet.
    [InlineData("Đại hội đã biểu quyết thông qua Báo cáo chính trị tại Đại hội chi bộ, nhiệm kỳ 2025 – 2027; thảo luận xây dựng Nghị quyết Đại hội về phương hướng, nhiệm vụ, giải pháp trọng tâm nhiệm kỳ 2025 – 2027")]
    [InlineData("Tiểu ban có nhiệm vụ tham mưu Nghị quyết Đại hội đại biểu Đảng bộ huyện lần thứ XX, nhiệm kỳ 2025 - 2030.")]
    public void A_congress_resolution_still_being_drafted_is_not_cited(string text) =>
        Assert.DoesNotContain(Cite(text), c => c.Type == "Nghị quyết");

    [Fact]
    public void A_congress_resolution_a_subject_is_based_on_stays_part_of_it()
    {
        var cites = Cite("Thực hiện Chỉ thị số 07/CT-UBND ngày 05/3/2021 của UBND tỉnh về phát động thi đua hoàn thành kế hoạch năm theo Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ XX;");
        Assert.DoesNotContain(cites, c => c.Number is null);
    }

    [Fact]
    public void A_plan_of_a_body_inside_a_subject_stays_part_of_it()
    {
        var cites = Cite("Thực hiện Công văn số 120/UBND-VX ngày 02/3/2021 của UBND huyện về triển khai Kế hoạch của Sở Y tế, trạm y tế báo cáo.");
        Assert.DoesNotContain(cites, c => c.Type == "Kế hoạch");
    }

    [Theory]
    [InlineData("Quán triệt Nghị quyết Hộinghị lần thứ 6, Ban chấp hành Trung ương Đảng khóa XI về giáo dục.", "Trung ương 6 khóa XI")]
    [InlineData("Tiếp tục thực hiện Nghị quyết Hội nghị Trungương 7 khóa X về tam nông.", "Trung ương 7 khóa X")]
    public void A_plenum_with_its_words_glued_is_that_plenum(string text, string name)
    {
        Assert.Equal(name, Assert.Single(Cite(text)).Name);
    }

    [Theory]
    [InlineData("Tổ chức Hộinghị lần thứ 6 của Ban chấp hành Đảng bộ xã khóa XI.")]
    [InlineData("Nghị quyết Hộinghị Trung ương đã chỉ rõ nhiều hạn chế.")]
    public void A_glued_meeting_that_names_no_plenum_is_no_citation(string text)
    {
        Assert.Empty(Cite(text));
    }

    [Theory]
    // tests/corpus/README.md, plans by name: a plan or project standing on its own, its subject saying which one.
    [InlineData("Trên cơ sở Kế hoạch Du lịch cộng đồng của huyện năm 2022, Phòng Văn hóa đã khảo sát các điểm đến.", "Kế hoạch", "Kế hoạch Du lịch cộng đồng của huyện năm 2022")]
    [InlineData("Hội Nông dân tỉnh vừa ban hành Kế hoạch tổ chức Hội thi nhà nông đua tài lần thứ III.", "Kế hoạch", "Kế hoạch tổ chức Hội thi nhà nông đua tài lần thứ III")]
    [InlineData("Cử tri cho ý kiến về việc sáp nhập thôn theo Đề án sắp xếp thôn trên địa bàn xã Tân Lập.", "Đề án", "Đề án sắp xếp thôn trên địa bàn xã Tân Lập")]
    [InlineData("UBND huyện Cam Lâm vừa ban hành Kế hoạch tổ chức thực hiện phong trào thi đua \"Cả nước chung tay vì người nghèo\" giai đoạn 2022 - 2025 trên địa bàn huyện.", "Kế hoạch", "Kế hoạch tổ chức thực hiện phong trào thi đua \"Cả nước chung tay vì người nghèo\" giai đoạn 2022 - 2025 trên địa bàn huyện")]
    public void A_plan_named_by_its_subject_on_its_own_is_cited(string text, string type, string cited)
    {
        var cite = Assert.Single(Cite(text));
        Assert.Equal((type, (string?)null, cited), (cite.Type, cite.Number, cite.Text));
    }

    // The plan's title ends before the bracket, and the bracket's number restates that one plan: one citation, by its
    // number (tests/corpus/README.md, the `if-` rule: "a plan named by subject with its number in brackets").
    [Fact]
    public void A_plans_title_restated_by_its_number_in_brackets_is_cited_once_by_the_number()
    {
        var cites = Cite("Trên cơ sở Kế hoạch tổ chức Lễ hội Hoa Đào lần thứ nhất năm 2018 (210/KH-UBND ngày 14/12/2017), xã đã đăng ký.");
        Assert.Equal(["210/KH-UBND ngày 14/12/2017"], cites.Select(c => c.Text));
    }

    [Theory]
    // The text itself, a draft, a plan named inside the text's own title, a body's plan with no subject, a heading.
    [InlineData("UBND xã ban hành Kế hoạch tổ chức Hội thi văn nghệ năm 2024 như sau:")]
    [InlineData("Hội nghị góp ý Đề án sắp xếp thôn trên địa bàn xã Tân Lập giai đoạn 2024-2025.")]
    [InlineData("UBND tỉnh ban hành Kế hoạch thực hiện Đề án Phát triển du lịch giai đoạn 2021-2025 trên địa bàn tỉnh như sau:")]
    [InlineData("Theo Kế hoạch của UBND xã, Ngày hội được tổ chức tại nhà văn hóa thôn.")]
    [InlineData("Theo Kế hoạch của UBND xã năm 2019 triển khai làm 3 km đường giao thông.")]
    [InlineData("KẾ HOẠCH TỔ CHỨC LỄ HỘI ĐỀN BIA NĂM 2019")]
    public void A_plan_that_is_the_text_a_draft_or_nameless_is_no_citation(string text) =>
        Assert.DoesNotContain(Cite(text), c => c.Number is null);

    [Theory]
    // A plan on its own, then the document it comes with: both are cited (samples/expected/quang-ngai-ban-dan-toc-2022).
    [InlineData("Kỳ thi được tổ chức theo Quy chế thi tốt nghiệp trung học phổ thông (THPT) ban hành kèm theo Thông tư số 15/2020/TT-BGDĐT ngày 26/5/2020.", "Quy chế", "Thông tư")]
    [InlineData("Giáo viên soạn bài trên cơ sở Chương trình môn Địa lý toàn cấp học do Bộ GD&ĐT ban hành kèm theo Quyết định số 16/2006/QĐ-BGDĐT;", "Chương trình", "Quyết định")]
    public void A_plan_issued_with_a_document_it_names_after_it_is_cited_with_that_document(string text, string plan, string host) =>
        Assert.Equal([plan, host], Cite(text).Select(c => c.Type));

    [Fact]
    public void A_programme_in_quotes_still_to_be_drafted_is_no_citation() =>
        Assert.DoesNotContain(Cite("UBND Thành phố giao Sở tham mưu “Chương trình hành động của Thành ủy về thực hiện Nghị quyết số 18-NQ/TW”."), c => c.Number is null);

    [Fact]
    public void A_resolution_of_a_body_with_its_subject_is_cited()
    {
        var cite = Assert.Single(Cite("TOÀN VĂN: Nghị quyết của Bộ Chính trị về đổi mới hoạt động của Hội Nông dân Việt Nam"));
        Assert.Equal(("Nghị quyết", "Bộ Chính trị"), (cite.Type, cite.Issuer));
    }

    [Theory]
    // Plural after a list of type words; a naming that restates the numbered citation just before it.
    [InlineData("Thực hiện các Chỉ thị, Nghị quyết của Đảng về nông nghiệp, nông dân và nông thôn.")]
    [InlineData("Căn cứ Nghị quyết số 41-NQ/ĐU ngày 25/12/2018 Nghị quyết của Ban chấp hành Đảng uỷ về nhiệm vụ năm 2019;")]
    public void A_resolution_named_in_a_plural_list_or_restating_a_number_is_no_citation_by_name(string text) =>
        Assert.DoesNotContain(Cite(text), c => c.Number is null);

    [Fact]
    public void A_project_a_decision_approves_is_that_decisions_subject()
    {
        var cites = Cite("Căn cứ Quyết định số 1677/QĐ-TTg ngày 03/12/2018 của Thủ tướng Chính phủ phê duyệt Đề án phát triển giáo dục mầm non giai đoạn 2018-2025;");
        Assert.Equal(["1677/QĐ-TTg"], cites.Select(c => c.Number));
    }

    [Fact]
    public void A_plan_of_a_body_with_its_subject_is_cited()
    {
        var cite = Assert.Single(Cite("Các chi bộ quán triệt Kế hoạch của Tỉnh ủy về tổ chức Đại hội Đảng bộ các cấp."));
        Assert.Equal(("Kế hoạch", "Tỉnh ủy"), (cite.Type, cite.Issuer));
    }

    [Fact]
    public void A_committees_action_programme_is_cited_by_its_body()
    {
        var cite = Assert.Single(Cite("Các chi bộ triển khai Chương trình hành động của Huyện ủy thực hiện Nghị quyết số 05-NQ/TU."), c => c.Number is null);
        Assert.Equal(("Chương trình hành động", "Huyện ủy"), (cite.Type, cite.Issuer));
    }

    [Theory]
    [InlineData("Rà soát các Chương trình hành động của Huyện ủy đã hết hiệu lực.")]
    [InlineData("Đề nghị các sở tham mưu Chương trình hành động của Tỉnh ủy để trình Ban Thường vụ.")]
    [InlineData("Xây dựng chương trình hành động của ngành y tế giai đoạn 2021-2025.")]
    public void An_action_programme_still_to_be_written_or_in_general_is_no_citation(string text)
    {
        Assert.DoesNotContain(Cite(text), c => c.Type == "Chương trình hành động");
    }

    [Fact]
    public void A_law_named_again_by_its_numbered_name_is_that_law()
    {
        var cites = Cite("Quốc hội đã thông qua Luật Thanh niên số 57/2020/QH14 (gọi tắt là Luật Thanh niên). Luật Thanh niên gồm 7 chương.");
        Assert.Equal(3, cites.Count);
        Assert.All(cites, c => Assert.Equal("57/2020/QH14", c.Number));
        Assert.Equal("Luật Thanh niên", cites[2].Text);
    }

    [Fact]
    public void A_law_of_the_same_name_but_another_year_is_another_law()
    {
        var cites = Cite("Căn cứ Luật Tổ chức chính quyền địa phương số 77/2015/QH13 ngày 19/6/2015; Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;");
        Assert.Equal(2, cites.Count);
        Assert.Null(cites[1].Number);
        Assert.Equal("2025-06-16", cites[1].Date);
    }

    [Fact]
    public void A_law_named_with_the_year_of_its_number_is_that_law()
    {
        var cites = Cite("Căn cứ Luật Đất đai số 45/2013/QH13; thực hiện đúng Luật Đất đai năm 2013 trong công tác giao đất.");
        Assert.Equal(2, cites.Count);
        Assert.All(cites, c => Assert.Equal("45/2013/QH13", c.Number));
    }

    [Fact]
    public void Another_law_whose_name_only_starts_alike_stays_by_name()
    {
        var cites = Cite("Căn cứ Luật Giáo dục số 43/2019/QH14; Luật Giáo dục đại học ngày 18/6/2012;");
        Assert.Contains(cites, c => c.Number is null && c.Text.StartsWith("Luật Giáo dục đại học"));
    }

    [Theory]
    [InlineData("Triển khai Nghị quyết Kỳ họp thứ 7 HĐND tỉnh khóa XVIII đến cơ sở.", "Kỳ họp thứ 7 HĐND tỉnh khóa XVIII")]
    [InlineData("Theo nghị quyết kỳ họp thứ năm, Quốc hội khóa XV, các bộ rà soát.", "kỳ họp thứ năm, Quốc hội khóa XV")]
    public void A_councils_session_resolution_is_cited_by_session_body_and_term(string text, string name)
    {
        Assert.Equal(name, Assert.Single(Cite(text)).Name);
    }

    [Theory]
    [InlineData("Đại biểu thảo luận dự thảo tại kỳ họp thứ 7 HĐND tỉnh khóa XVIII.")]
    [InlineData("Thông qua Nghị quyết kỳ họp thứ 3 của Quốc hội về ngân sách.")]
    [InlineData("Nghị quyết kỳ họp thứ 7 đã nêu rõ nhiệm vụ.")]
    public void A_session_without_its_council_and_term_is_no_citation(string text)
    {
        Assert.Empty(Cite(text));
    }
    [Theory]
    // Any document named by its type and subject, with no number, where the sentence reports another body issued it.
    [InlineData("Chủ tịch UBND tỉnh vừa có Công điện về việc chủ động ứng phó với mưa lũ tại các huyện miền núi.", "Công điện", "Công điện về việc chủ động ứng phó với mưa lũ tại các huyện miền núi")]
    [InlineData("Sở Y tế vừa ban hành Hướng dẫn về việc tiêm vắc xin cho trẻ em từ 5 đến 11 tuổi.", "Hướng dẫn", "Hướng dẫn về việc tiêm vắc xin cho trẻ em từ 5 đến 11 tuổi")]
    [InlineData("UBND huyện vừa ban hành Kế hoạch sắp xếp thôn, tổ dân phố trên địa bàn huyện năm 2024 nhằm tinh gọn bộ máy.", "Kế hoạch", "Kế hoạch sắp xếp thôn, tổ dân phố trên địa bàn huyện năm 2024")]
    [InlineData("UBND xã vừa ký Quyết định phê duyệt “Phương án phòng chống lụt bão năm 2024”, giao các thôn thực hiện.", "Quyết định", "Quyết định phê duyệt “Phương án phòng chống lụt bão năm 2024”")]
    public void A_document_reported_as_issued_is_cited_by_its_type_and_subject(string text, string type, string cited)
    {
        var cite = Assert.Single(Cite(text));
        Assert.Equal((type, (string?)null, cited), (cite.Type, cite.Number, cite.Text));
    }

    [Theory]
    // No subject (issuer or year alone), a generic "văn bản", a plural, or a plan still being drafted.
    [InlineData("UBND tỉnh vừa ban hành Kế hoạch của UBND tỉnh.")]
    [InlineData("Sở Tài chính vừa ban hành Văn bản hướng dẫn quyết toán ngân sách.")]
    [InlineData("UBND huyện vừa ban hành các Kế hoạch về phòng chống dịch.")]
    [InlineData("UBND xã đang xây dựng Kế hoạch tổ chức lễ hội năm 2025.")]
    [InlineData("UBND tỉnh vừa có Công điện số khẩn.")]
    public void A_report_without_a_subject_names_no_document(string text) => Assert.Empty(Cite(text));

    [Theory]
    // A plan or programme whose subject is carrying out a numbered document, standing on its own: cited by name, and
    // the carried-out document by its number.
    [InlineData("Các chi bộ tiếp tục triển khai Chương trình hành động thực hiện Nghị quyết số 21-NQ/TW ngày 16/1/2022 của Bộ Chính trị.", "Chương trình hành động", "21-NQ/TW")]
    [InlineData("Thủ tướng Chính phủ đã phê duyệt Đề án thực hiện Kết luận số 52-KL/TW của Ban Bí thư.", "Đề án", "52-KL/TW")]
    public void A_plan_carrying_out_a_numbered_document_is_cited_by_name(string text, string type, string number)
    {
        var cites = Cite(text);
        Assert.Equal([(type, (string?)null), (cites[1].Type, number)], cites.Select(c => (c.Type, c.Number)));
    }

    [Theory]
    // What another citation approves or issues, a draft, and the text itself are not cited by name.
    [InlineData("Căn cứ Quyết định số 45/QĐ-UBND ngày 3/2/2023 của UBND tỉnh phê duyệt Kế hoạch thực hiện Chỉ thị số 09-CT/TU của Tỉnh ủy;")]
    [InlineData("UBND huyện xây dựng Kế hoạch thực hiện Nghị quyết số 12/NQ-HĐND của HĐND huyện.")]
    [InlineData("UBND xã ban hành Kế hoạch thực hiện Chỉ thị số 05-CT/TW của Bộ Chính trị như sau:")]
    public void A_plan_carrying_out_a_document_inside_another_citation_or_the_text_itself_is_not_cited(string text) =>
        Assert.DoesNotContain(Cite(text), c => c.Number is null);

}

/// <summary>A type's abbreviation glued to its serial ("QĐ22") as the short form of a full citation.</summary>
public sealed class GluedAbbreviationTests
{
    private static readonly PlanParser Parser = new();

    [Fact]
    public void A_glued_abbreviation_takes_the_full_symbol_cited_before_it()
    {
        var cites = Parser.Parse("Thủ tướng ban hành Quyết định số 45/2019/QĐ-TTg về hỗ trợ nhà ở (gọi tắt là QĐ45). Thực hiện QĐ45, huyện đã rà soát.").Citations;
        Assert.Equal(3, cites.Count);
        Assert.All(cites, c => Assert.Equal("45/2019/QĐ-TTg", c.Number));
        Assert.Equal("QĐ45", cites[1].Text);
    }

    [Theory]
    // No full citation of that serial in the text, and no citing word before it (after one it counts alone, the io- rule:
    // HeldOutShapeCitationTests).
    [InlineData("Thực hiện Quyết định số 12/QĐ-UBND; hồ sơ lưu tại tủ QĐ45.")]
    // A code inside a symbol, or a model number.
    [InlineData("Theo Công văn số 45/UBND-QĐ45 của UBND huyện.")]
    [InlineData("Máy in HP45 và máy chiếu CT45A đã hỏng.")]
    public void A_glued_abbreviation_without_its_full_citation_is_no_citation(string text)
    {
        Assert.DoesNotContain(Parser.Parse(text).Citations, c => c.Text.StartsWith("QĐ45") || c.Text.StartsWith("CT45") || c.Text.StartsWith("HP"));
    }
}

/// <summary>A serial with the year of issue ("Công văn 5580 năm 2016") as a citation by number.</summary>
public sealed class SerialYearTests
{
    private static readonly PlanParser Parser = new();

    [Theory]
    [InlineData("Hướng dẫn theo Thông tư 15 năm 2020 về hóa đơn điện tử.", "Thông tư", "15")]
    [InlineData("tải Công văn 4321 năm 2019 hoàn thuế", "Công văn", "4321")]
    public void A_serial_with_its_year_is_a_citation(string text, string type, string number)
    {
        var cite = Assert.Single(Parser.Parse(text).Citations);
        Assert.Equal((type, number), (cite.Type, cite.Number));
    }

    [Theory]
    [InlineData("Thực hiện kế hoạch 5 năm 2021-2025 của ngành.")]
    [InlineData("Chiến lược, Kế hoạch 10 năm 2011 - 2020 đã hoàn thành.")]
    [InlineData("Thông tư 2 năm 2020 nay đã có hiệu lực.")]
    public void A_period_is_no_citation(string text)
    {
        Assert.DoesNotContain(Parser.Parse(text).Citations, c => c.Number is "5" or "10" or "2");
    }
}

/// <summary>Serials without codes listed after one type word and "số" ("số 217 và 218 của Bộ Chính trị").</summary>
public sealed class BareSerialListTests
{
    private static readonly PlanParser Parser = new();

    [Theory]
    [InlineData("Triển khai Chỉ thị số 05 và 06 của Ban Thường vụ Huyện ủy đến chi bộ.", new[] { "05", "06" })]
    [InlineData("Thực hiện các Kết luận số 12, 14, 15 của Bộ Chính trị về công tác cán bộ.", new[] { "12", "14", "15" })]
    [InlineData("Sơ kết Nghị quyết số 18, 19 Hội nghị Trung ương 6 khóa XII ở cơ sở.", new[] { "18", "19" })]
    public void Each_listed_serial_is_a_document(string text, string[] numbers)
    {
        Assert.Equal(numbers, Parser.Parse(text).Citations.Where(c => c.Number is not null).Select(c => c.Number).ToArray());
    }

    [Theory]
    [InlineData("Theo Chỉ thị số 05, 10 đơn vị đã hoàn thành kế hoạch.")]
    [InlineData("Thông báo số 3 và 4 lớp học được mở thêm.")]
    public void Numbers_that_are_counts_are_no_list(string text)
    {
        Assert.DoesNotContain(Parser.Parse(text).Citations, c => c.Number is "10" or "4");
    }

}

// Reports of another body's act by a document's name (tests/corpus/README.md, the ig- and ih- batches).
public sealed class ReportedByNameTests
{
    private static readonly PlanParser Parser = new();

    [Theory]
    // A clause that opens with a date reports a past act: a bare "ban hành" or "thông qua" there names another text.
    [InlineData("Ngày 12/3/2024, UBND huyện ban hành Kế hoạch triển khai công tác phòng chống thiên tai năm 2024 trên địa bàn huyện.", "Kế hoạch", "Kế hoạch triển khai công tác phòng chống thiên tai năm 2024 trên địa bàn huyện")]
    [InlineData("Ngày 05/01/2022, Ban Thường vụ Huyện đoàn ban hành Hướng dẫn tổ chức các hoạt động tình nguyện hè năm 2022.", "Hướng dẫn", "Hướng dẫn tổ chức các hoạt động tình nguyện hè năm 2022")]
    [InlineData("Ngày 20/12/2023, HĐND xã thông qua Nghị quyết về việc phân bổ dự toán ngân sách xã năm 2024.", "Nghị quyết", "Nghị quyết về việc phân bổ dự toán ngân sách xã năm 2024")]
    public void A_bare_issuing_verb_after_an_opening_date_reports_a_citation_by_name(string text, string type, string cited)
    {
        var cite = Assert.Single(Parser.Parse(text).Citations);
        Assert.Equal((type, (string?)null, cited), (cite.Type, cite.Number, cite.Text));
    }

    [Theory]
    // No opening date: the text's own issuing sentence, or a body's plan with no date, stays uncited.
    [InlineData("UBND huyện ban hành Kế hoạch triển khai công tác phòng chống thiên tai năm 2024 như sau:")]
    [InlineData("Để triển khai kịp thời, UBND huyện ban hành Kế hoạch kiểm tra công tác cải cách hành chính năm 2024 như sau:")]
    public void A_bare_issuing_verb_without_an_opening_date_is_the_text_itself(string text) =>
        Assert.DoesNotContain(Parser.Parse(text).Citations, c => c.Number is null);

    [Theory]
    // A council adopting a resolution reports it: a citation by name.
    [InlineData("Tại kỳ họp thứ 9, HĐND xã đã biểu quyết thông qua Nghị quyết về việc đặt tên đường trên địa bàn xã năm 2023.", "Nghị quyết về việc đặt tên đường trên địa bàn xã năm 2023")]
    [InlineData("Các đại biểu đã thảo luận và thông qua Nghị quyết về phân bổ vốn sự nghiệp giáo dục năm 2024.", "Nghị quyết về phân bổ vốn sự nghiệp giáo dục năm 2024")]
    // mm-020 (daibieunhandan.vn): "vừa thông qua" reports the adoption as "vừa ban hành" reports an issuing.
    [InlineData("HĐND thành phố vừa thông qua Nghị quyết về việc thành lập mới và đổi tên thôn, tổ dân phố trên địa bàn 16 quận, huyện. Theo đó, tổng số thôn, tổ dân phố được thành lập", "Nghị quyết về việc thành lập mới và đổi tên thôn, tổ dân phố trên địa bàn 16 quận, huyện")]
    public void A_council_adopting_a_resolution_reports_a_citation_by_name(string text, string cited)
    {
        var cite = Assert.Single(Parser.Parse(text).Citations);
        Assert.Equal(("Nghị quyết", (string?)null, cited), (cite.Type, cite.Number, cite.Text));
    }

    [Theory]
    // A congress adopting its political report; a page under the document's own title that its dated line repeats.
    [InlineData("Đại hội đã biểu quyết thông qua Báo cáo chính trị của Chi bộ nhiệm kỳ 2025 - 2027.")]
    [InlineData("Hướng dẫn tuyên truyền tháng 9 năm 2024 Ngày 26/8/2024, Ban Tuyên giáo Huyện ủy ban hành Hướng dẫn tuyên truyền tháng 9 năm 2024.")]
    public void An_adopted_report_or_a_page_repeating_its_own_title_is_no_citation_by_name(string text) =>
        Assert.DoesNotContain(Parser.Parse(text).Citations, c => c.Number is null);

    [Theory]
    // A plenum by the abbreviation of "Trung ương" with its dot, or glued to the plenum's number.
    [InlineData("Thực hiện Nghị quyết T.Ư 4 khóa XII về xây dựng Đảng.", "Nghị quyết T.Ư 4 khóa XII")]
    [InlineData("Thực hiện Nghị quyết TW4 khóa 11 về xây dựng Đảng.", "Nghị quyết TW4 khóa 11")]
    [InlineData("Thực hiện Nghị quyết T.W 4 về xây dựng Đảng.", "Nghị quyết T.W 4")]
    // A law's year, or the sentence's verb "quy định", ends its name.
    [InlineData("Khoản 1 Điều 5 Bộ luật Lao động 2019 quy định người lao động có quyền.", "Bộ luật Lao động 2019")]
    [InlineData("Theo đó, Luật Đất đai quy định rõ quyền của người sử dụng đất.", "Luật Đất đai")]
    public void A_document_by_name_is_read_to_the_end_of_its_name(string text, string cited)
    {
        var cite = Assert.Single(Parser.Parse(text).Citations);
        Assert.Equal(cited, cite.Text);
    }

    [Theory]
    // "Luật" and the sentence going on: the law the page speaks of, named by no words of its own.
    [InlineData("Theo đó, Luật được Quốc hội thông qua với tỷ lệ tán thành cao.")]
    [InlineData("Sau khi Luật đã có hiệu lực, các bộ ban hành hướng dẫn.")]
    public void A_law_type_word_followed_by_the_sentence_names_no_law(string text) => Assert.Empty(Parser.Parse(text).Citations);

    [Theory]
    // A programme carrying out a congress's resolution is cited, and the resolution inside its name is too (its first
    // naming; tests/corpus/README.md, the ih- rule). Synthetic phrasing after ig-014 and ih-015.
    [InlineData("Hội nghị đã triển khai Chương trình hành động thực hiện Nghị quyết Đại hội Đảng bộ xã lần thứ XV, nhiệm kỳ 2025-2030.",
        "Chương trình hành động", "Nghị quyết Đại hội Đảng bộ xã lần thứ XV, nhiệm kỳ 2025-2030")]
    [InlineData("Huyện ủy đã ban hành Chương trình thực hiện Nghị quyết Đại hội Đảng bộ huyện lần thứ XXI.",
        "Chương trình", "Nghị quyết Đại hội Đảng bộ huyện lần thứ XXI")]
    public void A_congress_resolution_inside_a_programme_it_carries_out_is_cited_with_it(string text, string outer, string resolution)
    {
        var cites = Parser.Parse(text).Citations;
        Assert.Contains(cites, c => c.Type == outer && c.Number is null);
        Assert.Contains(cites, c => c.Type == "Nghị quyết" && c.Text == resolution);
    }

    [Theory]
    // One adopting verb governs every item of its list (tests/corpus/README.md, the ih- and il- rules; ih-001, il-038).
    [InlineData("Tại kỳ họp, các đại biểu thông qua Nghị quyết về thành lập các Ban của HĐND xã; Nghị quyết phê chuẩn dự toán ngân sách xã năm 2025.",
        "Nghị quyết về thành lập các Ban của HĐND xã", "Nghị quyết phê chuẩn dự toán ngân sách xã năm 2025")]
    [InlineData("HĐND huyện đã thảo luận và thông qua Nghị quyết về việc điều chỉnh vốn đầu tư công năm 2022; thông qua Nghị quyết về điều chỉnh chủ trương đầu tư đường xã.",
        "Nghị quyết về việc điều chỉnh vốn đầu tư công năm 2022", "Nghị quyết về điều chỉnh chủ trương đầu tư đường xã")]
    // A list announced by its count (ih-002; "thông qua 38 nghị quyết, bao gồm:" of HĐND tỉnh Thanh Hóa).
    [InlineData("Các đại biểu đã thống nhất thông qua 2 nghị quyết là: Nghị quyết về việc đặt tên đường trên địa bàn xã; Nghị quyết về phân bổ vốn năm 2022.",
        "Nghị quyết về việc đặt tên đường trên địa bàn xã", "Nghị quyết về phân bổ vốn năm 2022")]
    // Announced with its issuer and subject (il-037, ig-047).
    [InlineData("Tại kỳ họp, HĐND phường đã công bố Nghị quyết của Thường trực HĐND thành phố về việc chỉ định Chủ tịch HĐND phường; công bố Nghị quyết của Thường trực HĐND thành phố về việc chỉ định Chủ tịch UBND phường.",
        "Nghị quyết của Thường trực HĐND thành phố về việc chỉ định Chủ tịch HĐND phường", "Nghị quyết của Thường trực HĐND thành phố về việc chỉ định Chủ tịch UBND phường")]
    public void Resolutions_adopted_or_announced_in_a_list_are_each_cited_by_name(string text, string first, string second)
    {
        var cites = Parser.Parse(text).Citations;
        Assert.Equal([first, second], cites.Where(c => c.Number is null).Select(c => c.Text));
    }

    [Fact]
    public void A_decision_announced_with_its_issuer_and_subject_is_cited_by_name()
    {
        var cite = Assert.Single(Parser.Parse("UBND tỉnh tổ chức lễ công bố Quyết định của Thủ tướng Chính phủ công nhận huyện đạt chuẩn nông thôn mới năm 2023.").Citations);
        Assert.Equal(("Quyết định", "Thủ tướng Chính phủ"), (cite.Type, cite.Issuer));
    }

    [Theory]
    // A kind of decision, its subject before its issuer (hz-058); an issuer with no subject; plural; a count with no list.
    [InlineData("Hội nghị công bố Quyết định kiểm tra, giám sát của Bộ Chính trị năm 2026 đối với Ban Thường vụ Thành ủy.")]
    [InlineData("Tại kỳ họp đã công bố Nghị quyết của HĐND tỉnh.")]
    [InlineData("Kỳ họp công bố các Quyết định của Thường trực HĐND thành phố và thông qua các Nghị quyết quan trọng về bộ máy.")]
    [InlineData("HĐND tỉnh đã tổ chức kỳ họp chuyên đề, thông qua 8 nghị quyết quan trọng.")]
    // Drafts in a list stay drafts; an item after a cited law is no adopted resolution.
    [InlineData("Kỳ họp đã thông qua Tờ trình, dự thảo Nghị quyết phê chuẩn quyết toán ngân sách năm 2021; Nghị quyết về chương trình giám sát năm 2023.")]
    [InlineData("Căn cứ Luật Tổ chức chính quyền địa phương; Nghị quyết về thành lập các Ban của HĐND xã.")]
    public void An_announced_kind_an_issuer_alone_or_a_list_of_drafts_is_no_citation_by_name(string text) =>
        Assert.DoesNotContain(Parser.Parse(text).Citations, c => c.Number is null && c.Type is "Nghị quyết" or "Quyết định");

    [Theory]
    // A named day ("Ngày hội", "ngày ASEAN") is part of a plan's name; "ngày" opens a date only before its day (ih-016, pd-110).
    [InlineData("Đồng chí Phó Chủ tịch triển khai Kế hoạch tổ chức Ngày hội Đại đoàn kết toàn dân tộc ở khu dân cư năm 2025.",
        "Kế hoạch tổ chức Ngày hội Đại đoàn kết toàn dân tộc ở khu dân cư năm 2025", null)]
    [InlineData("Đồng chí Phó Chủ tịch triển khai Kế hoạch tổ chức hội thi văn nghệ năm 2025 ngày 12/3/2025.",
        "Kế hoạch tổ chức hội thi văn nghệ năm 2025 ngày 12/3/2025", "2025-03-12")]
    public void A_named_day_stays_in_a_plans_name_and_a_date_after_it_ends_the_name(string text, string cited, string? date)
    {
        var cite = Assert.Single(Parser.Parse(text).Citations);
        Assert.Equal((cited, date), (cite.Text, cite.Date));
    }

    [Fact]
    public void And_before_a_lower_case_word_joins_two_parts_of_a_plans_subject()
    {
        var cite = Assert.Single(Parser.Parse("Căn cứ Chương trình phối hợp và thống nhất hành động năm 2023 của Ủy ban MTTQ Việt Nam tỉnh; bám sát chủ đề năm.").Citations);
        Assert.Equal("Chương trình phối hợp và thống nhất hành động năm 2023 của Ủy ban MTTQ Việt Nam tỉnh", cite.Text);
    }

    [Fact]
    public void And_before_another_type_word_ends_a_plans_name()
    {
        var cites = Parser.Parse("Căn cứ Kế hoạch phòng chống thiên tai năm 2024 và Kế hoạch tìm kiếm cứu nạn năm 2024 của UBND huyện;").Citations;
        Assert.Equal(["Kế hoạch phòng chống thiên tai năm 2024", "Kế hoạch tìm kiếm cứu nạn năm 2024"], cites.Select(c => c.Text));
    }

    [Fact]
    public void A_name_restated_in_brackets_is_two_namings_each_ending_at_the_bracket()
    {
        var cites = Parser.Parse("Hiện nay, Quy chế cán bộ Hội (Quy chế cán bộ Hội Liên hiệp Thanh niên Việt Nam) đang có hiệu lực thi hành.").Citations;
        Assert.Equal(["Quy chế cán bộ Hội", "Quy chế cán bộ Hội Liên hiệp Thanh niên Việt Nam"], cites.Select(c => c.Text));
    }

    [Fact]
    public void A_bracketed_term_stays_in_a_name()
    {
        var cite = Assert.Single(Parser.Parse("Căn cứ Quy chế làm việc của Ban Chấp hành Đảng bộ tỉnh (khóa XX) nhiệm kỳ 2020 - 2025;").Citations);
        Assert.Equal("Quy chế làm việc của Ban Chấp hành Đảng bộ tỉnh (khóa XX) nhiệm kỳ 2020 - 2025", cite.Text);
    }

    [Fact]
    public void A_plan_named_inside_a_programme_is_not_cited_on_its_own()
    {
        var cites = Parser.Parse("Huyện ủy đã ban hành Chương trình thực hiện Nghị quyết Đại hội Đảng bộ huyện lần thứ XXI về Đề án phát triển du lịch.").Citations;
        Assert.DoesNotContain(cites, c => c.Type == "Đề án");
    }

    [Theory]
    // jz-041 (a draft decree's basis): an ordinance named by "về" and its subject, dated as laws are.
    [InlineData("Căn cứ Pháp lệnh về lực lượng dự bị động viên ngày 27 tháng 8 năm 1996;", "Pháp lệnh", "Pháp lệnh về lực lượng dự bị động viên ngày 27 tháng 8 năm 1996")]
    // jz-067 (langson.gov.vn): a convention's name opens with "về" as a rule.
    [InlineData("thực thi Công ước về buôn bán quốc tế các loài động vật hoang dã nguy cấp.", "Công ước", "Công ước về buôn bán quốc tế")]
    public void A_law_or_convention_named_by_its_subject_after_ve_is_cited(string text, string type, string cited)
    {
        var cite = Assert.Single(Parser.Parse(text).Citations);
        Assert.Equal((type, cited), (cite.Type, cite.Text));
    }

    [Theory]
    // Without the date, "luật về" is the laws on a matter; in lower case no ordinance is named.
    [InlineData("Tuyên truyền các quy định của pháp luật về đất đai và Luật về đất đai đến người dân.")]
    [InlineData("Căn cứ pháp lệnh về lực lượng dự bị động viên;")]
    public void A_law_word_before_ve_without_its_date_names_none(string text)
    {
        Assert.Empty(Parser.Parse(text).Citations);
    }

    [Theory]
    // ka-014 (a Sở's plan): "Sở", folded like "số", is the issuing department inside the regulation's name.
    [InlineData("Quyết toán kinh phí theo Quy chế chi tiêu nội bộ của cơ quan Sở GDĐT và quy định tài chính hiện hành.", "Quy chế chi tiêu nội bộ của cơ quan Sở GDĐT")]
    public void A_regulation_of_a_department_keeps_the_department_in_its_name(string text, string cited)
    {
        var cite = Assert.Single(Parser.Parse(text).Citations);
        Assert.Equal(("Quy chế", cited), (cite.Type, cite.Text));
    }

    [Theory]
    // jz-035 (Công văn 22/TTg-V.III): a decision named by the regulation it issues, quoted, "ban hành" between or not.
    [InlineData("triển khai các nhiệm vụ đã quy định tại Quyết định ban hành \"Quy chế giám sát và phản biện xã hội\" và Quyết định \"Quy định về góp ý xây dựng Đảng\". Hàng năm báo cáo.",
        new[] { "Quyết định ban hành \"Quy chế giám sát và phản biện xã hội\"", "Quyết định \"Quy định về góp ý xây dựng Đảng\"" })]
    // Near miss: in lower case the decision is a common noun.
    [InlineData("các quyết định \"Quy chế giám sát\" được ban hành kịp thời.", new string[0])]
    public void A_decision_named_by_the_quoted_regulation_it_issues_is_cited(string text, string[] cited)
    {
        Assert.Equal(cited, Parser.Parse(text).Citations.Select(c => c.Text));
    }
}
