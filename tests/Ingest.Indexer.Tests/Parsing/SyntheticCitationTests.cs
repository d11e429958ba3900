using Ingest.Indexer.Model;
using Ingest.Indexer.Parsing;

namespace Ingest.Indexer.Tests.Parsing;

/// <summary>
/// Citation rules of issue 10 checked on short sentences written for the test (not copied from the corpus): each
/// row states one general rule of how Vietnamese administrative documents cite one another. Matches, then near
/// misses that must stay as they are.
/// </summary>
public sealed class SyntheticCitationTests
{
    private static readonly PlanParser Parser = new();

    private static IReadOnlyList<Citation> Cite(string text) => Parser.Parse(text).Citations;

    [Theory]
    // A short form tied to an undated full citation before it takes that citation's symbol and key.
    [InlineData("Ban Bí thư ban hành Quy định số 57-QĐ/TW về nền nếp (gọi tắt là Quy định 57). Quy định 57 có hiệu lực ngay.", "57-QĐ/TW")]
    [InlineData("Căn cứ Thông tư số 09/2019/TT-BNV của Bộ Nội vụ (gọi tắt là Thông tư số 09);", "09/2019/TT-BNV")]
    [InlineData("Thực hiện Kết luận 48-KL/TW của Bộ Chính trị; nay triển khai KL 48 đến chi bộ.", "48-KL/TW")]
    public void A_short_form_takes_the_full_symbol_written_before_it(string text, string number)
    {
        var cites = Cite(text);
        Assert.True(cites.Count >= 2, string.Join(" | ", cites.Select(c => c.Text)));
        Assert.All(cites, c => Assert.Equal(number, c.Number));
        Assert.All(cites.Skip(1), c => Assert.Equal(0, c.ResolvedFrom));
        Assert.All(cites, c => Assert.Equal(cites[0].Key, c.Key));
    }

    [Fact]
    public void A_short_form_prefers_the_nearest_earlier_dated_citation()
    {
        var cites = Cite("Theo Chỉ thị số 05/CT-UBND ngày 02/3/2020 của UBND tỉnh, nhắc lại Chỉ thị số 05/CT-UBND của UBND tỉnh, thực hiện Chỉ thị 05.");
        Assert.Equal(3, cites.Count);
        Assert.Equal(0, cites[2].ResolvedFrom);
        Assert.Equal("05/CT-UBND", cites[2].Number);
    }

    [Fact]
    public void A_number_alone_with_no_full_citation_stays_as_written()
    {
        var cites = Cite("Thực hiện Quyết định số 31 của UBND xã về phân công nhiệm vụ.");
        Assert.Equal("31", Assert.Single(cites).Number);
        Assert.Null(cites[0].ResolvedFrom);
    }

    [Theory]
    // A law named at length, with "và" inside its name, then numbered: the number is the law's.
    [InlineData("Căn cứ Luật Phòng, chống ma túy và kiểm soát chất gây nghiện số 73/2021/QH14;", "73/2021/QH14")]
    [InlineData("Căn cứ Luật Bảo vệ và chăm sóc trẻ em ở vùng cao số 102/2016/QH13 ngày 05/4/2016;", "102/2016/QH13")]
    public void A_law_named_with_va_then_numbered_is_that_law(string text, string number)
    {
        var law = Assert.Single(Cite(text));
        Assert.Equal(("Luật", number), (law.Type, law.Number));
    }

    [Fact]
    public void A_va_before_another_numbered_document_ends_the_law_name()
    {
        var cites = Cite("Căn cứ Luật Đất đai và Công văn số 120/STNMT-QLĐĐ của Sở Tài nguyên và Môi trường;");
        Assert.Equal(2, cites.Count);
        Assert.Null(cites[0].Number);
        Assert.Equal("120/STNMT-QLĐĐ", cites[1].Number);
    }

    [Theory]
    // A Party body's symbol typed in the state layout takes the layout of Hướng dẫn 36-HD/VPTW.
    [InlineData("Thực hiện Kế hoạch số 17/KH-BDVHU ngày 03/5/2022 của Ban Dân vận Huyện ủy;", "17-KH/BDVHU", "party")]
    [InlineData("theo Nghị quyết số 09/NQ-ĐU của Đảng ủy xã;", "09-NQ/ĐU", "party")]
    [InlineData("Căn cứ Công văn số 112/CV-HU ngày 10/10/2020 của Huyện ủy;", "112-CV/HU", "party")]
    [InlineData("Thực hiện Chỉ thị số 07/CT-QU của Quận ủy;", "07-CT/QU", "party")]
    // Near misses: a state body, a Party unit code before the committee's, a symbol with a year.
    [InlineData("Thực hiện Tờ trình số 18/TTr-MTTW của Ủy ban Trung ương MTTQ Việt Nam;", "18/TTr-MTTW", "state")]
    [InlineData("Thực hiện Quyết định số 31/QĐ-UBND của UBND huyện;", "31/QĐ-UBND", "state")]
    [InlineData("theo Nghị quyết số 70/NQ-NS-TU của Ban Thường vụ Tỉnh ủy;", "70/NQ-NS-TU", "state")]
    public void A_party_bodys_symbol_takes_the_party_layout(string text, string number, string system)
    {
        var c = Assert.Single(Cite(text));
        Assert.Equal((number, system), (c.Number, c.System));
    }

    [Theory]
    // A form or annex numbered inside a document is no document.
    [InlineData("Tổ bầu cử lập biên bản theo Mẫu số 04/BB-TBC.")]
    [InlineData("các đơn vị báo cáo theo biểu mẫu số 03/BC-KQ gửi về Phòng.")]
    [InlineData("(chi tiết tại Phụ lục số 02/KH kèm theo)")]
    // The form's word opening a bracket (kj-ban-to-chuc-tw-hd-2025-38-pdf, a Party guide's forms).
    [InlineData("cấp “Giấy giới thiệu sinh hoạt đảng tạm thời ngoài nước” (mẫu số 3A-SHĐ) giao cho đảng viên")]
    public void A_form_numbered_inside_a_document_is_not_cited(string text) => Assert.Empty(Cite(text));

    [Fact]
    public void A_document_that_issues_a_form_is_still_cited()
    {
        var c = Assert.Single(Cite("lập biên bản theo Mẫu số 04 ban hành kèm theo Thông tư số 21/2021/TT-BNV."));
        Assert.Equal("21/2021/TT-BNV", c.Number);
    }

    [Fact]
    public void A_plan_named_inside_a_subject_is_part_of_that_subject()
    {
        var cites = Cite("Thực hiện Quyết định số 12/QĐ-UBND ngày 03/01/2022 của UBND tỉnh về việc phê duyệt Kế hoạch của UBND tỉnh về chuyển đổi số;");
        Assert.Equal("12/QĐ-UBND", Assert.Single(cites).Number);
    }

    [Theory]
    // PDF text extraction splits words before a marked vowel; a list of numbers after one type word still reads.
    [InlineData("được sửa đổi bởi các Luật số 12/2022/QH15, s ố 20/2023/QH15 và s ố 05/2024/QH15;")]
    [InlineData("được sửa đổi bởi các Lu ật s ố 12/2022/QH15, s ố 20/2023/QH15 và số 05/2024/QH15;")]
    public void Numbers_listed_after_a_split_type_word_are_each_cited(string text)
    {
        var cites = Cite(text);
        Assert.Equal(["12/2022/QH15", "20/2023/QH15", "05/2024/QH15"], cites.Select(c => c.Number));
        Assert.All(cites, c => Assert.Equal("Luật", c.Type));
    }

    [Theory]
    // The date that opens the clause in which a body (or its signer) issues the document is that document's date,
    // commas of the body's name or of the signing formula included.
    [InlineData("Ngày 05/3/2021, Sở Nông nghiệp và Phát triển nông thôn, Sở Tài chính đã ban hành Kế hoạch số 18/KH-SNN.", "18/KH-SNN", "2021-03-05")]
    [InlineData("Ngày 12/9/2022, Bí thư Tỉnh ủy, thay mặt Ban Thường vụ, đã ký ban hành Chỉ thị số 21-CT/TU về phòng chống thiên tai.", "21-CT/TU", "2022-09-12")]
    [InlineData("Ngày 7/4/2020, thừa lệnh Chủ tịch UBND huyện, Chánh Văn phòng đã ký ban hành văn bản số 410/UBND-VP.", "410/UBND-VP", "2020-04-07")]
    // Near misses: something else done between the date and the issuing; a date of another act.
    [InlineData("Ngày 5/3/2021, sau khi họp, UBND huyện ban hành Quyết định số 9/QĐ-UBND.", "9/QĐ-UBND", null)]
    [InlineData("Ngày 10/11/2015, Huyện ủy đã triển khai Kế hoạch số 25-KH/HU đến chi bộ.", "25-KH/HU", null)]
    public void A_clause_opening_date_dates_the_document_issued_in_it(string text, string number, string? date)
    {
        var c = Assert.Single(Cite(text));
        Assert.Equal((number, date), (c.Number, c.Date));
    }

    [Fact]
    public void A_type_code_alone_after_a_type_word_is_read_and_completed_from_the_full_symbol()
    {
        Assert.Equal("41/CT", Assert.Single(Cite("Thực hiện Chỉ thị số 41/CT Thủ tướng về phòng dịch;")).Number);
        var cites = Cite("Thực hiện Chỉ thị số 41/CT Thủ tướng về phòng dịch; quán triệt Chỉ thị 41/CT-TTg đến cơ sở.");
        Assert.Equal(["41/CT-TTg", "41/CT-TTg"], cites.Select(c => c.Number));
        Assert.Empty(Cite("đạt 10/xã trong huyện"));
    }

    [Theory]
    // A known code with its last key struck twice, after a type word.
    [InlineData("theo Hướng dẫn số 27-HD/BTGTWW ngày 02/6/2021 của Ban Tuyên giáo Trung ương;", "27-HD/BTGTW")]
    [InlineData("Căn cứ Thông tư số 15/2020/TT-BNVV của Bộ Nội vụ;", "15/2020/TT-BNV")]
    public void A_code_with_its_last_letter_doubled_is_read_as_the_known_code(string text, string number) =>
        Assert.Equal(number, Assert.Single(Cite(text)).Number);

    [Fact]
    public void A_date_glued_to_a_known_code_by_a_flattened_table_is_the_documents_date()
    {
        var c = Assert.Single(Cite("Số hiệu Ngày BH\n05/2021/TT-BNV12/03/2021BỘ NỘI VỤ"));
        Assert.Equal(("05/2021/TT-BNV", "2021-03-12"), (c.Number, c.Date));
        // A code that is not known keeps its digits: "QH14" is a term, not a day.
        Assert.Equal("35/2018/QH14", Assert.Single(Cite("Luật số 35/2018/QH14 ngày 20/11/2018")).Number);
    }

    [Theory]
    // "Phòng, chống ..." opens the names of many laws; the comma after "phòng" does not end the name.
    [InlineData("Căn cứ Luật Phòng, chống rửa tiền số 14/2022/QH15 ngày 15/11/2022;", "14/2022/QH15")]
    [InlineData("Căn cứ Luật Phòng, chống thiên tai số 33/2013/QH13;", "33/2013/QH13")]
    public void A_law_named_with_phong_chong_takes_its_number(string text, string number)
    {
        var cite = Assert.Single(Cite(text));
        Assert.Equal(number, cite.Number);
        Assert.Equal("Luật", cite.Type);
    }

    [Fact]
    public void A_name_ends_where_a_numbered_citation_begins()
    {
        var cites = Cite("Nội dung Quy chế Tiếp công dân đăng tại Quyết định 85/QĐ-UBND ngày 03/4/2022.");
        Assert.Equal(2, cites.Count);
        Assert.Null(cites[0].Number);
        Assert.Equal("85/QĐ-UBND", cites[1].Number);
        Assert.Equal("2022-04-03", cites[1].Date);
    }

    [Theory]
    [InlineData("Chi bộ học tập Quy định 101, 102 – QĐ/TW của Ban Bí thư.", new[] { "101-QĐ/TW", "102-QĐ/TW" })]
    [InlineData("Thực hiện Chỉ thị số 07 và 08/CT-UBND ngày 05/5/2022 của UBND tỉnh;", new[] { "07/CT-UBND", "08/CT-UBND" })]
    [InlineData("Kế hoạch 2021, 2022 - 2025 của ngành", new string[0])]
    public void Serials_listed_before_shared_codes_each_cite_a_document(string text, string[] numbers)
    {
        Assert.Equal(numbers, Cite(text).Where(c => c.Number is not null).Select(c => c.Number!).ToArray());
    }

    [Theory]
    [InlineData("Chi bộ bám sát Nghị quyết Đại hội Đảng bộ phường nhiệm kỳ 2025-2030 để xây dựng chương trình công tác.")]
    [InlineData("quán triệt nghị quyết của đại hội đại biểu Hội Cựu chiến binh xã nhiệm kỳ 2022 - 2027 đến hội viên")]
    public void A_congress_named_by_its_term_names_one_resolution(string text)
    {
        var cite = Assert.Single(Cite(text));
        Assert.Equal("Nghị quyết", cite.Type);
        Assert.Null(cite.Number);
    }

    [Fact]
    public void Congresses_of_every_level_name_no_one_resolution()
    {
        Assert.Empty(Cite("thi đua thực hiện thắng lợi nghị quyết đại hội đảng bộ các cấp nhiệm kỳ 2025 - 2030"));
    }
}
