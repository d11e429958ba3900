using Ingest.Indexer.Parsing.Tables;
using Ingest.Indexer.Text;

namespace Ingest.Indexer.Parsing.Places;

/// <summary>
/// Finds province names in text in any tone placement or case ("Khánh Hoà", "KHÁNH HÒA", "Khanh Hoa" all give
/// Khánh Hòa). A name counts only as a whole word sequence that starts with a capital letter, so "hòa bình"
/// (peace) is not Hòa Bình. Pure and thread-safe.
/// </summary>
public sealed class ProvinceGazetteer
{
    private readonly (string Folded, ProvinceRow Row)[] _names;
    private readonly Dictionary<string, ProvinceRow> _byFolded = new(StringComparer.Ordinal);
    private readonly PhraseMatcher _matcher;

    public ProvinceGazetteer(DomainTables tables)
    {
        _names = tables.Provinces
            .SelectMany(p => p.Aliases.Append(p.Name).Select(n => (TextFolding.FoldLoose(n), p)))
            .OrderByDescending(x => x.Item1.Length)
            .ToArray();
        foreach (var (f, row) in _names) _byFolded.TryAdd(f, row);
        _matcher = new PhraseMatcher(_names.Select(n => n.Folded));
    }

    /// <summary>The province whose name is exactly <paramref name="text"/> (a place line), or null.</summary>
    public ProvinceRow? Exact(string text)
    {
        var folded = TextFolding.FoldLoose(text);
        foreach (var prefix in new[] { "tinh ", "thanh pho ", "tp. ", "tp " })
            if (folded.StartsWith(prefix, StringComparison.Ordinal)) folded = folded[prefix.Length..];
        foreach (var (name, row) in _names) if (name == folded) return row;
        return null;
    }

    /// <summary>Every province mention in normalized/folded text, with its normalized offset.</summary>
    public IEnumerable<(ProvinceRow Row, int Start, int End)> FindAll(string normalized, string folded)
    {
        foreach (var (start, end, name) in _matcher.Matches(folded))
        {
            if (!char.IsUpper(normalized[start])) continue;
            var row = _byFolded[name];
            // "phong cách Hồ Chí Minh" is the man; "Thành phố Hồ Chí Minh" the city.
            if (row.NeedsKind && name == TextFolding.FoldLoose(row.Name) && !AfterKindWord(folded, start)) continue;
            yield return (row, start, end);
        }
    }

    /// <summary>The first province named in a short text such as an issuer ("UBND tỉnh Khánh Hòa"), or null.</summary>
    public ProvinceRow? FirstIn(string text)
    {
        var view = TextViewBuilder.Build(text);
        return FindAll(view.Normalized, view.Folded).OrderBy(x => x.Start).Select(x => x.Row).FirstOrDefault();
    }

    private static bool AfterKindWord(string folded, int at)
    {
        var before = folded.AsSpan(0, at).TrimEnd(' ');
        // "tỉnh Hồ Chí Minh" is a slip for the city (no person is a "tỉnh"), so the province word counts too.
        return before.EndsWith("thanh pho") || before.EndsWith("tp.") || before.EndsWith("tp") || before.EndsWith("tinh");
    }

}
