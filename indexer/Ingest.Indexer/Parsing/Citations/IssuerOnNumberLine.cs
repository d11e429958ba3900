using Ingest.Indexer.Text;

namespace Ingest.Indexer.Parsing.Citations;

/// <summary>
/// A header's number line ("Số: 291/GDĐT-VP") gives the number and nothing after it on its line; a line that goes on to
/// name the number's issuer with "của" is a sentence citing that document, whatever its label looks like: "Công văn Số:
/// 3050/SXD-CL&amp;VL ngày 14 tháng 11 năm 2016 của Sở Xây Dựng Quảng Ngãi về việc …" (ka-020, a forum's post that
/// lists the letters it relies on). Pure.
/// </summary>
internal static class IssuerOnNumberLine
{
    /// <summary>Whether the draft's own span, on one line, names its issuer after "của".</summary>
    public static bool Names(TextView view, CitationDraft draft)
    {
        if (draft.Issuer is null) return false;
        var span = view.Folded.AsSpan(draft.Start, draft.End - draft.Start);
        return span.IndexOf('\n') < 0 && span.IndexOf(" cua ", StringComparison.Ordinal) > 0;
    }
}
