using System.Text.RegularExpressions;

namespace Ingest.Indexer.Graph;

/// <summary>
/// The keys one document cited by name may carry. Plans write a law's name with its year or without it ("Luật
/// Ngân sách nhà nước năm 2015", "Luật Ngân sách nhà nước 2015", "Luật Ngân sách nhà nước"), and each spelling keys
/// apart (<c>luat:ngan-sach-nha-nuoc-nam-2015</c>, <c>…-2015</c>, <c>luat:ngan-sach-nha-nuoc</c>). A name typed
/// without a year stands for every year, as a number typed without one does; typed with a year, for that year
/// and for the citations that give none. Listed rather than matched by prefix so that the embedded index (an
/// IN over its key index) and Azure AI Search (search.in inside any(), which takes no range) answer alike.
/// Pure.
/// </summary>
public static partial class NameKeyForms
{
    /// <summary>The first and last year a name's year is looked for in (the state's first laws to a margin past today).</summary>
    public const int FirstYear = 1945, LastYear = 2050;

    [GeneratedRegex(@"-(?:nam-)?(?<year>(?:19|20)\d{2})$", RegexOptions.CultureInvariant)]
    private static partial Regex TrailingYear();

    /// <summary>True when a by-name key ends with a year ("…-nam-2015", "…-2015").</summary>
    public static bool HasYear(string key) => TrailingYear().Match(key) is { Success: true } m && !key[..m.Index].EndsWith(':');

    /// <summary>
    /// The keys of <paramref name="key"/> (a by-name key), the key itself first. <paramref name="typedYear"/>: a
    /// year typed beside the name and not read into it ("Luật Ngân sách nhà nước 2002" typed alone).
    /// </summary>
    public static IReadOnlyList<string> Of(string key, int? typedYear = null)
    {
        var m = TrailingYear().Match(key);
        var name = m.Success ? key[..m.Index] : key;
        // "luat:2013" is no name with a year: a type and nothing else keeps its one key.
        if (name.EndsWith(':')) return [key];
        int? year = m.Success ? int.Parse(m.Groups["year"].Value) : typedYear;
        var years = year is { } one ? [one] : Enumerable.Range(FirstYear, LastYear - FirstYear + 1);
        var forms = new List<string> { key };
        if (name != key) forms.Add(name);
        foreach (var y in years)
            foreach (var form in new[] { $"{name}-nam-{y}", $"{name}-{y}" })
                if (form != key) forms.Add(form);
        return forms;
    }
}
