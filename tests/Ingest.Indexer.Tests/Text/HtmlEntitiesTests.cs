using Ingest.Indexer.Parsing;
using Ingest.Indexer.Text;

namespace Ingest.Indexer.Tests.Text;

/// <summary>
/// Character references a web page's HTML left in copied text: decoded for reading, every offset still the input's.
/// Rows from the corpus's passages of thanhdoan.hochiminhcity.gov.vn (cp-022, ir-044).
/// </summary>
public sealed class HtmlEntitiesTests
{
    [Theory]
    [InlineData("Th&agrave;nh Đo&agrave;n", "Thành Đoàn")]
    [InlineData("hướng dẫn&nbsp;tuy&ecirc;n truyền", "hướng dẫn\u00A0tuyên truyền")]
    [InlineData("chủ đề &ldquo;Năm Thanh ni&ecirc;n&rdquo;", "chủ đề \u201CNăm Thanh niên\u201D")]
    [InlineData("Bộ NN&amp;PTNT, số &#49;2 v&#x1EC1;", "Bộ NN&PTNT, số 12 về")]
    public void References_are_decoded(string text, string expected) => Assert.Equal(expected, HtmlEntities.Decode(text));

    [Theory]
    [InlineData("Bộ NN&PTNT")] // an ampersand with no ';' after it is a code's
    [InlineData("A & B; C")]
    [InlineData("&unknownname; và &#;")]
    [InlineData("&")]
    public void Text_without_a_reference_is_returned_as_it_is(string text)
    {
        Assert.Same(text, HtmlEntities.Decode(text, out var map));
        Assert.Null(map);
    }

    [Fact]
    public void Each_decoded_character_maps_to_where_its_reference_starts()
    {
        var text = "Đo&agrave;n x";
        var decoded = HtmlEntities.Decode(text, out var map);
        Assert.Equal("Đoàn x", decoded);
        Assert.Equal([0, 1, 2, 10, 11, 12, 13], map!);
    }

    [Fact]
    public void A_citation_in_escaped_text_is_read_and_its_text_is_the_inputs()
    {
        const string text = "Ng&agrave;y 5/1/2017, Ban Tuy&ecirc;n gi&aacute;o Trung ương đ&atilde; ban h&agrave;nh hướng dẫn Số 21- HD/BTGTW, hướng dẫn&nbsp;tuy&ecirc;n truyền kỷ niệm c&aacute;c ng&agrave;y lễ lớn trong năm 2017.";
        var citation = Assert.Single(new PlanParser().Parse(text).Citations);
        Assert.Equal("21-HD/BTGTW", citation.Number);
        Assert.Equal("2017-01-05", citation.Date);
        Assert.EndsWith("Số 21- HD/BTGTW", citation.Text);
    }
}
