using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Ingest.Indexer.Parsing.Tables;

namespace Ingest.Indexer.Tests.Tables;

/// <summary>The data tables load, are consistent, and say what the code relies on.</summary>
public sealed class DomainTablesTests
{
    private static readonly DomainTables Tables = DomainTables.Default;

    [Fact]
    public void Type_ids_are_kebab_case_and_unique()
    {
        Assert.All(Tables.DocumentTypes, t => Assert.Matches("^[a-z]+(-[a-z]+)*$", t.Id));
        Assert.Equal(Tables.DocumentTypes.Count, Tables.DocumentTypes.Select(t => t.Id).Distinct().Count());
    }

    [Fact]
    public void A_type_code_means_one_type_within_each_numbering_system()
    {
        foreach (var party in new[] { true, false })
        {
            var codes = Tables.DocumentTypes.SelectMany(t => (party ? t.PartyCodes : t.StateCodes).Select(c => (c, t.Id))).ToList();
            var clashes = codes.GroupBy(x => x.c).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
            Assert.True(clashes.Count == 0, $"{(party ? "party" : "state")} codes used twice: {string.Join(", ", clashes)}");
        }
    }

    [Fact]
    public void The_administrative_document_abbreviations_of_the_national_rules_are_known()
    {
        string[] rules = ["NQ", "QĐ", "CT", "QC", "QyĐ", "TB", "HD", "CTr", "KH", "PA", "ĐA", "DA", "BC", "TTr", "CĐ"];
        foreach (var code in rules) Assert.NotNull(Tables.TypeByCode(code, party: false));
        Assert.Equal("thong-tri", Tables.TypeByCode("TT", party: true)!.Id);
        Assert.Equal("thong-tu", Tables.TypeByCode("TT", party: false)!.Id);
        Assert.Equal("quy-dinh", Tables.TypeByCode("QĐi", party: true)!.Id);
    }

    [Fact]
    public void Issuer_codes_have_a_scope_and_central_ones_a_level()
    {
        Assert.All(Tables.IssuerCodes, i => Assert.Contains(i.Scope, new[] { "central", "local" }));
        Assert.All(Tables.IssuerCodes.Where(i => i.Scope == "central"), i => Assert.Equal("central", i.Level));
        Assert.Equal("QH", Tables.IssuerByCode("QH14")!.Code);
    }

    [Fact]
    public void Provinces_are_the_63_units_with_unique_names()
    {
        Assert.Equal(63, Tables.Provinces.Count);
        Assert.Equal(63, Tables.Provinces.Select(p => p.Name).Distinct().Count());
    }

    [Fact]
    public void Code_books_repair_ocr_look_alikes_only_to_known_codes()
    {
        Assert.Equal(("CT", true), Tables.TypeCodes.Find("C1"));
        Assert.Equal(("TW", true), Tables.IssuerCodeBook.Find("IW"));
        Assert.Equal((null, false), Tables.TypeCodes.Find("ZZ"));
    }

    // The generated readers (TableJson) replaced reflection: each file must read into the same rows, field for field.
    [Fact]
    public void The_generated_readers_read_every_table_as_reflection_did()
    {
        Same("document-types.json", TableJson.Default.TypesFile);
        Same("issuer-codes.json", TableJson.Default.IssuersFile);
        Same("agencies.json", TableJson.Default.AgenciesFile);
        Same("provinces.json", TableJson.Default.ProvincesFile);
        Same("abbreviations.json", TableJson.Default.AbbreviationsFile);
        Same("phrases.json", TableJson.Default.PhraseTable);
        Same("districts.json", TableJson.Default.DistrictsFile);
        Same("agencies.json", TableJson.Default.AgencyPhrasesFile);
        Same("issuer-heads.json", TableJson.Default.HeadsFile);
        Same("legacy-encodings.json", TableJson.Default.LegacyEncodingsFile);
    }

    // What reflection, with the options the tables were read with before, makes of the file.
    private static T ByReflection<T>(string file)
    {
        using var stream = DomainTables.Embedded(file);
        return JsonSerializer.Deserialize<T>(stream, new JsonSerializerOptions { PropertyNameCaseInsensitive = true })!;
    }

    private static void Same<T>(string file, JsonTypeInfo<T> shape) =>
        Assert.Equal(JsonSerializer.Serialize(ByReflection<T>(file)), JsonSerializer.Serialize(DomainTables.Read(file, shape)));

    [Theory]
    [InlineData("""{"types": [{"id": "ke-hoach", "name": "Kế hoạch", "words": ["kế hoạch"]""")] // cut short
    [InlineData("""{"types": {"id": "ke-hoach"}}""")] // a row where the list should be
    [InlineData("""{"types": [{"id": "ke-hoach", "words": "kế hoạch"}]}""")] // a word where the list should be
    [InlineData("""{"types": [{"id": 7}]}""")] // a number where the text should be
    public void A_malformed_table_throws(string json) =>
        Assert.ThrowsAny<JsonException>(() => DomainTables.Parse(Utf8(json), "document-types.json", TableJson.Default.TypesFile));

    [Fact]
    public void An_empty_table_throws() =>
        Assert.Throws<InvalidDataException>(() => DomainTables.Parse(Utf8("null"), "phrases.json", TableJson.Default.PhraseTable));

    [Fact]
    public void Property_names_are_read_in_any_case_and_comments_are_skipped()
    {
        var file = DomainTables.Parse(Utf8("""{"comment": "x", "Codes": [{"CODE": "UBND", "name": "Ủy ban nhân dân", "system": "state", "scope": "local"}]}"""),
            "issuer-codes.json", TableJson.Default.IssuersFile);
        Assert.Equal("UBND", Assert.Single(file.Codes).Code);
    }

    private static MemoryStream Utf8(string json) => new(Encoding.UTF8.GetBytes(json));
}
