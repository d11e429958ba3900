using Ingest.Indexer.Model;
using Ingest.Indexer.Parsing;

namespace Ingest.Indexer.Tests.Parsing;

/// <summary>
/// Table tests for general rules of how Vietnamese documents cite others (issue 10): numbers listed after one type
/// word, the date that opens a clause telling when a body issued a document, the national spelling of a central
/// body's code, slips of typing and scanning that the grammar of a symbol lets us read back. Phrasings are written
/// for these tests in the way plans and reports write; each rule has cases it must read and look-alikes it must not.
/// </summary>
public sealed class CitationGrammarTests
{
    private static readonly PlanParser Parser = new();

    private static IReadOnlyList<Citation> Cite(string text) => Parser.Parse(text).Citations;

    private static Citation Only(string text, string number)
    {
        var found = Cite(text).Where(c => c.Number == number).ToList();
        Assert.True(found.Count == 1, $"expected {number} once in '{text}', got: {string.Join(" | ", Cite(text).Select(c => c.Number))}");
        return found[0];
    }

    [Theory]
    // Căn cứ blocks list the amending laws after one "các Luật".
    [InlineData("Căn cứ Luật Đất đai số 31/2024/QH15 được sửa đổi, bổ sung bởi các Luật số 43/2024/QH15, số 47/2024/QH15 và số 58/2024/QH15;",
        new[] { "31/2024/QH15", "43/2024/QH15", "47/2024/QH15", "58/2024/QH15" })]
    [InlineData("theo các Nghị quyết số 12/NQ-HĐND, số 13/NQ-HĐND ngày 10/7/2023 của HĐND tỉnh", new[] { "12/NQ-HĐND", "13/NQ-HĐND" })]
    // Later numbers without their own "số" (km-cuc-hai-quan-cv-2025-39712-md): whole symbols, codes written, each dated.
    [InlineData("được hướng dẫn tại các công văn số 695/TCHQ-GSQL ngày\n05/02/2021, 4032/TCHQ-GSQL ngày 16/8/2021 và 1238/GSQL-GQ2 ngày 29/7/2024 của Tổng\ncục Hải quan",
        new[] { "695/TCHQ-GSQL", "4032/TCHQ-GSQL", "1238/GSQL-GQ2" })]
    // The list ends where "số" no longer introduces a symbol, and a date or a bare figure after a comma is no symbol.
    [InlineData("Luật số 43/2024/QH15, số lượng 47 đại biểu tán thành", new[] { "43/2024/QH15" })]
    [InlineData("theo Công văn số 12/UBND-VX ngày 03/4/2020, 15/3/2021 đến nay, 250 hộ đã được hỗ trợ", new[] { "12/UBND-VX" })]
    [InlineData("Quyết định số 12/QĐ-UBND, số 13 người được khen thưởng", new[] { "12/QĐ-UBND" })]
    public void Reads_every_number_listed_after_one_type_word(string text, string[] numbers) =>
        Assert.Equal(numbers, Cite(text).Where(c => c.Number is not null).Select(c => c.Number));

    [Fact]
    public void A_listed_number_takes_the_type_word_it_follows()
    {
        var laws = Cite("bởi các Luật số 43/2024/QH15, số 47/2024/QH15;");
        Assert.Equal(["Luật", "Luật"], laws.Select(c => c.Type));
    }

    [Theory]
    [InlineData("Ngày 18/3/2022, Chủ tịch UBND tỉnh Thanh Hóa ban hành Quyết định số 969/QĐ-UBND về việc giao chỉ tiêu", "969/QĐ-UBND", "2022-03-18")]
    [InlineData("Ngày 06/01/2023, UBND phường Long Anh đã có Quyết định số 04/QĐ-UBND về việc phân công", "04/QĐ-UBND", "2023-01-06")]
    [InlineData("theo chủ trương của Đảng, ngày 4-6-2010, Thủ tướng Chính phủ ban hành Quyết định số 800/QĐ-TTg, về phê duyệt", "800/QĐ-TTg", "2010-06-04")]
    [InlineData("Ngày 08 tháng 6 năm 2016, Phòng Văn hóa - Thông tin huyện Mỹ Đức đã ban hành Công văn số 50/VHTT về tháo dỡ", "50/VHTT", "2016-06-08")]
    [InlineData("NGÀY 28 THÁNG 4 NĂM 2006, BAN THƯỜNG TRỰC ỦY BAN TRUNG ƯƠNG MẶT TRẬN TỔ QUỐC VIỆT NAM BAN HÀNH THÔNG TRI SỐ 18/TTr-MTTW VỀ VIỆC", "18/TTr-MTTW", "2006-04-28")]
    // "là" names by its number what the verb issued, described in general words (in-003, a law firm's page).
    [InlineData("Ngày 15/05/2025, Chính phủ vừa mới ban hành văn bản hướng dẫn Luật Công chứng mới nhất 2025 là Nghị định 104/2025/NĐ-CP quy định chi tiết một số điều và biện pháp thi hành Luật Công chứng.", "104/2025/NĐ-CP", "2025-05-15")]
    // Near misses: something other than the issuer stands between, or the date is another document's.
    [InlineData("Ngày 15/05/2025, Chính phủ ban hành nhiều văn bản, trong đó quan trọng nhất là Nghị định 104/2025/NĐ-CP quy định chi tiết", "104/2025/NĐ-CP", null)]
    [InlineData("Ngày 15/05/2025, Sở Tư pháp tổ chức hội nghị tập huấn mà nội dung chính là Nghị định 104/2025/NĐ-CP quy định chi tiết", "104/2025/NĐ-CP", null)]
    [InlineData("Ngày 15/05/2025, UBND tỉnh ban hành Kế hoạch số 12/KH-UBND triển khai văn bản mới là Nghị định 104/2025/NĐ-CP", "104/2025/NĐ-CP", null)]
    [InlineData("Ngày 18/3/2022, tại hội trường tỉnh, UBND tỉnh ban hành Quyết định số 969/QĐ-UBND về việc", "969/QĐ-UBND", null)]
    [InlineData("Ngày 18/3/2022 là ngày UBND tỉnh ban hành Quyết định số 969/QĐ-UBND về việc", "969/QĐ-UBND", null)]
    [InlineData("Căn cứ Quyết định số 12/QĐ-UBND ngày 05/01/2021 của UBND tỉnh, UBND huyện ban hành Kế hoạch số 30/KH-UBND về việc", "30/KH-UBND", null)]
    [InlineData("Ngày 18/3/2022, UBND tỉnh họp và thống nhất thực hiện Quyết định số 969/QĐ-UBND về việc", "969/QĐ-UBND", null)]
    public void Dates_a_citation_by_the_date_that_opens_its_clause(string text, string number, string? date) =>
        Assert.Equal(date, Only(text, number).Date);

    [Theory]
    // A ministry numbers its documents with one code nationwide: "&" and Telex's "dd" → "đ" are slips.
    [InlineData("Căn cứ Thông tư số 36/2009/TT-BGD&ĐT ngày 04 tháng 12 năm 2009 của Bộ Giáo dục và Đào tạo", "36/2009/TT-BGDĐT")]
    [InlineData("Thực hiện theo Thông tư 06/2010/TT-BGĐT ngày 26/02/2010 của Bộ GD&ĐT về việc ban hành", "06/2010/TT-BGDĐT")]
    // Local bodies keep their own spelling.
    [InlineData("Thực hiện Công văn số 167/SGD&ĐT-VP ngày 12/3/2020 của Sở Giáo dục và Đào tạo", "167/SGD&ĐT-VP")]
    [InlineData("Kế hoạch số 45/KH-PGD&ĐT ngày 05/9/2019 của Phòng Giáo dục và Đào tạo", "45/KH-PGD&ĐT")]
    // A letter the code lost, restored only where the issuer written after it names that body.
    [InlineData("Hướng dẫn số 115- HD/BTGW, ngày 08 tháng 01 năm 2020 của Ban Tuyên giáo Trung ương về", "115-HD/BTGTW")]
    [InlineData("Hướng dẫn số 115-HD/BTGW ngày 08/01/2020 của Ban Dân vận Tỉnh ủy về", "115-HD/BTGW")]
    // A year or a type letter typed twice.
    [InlineData("Căn cứ Thông tư số 32/2018/2018/TT-BGDĐT của Bộ trưởng Bộ Giáo dục và Đào tạo", "32/2018/TT-BGDĐT")]
    [InlineData("để thực hiện Nghị quyết 20/NQ-TW, Nghị quyết 21-NQQ/TW, xây dựng", "21-NQ/TW")]
    // A numbered part of a series keeps its dot; a thousands dot goes.
    [InlineData("Căn cứ Nghị quyết số 66.7/2026/NQ-CP ngày 15 tháng 01 năm 2026 của Chính phủ", "66.7/2026/NQ-CP")]
    [InlineData("Thực hiện Quyết định số 1.234/QĐ-UBND ngày 05/5/2021 của UBND tỉnh", "1234/QĐ-UBND")]
    // Slashes typed as hyphens, where every code is one the rules list.
    [InlineData("18-2019-TT-BGDĐT Thông tư ban hành quy định bồi dưỡng thường xuyên", "18/2019/TT-BGDĐT")]
    // "sô" before a law's number, as a scan leaves "số".
    [InlineData("Căn cứ Luật Đất đai sô 31/2024/QH15 được sửa đổi, bổ sung", "31/2024/QH15")]
    [InlineData("bởi các Luật số 43/2024/QH15, Luật sẻ 58/2024/QH15, Luật số 71/2025/QH15", "58/2024/QH15")]
    public void Reads_a_symbol_as_the_rules_write_it(string text, string number) => Only(text, number);

    [Theory]
    [InlineData("mã hồ sơ 18-2019-AB-XYZ đã nộp")]                               // hyphens, codes nobody lists
    [InlineData("đạt 21-NQQ/TW")]                                                 // a doubled letter with no type word
    [InlineData("Thông tư số 17.5 triệu đồng")]                                   // a decimal, not a sentence end
    [InlineData("thực hiện Dự án 3 và Dự án 4 của Chương trình theo kế hoạch")]   // parts of a programme
    [InlineData("Chi thj 2 tháng một lần")]                                       // a period after the scanned type word
    public void Yields_no_numbered_citation_for_look_alikes(string text) =>
        Assert.DoesNotContain(Cite(text), c => c.Number is not null);

    [Theory]
    // A comma ends a law's name when no number of its own follows the words after it.
    [InlineData("theo Luật Đất đai, được sửa đổi số 31 lần")]
    [InlineData("theo Luật Đất đai, luật nhà ở số 27 của")]
    public void A_comma_ends_a_laws_name_unless_its_number_follows(string text) =>
        Assert.Contains(Cite(text), c => c.Type == "Luật" && c.Number is null && c.Text == "Luật Đất đai");

    [Theory]
    // A short form at the end of a sentence.
    [InlineData("theo quy định tại Điều 1 của Thông tư số 17. Cần đặc biệt chú ý:", "17", null)]
    // Dates: a text that lost its marked letters, a year glued to its month, an issuer whose name runs on past "và".
    [InlineData("quy nh ti Thng t s 07/2021/TT-BYT ngy 27/05/2021 ca B Y t v vic", "07/2021/TT-BYT", "2021-05-27")]
    [InlineData("Nghị định số 182/2024/NĐ-CP ngày 31 tháng 122024", "182/2024/NĐ-CP", "2024-12-31")]
    [InlineData("Căn cứ công văn số 1160/SGDĐT-CTTT của Sở Giáo dục và Đào tạo Thành phố Hồ Chí Minh ngày 20 tháng 4 năm 2021 về phối hợp", "1160/SGDĐT-CTTT", "2021-04-20")]
    // A scan read with an English model: "j" for "ị" in the type word.
    [InlineData("Trien khai nghiem tuc viec thuc hien cach ly xa hoi tren dia ban huyen theo Chi thj 17; thiet lap vung an toan", "17", null)]
    [InlineData("Chi thj s8 17/CT-UBND ngay 23/7/2021 cua Chu tich UBND", "17/CT-UBND", "2021-07-23")]
    // tests/corpus ib-069: a law whose name pairs two subjects with a comma, its own number after the name.
    [InlineData("Căn cứ Luật Khám bệnh, chữa bệnh số 15/2023/QH15 ngày 09 tháng 01 năm 2023;", "15/2023/QH15", "2023-01-09")]
    // tests/corpus mt-ubnd-hai-phong-qd-2025-213: two pairs and a "và" in lower case, the name broken after the type word.
    [InlineData("Căn cứ Luật\nphòng cháy, chữa cháy và cứu nạn, cứu hộ số 55/2024/QH15 ngày 29 tháng 11\nnăm 2024;", "55/2024/QH15", "2024-11-29")]
    public void Reads_the_number_and_date_written(string text, string number, string? date) =>
        Assert.Equal(date, Only(text, number).Date);

    [Fact]
    public void An_issuer_name_ends_with_the_words_of_its_known_tail()
    {
        var c = Only("(Công văn số 1016/BTNMT-TCMT ngày 22/3/2013 của Bộ Tài nguyên và Môi trường)./", "1016/BTNMT-TCMT");
        Assert.Equal("Bộ Tài nguyên và Môi trường", c.Issuer);
        Assert.Equal("Sở Giáo dục và Đào tạo Thành phố Hồ Chí Minh", Only("theo văn bản số 2830/GDĐT-VP của Sở Giáo dục và Đào tạo Thành phố Hồ Chí Minh về", "2830/GDĐT-VP").Issuer);
        Assert.Equal("UBND tỉnh", Only("theo Kế hoạch số 15/KH-UBND của UBND tỉnh và các sở", "15/KH-UBND").Issuer);
    }

    [Fact]
    public void A_number_after_of_a_document_word_is_a_part_not_a_citation_but_after_a_body_it_is_one()
    {
        Assert.Empty(Cite("thực hiện Dự án 4 của Chương trình mục tiêu quốc gia"));
        Assert.Equal(["34"], Cite("theo Chỉ thị 34 của Ban Bí thư về công tác").Select(c => c.Number));
    }

    [Fact]
    public void The_number_line_of_a_header_is_the_document_itself_wherever_the_header_stands()
    {
        var page = "Thực hiện thông báo sô: 291/GDĐT-VP, ngày 02 tháng 02 năm 2020 của Sở Giáo dục và Đào tạo\n\nSỞ GIÁO DỤC VÀ ĐÀO TẠO\n\nSố: 291/GDĐT-VP\n\nCăn cứ Chỉ thị số 06/CT-TTg ngày 31/01/2020 của Thủ tướng Chính phủ;";
        Assert.DoesNotContain(Cite(page), c => c.Number == "291/GDĐT-VP");
        Assert.Contains(Cite(page), c => c.Number == "06/CT-TTg");
        Assert.Contains(Cite("Thực hiện Công văn số: 291/GDĐT-VP ngày 02/02/2020 của Sở"), c => c.Number == "291/GDĐT-VP");
    }

    [Fact]
    public void The_same_number_with_another_date_is_another_bodys_document_not_the_plan_itself()
    {
        // Every body numbers from 1 each year: a district's 1/KH-UBND of 2023 carries out the province's 1/KH-UBND of 2022.
        var plan = "ỦY BAN NHÂN DÂN\nHUYỆN LONG THUẬN\nSố: 1/KH-UBND          Long Thuận, ngày 11 tháng 05 năm 2023\n\nKẾ HOẠCH\nGiảm nghèo bền vững năm 2023\n\n" +
            "Thực hiện Kế hoạch số 1/KH-UBND ngày 28/06/2022 của UBND tỉnh Long An;\nKế hoạch số 1/KH-UBND ngày 11/5/2023 này thay thế các kế hoạch trước.";
        var cited = Cite(plan).Where(c => c.Number == "1/KH-UBND").ToList();
        Assert.Equal(["2022-06-28"], cited.Select(c => c.Date));
    }

    [Fact]
    public void A_title_by_name_does_not_run_on_into_the_next_citation()
    {
        var text = "NGHỊ QUYẾT\n\nĐẠI HỘI CHI BỘ NHIỆM KỲ 2018 – 2020\n\nThực hiện Kế hoạch số 08-KH/ĐU ngày 22/11/2017 của Ban Thường vụ Đảng ủy xã Tràng An về triển khai";
        var plan = Only(text, "08-KH/ĐU");
        Assert.Equal("2017-11-22", plan.Date);
    }

    [Theory]
    // The legislature's term written apart from its code; a key struck inside a central body's code.
    [InlineData("Ban Thường vụ công bố Nghị quyết số 819/NQ – UBTVQH 14 về sắp xếp xã.", "819/NQ-UBTVQH14")]
    [InlineData("Căn cứ Nghị quyết số 35/2023/UBTVQH 15 ngày 12/7/2023 của Ủy ban Thường vụ Quốc hội;", "35/2023/UBTVQH15")]
    [InlineData("Ban Thường vụ công bố Nghị quyết số 819/NQ – UVBTVQH 14 về sắp xếp xã.", "819/NQ-UBTVQH14")]
    public void Reads_the_legislatures_code_written_apart_or_mistyped(string text, string number) => Only(text, number);

    [Theory]
    // A local unit's own code stays as written; a term needs its code (QH, UBTVQH).
    [InlineData("Thực hiện Công văn số 215/UBND-TNMT 14 xã đã rà soát.", "215/UBND-TNMT")]
    [InlineData("Thực hiện Quyết định số 12/QĐ-SGDĐTX về tuyển sinh.", "12/QĐ-SGDĐTX")]
    public void Keeps_codes_the_struck_key_and_term_rules_do_not_cover(string text, string number) => Only(text, number);

    [Fact]
    public void The_law_on_prices_is_a_law_and_a_jurist_is_not()
    {
        Assert.Equal("11/2012/QH13", Assert.Single(Cite("Căn cứ Luật giá số 11/2012/QH13 ngày 20/6/2012;")).Number);
        Assert.Empty(Cite("Các luật gia của Hội Luật gia tỉnh tham dự hội thảo."));
    }

    [Fact]
    public void An_abbreviation_with_its_number_and_issuer_is_the_short_form_of_the_full_citation()
    {
        var cites = Cite("Ngày 06/12/2022, UBND huyện ban hành Công văn số 3314/UBND-XDCB về điều chỉnh quy hoạch xã. (Nguồn: CV số 3314 của UBND huyện)");
        Assert.Equal(["3314/UBND-XDCB", "3314/UBND-XDCB"], cites.Select(c => c.Number));
        // Alone, a Công văn's serial still names one document, its number kept as written (ka-023's "CV 327").
        Assert.Equal("3314", Assert.Single(Cite("Hồ sơ gồm CV số 3314 của UBND huyện và đơn đề nghị.")).Number);
    }

    [Theory]
    // A register's row: number, then the date of issue in the next cell.
    [InlineData("STT Số/kí hiệu Ngày ban hành Cơ quan 1 10/2015/TTLT-BYT-BNV 27/05/2015 Bộ Y tế QUY ĐỊNH MÃ SỐ", "10/2015/TTLT-BYT-BNV", "2015-05-27")]
    // Not a date: a day and month, or a number with a year.
    [InlineData("theo Quyết định số 12/QĐ-UBND 15/3 đã giao chỉ tiêu", "12/QĐ-UBND", null)]
    public void Reads_the_date_in_the_cell_after_a_number(string text, string number, string? date) =>
        Assert.Equal(date, Only(text, number).Date);

    [Theory]
    // A unit's code written with a dot inside it (Văn phòng Chính phủ's Vụ I, III; a Phòng's "P.KT").
    [InlineData("Thực hiện Văn bản số 4410/VPCP-V.III ngày 12/6/2025 của Văn phòng Chính phủ về rà soát", "4410/VPCP-V.III")]
    [InlineData("theo ý kiến chỉ đạo tại văn bản 902 /VPCP-V.I năm 2025 của Văn phòng Chính phủ", "902/VPCP-V.I")]
    [InlineData("Căn cứ Công văn số 77/UBND-P.KT ngày 3/4/2024 của UBND quận về việc", "77/UBND-P.KT")]
    // A space where the slash was, before a Party committee's code.
    [InlineData("Quán triệt Nghị quyết số 18-NQ TW ngày 25/10/2017 của Ban Chấp hành Trung ương", "18-NQ/TW")]
    [InlineData("theo Kết luận số 14-KL TU của Ban Thường vụ Tỉnh ủy", "14-KL/TU")]
    // The word "ngày" glued to the code.
    [InlineData("Căn cứ Chỉ thị số 05-CT/TWngày 15/5/2016 của Bộ Chính trị về đẩy mạnh", "05-CT/TW")]
    [InlineData("Căn cứ Luật Tín ngưỡng, tôn giáo số 02/2016/QH14ngày 18/11/2016;", "02/2016/QH14")]
    // A law's own number after its name with no "số".
    [InlineData("Căn cứ Luật Phòng, chống tham nhũng 36/2018/QH14;", "36/2018/QH14")]
    [InlineData("Căn cứ Luật Bảo hiểm xã hội (BHXH) số 58/2014/QH13;", "58/2014/QH13")]
    public void Reads_symbols_written_with_the_damage_the_grammar_repairs(string text, string number) => Only(text, number);

    [Fact]
    public void Reads_the_date_after_a_glued_day_word()
    {
        Assert.Equal("2016-05-15", Only("Căn cứ Chỉ thị số 05-CT/TWngày 15/5/2016 của Bộ Chính trị;", "05-CT/TW").Date);
        Assert.Equal("2016-11-18", Only("Căn cứ Luật Tín ngưỡng, tôn giáo số 02/2016/QH14ngày 18/11/2016;", "02/2016/QH14").Date);
    }

    [Theory]
    // Near misses: a sentence after a dotted code; a space before a word that is no committee's code; a word glued
    // that is not "ngày"; a number after a law that is another document's, or no law's number.
    [InlineData("Thực hiện Công văn số 77/UBND-KT. Về việc này, UBND xã báo cáo", new[] { "77/UBND-KT" })]
    [InlineData("Theo Nghị quyết số 18-NQ tuyên truyền viên đã học tập", new[] { "18-NQ" })]
    [InlineData("Căn cứ Luật Đất đai 2013, theo đó 45/2013 hộ đã được cấp", new string[0])]
    public void Does_not_read_more_than_the_symbol_says(string text, string[] numbers) =>
        Assert.Equal(numbers, Cite(text).Where(c => c.Number is not null).Select(c => c.Number));

    [Fact]
    public void A_number_after_words_that_say_how_a_law_was_made_is_not_the_laws()
    {
        var cites = Cite("Căn cứ Hiến pháp năm 1992 đã được sửa đổi, bổ sung theo Nghịquyết số 51/2001/QH10;");
        Assert.DoesNotContain(cites, c => c.Type == "Hiến pháp" && c.Number is not null);
    }

    [Theory]
    // A bare "ban hành" reports the law or ordinance when a date opens the clause; the date is the document's.
    [InlineData("Ngày 29/11/2013, Quốc hội ban hành Luật Đất đai.", "Luật", "2013-11-29")]
    [InlineData("Ngày 18-10-2005 Nhà nước ban hành Pháp lệnh Cựu chiến binh, tạo cơ sở pháp lý cho Hội.", "Pháp lệnh", "2005-10-18")]
    // The date written after the body with its passing verb.
    [InlineData("Theo đó, Luật Thực hiện dân chủ ở cơ sở được Quốc hội khóa XV thông qua ngày 10-11-2022 và có hiệu lực từ ngày 01-7-2023.", "Luật", "2022-11-10")]
    public void A_law_issued_or_passed_on_a_written_date_is_cited_by_name_with_that_date(string text, string type, string date)
    {
        var cite = Assert.Single(Cite(text));
        Assert.Equal((type, (string?)null, date), (cite.Type, cite.Number, cite.Date));
    }

    [Theory]
    // No date opens the clause: the text's own issuing sentence, or an effective date.
    [InlineData("UBND xã ban hành Kế hoạch tuyên truyền Luật Đất đai như sau:")]
    [InlineData("Luật Đất đai có hiệu lực từ ngày 01/8/2024.")]
    public void A_date_that_is_not_the_issuing_of_a_law_is_not_its_date(string text)
    {
        Assert.DoesNotContain(Cite(text), c => c.Type == "Luật" && c.Date is not null);
    }

    [Theory]
    [InlineData("Quyết định số 2540/QĐ-TTg Thủ tướng Chính phủ ban hành ngày 30-12-2016 về công nhận", "2540/QĐ-TTg", "2016-12-30")]
    [InlineData("thực hiện Chỉ thị số 05-CT/TW do Bộ Chính trị ban hành ngày 15/5/2016 về đẩy mạnh", "05-CT/TW", "2016-05-15")]
    // The signing verb right after the number.
    [InlineData("Thực hiện Quyết định số 1234/QĐ-UBND ký ngày 12/3/2021 của UBND tỉnh về việc", "1234/QĐ-UBND", "2021-03-12")]
    [InlineData("Thực hiện Công văn số 56/UBND-VX được ký ban hành ngày 02/4/2020, các xã báo cáo", "56/UBND-VX", "2020-04-02")]
    public void A_date_after_the_issuer_and_its_issuing_verb_dates_a_numbered_citation(string text, string number, string date) =>
        Assert.Equal(date, Only(text, number).Date);

    [Theory]
    // An amending verb's object is one document: its number alone names it, in lower case too.
    [InlineData("thông tư sửa đổi thông tư 09 về công khai", "Thông tư", "09")]
    [InlineData("Quyết định này thay thế quyết định 48 của Bộ Tài chính.", "Quyết định", "48")]
    // A serial with its year, for a type known by its number.
    [InlineData("các trường thực hiện công khai theo thông tư 09/2024 của Bộ.", "Thông tư", "09/2024")]
    // A serial after a relation, for a type known by its number (kn-064's "theo thông tư 22").
    [InlineData("theo thông tư 09 thì các trường phải công khai", "Thông tư", "09")]
    public void A_number_after_an_amending_verb_and_a_type_word_is_cited(string text, string type, string number)
    {
        var cite = Assert.Single(Cite(text));
        Assert.Equal((type, number), (cite.Type, cite.Number));
    }

    [Theory]
    // A count after the type word; a lower-case type word that is the verb, with no relation before it.
    [InlineData("bổ sung kế hoạch 5 năm của huyện")]
    [InlineData("HĐND tỉnh sẽ xem xét, quyết định 13 nội dung quan trọng của tỉnh")]
    // A month and year after a plan's type word.
    [InlineData("triển khai kế hoạch 5/2024 tới toàn thể giáo viên")]
    public void A_number_with_no_amending_verb_or_a_count_is_no_citation(string text) =>
        Assert.DoesNotContain(Cite(text), c => c.Number is not null);

    [Theory]
    // The issuer's head word of two syllables in sentence case, and a central Party code spelled with "TƯ".
    [InlineData("Theo Hướng dẫn 36-HD/VPTƯ của Văn phòng Trung ương Đảng.", "36-HD/VPTW", "Văn phòng Trung ương Đảng")]
    [InlineData("Theo Công văn số 123/VPCP-KGVX của Văn phòng Chính phủ.", "123/VPCP-KGVX", "Văn phòng Chính phủ")]
    public void Reads_the_office_that_issued_a_citation(string text, string number, string issuer) =>
        Assert.Equal(issuer, Only(text, number).Issuer);
}
