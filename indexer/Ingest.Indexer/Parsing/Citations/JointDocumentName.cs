using System.Text.RegularExpressions;
using Ingest.Indexer.Text;

namespace Ingest.Indexer.Parsing.Citations;

/// <summary>
/// Reads a document named by the two bodies that made it together, which say which one it is as a subject does: a
/// joint resolution ("Nghị quyết liên tịch giữa Đoàn Chủ tịch Ủy ban Trung ương MTTQ Việt Nam và Ủy ban Thường vụ Quốc
/// hội về việc …"), a coordination programme, plan or regulation ("Quy chế phối hợp công tác của Chính phủ và Ủy ban
/// Trung ương Mặt trận Tổ quốc (MTTQ) Việt Nam"). Pure and thread-safe.
/// </summary>
internal sealed partial class JointDocumentName
{
    private readonly IssuerReader _issuers;
    private readonly NameStanding _standing;
    private readonly PlanScopes _scopes;
    private readonly DocumentNameReader _names;

    public JointDocumentName(IssuerReader issuers, NameStanding standing, PlanScopes scopes, DocumentNameReader names) =>
        (_issuers, _standing, _scopes, _names) = (issuers, standing, scopes, names);

    [GeneratedRegex(@"\G\x20giua\x20", RegexOptions.CultureInvariant)]
    private static partial Regex JointLead();

    [GeneratedRegex(@"\G,?\x20(?:ve viec|ve)\x20", RegexOptions.CultureInvariant)]
    private static partial Regex JointSubjectLead();

    // "Nghị quyết liên tịch giữa Đoàn Chủ tịch Ủy ban Trung ương MTTQ Việt Nam và Ủy ban Thường vụ Quốc hội về việc tổ
    // chức cho đại biểu Quốc hội tiếp xúc cử tri": a joint document named by the two bodies that issued it together
    // and its subject, which say which one it is; the name runs to the subject's clause end or first comma.
    public bool ReadJoint(TextView view, CitationDraft draft, int p)
    {
        var (n, f) = (view.Normalized, view.Folded);
        var lead = JointLead().Match(f, p);
        if (!lead.Success || CapitalizedIssuer(n, f, lead.Index + lead.Length) is not { } first) return false;
        if (!f.AsSpan(first.End).StartsWith(" va ") || CapitalizedIssuer(n, f, first.End + 4) is not { } second) return false;
        var subject = JointSubjectLead().Match(f, second.End);
        if (!subject.Success) return false;
        var at = subject.Index + subject.Length;
        var end = CitationTailReader.ClauseEnd(n, at);
        var comma = n.IndexOf(',', at, end - at);
        if (comma > at) end = comma;
        if (end - at < 5) return false;
        return Jointly(draft, n[(p + 1)..end].TrimEnd(), first, second, end);
    }

    // " phối hợp giữa ", " phối hợp và thống nhất hành động giữa ", " phối hợp công tác của ": what a coordination
    // programme, plan or regulation is, before the bodies that made it.
    [GeneratedRegex(@"\G\x20(?:phoi hop(?:\x20(?:va thong nhat hanh dong|hanh dong|cong tac|lien nganh|thuc hien))?|hop tac),?\x20(?:giua|cua)\x20", RegexOptions.CultureInvariant)]
    private static partial Regex CoordinationLead();

    // "đánh giá việc thực hiện Quy chế phối hợp công tác của Chính phủ và Ủy ban Trung ương Mặt trận Tổ quốc (MTTQ) Việt
    // Nam năm 2018" (if-vpcp-213-TB-VPCP-2019), "Chương trình phối hợp giữa … và … về …", "… giữa … với … giai đoạn
    // 2024-2029": a coordination programme, plan or regulation is named by the two bodies that agreed it, which say
    // which one it is as a subject does, and by its subject or period if written. One being drawn up ("xây dựng
    // Chương trình phối hợp …") is no document yet.
    public bool ReadCoordination(TextView view, CitationDraft draft, int p)
    {
        var (n, f) = (view.Normalized, view.Folded);
        var lead = CoordinationLead().Match(f, p);
        if (!lead.Success || CapitalizedIssuer(n, f, lead.Index + lead.Length) is not { } first) return false;
        var and = f.AsSpan(first.End).StartsWith(" va ") || f.AsSpan(first.End).StartsWith(" voi ") ? f.IndexOf(' ', first.End + 1) + 1 : -1;
        if (and <= 0 || CapitalizedIssuer(n, f, and) is not { } second) return false;
        if (_standing.DraftedBefore(f, draft.Start)) return false;
        var clauseEnd = Math.Min(CitationTailReader.ClauseEnd(n, second.End), view.NextLineStart(second.End));
        var end = second.End;
        // The subject ("về …") or period (", giai đoạn 2024 - 2029") that follows runs to the clause's end or first comma.
        if (JointSubjectLead().Match(f, second.End) is { Success: true } about || _scopes.At(f, second.End) || f.AsSpan(second.End).StartsWith(", ") && _scopes.At(f, second.End + 1))
        {
            end = clauseEnd;
            var comma = n.IndexOf(',', second.End + 1, Math.Max(0, end - second.End - 1));
            if (comma > second.End + 1 && !_scopes.At(f, comma + 1)) end = comma;
            end = _names.BracketEnd(view, draft.Start, second.End, end);
            while (end > second.End && n[end - 1] is ' ' or ',') end--;
        }
        return Jointly(draft, n[(p + 1)..end], first, second, end);
    }

    // A body that makes a document with another is named with its capital.
    private (string Text, int End)? CapitalizedIssuer(string n, string f, int at) =>
        _issuers.Read(n, f, at) is { } issuer && char.IsUpper(issuer.Text[0]) ? issuer : null;

    // Both bodies are the document's issuer.
    private static bool Jointly(CitationDraft draft, string name, (string Text, int End) first, (string Text, int End) second, int end)
    {
        (draft.Name, draft.Issuer, draft.End) = (name, first.Text + " và " + second.Text, end);
        return true;
    }
}
