using Ingest.Indexer.Parsing;

namespace Ingest.Indexer.Tests.Parsing;

/// <summary>
/// A plan in the Party's layout (Party committee header, "Số 45-KH/HU" without a colon, "T/M BAN THƯỜNG VỤ",
/// an archive line without a colon). The text is written for this test; none of the samples has this layout.
/// </summary>
public sealed class PartyLayoutTests
{
    private const string Plan = """
        ĐẢNG BỘ TỈNH LÂM ĐỒNG              ĐẢNG CỘNG SẢN VIỆT NAM
        HUYỆN ỦY ĐỨC TRỌNG
                *                         Đức Trọng, ngày 12 tháng 5 năm 2023
        Số 45-KH/HU

        KẾ HOẠCH
        thực hiện Chỉ thị số 21-CT/TW, ngày 20/01/2023 của Ban Bí thư
        về tiếp tục đổi mới, nâng cao chất lượng công tác dân vận

        Thực hiện Kế hoạch số 120-KH/TU, ngày 10/3/2023 của Ban Thường vụ Tỉnh ủy về thực hiện Chỉ thị số 21-CT/TW, Ban Thường vụ Huyện ủy xây dựng Kế hoạch thực hiện như sau:
        Các chi, đảng bộ cơ sở báo cáo kết quả về Ban Dân vận Huyện ủy trước ngày 30/11/2023.

        Nơi nhận:                                     T/M BAN THƯỜNG VỤ
        - Ban Dân vận Tỉnh ủy (b/c),                    PHÓ BÍ THƯ
        - Các đảng bộ, chi bộ cơ sở,
        - Lưu Văn phòng Huyện ủy.
                                                        Nguyễn Văn Hùng
        """;

    private static readonly Model.PlanRecord Record = new PlanParser().Parse(Plan);

    [Fact]
    public void Reads_the_party_number_and_issuer()
    {
        Assert.Equal("45-KH/HU", Record.Number);
        Assert.Equal("Huyện ủy Đức Trọng", Record.Issuer.Name);
        Assert.Equal(("district", "Lâm Đồng"), (Record.Issuer.Level, Record.Issuer.Province));
        Assert.DoesNotContain(Record.Citations, c => c.Number == "45-KH/HU");
    }

    [Fact]
    public void Reads_the_signature_and_an_archive_line_without_colon()
    {
        Assert.Equal(("PHÓ BÍ THƯ", "Nguyễn Văn Hùng"), (Record.Signer!.Title, Record.Signer.Name));
        Assert.Equal(["T/M BAN THƯỜNG VỤ"], Record.Signer.Authority);
        Assert.Equal("Lưu Văn phòng Huyện ủy.", Record.Archive);
        Assert.Equal(2, Record.Recipients.Count);
    }

    [Fact]
    public void The_title_s_directive_and_the_provincial_plan_are_implemented()
    {
        Assert.Equal(["21-CT/TW", "120-KH/TU", "21-CT/TW"], Record.Citations.Select(c => c.Number));
        Assert.All(Record.Citations, c => Assert.Equal("implements", c.Relation));
        Assert.Equal(Record.Citations[0].Key, Record.Citations[2].Key);
    }

    // iy-dang-uy-xa-la-bang-kh-2020-09-docsharing (123docz.net): the three-line Party header flattened onto one line.
    [Theory]
    [InlineData("ĐẢNG BỘ HUYỆN ĐẠI TỪ ĐẢNG ỦY XÃ LA BẰNG * Số 09 -KH/ĐU ĐẢNG CỘNG SẢN VIỆT NAM La Bằng, ngày 24 tháng 11 năm 2020 KẾ HOẠCH kiểm điểm, đánh giá, xếp loại chất lượng năm 2020", "09-KH/ĐU")]
    [InlineData("ĐẢNG BỘ TỈNH THÁI NGUYÊN ĐẢNG BỘ HUYỆN ĐẠI TỪ ĐẢNG ỦY XÃ LA BẰNG * Số 09 KH/ĐU ĐẢNG CỘNG SẢN VIỆT NAM La Bằng, ngày 24 tháng 11 năm 2020 KẾ HOẠCH kiểm điểm", "09-KH/ĐU")]
    // Mid-line without the motto after it, the number is a sentence's, not the header's label.
    [InlineData("ĐẢNG ỦY XÃ LA BẰNG\nThực hiện Kế hoạch của ĐẢNG ỦY Số 09-KH/ĐU ngày 24/11/2020 về kiểm điểm", null)]
    public void Reads_the_number_of_a_party_header_flattened_onto_one_line(string text, string? number)
    {
        var record = new PlanParser().Parse(text);
        Assert.Equal(number, record.Number);
        if (number is not null) Assert.Equal("Đảng ủy xã La Bằng", record.Issuer.Name);
    }

    // tests/corpus jr-bch-doan-huyen-lap-vo-ctr-2021-cong-tac-doan: a page's teaser ("Căn cứ …") above a Đoàn header, then
    // "CHƯƠNG TRÌNH" alone on its line under the place-date and the trích yếu on the lines under it, blank lines between.
    [Fact]
    public void A_type_heading_under_the_place_date_has_its_title_on_the_lines_under_it()
    {
        var r = new PlanParser().Parse("TRANG CHỦ > HOẠT ĐỘNG\nCăn cứ Nghị quyết Đại hội Đoàn huyện Tân Hồng lần thứ XI.\n\nTỈNH ĐOÀN ĐỒNG THÁP\n\n"
            + "BCH ĐOÀN HUYỆN TÂN HỒNG\n\n***\n\nSố:        - CTr/ĐTN\n\nĐOÀN TNCS HỒ CHÍ MINH\n\nTân Hồng, ngày tháng 01 năm 2021\n\n"
            + "CHƯƠNG TRÌNH\n\nCông tác Đoàn và phong trào Thanh thiếu nhi\n\nhuyện Tân Hồng năm 2021\n\n-----------\n\nCăn cứ Nghị quyết Đại hội Đoàn toàn quốc lần thứ XI;\n");
        Assert.Equal("Chương trình", r.DocType);
        Assert.Equal("Công tác Đoàn và phong trào Thanh thiếu nhi huyện Tân Hồng năm 2021", r.Title);
    }
}
