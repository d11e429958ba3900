using Ingest.Indexer.Parsing.Tables;
using Ingest.Indexer.Text;

namespace Ingest.Indexer.Parsing.Citations;

/// <summary>
/// Finds a type's capital abbreviation glued to a serial ("QĐ22", "NQ124"), the short name reports give a document
/// cited in full ("Quyết định số 22/2013/QĐ-TTg … (sau đây gọi tắt là QĐ22)"). Such a form counts only as the short
/// form of a full citation of the same type and serial in the same text, as "NQ 124" with its space does; with its
/// year glued on ("TT36/2017", "QĐ06/2010") it names one document of its type, as "Thông tư 36/2017" does, and counts
/// on its own, its number kept as written. Pure.
/// </summary>
internal sealed class GluedAbbreviation(DomainTables tables)
{
    private const int MaxSerialDigits = 4;

    // The words that make what follows them a cited document (phrases.json relations: "căn cứ", "thực hiện", "theo"),
    // folded, each with the space that ends it.
    private readonly string[] _citingWords = tables.Phrases.Relations.Select(r => " " + TextFolding.FoldLoose(r.Phrase) + " ")
        .OrderByDescending(w => w.Length).ToArray();

    /// <summary>Each glued abbreviation in the text as a short-form draft (type, serial, span), and whether it needs its full citation.</summary>
    public IEnumerable<(CitationDraft Draft, bool NeedsFull)> FindAll(TextView view)
    {
        var n = view.Normalized;
        for (var i = 1; i < n.Length; i++)
        {
            // Straight to the next digit, by a vectorized search: most of a text is words, and a test of each of its
            // letters was a fortieth of the citation sweep (issue 12, parser speed).
            var toDigit = n.AsSpan(i).IndexOfAnyInRange('0', '9');
            if (toDigit < 0) break;
            i += toDigit;
            if (!char.IsUpper(n[i - 1])) continue;
            var start = i - 1;
            while (start > 0 && char.IsUpper(n[start - 1])) start--;
            var end = i;
            while (end < n.Length && char.IsAsciiDigit(n[end])) end++;
            var serial = i;
            // "TT36/2017": the year of issue after the serial.
            var year = end + 5 <= n.Length && n[end] == '/' && n.AsSpan(end + 1, 2) is "19" or "20"
                && char.IsAsciiDigit(n[end + 3]) && char.IsAsciiDigit(n[end + 4]) && (end + 5 == n.Length || !(char.IsLetterOrDigit(n[end + 5]) || n[end + 5] is '/' or '-'));
            if (year) end += 5;
            i = end;
            // "QĐ22" alone: not a code inside a symbol ("22/QĐ-UBND", "UBND-QĐ22"), nor a serial of more digits.
            if ((year ? end - 5 : end) - serial > MaxSerialDigits || (start > 0 && (char.IsLetterOrDigit(n[start - 1]) || n[start - 1] is '-' or '/' or '.' or '&'))) continue;
            if (end < n.Length && (char.IsLetterOrDigit(n[end]) || n[end] is '/' or '-' or '.' && end + 1 < n.Length && char.IsLetterOrDigit(n[end + 1]))) continue;
            if (tables.AbbreviationByWord(view.Folded[start..serial]) is not { Name: null } abbreviation ||
                !n.AsSpan(start, serial - start).SequenceEqual(abbreviation.Written)) continue;
            yield return (new CitationDraft { Type = abbreviation.Type, BareNumber = n[serial..end], Start = start, End = end, ScopeEnd = end },
                !year && !AfterCitingWord(view.Folded, start));
        }
    }

    // "- Các Thành viên TCT CCHC theo QĐ932;" (io-bo-noi-vu-cv-8151-2025-pdf, a Nơi nhận item), "Thông tư số 09/2013/TT-BXD
    // hướng dẫn thực hiện QĐ22" (hy-037): right after a word that cites, the glued form names one document on its own,
    // its number kept as written (tests/corpus/README.md, the io- rule); elsewhere it needs its full citation.
    private bool AfterCitingWord(string folded, int start)
    {
        var before = folded.AsSpan(0, start);
        foreach (var w in _citingWords)
            if (before.EndsWith(w, StringComparison.Ordinal)) return true;
        // At the text's start, "theo QĐ932" has no space before "theo".
        foreach (var w in _citingWords)
            if (before.Length == w.Length - 1 && before.SequenceEqual(w.AsSpan(1))) return true;
        return false;
    }
}
