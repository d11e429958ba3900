using Ingest.Indexer.Extraction;

namespace Ingest.Indexer.Tests.Extraction;

/// <summary>
/// Words Tesseract made out of ink that is no writing, told from misread words of the text. Each row is a word as
/// Tesseract read it (text, box in pixels, confidence) in the header of a corpus scan, a line being about 40 pixels high.
/// </summary>
public sealed class OcrNoiseTests
{
    private const double LineHeight = 40;

    public static TheoryData<string, int, int, double, string> Noise => new()
    {
        // The rule under the agency's name (jd-ubnd-quang-ngai-tb-2024-660-ocr, iw-dh-cong-thuong-hcm-kh-khao-sat-2026-ocr).
        { "l-lnkatiqul", 219, 73, 0, "letters joined by a hyphen, too many for a syllable" },
        { "x=unnnnsnsssnsrcnncoee", 323, 53, 0, "a run of letters no syllable is" },
        // The rule under the motto (jd-ubnd-quang-ngai-tb-2024-660-ocr), sure or not.
        { "———_", 709, 33, 57, "no letter or digit" },
        // The rim of a seal (iw-ubnd-phu-tho-cv-ra-soat-tthc-2011-ocr): a speck, however sure Tesseract is.
        { "Mộ", 10, 8, 78, "a speck" },
        { "|", 1, 37, 90, "one stroke" },
        { "ˆ", 12, 10, 30, "a modifier letter is an accent read alone" },
    };

    public static TheoryData<string, int, int, double, string> Writing => new()
    {
        // Misread words of headers (iw-ubnd-phu-tho-cv-ra-soat-tthc-2011-ocr, jd-ubnd-quang-ngai-tb-2024-660-ocr).
        { "PHÙ", 101, 55, 24, "a syllable in capitals" },
        { "tháng", 162, 58, 0, "a syllable in small letters" },
        { "Số:", 63, 56, 34, "a capitalized syllable and its colon" },
        { "20Ll", 91, 34, 0, "a year misread: it holds a digit" },
        { "6§0_/TB-UBND", 377, 64, 44, "a document number misread" },
        { "/UBND-", 179, 55, 40, "a code in capitals" },
        { "ttcbth@)quangngai.gov.vn", 341, 30, 97, "sure enough" },
    };

    [Theory]
    [MemberData(nameof(Noise))]
    public void Ink_that_is_no_writing_is_noise(string text, int width, int height, double confidence, string why)
    {
        Assert.True(OcrNoise.IsNoise(new OcrTsv.Word(100, 100, width, height, text, confidence), LineHeight), why);
    }

    [Theory]
    [MemberData(nameof(Writing))]
    public void A_misread_word_of_the_text_is_no_noise(string text, int width, int height, double confidence, string why)
    {
        Assert.False(OcrNoise.IsNoise(new OcrTsv.Word(100, 100, width, height, text, confidence), LineHeight), why);
    }
}
