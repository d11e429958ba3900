using static Ingest.Indexer.Tests.Parsing.CitationRows;

namespace Ingest.Indexer.Tests.Parsing;

/// <summary>
/// Type words a page glued to the word before them, the space before their capital lost (kc-014, a mirror of a 2004
/// decision: "vàThông tư 99", "Bộ trưởngBộ Nội vụ", "củaChính phủ"): read as if the space were there.
/// </summary>
public sealed class GluedCapitalTypeWordTests
{
    [Theory]
    // kc-014: the short form after "và" as the text writes it.
    [InlineData("2. Hướng dẫn số 837/HD-UB ngày04/9/1998 của UBND tỉnh Gia Lai về việc hướng dẫn thực hiện Nghị định 09 vàThông tư 99 về chế độ chính sách cán bộ xã.",
        new[] { "Hướng dẫn|837/HD-UB|1998-09-04", "Nghị định|09|-", "Thông tư|99|-" })]
    [InlineData("Căn cứ Luật Tổ chức chính quyền địa phương; căn cứQuyết định số 48/2004/QĐ-UB ngày 12/5/2004 củaỦy ban nhân dân tỉnh;",
        new[] { "Luật|-|-", "Quyết định|48/2004/QĐ-UB|2004-05-12" })]
    // After a run of capitals (passed over in one step by the search for glued capitals), the glued type word is still read.
    [InlineData("Căn cứ ý kiến của UBND tỉnh và HĐNDvàChỉ thị số 12/CT-UB ngày 05/5/2004 củaỦy ban nhân dân tỉnh;",
        new[] { "Chỉ thị|12/CT-UB|2004-05-05" })]
    // Near miss: a body glued so is no document.
    [InlineData("theo đề nghị của Bộ trưởngBộ Nội vụ củaChính phủ.", new string[0])]
    public void A_type_word_glued_after_a_lower_case_word_is_read(string text, string[] rows)
    {
        Assert.Equal(Expected(rows), Read(text));
    }
}
