using Ingest.Indexer.Parsing.Dates;

namespace Ingest.Indexer.Tests.Parsing;

/// <summary>
/// The triggers are looked for before the first digit of each number only (DeadlineTriggers.Find skips the rest of a
/// number): a trigger before a date of several digits is found before its first digit, and none before a digit inside a number.
/// </summary>
public sealed class DeadlineTriggersTests
{
    private static readonly DeadlineTriggers Triggers = new(["truoc ngay", "cham nhat", "han chot", "truoc"]);

    // "báo cáo về UBND xã trước ngày 15/5/2024", "hoàn thành chậm nhất ngày 30/6/2024" (tests/corpus/README.md, deadlines).
    [Theory]
    [InlineData("bao cao ve ubnd xa truoc ngay 15/5/2024.", "truoc ngay")]
    [InlineData("hoan thanh cham nhat ngay 30/6/2024", "cham nhat")]
    [InlineData("gui ve truoc 17 gio ngay 20/11/2021", "truoc")]
    [InlineData("han chot 2025 la nam cuoi", "han chot")]
    public void A_trigger_before_a_number_is_found_before_its_first_digit_only(string folded, string phrase)
    {
        var found = Triggers.Find(folded).ToList();
        Assert.Contains(phrase, found.Select(t => folded[t.Start..t.Space]));
        // Each trigger's date (or its "ngay") begins right after its space; the digits after a number's first add none.
        Assert.All(found, t => Assert.False(char.IsAsciiDigit(folded[t.Space - 1])));
        Assert.Equal(found.Count, found.Distinct().Count());
    }

    // A digit inside a number ("12 345"), or a number glued to a word ("truoc2024"), follows no trigger.
    [Theory]
    [InlineData("ma so 12345 cap truoc2024")]
    [InlineData("truoc-15/5/2024 va sau ngay 1234")]
    public void No_trigger_where_no_number_follows_it_after_a_space(string folded) =>
        Assert.Empty(Triggers.Find(folded));
}
