using System.Text.RegularExpressions;
using Ingest.Indexer.Parsing.Tables;
using Ingest.Indexer.Text;

namespace Ingest.Indexer.Parsing.Citations;

/// <summary>
/// What the words before a type word say was done with the document: a report that another body issued, adopted or
/// announced it ("vừa ban hành Kế hoạch …", "Ngày 19/7/2022, UBND tỉnh ban hành Quyết định …", "HĐND huyện đã biểu
/// quyết thông qua Nghị quyết …"), a signing only asked for ("đề nghị UBND tỉnh ký ban hành …"), or a draft still being
/// written ("soạn thảo Kế hoạch …"). A reported document exists and may be cited by its subject; a drafted one does not
/// yet (rule 3 of the plans rule, tests/corpus/README.md). Pure and thread-safe.
/// </summary>
internal sealed partial class IssuingActs
{
    private readonly string[] _drafting;
    private readonly string[] _reported;
    private readonly string[] _reportedAfterDate;
    private readonly string[] _unrealised;
    private readonly string[] _adopting;
    private readonly HashSet<string> _adoptedTypes;
    private readonly string[] _foldedTypeWords;
    private readonly ReportedNaming _reporting;
    private readonly LeadDateReader _leadDates;
    private readonly DraftedList _draftedList;

    public IssuingActs(DomainTables tables, LeadDateReader leadDates)
    {
        _drafting = (tables.Phrases.DraftingBefore ?? []).Select(s => TextFolding.FoldLoose(s) + " ").ToArray();
        _reported = (tables.Phrases.ReportedIssuingBefore ?? []).Select(s => TextFolding.FoldLoose(s) + " ").ToArray();
        _reportedAfterDate = (tables.Phrases.ReportedIssuingAfterDate ?? []).Select(s => " " + TextFolding.FoldLoose(s) + " ").ToArray();
        _unrealised = (tables.Phrases.UnrealisedBefore ?? []).Select(s => " " + TextFolding.FoldLoose(s) + " ").ToArray();
        _leadDates = leadDates;
        _adopting = (tables.Phrases.ReportedAdoptingBefore ?? []).Select(s => TextFolding.FoldLoose(s) + " ").ToArray();
        _adoptedTypes = (tables.Phrases.AdoptedDocumentTypes ?? []).ToHashSet(StringComparer.Ordinal);
        _reporting = new ReportedNaming(tables);
        _foldedTypeWords = tables.FoldedCitableTypeWords().ToArray();
        _draftedList = new DraftedList(_drafting, _foldedTypeWords, (tables.Phrases.ListLeads ?? []).Select(TextFolding.FoldLoose).ToArray());
    }

    /// <summary>True where the type word at <paramref name="start"/> follows "công bố" (ReportedNaming.IsAnnounced).</summary>
    public bool IsAnnounced(string f, int start) => _reporting.IsAnnounced(f, start);

    /// <summary>True where the type word at <paramref name="start"/> opens a later item of a drafted list (DraftedList).</summary>
    public bool InDraftedList(TextView view, int start) => _draftedList.Governs(view.Normalized, view.Folded, start);

    /// <summary>True where <paramref name="before"/> (folded) ends with a phrase that reports the document issued ("vừa ban hành ").</summary>
    public bool EndsWithReportedIssuing(ReadOnlySpan<char> before)
    {
        foreach (var r in _reported) if (before.EndsWith(r)) return true;
        return false;
    }

    /// <summary>
    /// True where a reporting verb (reportedIssuingBefore) ends right before <paramref name="start"/> as whole words: "đã ban
    /// hành “Hướng dẫn …”"; not the "trào" of "phong trào “Kế hoạch nhỏ …”" (a movement, hx-058), which folds to "trao" (to
    /// hand over).
    /// </summary>
    public bool ReportedAsWords(string f, int start)
    {
        var before = f.AsSpan(Math.Max(0, start - 24), Math.Min(24, start));
        return ReportedIssuing.EndsWithWord(before, _reported) && !before.EndsWith(Movement, StringComparison.Ordinal) && !ProposedSigning(f, start);
    }

    // "phong trào", folded, with the space after it.
    private const string Movement = "phong trao ";

    // The later items of a list its verb governs, or the first of a list announced by its count.
    public bool ReportedInList(string f, DocumentTypeRow type, int start, CitationDraft? previous) =>
        _reporting.ContinuesList(f, type, start, previous)
        || _adoptedTypes.Contains(type.Name) && (_reporting.OpensCountedList(f, type, start) || _reporting.OpensCountedListAmongThem(f, type, start)
            || _reporting.InAdoptedList(f, start));

    // "vừa ban hành", "đã ban hành" (reportedIssuingBefore); or a bare "ban hành", "thông qua"
    // (reportedIssuingAfterDate) where the clause opens with a date and the body that acted ("Ngày 19/7/2022, UBND
    // tỉnh ban hành Quyết định công nhận …"): a report of a past act, not the text's own issuing sentence ("UBND
    // huyện ban hành Kế hoạch … như sau:"), which opens with no date.
    // "Sáng 12/6, Quốc hội thông qua Nghị quyết về …" (kk-021): a clause that opens with the day of the act, no year,
    // reports it done as a whole date does; a capitalized type word so reported names its document by its subject.
    public bool ReportedBefore(TextView view, DocumentTypeRow type, int start) =>
        ReportedPlainly(view.Folded, type, start) || IssuedOnDay(view, start);

    // "Ngày 23-4, Ban Tuyên giáo và Dân vận Thành ủy Đà Nẵng có công văn về việc …" (kl-037): the clause opens with the day
    // of the act, its year written or not, then the body and its issuing verb.
    // "Sáng 27/6, Bộ trưởng cho biết sẽ có quyết định …", "UBND tỉnh chưa có quyết định …" (phrases.json unrealisedBefore,
    // between the clause's last comma and the verb): nothing issued is reported.
    public bool IssuedOnDay(TextView view, int start)
    {
        var before = view.Folded.AsSpan(Math.Max(0, start - 24), Math.Min(24, start));
        foreach (var r in _reportedAfterDate)
            if (before.EndsWith(r))
                return !UnrealisedBefore(view.Folded, start - r.Length + 1)
                    && (_leadDates.DateBefore(view, start) is not null || _leadDates.OpensWithDayBefore(view, start));
        return false;
    }

    private bool UnrealisedBefore(string f, int verb)
    {
        var from = verb;
        while (from > 0 && verb - from < 120 && f[from - 1] is not (',' or '.' or ';' or ':' or '\n')) from--;
        return FoldedWords.HoldsAny(f.AsSpan(from, verb - from), _unrealised);
    }

    // An act that gives a lower-case type word its trích yếu: issuing on the clause's opening day, or a council adopting.
    // The day alone is enough ("Ngày 10-12, UBND TPHCM có thông báo treo cờ …", ku-051; "Ngày 31/7, Chủ tịch UBND tỉnh
    // có quyết định tiếp tục áp dụng …", jl-028): the day of issue is what names one document (the corpus README,
    // "Settled in the twenty-fifth session"), its year or not.
    public bool ActedBefore(TextView view, DocumentTypeRow type, int start) => IssuedOnDay(view, start) || AdoptedBefore(view.Folded, type, start);

    private bool AdoptedBefore(string f, DocumentTypeRow type, int start)
    {
        if (!_adoptedTypes.Contains(type.Name)) return false;
        var before = f.AsSpan(Math.Max(0, start - 24), Math.Min(24, start));
        foreach (var r in _adopting) if (before.EndsWith(r)) return true;
        return false;
    }

    public bool ReportedPlainly(string f, DocumentTypeRow type, int start)
    {
        var before = f.AsSpan(Math.Max(0, start - 24), Math.Min(24, start));
        foreach (var r in _reported) if (before.EndsWith(r)) return !ProposedSigning(f, start);
        // "HĐND huyện đã biểu quyết thông qua Nghị quyết về việc …": a council adopting a resolution.
        return AdoptedBefore(f, type, start);
    }

    // "trình Chủ tịch UBND tỉnh xem xét, ký ban hành Quyết định phân công …" (iq-041, a Phiếu trình), "đề nghị UBND tỉnh ký
    // ban hành Kế hoạch …": a signing asked for, not done, so the document is still to be issued (rule 3 of the plans
    // rule); "Phó Chủ tịch UBND tỉnh (đã) ký ban hành Kế hoạch …" reports it issued.
    public static bool ProposedSigning(string f, int start)
    {
        const string signing = "ky ban hanh ";
        var at = start - signing.Length;
        if (at < 0 || !f.AsSpan(at, signing.Length).SequenceEqual(signing)) return false;
        return ProposedBeforeSigning().IsMatch(f.AsSpan(Math.Max(0, at - 80), Math.Min(80, at)));
    }

    // The request before "ký ban hành": "xem xét, ", "xem xét và ", or "trình"/"đề nghị" and the one asked, in one clause.
    // "trình" as a verb, not the end of "chương trình", "tờ trình", "quy trình".
    [GeneratedRegex(@"(?:(?:^|\x20)xem xet,?\x20(?:va\x20)?|(?:^|\x20)(?<!(?:chuong|to|quy|lo)\x20)trinh\x20[^.;:,|]{1,60}\x20|(?:^|\x20)de nghi\x20[^.;:,|]{1,60}\x20)$",
        RegexOptions.CultureInvariant)]
    private static partial Regex ProposedBeforeSigning();

    // "soạn thảo Kế hoạch …", and "soạn dự thảo Báo cáo, Chương trình hành động thực hiện …": a drafting verb governs
    // every type word listed after it (a few, joined by commas or "và").
    public bool IsDrafted(TextView view, int start)
    {
        var f = view.Folded;
        for (var listed = 0; listed < 3; listed++)
        {
            var before = f.AsSpan(Math.Max(0, start - 24), Math.Min(24, start));
            if (DraftingVerbs.EndBefore(before, _drafting)) return true;
            if (ListedTypeWordBefore(f, start, _foldedTypeWords) is not { } previous) return false;
            start = previous;
        }
        return false;
    }

    // Where the type word listed before the one at start begins ("Báo cáo, " or "Báo cáo và " right before it), or null.
    public static int? ListedTypeWordBefore(string f, int start, string[] foldedTypeWords)
    {
        var k = start;
        if (k >= 5 && f.AsSpan(k - 4, 4).SequenceEqual(" va ")) k -= 4;
        else if (k >= 2 && f.AsSpan(k - 2, 2).SequenceEqual(", ")) k -= 2;
        else return null;
        foreach (var word in foldedTypeWords)
            if (k >= word.Length && f.AsSpan(k - word.Length, word.Length).SequenceEqual(word) && (k == word.Length || f[k - word.Length - 1] == ' '))
                return k - word.Length;
        return null;
    }
}
