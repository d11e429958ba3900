using Ingest.Indexer.Parsing;

namespace Ingest.Indexer.Tests.Parsing;

/// <summary>
/// A portal's copy with no header that lost its line breaks names itself in its first sentence ("Ngày 30/12/2025, UBND xã
/// Chương Dương ban hành Thông báo số 149/TB-UBND về việc …"): the page's headline ends before that sentence's number, so
/// the sentence is the body's and gives the document its number, as on lines (SelfNamedCitation), and the headline the
/// cut reading found is weighed against the sentence's subject as a headline line is (SelfNamedHeader). Each text is a
/// corpus document's opening with its lines joined.
/// </summary>
public sealed class OneLineSelfNamedTests
{
    private static readonly PlanParser Parser = new();
    private static readonly Dictionary<string, string> Texts = SlugTexts.Read(OneLineTexts);

    [Theory]
    // The subject says more than the headline ("… và kỷ niệm 80 năm Ngày Tổng tuyển cử …"): it is the title.
    [InlineData("ia-xa-chuong-duong-149-TB-UBND-2025", "149/TB-UBND", "Thông báo",
        "treo cờ Tổ quốc chào mừng Tết Dương lịch 2026 và kỷ niệm 80 năm Ngày Tổng tuyển cử (06/01/1946 - 06/01/2026)")]
    // A letter ("Văn bản số 473/STP-PBGDPL") under a headline that opens with another type's word: the word stays in the title.
    [InlineData("pd-stp-bac-kan-cv-2020-473", "473/STP-PBGDPL", "Công văn",
        "Hướng dẫn thực hiện công tác phổ biến, giáo dục pháp luật; hòa giải ở cơ sở; xây dựng cấp xã đạt chuẩn tiếp cận pháp luật năm 2020")]
    // The same type: the headline's title, which the subject only restates ("về công tác cải cách …").
    [InlineData("ib-vp-ubnd-lai-chau-1888-KH-VPUBND-2025-headerless", "1888/KH-VPUBND", "Kế hoạch", "cải cách hành chính năm 2026")]
    public void The_first_sentence_naming_the_text_gives_its_number(string slug, string number, string type, string title)
    {
        var r = Parser.Parse(Texts[slug]);
        Assert.Equal(number, r.Number);
        Assert.Equal(type, r.DocType);
        Assert.Equal(title, r.Title);
    }

    [Fact]
    public void A_document_the_headline_carries_out_is_no_own_number()
    {
        // Near miss: the headline's own words cite the plan carried out; no sentence says the text was issued.
        var text = "Kế hoạch thực hiện Kế hoạch số 8328/KH-UBND ngày 23/12/2025 của UBND tỉnh về cải cách hành chính năm 2026 "
            + "Văn phòng UBND tỉnh Lai Châu triển khai thực hiện các nhiệm vụ cải cách hành chính như sau: "
            + string.Concat(Enumerable.Repeat("Các phòng, đơn vị thuộc Văn phòng tổ chức thực hiện nghiêm túc, hiệu quả các nhiệm vụ được giao. ", 5));
        var r = Parser.Parse(text);
        Assert.Null(r.Number);
        Assert.Contains(r.Citations, c => c.Number == "8328/KH-UBND");
    }

    // Slug, then its text's opening (some 900 signs) with the line breaks lost, as a JSON string.
    private const string OneLineTexts = """
ia-xa-chuong-duong-149-TB-UBND-2025
"Thông báo treo cờ Tổ quốc chào mừng Tết Dương lịch năm 2026 14:14 30/12/2025 Ngày 30/12/2025, UBND xã Chương Dương ban hành Thông báo số 149/TB-UBND về việc treo cờ Tổ quốc chào mừng Tết Dương lịch 2026 và kỷ niệm 80 năm Ngày Tổng tuyển cử (06/01/1946 - 06/01/2026). Theo đó, UBND xã đề nghị các cơ quan, đơn vị, bệnh viện, trường học và Nhân dân trên địa bàn xã treo cờ Tổ quốc tại trụ sở cơ quan, đơn vị, trường học, bệnh viện, các thôn, khu, cụm dân cư và Nhân dân trên địa bàn xã treo cờ Tổ quốc. Thời gian treo cờ Tổ quốc: Từ ngày 31/12/2025 đến hết ngày"
pd-stp-bac-kan-cv-2020-473
"Hướng dẫn thực hiện công tác phổ biến, giáo dục pháp luật; hòa giải ở cơ sở; xây dựng cấp xã đạt chuẩn tiếp cận pháp luật năm 2020 Ngày 25/3/2020, Sở Tư pháp ban hành Văn bản số 473/STP-PBGDPL về việc hướng dẫn thực hiện công tác phổ biến, giáo dục pháp luật; hòa giải ở cơ sở; xây dựng cấp xã đạt chuẩn tiếp cận pháp luật năm 2020, cụ thể như sau: Thực hiện Văn bản số 979/BTP-PBGDPL ngày 19/3/2020 của Bộ Tư pháp về việc hướng dẫn thực hiện công tác phổ biến, giáo dục pháp luật; hòa giải ở cơ sở; xây dựng cấp xã đạt chuẩn tiếp cận pháp luật năm 2020 và Văn bản số 1445/UBND-NCPC ngày 23/3/2020 của UBND tỉnh về việc thực hiện Văn bản số 979/BTP-PBGDPL ngày 19/3/2020 của Bộ Tư pháp, Sở Tư pháp hướng dẫn một số nội dung như sau: I. CÔNG TÁC PHỔ BIẾN, GIÁO DỤC PHÁP LUẬT (PBGDPL) 1. Trên cơ sở kết quả tổng kết 15 năm thực hiện Chỉ thị số 32-CT/TW ngày 09/12/2003 của Ban Bí thư Trung ương Đảngvề"
ib-vp-ubnd-lai-chau-1888-KH-VPUBND-2025-headerless
"Kế hoạch cải cách hành chính năm 2026 Ngày 30/12/2025, Văn phòng UBND tỉnh Lai Châu đã ban hành Kế hoạch số 1888/KH-VPUBND về công tác cải cách hành chính năm 2026. Thực hiện Kế hoạch số 8328/KH-UBND ngày 23/12/2025 của UBND tỉnh về cải cách hành chính tỉnh Lai Châu năm 2026; Văn phòng UBND tỉnh xây dựng kế hoạch cải cách hành chính năm 2026 như sau: I. MỤC ĐÍCH, YÊU CẦU - Tiếp tục triển khai hiệu quả Chương trình tổng thể cải cách hành chính (CCHC) nhà nước đảm bảo đúng lộ trình quy định tại Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ ban hành Chương trình tổng thể CCHC Nhà nước giai đoạn 2021-2030; Kế hoạch số 2943/KH-UBND ngày 20/9/2021 của UBND tỉnh ban hành kế hoạch cải cách hành chính tỉnh Lai Châu giai đoạn 2021-2030. - Cụ thể hoá các mục tiêu, nhiệm vụ, triển khai đồng bộ, thống nhất và hiệu quả các nội dung cải cách hành chính tại cơ quan Văn phòng. - Các mục tiêu,"
""";
}
