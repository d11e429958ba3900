using System.Text.Json;
using Ingest.Indexer.Model;
using Ingest.Indexer.Parsing;

namespace Ingest.Indexer.Tests.Parsing;

/// <summary>
/// The whole parser on the five real plans in shared/samples, against their hand-checked records. Each test
/// prints every difference, so a failure says exactly what was gained or lost.
/// </summary>
public sealed class GoldenSamplesTests
{
    private static readonly PlanParser Parser = new();

    public static TheoryData<string> Samples => GoldenSample.Names();

    private static (GoldenSample Sample, PlanRecord Record) Run(string name)
    {
        var sample = GoldenSample.ByName(name);
        return (sample, Parser.Parse(File.ReadAllText(sample.PlanPath)));
    }

    [Theory, MemberData(nameof(Samples))]
    public void Every_citation_is_found_with_its_type_number_and_date(string name)
    {
        var (sample, record) = Run(name);
        var expected = sample.Array("citations").Select(c => $"{Str(c, "type")} | {Str(c, "number")} | {Str(c, "date")}").ToList();
        var actual = record.Citations.Select(c => $"{c.Type} | {c.Number} | {c.Date}").ToList();
        AssertSameMultiset(expected, actual, "citations (type | number | date)");
    }

    [Theory, MemberData(nameof(Samples))]
    public void Every_citation_has_the_expected_relation_and_text(string name)
    {
        var (sample, record) = Run(name);
        var expected = sample.Array("citations").Select(c => $"{Str(c, "number") ?? Str(c, "type")} | {Str(c, "relation")} | {Str(c, "text")}").ToList();
        var actual = record.Citations.Select(c => $"{c.Number ?? c.Type} | {c.Relation} | {c.Text}").ToList();
        AssertSameMultiset(expected, actual, "citations (number | relation | text)");
    }

    [Theory, MemberData(nameof(Samples))]
    public void Number_place_and_date_match(string name)
    {
        var (sample, record) = Run(name);
        Assert.Equal(sample.Str("number"), record.Number);
        Assert.Equal(sample.Str("place"), record.Place);
        Assert.Equal(sample.Str("issue_date"), record.IssueDate);
        Assert.Equal(sample.Str("issue_date_partial"), record.IssueDatePartial);
        Assert.Equal(sample.Str("doc_type"), record.DocType);
        Assert.Equal(sample.Str("title"), record.Title);
        Assert.Equal(sample.Expected.GetProperty("year").GetInt32(), record.Year);
    }

    [Theory, MemberData(nameof(Samples))]
    public void Issuer_level_and_province_match_with_evidence(string name)
    {
        var (sample, record) = Run(name);
        Assert.Equal(sample.Str("issuer"), record.Issuer.Name);
        Assert.Equal(sample.Str("level"), record.Issuer.Level);
        Assert.Equal(sample.Str("province"), record.Issuer.Province);
        Assert.NotEmpty(record.Issuer.Evidence);
        foreach (var e in record.Issuer.Evidence) Assert.True(e.Start >= 0 && e.End >= e.Start, $"evidence span {e}");
    }

    [Theory, MemberData(nameof(Samples))]
    public void Signer_recipients_and_archive_match(string name)
    {
        var (sample, record) = Run(name);
        if (sample.Expected.GetProperty("signer").ValueKind == JsonValueKind.Null) Assert.Null(record.Signer);
        else
        {
            Assert.NotNull(record.Signer);
            Assert.Equal(Str(sample.Expected.GetProperty("signer"), "title"), record.Signer!.Title);
            Assert.Equal(Str(sample.Expected.GetProperty("signer"), "name"), record.Signer.Name);
        }
        Assert.Equal<string?>(sample.Array("recipients").Select(r => r.GetString()).ToList(), record.Recipients.Select(r => r.Text).ToList());
        Assert.Equal(sample.Str("archive"), record.Archive);
    }

    [Theory, MemberData(nameof(Samples))]
    public void Deadlines_and_periods_match(string name)
    {
        var (sample, record) = Run(name);
        Assert.Equal<string?>(sample.Array("deadlines").Select(d => Str(d, "date")).ToList(), record.Deadlines.Select(d => d.Date).ToList());
        foreach (var d in record.Deadlines) Assert.False(string.IsNullOrWhiteSpace(d.What));
        var expected = sample.Array("other_dates").Select(d => $"{Str(d, "kind")} {Squash(Str(d, "date_text"))}").ToList();
        var actual = record.Dates.Where(d => d.Kind is "period" or "anniversary").Select(d => $"{d.Kind} {Squash(d.Text)}").ToList();
        AssertSameMultiset(expected, actual, "periods and anniversaries");
    }

    [Theory, MemberData(nameof(Samples))]
    public void Every_span_slices_back_to_its_text(string name)
    {
        var (sample, record) = Run(name);
        var text = File.ReadAllText(sample.PlanPath);
        foreach (var c in record.Citations) Assert.Equal(c.Text, text[c.Start..c.End]);
        foreach (var d in record.Deadlines) Assert.Equal(d.Text, text[d.Start..d.End]);
        foreach (var d in record.Dates) Assert.Equal(d.Text, text[d.Start..d.End]);
    }

    private static string? Str(JsonElement e, string property) =>
        e.TryGetProperty(property, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static string? Squash(string? s) => s is null ? null : string.Join(' ', s.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    internal static void AssertSameMultiset(IReadOnlyList<string> expected, IReadOnlyList<string> actual, string what)
    {
        var missing = expected.ToList();
        var extra = new List<string>();
        foreach (var a in actual)
            if (!missing.Remove(a)) extra.Add(a);
        if (missing.Count == 0 && extra.Count == 0) return;
        Assert.Fail($"{what} differ.\n  missing:\n    {string.Join("\n    ", missing)}\n  unexpected:\n    {string.Join("\n    ", extra)}");
    }
}
