using Ingest.Indexer.Parsing.Places;
using Ingest.Indexer.Parsing.Tables;
using Ingest.Indexer.Text;

namespace Ingest.Indexer.Parsing.Header;

/// <summary>
/// Writes a header block's name as the tables spell it where the block's reading differs only in spaces or case: scans
/// and typists lose the space between two words ("THƯƠNG BINHVÀ XÃ HỘI", "HĐND TỈNH HƯNGYÊN"), and a block read in
/// capitals comes back in a case the words did not have ("Đầu TƯ"). Any other difference keeps the name as read. Pure
/// and thread-safe once built.
/// </summary>
internal sealed class IssuerSpelling
{
    private readonly ProvinceGazetteer _gazetteer;
    private readonly Dictionary<string, string> _known;

    /// <summary>Spelling by the bodies <paramref name="tables"/> name and the provinces <paramref name="gazetteer"/> knows.</summary>
    internal IssuerSpelling(DomainTables tables, ProvinceGazetteer gazetteer)
    {
        _gazetteer = gazetteer;
        // The bodies the tables name, keyed without marks, case or spaces: "THƯƠNG BINHVÀ XÃ HỘI" lost a space, not a word.
        _known = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var known in tables.IssuerCodes.Select(r => r.Name).Concat(tables.Agencies.Select(a => a.Text)))
            _known.TryAdd(Unspaced(known), known);
    }

    /// <summary>The name as the tables spell the body and its closing province, or the name as read.</summary>
    internal string Listed(string name) => ProvinceSpaced(KnownSpelling(name));

    private static string Unspaced(string name) => string.Concat(TextFolding.FoldLoose(name).Where(c => c != ' '));

    // A header's name that spells a listed body's name with a space lost ("Bộ Lao động - Thương binhvà xã hội") or
    // its words in a case the block's reading gave them ("Bộ Kế hoạch và Đầu TƯ": "TƯ" is also the Party's code for
    // Trung ương): the listed spelling. Only spaces and case: any other difference keeps the name as read.
    private string KnownSpelling(string name) =>
        name.Contains(' ') && _known.TryGetValue(Unspaced(name), out var known) && Unspaced(known) == Unspaced(name)
            && (TextFolding.FoldLoose(known).Split(' ').Length > TextFolding.FoldLoose(name).Split(' ').Length
                || TextFolding.FoldLoose(known) == TextFolding.FoldLoose(name) && SameLetters(known, name)) ? known : KnownHeadSpelling(name);

    // "HĐND TỈNH HƯNGYÊN" (lu-vp-hdnd-hung-yen-kh-2017-288-ocr): a province's name closing the issuer with the space
    // between its words lost, by the scan or the typist; the province as the tables write it.
    private string ProvinceSpaced(string name)
    {
        var space = name.LastIndexOf(' ');
        return space >= 0 && _gazetteer.WithSpaceLost(name[(space + 1)..]) is { } province ? name[..(space + 1)] + province.Name : name;
    }

    // "Sở TƯ pháp tỉnh Tuyên Quang" (lt-so-tu-phap-tuyen-quang-qd-2018-110-ocr, "SỞ TƯ PHÁP" over its province): the same
    // case slip in a listed body's name followed by its place; the listed spelling of the head, the place as read.
    private string KnownHeadSpelling(string name)
    {
        var words = name.Split(' ');
        for (var k = words.Length - 1; k >= 2; k--)
        {
            var head = string.Join(' ', words, 0, k);
            if (_known.TryGetValue(Unspaced(head), out var known) && known != head && TextFolding.FoldLoose(known) == TextFolding.FoldLoose(head)
                && SameLetters(known, head))
                return known + " " + string.Join(' ', words, k, words.Length - k);
        }
        return name;
    }

    // The same letters and marks, case aside: "Đầu TƯ" and "Đầu tư", not "Hoà" and "Hòa" or "Bảo" and "Báo".
    private static bool SameLetters(string a, string b) =>
        string.Equals(a.Normalize(System.Text.NormalizationForm.FormC), b.Normalize(System.Text.NormalizationForm.FormC), StringComparison.OrdinalIgnoreCase);
}
