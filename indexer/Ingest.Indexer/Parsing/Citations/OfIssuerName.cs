using System.Text.RegularExpressions;
using Ingest.Indexer.Parsing.Tables;
using Ingest.Indexer.Text;

namespace Ingest.Indexer.Parsing.Citations;

/// <summary>
/// Reads a document named by the body that issued it, after "của": "Kế hoạch của Tỉnh ủy về tổ chức Đại hội …",
/// "Chương trình hành động của Mặt trận Tổ quốc Việt Nam nhiệm kỳ 2024-2029", "Kết luận của Bộ Chính trị, Ban Bí thư về
/// …" (ju-074), or a heading's "NGHỊ QUYẾT ĐẠI HỘI CHI BỘ … của …". A body issues many documents, so its name counts
/// only with the subject or term that says which (planSubjectLeads). Pure and thread-safe.
/// </summary>
internal sealed partial class OfIssuerName
{
    private readonly IssuerReader _issuers;
    private readonly string[] _subjectLeads;

    public OfIssuerName(DomainTables tables, IssuerReader issuers)
    {
        _issuers = issuers;
        _subjectLeads = (tables.Phrases.PlanSubjectLeads ?? []).Select(s => TextFolding.FoldLoose(s) + " ").ToArray();
    }

    [GeneratedRegex(@"\G\x20cua\x20", RegexOptions.CultureInvariant)]
    private static partial Regex OfLead();

    /// <summary>Reads the body named after "của" at <paramref name="p"/>, with the subject or term that says which document; false where none.</summary>
    public bool Read(TextView view, CitationDraft draft, int p)
    {
        var m = OfLead().Match(view.Folded, p);
        if (!m.Success || _issuers.Read(view.Normalized, view.Folded, m.Index + m.Length) is not { } issuer) return false;
        if (!char.IsUpper(issuer.Text[0])) return false;
        // "Kế hoạch của Tỉnh ủy về tổ chức Đại hội …", "Chương trình hành động của Tỉnh ủy, thực hiện Nghị quyết …":
        // the subject says which of the body's documents it is; "Theo Kế hoạch của Mặt trận Tổ quốc, Ngày Hội …"
        // or "Kế hoạch của UBND xã năm 2019" names none (tests/corpus/README.md, plans by name).
        // "Chương trình hành động của Mặt trận Tổ quốc Việt Nam nhiệm kỳ 2024-2029": a body's programme or plan for its
        // term is one document, as a subject makes it; a year alone is not (the body issues many in a year).
        var term = TermAfterIssuer().Match(view.Folded, issuer.End);
        if (!term.Success && !SubjectFollows(view.Folded, issuer.End) && !SubjectSharedWithNext(view.Folded, draft.Type, issuer.End))
        {
            if (CoIssuer(view, issuer.End) is not { } co) return false;
            (draft.Issuer, draft.End) = (issuer.Text + ", " + co.Text, co.End);
            return true;
        }
        draft.Issuer = issuer.Text;
        draft.End = term.Success ? term.Index + term.Length : issuer.End;
        return true;
    }

    // "Kết luận của Bộ Chính trị, Ban Bí thư về tình hình, kết quả công tác đại hội …" (ju-074): two bodies that issue
    // together, joined by a comma, then the subject; the second body is part of whose document it is.
    private (string Text, int End)? CoIssuer(TextView view, int end)
    {
        if (!view.Folded.AsSpan(end).StartsWith(", ") || _issuers.Read(view.Normalized, view.Folded, end + 2) is not { } co) return null;
        return char.IsUpper(co.Text[0]) && SubjectFollows(view.Folded, co.End) ? (co.Text, co.End) : null;
    }

    [GeneratedRegex(@"\G,?\x20(?:khoa\x20[ivxl0-9]{1,5},?\x20)?nhiem ky\x20(?:19|20)\d{2}\x20?[-–]\x20?(?:19|20)?\d{2}(?!\d)", RegexOptions.CultureInvariant)]
    private static partial Regex TermAfterIssuer();

    /// <summary>Reads a capitalized name (a heading's) that runs to "của" and its body; false where none.</summary>
    public bool ReadCapitalized(TextView view, CitationDraft draft, int p)
    {
        var n = view.Normalized;
        if (p + 1 >= n.Length || !char.IsUpper(n[p + 1])) return false;
        var cursor = new WordCursor(n, p);
        for (var words = 0; words < 20 && cursor.Next(out var s, out var e); words++)
        {
            if (n.AsSpan(s, e - s).IndexOfAny(";.:") >= 0) return false;
            // "NGHỊ QUYẾT ĐẠI HỘI CHI BỘ ... Thực hiện Kế hoạch số 08-KH/ĐU ... của ...": a number or a date inside
            // means the words ran past the name into the next sentence.
            if (IsNumberOrDate(n, s, e)) return false;
            // "NGHỊ QUYẾT CỦA BỘ CHÍNH TRỊ về …": "của" first leaves no name to read.
            if (words > 0 && view.Folded.AsSpan(s, e - s).SequenceEqual("cua") &&
                _issuers.Read(n, view.Folded, e + 1) is { } issuer)
            {
                draft.Name = n[(p + 1)..(s - 1)];
                draft.Issuer = issuer.Text;
                draft.End = issuer.End;
                return true;
            }
        }
        return false;
    }

    // "08-KH/ĐU", "22/11/2017": a digit and a slash in one word.
    private static bool IsNumberOrDate(string n, int s, int e)
    {
        var word = n.AsSpan(s, e - s);
        return word.IndexOf('/') >= 0 && word.IndexOfAnyInRange('0', '9') >= 0;
    }

    // How many words the second body's name may run to before the subject the two documents share.
    private const int MaxSecondIssuerWords = 8;

    // "… quán triệt Chỉ thị 35 …, Kế hoạch của Tỉnh ủy và Kế hoạch của cấp huyện về tổ chức Đại hội Đảng bộ các cấp, nhiệm
    // kỳ 2020-2025" (hx-051): two bodies' documents of one type, joined by "và", share the subject written after the second
    // body, which says which of the first body's documents is meant as its own subject would.
    private bool SubjectSharedWithNext(string f, DocumentTypeRow type, int end)
    {
        if (!f.AsSpan(end).StartsWith(" va ", StringComparison.Ordinal)) return false;
        var at = end + 4;
        foreach (var word in type.Words)
        {
            var folded = TextFolding.FoldLoose(word);
            if (!f.AsSpan(at).StartsWith(folded, StringComparison.Ordinal) || !f.AsSpan(at + folded.Length).StartsWith(" cua ", StringComparison.Ordinal)) continue;
            var k = at + folded.Length + 4;
            for (var words = 0; words < MaxSecondIssuerWords && k < f.Length && f[k] == ' '; words++)
            {
                if (words > 0 && SubjectFollows(f, k)) return true;
                var next = f.IndexOf(' ', k + 1);
                if (next < 0 || f.AsSpan(k + 1, next - k - 1).IndexOfAny(",;.:") >= 0) return false;
                k = next;
            }
            return false;
        }
        return false;
    }

    private bool SubjectFollows(string f, int end)
    {
        var k = end;
        if (k < f.Length && f[k] == ',') k++;
        if (k >= f.Length || f[k] != ' ') return false;
        foreach (var lead in _subjectLeads)
            if (f.AsSpan(k + 1).StartsWith(lead) || f.AsSpan(k + 1).SequenceEqual(lead.AsSpan(0, lead.Length - 1))) return true;
        return false;
    }
}
