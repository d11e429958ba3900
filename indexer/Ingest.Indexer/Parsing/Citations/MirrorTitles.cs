using System.Text.RegularExpressions;
using Ingest.Indexer.Text;

namespace Ingest.Indexer.Parsing.Citations;

/// <summary>
/// A legal mirror lists a document on a line of its own as "Công văn 3799/CHQ-GSQL năm 2025 khai bổ sung … do Cục Hải
/// quan ban hành" (its page's title and notes, above the header or under the signature): a mirror's note, not a
/// citation of the document's text (tests/corpus/README.md, the `id-` rule). Where it names the document itself the own
/// number already drops it; a mistyped note ("37999/CHQ-GSQL" under 3799, in- batch) is dropped by its form: the line
/// opens with the type word and the number, gives the year or the date, and ends with "do … ban hành", and the number
/// has the codes of the document's own. Only in a document with its own number: a passage that is such a line alone
/// names a document (ik-012). Pure.
/// </summary>
internal static partial class MirrorTitles
{
    // How long a mirror's title line may be: a subject of a few hundred characters.
    private const int MaxLine = 600;

    public static void Drop(TextView view, List<CitationDraft> drafts, IReadOnlyList<DocumentSymbol> own)
    {
        if (own.Count == 0) return;
        drafts.RemoveAll(d => d.Symbol is { } symbol && own.Any(o => SameCodes(o, symbol)) && view.IsLineStart(d.Start) && IsMirrorTitle(view, d.Start));
    }

    private static bool SameCodes(DocumentSymbol a, DocumentSymbol b) =>
        a.TypeCode == b.TypeCode && a.Year == b.Year && a.IssuerCodes.SequenceEqual(b.IssuerCodes);

    private static bool IsMirrorTitle(TextView view, int start)
    {
        var f = view.Folded;
        var end = LineEnd(view, start);
        if (end - start > MaxLine) return false;
        return MirrorLine().IsMatch(f.AsSpan(start, end - start));
    }

    private static int LineEnd(TextView view, int start)
    {
        var starts = view.LineStarts;
        var i = starts.BinarySearch(start);
        var next = i >= 0 ? i + 1 : ~i;
        var end = next < starts.Length ? starts[next] : view.Folded.Length;
        while (end > start && view.Folded[end - 1] == ' ') end--;
        return end;
    }

    // Folded: "<type words> <symbol> nam 2025 …" or "… ngay 25/11/2025 …", then " do <body> ban hanh" closing the line.
    [GeneratedRegex(@"^[a-z]+(?:\x20[a-z]+){0,3}\x20\d[^\x20]*\x20(?:nam\x20(?:19|20)\d{2}|ngay\x20\d{1,2}/\d{1,2}/(?:19|20)\d{2})\x20.+\x20do\x20.+\x20ban hanh$", RegexOptions.CultureInvariant)]
    private static partial Regex MirrorLine();
}
