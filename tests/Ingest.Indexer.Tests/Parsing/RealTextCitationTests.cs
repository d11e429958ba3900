using Ingest.Indexer.Model;
using Ingest.Indexer.Parsing;

namespace Ingest.Indexer.Tests.Parsing;

/// <summary>
/// Table tests on short excerpts of real text (issue 10): citations the official grammar reads though no table lists
/// their codes, damaged symbols, short forms and names. Each row names its source: the corpus passage id
/// (tests/corpus/passages/*.jsonl, which holds the page address) or the address itself.
/// Matches, near misses, then keys.
/// </summary>
public sealed class RealTextCitationTests
{
    private static readonly PlanParser Parser = new();

    private static Citation Single(string text)
    {
        var record = Parser.Parse(text);
        Assert.True(record.Citations.Count == 1, $"expected one citation in '{text}', got {record.Citations.Count}: {string.Join(" | ", record.Citations.Select(c => c.Text))}");
        return record.Citations[0];
    }

    [Theory]
    // dc-008, mnphuthuongtayho.edu.vn: a department's own codes and a district office's.
    [InlineData("Căn cứ Công văn số 3078/SGDĐT-GDTH ngày 31/8/2021 của Sở Giáo dục và Đào tạo về việc Hướng dẫn", "Công văn", "3078/SGDĐT-GDTH", "2021-08-31")]
    [InlineData("Công văn số 182/ PGDĐT ngày 01/9/2021 của Phòng Giáo dục và Đào tạo về việc", "Công văn", "182/PGDĐT", "2021-09-01")]
    // dc-020: a Party programme of action with the committee's own type code.
    [InlineData("Chương trình hành động số 147-CTHĐ/TU ngày 09/5/2018 của Tỉnh ủy", "Chương trình hành động", "147-CTHĐ/TU", "2018-05-09")]
    // im-002: a city committee's plan of action, with its own type code.
    // A code one key from a known one both ways (BTGTW struck, BTGDVTW dropped) stays as written (in- batch, Cục Thuế 2025).
    [InlineData("Cục Thuế nhận được công văn số 1879-CV/BTGVTW ngày 13/8/2025 của Ban Tuyên giáo và Dân vận", "Công văn", "1879-CV/BTGVTW", "2025-08-13")]
    [InlineData("triển khai Kế hoạch hành động số 459-KHHĐ/TU ngày 21 tháng 5 năm 2025 của Thành ủy Thành phố", "Kế hoạch hành động", "459-KHHĐ/TU", "2025-05-21")]
    // dc-026: the hyphen lost.
    [InlineData("thực hiện Kế hoạch số 105 KH/TĐ ngày 17 tháng 4 năm 2006 của BCH Tỉnh Đoàn Bắc Giang", "Kế hoạch", "105-KH/TĐ", "2006-04-17")]
    // dc-043 and cp-011: a word between the type and "số".
    [InlineData("Uỷ ban nhân dân huyện Cao Lãnh ban hành Công văn khẩn số 1052/UBND-VX về việc", "Công văn", "1052/UBND-VX", null)]
    [InlineData("kèm theo Văn bản thẩm định số 312/STP-KSTT ngày 08/4/2014 của S Tư pháp Hà Tĩnh,", "Công văn", "312/STP-KSTT", "2014-04-08")]
    // kr-058, kr-057, kr-056 (vi.wikipedia.org, Án lệ 58/2023/AL): a court's judgment names its field and tier between
    // the type and "số" ("sơ" folds to the number word); a precedent's code; a written-out date after the issuing verb.
    [InlineData("Trích dẫnBản án hình sự sơ thẩm số 179/2018/HS-ST về vụ án \"Vi phạm quy định về bảo vệ động vật nguy cấp\"", "Bản án", "179/2018/HS-ST", null)]
    [InlineData("dựa trên nguồn là Bản án hình sự sơ thẩm số 179 được ban hành 14 tháng 9 năm 2018 của Tòa án nhân dân thành phố Hạ Long về vụ án", "Bản án", "179", "2018-09-14")]
    [InlineData("Án lệ 58/2023/AL về tình tiết định khung hình phạt tại điểm c khoản 3 Điều 244", "Án lệ", "58/2023/AL", null)]
    // A judgment named by its tier alone: "sơ" opens the qualifier, not the number word.
    [InlineData("Căn cứ Bản án sơ thẩm số 05/2020/HS-ST ngày 12/3/2020 của Tòa án nhân dân huyện;", "Bản án", "05/2020/HS-ST", "2020-03-12")]
    // md-006's near misses: digits after a dot stay only before a unit's code, not before a heading's word.
    [InlineData("Căn cứ Công văn số 123/SGDĐT-GDTrH.2-Yêu cầu các trường", "Công văn", "123/SGDĐT-GDTrH", null)]
    [InlineData("theo Kế hoạch số 45/KH-UBND.1-MỤC ĐÍCH, YÊU CẦU", "Kế hoạch", "45/KH-UBND", null)]
    // md-006 (a Cục Thuế letter, 2025): a regional office's code with its number after a dot, then its unit.
    [InlineData("Cục Thuế nhận được công văn số 4814/CCTKV.05-TTKT3 ngày 30/06/2025 của Chi Cục Thuế", "Công văn", "4814/CCTKV.05-TTKT3", "2025-06-30")]
    // cp-052: numbered before the present rules.
    [InlineData("Thi hành Nghị định số\n196-HĐBT ngày 11-12-1989 của Hội đồng Bộ trưởng", "Nghị định", "196-HĐBT", "1989-12-11")]
    // dc-073 and cp-165: a law or ordinance named, then numbered.
    [InlineData("Căn cứ Luật tiếp công dân số 42/2013/QH13 ngày 25/11/2013;", "Luật", "42/2013/QH13", "2013-11-25")]
    [InlineData("Căn cứ Pháp lệnh Ưu đãi người có công với cách mạng số 26/2005/PL-UBTVQH11 ngày 29 tháng 6 năm 2005 của Ủy ban Thường vụ Quốc hội", "Pháp lệnh", "26/2005/PL-UBTVQH11", "2005-06-29")]
    // cp-028: text from a PDF that lost its spaces.
    [InlineData("bổ sung theo Nghịquyết số 51/2001/QH10 ngày 25 tháng 12 năm 2001 của Quốchội khoá X", "Nghị quyết", "51/2001/QH10", "2001-12-25")]
    // cp-110, a legal mirror's list of related documents.
    [InlineData("- 6Nghị quyết 759/2014/UBTVQH13 quy định chi tiết về hoạt động tiếp công dân", "Nghị quyết", "759/2014/UBTVQH13", null)]
    // cp-102 and dc-234: a document written in the other numbering system's layout.
    [InlineData("để thực hiện Nghị quyết 20/NQ-TW, xây dựng", "Nghị quyết", "20-NQ/TW", null)]
    [InlineData("Thực hiện quyết định số 1980-QĐ/TTg ngày 17/10/2016 về việc", "Quyết định", "1980/QĐ-TTg", "2016-10-17")]
    [InlineData("Căn cứ Quyết định số 1373-QĐ-TTg ngày 24/7/2009 của Thủ tướng Chính phủ", "Quyết định", "1373/QĐ-TTg", "2009-07-24")] // hz-029: the slash typed as a hyphen
    [InlineData("Thực hiện Nghị quyết số 18-NQ-TW ngày 16 tháng 6 năm 2022 của Ban Chấp hành Trung ương", "Nghị quyết", "18-NQ/TW", "2022-06-16")] // hy-108
    // cp-100: "số" in parentheses.
    [InlineData("Thủ tướng Chính phủ đã có Công văn (số 73/TTg-CN) chỉ đạo các Bộ", "Công văn", "73/TTg-CN", null)]
    // cp-223, hz-098: a Nghị định's serial and year alone is a citation; its number stays as written (README, short forms).
    [InlineData("Nghị định số 41/2012 ngày 08/5/2012 của Chính phủ : Quy định về vị trí việc làm", "Nghị định", "41/2012", "2012-05-08")]
    [InlineData("Lưu trữ thẻ: phụ lục 03a nghị định 99/2021 file excel", "Nghị định", "99/2021", null)]
    // ia-019: qualifiers one after another before "số"; a joint plan's type code (KH and LN, liên ngành) the tables
    // do not list, then its issuers, takes the hyphen the Law on legal documents writes after a joint type code.
    [InlineData("Kế hoạch phối hợp liên ngành số 411/KHLN/TE-MT-ATGT-C07-TCTDTT-TCPCTT-GDTC-HĐĐTW- ĐCT-BXH ngày 25/7/2022 của Bộ Lao động -Thương binh và Xã hội", "Kế hoạch", "411/KHLN-TE-MT-ATGT-C07-TCTDTT-TCPCTT-GDTC-HĐĐTW-ĐCT-BXH", "2022-07-25")]
    // ia-053, hx-056: underscores of a file name or a copy for slashes and hyphens.
    [InlineData("Được thành lập vào ngày 10 tháng 9 năm 1981 theo quyết định số 62/QĐ_HĐBT, Xã Tân Quy Tây", "Quyết định", "62/QĐ-HĐBT", null)]
    [InlineData("02_2009_TT-BKH HƯỚNG DẪN LẬP KẾ HOẠCH ĐẤU THẦU DO BỘ KẾ HOẠCH VÀ ĐẦU TƯ BAN HÀNH", "Thông tư", "02/2009/TT-BKH", null)]
    // ia-binh-dinh-hdnd-50-2019: the type's place of a state symbol is a type code (Báo cáo thẩm tra), never an
    // issuer's code struck twice ("BCT").
    [InlineData("Báo cáo thẩm tra số 45/BCTT-KTNS ngày 05 tháng 12 năm 2019 của Ban Kinh tế - Ngân sách", "Báo cáo", "45/BCTT-KTNS", "2019-12-05")]
    // hz-ubnd-huyen-cam-giang-kh-2019-55: the type's code of a Nghị định lost ("Đ" dropped), its issuer's part kept.
    [InlineData("Căn cứ Nghị định số 110/2018/-CP của Chính Phủ ban hành ngày 29/8/2018 Quy định vềquản lý và tổ chức lễ hội.", "Nghị định", "110/2018/NĐ-CP", "2018-08-29")]
    [InlineData("Căn cứ Nghị định số 110/2018/N-CP ngày 29/8/2018 của Chính phủ;", "Nghị định", "110/2018/NĐ-CP", "2018-08-29")]
    // cp-003: "SỐ" typed twice in a title.
    [InlineData("THỰC HIỆN NGHỊ QUYẾT SỐ SỐ 11-NQ/TW NGÀY 10/02/2022 CỦA BỘ CHÍNH TRỊ", "Nghị quyết", "11-NQ/TW", "2022-02-10")]
    // cp-179: the date in parentheses; dc-189: a jurisdiction's name before the date.
    [InlineData("đã ký ban hành Quy định số 144-QĐ/TW (ngày 9/5/2024) Quy định chuẩn mực", "Quy định", "144-QĐ/TW", "2024-05-09")]
    [InlineData("Theo quyết định số 5 /QĐ-UBND huyện Thái Thụy, ngày 28 tháng 4 năm 2011 V/v chuyển đổi", "Quyết định", "5/QĐ-UBND", "2011-04-28")]
    // dc-134: the date at the end of the description.
    [InlineData("quy định nổi bật tại Quyết định 22/2018/QĐ-TTg về xây dựng, thực hiện hương ước, quy ước ban hành ngày 08/5/2018 của Thủ tướng Chính phủ.", "Quyết định", "22/2018/QĐ-TTg", "2018-05-08")]
    // hz-048: a capitalized type word, a number and the document's subject.
    [InlineData("Tháng 5/2021, Ban Thường vụ Tỉnh ủy Tuyên Quang đã ban hành Đề án 02 về “Tiếp tục đổi mới nội dung, phương thức hoạt động của Mặt trận Tổ quốc”", "Đề án", "02", null)]
    // pd-074: a number alone after a type whose documents are known by number.
    [InlineData("Thưa ông, Nghị quyết 66 yêu cầu chuyển đổi số đồng bộ", "Nghị quyết", "66", null)]
    public void Reads_a_numbered_citation_from_real_text(string text, string type, string number, string? date)
    {
        var c = Single(text);
        Assert.Equal((type, number, date), (c.Type, c.Number, c.Date));
        Assert.Equal(c.Text, text[c.Start..c.End]);
    }

    [Theory]
    // cp-026
    [InlineData("quyết tâm thực hiện thắng lợi Nghị quyết Đại hội XIII của Đảng.", "Đại hội đại biểu toàn quốc lần thứ XIII của Đảng")]
    [InlineData("thực hiện Nghị quyết Đại hội XI Đảng bộ tỉnh;", "Đại hội XI Đảng bộ tỉnh")]
    // dc-015
    [InlineData("Sau 5 năm thực hiện Nghị quyết Đại hội Hội Nông dân huyện Bắc Trà My khóa XI, nhiệm kỳ 2018 – 2023, cán bộ", "Đại hội Hội Nông dân huyện Bắc Trà My khóa XI")]
    // dc-108: lower case, "TW" and a Roman plenum number.
    [InlineData("và nghị quyết hội nghị TW IV khóa XII về “tăng cường xây dựng”", "Trung ương 4 khóa XII")]
    // cp-174: "ban hành" before it does not make it the plan itself.
    [InlineData("BCH Trung ương đã ban hành Nghị quyết Trung ương 4 (khóa XII) là kết tinh", "Trung ương 4 khóa XII")]
    // cp-138
    [InlineData("theo tinh thần Nghị quyết Hội nghị lần thứ 7 Ban chấp hành trung ương Đảng cộng sản Việt Nam khoá IX về đổi mới", "Trung ương 7 khóa IX")]
    // The abbreviated form issue 10 quotes from real plans.
    [InlineData("quán triệt NQ TW 5 khóa 13 đến cán bộ", "Trung ương 5 khóa XIII")]
    public void Reads_a_party_resolution_by_its_usual_name(string text, string name)
    {
        var c = Single(text);
        Assert.Equal(("Nghị quyết", null, name), (c.Type, c.Number, c.Name));
    }

    [Theory]
    // cp-055: a law named in another citation's subject is cited, the first time.
    [InlineData("theo quy định tại Luật Đầu tư công, Nghị định số 40/2020/NĐ-CP ngày 06/4/2020 của Chính phủ quy định chi tiết thi hành Luật Đất đai;", new[] { "Luật", "Nghị định", "Luật" })]
    // A law the plan has cited already, named again inside another citation's subject, is that subject (the samples' truth).
    [InlineData("thực hiện Luật Thủy lợi; Nghị định số 67/2018/NĐ-CP ngày 14/5/2018 của Chính phủ quy định chi tiết một số điều của Luật Thủy lợi;", new[] { "Luật", "Nghị định" })]
    // mv-001: a decree's own title holds a ";", and its next part opens in lower case: the law it names again is that subject.
    [InlineData("Căn cứ Luật Thi đua,\nkhen thưởng số 06/2022/QH15;\n\nCăn cứ Nghị định số 152/2025/NĐ-CP\ncủa Chính phủ quy định về phân cấp, phân quyền trong lĩnh vực thi đua, khen thưởng;\nquy định chi tiết và hướng dẫn thi hành một số điều của Luật Thi đua, khen thưởng;", new[] { "Luật", "Nghị định" })]
    // Near misses: after the ";" a new item in lower case names the law again, and cites it; a plan's next task opens
    // with a verb that also opens decrees' titles, but not with a part of one.
    [InlineData("Căn cứ Luật Thi đua, khen thưởng số 06/2022/QH15; Nghị định số 152/2025/NĐ-CP của Chính phủ quy định về phân cấp; theo Luật Thi đua, khen thưởng;", new[] { "Luật", "Nghị định", "Luật" })]
    [InlineData("Căn cứ Luật Đất đai số 31/2024/QH15;\nSở Nông nghiệp và Môi trường chủ trì thực hiện Nghị định số 101/2024/NĐ-CP của Chính phủ quy định về điều tra cơ bản đất đai; hướng dẫn UBND cấp xã thực hiện Luật Đất đai; báo cáo kết quả.", new[] { "Luật", "Nghị định", "Luật" })]
    // The Constitution by its type word alone, with or without its year, and a law after "và".
    [InlineData("Tuyên truyền Hiến pháp, Luật Hôn nhân và gia đình cho đoàn viên.", new[] { "Hiến pháp", "Luật" })]
    [InlineData("phổ biến Hiến pháp năm 2013 và Luật Trẻ em năm 2016;", new[] { "Hiến pháp", "Luật" })]
    [InlineData("nội dung cơ bản của Hiến pháp và Luật Phòng, chống tham nhũng;", new[] { "Hiến pháp", "Luật" })]
    // A charter's name ends before the body that adopted it ("do Đại hội ... thông qua").
    [InlineData("theo quy định tại Điều 12 của Điều lệ Hội Nông dân Việt Nam do Đại hội đại biểu toàn quốc lần thứ VII của Hội thông qua ngày 05/7/2018.", new[] { "Điều lệ" })]
    [InlineData("hướng dẫn thi hành Điều lệ khen thưởng cán bộ do Bộ Nội vụ ban hành", new[] { "Điều lệ" })]
    // cp-076: the Party's charter likewise.
    [InlineData("Quy định số 232-QĐ/TW, ngày 20/01/2025 của Ban Chấp hành Trung ương Đảng về thi hành Điều lệ Đảng; Quy định số 22-QĐ/TW", new[] { "Quy định", "Điều lệ", "Quy định" })]
    // The abbreviation of a code names it: congly.vn/bo-luat-hinh-su-nam-2015-de-cao-va-bao-ve-hon-nua-quyen-con-nguoi-quyen-cong-dan-10098.html
    [InlineData("Về cơ bản, BLHS năm 2015 đã kế thừa khái niệm tội phạm quy định tại Điều 8 của BLHS năm 1999", new[] { "Bộ luật", "Bộ luật" })]
    // in-019 (a public repository's copy of a health portal's page): a guidance standing on its own, said to come with a decision.
    [InlineData("Căn cứ tại Điều 10 Hướng dẫn chuyên môn về tư vấn và khám sức khỏe tiền hôn nhân ban hành kèm theo Quyết định 25/QĐ-BYT năm 2011 cụ thể:", new[] { "Hướng dẫn", "Quyết định" })]
    // iy-029: a resolution inside a steering committee's name is no citation; the same resolution on its own is.
    [InlineData("Chiều ngày 27/01/2026, Ban Chỉ đạo thực hiện Nghị quyết số 57-NQ/TW của Đảng ủy xã Nghĩa Tá tổ chức Hội nghị nhằm đánh giá tình hình thực hiện, chương trình, kế hoạch triển khai Nghị quyết số 57 NQ/TW của Bộ Chính trị năm 2026 trên địa bàn xã.", new[] { "Nghị quyết" })]
    // iz-015: "trọng tâm" (main) folds like the count "tám" (eight) but counts nothing.
    [InlineData("đầu tư các công trình thực hiện các đột phá, nhiệm vụ trọng tâm Nghị quyết Đại hội đại biểu Đảng bộ huyện lần thứ XXII đề ra;", new[] { "Nghị quyết" })]
    // jb-010: a treaty named on its own, each time.
    [InlineData("Căn cứ Điều 28 (Ký và hiệu lực của Hiệp định) của Hiệp định MAAC và kết quả trao đối với Ban thư ký Diễn đàn toàn cầu của OECD về thời kỳ áp dụng để thực hiện trao đổi thông tin theo Hiệp định MAAC;", new[] { "Hiệp định", "Hiệp định" })]
    // iy-018: a programme for the body's whole term.
    [InlineData("Thực hiện Chương trình làm việc toàn khóa, Hội nghị lần thứ 15 Ban Chấp hành Trung ương Đảng khóa XIII họp từ ngày 22/12 đến ngày 23/12/2025 tại Thủ đô Hà Nội.", new[] { "Chương trình" })]
    // ja-024: two capitalised type words sharing one name are two documents by that name.
    [InlineData("Căn cứ vào tình hình nhiệm vụ, Chương trình, Kế hoạch công tác của Thường trực Trung ương Hội năm 2019; Ban Chỉ đạo phong trào BVANTQ-PCTP &TNXH Trung ương Hội CCB Việt Nam hướng dẫn kế hoạch tổ chức hoạt động như sau:", new[] { "Chương trình", "Kế hoạch" })]
    // Near miss: "được" opens the passive verb, not a name; the plan has none.
    [InlineData("Theo Kế hoạch được ban hành kèm theo Quyết định số 5/QĐ-UBND ngày 10/01/2024.", new[] { "Quyết định" })]
    [InlineData("Theo Hướng dẫn được ban hành kèm theo Quyết định số 5/QĐ-UBND ngày 10/01/2024.", new[] { "Quyết định" })]
    public void Reads_the_documents_a_passage_names(string text, string[] types)
    {
        Assert.Equal(types, Parser.Parse(text).Citations.Select(c => c.Type));
    }

    [Theory]
    // NguyenQuocBao97/multiclass-text-classification, 1000_documents_3_levels/Difficult/00256344.txt.ws (a directive of
    // UBND tỉnh Long An, its word segmentation undone): a council spelled out after the type word, with no "của", then
    // its subject.
    [InlineData("Thực hiện Nghị quyết Đại hội tỉnh Đảng bộ lần thứ VIII , Nghị quyết Hội đồng nhân dân tỉnh về kế hoạch phát triển kinh tế - xã hội 5 năm 2006-2010 , trong thời gian qua các ngành", 1, "Hội đồng nhân dân tỉnh")]
    // if-vpcp-213-TB-VPCP-2019 (tests/corpus/documents): a coordination regulation named by the two bodies that agreed it.
    [InlineData("Hội nghị đánh giá việc thực hiện Quy chế phối hợp công tác của Chính phủ và Ủy ban Trung ương Mặt trận Tổ quốc (MTTQ) Việt Nam năm 2018 và trọng tâm phối hợp công tác năm 2019.", 0, "Chính phủ và Ủy ban Trung ương Mặt trận Tổ quốc")]
    public void Reads_a_document_named_by_its_issuing_bodies(string text, int index, string issuer)
    {
        var c = Parser.Parse(text).Citations[index];
        Assert.Equal((null, issuer), (c.Number, c.Issuer));
    }

    [Theory]
    // dc-044: a charter named in lower case, as the basis, then the circular that issued it ("kèm" left out).
    [InlineData("Thực hiện nhiệm vụ năm học 2013-2014 cấp Tiểu học; Căn cứ Điều lệ thi giáo viên dạy giỏi cấp học phổ thông ban hành theo Thông tư số 21/2010/TT-BGDĐT ngày 10 tháng 7 năm 2010 của Bộ giáo dục và đào tạo, Phòng GD&ĐT Vũ Quang đã tổ chức Hội thi", new[] { "Điều lệ", "Thông tư" })]
    // nw-ubnd-phu-tho-kh-2023-335 (tests/corpus/documents): the same as a numbered item of the basis list.
    [InlineData("1. Điều lệ trường trung học cơ sở (THCS), trường trung học phổ thông (THPT) và trường phổ thông có nhiều cấp học, ban hành kèm theo Thông tư số 32/2020/TT-BGDĐT , ngày 15/9/2020 của Bộ trưởng Bộ Giáo dục và Đào tạo (GD&ĐT);", new[] { "Điều lệ", "Thông tư" })]
    // lb-039: an article of the regulation points into it, and "theo" is left out after "kèm".
    [InlineData("Bên cạnh đó, tại khoản 1 Điều 42 Quy chế thi tốt nghiệp trung học phổ thông ban hành kèm Thông tư 15/2020/TT-BGDDT quy định như sau:", new[] { "Quy chế", "Thông tư" })]
    // nw-hdnd-binh-dinh-nq-2011-30 (tests/corpus/documents): the regulation inside the subject of the circular that guides
    // it is that circular's words (README, plans rule 2).
    [InlineData("Căn cứ Thông tư số 36/2006/TT-BVHTT ngày 20/3/2006 của Bộ Văn hóa - Thông tin (nay là Bộ Văn hóa, Thể thao và Du lịch) hướng dẫn thực hiện một số điều của Quy chế đặt tên, đổi tên đường, phố và công trình công cộng ban hành kèm theo Nghị định số 91/2005/NĐ-CP ngày 11/7/2005 của Chính phủ;", new[] { "Thông tư", "Nghị định" })]
    public void Reads_a_regulation_named_in_lower_case_as_the_basis_with_the_document_that_issued_it(string text, string[] types)
    {
        Assert.Equal(types, Parser.Parse(text).Citations.Select(c => c.Type));
    }

    [Fact]
    public void A_sentence_opening_date_after_an_encyclopedias_footnote_mark_is_the_documents()
    {
        // im-003: "[64]" stands between the full stop and the sentence that dates the directive's signing.
        var c = Single("nguy cơ dừng phát điện dù chỉ mới đầu mùa khô.[64] Ngày 8 tháng 6 năm 2023, Phó Thủ tướng Trần Hồng Hà đã ký Chỉ thị số 20/CT-TTg của Thủ tướng Chính phủ về việc tăng cường tiết kiệm điện giai đoạn 2023 - 2025");
        Assert.Equal(("20/CT-TTg", "2023-06-08"), (c.Number, c.Date));
    }

    [Fact]
    public void A_law_on_a_line_wrapped_after_a_preposition_is_cited_though_a_headerless_text_took_that_line_for_its_title()
    {
        // im-038: the sentence breaks its line after "của"; the law's line is no heading of the text.
        var c = Single("**Các cơ quan quản lý nhà nước, tổ chức, cá nhân liên\nquan có trách nhiệm tổ chức, thực hiện hiệu quả và chấp hành nghiêm quy định của\nLuật Tài nguyên nước và các văn bản quy phạm pháp luật liên quan; thực hiện tốt");
        Assert.Equal(("Luật", "Tài nguyên nước"), (c.Type, c.Name));
    }

    [Fact]
    public void A_congress_resolution_named_again_by_its_type_and_Dai_hoi_alone_repeats_it()
    {
        // cp-064: "Nghị quyết Đại hội" with nothing after it, once the congress's resolution is cited.
        var record = Parser.Parse("1. Nhằm thống nhất về nhận thức và hành động của các cấp bộ Đoàn trong việc thực hiện Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng, góp phần sớm đưa Nghị quyết Đại hội vào cuộc sống.");
        Assert.Equal(["Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng", "Nghị quyết Đại hội"], record.Citations.Select(c => c.Text));
        Assert.Equal(record.Citations[0].Key, record.Citations[1].Key);
        // hz-025: the resolution of a congress still to be held, being drafted, with no congress cited before it.
        Assert.Empty(Parser.Parse("thảo luận xây dựng Nghị quyết Đại hội về phương hướng, nhiệm vụ, giải pháp trọng tâm").Citations);
    }

    [Fact]
    public void A_mass_organisations_name_keeps_its_lower_case_syllables()
    {
        // baohaugiang.com.vn/hoi-dong-nhan-dan-tinh-hau-giang/huyen-phung-hiep-nhieu-hoat-dong-huong-ung-ngay-quoc-te-phu-nu-130360.html,
        // ik-048, pd-124: the Hội's names as their charters write them, read as a citation's issuer is, after "của".
        var issuers = new Ingest.Indexer.Parsing.Citations.IssuerReader(Ingest.Indexer.Parsing.Tables.DomainTables.Default);
        string? Read(string text)
        {
            var at = text.IndexOf("Hội ", StringComparison.Ordinal);
            return issuers.Read(text, Ingest.Indexer.Text.TextFolding.Fold(text), at)?.Text;
        }
        Assert.Equal("Hội Liên hiệp Phụ nữ huyện Phụng Hiệp", Read("Ban Thường vụ Hội Liên hiệp Phụ nữ huyện Phụng Hiệp triển khai Kế hoạch tổ chức chuỗi hoạt động chào mừng."));
        Assert.Equal("Hội Chữ thập đỏ Việt Nam", Read("Chủ tịch danh dự đầu tiên của Hội Chữ thập đỏ Việt Nam) và được triển khai trên toàn quốc."));
        Assert.Equal("Hội Cựu chiến binh tỉnh lần thứ VI", Read("góp phần thực hiện thắng lợi Nghị quyết Đại hội của Hội Cựu chiến binh tỉnh lần thứ VI."));
    }

    [Fact]
    public void A_charters_name_is_what_precedes_the_body_that_adopted_it()
    {
        var c = Single("Căn cứ Điều lệ Công đoàn Việt Nam do Đại hội Công đoàn Việt Nam lần thứ XII thông qua;");
        Assert.Equal(("Điều lệ", "Công đoàn Việt Nam"), (c.Type, c.Name));
    }

    [Theory]
    [InlineData("Xây dựng Kế hoạch 5 năm 2021-2025 của ngành")]          // a period
    [InlineData("Nghị quyết 5 năm qua đã đi vào cuộc sống")]               // a quantity
    [InlineData("Dự án nhà ở 20/2021 tỷ đồng")]                            // an amount
    [InlineData("Tỷ lệ đạt 10/12 xã, ngày 16/7/2021")]                     // a ratio and a date
    [InlineData("theo tiêu chuẩn ISO 9001:2015 và Điều 5")]                // a standard and an article
    [InlineData("tổ chức Đại hội XIII của Đảng thành công")]               // the congress itself, no resolution
    [InlineData("quyền con người được hiến pháp bảo đảm")]                 // the lower-case common noun
    [InlineData("đạt 182/PGDĐT")]                                          // a code nobody introduced
    [InlineData("quán triệt các NQ của Đảng, CT 15 người")]                // capitals that are no short form here
    [InlineData("hoàn thành kế hoạch 2 về đích trước hạn")]                 // lower case: a number and "về" name no document
    [InlineData("khóa XII của ngành xi măng, đại hội xi măng")]            // "xi" as a word, not a numeral
    // thquangthach.pgdquangtrach.edu.vn/hoat-dong-doan-doi/chuong-trinh-cong-tac-doi-nam-hoc-2017-2018.html: the congresses
    // of every level, many resolutions.
    [InlineData("tuyên truyền, phổ biến và triển khai Nghị quyết Đại hội Đoàn các cấp. Tổng kết các mặt công tác Đội")]
    // danviet.vn/print-7777114891.htm: a coordination programme in lower case, reported signed.
    [InlineData("Sáng 16.4, Hội ND Thanh Hóa và Sở NNPTNT tỉnh đã ký kết chương trình phối hợp về việc hỗ trợ nông dân phát triển nông nghiệp và xây dựng nông thôn mới giai đoạn 2012-2020.")]
    // io-019 (a province office's Phiếu trình, 2025): the dossier of a draft decision names no decision yet.
    [InlineData("2. Trích yếu: V/v đề nghị tham gia ý kiến vào dự thảo hồ sơ Quyết định của Thủ tướng Chính phủ về tín dụng đối với người sau cai nghiện ma túy.")]
    // iy-030: a steering committee named after the resolution it carries out.
    [InlineData("Tham dự hội nghị có các đồng chí thành viên Ban Chỉ đạo 57-NQ/TW của xã và đại diện các phòng, ban liên quan.")]
    // Near miss of ja-024: plural and generic.
    [InlineData("Căn cứ các Chương trình, Kế hoạch công tác của Thường trực Trung ương Hội năm 2019; Ban Chỉ đạo hướng dẫn như sau:")]
    // iz-ubnd-tx-dien-ban-tb-2019-217-treo-co-headerless: a portal's download file name.
    [InlineData("Tải về: 217-2019-TB-UBND.signed.pdf")]
    // Near miss of md-006: digits after a dot that ends the sentence are no code.
    [InlineData("Tổng số 12/15 xã đạt chuẩn.05 xã còn lại")]
    // Near misses of kr-056: a school's or a street's name with a number is no precedent.
    [InlineData("Kiểm tra Trường Tiểu học An Lễ 2, xã Quỳnh Phụ")]
    [InlineData("tổ dân phố An Lê 3 tổ chức họp")]
    // Near misses of kr-058: judgments in general, and a tier with no number after it.
    [InlineData("Tòa án đã tuyên các bản án hình sự sơ thẩm đúng pháp luật, không có bản án bị hủy.")]
    [InlineData("kháng nghị Bản án hình sự sơ thẩm của Tòa án nhân dân huyện theo thủ tục phúc thẩm")]
    public void Yields_nothing_for_look_alikes(string text) => Assert.Empty(Parser.Parse(text).Citations);

    [Fact]
    public void A_plan_named_in_brackets_by_a_number_is_cited_by_that_name()
    {
        // jb-vpcp-tb-2022-330-ocr: "(Đề án 06)" names the Đề án before it; "Đề án 06" after it cites that Đề án by name.
        var record = Parser.Parse("phối hợp thực hiện các nhiệm vụ triển khai Đề án phát triển ứng dụng dữ liệu về dân cư, định danh và xác thực điện tử phục vụ chuyển đổi số quốc gia giai đoạn 2022-2025, tầm nhìn đến năm 2030 (Đề án 06) đã được Chính phủ giao. Các bộ thực hiện nghiêm Đề án 06 theo đúng yêu cầu.");
        Assert.DoesNotContain(record.Citations, c => c.Number is not null);
        Assert.Contains(record.Citations, c => c.Type == "Đề án" && c.Text == "Đề án 06");
    }

    [Fact]
    public void A_signer_named_as_comrade_dates_the_directive_he_signs()
    {
        // iy-016 (nhandan.vn): the editor's note opens with the signing sentence.
        var record = Parser.Parse("LTS-Ngày 1/7/2022, đồng chí Võ Văn Thưởng, Ủy viên Bộ Chính trị, Thường trực Ban Bí thư thay mặt Bộ Chính trị ký ban hành Chỉ thị của Bộ Chính trị (Chỉ thị số 14-CT/TW) về tiếp tục tăng cường sự lãnh đạo của Ðảng đối với Hội Luật gia Việt Nam trong tình hình mới.");
        Assert.Equal([("14-CT/TW", "2022-07-01")], record.Citations.Select(c => (c.Number, c.Date)));
    }

    [Fact]
    public void A_short_form_counts_beside_its_full_citation_and_resolves_to_it()
    {
        // dc-029: "(sau đây gọi tắt là NQ 124)".
        var record = Parser.Parse("triển khai thực hiện Nghị quyết số 124/NQ-HĐND ngày 04/11/2022 của HĐND tỉnh (sau đây gọi tắt là NQ 124)");
        Assert.Equal(["124/NQ-HĐND", "124/NQ-HĐND"], record.Citations.Select(c => c.Number));
        Assert.Equal(0, record.Citations[1].ResolvedFrom);
        Assert.Equal("NQ 124", record.Citations[1].Text);
        Assert.Empty(Parser.Parse("tuyển NQ 124 người").Citations);
    }

    [Fact]
    public void A_serial_and_year_alone_keeps_its_number_and_keys_with_the_whole_symbol_its_type_implies()
    {
        // cp-223: written short, the number stays "41/2012"; the key is the one of 41/2012/NĐ-CP, so an index files
        // the mention under that document.
        var alone = Single("Nghị định số 41/2012 ngày 08/5/2012 của Chính phủ : Quy định về vị trí việc làm");
        var full = Single("Căn cứ Nghị định số 41/2012/NĐ-CP ngày 08/5/2012 của Chính phủ quy định về vị trí việc làm;");
        Assert.Equal(("41/2012", full.Key, "state", "central"), (alone.Number, alone.Key, alone.System, alone.Level));
        // Where the same text writes the whole symbol, the short form takes it (README, short forms).
        var both = Parser.Parse("Căn cứ Nghị định số 41/2012/NĐ-CP ngày 08/5/2012 của Chính phủ quy định về vị trí việc làm; "
            + "thực hiện Nghị định số 41/2012 ngày 08/5/2012 của Chính phủ, Sở Nội vụ hướng dẫn");
        Assert.Equal(["41/2012/NĐ-CP", "41/2012/NĐ-CP"], both.Citations.Select(c => c.Number));
        Assert.Equal(0, both.Citations[1].ResolvedFrom);
    }

    [Fact]
    public void Spellings_of_one_plenum_or_congress_share_a_key()
    {
        string Key(string text) => Single(text).Key;
        Assert.Equal(Key("Thực hiện Nghị quyết Trung ương 4 khóa XII về xây dựng Đảng"), Key("theo Nghị quyết Hội nghị Trung ương 4 khóa XII;"));
        Assert.Equal(Key("Thực hiện Nghị quyết Trung ương 4 khóa XII về xây dựng Đảng"), Key("quán triệt NQ TW 4 khóa 12;"));
        Assert.Equal("nghi-quyet:trung-uong-4-khoa-xii", Key("Thực hiện Nghị quyết Trung ương 4 khóa XII về xây dựng Đảng"));
        Assert.Equal(Key("theo Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng;"), Key("thực hiện Nghị quyết Đại hội XIII của Đảng."));
        Assert.Equal(Key("Bộ luật Hình sự;"), Key("theo BLHS;"));
    }

    [Fact]
    public void A_document_does_not_cite_its_own_number()
    {
        // cp-bo-tai-chinh-tt-1991-15 (tests/corpus/documents): the number again in the title line.
        var record = Parser.Parse("BỘ TÀI CHÍNH\nSố: 15-BTC/TT\nHà Nội, ngày 16 tháng 3 năm 1991\nTHÔNG TƯ\nSỐ 15-BTC/TT NGÀY 16-3-1991 CỦA BỘ TÀI CHÍNH QUY ĐỊNH CHẾ ĐỘ\nCăn cứ Nghị định số 196-HĐBT ngày 11-12-1989;");
        Assert.Equal(["196-HĐBT"], record.Citations.Select(c => c.Number));
    }

    [Fact]
    public void A_document_does_not_cite_its_own_number_written_with_other_separators()
    {
        // jb-bo-noi-thuong-tt-1987-16-vbpl-header: "Số: 16-NT", then "SỐ 16/NT" in the title line.
        var record = Parser.Parse("BỘ NỘI THƯƠNG\nSố: 16-NT\nHà Nội, ngày 14 tháng 11 năm 1987\n\nTHÔNG TƯ\n\nCỦA BỘ NỘI THƯƠNG SỐ 16/NT NGÀY 14-11-1987\n\nHƯỚNG DẪN VỀ CHỨC NĂNG, NHIỆM VỤ\n\nĐể thi hành thống nhất Nghị quyết (dự thảo) số 113/HĐBT ngày 15-7-1987 của Hội đồng Bộ trưởng, Bộ Nội thương hướng dẫn như sau:");
        Assert.Equal(["113/HĐBT"], record.Citations.Select(c => c.Number));
    }
}
