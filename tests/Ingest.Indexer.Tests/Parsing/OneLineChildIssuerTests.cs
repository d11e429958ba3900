using Ingest.Indexer.Parsing;

namespace Ingest.Indexer.Tests.Parsing;

/// <summary>
/// An issuer block that lost its line breaks, a parent's line closed by its province's name and a child body's head after
/// it ("HỘI ĐỒNG NHÂN DÂN TỈNH BÌNH DƯƠNG ĐOÀN GIÁM SÁT"): the child opens a line of its own, as printed
/// (RunOnHeaderLines.CutChildAfterProvince). The text is a corpus document's opening with its lines joined.
/// </summary>
public sealed class OneLineChildIssuerTests
{
    private static readonly PlanParser Parser = new();
    private static readonly Dictionary<string, string> Texts = SlugTexts.Read(OneLineTexts);

    [Fact]
    public void A_child_body_after_its_parents_province_is_the_issuer()
    {
        var r = Parser.Parse(Texts["mi-doan-giam-sat-hdnd-binh-duong-tb-2021-11-pdf"]);
        Assert.Equal("Đoàn giám sát Hội đồng nhân dân tỉnh Bình Dương", r.Issuer?.Name, ignoreCase: true);
        Assert.Equal("province", r.Issuer?.Level);
    }

    [Fact]
    public void A_province_closing_the_only_body_cuts_nothing()
    {
        // Near miss: "ỦY BAN NHÂN DÂN TỈNH BÌNH DƯƠNG" then the number: no child body's head after the province.
        var text = Texts["mi-doan-giam-sat-hdnd-binh-duong-tb-2021-11-pdf"].Replace("HỘI ĐỒNG NHÂN DÂN TỈNH BÌNH DƯƠNG ĐOÀN GIÁM SÁT Số: 11/TB-ĐGS",
            "ỦY BAN NHÂN DÂN TỈNH BÌNH DƯƠNG Số: 11/TB-UBND");
        Assert.Equal("Ủy ban nhân dân tỉnh Bình Dương", Parser.Parse(text).Issuer?.Name, ignoreCase: true);
    }

    // Slug, then its text's opening (some 900 signs) with the line breaks lost, as a JSON string.
    private const string OneLineTexts = """
mi-doan-giam-sat-hdnd-binh-duong-tb-2021-11-pdf
"HỘI ĐỒNG NHÂN DÂN TỈNH BÌNH DƯƠNG ĐOÀN GIÁM SÁT Số: 11/TB-ĐGS CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc Bình Dương, ngày 21 tháng 10 năm 2021 THÔNG BÁO Phân công nhiệm vụ thành viên Đoàn giám sát về tình hình và kết quả thực hiện các chính sách hỗ trợ do ảnh hưởng đại dịch Covid-19 trên địa bàn tỉnh Bình Dương bởi Căn cứ Luật Hoạt 20 tháng 11 năm 2015; động giám sát của Quốc hội và Hội đồng nhân dân ngày Căn cứ Nghị quyết số 24/NQ-HĐND ngày 14 tháng 9 năm 2021 của Hội Bình Dương về Chương trình giám sát của Hội đồng nhân dân tỉnh tỉnh năm 2022; đồng nhân dân Thực hiện Nghị quyết số 27/NQ-HĐND ngày 14 tháng 9 năm 2021 của Hội đồng nhân dân tỉnh về việc thành lập Đoàn giám sát của Hội đồng nhân dân tỉnh về tình hình và kết quả thực hiện các chính sách hỗ trợ do ảnh hưởng bởi Covid-19 trên địa bàn tỉnh đại dịch Bình Dương; Đoàn giám sát của HĐND tỉnh thông báo phân"
""";
}
