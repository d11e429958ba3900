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
}
