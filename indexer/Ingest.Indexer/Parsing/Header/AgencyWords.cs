using Ingest.Indexer.Text;

namespace Ingest.Indexer.Parsing.Header;

/// <summary>
/// The pairs of words agency names are made of (agencies.json, issuer-heads.json, issuer-codes.json), to repair a word
/// of an OCR'd issuer line that the scan wrote with one mark wrong beside a word read right: "TRUYÈN THÔNG"
/// (ll-so-tttt-ben-tre-tb-chu-ky-2011-ocr, for TRUYỀN), "QUỸ KHUYÉN HỌC" (jc-hdql-quy-khuyen-hoc-binh-thuan-don-2025-ocr,
/// for KHUYẾN), "VỤ TỎ CHỨC" (lg-vp-tw-dang-vu-to-chuc-can-bo-ttr-2017-391-ocr, for TỔ). A word alone is no evidence:
/// "PHỤC VỤ", "ĐA KHOA", "BỆNH VIỆN MẮT", "THẦN TIÊN" are right as written and each one mark off another word of the
/// tables (Phúc, Đà, Mặt, tiền); only a pair the tables write, its other word as written, names the word. Pure and
/// thread-safe.
/// </summary>
public sealed class AgencyWords
{
    private readonly Dictionary<string, (string First, string Second, string FirstMarks, string SecondMarks)[]> _pairs;

    public AgencyWords(IEnumerable<string> names)
    {
        var pairs = new HashSet<(string, string)>();
        foreach (var name in names)
        {
            var words = name.Normalize(System.Text.NormalizationForm.FormC)
                .Split([' ', ',', '(', ')'], StringSplitOptions.RemoveEmptyEntries).Select(InvariantCasing.ToLower).ToArray();
            for (var i = 1; i < words.Length; i++)
                if (words[i - 1].All(char.IsLetter) && words[i].All(char.IsLetter)) pairs.Add((words[i - 1], words[i]));
        }
        _pairs = pairs.GroupBy(p => TextFolding.Fold(p.Item1) + " " + TextFolding.Fold(p.Item2), StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(p => (p.Item1, p.Item2, WordMarks.Marks(p.Item1), WordMarks.Marks(p.Item2))).ToArray(), StringComparer.Ordinal);
    }

    /// <summary>
    /// The tables' word (lower case) that <paramref name="word"/> misspells by one mark, beside <paramref name="before"/>
    /// or <paramref name="after"/> (either may be null) read right; or null.
    /// </summary>
    public string? Repair(HeaderToken word, HeaderToken? before, HeaderToken? after)
    {
        if (word.Text.Equals(word.Folded, StringComparison.OrdinalIgnoreCase)) return null;
        var found = before is null ? null : Repair(before.Folded + " " + word.Folded, before.Text, word.Text, second: true);
        return found ?? (after is null ? null : Repair(word.Folded + " " + after.Folded, after.Text, word.Text, second: false));
    }

    private string? Repair(string key, string neighbour, string word, bool second)
    {
        if (!_pairs.TryGetValue(key, out var candidates)) return null;
        string? found = null;
        foreach (var (first, next, firstMarks, nextMarks) in candidates)
        {
            var (known, knownMarks, other) = second ? (next, nextMarks, first) : (first, firstMarks, next);
            if (word.Equals(known, StringComparison.OrdinalIgnoreCase)) return null;
            if (!neighbour.Equals(other, StringComparison.OrdinalIgnoreCase) || !WordMarks.OneMarkOff(word, knownMarks)) continue;
            if (found is not null && found != known) return null;
            found = known;
        }
        return found;
    }
}
