using Ingest.Indexer.Parsing;

namespace Ingest.Indexer.Tests.Parsing;

/// <summary>
/// Where the issuer block sits and what makes a body (Nghị định 30/2020/NĐ-CP Phụ lục I: the body in the left
/// column, beside the motto and above the number; Hướng dẫn 36-HD/VPTW for Party bodies). Each row is a short
/// synthetic header written for its rule, not copied from a source; matches first, then near misses.
/// </summary>
public sealed class IssuerBlockTests
{
    private static readonly PlanParser Parser = new();

    /// <summary>What a row expects of the issuer; null means "must be empty".</summary>
    public sealed record Issuer(string? Name, string? Level, string? Province);

    public static TheoryData<string, string, Issuer> Matches() => new()
    {
        // A portal's chrome (an upper-case banner, a metadata table) above the header is not the issuer.
        { "chrome above the block", "TIN TỨC NỔI BẬT\nCập nhật lúc 10:20 ngày 01/02/2020 bởi quản trị viên trang\nLoại văn bản: | Kế hoạch | Người ký: | Nguyễn Văn An |\nNơi ban hành: | Tỉnh Lào Cai | Lĩnh vực: | Văn hóa |\nTình trạng: | Còn hiệu lực | Ngày hiệu lực: | Đang cập nhật |\nTrích yếu: | Kế hoạch tổ chức ngày hội đọc sách trên địa bàn toàn tỉnh năm 2020 |\nỦY BAN NHÂN DÂN\nTỈNH LÀO CAI\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 12/KH-UBND\nLào Cai, ngày 03 tháng 02 năm 2020\nKẾ HOẠCH\nTổ chức ngày hội đọc sách",
          new("Ủy ban nhân dân tỉnh Lào Cai", "province", "Lào Cai") },
        { "banner, heading, then the block", "THÔNG BÁO MỚI\nKẾ HOẠCH\nVề việc tổ chức giải chạy\nSỞ Y TẾ TỈNH NAM ĐỊNH\nSố: 7/KH-SYT\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nNam Định, ngày 05 tháng 3 năm 2019\nKẾ HOẠCH\nVề việc tổ chức giải chạy",
          new("Sở Y tế tỉnh Nam Định", "province", "Nam Định") },
        // "THÀNH PHÔ" with a tone lost by OCR is still the jurisdiction; a centrally-run city is a province.
        { "OCR lost a tone of thành phố", "ỦY BAN NHÂN DÂN\nTHÀNH PHÔ ĐÀ NẴNG\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 5/KH-UBND\nĐà Nẵng, ngày 02 tháng 3 năm 2021",
          new("Ủy ban nhân dân thành phố Đà Nẵng", "province", "Đà Nẵng") },
    };

    [Theory, MemberData(nameof(Matches))]
    public void Reads_the_issuer(string layout, string text, Issuer expected)
    {
        var r = Parser.Parse(text);
        Assert.True(expected.Name == r.Issuer.Name, $"{layout}: issuer {r.Issuer.Name}");
        Assert.True(expected.Level == r.Issuer.Level, $"{layout}: level {r.Issuer.Level}");
        Assert.True(expected.Province == r.Issuer.Province, $"{layout}: province {r.Issuer.Province}");
    }

    public static TheoryData<string, string> NearMisses() => new()
    {
        // A page number glued to the block's first word: the block still reads from its line, not from mid-line.
        { "glued page number", "Trang 2ỦY BAN NHÂN DÂN\nXÃ AN BÌNH\nSố: 3/TB-UBND\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nAn Bình, ngày 04 tháng 5 năm 2022" },
    };

    [Theory, MemberData(nameof(NearMisses))]
    public void Never_takes_chrome_for_the_issuer(string layout, string text)
    {
        var r = Parser.Parse(text);
        Assert.False(r.Issuer.Name is { } n && (n.StartsWith("Trang", StringComparison.OrdinalIgnoreCase) || n.Contains("nổi bật", StringComparison.OrdinalIgnoreCase)), $"{layout}: issuer {r.Issuer.Name}");
    }
}
