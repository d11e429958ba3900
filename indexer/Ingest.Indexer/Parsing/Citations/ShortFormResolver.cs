using Ingest.Indexer.Text;

namespace Ingest.Indexer.Parsing.Citations;

/// <summary>
/// Links a later short mention ("Chỉ thị 19/CT-TTg", "Chỉ thị số 14/CT-UBND của Chủ tịch UBND tỉnh", "Quy định
/// 144") to the full citation of the same document in the same plan. Same document: the same symbol (leading
/// zeros aside), or for a number written alone ("Chỉ thị số 34") or with its type code alone ("33/CT"), the same
/// type and serial. The target is the
/// nearest earlier full citation with a date, else the nearest earlier one without ("Quy định số 144-QĐ/TW ...
/// (gọi tắt là Quy định 144)": the text ties the two whether or not it dates the first), else the nearest later
/// one. Linear apart from one binary search per short mention; works in place.
/// </summary>
internal static partial class ShortFormResolver
{
    public static void Resolve(List<CitationDraft> drafts)
    {
        var dated = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var undated = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < drafts.Count; i++)
        {
            var d = drafts[i];
            // A full citation carries a symbol; a number written alone is a target only where it is dated.
            if (!d.IsNumbered || (d.Symbol is null && d.Date is null)) continue;
            var index = d.Date is null ? undated : dated;
            foreach (var key in Keys(d)) (index.TryGetValue(key, out var list) ? list : index[key] = []).Add(i);
        }
        for (var i = 0; i < drafts.Count; i++)
        {
            var d = drafts[i];
            // "Nghị định số 41/2012 ngày 08/5/2012" after "Nghị định số 41/2012/NĐ-CP": serial and year name the one
            // document the type implies, so the whole symbol the text writes is its number, dated or not.
            if (!d.IsNumbered || (d.Date is not null && d.ImpliedSymbol is null)) continue;
            var key = d.Symbol is not null && !IsTruncated(d.Symbol) ? "s|" + d.Symbol.KeyForm
                : d.ImpliedSymbol is not null ? "s|" + d.ImpliedSymbol.KeyForm
                : "n|" + d.Type.Id + "|" + Serial(d.Symbol?.Serial ?? d.BareNumber);
            d.ResolvedFrom = Earlier(dated, key, i) ?? Earlier(undated, key, i) ?? Later(dated, key, i) ?? Later(undated, key, i);
        }
    }

    /// <summary>
    /// A law named again by the very name it was numbered with ("Luật Căn cước công dân số 59/2014/QH13 (sau đây gọi
    /// tắt là Luật Căn cước công dân) … Luật Căn cước công dân gồm 6 chương") is that numbered law; "Luật Giáo dục đại
    /// học" after "Luật Giáo dục số 43/2019/QH14" is another. Links to the nearest earlier, else the nearest later.
    /// A law's name outlives its laws: "Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025" after "… số
    /// 77/2015/QH13" is the law that replaced it, so a name whose year (its date's, or "năm 2025" in the name) differs
    /// from the numbered law's year is another law.
    /// </summary>
    public static void ResolveNamedLaws(List<CitationDraft> drafts)
    {
        var numbered = new List<(int Index, string Key)>();
        for (var i = 0; i < drafts.Count; i++)
            if (drafts[i] is { Symbol: not null, Name: not null } d && d.Type.KeptInSubjects) numbered.Add((i, NameKey(d)));
        if (numbered.Count == 0) return;
        for (var i = 0; i < drafts.Count; i++)
        {
            var d = drafts[i];
            if (d.IsNumbered || d.Name is null || !d.Type.KeptInSubjects) continue;
            var key = NameKey(d);
            int? earlier = null, later = null;
            var year = YearOf(d);
            foreach (var (j, k) in numbered)
            {
                if (k != key) continue;
                if (year is not null && YearOf(drafts[j]) is { } numberedYear && numberedYear != year) continue;
                if (j < i) earlier = j;
                else later ??= j;
            }
            d.ResolvedFrom = earlier ?? later;
        }
    }

    private static string NameKey(CitationDraft d) => d.Type.Id + "|" + TextFolding.FoldLoose(YearInName().Replace(d.Name!, ""));

    // The year a law is known by: its symbol's, else its date's, else the one its name carries ("Luật Đất đai năm 2013").
    private static int? YearOf(CitationDraft d) =>
        d.Symbol?.Year ?? d.Date?.Year ?? (YearInName().Match(d.Name ?? "") is { Success: true } m ? int.Parse(m.Groups[1].Value) : null);

    [System.Text.RegularExpressions.GeneratedRegex(@"\s+năm\s+(\d{4})\s*$", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex YearInName();

    // A full citation is found by its symbol, and also by type and serial for mentions written without codes.
    private static IEnumerable<string> Keys(CitationDraft d)
    {
        if (d.Symbol is not null) yield return "s|" + d.Symbol.KeyForm;
        yield return "n|" + d.Type.Id + "|" + Serial(d.Symbol?.Serial ?? d.BareNumber);
    }

    /// <summary>
    /// "33/CT" in "Chỉ thị số 33/CT Chính phủ": a type code with no issuer's code, which no document is numbered
    /// with alone; it stands for the full symbol of that type and serial where the text writes one.
    /// </summary>
    public static bool IsTruncated(DocumentSymbol symbol) =>
        symbol.TypeCode is not null && symbol.IssuerCodes.Count == 0 && symbol.Year is null;

    private static string Serial(string? serial) => serial?.TrimStart('0') ?? "";

    private static int? Earlier(Dictionary<string, List<int>> index, string key, int at)
    {
        if (!index.TryGetValue(key, out var ascending)) return null;
        var insertion = Insertion(ascending, at);
        return insertion > 0 ? ascending[insertion - 1] : null;
    }

    private static int? Later(Dictionary<string, List<int>> index, string key, int at)
    {
        if (!index.TryGetValue(key, out var ascending)) return null;
        var insertion = Insertion(ascending, at);
        if (insertion < ascending.Count && ascending[insertion] == at) insertion++; // never itself
        return insertion < ascending.Count ? ascending[insertion] : null;
    }

    private static int Insertion(List<int> ascending, int at)
    {
        var found = ascending.BinarySearch(at);
        return found < 0 ? ~found : found;
    }
}
