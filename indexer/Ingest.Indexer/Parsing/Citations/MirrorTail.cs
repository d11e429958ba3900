using Ingest.Indexer.Text;

namespace Ingest.Indexer.Parsing.Citations;

/// <summary>
/// A legal mirror prints its own page after the document: a related-documents list ("## Văn bản liên quan"), a
/// comparison legend ("NỘI DUNG SỬA ĐỔI, HƯỚNG DẪN"), its attachments ("**FILE ĐƯỢC ĐÍNH KÈM THEO VĂN BẢN**"), then its
/// notices to customers, one of which cites "Nghị định 13/2023/NĐ-CP về Bảo vệ dữ liệu cá nhân" (thuvienphapluat.vn
/// copies of the it-, ih- and id- batches; tests/corpus/README.md, "A mirror's site furniture"). What stands from the
/// first such section heading on is not the document, so nothing there is its citation. Only below the document's own
/// number line: a heading above it belongs to the page's lead, which <c>DropPageMatter</c> handles. Pure.
/// </summary>
internal static class MirrorTail
{
    // The mirror's section headings, folded, each alone on its line but for Markdown marks; the attachments heading may
    // break after "theo" ("**FILE ĐƯỢC ĐÍNH KÈM THEO / VĂN BẢN**", in-ubnd-nghe-an-3769-QD-UBND-2025-repo).
    private static readonly (string Heading, bool Prefix)[] Headings =
    [
        ("van ban lien quan", false),
        ("noi dung sua doi, huong dan", false),
        ("file duoc dinh kem theo", true),
    ];

    public static void Drop(TextView view, List<CitationDraft> drafts, IReadOnlyList<(int Start, int End)> excluded)
    {
        if (drafts.Count == 0 || excluded.Count == 0) return;
        var after = excluded[0].End;
        if (drafts[^1].Start < after) return;
        var tail = Start(view, after);
        if (tail < int.MaxValue) drafts.RemoveAll(d => d.Start >= tail);
    }

    // The first heading line after the offset, or int.MaxValue. A line "Văn bản liên quan" alone could head a list inside
    // a document too, so the page is the mirror's only where two of its headings stand, or the attachments heading,
    // which no document writes.
    private static int Start(TextView view, int after)
    {
        var f = view.Folded;
        var first = int.MaxValue;
        var found = 0;
        var attachments = false;
        foreach (var (heading, prefix) in Headings)
        {
            for (var at = f.IndexOf(heading, after, StringComparison.Ordinal); at >= 0;
                 at = f.IndexOf(heading, at + heading.Length, StringComparison.Ordinal))
            {
                var (lineStart, lineEnd) = LineAround(view, at);
                if (!OnlyMarks(f, lineStart, at) || !(prefix || OnlyMarks(f, at + heading.Length, lineEnd))) continue;
                first = Math.Min(first, lineStart);
                found++;
                attachments |= prefix;
                break;
            }
        }
        return found >= 2 || attachments ? first : int.MaxValue;
    }

    // Markdown marks left after normalization, table bars and spaces only: a label ("Văn bản liên quan:") is no heading.
    private static bool OnlyMarks(string f, int from, int to)
    {
        for (var i = from; i < to; i++)
            if (f[i] is not (' ' or '|')) return false;
        return true;
    }

    private static (int Start, int End) LineAround(TextView view, int at)
    {
        var starts = view.LineStarts;
        var i = starts.BinarySearch(at);
        var line = i >= 0 ? i : Math.Max(0, ~i - 1);
        var start = starts.Length == 0 ? 0 : starts[line];
        var end = line + 1 < starts.Length ? starts[line + 1] : view.Folded.Length;
        return (start, end);
    }
}
