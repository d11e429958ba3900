using Ingest.Indexer.Parsing.Tables;
using Ingest.Indexer.Text;

namespace Ingest.Indexer.Parsing.Citations;

/// <summary>
/// Whether a document named with no number is the text itself: "Ban Dân tộc xây dựng Kế hoạch …", "Trên đây là Kế
/// hoạch …" (selfReferenceBefore in phrases.json), or the text's own title repeated; never where the sentence reports
/// another body issued it. Pure and thread-safe.
/// </summary>
internal sealed class SelfReference
{
    private readonly string[] _selfBefore;
    private readonly IssuingActs _acts;

    public SelfReference(DomainTables tables, IssuingActs acts)
    {
        _selfBefore = tables.Phrases.SelfReferenceBefore.Select(s => TextFolding.FoldLoose(s) + " ").ToArray();
        _acts = acts;
    }

    // "Ban Dân tộc xây dựng Kế hoạch ...", "Trên đây là Kế hoạch ...", or the plan's own title: not a citation.
    public bool IsSelfReference(TextView view, CitationDraft draft, int start, string? ownTitleFolded)
    {
        // "tham mưu “Chương trình hành động của Thành ủy …”": a title opened by a quote is read as the words before it.
        var k = start;
        while (k > 0 && view.Folded[k - 1] is ' ' or '"') k--;
        var before = k == start ? view.Folded.AsSpan(Math.Max(0, start - 40), Math.Min(40, start))
            : (view.Folded.Substring(Math.Max(0, k - 40), Math.Min(40, k)) + " ").AsSpan();
        // "Hội Cựu chiến binh tỉnh vừa ban hành Kế hoạch tổ chức Đại hội …": a report that another text was issued
        // names that text; "UBND xã ban hành Kế hoạch … như sau" is the text itself.
        // "Ngày 18/10/2005, Nhà nước ban hành Pháp lệnh …": a clause that opens with a date reports a past act too.
        // The verb stands before the type word or before the quote that opens its title ("ban hành “Kế hoạch …”").
        var q = start;
        while (q > 0 && view.Folded[q - 1] == '"') q--;
        var reported = _acts.ReportedBefore(view, draft.Type, q);
        if (!reported) reported = _acts.EndsWithReportedIssuing(before);
        // A report is never the text itself, even where a headerless page took that sentence for its own title.
        if (reported) return false;
        foreach (var s in _selfBefore) if (before.EndsWith(s)) return true;
        if (ownTitleFolded is null || draft.Name is null || WrappedAfterPreposition(view, start)) return false;
        var name = TextFolding.FoldLoose(draft.Name);
        if (name.Length > 10 && ownTitleFolded.StartsWith(name, StringComparison.Ordinal)) return true;
        // A plan's name that runs on past the text's own title, quotes aside: a page's line "Kế Hoạch Tham gia “Lễ hội
        // …” (210/KH-UBND …)" above a headerless plan is that plan.
        if (draft.Type.KeptInSubjects || ownTitleFolded.Length <= 10) return false;
        var own = ownTitleFolded.Replace("\"", "", StringComparison.Ordinal);
        return name.Replace("\"", "", StringComparison.Ordinal).StartsWith(own, StringComparison.Ordinal);
    }

    // "… chấp hành nghiêm quy định của\nLuật Tài nguyên nước và các văn bản …" (im-038): a line broken inside a sentence,
    // right after a preposition, goes on with it; its type word opens no heading, whatever a headerless text's own
    // title was taken to be.
    private static readonly string[] Prepositions = ["cua", "theo", "tai", "voi", "ve"];

    private static bool WrappedAfterPreposition(TextView view, int start)
    {
        var f = view.Folded;
        var k = start;
        while (k > 0 && !view.IsLineStart(k) && f[k - 1] == ' ') k--;
        if (!view.IsLineStart(k)) return false;
        while (k > 0 && f[k - 1] == ' ') k--;
        foreach (var p in Prepositions)
            if (k >= p.Length + 1 && f.AsSpan(k - p.Length, p.Length).SequenceEqual(p) && f[k - p.Length - 1] == ' ') return true;
        return false;
    }
}
