namespace Ingest.Indexer.Parsing.Citations;

/// <summary>
/// Links a later short mention ("Chỉ thị 19/CT-TTg", "Chỉ thị số 14/CT-UBND của Chủ tịch UBND tỉnh") to the
/// full citation of the same document in the same plan: the nearest earlier one with a date, else a later one.
/// Pure; works on the drafts in place.
/// </summary>
internal static class ShortFormResolver
{
    public static void Resolve(List<CitationDraft> drafts)
    {
        for (var i = 0; i < drafts.Count; i++)
        {
            var d = drafts[i];
            if (!d.IsNumbered || d.Date is not null) continue;
            var target = FindFull(drafts, i, earlier: true) ?? FindFull(drafts, i, earlier: false);
            if (target is not null) d.ResolvedFrom = target;
        }
    }

    private static int? FindFull(List<CitationDraft> drafts, int i, bool earlier)
    {
        var d = drafts[i];
        var step = earlier ? -1 : 1;
        for (var j = i + step; j >= 0 && j < drafts.Count; j += step)
        {
            var o = drafts[j];
            if (o.Date is null || !o.IsNumbered) continue;
            if (SameDocument(d, o)) return j;
        }
        return null;
    }

    private static bool SameDocument(CitationDraft a, CitationDraft b)
    {
        if (a.Symbol is not null && b.Symbol is not null) return a.Symbol.KeyForm == b.Symbol.KeyForm;
        // "Chỉ thị số 34" (number only) meets "Chỉ thị số 34-CT/TW" of the same type.
        var serialA = a.Symbol?.Serial ?? a.BareNumber;
        var serialB = b.Symbol?.Serial ?? b.BareNumber;
        return a.Type.Id == b.Type.Id && serialA?.TrimStart('0') == serialB?.TrimStart('0');
    }
}
