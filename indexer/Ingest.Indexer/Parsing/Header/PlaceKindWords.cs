using Ingest.Indexer.Text;

namespace Ingest.Indexer.Parsing.Header;

/// <summary>
/// The kind of unit a place-date line writes before its place's name: "Thị trấn Tân Trụ, ngày …", "Thị xã Hồng Ngự,
/// ngày …", "TP. Cao Lãnh, ngày …". The name is read as the place; the kind words are kept so the place can be given
/// as written (tests/corpus/README.md: "the place word of the place-date line, as written"). The words come from the
/// tables: the abbreviations from phrases.json (placeKindAbbreviations), the two-word kinds from the jurisdictions of
/// agencies.json. Pure and thread-safe.
/// </summary>
internal sealed class PlaceKindWords
{
    // "TP. Cao Lãnh", "TX. Hồng Ngự", "TT. Cần Giuộc", "P. Bến Nghé", "Q. Bình Thạnh": an abbreviated kind in capitals
    // before a name in mixed case, which the place reader otherwise takes for the end of an upper-case motto.
    private readonly HashSet<string> _abbreviations;

    // "Thị trấn", "Thị xã", "Thành phố", "Đặc khu": two-word kinds whose second word is written in lower case (or both in capitals,
    // "THỊ XÃ Hồng Ngự"), which the place reader otherwise takes for the lower-case word that ends the place.
    private readonly (string First, string Second)[] _twoWordKinds;

    /// <summary>Kind words from their written forms (folded here); a two-word kind is written with one space.</summary>
    public PlaceKindWords(IEnumerable<string> abbreviations, IEnumerable<string> twoWordKinds)
    {
        _abbreviations = abbreviations.Select(TextFolding.FoldLoose).ToHashSet(StringComparer.Ordinal);
        _twoWordKinds = twoWordKinds.Select(k => TextFolding.FoldLoose(k).Split(' ', 2)).Where(p => p.Length == 2)
            .Select(p => (p[0], p[1])).ToArray();
    }

    /// <summary>
    /// Where the kind words start when <paramref name="word"/> (starting at <paramref name="at"/> in
    /// <paramref name="normalized"/>) ends a kind written before a place's name; -1 otherwise.
    /// </summary>
    public int KindStart(string normalized, int at, string word)
    {
        var folded = TextFolding.FoldLoose(word);
        if (_abbreviations.Contains(folded) && InvariantCasing.IsUpper(word)) return at;
        var end = at;
        while (end > 0 && normalized[end - 1] == ' ') end--;
        var start = end;
        while (start > 0 && normalized[start - 1] is not (' ' or '\n' or '|')) start--;
        if (start == end) return -1;
        var first = normalized[start..end];
        if (!char.IsUpper(first[0])) return -1;
        var pair = (TextFolding.FoldLoose(first), folded);
        foreach (var kind in _twoWordKinds)
            if (pair == kind) return start;
        return -1;
    }
}
