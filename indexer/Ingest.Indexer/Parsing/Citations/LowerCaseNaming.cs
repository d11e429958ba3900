using System.Text.RegularExpressions;
using Ingest.Indexer.Parsing.Tables;
using Ingest.Indexer.Text;

namespace Ingest.Indexer.Parsing.Citations;

/// <summary>
/// Reads a document word in lower case that names one issued document by its issuer and its subject, as a trích yếu
/// does: "công bố quyết định của Ban Thường vụ Tỉnh đoàn về việc chỉ định …" (ih-059), "thực hiện nghị quyết HĐND về
/// phát triển kinh tế - xã hội …" (id-021), "Bộ Y tế đã có công điện gửi Chủ tịch UBND các tỉnh, thành phố về việc tăng
/// cường …" (jd-002), "đã ký ban hành quyết định về việc áp dụng biện pháp giãn cách xã hội …" (jl-032); the twentieth
/// session's rule in tests/corpus/README.md. Pure and thread-safe.
/// </summary>
internal sealed partial class LowerCaseNaming
{
    private const int MaxRecipientChars = 160;
    private readonly IssuerReader _issuers;
    private readonly ReportedIssuing _reported;
    private readonly GenericDeterminers _generic;
    private readonly string[] _typeWords;
    private readonly PhraseMatcher _qualifiers;

    public LowerCaseNaming(DomainTables tables, IssuerReader issuers)
    {
        _qualifiers = new PhraseMatcher((tables.Phrases.TypeQualifiers ?? []).Select(TextFolding.FoldLoose));
        _issuers = issuers;
        _reported = new ReportedIssuing(tables);
        _generic = new GenericDeterminers(tables);
        _typeWords = tables.FoldedTypeWords().Distinct().ToArray();
        _summaryBefore = (tables.Phrases.SelfSummaryBefore ?? []).Select(s => TextFolding.FoldLoose(s) + " ").ToArray();
    }

    private readonly string[] _summaryBefore;

    // "Trên đây là thông báo của UBND xã Sơn Vĩ về việc …" (lv-010): the closing sentence of a text that sums itself up
    // names the text itself, whatever its issuer and subject (selfSummaryBefore in phrases.json).
    private bool SumsItselfUp(string f, int typeStart)
    {
        var before = f.AsSpan(0, typeStart);
        foreach (var s in _summaryBefore)
            if (before.EndsWith(s, StringComparison.Ordinal) && (before.Length == s.Length || !char.IsAsciiLetter(before[^(s.Length + 1)]))) return true;
        return false;
    }

    private static bool TakesAddressee(DocumentTypeRow type) => type.Id is "bao-cao" or "thong-bao";

    // ", về việc ", " V/v ", " về ": where the subject begins.
    [GeneratedRegex(@"\G,?\x20(?:(?<trich>ve viec|v/v)|ve)\x20(?=[a-z""])", RegexOptions.CultureInvariant)]
    private static partial Regex AboutLead();

    /// <summary>
    /// The citation the lower-case type word from <paramref name="typeStart"/> to <paramref name="typeEnd"/> names, or null. Plans in lower case ("kế hoạch",
    /// "chương trình": carries-out types) stay no citation (rule 4 of the plans rule: dc-232, ig-011), and so does a
    /// document word with no issuer unless a trích yếu's "về việc" follows it and it was reported issued ("đã ký quyết
    /// định về việc …") or sent ("công điện gửi … về việc …"): "vừa có thông báo tạm hoãn …" (ia-046) names none, and
    /// "UBND xã thông báo về việc …" is the verb; a trích yếu's "về việc" after a clause that opens with the day of issue
    /// counts, its year written or not ("Ngày 23-4, Ban Tuyên giáo … có công văn về việc …", kl-037). Where <paramref
    /// name="acts"/> find it acted (issued on the clause's opening day, its year written or not, or a resolution adopted),
    /// the words after the type word are its subject without "về việc".
    /// </summary>
    public CitationDraft? Read(TextView view, DocumentTypeRow type, int typeStart, int typeEnd, IssuingActs acts)
    {
        var (n, f) = (view.Normalized, view.Folded);
        var p = typeEnd;
        // "vừa có văn bản gửi các tỉnh, thành về việc …" (hy-060): "văn bản" is any text, no type word of its own.
        if (type.NamedForms.Contains("carries-out") || p + 4 >= f.Length || f[p] != ' ' || f.AsSpan(typeStart, p - typeStart).SequenceEqual("van ban")) return null;
        // "Thực hiện các quyết định của UBND xã về việc thành lập các tổ …" (kh-017): many documents, none named.
        // "Đảng bộ xã đã bám sát kế hoạch, hướng dẫn của Huyện ủy về tổ chức Đại hội Đảng các cấp" (kz-009): the last of a
        // list of type words shares its issuer and subject with the others, which names the kinds of documents, not one.
        if (SumsItselfUp(f, typeStart)) return null;
        // "các đại biểu được nghe báo cáo của UBBC xã về kết quả bầu cử …" (le-022): a drafting phrase that ends with the
        // type word itself ("nghe báo cáo", draftingBefore) makes it the act of presenting at a meeting, no document.
        if (typeEnd < f.Length && acts.IsDrafted(view, typeEnd + 1)) return null;
        if (_generic.EndBeforeAsWords(f.AsSpan(Math.Max(0, typeStart - 12), Math.Min(12, typeStart)))
            || IssuingActs.ListedTypeWordBefore(f, typeStart, _typeWords) is not null) return null;
        (string Text, int End)? by = null;
        var at = p;
        if (f.AsSpan(p).StartsWith(" cua ", StringComparison.Ordinal)) by = _issuers.Read(n, f, p + 5);
        // "nghị quyết HĐND về …" (id-021). "báo cáo" and "thông báo" are verbs too, and a body right after the verb is
        // whom it reports to: "các bộ, ngành, địa phương báo cáo Thủ tướng về tình hình …" (jq-072).
        else if (char.IsUpper(n[p + 1]) && !TakesAddressee(type)) by = _issuers.Read(n, f, p + 1);
        if (by is { } issuer)
        {
            if (!char.IsUpper(issuer.Text[0])) return null;
            at = issuer.End;
        }
        // A letter sent to its recipients about its subject is one letter: "công điện gửi …" is never the verb. Its
        // urgency may stand between where the letter is reported signed or issued ("đã ký công văn hỏa tốc gửi Ban Thường vụ
        // các huyện ủy, … về việc tạm dừng tổ chức đại hội đảng các cấp", kb-020; typeQualifiers); "Sở Y tế … có công văn
        // khẩn gửi đến … về việc …" (ka-024) is annotated no citation, as ju-022's "công văn khẩn".
        var sender = by is null && _qualifiers.MatchAt(f, p + 1) is { } qualifier && _reported.Before(f, typeStart) ? p + 1 + qualifier.Length : p;
        var sent = by is null && f.AsSpan(sender).StartsWith(" gui ", StringComparison.Ordinal);
        if (sent) at = RecipientEnd(f, sender + 5);
        if (at < 0) return null;
        var lead = AboutLead().Match(f, at);
        int start;
        if (lead.Success)
        {
            if (by is null && !(lead.Groups["trich"].Success && (sent || _reported.Before(f, typeStart) || acts.IssuedOnDay(view, typeStart)))) return null;
            start = lead.Index + lead.Length;
        }
        else if (by is null && !sent && SubjectAfterAct(view, typeStart, p) && acts.ActedBefore(view, type, typeStart)) start = p + 1;
        else return null;
        var end = SubjectEnd(view, start);
        var words = n[start..end].Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        if (words < 2 || words > 60) return null;
        return new CitationDraft
        {
            Type = type, Start = typeStart, End = by?.End ?? p, ScopeEnd = end, Issuer = by?.Text, Subject = n[start..end], Name = n[(p + 1)..end],
        };
    }

    // "công văn gửi UBND các tỉnh, thành phố trực thuộc Trung ương về việc …" (jm-045): the recipients run, commas and
    // all, to the subject's "về việc"; a clause's end before it means the letter is told of, not named, and so does a
    // purpose ("công điện gửi công an 19 tỉnh, thành phố để biểu dương về việc hoàn thành …", hz-072: what it praised).
    private static int RecipientEnd(string f, int from)
    {
        var limit = Math.Min(f.Length, from + MaxRecipientChars);
        var about = f.IndexOf(" ve viec ", from, limit - from, StringComparison.Ordinal);
        if (about < 0) return -1;
        var recipients = f.AsSpan(from, about - from);
        return recipients.IndexOfAny(".;:") >= 0 || recipients.Contains(" de ", StringComparison.Ordinal) ? -1 : about;
    }

    // "Ngày 24/01/2025, UBND huyện Vĩnh Linh đã ban hành quyết định công nhận 13 thôn đạt chuẩn nông thôn mới kiểu mẫu năm
    // 2024" (kh-039), "HĐND tỉnh biểu quyết thống nhất thông qua nghị quyết miễn nhiệm chức danh …" (ko-014): right after
    // the act of issuing on the clause's own date, or a council's adopting, the words that follow the type word are its
    // trích yếu, "về việc" or not (the twenty-fourth session's rule). A news lead's undated "vừa ban hành hướng dẫn sắp
    // xếp …" (jq-078) stays a negative, and a signing asked for is no act.
    private static bool SubjectAfterAct(TextView view, int typeStart, int p) =>
        char.IsLower(view.Normalized[p + 1]) && !SubjectNamingReader.NoSubject().IsMatch(view.Folded.AsSpan(p))
        && !IssuingActs.ProposedSigning(view.Folded, typeStart);

    private static int SubjectEnd(TextView view, int start)
    {
        var (n, f) = (view.Normalized, view.Folded);
        var end = CitationTailReader.ClauseEnd(n, start);
        var starts = view.LineStarts;
        var i = starts.BinarySearch(start + 1);
        if (i < 0) i = ~i;
        if (i < starts.Length && starts[i] < end) end = starts[i];
        var open = f.IndexOf(" (", start, end - start, StringComparison.Ordinal);
        if (open > start) end = open;
        while (end > start && n[end - 1] is ' ' or ',') end--;
        return end;
    }
}
