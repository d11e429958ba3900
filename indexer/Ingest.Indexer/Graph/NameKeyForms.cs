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
    public static bool HasYear(string key) => Split(key).Year is not null;

    /// <summary>
    /// The keys of <paramref name="key"/> (a by-name key), the key itself first. <paramref name="typedYear"/>: a
    /// year typed beside the name and not read into it ("Luật Ngân sách nhà nước 2002" typed alone).
    /// </summary>
    public static IReadOnlyList<string> Of(string key, int? typedYear = null)
    {
        var (name, written) = Split(key);
        // "luat:2013" is no name with a year: a type and nothing else keeps its one key.
        if (name.EndsWith(':')) return [key];
        var year = written ?? typedYear;
        var years = year is { } one ? [one] : Enumerable.Range(FirstYear, LastYear - FirstYear + 1);
        var forms = new List<string> { key };
        if (name != key) forms.Add(name);
        foreach (var y in years)
            foreach (var form in new[] { $"{name}-nam-{y}", $"{name}-{y}" })
                if (form != key) forms.Add(form);
        return forms;
    }

    // The name and the year written after it; a key that is a type and a year alone ("luat:2013") has no year.
    private static (string Name, int? Year) Split(string key)
    {
        var m = TrailingYear().Match(key);
        if (!m.Success || key[..m.Index].EndsWith(':')) return (key, null);
        return (key[..m.Index], int.Parse(m.Groups["year"].Value));
    }
}
