using Ingest.Indexer.Parsing;

namespace Ingest.Indexer.Tests.Parsing;

/// <summary>
/// A letter copied on a site under the post's own title (kw-sgddt-ha-noi-cv-2016-3929, enre.edu.vn): the title line
/// above the whole header is the page's, the "V/v" under the number is the letter's; and the copy's "UBNDTHÀNH PHỐ"
/// lost its space. Rows cut from that document.
/// </summary>
public sealed class PageTitleOverLetterTests
{
    private static readonly PlanParser Parser = new();

    private static string Letter(string parent) => "HƯỚNG DẪN TUYỂN SINH TCCN 2016-2017\n\n|\n\n" + parent + "\n\nSỞ GIÁO DỤC VÀ ĐÀO TẠO\n\n \n\n"
        + "    Số:    3929/ SGD&ĐT-GDTX-CN\n\nV/v hướng dẫn công tác tuyển sinh\n\nTCCN  năm học 2016-2017\n\n \n\n"
        + "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\n Độc lập – Tự do – Hạnh phúc\n\n \n          Hà Nội, ngày   19 tháng 10 năm  2016\n\n"
        + " Kính gửi:  Ông (bà) Hiệu trưởng các trường trung cấp chuyên nghiệp,\n\n      Căn cứ Thông tư số 27/2014/TT-BGDĐT ngày 11/8/2014;\n\n"
        + "     Sở Giáo dục và Đào tạo Hà Nội hướng dẫn các trường trung cấp chuyên nghiệp (TCCN) thực hiện những công việc tuyển sinh như sau:\n";

    [Fact]
    public void The_subject_under_the_number_outranks_a_type_word_over_the_whole_header()
    {
        var r = Parser.Parse(Letter("UBND THÀNH PHỐ HÀ NỘI"));
        Assert.Equal("Công văn", r.DocType);
        Assert.Equal("hướng dẫn công tác tuyển sinh TCCN năm học 2016-2017", r.Title);
    }

    [Fact]
    public void A_committees_abbreviation_glued_to_its_jurisdiction_word_is_read_apart()
    {
        var r = Parser.Parse(Letter("UBNDTHÀNH PHỐ HÀ NỘI"));
        Assert.Equal("Sở Giáo dục và Đào tạo thành phố Hà Nội", r.Issuer.Name);
        Assert.Equal("province", r.Issuer.Level);
    }
}
