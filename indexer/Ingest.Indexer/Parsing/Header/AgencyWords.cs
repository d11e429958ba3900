using Ingest.Indexer.Text;

namespace Ingest.Indexer.Parsing.Header;

/// <summary>
/// The words agency names are made of (agencies.json, issuer-heads.json, issuer-codes.json, provinces.json), to
/// repair a word of an OCR'd issuer line that the scan wrote with one mark wrong: "TRUYÈN THÔNG"
/// (ll-so-tttt-ben-tre-tb-chu-ky-2011-ocr, for TRUYỀN), "HỆ THÓNG THÔNG TIN" (jh-dh-cntt-khoa-httt-tb-2014-ocr, for
/// THỐNG), "QUỸ KHUYÉN HỌC" (jc-hdql-quy-khuyen-hoc-binh-thuan-don-2025-ocr, for KHUYẾN), "VỤ TỎ CHỨC"
/// (lg-vp-tw-dang-vu-to-chuc-can-bo-ttr-2017-391-ocr, for TỔ). A word is repaired only when it is no word of the
/// tables as written, carries marks (a line that lost them all is written as it stands) and exactly one word of the
/// tables has its letters with one mark off: a vowel's hat lost, or its tone misread or lost. Pure and thread-safe.
/// </summary>
public sealed class AgencyWords
{
    private readonly Dictionary<string, (string Word, string Marks)[]> _byFolded;

    public AgencyWords(IEnumerable<string> names)
    {
        _byFolded = names
            .SelectMany(n => n.Split([' ', ',', '-', '(', ')', '&'], StringSplitOptions.RemoveEmptyEntries))
            .Select(w => InvariantCasing.ToLower(w.Normalize(System.Text.NormalizationForm.FormC)))
            .Where(w => w.All(char.IsLetter))
            .Distinct(StringComparer.Ordinal)
            .GroupBy(w => TextFolding.Fold(w), StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(w => (w, IssuerUnitReader.MarksOf(w))).ToArray(), StringComparer.Ordinal);
    }

    /// <summary>The tables' word (lower case) <paramref name="word"/> misspells by one mark, or null.</summary>
    /// <param name="word">The word as read.</param>
    /// <param name="folded">The word folded ("truyen").</param>
    public string? Repair(string word, string folded)
    {
        if (!_byFolded.TryGetValue(folded, out var candidates)) return null;
        foreach (var (known, _) in candidates) if (word.Equals(known, StringComparison.OrdinalIgnoreCase)) return null;
        if (word.Equals(folded, StringComparison.OrdinalIgnoreCase)) return null;
        string? found = null;
        foreach (var (known, marks) in candidates)
        {
            if (!IssuerUnitReader.OneMarkOff(word, marks)) continue;
            if (found is not null) return null;
            found = known;
        }
        return found;
    }
}
