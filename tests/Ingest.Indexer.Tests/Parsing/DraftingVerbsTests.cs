using Ingest.Indexer.Parsing.Citations;

namespace Ingest.Indexer.Tests.Parsing;

/// <summary>The words before a type word that make the document a draft: whole words only, "về" after them allowed.</summary>
public sealed class DraftingVerbsTests
{
    private static readonly string[] Verbs = ["trinh bay ", "gop y ", "cho y kien ", "du thao "];

    [Theory]
    [InlineData("dong chi pho chu tich trinh bay ", true)]
    [InlineData("hoi nghi gop y ve ", true)]
    [InlineData("cac dai bieu cho y kien ve ", true)]
    // The letters of a verb ending another word: "(dự thảo)" is still one, "bày" of "trưng bày" is not "trình bày".
    [InlineData("ban (du thao ", true)]
    [InlineData("trung bay ", false)]
    [InlineData("thuc hien ", false)]
    public void Only_whole_drafting_verbs_mark_a_draft(string before, bool drafted)
    {
        Assert.Equal(drafted, DraftingVerbs.EndBefore(before, Verbs));
    }
}
