using Ingest.Indexer.Parsing;

namespace Ingest.Indexer.Tests.Parsing;

/// <summary>
/// Public service units' pages printed without their header (corpus README, `kw` and `ks` batches): a health centre,
/// a hospital or a school names itself in the text, and that naming is the issuer where the text says the unit is
/// the author. Rows cut from the corpus documents named in each test.
/// </summary>
public sealed class SelfNamedUnitTests
{
    private static readonly PlanParser Parser = new();

    [Fact]
    public void A_health_centre_named_after_its_district_is_that_districts_and_in_its_province()
    {
        // kw-ttyt-huu-lung-tb-2023-nghi-le-headerless: a Trung tâm Y tế is the district's health centre; "Hữu Lũng" is a
        // district of Lạng Sơn only.
        const string text = """
            Thông báo lịch nghỉ Lễ giỗ tổ Hùng Vương và nghỉ Lễ 30/4, 1/5

            Trung tâm Y tế Hữu Lũng thông báo lịch nghỉ Lễ giỗ tổ Hùng Vương và nghỉ Lễ 30/4, 1/5 như sau:
            1. Thời gian nghỉ: 05 ngày liên tục, từ thứ Bẩy ngày 29/4/2023 đến hết thứ Tư  ngày 03/5/2023.
            """;

        var record = Parser.Parse(text);

        Assert.Equal("Trung tâm Y tế Hữu Lũng", record.Issuer.Name);
        Assert.Equal("district", record.Issuer.Level);
        Assert.Equal("Lạng Sơn", record.Issuer.Province);
    }

    [Fact]
    public void A_hospital_closing_its_notice_with_kinh_bao_is_its_issuer_and_a_city_hospital_is_provincial()
    {
        // kw-bv-da-nang-tb-2018-nghi-le-headerless: the only sentence naming the hospital as the author is the closing.
        const string text = """
            Thông báo nghỉ Lễ 30/4-1/5 và Giỗ Tổ Hùng Vương năm 2018

            (23/04/2018)

            Theo quy định của Luật Lao động, công chức, viên chức và người lao động được nghỉ 1 ngày duy nhất trong dịp giỗ Tổ Hùng Vương 10/3 âm lịch.  Vì vậy,  hoạt động khám bệnh, chữa bệnh dịch vụ tại Bệnh viện Đà Nẵng sẽ thực hiện như sau:

            * Lưu ý: Công tác khám chữa bệnh cấp cứu vẫn được triển khai 24/24h

            Bệnh viện Đà Nẵng trân trọng kính báo!

                                                                         GIÁM ĐỐC

                                                                        Lê Đức Nhân
            """;

        var record = Parser.Parse(text);

        Assert.Equal("Bệnh viện Đà Nẵng", record.Issuer.Name);
        Assert.Equal("province", record.Issuer.Level);
    }

    [Fact]
    public void A_school_named_in_lower_case_with_its_level_code_speaks_for_its_plan()
    {
        // kw-thcs-huynh-thuc-khang-kh-2025-khai-giang-headerless: "trường THCS" in lower case, with no comma after "Căn cứ …".
        const string text = """
            KẾ HOẠCH CHO NGÀY TỰU TRƯỜNG VÀ LỄ KHAI GIẢNG NĂM HỌC MỚI 2025 - 2026

               Căn cứ tình hình thực tế trường THCS Huỳnh Thúc Kháng xây dựng kế hoạch tựu trường và Lễ Khai giảng năm học 2025-2026 gắn với kỉ niệm 80 năm thành lập Bộ Quốc gia Giáo dục như sau: (Chi tiết kế hoạch của nhà trường - Xem tại đây)

            1. Lịch tựu trường
            """;

        var record = Parser.Parse(text);

        Assert.Equal("Trường THCS Huỳnh Thúc Kháng", record.Issuer.Name);
        Assert.Equal("commune", record.Issuer.Level);
    }

    [Fact]
    public void A_lower_case_head_without_a_level_code_names_no_body()
    {
        // Near miss of the rule above: "trường hợp" is no school.
        const string text = """
            THÔNG BÁO LỊCH TIẾP DÂN

            Các trường hợp khẩn cấp xây dựng kế hoạch như sau: liên hệ trực tiếp.
            """;

        var record = Parser.Parse(text);

        Assert.Null(record.Issuer.Name);
    }

    [Fact]
    public void An_admissions_board_named_after_its_school_speaks_for_the_plan()
    {
        // ir-mn-kien-hung-kh-tuyen-sinh-2025-headerless-portal: a board named by its task (two words) and its school.
        const string text = """
            KẾ HOẠCH TUYỂN SINH NĂM HỌC 2025 - 2026 Căn cứ vào chỉ tiêu được giao trong năm học 2025 - 2026; Xét thực trạng đội ngũ cán bộ, giáo viên, cơ sở vật chất của nhà trường, căn cứ vào kết quả điều tra số trẻ trên địa bàn phường Kiến Hưng; Hội đồng tuyển sinh trường MN Kiến Hưng xây dựng kế hoạch tuyển sinh năm học 2025 - 2026 trên địa bàn như sau: I. MỤC ĐÍCH, YÊU CẦU:
            """;

        var record = Parser.Parse(text);

        Assert.Equal("Hội đồng tuyển sinh trường MN Kiến Hưng", record.Issuer.Name);
        Assert.Equal("commune", record.Issuer.Level);
    }
}
