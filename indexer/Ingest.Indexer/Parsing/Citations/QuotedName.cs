using System.Text.RegularExpressions;
using Ingest.Indexer.Text;

namespace Ingest.Indexer.Parsing.Citations;

/// <summary>
/// Reads a document named by a title in quotes right after its type word, or after "ban hành": "tại Quyết định ban hành
/// "Quy chế giám sát và phản biện xã hội …"" (jz-035). The quotes bound the name exactly; an annex verb after them says
/// which document issued it. Pure and thread-safe.
/// </summary>
internal static partial class QuotedName
{
    [GeneratedRegex(@"\G\x20?""", RegexOptions.CultureInvariant)]
    private static partial Regex QuoteLead();

    // "tại Quyết định ban hành "Quy chế giám sát và phảnbiện xã hội …" và Quyết định "Quy định về Mặt trận Tổ quốc Việt Nam
    // …"" (jz-035, Công văn 22/TTg-V.III): a decision named by the regulation it issues, in quotes, with its capital; "ban
    // hành" may stand between. The name runs through the closing quote.
    public static bool ReadIssued(TextView view, CitationDraft draft, int p)
    {
        if (!char.IsUpper(view.Normalized[draft.Start])) return false;
        return Read(view, draft, view.Folded.AsSpan(p).StartsWith(" ban hanh \"") ? p + 9 : p);
    }

    public static bool Read(TextView view, CitationDraft draft, int p)
    {
        var m = QuoteLead().Match(view.Folded, p);
        if (!m.Success || OrganisedEvent.At(view.Folded, draft.Start)) return false;
        var close = view.Folded.IndexOf('"', m.Index + m.Length);
        if (close < 0 || close - p > 250) return false;
        draft.Name = view.Normalized[(m.Index + m.Length)..close];
        draft.End = close + 1;
        if (AnnexedName.HostStart(view.Folded, draft.End) is { } host) draft.AnnexHostStart = host;
        return true;
    }
}
