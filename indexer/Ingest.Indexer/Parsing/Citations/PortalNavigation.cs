using Ingest.Indexer.Text;

namespace Ingest.Indexer.Parsing.Citations;

/// <summary>
/// A portal prints links to its neighbouring posts under a notice: "Bài trướcNa Rì tổ chức gặp mặt …" / "Bài tiếp
/// theoVăn bản về việc thực hiện Công điện số 1063/CĐ-TTg …" (kv-thuong-truc-hdnd-huyen-na-ri-tb-2021-tiep-cong-dan-
/// headerless). Those are other pages' titles, not the document (tests/corpus/README.md, `kv` batch: a portal link's
/// citation is furniture, as a mirror's notes are): nothing from the first such link line on is its citation. Pure.
/// </summary>
internal static class PortalNavigation
{
    // The links' labels, folded, each opening its line under a text; the page runs the linked title on without a space.
    // A link read alone (passage kv-007) is its own words, and cites what it names.
    private static readonly string[] Labels = ["bai truoc", "bai tiep theo"];

    public static void Drop(TextView view, List<CitationDraft> drafts)
    {
        if (drafts.Count == 0) return;
        var f = view.Folded;
        var first = int.MaxValue;
        foreach (var label in Labels)
            for (var at = f.IndexOf(label, StringComparison.Ordinal); at >= 0 && at < first; at = f.IndexOf(label, at + label.Length, StringComparison.Ordinal))
                if (at > 0 && view.IsLineStart(at) && char.IsUpper(view.Normalized[at])) { first = at; break; }
        if (first < int.MaxValue) drafts.RemoveAll(d => d.Start >= first);
    }
}
