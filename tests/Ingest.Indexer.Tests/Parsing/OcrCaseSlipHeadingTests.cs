using Ingest.Indexer.Parsing;

namespace Ingest.Indexer.Tests.Parsing;

/// <summary>
/// A type heading in capitals that the OCR read with one capital as its small letter of the same shape ("THÔNG Tư LIÊN
/// TỊCH"), the title after it on the line (HeaderTitleReader.UpperButOneSameShape).
/// </summary>
public sealed class OcrCaseSlipHeadingTests
{
    private static readonly PlanParser Parser = new();

    // tests/corpus/documents/jb-btc-btnmt-ttlt-2016-87-issuu-ocr-header.txt (its first lines and the preamble's first words).
    private const string Header = "TTLT 87 2016 BTC BTNMT thẩm định bảng giá đất\n\nPage 1\n\n"
        + "Bộ TÀI CHÍNH Bộ TÀI NGŨYÊN VÀ MÔI TRƯỜNG\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VĨỆT NAM Độc ỉập - Tự do - Hạnh phúc\n\n"
        + "Số: 87/20 ló/TTLT-BTC-BTNMT\n\nHù Nội, ngày 22 tháng 6 năm 2016\n\n";

    private const string Subject = " Hướng dẫn việc thẩm định dự thảo bảng giá đất của Hội đồng thấm định bảng giá đất, thẩm định phương án giá "
        + "đất của Hội đồng thẩm định giá đất\n\nCân cứ Luật Đât đai ngày 29 tháng 11 năm 2013; Căn cứ Luật Giá ngày 20 tháng 6 năm 2012;\n";

    [Fact]
    public void A_type_heading_with_one_capital_read_as_its_same_shaped_small_letter_opens_the_title_on_its_line()
    {
        var r = Parser.Parse(Header + "THÔNG Tư LIÊN TỊCH" + Subject);
        Assert.Equal("Hướng dẫn việc thẩm định dự thảo bảng giá đất của Hội đồng thấm định bảng giá đất, thẩm định phương án giá đất "
            + "của Hội đồng thẩm định giá đất", r.Title);
        Assert.Equal("Thông tư liên tịch", r.DocType);
    }

    [Theory]
    [InlineData("THÔNG tư LIÊN TỊCH")] // two small letters: the writer's case
    [InlineData("THÔNg TƯ LIÊN TỊCH")] // a small "g" has no capital's shape
    public void A_type_word_with_other_small_letters_is_no_heading_with_its_title(string typed)
    {
        var r = Parser.Parse(Header + typed + Subject);
        Assert.NotEqual("Hướng dẫn việc thẩm định dự thảo bảng giá đất của Hội đồng thấm định bảng giá đất, thẩm định phương án giá đất "
            + "của Hội đồng thẩm định giá đất", r.Title);
    }
}
