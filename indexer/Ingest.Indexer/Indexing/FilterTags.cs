using Ingest.Indexer.Text;

namespace Ingest.Indexer.Indexing;

/// <summary>
/// Filter values written as words ("lvldistrict provdongnai yr2023 typekehoach") into a full-text column of
/// their own, so a filter becomes part of the text query and the full-text engine ranks only the plans that
/// pass it, instead of ranking every match and dropping most. Pure.
/// </summary>
public static class FilterTags
{
    /// <summary>The tag words of one plan.</summary>
    public static string Of(string? level, string? province, int? year, string? docTypeId) =>
        string.Join(' ', new[]
        {
            level is null ? null : Level(level),
            province is null ? null : Province(province),
            year is null ? null : Year(year.Value),
            docTypeId is null ? null : Type(docTypeId),
        }.Where(t => t is not null));

    public static string Level(string level) => "lvl" + Word(level);

    public static string Province(string province) => "prov" + Word(province);

    public static string Year(int year) => "yr" + year.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public static string Type(string typeIdOrName) => "type" + Word(typeIdOrName);

    // One token: folded, letters and digits only ("Đồng Nai" → "dongnai", "ke-hoach" and "Kế hoạch" → "kehoach").
    private static string Word(string s) => new(TextFolding.FoldLoose(s).Where(char.IsAsciiLetterOrDigit).ToArray());

    /// <summary>The tags a query's filters require, as FTS5 terms of the tags column; empty when none.</summary>
    public static IReadOnlyList<string> Required(SearchQuery q)
    {
        var tags = new List<string>();
        if (q.Level is not null) tags.Add(Level(q.Level));
        if (q.Province is not null) tags.Add(Province(q.Province));
        if (q.Year is not null) tags.Add(Year(q.Year.Value));
        if (q.Type is not null) tags.Add(Type(q.Type));
        return tags;
    }
}
