using Ingest.Indexer.Parsing;
using Ingest.Indexer.Parsing.Places;
using Ingest.Indexer.Parsing.Tables;

namespace Ingest.Indexer.Tests.Parsing;

/// <summary>
/// A body's own name may hold a syllable that folds to a place word ("Phương" to "phường", "Quản" to "quận"): written
/// with other marks it names no ward or district, so it says nothing of the body's level; a place word written with
/// no marks at all is still one, but a bare word in a name written with its marks is another word ("Cục Hải quan").
/// </summary>
public sealed class PlaceWordInNameTests
{
    private static readonly PlanParser Parser = new();

    [Theory]
    [InlineData("Bệnh viện Nguyễn Tri Phương", null)]
    [InlineData("Hội đồng quản lý Quỹ Khuyến học tỉnh Bình Thuận", "province")]
    [InlineData("UBND phường Phương Mai", "commune")]
    [InlineData("UBND PHUONG 5", "commune")]
    [InlineData("Cục Hải quan", null)]
    [InlineData("Cơ quan Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Lâm Đồng", "province")]
    public void A_place_word_counts_only_as_written(string issuer, string? level) =>
        Assert.Equal(level, IssuerLevels.FromText(DomainTables.Default, issuer));

    [Fact]
    public void The_customs_department_is_no_district()
    {
        // ix-cuc-hai-quan-cv-2025-nha-phi-thuyen-headerless-tnt305 (a legal mirror's copy, November 2025), verbatim.
        const string text = """
            **Kính gửi:** Công
            ty TNHH Kinh doanh Phát triển Dự án Thuận Thành.

            *(Đ/c: 25A Đông Hồ, Phường Tân Hòa, Thành phố Hồ Chí Minh)*

            Cục Hải quan nhận được công văn số 19/CV-TT-2025
            ngày 6/10/2025 của Công ty TNHH Kinh doanh Phát triển Dự án Thuận Thành về việc
            xác định mã số HS, chính sách và thuế áp dụng lô hàng nhập khẩu có tên gọi:
            “Nhà phi thuyền”. Về vấn đề này, Cục Hải quan có ý kiến như sau:
            """;

        var record = Parser.Parse(text);

        Assert.Equal("Cục Hải quan", record.Issuer.Name);
        Assert.Equal("central", record.Issuer.Level);
        Assert.Null(record.Issuer.Province);
    }

    [Fact]
    public void A_hospital_named_after_a_person_speaks_for_its_notice()
    {
        // li-bv-nguyen-tri-phuong-tb-2023-nghi-le-headerless: the hospital's page prints the notice without a header.
        const string text = """
            Nghỉ lễ Giỗ Tổ Hùng Vương, Lễ ngày Giải phóng Miền Nam thống nhất đất nước 30/4 và ngày Quốc tế lao động 01/5

            Nội dung

            Bệnh viện Nguyễn Tri Phương thông báo việc nghỉ lễ Giỗ Tổ Hùng Vương, Lễ ngày Giải phóng Miền Nam thống nhất đất nước 30/4 và ngày Quốc tế lao động 01/5 như sau:

            Thời gian nghỉ lễ: 05 ngày liên tục theo quy định từ ngày 29/04/2023 đến hết ngày 03/05/2023
            """;

        var record = Parser.Parse(text);

        Assert.Equal("Bệnh viện Nguyễn Tri Phương", record.Issuer.Name);
        Assert.NotEqual("commune", record.Issuer.Level);
    }
}
