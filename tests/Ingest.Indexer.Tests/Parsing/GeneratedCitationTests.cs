using Ingest.Indexer.Corpus;
using Ingest.Indexer.Parsing;

namespace Ingest.Indexer.Tests.Parsing;

/// <summary>
/// Citations planted in many spellings (số/sô/so/none, spaces around '/' and '-', lower-case codes, a line
/// break after the hyphen, three date forms, a glued "của") inside filler full of look-alike numbers: each is
/// found exactly once with the right type, number, date and relation, and the filler yields nothing.
/// </summary>
public sealed class GeneratedCitationTests
{
    private static readonly PlanParser Parser = new();

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(42)]
    [InlineData(2024)]
    public void Every_planted_citation_is_found_once_with_its_fields(int seed)
    {
        var (text, planted) = GeneratedText.Build(seed, 30_000);
        var record = Parser.Parse(text);
        var expected = planted.Select(p => $"{p.TypeName} | {p.Number} | {p.Date} | {p.Relation}").ToList();
        var actual = record.Citations.Select(c => $"{c.Type} | {c.Number} | {c.Date} | {c.Relation}").ToList();
        Assert.True(planted.Count > 50, "the generator plants enough citations to mean something");
        GoldenSamplesTests.AssertSameMultiset(expected, actual, $"seed {seed}");
    }

    [Fact]
    public void Filler_with_look_alike_numbers_yields_no_citation()
    {
        foreach (var sentence in FillerText.All)
        {
            var record = Parser.Parse(sentence);
            Assert.True(record.Citations.Count == 0, $"'{sentence}' gave {string.Join(", ", record.Citations.Select(c => c.Text))}");
        }
    }

    [Theory]
    [InlineData("Số điện thoại 0913.456.789, fax 0258-3822-123.")]
    [InlineData("Giai đoạn 2021-2025 và 2021 - 2030, tăng 15% so với 2020.")]
    [InlineData("Đạt 10/12 xã, trực 24/7, phòng chống Covid-19.")]
    [InlineData("Thực hiện Kế hoạch 5 năm (2021-2025) và kế hoạch năm 2021.")]
    [InlineData("Căn cứ Kế hoạch này, các phòng triển khai thực hiện.")]
    [InlineData("Mời Luật sư Nguyễn Văn A; tuyên truyền pháp luật.")]
    [InlineData("Chủ tịch UBND tỉnh quyết định khen thưởng ngày 15/3/2021.")]
    [InlineData("Các Nghị quyết của Quốc hội về phát triển kinh tế.")]
    [InlineData("Ban Dân tộc ban hành Kế hoạch phát động phong trào thi đua năm 2021 như sau:")]
    public void Near_misses_yield_no_citation(string text)
    {
        var record = Parser.Parse(text);
        Assert.True(record.Citations.Count == 0, string.Join(", ", record.Citations.Select(c => c.Text)));
    }
}
