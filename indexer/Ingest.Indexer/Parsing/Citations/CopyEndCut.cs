using Ingest.Indexer.Text;

namespace Ingest.Indexer.Parsing.Citations;

/// <summary>
/// A copy that stops inside a symbol: "… và Tờ trình số 53/TTr-" closing the text (hz-ubnd-gia-lai-qd-2019-05-hieuluat-oneline),
/// "(Kèm theo Kế hoạch số 2113/KH-" (hz-ubnd-vinh-long-qd-2022-1185-tvpl). The separator left hanging says the symbol went on
/// past the copy's end, so what stands is no document's number: the citation is left out, as the last recipient of an
/// incomplete copy is (tests/corpus/README.md, "A citation cut by the copy's end"). Pure.
/// </summary>
internal static class CopyEndCut
{
    public static void Drop(TextView view, List<CitationDraft> drafts)
    {
        if (drafts.Count == 0) return;
        var text = view.Normalized;
        var last = text.AsSpan().TrimEnd().Length;
        // Only a citation that ends within a separator and a space of the text's end can be cut; the rest are not looked at.
        for (var i = drafts.Count - 1; i >= 0; i--)
            if (drafts[i].End >= last - 2 && drafts[i].IsNumbered && EndsInSeparator(text, drafts[i].End, last)) drafts.RemoveAt(i);
    }

    // The symbol's end, a space at most, then the hyphen or slash that the copy's end cut off from the next code.
    private static bool EndsInSeparator(string text, int end, int last)
    {
        var k = end;
        if (k < last && text[k] == ' ') k++;
        return k == last - 1 && text[k] is '-' or '/';
    }
}
