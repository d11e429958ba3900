using System.Text.Json;
using Ingest.Indexer.Parsing;
using Ingest.Indexer.Serialization;

namespace Ingest.Indexer.Tests.Contracts;

/// <summary>The JSON other tools read: every record the parser writes matches the schema file in the repository.</summary>
public sealed class PlanRecordSchemaTests
{
    private static readonly JsonElement Schema = JsonDocument.Parse(File.ReadAllText(Path.Combine(
        TestPaths.RepositoryRoot, "indexer", "Ingest.Indexer", "Data", "schemas", "plan-record.schema.json"))).RootElement;

    public static TheoryData<string> Plans()
    {
        var data = new TheoryData<string>();
        foreach (var f in Directory.GetFiles(TestPaths.Plans).OrderBy(f => f)) data.Add(Path.GetFileName(f));
        return data;
    }

    [Theory, MemberData(nameof(Plans))]
    public void Every_sample_record_matches_the_schema(string plan)
    {
        var record = new PlanParser().Parse(File.ReadAllText(Path.Combine(TestPaths.Plans, plan)));
        var json = JsonDocument.Parse(RecordJson.Serialize(record)).RootElement;
        Assert.Empty(MiniSchemaValidator.Validate(Schema, json));
    }

    [Fact]
    public void A_fragment_record_matches_the_schema()
    {
        var record = new PlanParser().Parse("Thực hiện Chỉ thị số 34-CT/TW ngày 07/4/2014 của Bộ Chính trị, gửi báo cáo trước ngày 15/3.",
            new ParseOptions { FallbackYear = 2021 });
        Assert.Single(record.Citations);
        Assert.Single(record.Deadlines);
        Assert.Equal("2021-03-15", record.Deadlines[0].Date);
        Assert.Empty(MiniSchemaValidator.Validate(Schema, JsonDocument.Parse(RecordJson.Serialize(record)).RootElement));
    }

    [Fact]
    public void The_validator_rejects_what_breaks_the_contract()
    {
        var bad = JsonDocument.Parse("""{"number": 5, "citations": [{"relation": "cites"}], "extra": true}""").RootElement;
        var errors = MiniSchemaValidator.Validate(Schema, bad);
        Assert.Contains(errors, e => e.Contains("$.number"));
        Assert.Contains(errors, e => e.Contains("unexpected property extra"));
        Assert.Contains(errors, e => e.Contains("missing issuer"));
        Assert.Contains(errors, e => e.Contains("$.citations[0].relation"));
    }

    [Fact]
    public void A_record_round_trips_through_json()
    {
        var text = File.ReadAllText(Path.Combine(TestPaths.Plans, "quang-ngai-ban-dan-toc-2022.txt"));
        var record = new PlanParser().Parse(text);
        var again = RecordJson.Deserialize(RecordJson.Serialize(record))!;
        Assert.Equal(RecordJson.Serialize(record), RecordJson.Serialize(again));
    }
}
