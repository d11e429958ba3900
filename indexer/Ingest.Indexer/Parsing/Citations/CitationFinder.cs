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
    private readonly CitationTailReader _tail;
    private readonly NamedCitationReader _named;
    private readonly PhraseMatcher _typeWords;
    private readonly PhraseMatcher _qualifiers;
    private readonly GluedTypeWords _glued;
    private readonly SelfNamedCitation _selfNamed;
    private readonly SeparatorLostSymbol _separatorLost;
    private readonly PartyCodeRepair _partyRepair;
    private readonly NamedBodyCode _namedBody;
    private readonly SluggedTypeWords _slugged;
    private readonly LowerCaseLawName _lowerCaseLaws;
    private readonly GluedAbbreviation _gluedAbbreviations;
    private readonly string[] _generic;
    private readonly string[] _notDocuments;
    private readonly string[] _notDocumentSpellings;
    private readonly string[] _selfBefore;
    private readonly string[] _drafting;
    private readonly string[] _reported;
    private readonly string[] _reportedAfterDate;
    private readonly LeadDateReader _leadDates;
    private readonly GluedCapitalTypeWords _gluedCapitals;
    private readonly string[] _adopting;
    private readonly ReportedNaming _reporting;
    private readonly IssuerReader _issuers;
    private readonly LowerCaseNaming _lowerCaseNaming;
    private readonly HashSet<string> _adoptedTypes;
    private readonly string[] _partsBefore;
    private readonly string[] _amending;
    private readonly string[] _foldedTypeWords;
    private readonly DraftedList _draftedList;
    private readonly TypeWordSpellings _spellings;
    private readonly SymbolCodes _codes;
    private readonly OwnNumberFilter _ownNumbers;
    private readonly ListedCitationReader _listed;

    public CitationFinder(DomainTables tables, SymbolParser symbols, IssuerReader issuers, LeadDateReader leadDates)
    {
        _tables = tables;
        _symbols = symbols;
        _tail = new CitationTailReader(issuers, tables.Phrases.ReportedIssuingBefore ?? []);
        _issuers = issuers;
        _named = new NamedCitationReader(tables, issuers);
        _spellings = new TypeWordSpellings(tables);
        _codes = new SymbolCodes(tables);
        _separatorLost = new SeparatorLostSymbol(tables, symbols);
        _partyRepair = new PartyCodeRepair(tables);
        _namedBody = new NamedBodyCode(tables);
        _slugged = new SluggedTypeWords(tables, symbols, _separatorLost);
        _typeWords = new PhraseMatcher(tables.FoldedCitableTypeWords().Concat(tables.FoldedAbbreviations()).Concat(_spellings.Spellings).Concat(_slugged.Spellings), afterDigit: true);
        _glued = new GluedTypeWords(tables);
        _gluedCapitals = new GluedCapitalTypeWords(_typeWords, tables);
        _selfNamed = new SelfNamedCitation(_typeWords, tables);
        _lowerCaseLaws = new LowerCaseLawName(tables);
        _lowerCaseNaming = new LowerCaseNaming(tables, issuers);
        _gluedAbbreviations = new GluedAbbreviation(tables);
        _qualifiers = new PhraseMatcher((tables.Phrases.TypeQualifiers ?? []).Select(TextFolding.FoldLoose));
        _generic = tables.Phrases.GenericDeterminers.Select(g => TextFolding.FoldLoose(g) + " ").ToArray();
        _notDocuments = tables.Phrases.NotDocuments.Select(TextFolding.FoldLoose).ToArray();
        _notDocumentSpellings = tables.Phrases.NotDocuments.Select(s => s.Normalize(System.Text.NormalizationForm.FormC).ToLowerInvariant()).ToArray();
        _selfBefore = tables.Phrases.SelfReferenceBefore.Select(s => TextFolding.FoldLoose(s) + " ").ToArray();
        _drafting = (tables.Phrases.DraftingBefore ?? []).Select(s => TextFolding.FoldLoose(s) + " ").ToArray();
        _reported = (tables.Phrases.ReportedIssuingBefore ?? []).Select(s => TextFolding.FoldLoose(s) + " ").ToArray();
        _reportedAfterDate = (tables.Phrases.ReportedIssuingAfterDate ?? []).Select(s => " " + TextFolding.FoldLoose(s) + " ").ToArray();
        _leadDates = leadDates;
        _adopting = (tables.Phrases.ReportedAdoptingBefore ?? []).Select(s => TextFolding.FoldLoose(s) + " ").ToArray();
        _adoptedTypes = (tables.Phrases.AdoptedDocumentTypes ?? []).ToHashSet(StringComparer.Ordinal);
        _reporting = new ReportedNaming(tables);
        _partsBefore = (tables.Phrases.DocumentPartsBefore ?? []).Select(s => " " + TextFolding.FoldLoose(s)).ToArray();
        _amending = (tables.Phrases.AmendingVerbsBefore ?? []).Select(s => TextFolding.FoldLoose(s) + " ").Distinct().ToArray();
        _foldedTypeWords = tables.FoldedCitableTypeWords().ToArray();
        _draftedList = new DraftedList(_drafting, _foldedTypeWords);
        _ownNumbers = new OwnNumberFilter(symbols, _selfNamed, _typeWords);
        _listed = new ListedCitationReader(tables, symbols, _tail, _typeWords, _codes);
    }

    // "số", "số:", "sô.", "so", OCR "s0" and "sẻ", doubled "SỐ SỐ" (a title typed twice over). Only a whole symbol
    // may follow, so "sẻ" here is never the word.
    // "s 170/2003/…": "số" that lost its "ố" with the other letters beyond Latin-1 (LostLetterSpellings).
    [GeneratedRegex(@"\G\x20?\(?(?:(?:so|s0|se|s(?=\x20\d))\x20?[:.]?\x20?(?:so\x20?[:.]?\x20?)?)?", RegexOptions.CultureInvariant)]
    private static partial Regex NumberLead();

    [GeneratedRegex(@"\G\x20?(?:so|s0)\x20?[:.]?\x20?", RegexOptions.CultureInvariant)]
    private static partial Regex NumberLeadAfterQualifier();

    // A bare number, then what makes it one document: "số" before it, a date, an issuer or a subject after it; the subject
    // may be the letter's own quoted "V/v" line ("công văn 327 “V/v làm rõ một số nội dung …”", ka-022). The date may stand
    // in a bracket ("theo Nghị quyết 20 (ngày 18/7/2023) và Nghị quyết 34 (ngày 20/12/2023 của HĐND huyện …)", kh-025).
    // A quoted subject right after the number is the subject as "về" opens it, after a capitalized type word only:
    // "Đề án 938 “Tuyên truyền, giáo dục, vận động, hỗ trợ phụ nữ …”; Đề án  939  “Hỗ trợ phụ nữ khởi nghiệp …”" (kz-073).
    [GeneratedRegex(@"\G\x20?(?:(?<so>so\x20?[:.]?)\x20?|\x20)(?<n>\d{1,5}(?:/(?:19|20)\d{2})?)(?![\d/_a-z-]|\.[a-z0-9])(?<then>\x20(?:(?:\(?ngay(?=\x20?\d)|cua|(?<about>ve))(?![a-z])|[“""]v/v\x20|\x20?(?<about>)[“""](?=[a-z])))?", RegexOptions.CultureInvariant)]
    private static partial Regex BareNumber();

    // "110/2018/-CP", "110/2018/n-cp": serial and year, then what is left of the type's code and the issuer's code.
    [GeneratedRegex(@"\G(?<n>\d{1,5}/(?:19|20)\d{2})\x20?/\x20?[a-z]?\x20?-\x20?(?<i>[a-z]{1,6})(?![a-z0-9&/-])", RegexOptions.CultureInvariant)]
    private static partial Regex LostTypeCode();

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
        var f = view.Folded;
        excluded = excluded.Where(span => _ownNumbers.IsHeaderLabel(view, span.Start)).ToList();
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
                draft = Slugged(view, slugType, m);
            }
            else if (_tables.AbbreviationByWord(spelled) is { } abbreviation)
            {
                if (!IsWrittenAbbreviation(view, m, abbreviation)) continue;
                draft = abbreviation.Name is not null ? NamedByAbbreviation(abbreviation, m)
                    : Numbered(view, abbreviation.Type, m, shortForms, abbreviated: true) ?? NamedAfterAbbreviation(view, abbreviation.Type, m)
                        ?? CongressRepeat(view, abbreviation.Type, m, drafts, abbreviated: true);
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
                draft = Numbered(view, type, m, shortForms, abbreviated: false) ?? Named(view, type, m, ownTitleFolded, drafts.Count > 0 ? drafts[^1] : null)
                    ?? CongressRepeat(view, type, m, drafts);
            }
            if (draft is null || (Overlaps(excluded, draft.Start, draft.End) && !IntroducedInText(view, draft)
                && !IssuerOnNumberLine.Names(view, draft))) continue;
            if (insideName && !(draft.NamesOneDocument && !draft.IsNumbered)) continue;
            if (CommitteeName.Before(f, draft.Start)) continue; // "Ban Chỉ đạo thực hiện Nghị quyết số 57-NQ/TW": a body's name
            if (RestatesPrevious(view, drafts, draft)) continue;
            drafts.Add(draft);
            if (draft.Symbol is not null) _listed.AddListed(view, draft, drafts, maxCitations);
        }
        AddBareSymbols(view, drafts, excluded, maxCitations);
        AddColumnSplitSymbols(view, drafts, excluded, maxCitations);
        ListedSymbolsDate.Apply(view, drafts);
        MisreadSymbolYear.Apply(drafts);
        AddSluggedAfterNumberWord(view, drafts, excluded, maxCitations);
        shortForms.AddRange(_gluedAbbreviations.FindAll(view)); // "QĐ22", only beside its full citation; "TT36/2017" alone
        shortForms.Sort((a, b) => a.Draft.Start.CompareTo(b.Draft.Start));
        AddShortForms(drafts, shortForms, maxCitations);
        AddShortNames(view, drafts, maxCitations);
        AddTypesSharingAName(view, drafts, maxCitations);
        PopularName.Apply(view, drafts);
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
    // trình hành động thực hiện Nghị quyết số 71 của Bộ Chính trị về …", jl-065).
    private bool EndsNameBefore(TextView view, CitationDraft named, TypeWord m)
    {
        if (named.IsNumbered || named.Name is null || named.Start >= m.Index || _tables.TypeByWord(m.Word(view)) is null) return false;
        var lead = NumberLead().Match(view.Folded, m.Index + m.Length);
        if (_symbols.ParseAt(view, lead.Index + lead.Length) is null
            && !(char.IsUpper(view.Normalized[m.Index]) && BareNumber().Match(view.Folded, m.Index + m.Length) is { Success: true } bare && bare.Groups["so"].Success)) return false;
        var cut = m.Index;
        while (cut > named.Start && view.Normalized[cut - 1] == ' ') cut--;
        named.Name = named.Name[..Math.Max(0, named.Name.Length - (named.End - cut))].TrimEnd();
        named.End = named.ScopeEnd = cut;
        return named.Name.Length > 0;
    }

    // "-Nghị        định      số" / "1                                  Một phần   nhận nơi thường" (jt-ubnd-tra-vinh-qd-2025-225-pdf):
    // a PDF table's lines interleave its columns, and a number at a line's head with a column's gap after it is the row's
    // number (STT), not the number the cell above wrapped before.
    // The view folds whitespace into one space: the gap is read in the original text.
    private static bool TableRowNumber(TextView view, int at, int length)
    {
        if (!view.IsLineStart(at)) return false;
        var end = view.ToOriginal(at + length - 1) + 1;
        return end + ColumnGap <= view.Original.Length && view.Original.AsSpan(end, ColumnGap).IndexOfAnyExcept(' ') < 0;
    }

    // Spaces that part a table's columns, not words.
    private const int ColumnGap = 3;

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

    private CitationDraft NamedByAbbreviation(TypeAbbreviation abbreviation, TypeWord m) => new()
    {
        Type = abbreviation.Type,
        Name = abbreviation.Name,
        Issuer = abbreviation.Type.DefaultIssuer,
        Start = m.Index,
        End = m.Index + m.Length,
        ScopeEnd = m.Index + m.Length,
    };

    // "NQ TW 5 khóa 13", "NQ Đại hội Đảng bộ huyện" (mk-010, a district Party committee's report in a provincial paper):
    // a resolution named by its plenum, congress or session, or by the body that adopted it, as the whole type word
    // names it.
    private CitationDraft? NamedAfterAbbreviation(TextView view, DocumentTypeRow type, TypeWord m)
    {
        var draft = new CitationDraft { Type = type, Start = m.Index, End = m.Index + m.Length };
        if (!_named.TryRead(view, draft, m.Index + m.Length)) return null;
        draft.ScopeEnd = draft.End;
        return draft;
    }

    // "Công văn 1731-BHXH-GĐĐT" (ip-046): a công văn is numbered number/ISSUER-UNIT (Nghị định 30/2020/NĐ-CP), so after its
    // type word a serial, an issuer's code and a unit's code joined by hyphens only is that number with its slash typed as
    // a hyphen; a number of the old style carries one code ("196-HĐBT").
    private static DocumentSymbol? HyphenedLetterNumber(DocumentSymbol symbol)
    {
        if (symbol is not { TypeCode: null, Party: false, Year: null, IssuerCodes.Count: 2 }) return null;
        var serial = symbol.Serial.Length;
        if (symbol.Number.Length <= serial || symbol.Number[serial] != '-') return null;
        return symbol with { Number = symbol.Serial + "/" + string.Join('-', symbol.IssuerCodes), Repaired = true };
    }

    // "theo Luật\n\n      79\n\fsố 12/2017/QH14" (ip-008, text of a PDF): a page's number and its form feed between a type
    // word and its "số" are the page's, read through (tests/corpus/README.md, the ip- batch). Only a number of up to four
    // digits alone on its line, a form feed after it in the original text, then "số" or the symbol.
    private static int PastPageBreak(TextView view, int after)
    {
        var f = view.Folded;
        if (after + 2 >= f.Length || f[after] != ' ' || !char.IsAsciiDigit(f[after + 1]) || !view.IsLineStart(after + 1)) return after;
        var k = after + 1;
        while (k < f.Length && k - after <= 4 && char.IsAsciiDigit(f[k])) k++;
        if (k >= f.Length || f[k] != ' ' || k - after > 4) return after;
        // The whitespace the view folds into that one space, in the original: from the page number's last digit to the next word.
        var from = view.ToOriginal(k - 1) + 1;
        var to = view.ToOriginal(k + 1);
        return to > from && view.Original.AsSpan(from, to - from).IndexOf('\f') >= 0 ? k : after;
    }

    // The symbol whose department's code the OCR damaged ("Tờ trình số 06/TTr-\nSGŒTYT"), confirmed by the Sở the
    // sentence names around it (NamedBodyCode), in the sentence before the type word or the clause after the symbol.
    private (DocumentSymbol Symbol, int End)? DepartmentCodeCut(TextView view, int typeWordStart, int at) =>
        _symbols.ParseCutByUnreadLetterAt(view, at) is { } cut
        && _namedBody.ConfirmCut(cut.Symbol, cut.Letters, view, typeWordStart - NamedBodyCode.ClauseReach, cut.End + NamedBodyCode.ClauseReach) is { } confirmed
            ? (confirmed, cut.End) : null;

    private CitationDraft? Numbered(TextView view, DocumentTypeRow type, TypeWord m, List<(CitationDraft Draft, bool NeedsFull)> shortForms, bool abbreviated)
    {
        var f = view.Folded;
        var after = PastPageBreak(view, m.Index + m.Length);
        var lead = NumberLead().Match(f, after);
        var at = lead.Index + lead.Length;
        var bareFrom = after;
        // "Công văn khẩn số 1052/UBND-VX", "Văn bản thẩm định số 312/STP-KSTT": a qualifier, then "số" and a number.
        // Qualifiers may follow one another: "Kế hoạch phối hợp liên ngành số 411/KHLN/…" (ia-019).
        var qualified = after;
        for (var n = 0; n < 3 && !abbreviated && lead.Length <= 1 && qualified + 1 < f.Length && f[qualified] == ' '
            && _qualifiers.MatchAt(f, qualified + 1) is { } q; n++)
        {
            qualified += 1 + q.Length;
            var again = NumberLeadAfterQualifier().Match(f, qualified);
            if (again.Success)
            {
                at = again.Index + again.Length;
                bareFrom = qualified;
                break;
            }
        }
        if (PageNumberLine.Past(view, at) is var paged && paged != at && _symbols.ParseAt(view, paged) is not null) at = paged;
        if ((_symbols.ParseAt(view, at) ?? _symbols.ParseSplitAt(view, at) ?? _symbols.ParseSpacedYearAt(view, at)
            ?? _symbols.ParseDoubledSlashAt(view, at) ?? _symbols.ParseDigitForLetterAt(view, at)
            ?? _symbols.ParseStrayYearDigitAt(view, at) ?? MarkBeforeSerial.ParseAt(view, at, lead.Length > 1, _symbols, _tables)
            ?? DepartmentCodeCut(view, m.Index, at)) is { } parsed)
        {
            if (type.Id == "cong-van" && HyphenedLetterNumber(parsed.Symbol) is { } letter) parsed = (letter, parsed.End);
            else if (!abbreviated && _symbols.TypedByWord(parsed.Symbol, type.StateCodes) is { } typed) parsed = (typed, parsed.End);
            var draft = new CitationDraft { Type = _codes.RefineType(type, parsed.Symbol), Symbol = parsed.Symbol, Start = m.Index };
            _tail.Read(view, draft, parsed.End, _codes.IssuerNameFromCode(parsed.Symbol));
            var confirmed = _namedBody.Repair(_symbols.ConfirmedByIssuer(parsed.Symbol, draft.Issuer), view, parsed.End);
            draft.Symbol = _partyRepair.Repair(confirmed, type, draft.Issuer);
            return draft;
        }
        // "Thông tư số 30/2024/TT-" with "BGDĐT" in the rows below (ColumnSplitSymbol): the date and issuer follow the
        // tail; the citation's span stays on the piece's line, so the cells between are read for their own citations.
        if (!abbreviated && ColumnSplitSymbol.ParseAt(view, at, _symbols) is { } split)
        {
            var draft = new CitationDraft { Type = _codes.RefineType(type, split.Symbol), Symbol = split.Symbol, Start = m.Index };
            _tail.Read(view, draft, split.TailEnd, _codes.IssuerNameFromCode(split.Symbol));
            draft.End = draft.ScopeEnd = split.PieceEnd;
            return draft;
        }
        if (!abbreviated && _separatorLost.ParseAt(f, at, type) is { } slug)
        {
            var kept = type.Id is "cong-van" && slug.Symbol.Year is null; // "cong van 73658 ct ttht": Cục Thuế's code, not a Chỉ thị's
            var draft = new CitationDraft { Type = kept ? type : _codes.RefineType(type, slug.Symbol), Symbol = slug.Symbol, Start = m.Index };
            _tail.Read(view, draft, slug.End, _codes.IssuerNameFromCode(slug.Symbol));
            return draft;
        }
        // "Nghị định số 110/2018/-CP", "110/2018/N-CP": the type's own code lost a letter or all of it ("Đ" dropped by
        // a font or an encoding) while the issuer's part of the code every document of the type carries survives.
        if (!abbreviated && LostTypeCode().Match(f, at) is { Success: true } lost && _symbols.Implied(lost.Groups["n"].Value, type.Id) is { } implied
            && implied.IssuerCodes.Count == 1 && lost.Groups["i"].Value == TextFolding.FoldLoose(implied.IssuerCodes[0]))
        {
            var draft = new CitationDraft { Type = type, Symbol = implied with { Repaired = true }, Start = m.Index };
            _tail.Read(view, draft, lost.Index + lost.Length, _codes.IssuerNameFromCode(implied));
            return draft;
        }
        if (lead.Length > 1 && CodeFirstNumber.ParseAt(view, at) is { } company)
        {
            var draft = new CitationDraft { Type = type, Symbol = company.Symbol, Start = m.Index };
            _tail.Read(view, draft, company.End, null);
            return draft;
        }
        if (!abbreviated && CutShortSymbol.ParseAt(view, at, lead.Length > 1, _tables) is { } cut)
        {
            var draft = new CitationDraft { Type = type, Symbol = cut.Symbol, Start = m.Index };
            _tail.Read(view, draft, cut.End, _codes.IssuerNameFromCode(cut.Symbol));
            return draft;
        }
        if (!abbreviated && BlankNumber(view, type, m, at) is { } blank) return blank;
        var bare = BareNumber().Match(f, bareFrom);
        if (!bare.Success) return null;
        var number = bare.Groups["n"];
        if (TableRowNumber(view, number.Index, number.Length)) return null;
        if (!bare.Groups["so"].Success && ListItemMark.Opens(view, number.Index, number.Length)) return null;
        // "Ban Chỉ đạo … chuyển đổi số và Đề án 06": a body's name, no citation, but the text's name for that document.
        if (BodyNameTail.Ends(f, m.Index))
        {
            var named = new CitationDraft { Type = type, BareNumber = number.Value, Start = m.Index, InBodyName = true };
            named.End = named.ScopeEnd = number.Index + number.Length;
            shortForms.Add((named, true));
            return null;
        }
        var shortForm = new CitationDraft { Type = type, BareNumber = number.Value, Start = m.Index };
        // "Chỉ thị số 34" or "Chỉ thị 34 ngày/của ...": a number alone counts with "số" or a date or issuer after
        // it. "Thông tư 04", "NQ 124" count only as short forms of a document cited in full in the same text, so
        // "Kế hoạch 5 năm" stays a period, not a citation.
        // "Nghị định số 41/2012 ngày 08/5/2012": a type only one body issues, numbered by the Law on legal documents,
        // has one possible code (impliedCode in document-types.json), so the serial and year name one document. The
        // number stays as written ("41/2012", tests/corpus/README.md); the whole symbol 41/2012/NĐ-CP keys it.
        if (_symbols.Implied(number.Value, type.Id) is { } whole)
        {
            var draft = new CitationDraft { Type = type, BareNumber = number.Value, ImpliedSymbol = whole, Start = m.Index };
            _tail.Read(view, draft, number.Index + number.Length, _codes.IssuerNameFromCode(whole));
            return draft;
        }
        // "Dự án 4 của Chương trình": what follows "của" is a document, not a body; the number counts a part of it.
        if (!bare.Groups["so"].Success && bare.Groups["then"].Success && f.AsSpan(bare.Groups["then"].Index).StartsWith(" cua ")
            && _typeWords.MatchAt(f, bare.Groups["then"].Index + 5) is not null) return null;
        // "ban hành Đề án 02 về “Tiếp tục đổi mới …”" (hz-048): a capitalized type word, a number and the subject
        // of the document name one document, as "số", a date or an issuer after the number do.
        var then = bare.Groups["then"].Success && !(bare.Groups["about"].Success && !char.IsUpper(view.Normalized[m.Index]));
        // "thông tư sửa đổi thông tư 09", "thay thế quyết định số 48": what an amending verb acts on is one document.
        then |= !abbreviated && !FollowedByUnit(f, number.Index + number.Length) && AfterAmendingVerb(f, m.Index);
        // "theo thông tư 09/2020": a serial with its year names one document of a type known by its number (numberAlone),
        // in lower case too, as "năm 2020" after it does (SerialYear below); "kế hoạch 5/2020" may be a month's plan.
        then |= !abbreviated && type.NumberAlone && number.Value.Contains('/');
        if (!abbreviated && (bare.Groups["so"].Success || then))
        {
            _tail.Read(view, shortForm, number.Index + number.Length, null);
            return shortForm;
        }
        // "(Nguồn CV số 3314 của UBND huyện)": an abbreviation with "số", a date or an issuer is still only the short
        // form of a document the same text cites in full.
        // "Điều 10 của TT 22", "Điều 17 TT 22" (kz-063): an article belongs to one document, so the abbreviation and
        // number after it name that document, as "số" and an issuer do after a type word written in full.
        if (abbreviated && ArticleOwner.Follows(f, m.Index))
        {
            _tail.Read(view, shortForm, number.Index + number.Length, null);
            return shortForm;
        }
        if (abbreviated && (bare.Groups["so"].Success || then))
        {
            _tail.Read(view, shortForm, number.Index + number.Length, null);
            // "Thực hiện CV số 985 của Phòng giáo dục và đào tạo Sông Công ngày 16/12/2021 về việc …" (kw-021): with "số",
            // its issuer and its date the abbreviation names one document, as the type word in full does with any of them.
            if (bare.Groups["so"].Success && shortForm.Issuer is not null && shortForm.Date is not null) return shortForm;
            shortForms.Add((shortForm, true));
            return null;
        }
        shortForm.End = shortForm.ScopeEnd = number.Index + number.Length;
        // "Công văn 5580 năm 2016", "Thông tư 22 năm 2008": a serial with the year of issue names one document of its
        // type, as a date after it would; "Kế hoạch 5 năm 2021-2025" is a period (one digit, a range after).
        if (!abbreviated && !then && number.Length >= 2 && !number.Value.Contains('/')
            && SerialYear().Match(f, shortForm.End) is { Success: true } year)
        {
            shortForm.End = shortForm.ScopeEnd = year.Index + year.Length;
            return shortForm;
        }
        // "Nghị quyết 66 yêu cầu ...", "Quy định 144": a capitalized type word whose documents are known by number
        // alone (numberAlone in document-types.json) counts by itself; others only beside a full citation.
        if (!then && !FollowedByUnit(f, shortForm.End))
        {
            shortForms.Add((shortForm, abbreviated || !type.NumberAlone || !char.IsUpper(view.Normalized[m.Index])));
        }
        return null;
    }

    // "(Ban hành kèm theo Hướng dẫn số ...../LĐTBXH ngày ..../01/2005 của Sở …)", "xem xét tờ trình số …../TTr-UBND ngày …..
    // tháng ….. năm ….. của Ủy ban nhân dân xã …": a form or a draft names one document whose number and date are left as
    // dots to fill in, its codes written. It is a citation by name (tests/corpus/README.md, ij- rule: number and date
    // null), its text running over the blank date to the issuer. A number left empty with no dots ("Nghị định số
    // /2021/NĐ-CP" of a draft) marks a document not yet issued, and is not read.
    [GeneratedRegex(@"\G(?:[.…_]\x20?){0,16}/\x20?[a-z0-9&]+(?:[-/.][a-z0-9&]+)*", RegexOptions.CultureInvariant)]
    private static partial Regex DottedBlankNumber();

    // The blank date after it: "ngày . tháng 11 năm 2013", "ngày ..../01/2005", "ngày ….. tháng ….. năm …..".
    [GeneratedRegex(@"\G,?\x20ngay(?:\x20?[.…_/0-9]+)+(?:\x20thang(?:\x20?[.…_/0-9]+)+)?(?:\x20nam(?:\x20?[.…_0-9]+)+)?", RegexOptions.CultureInvariant)]
    private static partial Regex DottedBlankDate();

    private CitationDraft? BlankNumber(TextView view, DocumentTypeRow type, TypeWord m, int at)
    {
        // "số ./QĐ-UBND": the number lead may have taken the one dot left.
        var f = view.Folded;
        if (at <= m.Index + m.Length + 1 || at >= f.Length || f[at] is not ('.' or '…' or '_') && !(f[at] == '/' && f[at - 1] == '.')) return null;
        // "QUYẾT ĐỊNH" / "Số: ……/QĐ-UBND": a header's own blank number line under its heading cites nothing.
        for (var k = m.Index + m.Length; k <= at; k++) if (view.IsLineStart(k)) return null;
        var blank = DottedBlankNumber().Match(f, at);
        if (!blank.Success) return null;
        var draft = new CitationDraft { Type = type, Start = m.Index, End = blank.Index + blank.Length };
        var end = draft.End;
        var date = DottedBlankDate().Match(f, end);
        if (date.Success) end = date.Index + date.Length;
        _tail.Read(view, draft, end, null);
        draft.Date = null;
        if (draft.End < end) draft.End = draft.ScopeEnd = end;
        return MoreBlanksAfter(f, draft.End) ? null : draft;
    }

    // "Theo Nghị quyết số ....../NQ-UBBC ngày...... tháng...... năm …. của Ủy ban bầu cử (1)........ thì đơn vị bầu cử
    // số....... được bầu", "Căn cứ Chỉ thị số .../CT-UBND … của Chủ tịch Ủy ban nhân dân …………………": a form's sentence with
    // more blanks after the reference is filled in by each user, so its blank names no one document (the ik- rule, iq-030,
    // iq-031); a single blank reference ("(Ban hành kèm theo Hướng dẫn số ...../LĐTBXH ngày ..../01/2005 của Sở …)", the
    // ij- rule, or dc-164's tờ trình) names one. A blank is a run of four dots or more, within the clause (up to ';' or
    // the line's end).
    private static bool MoreBlanksAfter(string f, int from)
    {
        var run = 0;
        for (var k = from; k < f.Length && k < from + 200 && f[k] is not (';' or '\n'); k++)
        {
            run = f[k] is '.' or '…' or '_' ? run + 1 : 0;
            if (run >= 4) return true;
        }
        return false;
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

    // "quyet-dinh-4308-qd-byt": a slug's type word cites only with the whole symbol after it (SluggedTypeWords); a
    // công văn's codes read so stay a công văn's, though its issuer's code may look like a type code ("CT-TTHT").
    private CitationDraft? Slugged(TextView view, DocumentTypeRow type, TypeWord m)
    {
        if (_slugged.SymbolAfter(view, type, m.Index + m.Length) is not { } slug) return null;
        var kept = type.Id is "cong-van" && slug.Symbol.Year is null;
        var draft = new CitationDraft { Type = kept ? type : _codes.RefineType(type, slug.Symbol), Symbol = slug.Symbol, Start = m.Index };
        _tail.Read(view, draft, slug.End, _codes.IssuerNameFromCode(slug.Symbol));
        return draft;
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

    private bool AfterAmendingVerb(string f, int start)
    {
        var before = f.AsSpan(Math.Max(0, start - 16), Math.Min(16, start));
        foreach (var v in _amending)
            if (before.EndsWith(v) && (before.Length == v.Length || before[^(v.Length + 1)] is ' ' or ',')) return true;
        return false;
    }

    // "Kế hoạch 5 năm", "Chỉ thị 2 tháng": a quantity, never a short form. "Thông tư 22 quy định về khen thưởng …"
    // (kz-062): the verb "quy định" (prescribes) folds as the quarter "quý" does, and is what the document does.
    private static bool FollowedByUnit(string f, int end)
    {
        var rest = f.AsSpan(end);
        if (rest.StartsWith(" quy dinh")) return false;
        foreach (var unit in (ReadOnlySpan<string>)[" nam", " thang", " ngay", " tuan", " quy", " %", "%"])
            if (rest.StartsWith(unit) && (rest.Length == unit.Length || !char.IsAsciiLetter(rest[unit.Length]))) return true;
        return false;
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

    private CitationDraft? Named(TextView view, DocumentTypeRow type, TypeWord m, string? ownTitleFolded, CitationDraft? previous)
    {
        if (type.NamedForms.Count == 0 && !ReportedBefore(view, type, m.Index) && !ReportedInList(view.Folded, type, m.Index, previous)
            && !_reporting.IsAnnounced(view.Folded, m.Index))
            return char.IsUpper(view.Normalized[m.Index]) ? OfIssuerAbout(view, type, m, ownTitleFolded) : _lowerCaseNaming.Read(view, type, m.Index, m.Index + m.Length, ActedBefore(view, type, m.Index));
        var n = view.Normalized;
        // "kế hoạch năm 2021", "pháp luật": generic or a plain word; but "nghị quyết hội nghị TW IV khóa XII" names one.
        if (!char.IsUpper(n[m.Index])) return NamedInLowerCase(view, type, m);
        var f = view.Folded;
        var before = f.AsSpan(Math.Max(0, m.Index - 24), Math.Min(24, m.Index));
        foreach (var g in _generic) if (before.EndsWith(g)) return null; // "các Nghị quyết của Quốc hội"
        if (InGenericList(before)) return null; // "các Chỉ thị, Nghị quyết của Đảng về …"
        if (SpelledCounts.CountedBefore(view, m.Index) && !SpelledCounts.ListsItsNumbers(view.Folded, m.Index + m.Length)) return null; // "ba Nghị quyết của Trung ương Hội …"
        // "Luật sư", not "Luật sửa đổi"; "luật gia" (a jurist) is no document, "Luật giá" (the law on prices) is: the
        // marks written decide, a text without marks reads as the common noun.
        for (var k = 0; k < _notDocuments.Length; k++)
            if (StartsWithWord(f, m.Index, _notDocuments[k]) && WrittenMarks.Agree(n, m.Index, _notDocuments[k].Length, _notDocumentSpellings[k])) return null;
        if (f.AsSpan(m.Index + m.Length).StartsWith(" nay")) return null; // "Kế hoạch này": the plan itself
        if (SerialThenName(view, type, m) is { } serialNamed) return BodyNameTail.Ends(f, m.Index) ? null : serialNamed;
        if (!type.KeptInSubjects && _draftedList.Governs(f, m.Index)) return null;
        var draft = new CitationDraft { Type = type, Start = m.Index, End = m.Index + m.Length };
        if (!_named.TryRead(view, draft, m.Index + m.Length))
            return Reported(view, type, m, previous) ?? CarriesOut(view, type, m, ownTitleFolded) ?? OfIssuerAbout(view, type, m, ownTitleFolded);
        // "Luật Tiếp công dân số 42/2013/QH13 ngày 25/11/2013", "Pháp lệnh Ưu đãi người có công với cách mạng số
        // 26/2005/PL-UBTVQH11": a law named, then numbered, the name running on to the number.
        // A "và" inside the name ("Luật Bầu cử đại biểu Quốc hội và đại biểu Hội đồng nhân dân số 85/2015/QH13") is
        // kept only before a law's own number (number/year/CODE, no type code), which no other document carries.
        var numbered = LawNumber().Match(view.Folded, draft.End);
        var loose = numbered.Success && (numbered.Groups["bare"].Success || LooseName(view.Folded.AsSpan(numbered.Index, numbered.Length)));
        if (numbered.Success && type.NamedForms.Contains("law") && !_typeWords.Matches(view.Folded.Substring(numbered.Index, numbered.Length)).Any()
            && _symbols.ParseAt(view, numbered.Index + numbered.Length) is { } law && law.Symbol.TypeCode is null
            && (!loose || law.Symbol.Year is not null && !LeavesName(view.Folded.AsSpan(numbered.Index, numbered.Length))))
        {
            draft.Symbol = law.Symbol;
            _tail.Read(view, draft, law.End, _codes.IssuerNameFromCode(law.Symbol));
            return draft;
        }
        _tail.ReadDate(view, draft); // "Luật Thi đua, khen thưởng ngày 26/11/2003"
        if (!draft.NamesOneDocument && IsSelfReference(view, draft, m.Index, ownTitleFolded)) return null;
        // "thảo luận xây dựng Nghị quyết Đại hội về phương hướng …" (hz-025): a congress's resolution still being
        // drafted is no document yet (tests/corpus/README.md: plans still to be written).
        if (draft.NamesOneDocument && IsDrafted(view, m.Index)) return null;
        if (draft.Issuer is null && type.DefaultIssuer is not null) draft.Issuer = type.DefaultIssuer;
        draft.ScopeEnd = draft.End;
        return draft;
    }

    // "… thực hiện Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng, góp phần sớm đưa Nghị quyết Đại hội vào
    // cuộc sống" (cp-064): "Nghị quyết Đại hội" with no congress after it (capitals on both) repeats the congress resolution the text has
    // cited, as "Chỉ thị 19" repeats 19/CT-TTg; it takes that one's name, so both key alike. Only where the sentence
    // goes on at once ("vào", "đã", a comma): "Nghị quyết Đại hội đảng bộ các cấp" is many, "thảo luận xây dựng Nghị
    // quyết Đại hội về …" (hz-025) one still drafted.
    // "theo NQ Đại hội Đảng bộ huyện đề ra" (mk-010): the abbreviation, in capitals as it is always written, names it as
    // the type word does; whether it is a heading is then told by "Đại hội".
    private CitationDraft? CongressRepeat(TextView view, DocumentTypeRow type, TypeWord m, List<CitationDraft> drafts, bool abbreviated = false)
    {
        var (n, f) = (view.Normalized, view.Folded);
        var p = m.Index + m.Length;
        if (!type.NamedForms.Contains("congress") || !char.IsUpper(n[m.Index]) || !f.AsSpan(p).StartsWith(" dai hoi") || !char.IsUpper(n[p + 1])) return null;
        var end = p + 8;
        // "theo tinh thần Nghị quyết Đại hội Đảng bộ tỉnh." (je-007), "… tổ chức thực hiện Nghị quyết Đại hội đại biểu Đảng
        // bộ xã." (hz-043): one Party committee's congress named by its level alone, where the clause ends, is the one that
        // committee last held, as "Nghị quyết Đại hội" alone is; "Đảng bộ tỉnh, huyện" or "Đảng bộ các cấp" are many. So is
        // the text's own committee or mass organisation where the sentence goes on ("chỉ tiêu Nghị quyết Đại hội Đảng bộ đề
        // ra", kl-034; "chỉ tiêu thực hiện Nghị quyết Đại hội đại biểu phụ nữ xã đạt và vượt", kl-021).
        if (CommitteeLevel().Match(f, end) is { Success: true } level)
        {
            end = level.Index + level.Length;
            if (end < f.Length && f[end] is not ('.' or ';') && !CongressRepeatGoesOn().IsMatch(f, end) && !CongressListGoesOn().IsMatch(f, end)) return null;
        }
        else if (end < f.Length && !(f[end] is ',' or '.' or ';' or ')' || CongressRepeatGoesOn().IsMatch(f, end))) return null;
        CitationDraft? congress = null;
        for (var i = drafts.Count - 1; i >= 0 && congress is null; i--)
            if (drafts[i].NamesOneDocument && drafts[i].Type.Id == type.Id && drafts[i].Name is { } name && TextFolding.FoldLoose(name).Contains("dai hoi", StringComparison.Ordinal))
                congress = drafts[i];
        if (IsDrafted(view, m.Index)) return null;
        // "tất cả các chỉ tiêu đạt và vượt mục tiêu Nghị quyết Đại hội." (it-027, news of a commune Party congress): with
        // no congress cited before, it is the resolution of the congress the text reports, cited by name all the same
        // (tests/corpus/README.md, the `ii-` and `it-` rules); its name is the one written.
        // A heading in capitals ("NGHỊ QUYẾT ĐẠI HỘI") is a title, the text's own.
        if (congress is null)
            return !char.IsLower(n[abbreviated ? p + 2 : m.Index + 1]) ? null : new CitationDraft { Type = type, Start = m.Index, End = end, ScopeEnd = end, Name = n[(p + 1)..end], NamesOneDocument = true };
        return new CitationDraft { Type = type, Start = m.Index, End = end, ScopeEnd = end, Name = congress.Name, Issuer = congress.Issuer, NamesOneDocument = true };
    }

    [GeneratedRegex(@"\G\x20(?:vao|di|da|de ra|va|dat)(?![a-z])", RegexOptions.CultureInvariant)]
    private static partial Regex CongressRepeatGoesOn();

    // "bám sát sự chỉ đạo, hướng dẫn của Thành ủy; Nghị quyết Đại hội Đảng bộ huyện, tích cực nghiên cứu, học hỏi …" (lz-009,
    // phuxuyen.hanoi.gov.vn): a comma that goes on to the sentence's next phrase ends the one committee's congress; a comma
    // before another level or a plural ("Đảng bộ tỉnh, huyện", "Đảng bộ xã, thị trấn", "…, các cấp") lists many.
    [GeneratedRegex(@"\G,\x20(?!(?:tinh|thanh pho|huyen|quan|thi xa|xa|phuong|thi tran|cac|co so|chi bo|dang bo|cap)(?![a-z]))[a-z]", RegexOptions.CultureInvariant)]
    private static partial Regex CongressListGoesOn();

    // The body whose congress it was: a Party committee, or a mass organisation whose congress takes its members' name
    // ("Đại hội đại biểu phụ nữ xã", "Đại hội Hội Nông dân huyện"), with its level if written.
    [GeneratedRegex(@"\G(?:\x20dai bieu)?\x20(?:dang bo|phu nu|hoi (?:lien hiep phu nu|nong dan|cuu chien binh))(?:\x20(?:tinh|thanh pho|huyen|quan|thi xa|xa|phuong|thi tran))?(?![a-z])", RegexOptions.CultureInvariant)]
    private static partial Regex CommitteeLevel();

    // "tổng kết Đề án 1366 nhân rộng mô hình …", "Đề án 165 đào tạo cán bộ …": a capitalized type word, a serial and the
    // document's subject name one document by its number, as "Đề án 02 về …" does (tests/corpus/README.md, ie- rule:
    // "Đề án 1366" keeps "1366"); the citation is the short form, the subject its description. A year ("Kế hoạch 2025
    // …") or a count ("Đề án 300 tỷ đồng", "Kế hoạch 100 ngày") is no serial; a serial of one digit or two without a
    // leading zero is too often a count ("Chương trình 12 nhiệm vụ") to name a document by itself.
    private CitationDraft? SerialThenName(TextView view, DocumentTypeRow type, TypeWord m)
    {
        var f = view.Folded;
        var serial = SerialBeforeName().Match(f, m.Index + m.Length);
        if (!serial.Success) return null;
        var number = serial.Groups["n"];
        if (number.Length == 2 && number.Value[0] != '0' || number.Length == 4 && number.Value[..2] is "19" or "20") return null;
        var after = number.Index + number.Length;
        if (FollowedByUnit(f, after) || FollowedByQuantity(f, after) || !char.IsLower(view.Normalized[after + 1]) || IsDrafted(view, m.Index)) return null;
        return new CitationDraft { Type = type, BareNumber = number.Value, Start = m.Index, End = after, ScopeEnd = after };
    }

    [GeneratedRegex(@"\G\x20(?<n>\d{2,5})\x20(?=[a-z])", RegexOptions.CultureInvariant)]
    private static partial Regex SerialBeforeName();

    // Words that make a number a quantity: money, people, households, area, and how many items a plan lists.
    private static readonly string[] Quantities = [" ty", " trieu", " nghin", " ngan", " dong", " nguoi", " ho", " ha", " km", " tan", " lan",
        " nhiem vu", " muc tieu", " chi tieu", " giai phap", " noi dung", " du an", " xa", " thon", " truong", " hoc sinh"];

    private static bool FollowedByQuantity(string f, int end)
    {
        var rest = f.AsSpan(end);
        foreach (var q in Quantities)
            if (rest.StartsWith(q) && (rest.Length == q.Length || !char.IsAsciiLetter(rest[q.Length]))) return true;
        return false;
    }

    // "UBND tỉnh vừa có Công điện về việc đẩy nhanh …", "vừa ban hành Kế hoạch sắp xếp đơn vị hành chính cấp huyện, cấp
    // xã …": any document named by its type and subject, with no number, where the sentence reports that another body
    // issued it (reportedIssuingBefore), is a citation by name; its text runs over the subject (tests/corpus/README.md,
    // decided with the ie- batch). The subject is the clause after the type word, up to a bracket, a purpose ("nhằm")
    // or, where it is a quoted title, its closing quote; a type word with no subject ("của UBND tỉnh", "năm 2021",
    // "này", a number) names no one document.
    private CitationDraft? Reported(TextView view, DocumentTypeRow type, TypeWord m, CitationDraft? previous)
    {
        var (n, f) = (view.Normalized, view.Folded);
        var p = m.Index + m.Length;
        // Announced, only with its issuer: "công bố Quyết định kiểm tra, giám sát của Bộ Chính trị …" (hz-058) names a
        // kind of decision, not one by its subject.
        var announced = f.AsSpan(p).StartsWith(" cua ", StringComparison.Ordinal) && _reporting.IsAnnounced(f, m.Index);
        // "văn bản" is any text, no type word of its own: only a number makes it a Công văn.
        if (!(announced || ReportedBefore(view, type, m.Index) || ReportedInList(f, type, m.Index, previous))
            || p + 2 >= n.Length || n[p] != ' ' || f.AsSpan(m.Index, m.Length).SequenceEqual("van ban")) return null;
        var first = n[p + 1];
        if (!(char.IsLetter(first) || first is '"' or '“')) return null;
        string? issuer = null;
        // "công bố Nghị quyết của Thường trực HĐND TP Hà Nội về việc chỉ định …" (il-037), "công bố Quyết định của Thủ
        // tướng Chính phủ công nhận huyện Định Hóa đạt chuẩn Nông thôn mới năm 2023" (ig-047): an announced document
        // named by its issuer and then its subject is one document; its issuer alone names none (rule 4 of the plans rule).
        if (announced)
        {
            if (_issuers.Read(n, f, p + 5) is not { } by || !SubjectFollows(view, by.End)) return null;
            issuer = by.Text;
        }
        else if (NoSubject().IsMatch(f.AsSpan(p))) return null;
        var end = Math.Min(CitationTailReader.ClauseEnd(n, p + 1), NextLineStart(view, p + 1));
        foreach (var stop in (ReadOnlySpan<string>)[" (", " nham "])
        {
            var at = f.IndexOf(stop, p, end - p, StringComparison.Ordinal);
            if (at > p) end = at;
        }
        var open = f.IndexOf('"', p, end - p);
        if (open > p)
        {
            var close = f.IndexOf('"', open + 1, end - open - 1);
            if (close > open && close + 1 < end && f[close + 1] == ',') end = close + 1;
        }
        while (end > p && n[end - 1] is ' ' or ',') end--;
        var words = n[(p + 1)..end].Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        if (words < 2 || words > 60) return null;
        // "Hướng dẫn tuyên truyền tháng 7 năm 2025 Ngày 27/6/2025, Ban Tuyên giáo ban hành Hướng dẫn tuyên truyền tháng
        // 7 năm 2025.": a portal's page under the document's own title, which its dated line repeats, is that document.
        if (!ReportedPlainly(f, type, m.Index) && f.AsSpan(0, m.Index).Contains(f.AsSpan(m.Index, end - m.Index), StringComparison.Ordinal)) return null;
        return new CitationDraft { Type = type, Start = m.Index, End = end, ScopeEnd = end, Name = n[(p + 1)..end], Issuer = issuer, IsReported = true };
    }

    // "Thực hiện Chỉ thị của Ban Thường vụ Tỉnh ủy về tăng cường lãnh đạo công tác phòng, chống thiên tai", "theo Hướng dẫn
    // của Ban Tuyên giáo Trung ương về tuyên truyền kỷ niệm …": a capitalized type word, the body that issued it and what it
    // is about ("về", "về việc", "V/v") name one document with no number (tests/corpus/README.md: documents named by type
    // and subject, il- "Nghị quyết của Thường trực HĐND TP Hà Nội về việc …"; hx-051, nw-087). Its issuer alone names none
    // (rule 4 of the plans rule), nor does a plural, a count ("ba Nghị quyết của …"), a draft, or the text itself. Its text
    // ends with the issuer, as a numbered citation's does; the subject is its scope, so what that names is read as inside it.
    private CitationDraft? OfIssuerAbout(TextView view, DocumentTypeRow type, TypeWord m, string? ownTitleFolded)
    {
        var (n, f) = (view.Normalized, view.Folded);
        var p = m.Index + m.Length;
        if (!char.IsUpper(n[m.Index]) || f.AsSpan(m.Index, m.Length).SequenceEqual("van ban")) return null;
        // "Nghị quyết HĐND tỉnh về nhiệm vụ …", "Nghị quyết Hội đồng nhân dân tỉnh về kế hoạch phát triển kinh tế - xã hội
        // 5 năm 2006-2010": a local council or committee, short or spelled out, then its jurisdiction, may follow the type
        // word with no "của".
        var of = f.AsSpan(p).StartsWith(" cua ") ? p + 5 : LocalBodyAt(n, f, p) ? p + 1 : -1;
        if (of < 0) return null;
        var before = f.AsSpan(Math.Max(0, m.Index - 24), Math.Min(24, m.Index));
        foreach (var g in _generic) if (before.EndsWith(g)) return null;
        if (InGenericList(before) || SpelledCounts.CountedBefore(view, m.Index)) return null;
        if (_issuers.Read(n, f, of) is not { } by || !char.IsUpper(by.Text[0])) return null;
        var lead = AboutLead().Match(f, by.End);
        if (!lead.Success || IsDrafted(view, m.Index)) return null;
        var start = lead.Index + lead.Length;
        var end = Math.Min(CitationTailReader.ClauseEnd(n, start), NextLineStart(view, start));
        var open = f.IndexOf(" (", start, end - start, StringComparison.Ordinal);
        if (open > start) end = open;
        while (end > start && n[end - 1] is ' ' or ',') end--;
        var words = n[start..end].Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        if (words < 2 || words > 60) return null;
        var draft = new CitationDraft { Type = type, Start = m.Index, End = by.End, ScopeEnd = end, Issuer = by.Text, Subject = n[start..end], Name = n[(p + 1)..end] };
        return IsSelfReference(view, draft, m.Index, ownTitleFolded) ? null : draft;
    }

    [GeneratedRegex(@"\G,?\x20(?:ve viec|v/v|ve)\x20(?=[a-z""])", RegexOptions.CultureInvariant)]
    private static partial Regex AboutLead();

    // " HĐND tỉnh", " UBND huyện", " BTV Huyện ủy" is not one: an upper-case abbreviation of a body, then its jurisdiction word.
    [GeneratedRegex(@"\G\x20\p{Lu}[\p{Lu}&]{2,7}\x20(?:tỉnh|huyện|xã|quận|phường|thị xã|thị trấn|thành phố)(?![\p{L}])", RegexOptions.CultureInvariant)]
    private static partial Regex LocalBodyShortForm();

    // " Hội đồng nhân dân tỉnh", " Ủy ban nhân dân xã": the same bodies spelled out, capitalized.
    [GeneratedRegex(@"\G\x20(?:hoi dong|uy ban)\x20nhan dan\x20(?:tinh|huyen|xa|quan|phuong|thi xa|thi tran|thanh pho)(?![a-z])", RegexOptions.CultureInvariant)]
    private static partial Regex LocalBodySpelledOut();

    private static bool LocalBodyAt(string n, string f, int p) =>
        p + 1 < n.Length && char.IsUpper(n[p + 1]) && (LocalBodyShortForm().IsMatch(n, p) || LocalBodySpelledOut().IsMatch(f, p));

    // After an issuer's name: its subject, "về việc …" or a lower-case verb and its object ("công nhận huyện …").
    private static bool SubjectFollows(TextView view, int end)
    {
        var (n, f) = (view.Normalized, view.Folded);
        if (end + 2 >= n.Length || n[end] != ' ' || !char.IsLower(n[end + 1])) return false;
        return !NoSubject().IsMatch(f.AsSpan(end));
    }

    // The later items of a list its verb governs, or the first of a list announced by its count.
    private bool ReportedInList(string f, DocumentTypeRow type, int start, CitationDraft? previous) =>
        _reporting.ContinuesList(f, type, start, previous) || _adoptedTypes.Contains(type.Name) && _reporting.OpensCountedList(f, type, start);

    // "Chương trình hành động thực hiện Nghị quyết số 57-NQ/TW …", "đã phê duyệt Kế hoạch thực hiện Kết luận số
    // 80-KL/TW": a plan or programme (carries-out in document-types.json) whose subject is carrying out a numbered
    // document names one plan, standing on its own (tests/corpus/README.md, plans by name). Not where it is the
    // subject of the citation before it, what that one issues or approves ("Quyết định số … ban hành Kế hoạch thực
    // hiện …", "… phê duyệt Kế hoạch …", "về Kế hoạch …"), the text itself ("ban hành Kế hoạch thực hiện … như sau")
    // or a draft ("xây dựng Kế hoạch thực hiện …"). Its text ends where the carried-out citation begins; that one is
    // read on its own.
    private CitationDraft? CarriesOut(TextView view, DocumentTypeRow type, TypeWord m, string? ownTitleFolded)
    {
        if (!type.NamedForms.Contains("carries-out")) return null;
        var (n, f) = (view.Normalized, view.Folded);
        var link = CarryingOut().Match(f, m.Index + m.Length);
        if (!link.Success || _typeWords.MatchAt(f, link.Index + link.Length) is not { } inner
            || _tables.TypeByWord(_spellings.TypeWordOf(inner)) is not { } innerType) return null;
        var innerStart = link.Index + link.Length;
        var lead = NumberLead().Match(f, innerStart + inner.Length);
        var innerEnd = _symbols.ParseAt(view, lead.Index + lead.Length)?.End ?? ResolutionNamedAt(view, innerType, innerStart, inner.Length);
        if (innerEnd is null) return null;
        var before = f.AsSpan(Math.Max(0, m.Index - 24), Math.Min(24, m.Index));
        if (SubjectOfAnother().IsMatch(before) || IsDrafted(view, m.Index)) return null;
        var draft = new CitationDraft { Type = type, Start = m.Index, End = innerStart - 1, Name = n[(m.Index + m.Length + 1)..innerEnd.Value] };
        if (IsSelfReference(view, draft, m.Index, ownTitleFolded)) return null;
        draft.ScopeEnd = draft.End;
        return draft;
    }

    // "Chương trình hành động thực hiện Nghị quyết Đại hội Đảng bộ phường Long Xuyên lần thứ I": a congress's or plenum's
    // resolution carried out is named as surely as a number names one (tests/corpus/README.md, the ih- rule); its end.
    private int? ResolutionNamedAt(TextView view, DocumentTypeRow type, int start, int length)
    {
        if (!type.NamedForms.Contains("congress") && !type.NamedForms.Contains("plenum") || !char.IsUpper(view.Normalized[start])) return null;
        var probe = new CitationDraft { Type = type, Start = start, End = start + length };
        return _named.TryRead(view, probe, start + length) && probe.NamesOneDocument ? probe.End : null;
    }

    [GeneratedRegex(@"\G\x20(?:trien khai thuc hien|to chuc thuc hien|thuc hien|trien khai)\x20", RegexOptions.CultureInvariant)]
    private static partial Regex CarryingOut();

    // The verb or preposition of another citation's subject right before the plan: "… phê duyệt", "về việc", "kèm theo".
    [GeneratedRegex(@"(?:^|\x20)(?:(?<!(?:da|vua|moi)\x20)phe duyet|ve|ve viec|kem theo|ban hanh)\x20$", RegexOptions.CultureInvariant)]
    private static partial Regex SubjectOfAnother();

    // "vừa ban hành", "đã ban hành" (reportedIssuingBefore); or a bare "ban hành", "thông qua"
    // (reportedIssuingAfterDate) where the clause opens with a date and the body that acted ("Ngày 19/7/2022, UBND
    // tỉnh ban hành Quyết định công nhận …"): a report of a past act, not the text's own issuing sentence ("UBND
    // huyện ban hành Kế hoạch … như sau:"), which opens with no date.
    private bool ReportedBefore(TextView view, DocumentTypeRow type, int start) =>
        ReportedPlainly(view.Folded, type, start) || IssuedOnLeadDate(view, start);

    private bool IssuedOnLeadDate(TextView view, int start)
    {
        var before = view.Folded.AsSpan(Math.Max(0, start - 24), Math.Min(24, start));
        foreach (var r in _reportedAfterDate)
            if (before.EndsWith(r)) return _leadDates.DateBefore(view, start) is not null;
        return false;
    }

    // An act that gives a lower-case type word its trích yếu: issuing on the clause's opening date, or a council adopting.
    private bool ActedBefore(TextView view, DocumentTypeRow type, int start) => IssuedOnLeadDate(view, start) || AdoptedBefore(view.Folded, type, start);

    private bool AdoptedBefore(string f, DocumentTypeRow type, int start)
    {
        if (!_adoptedTypes.Contains(type.Name)) return false;
        var before = f.AsSpan(Math.Max(0, start - 24), Math.Min(24, start));
        foreach (var r in _adopting) if (before.EndsWith(r)) return true;
        return false;
    }

    private bool ReportedPlainly(string f, DocumentTypeRow type, int start)
    {
        var before = f.AsSpan(Math.Max(0, start - 24), Math.Min(24, start));
        foreach (var r in _reported) if (before.EndsWith(r)) return !ProposedSigning(f, start);
        // "HĐND huyện đã biểu quyết thông qua Nghị quyết về việc …": a council adopting a resolution.
        return AdoptedBefore(f, type, start);
    }

    // "trình Chủ tịch UBND tỉnh xem xét, ký ban hành Quyết định phân công …" (iq-041, a Phiếu trình), "đề nghị UBND tỉnh ký
    // ban hành Kế hoạch …": a signing asked for, not done, so the document is still to be issued (rule 3 of the plans
    // rule); "Phó Chủ tịch UBND tỉnh (đã) ký ban hành Kế hoạch …" reports it issued.
    internal static bool ProposedSigning(string f, int start)
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

    [GeneratedRegex(@"^\x20(?:so|cua|nay|nam|tren|tai|cho|va|nhu|voi|[0-9])(?![a-z])", RegexOptions.CultureInvariant)]
    internal static partial Regex NoSubject();

    private static int NextLineStart(TextView view, int p)
    {
        var starts = view.LineStarts;
        var i = starts.BinarySearch(p + 1);
        if (i < 0) i = ~i;
        return i < starts.Length ? starts[i] : view.Normalized.Length;
    }

    // "các Chỉ thị, Nghị quyết": type words listed after a plural determiner are all plural, not the last one alone.
    private bool InGenericList(ReadOnlySpan<char> before)
    {
        if (!before.EndsWith(", ")) return false;
        foreach (var g in _generic)
        {
            var at = before.LastIndexOf(g);
            if (at < 0 || (at > 0 && before[at - 1] != ' ')) continue;
            var listed = before[(at + g.Length)..^2];
            var all = listed.Length > 0;
            foreach (var part in listed.ToString().Split(','))
                if (_tables.TypeByWord(part.Trim()) is null) { all = false; break; }
            if (all) return true;
        }
        return false;
    }

    [GeneratedRegex(@"\G\x20nam\x20(?:19|20)\d{2}(?![\d/])(?!\x20?[-–]\x20?\d)", RegexOptions.CultureInvariant)]
    private static partial Regex SerialYear();

    // The words between a law's name and its number: up to twelve, "số" before the number or not ("Luật quản lý, sử
    // dụng tài sản công 15/2017/QH14"), a comma only where the name read stopped at it. A comma, a bracket ("Luật bảo
    // hiểm y tế (BHYT) số"), a "và" or a missing "số" is kept only before a law's own number (number/year/CODE, no type
    // code), which no other document carries. "Luật Tổ chức chính quyền địa phương của Quốc hội, số 65/2025/QH15"
    // (jm-017): a comma before "số" sets the number off from the issuer named after the law.
    [GeneratedRegex(@"\G,?(?:\x20[^\x20,;.:""]+){0,12}?(?:,?\x20so\x20?[:.]?\x20?(?=\d)|\x20(?<bare>)(?=\d{1,4}\x20?/\x20?(?:19|20)\d{2}\x20?/))", RegexOptions.CultureInvariant)]
    private static partial Regex LawNumber();

    // "Hiến pháp … năm 1992 đã được sửa đổi, bổ sung theo Nghị quyết số 51/2001/QH10": where the words go on to say
    // how or by what the law was made, the number is that other document's, not the law's.
    private static bool LeavesName(ReadOnlySpan<char> words) =>
        words.Contains(" theo ", StringComparison.Ordinal) || words.Contains(" ban hanh ", StringComparison.Ordinal)
        || words.Contains(" ngay ", StringComparison.Ordinal);

    private static bool LooseName(ReadOnlySpan<char> words) =>
        words.Contains(" va ", StringComparison.Ordinal) || words.IndexOfAny(",()") >= 0;

    private CitationDraft? NamedInLowerCase(TextView view, DocumentTypeRow type, TypeWord m)
    {
        var draft = new CitationDraft { Type = type, Start = m.Index, End = m.Index + m.Length };
        if (_named.TryReadSpecific(view, draft, m.Index + m.Length))
        {
            draft.ScopeEnd = draft.End;
            return draft;
        }
        return type.KeptInSubjects ? LawInLowerCase(view, type, m) : _lowerCaseNaming.Read(view, type, m.Index, m.Index + m.Length, ActedBefore(view, type, m.Index));
    }

    // "luật bình đẳng giới", "luật việc làm 2013", "luật Căn cước", "điều lệ Đoàn TNCS Hồ Chí Minh": a law, code or
    // charter in lower case counts only where its name says which one (LowerCaseLawName).
    private CitationDraft? LawInLowerCase(TextView view, DocumentTypeRow type, TypeWord m)
    {
        if (!_lowerCaseLaws.MayName(view, type, m.Index, m.Index + m.Length)) return null;
        var draft = new CitationDraft { Type = type, Start = m.Index, End = m.Index + m.Length };
        if (!_named.TryRead(view, draft, m.Index + m.Length) || draft.IsNumbered) return null;
        if (!_lowerCaseLaws.IsSpecific(view, draft, m.Index + m.Length + 1)) return null;
        _tail.ReadDate(view, draft); // "luật tổ chức chính quyền địa phương thông qua ngày 19/6/2015"
        if (draft.Issuer is null && type.DefaultIssuer is not null) draft.Issuer = type.DefaultIssuer;
        draft.ScopeEnd = draft.End;
        return draft;
    }

    // "soạn thảo Kế hoạch …", and "soạn dự thảo Báo cáo, Chương trình hành động thực hiện …": a drafting verb governs
    // every type word listed after it (a few, joined by commas or "và").
    private bool IsDrafted(TextView view, int start)
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
    internal static int? ListedTypeWordBefore(string f, int start, string[] foldedTypeWords)
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

    // "Ban Dân tộc xây dựng Kế hoạch ...", "Trên đây là Kế hoạch ...", or the plan's own title: not a citation.
    private bool IsSelfReference(TextView view, CitationDraft draft, int start, string? ownTitleFolded)
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
        var reported = ReportedBefore(view, draft.Type, q);
        if (!reported) foreach (var r in _reported) if (before.EndsWith(r)) { reported = true; break; }
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

    private void AddBareSymbols(TextView view, List<CitationDraft> drafts, IReadOnlyList<(int Start, int End)> excluded, int maxCitations)
    {
        var covered = new SpanSet(drafts.Select(d => (d.Start, d.End)));
        var excludedSet = new SpanSet(excluded);
        var added = new List<CitationDraft>();
        var listedEnd = 0;
        foreach (var (symbol, start, end) in _symbols.FindAll(view))
        {
            if (drafts.Count + added.Count >= maxCitations) break;
            if (start < listedEnd || covered.Overlaps(start, end) || excludedSet.Overlaps(start, end) || IsDocumentPart(view.Folded, start)
                || CommitteeName.Before(view.Folded, start) || IsFileName(view.Folded, end)) continue;
            var glued = _glued.Before(view.Folded, start);
            if (glued is { } g && CommitteeName.Before(view.Folded, g.Start)) continue;
            var type = glued?.Type ?? (symbol.TypeCode is not null ? _tables.TypeByCode(symbol.TypeCode, symbol.Party)
                : symbol.Year is null && IsCalledANumber(view.Folded, start, end) ? _tables.TypeById("cong-van") : null);
            if (type is null) continue;
            var draft = new CitationDraft { Type = type, Symbol = symbol, Start = glued?.Start ?? AbbreviationGluedBefore(view, start, type) ?? start };
            if (covered.Overlaps(draft.Start, end)) draft.Start = start;
            _tail.Read(view, draft, end, _codes.IssuerNameFromCode(symbol));
            added.Add(draft);
            // "các Lu ật s ố 43/2024/QH15, số 47/2024/QH15": a type word split by PDF extraction still heads a list.
            if (glued is null) continue;
            _listed.AddListed(view, draft, added, maxCitations - drafts.Count);
            listedEnd = added[^1].End;
        }
        if (added.Count == 0) return;
        drafts.AddRange(added);
        drafts.Sort((a, b) => a.Start.CompareTo(b.Start));
    }

    // A symbol split over a flattened table's rows with no type word before it on its line (ColumnSplitSymbol.FindAll):
    // typed by its own type code; its span stays on the piece's line, and the date and issuer are read after the tail.
    private void AddColumnSplitSymbols(TextView view, List<CitationDraft> drafts, IReadOnlyList<(int Start, int End)> excluded, int maxCitations)
    {
        List<CitationDraft>? added = null;
        foreach (var (symbol, start, pieceEnd, tailEnd) in ColumnSplitSymbol.FindAll(view, _symbols))
        {
            if (drafts.Count + (added?.Count ?? 0) >= maxCitations) break;
            if (drafts.Exists(d => d.Start < pieceEnd && start < d.End) || Overlaps(excluded, start, pieceEnd)
                || _tables.TypeByCode(symbol.TypeCode!, symbol.Party) is not { } type) continue;
            var draft = new CitationDraft { Type = type, Symbol = symbol, Start = start };
            _tail.Read(view, draft, tailEnd, _codes.IssuerNameFromCode(symbol));
            draft.End = draft.ScopeEnd = pieceEnd;
            (added ??= []).Add(draft);
        }
        if (added is null) return;
        drafts.AddRange(added);
        drafts.Sort((a, b) => a.Start.CompareTo(b.Start));
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
                var generic = false;
                foreach (var g in _generic) generic |= before.EndsWith(g);
                if (generic) break;
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

    // "Tải về: 217-2019-TB-UBND.signed.pdf": a symbol glued to a file's extension is the name of a file a portal offers
    // for download (iz-ubnd-tx-dien-ban-tb-2019-217-treo-co-headerless), the document itself, never a citation.
    private static bool IsFileName(string f, int end) =>
        end < f.Length && f[end] == '.' && FileExtension().IsMatch(f.AsSpan(end));

    [GeneratedRegex(@"^\.(?:signed|pdf|docx?|xlsx?|zip|rar)\b", RegexOptions.CultureInvariant)]
    private static partial Regex FileExtension();

    // "- Các Thành viên TCT CCHC theo QĐ932/QĐ-UBND;": the type's abbreviation glued to the symbol, in capitals as the
    // tables write it, is the citation's type word; where it starts, or null.
    private int? AbbreviationGluedBefore(TextView view, int start, DocumentTypeRow type)
    {
        var n = view.Normalized;
        var k = start;
        while (k > 0 && start - k < MaxGluedAbbreviation && char.IsUpper(n[k - 1])) k--;
        if (k == start || k > 0 && char.IsLetterOrDigit(n[k - 1])) return null;
        return _tables.AbbreviationByWord(view.Folded[k..start]) is { Name: null } abbreviation && abbreviation.Type.Id == type.Id
            && n.AsSpan(k, start - k).SequenceEqual(abbreviation.Written) ? k : null;
    }

    private const int MaxGluedAbbreviation = 4;

    // "tải về Số 05 2012 TT BLDTBXH": a slug's symbol after "số" with no type word (SeparatorLostSymbol).
    private void AddSluggedAfterNumberWord(TextView view, List<CitationDraft> drafts, IReadOnlyList<(int Start, int End)> excluded, int maxCitations)
    {
        List<CitationDraft>? added = null;
        foreach (var (symbol, type, start, end) in _separatorLost.FindAfterNumberWord(view.Folded))
        {
            if (drafts.Count + (added?.Count ?? 0) >= maxCitations) break;
            if (Overlaps(excluded, start, end) || drafts.Exists(d => d.Start < end && start < d.End)) continue;
            var draft = new CitationDraft { Type = type, Symbol = symbol, Start = start };
            _tail.Read(view, draft, end, _codes.IssuerNameFromCode(symbol));
            (added ??= []).Add(draft);
        }
        if (added is null) return;
        drafts.AddRange(added);
        drafts.Sort((a, b) => a.Start.CompareTo(b.Start));
    }

    [GeneratedRegex(@"(?:^|\x20)so\x20?[:.]?\x20?$", RegexOptions.CultureInvariant)]
    private static partial Regex NumberWordBefore();

    // "lập biên bản theo Mẫu số 02/BB-KP", "Phụ lục số 01/KH": a form or annex numbered inside a document, which
    // no one issues on its own (documentPartsBefore in phrases.json).
    private bool IsDocumentPart(string f, int start)
    {
        var k = start;
        while (k > 0 && f[k - 1] == ' ') k--;
        if (k > 0 && f[k - 1] is ':' or '.') k--;
        while (k > 0 && f[k - 1] == ' ') k--;
        if (k >= 2 && f.AsSpan(k - 2, 2).SequenceEqual("so") && (k == 2 || f[k - 3] == ' ')) k -= 2;
        // The space: "mau" as a word of its own; a bracket opens it as well ("(mẫu số 3A-SHĐ)", kj-ban-to-chuc-tw-hd-2025-38-pdf).
        var before = " " + f[Math.Max(0, k - 12)..k].TrimEnd(' ').Replace('(', ' ');
        return _partsBefore.Any(part => before.EndsWith(part, StringComparison.Ordinal));
    }

    [GeneratedRegex(@"\G,?\x20(?:ngay\x20?\d|cua\x20)", RegexOptions.CultureInvariant)]
    private static partial Regex DateOrIssuerAfter();

    // A công văn's number ("1234/BYT-KCB") has no type code: alone it counts after "số" or before its date or issuer
    // ("... số 1052/UBND-VX về việc", "1234/BYT-KCB ngày 12/3/2021").
    private static bool IsCalledANumber(string f, int start, int end) =>
        NumberWordBefore().IsMatch(f.AsSpan(Math.Max(0, start - 8), Math.Min(8, start))) || DateOrIssuerAfter().Match(f, end).Success;

    private static bool StartsWithWord(string f, int at, string word) =>
        f.AsSpan(at).StartsWith(word) && (at + word.Length >= f.Length || !char.IsLetterOrDigit(f[at + word.Length]));

    private static bool Overlaps(IReadOnlyList<(int Start, int End)> spans, int start, int end)
    {
        foreach (var (s, e) in spans) if (start < e && s < end) return true;
        return false;
    }
}
