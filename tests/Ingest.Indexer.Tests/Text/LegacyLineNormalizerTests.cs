using Ingest.Indexer.Text;

namespace Ingest.Indexer.Tests.Text;

/// <summary>
/// Words left in a VNI-Windows or TCVN3 font among Unicode text are decoded line by line; Unicode Vietnamese is
/// never altered, and the text view maps decoded letters back to the original.
/// </summary>
public sealed class LegacyLineNormalizerTests
{
    [Theory]
    // A school page's header copied from Word: the left cell in Unicode, the motto in VNI, one space lost between them.
    [InlineData("PHÒNG GDĐT TUY PHƯỚCCOÄNG HOAØ XAÕ HOÄI CHUÛ NGHÓAVIEÄT NAM", "PHÒNG GDĐT TUY PHƯỚCCỘNG HOÀ XÃ HỘI CHỦ NGHĨAVIỆT NAM")]
    [InlineData("TRÖÔØNG TH SOÁ 1 TT TUY PHƯỚCÑoäclaäp – Töï do – Haïnhphuùc", "TRƯỜNG TH SỐ 1 TT TUY PHƯỚCĐộclập – Tự do – Hạnhphúc")]
    [InlineData("KEÁ HOAÏCH", "KẾ HOẠCH")]
    // TCVN3 (.VnTime): one byte per toned letter.
    [InlineData("Ban chØ ®¹o phßng chèng dÞch", "Ban chỉ đạo phòng chống dịch")]
    public void Legacy_words_are_decoded(string line, string expected) =>
        Assert.Equal(expected, LegacyLineNormalizer.Normalize(line));

    [Theory]
    [InlineData("ỦY BAN NHÂN DÂN TỈNH QUẢNG BÌNH")]
    [InlineData("Hội nghị tổng kết «Năm an toàn giao thông» 2023, nhiệt độ 30°C")]
    [InlineData("Đoàn công tác của Bộ Giáo dục làm việc với ông Müller")]
    [InlineData("PHÒNG GIÁO DỤC VÀ ĐÀO TẠO HUYỆN ĐÔNG HOÀ")]
    public void Unicode_lines_are_left_alone(string line) =>
        Assert.Same(line, LegacyLineNormalizer.Normalize(line));

    [Fact]
    public void The_view_maps_decoded_letters_back_to_the_original()
    {
        const string text = "Số: 5/KH\nKEÁ HOAÏCH\nTổ chức";
        var view = TextViewBuilder.Build(text);
        var at = view.Normalized.IndexOf("KẾ HOẠCH", StringComparison.Ordinal);
        Assert.True(at > 0);
        Assert.Equal("KEÁ HOAÏCH", view.OriginalSlice(at, at + "KẾ HOẠCH".Length));
        Assert.Equal("Tổ chức", view.OriginalSlice(view.Normalized.Length - 7, view.Normalized.Length));
    }
}
