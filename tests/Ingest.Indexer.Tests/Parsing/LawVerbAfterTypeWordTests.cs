using Ingest.Indexer.Parsing;

namespace Ingest.Indexer.Tests.Parsing;

/// <summary>
/// "Luật" followed by a lower-case verb of two words ("Luật quy định …") is the sentence going on about the law the
/// news reports, not a law's name; a capitalised name after the type word still is one.
/// </summary>
public sealed class LawVerbAfterTypeWordTests
{
    private static readonly PlanParser Parser = new();

    private static List<string> Texts(string text) => Parser.Parse(text).Citations.Select(c => c.Text).ToList();

    // kk-040 (a 2025 news item on a new law).
    [Fact]
    public void A_lower_case_verb_after_Luat_names_no_law()
    {
        Assert.Empty(Texts("Luật quy định toàn diện về quản lý giam giữ, thi hành án tại cộng đồng và tái hòa nhập cộng đồng, chính thức có hiệu lực thi hành từ ngày 01/7/2026."));
    }

    [Fact]
    public void A_capitalised_name_after_Luat_is_still_cited()
    {
        Assert.Equal(["Luật Đất đai"], Texts("Luật Đất đai quy định toàn diện về quyền sử dụng đất."));
    }
}
