using Ingest.Indexer.Parsing.Header;
using Ingest.Indexer.Parsing.Places;
using Ingest.Indexer.Parsing.Tables;

namespace Ingest.Indexer.Tests.Parsing;

/// <summary>
/// A name none of whose words opens a spelling's form is passed over without looking for each form (issue 12, parser
/// speed): the forms must still be found wherever they stand as whole words, first word or not, and nowhere else.
/// </summary>
public sealed class IssuerRespellingTests
{
    private static readonly IssuerUnitReader Units = new(DomainTables.Default, new ProvinceGazetteer(DomainTables.Default));

    [Theory]
    // Header lines of the corpus and the samples: the short form read in the middle or at the end of the name.
    [InlineData("Phòng GD&ĐT Diễn Châu", "Phòng Giáo dục và Đào tạo Diễn Châu")]
    [InlineData("Sở LĐ-TB&XH tỉnh Quảng Ngãi", "Sở Lao động - Thương binh và Xã hội tỉnh Quảng Ngãi")]
    [InlineData("Phòng Giáo dục-Đào tạo", "Phòng Giáo dục và Đào tạo")]
    // Near misses: no word opens a form; a form's first word alone ("Giao Thủy"); a form glued inside a word.
    [InlineData("Ủy ban nhân dân tỉnh Bến Tre", "Ủy ban nhân dân tỉnh Bến Tre")]
    [InlineData("Trường THCS Giao Thủy", "Trường THCS Giao Thủy")]
    [InlineData("Sở XGD&ĐT", "Sở XGD&ĐT")]
    public void Respells_a_form_only_where_it_stands_as_whole_words(string name, string respelled)
    {
        Assert.Equal(respelled, Units.Respell(name));
    }
}
