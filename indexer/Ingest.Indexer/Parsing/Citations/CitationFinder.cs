using Ingest.Indexer.Parsing.Dates;
using System.Text.RegularExpressions;
using Ingest.Indexer.Parsing.Tables;
using Ingest.Indexer.Text;

namespace Ingest.Indexer.Parsing.Citations;

/// <summary>
/// Finds citations in a plan's text, in two sweeps over the folded view: type words ("Chỉ thị", "Luật", ...) and
/// capital abbreviations ("NQ", "BLHS") followed by a number or a name, then bare symbols ("34-CT/TW") that no
/// type word introduced; short forms ("Chỉ thị 19") are kept where the rules for them hold (see docs/parser.md).
/// Pure and thread-safe; bounded by the caller's citation limit.
/// </summary>
internal sealed partial class CitationFinder
{
    private readonly DomainTables _tables;
    private readonly SymbolParser _symbols;
    private readonly PhraseMatcher _typeWords;
    private readonly SluggedTypeWords _slugged;
    private readonly GluedAbbreviation _gluedAbbreviations;
    private readonly GluedCapitalTypeWords _gluedCapitals;
    private readonly TypeWordSpellings _spellings;
    private readonly OwnNumberFilter _ownNumbers;
    private readonly ListedCitationReader _listed;
    private readonly GenericDeterminers _generic;
    private readonly UnnumberedCitationReader _unnumbered;
    private readonly CongressRepeat _congressRepeat;
    private readonly NumberedCitationReader _numbered;
    private readonly BareSymbolSweep _bareSymbols;
    private readonly DefinedAbbreviation _defined;

    public CitationFinder(DomainTables tables, SymbolParser symbols, IssuerReader issuers, LeadDateReader leadDates)
    {
        _tables = tables;
        _symbols = symbols;
        var tail = new CitationTailReader(issuers, tables.Phrases.ReportedIssuingBefore ?? [], tables.Phrases.DescriptionGoesOnAfterAnd ?? [],
            tables.Phrases.DescriptionGoesOnAfterSemicolon ?? []);
        _spellings = new TypeWordSpellings(tables);
        var codes = new SymbolCodes(tables);
        var separatorLost = new SeparatorLostSymbol(tables, symbols);
        _slugged = new SluggedTypeWords(tables, symbols, separatorLost);
        _typeWords = new PhraseMatcher(tables.FoldedCitableTypeWords().Concat(tables.FoldedAbbreviations()).Concat(_spellings.Spellings).Concat(_slugged.Spellings), afterDigit: true);
        _gluedCapitals = new GluedCapitalTypeWords(_typeWords, tables);
        _gluedAbbreviations = new GluedAbbreviation(tables);
        _defined = new DefinedAbbreviation(tables);
        _ownNumbers = new OwnNumberFilter(symbols, new SelfNamedCitation(_typeWords, tables), _typeWords);
        _listed = new ListedCitationReader(tables, symbols, tail, _typeWords, codes);
        var named = new NamedCitationReader(tables, issuers);
        var acts = new IssuingActs(tables, leadDates);
        var selfReference = new SelfReference(tables, acts);
        _generic = new GenericDeterminers(tables);
        var subjects = new SubjectNamingReader(tables, symbols, issuers, named, _typeWords, _spellings, acts, _generic, selfReference);
        _unnumbered = new UnnumberedCitationReader(tables, symbols, tail, named, _typeWords, codes, acts, _generic, selfReference, subjects,
            new LowerCaseNaming(tables, issuers));
        _congressRepeat = new CongressRepeat(tables, acts);
        _numbered = new NumberedCitationReader(tables, symbols, tail, _typeWords, codes, separatorLost, _slugged);
        _bareSymbols = new BareSymbolSweep(tables, symbols, tail, separatorLost, _listed, codes);
    }

    /// <summary>
    /// All citations, ordered by position. <paramref name="excluded"/> spans (the plan's own number) are skipped;
    /// <paramref name="self"/> is where a text whose header gives no number names itself (its own number), or null.
    /// </summary>
    public List<CitationDraft> Find(TextView view, IReadOnlyList<(int Start, int End)> excluded, string? ownTitleFolded, int maxCitations,
        DateValue? ownDate, out SelfNaming? self, int headerStart = 0, int placeDateStart = -1)
    {
        self = null;
        var drafts = new List<CitationDraft>();
        var shortForms = new List<(CitationDraft Draft, bool NeedsFull)>();
        excluded = excluded.Where(span => _ownNumbers.IsHeaderLabel(view, span.Start)).ToList();
        ReadTypeWords(view, excluded, ownTitleFolded, maxCitations, drafts, shortForms);
        AddSymbolsAndRepeats(view, excluded, maxCitations, drafts, shortForms);
        FlattenedNumberLine.Drop(view, drafts, placeDateStart);
        var own = _ownNumbers.DropOwnNumber(view, drafts, excluded, ownDate);
        OwnNumberFilter.DropPageMatter(view, drafts, excluded);
        CopyEndCut.Drop(view, drafts);
        MirrorTail.Drop(view, drafts, excluded);
        PortalNavigation.Drop(view, drafts);
        if (excluded.Count > 0) MirrorTitles.Drop(view, drafts, own);
        // A header with no number line (a school's report: its issuer lines, then its heading) begins at its issuer block:
        // what a portal prints above it ("Trường Mầm non … được thành lập theo quyết định số …") is the page's lead.
        if (headerStart > 0) drafts.RemoveAll(d => d.End <= headerStart);
        if (excluded.Count == 0) self = _ownNumbers.DropSelfNamed(view, drafts, ownDate);
        return drafts;
    }

    // The first sweep: each type word and what follows it (a number, a list, a name), in the text's order; a type word
    // inside the citation before it is read only where it ends that one's name or names a document of its own.
    private void ReadTypeWords(TextView view, IReadOnlyList<(int Start, int End)> excluded, string? ownTitleFolded, int maxCitations,
        List<CitationDraft> drafts, List<(CitationDraft Draft, bool NeedsFull)> shortForms)
    {
        var f = view.Folded;
        var resumeAt = 0;
        foreach (var match in _gluedCapitals.Merge(view, _typeWords.Matches(f)))
        {
            if (drafts.Count >= maxCitations) break;
            if (match.Start < resumeAt) continue;
            var (start, end, word) = StartsInNextWord(view, match) ?? match;
            if (start != match.Start) resumeAt = end;
            var m = new TypeWord(start, end - start);
            var insideName = false;
            if (drafts.Count > 0 && start < drafts[^1].End && !EndsNameBefore(view, drafts[^1], m) && !LawInsideName(drafts[^1], word))
            {
                if (!ResolutionInsideName(drafts[^1], word)) continue; // inside the previous citation
                insideName = true;
            }
            // "Ngh nh", "Lu t": only where the letters are written so, not where "lụt" folds to "lut".
            if (!_spellings.Written(view, start, word)) continue;
            var spelled = _spellings.TypeWordOf(word);
            CitationDraft? draft;
            if (_slugged.WordOf(word) is { } slugWord)
            {
                if (_tables.TypeByWord(slugWord) is not { } slugType) continue;
                draft = _numbered.Slugged(view, slugType, m);
            }
            else if (_tables.AbbreviationByWord(spelled) is { } abbreviation)
            {
                if (!IsWrittenAbbreviation(view, m, abbreviation)) continue;
                draft = abbreviation.Name is not null ? UnnumberedCitationReader.NamedByAbbreviation(abbreviation, m)
                    : _numbered.Read(view, abbreviation.Type, m, shortForms, abbreviated: true) ?? _unnumbered.NamedAfterAbbreviation(view, abbreviation.Type, m)
                        ?? (_defined.DefinedBefore(f, spelled, start) ? _unnumbered.Named(view, abbreviation.Type, m, ownTitleFolded, drafts.Count > 0 ? drafts[^1] : null) : null)
                        ?? _congressRepeat.Read(view, abbreviation.Type, m, drafts, abbreviated: true);
            }
            else
            {
                var type = _tables.TypeByWord(spelled);
                if (type is null) continue;
                // "chiến lược", "phương hướng" in lower case: a type with no symbol codes is cited in lower case only where
                // its name is a law's (keptInSubjects); the common noun, frequent in plans, is passed over at once.
                if (type.StateCodes.Count == 0 && type.PartyCodes.Count == 0 && !type.KeptInSubjects && !char.IsUpper(view.Normalized[start])) continue;
                if (_listed.SharedCodeList(view, type, m) is { } listed)
                {
                    drafts.AddRange(listed.Take(maxCitations - drafts.Count));
                    continue;
                }
                draft = _numbered.Read(view, type, m, shortForms, abbreviated: false) ?? _unnumbered.Named(view, type, m, ownTitleFolded, drafts.Count > 0 ? drafts[^1] : null)
                    ?? _congressRepeat.Read(view, type, m, drafts);
            }
            if (draft is null || (Overlaps(excluded, draft.Start, draft.End) && !IntroducedInText(view, draft)
                && !IssuerOnNumberLine.Names(view, draft))) continue;
            if (insideName && !(draft.NamesOneDocument && !draft.IsNumbered)) continue;
            if (CommitteeName.Before(f, draft.Start)) continue; // "Ban Chỉ đạo thực hiện Nghị quyết số 57-NQ/TW": a body's name
            if (RestatesPrevious(view, drafts, draft)) continue;
            drafts.Add(draft);
            if (draft.Symbol is not null) _listed.AddListed(view, draft, drafts, maxCitations);
        }
    }

    // The second sweep and the repeats: symbols no type word introduced, then the short forms and short names of
    // documents the text cites in full, and the types that share one name.
    private void AddSymbolsAndRepeats(TextView view, IReadOnlyList<(int Start, int End)> excluded, int maxCitations, List<CitationDraft> drafts,
        List<(CitationDraft Draft, bool NeedsFull)> shortForms)
    {
        _bareSymbols.AddBareSymbols(view, drafts, excluded, maxCitations);
        _bareSymbols.AddColumnSplitSymbols(view, drafts, excluded, maxCitations);
        ListedSymbolsDate.Apply(view, drafts);
        MisreadSymbolYear.Apply(drafts);
        _bareSymbols.AddSluggedAfterNumberWord(view, drafts, excluded, maxCitations);
        shortForms.AddRange(_gluedAbbreviations.FindAll(view)); // "QĐ22", only beside its full citation; "TT36/2017" alone
        shortForms.Sort((a, b) => a.Draft.Start.CompareTo(b.Draft.Start));
        AddShortForms(drafts, shortForms, maxCitations);
        AddShortNames(view, drafts, maxCitations);
        AddTypesSharingAName(view, drafts, maxCitations);
        PopularName.Apply(view, drafts);
    }

    // "thực hiện Pháp lệnh ưu đãi …": folded, "hiện Pháp" is "hiến pháp", and the longer phrase hides the type word
    // that starts at the next word. Where the marks written on the first word are not the type word's and a type
    // word starts at the second, that one is read. Only the first word's marks are compared: a scan's slip later in
    // the phrase ("Nghị quyêt") keeps the type word.
    private (int Start, int End, string Phrase)? StartsInNextWord(TextView view, (int Start, int End, string Phrase) match)
    {
        var space = match.Phrase.IndexOf(' ');
        if (space < 0) return null;
        // Most type words are written as the table spells them or without marks: the first word's letters then fold
        // to themselves or match a spelling, and nothing more is looked at.
        if (view.Normalized.AsSpan(match.Start, space).SequenceEqual(view.Folded.AsSpan(match.Start, space))) return null;
        if (_tables.TypeByWord(match.Phrase) is not { } type) return null;
        var agrees = false;
        foreach (var w in type.Words)
            if (w.Length == match.Phrase.Length && WrittenMarks.Agree(view.Normalized, match.Start, space, w)) { agrees = true; break; }
        if (agrees) return null;
        var next = match.Start + space + 1;
        return _typeWords.MatchAt(view.Folded, next) is { } phrase ? (next, next + phrase.Length, phrase) : null;
    }

    // "Đề án tổ chức tuyên truyền, phổ biến Luật Dân quân tự vệ của Chính phủ": a law, code or charter (keptInSubjects)
    // named inside a plan's name is cited the first time, as inside a subject (DropNamedInsideSubjects drops repeats).
    private bool LawInsideName(CitationDraft named, string word) =>
        !named.IsNumbered && named.Name is not null && _tables.TypeByWord(_spellings.TypeWordOf(word)) is { KeptInSubjects: true };

    // "Chương trình thực hiện Nghị quyết Đại hội Đảng bộ huyện lần thứ XXII": a congress's or plenum's resolution named
    // inside a plan's name has a name of its own, cited the first time as a law's is (tests/corpus/README.md, plans rule
    // 2); only where it is read as one (NamesOneDocument), checked by the caller.
    private bool ResolutionInsideName(CitationDraft named, string word) =>
        !named.IsNumbered && named.Name is not null
        && _tables.TypeByWord(_spellings.TypeWordOf(word)) is { } type
        && (type.NamedForms.Contains("congress") || type.NamedForms.Contains("plenum"));

    // "Quy chế mẫu xem tại Quyết định 162-QĐ/TW": a name read up to its clause's end ends where a numbered citation
    // begins; that citation is read on its own. So does a capitalized one numbered by "số" and its serial alone ("Chương
    // trình hành động thực hiện Nghị quyết số 71 của Bộ Chính trị về …", jl-065), or by its serial and the date after it
    // ("Kế hoạch triển khai Quyết định 505 ngày 22/4/2022 của Thủ tướng Chính phủ về …", mg-017): a short form with its
    // date names one document as surely as "số" does (tests/corpus/README.md, short forms).
    private bool EndsNameBefore(TextView view, CitationDraft named, TypeWord m)
    {
        if (named.IsNumbered || named.Name is null || named.Start >= m.Index || _tables.TypeByWord(m.Word(view)) is null) return false;
        var lead = NumberedCitationReader.NumberLead().Match(view.Folded, m.Index + m.Length);
        if (_symbols.ParseAt(view, lead.Index + lead.Length) is null
            && !(char.IsUpper(view.Normalized[m.Index]) && NumberedCitationReader.BareNumber().Match(view.Folded, m.Index + m.Length) is { Success: true } bare && (bare.Groups["so"].Success || DatedAfter(view.Folded, bare)))) return false;
        var cut = m.Index;
        while (cut > named.Start && view.Normalized[cut - 1] == ' ') cut--;
        // The name's date, issuer or subject read after it ("… Quyết định 505 ngày 22/4/2022 của Thủ tướng Chính phủ") lie
        // past the cut: they are the inner citation's, and the name keeps only its words before the cut.
        var nameAt = view.Normalized.IndexOf(named.Name, named.Start, StringComparison.Ordinal);
        // A citation inside the subject ("Kế hoạch … của UBND tỉnh về thực hiện Quyết định 505 ngày …"): the name, date
        // and issuer before it stay; the subject ends at it.
        if (nameAt >= 0 && nameAt + named.Name.Length < cut && nameAt + named.Name.Length < named.End)
            named.Subject = named.Subject is { } subject && view.Normalized.IndexOf(subject, named.Start, StringComparison.Ordinal) is var at and >= 0 && at < cut
                ? view.Normalized[at..cut].TrimEnd(' ', ',') : null;
        else if (nameAt >= 0 && nameAt < cut && nameAt + named.Name.Length < named.End)
        {
            named.Name = view.Normalized[nameAt..cut].TrimEnd();
            (named.Date, named.Issuer, named.Subject) = (null, null, null);
        }
        else named.Name = named.Name[..Math.Max(0, named.Name.Length - (named.End - cut))].TrimEnd();
        named.End = named.ScopeEnd = cut;
        return named.Name.Length > 0;
    }

    // " ngày 22/4/2022", " (ngày 18/7/2023": the bare number's tail opens with its date.
    private static bool DatedAfter(string f, Match bare) =>
        bare.Groups["then"].Success && f.AsSpan(bare.Groups["then"].Index).TrimStart(' ').TrimStart('(').StartsWith("ngay", StringComparison.Ordinal);

    // The header may take "số: 289-QĐ/TU" in "Căn cứ quyết định số: 289-QĐ/TU ..." for the plan's own number; a
    // number introduced by a type word inside a line is a citation all the same.
    private static bool IntroducedInText(TextView view, CitationDraft draft) =>
        draft.Symbol is not null && !view.IsLineStart(draft.Start);

    // "NQ", "BLHS" count in capitals only, as a word of their own: not "nq" in "11-nq/tw" nor "Nq" in a name.
    private static bool IsWrittenAbbreviation(TextView view, TypeWord m, TypeAbbreviation abbreviation)
    {
        var n = view.Normalized;
        if (m.Index > 0 && n[m.Index - 1] is '-' or '/' or '.' or '&') return false;
        return n.AsSpan(m.Index, m.Length).SequenceEqual(abbreviation.Written);
    }

    // "(gọi tắt là Quy chế thi)", "(sau đây viết tắt là Đề án)": the short name a text gives a document it has just cited
    // by name is a repeat of that citation (tests/corpus/README.md: every occurrence, short repeats included, cp-153). Only
    // after a citation by name of the same type in the same sentence: a short name for a plan that was not cited (one a
    // decision approves, ib-070) repeats nothing, and one made of the issuer alone ("Kế hoạch của huyện", pd-110) names
    // no document (rule 4 of the plans rule).
    [GeneratedRegex(@"\((?:sau day\x20)?(?:goi tat la|viet tat la|goi la)\x20", RegexOptions.CultureInvariant)]
    private static partial Regex ShortNameNote();

    private void AddShortNames(TextView view, List<CitationDraft> drafts, int maxCitations)
    {
        var (n, f) = (view.Normalized, view.Folded);
        if (drafts.Count == 0 || f.IndexOf(" tat la ", StringComparison.Ordinal) < 0 && f.IndexOf(" goi la ", StringComparison.Ordinal) < 0) return;
        var added = false;
        foreach (Match note in ShortNameNote().Matches(f))
        {
            if (drafts.Count >= maxCitations) break;
            var at = note.Index + note.Length;
            if (!char.IsUpper(n[at]) || _typeWords.MatchAt(f, at) is not { } word || _tables.TypeByWord(word) is not { } type) continue;
            var close = f.IndexOf(')', at, Math.Min(80, f.Length - at));
            if (close < 0 || f.AsSpan(at + word.Length).StartsWith(" cua ") || close <= at + word.Length) continue;
            var named = drafts.FindLast(d => d.End <= note.Index && d.Type.Id == type.Id && !d.IsNumbered);
            if (named is null || n.AsSpan(named.End, note.Index - named.End).IndexOfAny(";!?") >= 0
                || n.AsSpan(named.End, note.Index - named.End).Contains(". ", StringComparison.Ordinal)) continue;
            if (drafts.Any(d => d.Start < close && at < d.End)) continue;
            drafts.Add(new CitationDraft { Type = type, Start = at, End = close, ScopeEnd = close, Name = n[(at + word.Length)..close].Trim() });
            added = true;
        }
        if (added) drafts.Sort((a, b) => a.Start.CompareTo(b.Start));
    }

    // "Nghị quyết số: 41/NQ-ĐU, ngày 25/12/2018 Nghị quyết của Ban chấp hành Đảng uỷ về …": a naming of the same type
    // right after a numbered citation, with nothing between, restates it.
    private static bool RestatesPrevious(TextView view, List<CitationDraft> drafts, CitationDraft draft)
    {
        if (draft.IsNumbered || draft.NamesOneDocument || drafts.Count == 0) return false;
        var previous = drafts[^1];
        if (!previous.IsNumbered || previous.Type.Id != draft.Type.Id || previous.End > draft.Start) return false;
        foreach (var c in view.Folded.AsSpan(previous.End, draft.Start - previous.End)) if (c is not (' ' or ',')) return false;
        return true;
    }

    // A short form ("Chỉ thị 19", "NQ 124") stands for the document of the same type and serial cited in full in
    // the same text; its number stays as written, and ShortFormResolver links it to the full citation.
    private static void AddShortForms(List<CitationDraft> drafts, List<(CitationDraft Draft, bool NeedsFull)> shortForms, int maxCitations)
    {
        if (shortForms.Count == 0) return;
        var full = drafts.Where(d => d.IsNumbered).Concat(shortForms.Where(s => s.Draft.InBodyName).Select(s => s.Draft))
            .Select(d => (d.Type.Id, Serial: (d.Symbol?.Serial ?? d.BareNumber)!.TrimStart('0'))).ToHashSet();
        var covered = new SpanSet(drafts.Select(d => (d.Start, d.End)));
        var added = false;
        foreach (var (s, needsFull) in shortForms)
        {
            if (drafts.Count >= maxCitations) break;
            if (s.InBodyName || covered.Overlaps(s.Start, s.End)) continue;
            if (needsFull && !full.Contains((s.Type.Id, s.BareNumber!.Split('/')[0].TrimStart('0')))) continue;
            drafts.Add(s);
            added = true;
        }
        if (added) drafts.Sort((a, b) => a.Start.CompareTo(b.Start));
    }

    // "Căn cứ vào tình hình nhiệm vụ, Chương trình, Kế hoạch công tác của Thường trực Trung ương Hội năm 2019" (ja-024): two
    // capitalised type words before one name are two documents by that name (the list rule of tests/corpus/README.md:
    // the first one's text runs over both). "các Chương trình, Kế hoạch …" is plural and generic, no document.
    private void AddTypesSharingAName(TextView view, List<CitationDraft> drafts, int maxCitations)
    {
        var (f, n) = (view.Folded, view.Normalized);
        for (var i = drafts.Count - 1; i >= 0 && drafts.Count < maxCitations; i--)
        {
            var d = drafts[i];
            if (d.IsNumbered || d.Name is null || d.Start < 3) continue;
            var k = f.AsSpan(0, d.Start).EndsWith(", ") ? d.Start - 2 : f.AsSpan(0, d.Start).EndsWith(" va ") ? d.Start - 4 : -1;
            if (k <= 0 || !char.IsAsciiLetter(f[k - 1]) || (i > 0 && drafts[i - 1].End > k)) continue;
            for (var s = k - 1; s >= Math.Max(0, k - MaxTypeWordChars); s--)
            {
                if (s > 0 && f[s - 1] != ' ') continue;
                if (_typeWords.MatchAt(f, s) is not { } phrase || s + phrase.Length != k || !char.IsUpper(n[s])) continue;
                if (_tables.TypeByWord(phrase) is not { } type || type.Id == d.Type.Id || !type.NamedForms.Contains("subject")) break;
                var before = f.AsSpan(Math.Max(0, s - 24), Math.Min(24, s));
                if (_generic.EndBefore(before)) break;
                drafts.Insert(i, new CitationDraft
                {
                    Type = type, Name = d.Name, Issuer = d.Issuer, Date = d.Date, Start = s, End = d.End, ScopeEnd = d.ScopeEnd,
                    Relation = d.Relation, NamesOneDocument = d.NamesOneDocument, SharesItsName = true,
                });
                break;
            }
        }
    }

    private const int MaxTypeWordChars = 24;

    internal static bool Overlaps(IReadOnlyList<(int Start, int End)> spans, int start, int end)
    {
        foreach (var (s, e) in spans) if (start < e && s < end) return true;
        return false;
    }
}
