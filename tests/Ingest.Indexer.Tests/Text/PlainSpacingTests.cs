using Ingest.Indexer.Text;

namespace Ingest.Indexer.Tests.Text;

public class PlainSpacingTests
{
    [Fact]
    public void Text_with_plain_spaces_and_line_feeds_is_returned_as_it_is()
    {
        var text = "ỦY BAN NHÂN DÂN\nXÃ TÂN PHÚ\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 12/KH-UBND";
        Assert.Same(text, PlainSpacing.Apply(text));
    }

    [Theory]
    [InlineData("Số:\u00A0125/KH-UBND", "Số: 125/KH-UBND")]      // Word's and HTML's no-break space
    [InlineData("Hà Nội,\u202Fngày 5", "Hà Nội, ngày 5")]          // narrow no-break space of PDF typesetting
    [InlineData("Nơi nhận:\r\n- Như trên;\r\n", "Nơi nhận: \n- Như trên; \n")] // Windows line ends keep their length
    [InlineData("KẾ HOẠCH\rTriển khai", "KẾ HOẠCH\nTriển khai")]   // a lone carriage return is the line break
    [InlineData("a\u2028b\u2029c\u0085d", "a\nb\nc\nd")]
    [InlineData("\u3000x\u2003y", " x y")]
    [InlineData(@"ỦY BAN NHÂN DÂN\nTỈNH AN GIANG", "ỦY BAN NHÂN DÂN \nTỈNH AN GIANG")] // a JSON export's written-out break
    [InlineData(@"Số: 12/KH-UBND\r\nAn Giang", "Số: 12/KH-UBND   \nAn Giang")]
    [InlineData(@"a\rb\tc", "a \nb  c")]
    [InlineData(@"Số: 125\QĐ-UBND", @"Số: 125\QĐ-UBND")]                               // a backslash for the slash stays
    [InlineData(@"**KẾ HOẠCH**\\nTriển khai", @"**KẾ HOẠCH**\" + " \nTriển khai")]          // a Markdown line's closing backslash stays
    [InlineData(@"KẾ HOẠCH\nTriển khai\nNăm 2024" + "\n", "KẾ HOẠCH \nTriển khai \nNăm 2024\n")]      // an export saved with a final line feed
    [InlineData("Trần Mạnh Long\f1\nVĂN PHÒNG", "Trần Mạnh Long\n1\nVĂN PHÒNG")]  // a page joined to the last line of the page before
    [InlineData("Nguyễn Văn Thành\n\f\fĐỀ CƯƠNG", "Nguyễn Văn Thành\n\f\fĐỀ CƯƠNG")]  // pdftotext's form feed after a line break stays
    public void Every_space_becomes_a_plain_space_and_every_line_break_a_line_feed(string given, string expected) =>
        Assert.Equal(expected, PlainSpacing.Apply(given));

    [Theory]
    // A document with its own line breaks keeps what its backslashes stand before: a path, an escape quoted in a guide.
    [InlineData("Nơi nhận:\n- Lưu: D:\\new\\tai-lieu.docx\nNguyễn Văn A")]
    [InlineData("HƯỚNG DẪN\nGõ \"\\n\" để xuống dòng\r\nvà \"\\t\" để lùi vào")]
    public void A_backslash_in_a_text_with_line_breaks_of_its_own_is_no_escape(string given) =>
        Assert.Equal(given.Replace("\r\n", " \n", StringComparison.Ordinal), PlainSpacing.Apply(given));

    [Fact]
    public void A_text_whose_only_unusual_sign_is_a_backslash_is_returned_as_it_is()
    {
        var text = "Số: 125\\QĐ-UBND\nHà Nội";
        Assert.Same(text, PlainSpacing.Apply(text));
    }

    [Fact]
    public void Offsets_into_the_result_are_offsets_into_the_text_as_given()
    {
        var given = "Số:\u00A0125/KH-UBND\r\nNgày\u00A05/3/2024\rX\u2009Y";
        var result = PlainSpacing.Apply(given);
        Assert.Equal(given.Length, result.Length);
        Assert.Equal(given.IndexOf("125", StringComparison.Ordinal), result.IndexOf("125", StringComparison.Ordinal));
        Assert.Equal(given.IndexOf("5/3/2024", StringComparison.Ordinal), result.IndexOf("5/3/2024", StringComparison.Ordinal));
    }
}
