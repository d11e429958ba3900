using Ingest.Indexer.Parsing;

namespace Ingest.Indexer.Tests.Parsing;

/// <summary>
/// Letters printed without their header (corpus README, `ka` batch): the body's own sentence names the body that
/// speaks, whose head word places it where no place is written, and a salutation a mirror broke over two lines still
/// makes the text a letter. Rows cut from the corpus documents named in each test.
/// </summary>
public sealed class HeaderlessSpeakerTests
{
    private static readonly PlanParser Parser = new();

    [Fact]
    public void A_department_named_with_its_fields_joined_by_and_speaks_for_the_notice()
    {
        // ka-so-vhtt-tb-2022-treo-co-headerless (a news site's copy).
        const string text = """
            Thông báo treo cờ Tổ quốc

            19:17 17/08/2022

            Nhân dịp kỷ niệm 77 năm Cách mạng tháng Tám (19/8/1945 - 19/8/2022) và Quốc khánh nước Cộng hòa xã hội chủ nghĩa Việt Nam (2/9/1945 - 2/9/2022); Sở Văn hóa và Thể thao thông báo treo cờ Tổ quốc như sau:

            - Tại trụ sở, nơi làm việc các cơ quan, đơn vị, nơi công cộng và các hộ gia đình... trên địa bàn thành phố treo cờ Tổ quốc từ ngày 18-8-2022 đến hết ngày 3-9-2022.
            """;

        var record = Parser.Parse(text);

        Assert.Equal("Sở Văn hóa và Thể thao", record.Issuer.Name);
        Assert.Equal("province", record.Issuer.Level);
    }

    [Fact]
    public void A_party_body_named_after_its_district_committee_speaks_under_that_name_without_a_place()
    {
        // kb-btg-huyen-uy-cv-2020-130-nam-ngay-sinh-bac-headerless: a district Party committee's board names itself after the
        // committee (Hướng dẫn 36-HD/VPTW), and the text names no district.
        const string text = """
            Thực hiện Công văn số 1494-CV/BTGTU, ngày 31 tháng 3 năm 2020 của Ban Tuyên giáo Tỉnh ủy về việc tuyên truyền kỷ niệm 130 năm Ngày sinh Chủ tịch Hồ Chí Minh; Ban Tuyên giáo Huyện ủy đề nghị các tổ chức cơ sở đảng, Mặt trận Tổ quốc và các đoàn thể huyện triển khai một số nội dung sau:
            1. Tuyên truyền về thân thế, cuộc đời, sự nghiệp cách mạng vẻ vang của Chủ tịch Hồ Chí Minh.
            """;

        var record = Parser.Parse(text);

        Assert.Equal("Ban Tuyên giáo Huyện ủy", record.Issuer.Name);
        Assert.Equal("district", record.Issuer.Level);
    }

    [Fact]
    public void A_ministrys_department_naming_itself_without_a_place_is_central_and_its_salutation_makes_a_letter()
    {
        // ka-cuc-lanh-su-cv-2025-ho-chieu-truc-tuyen-headerless-md: "**Kính" / "gửi:**" in a mirror's table cell.
        const string text = """
            |
            **Kính
            gửi:**
            |
            - Văn phòng các Bộ, cơ quan ngang Bộ, cơ quan thuộc
            Chính phủ;
            - Sở Ngoại vụ TP. Hồ Chí Minh.

            Nhằm đẩy mạnh cải cách thủ tục hành chính, kể từ ngày 01/12/2025, Cục Lãnh sự chính thức triển khai tiếp
            nhận hồ sơ đề nghị cấp hộ chiếu ngoại giao, hộ chiếu công vụ trực tuyến.

            Để phối hợp triển khai hiệu quả, Cục Lãnh sự trân trọng đề nghị Quý Cơ quan giúp:
            - Thông báo tới cán bộ, công chức có thể lựa chọn nộp hồ sơ trực tiếp tại Cục Lãnh sự và Sở Ngoại vụ TP. Hồ Chí
            Minh.
            """;

        var record = Parser.Parse(text);

        Assert.Equal("Công văn", record.DocType);
        Assert.Equal("Cục Lãnh sự", record.Issuer.Name);
        Assert.Equal("central", record.Issuer.Level);
        Assert.Null(record.Issuer.Province);
    }

    [Fact]
    public void A_body_that_politely_says_xin_before_its_notice_speaks_for_it()
    {
        // lv-mg-huong-duong-tb-2022-tam-dung-den-truong-headerless (a school's page).
        const string text = """
            THÔNG BÁO TẠM DỪNG ĐẾN TRƯỜNG

            Trường mẫu giáo Hướng Dương xin thông báo đến Quý phụ huynh:

                 Ngày 11/03/2022. Sở y tế Bình Phước ban hành công văn số 846/SYT-NV v/v phân loại cấp độ dịch covid 19 ( Kể từ ngày 12/03/2022)
            """;

        var record = Parser.Parse(text);

        Assert.Equal("Trường mẫu giáo Hướng Dương", record.Issuer.Name);
        Assert.Equal("commune", record.Issuer.Level);
    }

    [Fact]
    public void A_ministry_s_department_naming_its_ministry_after_itself_speaks_as_the_department()
    {
        // ka-cuc-lanh-su-cv-2025-ho-chieu-truc-tuyen-headerless-md, the first sentence that names the speaker.
        const string text = """
            Kính gửi: Các cơ quan, tổ chức

            Nhằm tạo thuận lợi cho công dân, Cục Lãnh sự Bộ Ngoại giao xin trân trọng thông báo:

            Kể từ ngày 01/12/2025, Cục Lãnh sự chính thức triển khai tiếp nhận hồ sơ trực tuyến.
            """;

        var record = Parser.Parse(text);

        Assert.Equal("Cục Lãnh sự", record.Issuer.Name);
    }

    [Theory]
    // lv-th-thcs-nguyen-trung-truc-tb-2023-455-khai-giang-headerless (a school's page); the second row is the same
    // sentence from a school of the two secondary levels, which the province's Sở runs (corpus README, level).
    [InlineData("Trường Tiểu học và THCS Nguyễn Trung Trực", "commune")]
    [InlineData("Trường THCS và THPT Lê Lợi", "province")]
    public void A_school_of_two_levels_joined_by_and_speaks_under_its_whole_name(string school, string level)
    {
        var text = school + " thông báo đến toàn thể quý phụ huynh và học sinh toàn trường về việc chuẩn bị tựu trường và tổ chức Lễ Khai giảng năm học 2023 – 2024, với những nội dung cụ thể như sau:";

        var record = Parser.Parse(text);

        Assert.Equal(school, record.Issuer.Name);
        Assert.Equal(level, record.Issuer.Level);
    }

    [Fact]
    public void A_school_named_by_its_numbered_ward_speaks_under_the_whole_name()
    {
        // lv-mn-phuong-1-q10-tb-2020-nghi-hoc-headerless (a school's page in Quận 10).
        const string text = "Thực hiện chỉ đạo của Uỷ ban nhân dân Thành phố, Sở Giáo dục và Đào tạo. Nay Trường Mầm non Phường 1 xin thông báo đến toàn thể quý phụ huynh cho học sinh nghỉ học đến hết ngày 16/02/2020 để phòng, chống dịch bệnh viêm đường hô hấp cấp do chủng mới của virut Corona gây ra.";

        var record = Parser.Parse(text);

        Assert.Equal("Trường Mầm non Phường 1", record.Issuer.Name);
        Assert.Equal("commune", record.Issuer.Level);
    }
}
