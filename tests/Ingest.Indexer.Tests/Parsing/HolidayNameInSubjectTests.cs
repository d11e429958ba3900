using Ingest.Indexer.Parsing;

namespace Ingest.Indexer.Tests.Parsing;

/// <summary>
/// A notice's "V/v" subject that names holidays ("… dịp nghỉ lễ" / "Giỗ Tổ Hùng Vương, Ngày Chiến thắng 30/4" / "và Quốc
/// tế lao động 01/5", lt-bo-tu-phap-tb-2015-1135-ocr): ", Ngày Chiến thắng" is no place-date (a place-date's "ngày" has
/// its day, a blank or "tháng" after it), so the subject runs to the address; and the heading "THÔNG BÁO ;", a speck
/// the OCR read as a semicolon set apart, is still the type heading.
/// </summary>
public sealed class HolidayNameInSubjectTests
{
    private static readonly PlanParser Parser = new();

    private static string Notice(string heading, string secondLine) =>
        "| BỘ TƯ PHÁP. CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\n— Độc lập - Tự đo - Hạnh phúc\n\n"
        + "Số: 1135/TB-BTP. Hà Nội, ngày 09 tháng 04 năm 2015\n" + heading + "\n"
        + "V/v hoán đổi ngày nghỉ, ngày đi làm bù dịp nghỉ lễ\n" + secondLine + "\nvà Quốc tế lao động 01/5\n"
        + "Kính gửi: Thủ trưởng các đơn vị thuộc Bộ\n\nThực hiện Thông báo số 4724/TB-LĐTBXH ngày 11 tháng 12 năm 2014 của\n"
        + "Bộ Lao động - Thương binh xã hội về việc hoán đổi ngày nghỉ.\n";

    [Fact]
    public void A_holidays_name_after_a_comma_goes_on_with_the_subject()
    {
        var r = Parser.Parse(Notice("THÔNG BÁO", "Giỗ Tổ Hùng Vương, Ngày Chiến thắng 30/4"));
        Assert.Equal("V/v hoán đổi ngày nghỉ, ngày đi làm bù dịp nghỉ lễ Giỗ Tổ Hùng Vương, Ngày Chiến thắng 30/4 và Quốc tế lao động 01/5", r.Title);
    }

    [Fact]
    public void A_place_date_under_the_subject_still_ends_it()
    {
        var r = Parser.Parse("BỘ TƯ PHÁP\nSố: 1135/BTP-VP\nV/v hoán đổi ngày nghỉ\nHà Nội, ngày 09 tháng 04 năm 2015\nKính gửi: Các đơn vị\n\nThực hiện chỉ đạo của Bộ trưởng.\n");
        Assert.Equal("hoán đổi ngày nghỉ", r.Title);
    }

    [Fact]
    public void A_type_heading_with_a_semicolon_speck_set_apart_is_the_heading()
    {
        var r = Parser.Parse(Notice("THÔNG BÁO ;", "Giỗ Tổ Hùng Vương, Ngày Chiến thắng 30/4"));
        Assert.Equal("Thông báo", r.DocType);
    }
}
