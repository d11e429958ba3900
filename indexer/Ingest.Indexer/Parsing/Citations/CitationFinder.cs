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
    private readonly PhraseMatcher _typeWords;
    private readonly PhraseMatcher _qualifiers;
    private readonly GluedTypeWords _glued;
    private readonly SelfNamedCitation _selfNamed;
    private readonly SeparatorLostSymbol _separatorLost;
    private readonly PartyCodeRepair _partyRepair;
    private readonly NamedBodyCode _namedBody;
    private readonly SluggedTypeWords _slugged;
    private readonly GluedAbbreviation _gluedAbbreviations;
    private readonly GluedCapitalTypeWords _gluedCapitals;
    private readonly string[] _partsBefore;
    private readonly string[] _amending;
    private readonly TypeWordSpellings _spellings;
    private readonly SymbolCodes _codes;
    private readonly OwnNumberFilter _ownNumbers;
    private readonly ListedCitationReader _listed;
    private readonly GenericDeterminers _generic;
    private readonly UnnumberedCitationReader _unnumbered;
    private readonly CongressRepeat _congressRepeat;

    public CitationFinder(DomainTables tables, SymbolParser symbols, IssuerReader issuers, LeadDateReader leadDates)
    {
        _tables = tables;
        _symbols = symbols;
        _tail = new CitationTailReader(issuers, tables.Phrases.ReportedIssuingBefore ?? []);
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
        _gluedAbbreviations = new GluedAbbreviation(tables);
        _qualifiers = new PhraseMatcher((tables.Phrases.TypeQualifiers ?? []).Select(TextFolding.FoldLoose));
        _partsBefore = (tables.Phrases.DocumentPartsBefore ?? []).Select(s => " " + TextFolding.FoldLoose(s)).ToArray();
        _amending = (tables.Phrases.AmendingVerbsBefore ?? []).Select(s => TextFolding.FoldLoose(s) + " ").Distinct().ToArray();
        _ownNumbers = new OwnNumberFilter(symbols, _selfNamed, _typeWords);
        _listed = new ListedCitationReader(tables, symbols, _tail, _typeWords, _codes);
        var named = new NamedCitationReader(tables, issuers);
        var acts = new IssuingActs(tables, leadDates);
        var selfReference = new SelfReference(tables, acts);
        _generic = new GenericDeterminers(tables);
        var subjects = new SubjectNamingReader(tables, symbols, issuers, named, _typeWords, _spellings, acts, _generic, selfReference);
        _unnumbered = new UnnumberedCitationReader(tables, symbols, _tail, named, _typeWords, _codes, acts, _generic, selfReference, subjects,
            new LowerCaseNaming(tables, issuers));
        _congressRepeat = new CongressRepeat(acts);
    }

    // "số", "số:", "sô.", "so", OCR "s0" and "sẻ", doubled "SỐ SỐ" (a title typed twice over). Only a whole symbol
    // may follow, so "sẻ" here is never the word.
    // "s 170/2003/…": "số" that lost its "ố" with the other letters beyond Latin-1 (LostLetterSpellings).
    [GeneratedRegex(@"\G\x20?\(?(?:(?:so|s0|se|s(?=\x20\d))\x20?[:.]?\x20?(?:so\x20?[:.]?\x20?)?)?", RegexOptions.CultureInvariant)]
    internal static partial Regex NumberLead();

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
                draft = abbreviation.Name is not null ? UnnumberedCitationReader.NamedByAbbreviation(abbreviation, m)
                    : Numbered(view, abbreviation.Type, m, shortForms, abbreviated: true) ?? _unnumbered.NamedAfterAbbreviation(view, abbreviation.Type, m)
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
                draft = Numbered(view, type, m, shortForms, abbreviated: false) ?? _unnumbered.Named(view, type, m, ownTitleFolded, drafts.Count > 0 ? drafts[^1] : null)
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
        then |= !abbreviated && !QuantityWords.FollowedByUnit(f, number.Index + number.Length) && AfterAmendingVerb(f, m.Index);
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
        if (!then && !QuantityWords.FollowedByUnit(f, shortForm.End))
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

    [GeneratedRegex(@"\G\x20nam\x20(?:19|20)\d{2}(?![\d/])(?!\x20?[-–]\x20?\d)", RegexOptions.CultureInvariant)]
    private static partial Regex SerialYear();

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

    private static bool Overlaps(IReadOnlyList<(int Start, int End)> spans, int start, int end)
    {
        foreach (var (s, e) in spans) if (start < e && s < end) return true;
        return false;
    }
}
