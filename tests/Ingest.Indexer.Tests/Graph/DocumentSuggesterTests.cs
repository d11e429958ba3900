using Ingest.Indexer.Graph;

namespace Ingest.Indexer.Tests.Graph;

/// <summary>Suggestions as a user types a document in any spelling.</summary>
public sealed class DocumentSuggesterTests
{
    private sealed class Directory(params KnownDocument[] documents) : IDocumentDirectory
    {
        public int Reads { get; private set; }

        public Task<IReadOnlyList<KnownDocument>> KnownDocumentsAsync(CancellationToken cancellationToken = default)
        {
            Reads++;
            return Task.FromResult<IReadOnlyList<KnownDocument>>(documents);
        }
    }

    private static KnownDocument Doc(string label, int? year, int plans) => new(label, label, KnownDocument.LookupOf(label, year), "central", year, plans, false);

    private static readonly Directory Known = new(
        Doc("Chỉ thị 19/CT-TTg — Thủ tướng Chính phủ", 2021, 2),
        Doc("Kế hoạch 119/KH-UBND — UBND tỉnh Đồng Nai", 2021, 1),
        Doc("Chỉ thị 34-CT/TW — Bộ Chính trị", 2014, 5),
        Doc("Luật Thi đua, khen thưởng", null, 3),
        Doc("Chỉ thị 01/CT-UBND — UBND huyện", 2021, 0));

    [Theory]
    [InlineData("Chỉ thị 19", "Chỉ thị 19/CT-TTg — Thủ tướng Chính phủ")]
    [InlineData("chi thi 19", "Chỉ thị 19/CT-TTg — Thủ tướng Chính phủ")]
    [InlineData("19/ct-ttg", "Chỉ thị 19/CT-TTg — Thủ tướng Chính phủ")]
    [InlineData("34-CT", "Chỉ thị 34-CT/TW — Bộ Chính trị")]
    [InlineData("luat thi dua", "Luật Thi đua, khen thưởng")]
    [InlineData("LUẬT THI ĐUA", "Luật Thi đua, khen thưởng")]
    [InlineData("chi thi 1", "Chỉ thị 19/CT-TTg — Thủ tướng Chính phủ")] // a prefix of a number: both 19 and 01 → "1"
    public async Task Typed_words_in_any_spelling_find_the_document(string typed, string expected) =>
        Assert.Contains(expected, (await new DocumentSuggester(Known).SuggestAsync(typed)).Select(d => d.Label));

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("nghị quyết 99")]
    public async Task Nothing_matching_suggests_nothing(string typed) =>
        Assert.Empty(await new DocumentSuggester(Known).SuggestAsync(typed));

    [Fact]
    public async Task A_number_is_matched_from_its_start_not_inside_it() =>
        Assert.DoesNotContain("Kế hoạch 119/KH-UBND — UBND tỉnh Đồng Nai", (await new DocumentSuggester(Known).SuggestAsync("19")).Select(d => d.Label));

    [Fact]
    public async Task Most_cited_first_and_the_lookup_asks_for_that_year()
    {
        var found = await new DocumentSuggester(Known).SuggestAsync("chỉ thị");
        Assert.Equal(["Chỉ thị 34-CT/TW — Bộ Chính trị", "Chỉ thị 19/CT-TTg — Thủ tướng Chính phủ", "Chỉ thị 01/CT-UBND — UBND huyện"], found.Select(d => d.Label));
        Assert.Equal("Chỉ thị 34-CT/TW 2014", found[0].Lookup);
    }

    [Fact]
    public async Task The_directory_is_read_once_while_the_cache_is_fresh()
    {
        var directory = new Directory(Doc("Chỉ thị 19/CT-TTg", 2021, 1));
        var suggester = new DocumentSuggester(directory);
        await suggester.SuggestAsync("chi");
        await suggester.SuggestAsync("chi thi");
        Assert.Equal(1, directory.Reads);
    }
}
