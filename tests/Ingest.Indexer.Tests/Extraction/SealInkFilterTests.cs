using System.Text;
using Ingest.Indexer.Extraction;

namespace Ingest.Indexer.Tests.Extraction;

/// <summary>
/// The seal filter's pixel rule: red seal ink is lightened away, print and blue ink keep the darkness a gray
/// conversion gives them, and nothing comes out darker than that. The seal and print colours are the main
/// clusters measured in the seal's square of a real sealed scan (UBND tỉnh Quảng Ngãi, Chỉ thị 04/CT-UBND 2024, last
/// page at 200 dpi: ink (243, 22, 29) and (232, 77, 88), print (38, 20, 22)).
/// </summary>
public sealed class SealInkFilterTests
{
    [Theory]
    [InlineData(0, 0, 0, 0)]            // black print
    [InlineData(255, 255, 255, 255)]    // paper
    [InlineData(128, 128, 128, 128)]    // gray print stays gray
    [InlineData(243, 22, 29, 243)]      // seal ink: as light as its red (its gray, 89, is dark enough to be read as print)
    [InlineData(232, 77, 88, 232)]      // the seal's paler ink
    [InlineData(38, 20, 22, 38)]        // print in the seal stays dark
    [InlineData(30, 60, 160, 62)]       // blue ink (a hand-filled number): its luminance, as dark as before
    [InlineData(0, 150, 0, 88)]         // green: its luminance, never darker
    public void Lightens_red_ink_and_keeps_print(byte r, byte g, byte b, byte expected)
    {
        var gray = SealInkFilter.ToGray(Ppm(1, 1, [r, g, b]));
        Assert.Equal("P5\n1 1\n255\n", Encoding.ASCII.GetString(gray, 0, gray.Length - 1));
        Assert.Equal(expected, gray[^1]);
    }

    [Fact]
    public void Reads_a_header_with_a_comment_and_keeps_the_pixel_order()
    {
        var ppm = Encoding.ASCII.GetBytes("P6\n# poppler\n2 1\n255\n").Concat(new byte[] { 0, 0, 0, 255, 255, 255 }).ToArray();
        var gray = SealInkFilter.ToGray(ppm);
        Assert.Equal(new byte[] { 0, 255 }, gray[^2..]);
    }

    [Theory]
    [InlineData("P5\n1 1\n255\n\0")]         // already gray: not what poppler was asked for
    [InlineData("P6\n2 2\n255\n\0\0\0")]      // truncated samples
    [InlineData("P6\n1 1\n65535\n\0\0\0\0\0\0")] // 16-bit
    [InlineData("P6\nx 1\n255\n\0\0\0")]
    public void Refuses_what_is_not_an_8_bit_colour_ppm(string ppm) =>
        Assert.Throws<FormatException>(() => SealInkFilter.ToGray(Encoding.Latin1.GetBytes(ppm)));

    private static byte[] Ppm(int width, int height, byte[] samples) =>
        Encoding.ASCII.GetBytes($"P6\n{width} {height}\n255\n").Concat(samples).ToArray();
}
