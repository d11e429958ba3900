using System.Text.RegularExpressions;
using Ingest.Indexer.Parsing.Tables;
using Ingest.Indexer.Text;

namespace Ingest.Indexer.Parsing.Citations;

/// <summary>
/// Where a report names documents by type and subject as issued, adopted or announced without the verb standing right
/// before each type word: the later items of a list the verb governs ("thông qua Nghị quyết về …; Nghị quyết phê chuẩn
/// …"), a list announced by its count ("thông qua 2 nghị quyết là: Nghị quyết về …"), and a document announced with its
/// issuer ("công bố Nghị quyết của Thường trực HĐND TP Hà Nội về việc …"). Pure and thread-safe.
/// </summary>
internal sealed partial class ReportedNaming
{
    private readonly string[] _announcing;
    private readonly string[] _countingVerbs;
    private readonly string[] _listVerbs;
    private readonly string[] _adopting;
    private readonly Dictionary<string, string> _foldedTypeNames;

    public ReportedNaming(DomainTables tables)
    {
        _announcing = (tables.Phrases.ReportedAnnouncingBefore ?? []).Select(s => TextFolding.FoldLoose(s) + " ").ToArray();
        // "thông qua 2 nghị quyết là:", "ban hành 3 quyết định gồm:": the adopting and issuing verbs without their adverbs.
        _countingVerbs = (tables.Phrases.ReportedIssuingAfterDate ?? []).Select(s => TextFolding.FoldLoose(s) + " ").ToArray();
        _listVerbs = _countingVerbs.Concat(_announcing).Distinct().ToArray();
        _adopting = (tables.Phrases.ReportedAdoptingBefore ?? []).Select(s => TextFolding.FoldLoose(s) + " ").ToArray();
        _foldedTypeNames = tables.DocumentTypes.ToDictionary(t => t.Id, t => TextFolding.FoldLoose(t.Name), StringComparer.Ordinal);
    }

    /// <summary>
    /// True where the type word at <paramref name="start"/> follows "công bố": a document announced, which exists, so
    /// was issued; named with its issuer it is one document (tests/corpus/README.md, decided with the il- batch).
    /// </summary>
    public bool IsAnnounced(string f, int start)
    {
        if (_announcing.Length == 0 || start < 8) return false;
        var before = f.AsSpan(Math.Max(0, start - 16), Math.Min(16, start));
        foreach (var a in _announcing) if (before.EndsWith(a, StringComparison.Ordinal)) return true;
        return false;
    }

    /// <summary>
    /// True where the type word at <paramref name="start"/> is the next item of a list whose first item was reported
    /// (<paramref name="previous"/>): "các đại biểu thông qua Nghị quyết về thành lập các Ban …; Nghị quyết phê chuẩn
    /// …; Nghị quyết thành lập …" (il-038), "thảo luận và thông qua Nghị quyết về việc …; thông qua Nghị quyết về …"
    /// (ih-001), "công bố Nghị quyết …; công bố Nghị quyết …" (il-037), "công bố Quyết định … và Quyết định …" (ml-019). One verb governs every item of its list
    /// (tests/corpus/README.md, the ih- and il- rules on resolutions a council adopts or announces).
    /// </summary>
    public bool ContinuesList(string f, DocumentTypeRow type, int start, CitationDraft? previous)
    {
        if (previous is not { IsReported: true } || previous.Type.Id != type.Id || previous.End >= start || start - previous.End > 16) return false;
        var gap = f.AsSpan(previous.End, start - previous.End);
        // "công bố Quyết định của Bộ trưởng Bộ Công an về giải thể …và Quyết định của Giám đốc Công an tỉnh về …" (ml-019):
        // the last item joined by "và" alone.
        if (gap.SequenceEqual(" va ")) return true;
        if (gap.Length < 2 || gap[0] is not (';' or ',') || gap[1] != ' ') return false;
        gap = gap[2..];
        if (gap.IsEmpty) return true;
        foreach (var verb in _listVerbs) if (gap.SequenceEqual(verb)) return true;
        return gap.SequenceEqual("va ");
    }

    /// <summary>
    /// True where the type word at <paramref name="start"/> opens a list announced by its count after an adopting or
    /// issuing verb: "đã thống nhất thông qua 2 nghị quyết là: Nghị quyết về việc …" (ih-002), "quyết nghị thông qua 38
    /// nghị quyết, bao gồm:" (Nghị quyết 616/NQ-HĐND of HĐND tỉnh Thanh Hóa, 2024): the items are what was adopted.
    /// </summary>
    public bool OpensCountedList(string f, DocumentTypeRow type, int start)
    {
        if (start < 4 || f[start - 1] != ' ' || f[start - 2] != ':') return false;
        var before = f.AsSpan(Math.Max(0, start - 64), Math.Min(64, start))[..^2].TrimEnd();
        foreach (var joiner in (ReadOnlySpan<string>)[" la", " gom", " bao gom"])
            if (before.EndsWith(joiner, StringComparison.Ordinal)) { before = before[..^joiner.Length].TrimEnd(','); break; }
        var name = _foldedTypeNames[type.Id];
        if (!before.EndsWith(name, StringComparison.Ordinal)) return false;
        return CountedAfterVerb(before[..^name.Length]);
    }

    // "trong đó có": among them, the items of a counted list named after its count's sentence or clause.
    private const string AmongThem = "trong do co ";

    // How far before "Trong đó có" the count of what was adopted is looked for.
    private const int CountedListChars = 96;

    /// <summary>
    /// True where the type word at <paramref name="start"/> opens, after "trong đó có" (among them), the items of a list
    /// announced by its count after an adopting or issuing verb in the sentence or clause before: "các đại biểu HĐND phường
    /// thống nhất thông qua 7 nghị quyết (NQ) quan trọng. Trong đó có NQ về nhiệm vụ phát triển KT-XH …" (is-044). The
    /// count's type word may carry the abbreviation the text defines for it and a few words that qualify the count.
    /// </summary>
    public bool OpensCountedListAmongThem(string f, DocumentTypeRow type, int start)
    {
        if (start < AmongThem.Length + 2 || !f.AsSpan(0, start).EndsWith(AmongThem, StringComparison.Ordinal)) return false;
        var from = Math.Max(0, start - AmongThem.Length - CountedListChars);
        var before = f.AsSpan(from, start - AmongThem.Length - from).TrimEnd();
        if (before.IsEmpty || before[^1] is not ('.' or ',' or ':')) return false;
        before = before[..^1];
        var name = _foldedTypeNames[type.Id];
        var at = before.LastIndexOf(name, StringComparison.Ordinal);
        if (at < 0 || !CountQualifier().IsMatch(before[(at + name.Length)..])) return false;
        return CountedAfterVerb(before[..at]);
    }

    // What may follow a count's type word before its sentence or clause ends: the abbreviation the text defines ("(NQ)")
    // and up to three words that qualify it ("quan trọng").
    [GeneratedRegex(@"^(?:\x20\([a-z]{1,6}\))?(?:\x20[a-z]+){0,3}$", RegexOptions.CultureInvariant)]
    private static partial Regex CountQualifier();

    // Whether the words before a count's type word end with the count and a counting verb: "thông qua 7 ".
    private bool CountedAfterVerb(ReadOnlySpan<char> before)
    {
        if (before.IsEmpty || before[^1] != ' ') return false;
        before = before[..^1];
        var digits = 0;
        while (digits < before.Length && digits < 3 && char.IsAsciiDigit(before[^(digits + 1)])) digits++;
        if (digits == 0) return false;
        before = before[..^digits];
        foreach (var verb in _countingVerbs)
            if (before.EndsWith(verb, StringComparison.Ordinal) && (before.Length == verb.Length || before[^(verb.Length + 1)] == ' ')) return true;
        return false;
    }

    // How far back in its sentence the adopting verb of a list is looked for: a council's list of resolutions runs over
    // a few items, each a subject of a line or two.
    private const int AdoptedListChars = 400;

    // The adopting verb's last word, "thông qua", folded, with the space after it.
    private const string Adopting = "thong qua ";

    /// <summary>
    /// True where the type word at <paramref name="start"/> follows "; " or ", " in a sentence whose council's adopting
    /// verb (reportedAdoptingBefore) governs the list it stands in, whatever the items before it are: "Kỳ họp đã quyết nghị
    /// thông qua Quy chế hoạt động của Hội đồng Nhân dân xã …; Nghị quyết về Chương trình giám sát …; Nghị quyết về tiếp
    /// tục thực hiện nhiệm vụ …" (jp-007), "Tại Kỳ họp cũng đã Nghị quyết thông qua dự toán thu, chi ngân sách năm 2025;
    /// Nghị quyết về phân bổ ngân sách địa phương năm 2025, Nghị quyết về giao biên chế …" (jp-008): each resolution so
    /// listed was adopted (tests/corpus/README.md, resolutions a council adopts). Drafts adopted for submission ("thông qua
    /// các dự thảo: … Nghị quyết về phương hướng …", jp-019) are still drafts (rule 3 of the plans rule).
    /// </summary>
    public bool InAdoptedList(string f, int start)
    {
        if (_adopting.Length == 0 || start < 3 || f[start - 1] != ' ' || f[start - 2] is not (';' or ',')) return false;
        var from = Math.Max(0, start - AdoptedListChars);
        var sentence = f.AsSpan(from, start - from);
        var end = sentence.LastIndexOf(". ", StringComparison.Ordinal);
        if (end >= 0) sentence = sentence[(end + 2)..];
        var verb = sentence.LastIndexOf(Adopting, StringComparison.Ordinal);
        if (verb < 0) return false;
        return ReportedIssuing.EndsWithWord(sentence[..(verb + Adopting.Length)], _adopting)
            && !sentence[(verb + Adopting.Length)..].Contains("du thao", StringComparison.Ordinal);
    }
}
