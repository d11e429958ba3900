using System.Text.RegularExpressions;
using Ingest.Indexer.Parsing.Tables;
using Ingest.Indexer.Text;

namespace Ingest.Indexer.Parsing.Citations;

/// <summary>
/// Reads a decision named by the body it founds, announced or reported issued: "công bố Quyết định thành lập Hội LHPN xã
/// Lộc Hưng sau sáp nhập" (kl-019), "ký ban hành quyết định về thành lập Ban bầu cử đại biểu HĐND xã Hương Bình …"
/// (ku-056), "vừa ký quyết định thành lập Ban Quản lý Khu kinh tế tỉnh Quảng Trị" (ko-065). A body is founded once, so
/// the decision founding it, named by that body, is one decision, in lower case too (tests/corpus/README.md, the `kl`,
/// `ko`, `ku` and `la` rules for decisions named by subject and reported issued). With no body named ("đã có quyết định
/// thành lập", kn) or a count ("quyết định thành lập 28 chi bộ", la-025) it names none. Pure and thread-safe.
/// </summary>
internal sealed partial class FoundingDecision
{
    private const int MaxNameWords = 30;
    private readonly ReportedIssuing _reported;

    public FoundingDecision(DomainTables tables) => _reported = new ReportedIssuing(tables);

    // " thành lập ", " về thành lập ", " về việc thành lập " (the subject's "về"), then the body's name in capitals.
    [GeneratedRegex(@"\G\x20(?:ve\x20(?:viec\x20)?)?thanh lap\x20", RegexOptions.CultureInvariant)]
    private static partial Regex FoundingLead();

    /// <summary>Reads the decision whose type word runs from the draft's start to <paramref name="p"/>; false where none.</summary>
    public bool TryRead(TextView view, CitationDraft draft, int p)
    {
        var (n, f) = (view.Normalized, view.Folded);
        var lead = FoundingLead().Match(f, p);
        if (!lead.Success) return false;
        var body = lead.Index + lead.Length;
        if (body >= n.Length || !char.IsUpper(n[body])) return false;
        // "Sau khi văn phòng UBND xã thông qua Quyết định thành lập Ban chỉ đạo phòng, chống dịch …" (mf-002), "Quyết định
        // thành lập Hội LHPN xã Lộc Hưng sau sáp nhập" (kl-019): with its capital inside a sentence the type word is the
        // document's own name, as a reporting verb makes it in lower case; at a line's start it may be an enacting verb.
        if (!_reported.Before(f, draft.Start) && !(char.IsUpper(n[draft.Start]) && InsideSentence(view, draft.Start))) return false;
        var end = NameEnd(view, body);
        var words = n[body..end].Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        if (words < 2 || words > MaxNameWords) return false;
        draft.Name = n[(p + 1)..end];
        draft.End = end;
        return true;
    }

    private static bool InsideSentence(TextView view, int start)
    {
        if (view.IsLineStart(start)) return false;
        var before = view.Normalized.AsSpan(0, start).TrimEnd(' ');
        return before.Length > 0 && char.IsLetter(before[^1]);
    }

    // The body's name runs to its clause's end or first comma, and stops before what the founding is for ("… tỉnh Quảng
    // Trị nhằm tinh gọn bộ máy", ko-065) or a note in brackets.
    private static int NameEnd(TextView view, int body)
    {
        var (n, f) = (view.Normalized, view.Folded);
        var end = CitationTailReader.ClauseEnd(n, body);
        var starts = view.LineStarts;
        var i = starts.BinarySearch(body + 1);
        if (i < 0) i = ~i;
        if (i < starts.Length && starts[i] < end) end = starts[i];
        var comma = n.IndexOf(',', body, end - body);
        if (comma > body) end = comma;
        foreach (var stop in (ReadOnlySpan<string>)[" (", " nham ", " de "])
        {
            var at = f.IndexOf(stop, body, end - body, StringComparison.Ordinal);
            if (at > body) end = at;
        }
        while (end > body && n[end - 1] == ' ') end--;
        return end;
    }
}
