using Ingest.Indexer.Parsing;

namespace Ingest.Indexer.Tests.Parsing;

/// <summary>
/// A header that keeps only a body's head ("BẢO HIỂM XÃ HỘI", a mirror's table cell cut after its first words) over a
/// number whose code spells that head's initials (-/BHXH): the code is the body's own, not the sign of a lost
/// department line, and the head alone is the national body (a province's branch names its province under it). Rows cut
/// verbatim from the corpus documents named in each test.
/// </summary>
public sealed class BodyOwnCodeHeaderTests
{
    private static readonly PlanParser Parser = new();

    [Fact]
    public void A_bare_social_insurance_head_over_its_own_code_is_the_national_body()
    {
        // ks-bhxh-viet-nam-cv-2011-5337: the body never names itself with a speaking verb, so only the header tells.
        const string text = """
            BẢO
            HIỂM XÃ HỘI |
            CỘNG
            HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |
            Số: 5337/BHXH-BC |
            Hà Nội, ngày 14 tháng 12 năm 2011 |
            Kính gửi: Bảo hiểm xã hội các tỉnh thành phố trực thuộc Trung ương
            Yêu cầu Bảo hiểm xã hội các tỉnh, thành phố căn cứ kế hoạch cấp kinh phí của Bảo hiểm xã hội Việt Nam và tình hình thực tế tại địa phương để tổ chức chi trả lương hưu, trợ cấp BHXH đảm bảo an toàn, phục vụ đối tượng hưởng kịp thời, thuận lợi trong dịp tết Nguyên đán.
            """;

        var record = Parser.Parse(text);

        Assert.Equal("Bảo hiểm xã hội Việt Nam", record.Issuer.Name);
        Assert.Equal("central", record.Issuer.Level);
        Assert.DoesNotContain(record.Diagnostics, d => d.Code == "issuer-conflict");
    }

    [Fact]
    public void A_federation_head_over_its_own_initials_raises_no_conflict()
    {
        // ks-ldld-tp-hcm-cv-2020-730: "LIÊN ĐOÀN LAO ĐỘNG" over "-/LĐLĐ" is one body, named by its code.
        const string text = """
            TỔNG LIÊN ĐOÀN LAO
            ĐỘNG |
            CỘNG HÒA XÃ HỘI
            CHỦ NGHĨA VIỆT NAM |
            Số: 730/LĐLĐ |
            TP. Hồ Chí Minh, ngày 03 tháng 11 năm 2020 |
            Kính gửi: |
            - Ban Thường vụ Liên đoàn Lao động 24 Quận,
            """;

        var record = Parser.Parse(text);

        Assert.DoesNotContain(record.Diagnostics, d => d.Code == "issuer-conflict");
    }
}
