using Ingest.Indexer.Parsing;

namespace Ingest.Indexer.Tests.Parsing;

/// <summary>
/// "TP.HCM", the short name Hồ Chí Minh City's bodies print in their headers ("CỤC THUẾ TP.HCM") and portals and
/// registries write everywhere, is written out in the issuer's name as the corpus annotates it ("Cục Thuế TP Hồ Chí Minh").
/// </summary>
public sealed class CityShortNameIssuerTests
{
    private static readonly PlanParser Parser = new();

    [Fact]
    public void A_city_department_printed_with_tp_hcm_is_named_with_the_city_written_out()
    {
        // lt-cuc-thue-tp-hcm-cv-2011-hoa-don-ocr ("THUÊ" for THUẾ is the OCR's).
        const string text = """
            TNG CỤC THUÊ CỘNG HÒA XÃ HỌI CHỦ NGHĨA VIỆT NAM
            CỤC THUÊ TP.HCM Độc lập - Tự do - Hạnh phúc.
            Số: 62]ƒ/CT-KTT3 TP. Hỏ Chí Minh, ngày4€ tháng năm 201 1
            V/v: Không đóng *dấu” trên hoá đơn đặt in.
            Kính gởi: CÔNG TY CP DV BƯU CHÍNH VIỄN THÔNG SÀI GÒN
            """;

        var record = Parser.Parse(text);

        Assert.Equal("Cục Thuê TP Hồ Chí Minh", record.Issuer.Name);
    }
}
