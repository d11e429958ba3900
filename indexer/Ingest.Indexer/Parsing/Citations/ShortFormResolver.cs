namespace Ingest.Indexer.Parsing.Citations;

/// <summary>
/// Links a later short mention ("Chỉ thị 19/CT-TTg", "Chỉ thị số 14/CT-UBND của Chủ tịch UBND tỉnh") to the
/// full citation of the same document in the same plan: the nearest earlier one with a date, else the nearest
/// later one. Same document: the same symbol (leading zeros aside), or for a number written alone ("Chỉ thị
/// số 34"), the same type and serial. Linear apart from one binary search per short mention; works in place.
/// </summary>
internal static class ShortFormResolver
{
    public static void Resolve(List<CitationDraft> drafts)
    {
        var dated = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < drafts.Count; i++)
        {
            var d = drafts[i];
            if (d.Date is null || !d.IsNumbered) continue;
            foreach (var key in Keys(d)) (dated.TryGetValue(key, out var list) ? list : dated[key] = []).Add(i);
        }
        for (var i = 0; i < drafts.Count; i++)
        {
            var d = drafts[i];
            if (!d.IsNumbered || d.Date is not null) continue;
            var key = d.Symbol is not null ? "s|" + d.Symbol.KeyForm : "n|" + d.Type.Id + "|" + Serial(d.BareNumber);
            if (!dated.TryGetValue(key, out var candidates)) continue;
            d.ResolvedFrom = Nearest(candidates, i);
        }
    }

    // A dated full citation is found by its symbol, and also by type and serial for mentions written without codes.
    private static IEnumerable<string> Keys(CitationDraft d)
    {
        if (d.Symbol is not null) yield return "s|" + d.Symbol.KeyForm;
        yield return "n|" + d.Type.Id + "|" + Serial(d.Symbol?.Serial ?? d.BareNumber);
    }

    private static string Serial(string? serial) => serial?.TrimStart('0') ?? "";

    private static int Nearest(List<int> ascending, int index)
    {
        var at = ascending.BinarySearch(index);
        var insertion = at < 0 ? ~at : at;
        return insertion > 0 ? ascending[insertion - 1] : ascending[insertion];
    }
}
