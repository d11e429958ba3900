using System.Text.RegularExpressions;
using Ingest.Indexer.Parsing.Tables;
using Ingest.Indexer.Text;

namespace Ingest.Indexer.Parsing.Citations;

/// <summary>
/// Reads the number after a type word: a whole symbol ("Chỉ thị số 34-CT/TW"), one the scan, a table's columns, a slug or
/// a font damaged ("Thông tư số 30/2024/TT-" over "BGDĐT", "Nghị định số 110/2018/-CP"), a form's blank ("Hướng dẫn số
/// ...../LĐTBXH"), or a bare number made one document by "số", its date, issuer or subject ("Chỉ thị số 34", "Nghị
/// quyết 66 yêu cầu …"); a bare number that only repeats a full citation is a short form. Pure and thread-safe.
/// </summary>
internal sealed partial class NumberedCitationReader
{
    private readonly DomainTables _tables;
    private readonly SymbolParser _symbols;
    private readonly CitationTailReader _tail;
    private readonly PhraseMatcher _typeWords;
    private readonly PhraseMatcher _qualifiers;
    private readonly SymbolCodes _codes;
    private readonly SeparatorLostSymbol _separatorLost;
    private readonly SluggedTypeWords _slugged;
    private readonly PartyCodeRepair _partyRepair;
    private readonly NamedBodyCode _namedBody;
    private readonly BlankNumberedCitation _blank;
    private readonly string[] _amending;
    private readonly string[] _relations;

    public NumberedCitationReader(DomainTables tables, SymbolParser symbols, CitationTailReader tail, PhraseMatcher typeWords, SymbolCodes codes,
        SeparatorLostSymbol separatorLost, SluggedTypeWords slugged)
    {
        (_tables, _symbols, _tail, _typeWords, _codes) = (tables, symbols, tail, typeWords, codes);
        (_separatorLost, _slugged) = (separatorLost, slugged);
        _partyRepair = new PartyCodeRepair(tables);
        _namedBody = new NamedBodyCode(tables);
        _blank = new BlankNumberedCitation(tail);
        _qualifiers = new PhraseMatcher((tables.Phrases.TypeQualifiers ?? []).Select(TextFolding.FoldLoose));
        _amending = (tables.Phrases.AmendingVerbsBefore ?? []).Select(s => TextFolding.FoldLoose(s) + " ").Distinct().ToArray();
        _relations = tables.Phrases.Relations.Select(r => TextFolding.FoldLoose(r.Phrase) + " ").Distinct().ToArray();
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
    internal static partial Regex BareNumber();

    // "110/2018/-CP", "110/2018/n-cp": serial and year, then what is left of the type's code and the issuer's code.
    [GeneratedRegex(@"\G(?<n>\d{1,5}/(?:19|20)\d{2})\x20?/\x20?[a-z]?\x20?-\x20?(?<i>[a-z]{1,6})(?![a-z0-9&/-])", RegexOptions.CultureInvariant)]
    private static partial Regex LostTypeCode();

    [GeneratedRegex(@"\G\x20nam\x20(?:19|20)\d{2}(?![\d/])(?!\x20?[-–]\x20?\d)", RegexOptions.CultureInvariant)]
    private static partial Regex SerialYear();

    /// <summary>
    /// The citation the type word <paramref name="m"/> makes with the number after it, or null; a number that counts
    /// only beside a full citation of the same document goes to <paramref name="shortForms"/>.
    /// </summary>
    public CitationDraft? Read(TextView view, DocumentTypeRow type, TypeWord m, List<(CitationDraft Draft, bool NeedsFull)> shortForms, bool abbreviated)
    {
        var f = view.Folded;
        var after = PastPageBreak(view, m.Index + m.Length);
        var lead = NumberLeadLength(f, after);
        // "Bản án sơ thẩm số 05/2020/HS-ST": "sơ" folds to the number word, but it opens a qualifier, read as one.
        var (leadEnd, leadLength) = lead > 1 && QualifierAt(f, after) ? (after, 0) : (after + lead, lead);
        var (at, bareFrom) = PastQualifiers(f, after, leadEnd, leadLength, abbreviated);
        if (PageNumberLine.Past(view, at) is var paged && paged != at && _symbols.ParseAt(view, paged) is not null) at = paged;
        return WholeSymbol(view, type, m, at, leadLength > 1, abbreviated)
            ?? DamagedSymbol(view, type, m, at, leadLength > 1, abbreviated)
            ?? BareNumbered(view, type, m, bareFrom, shortForms, abbreviated);
    }

    // How long NumberLead's match at `after` is. Every part of the pattern after its space opens with '(' or 's': where
    // neither stands there (most type words go on with a word: "kế hoạch phát triển"), the lead is the space alone, or
    // nothing, and the pattern is not tried (it always matches, so each try made a Match; issue 12, parser speed). Where
    // it is tried, its one match at `after` (\G) is enumerated, not made: only its length is read.
    private static int NumberLeadLength(string f, int after)
    {
        var k = after < f.Length && f[after] == ' ' ? after + 1 : after;
        if (k >= f.Length || f[k] is not ('(' or 's')) return k - after;
        foreach (var lead in NumberLead().EnumerateMatches(f, after)) return lead.Length;
        return 0;
    }

    private bool QualifierAt(string f, int space) =>
        space + 1 < f.Length && f[space] == ' ' && _qualifiers.MatchAt(f, space + 1) is not null;

    // Where the number starts after the number word, and where a bare number is read from.
    private (int At, int BareFrom) PastQualifiers(string f, int after, int leadEnd, int leadLength, bool abbreviated)
    {
        var at = leadEnd;
        var bareFrom = after;
        // "Công văn khẩn số 1052/UBND-VX", "Văn bản thẩm định số 312/STP-KSTT": a qualifier, then "số" and a number.
        // Qualifiers may follow one another: "Kế hoạch phối hợp liên ngành số 411/KHLN/…" (ia-019), and a court's
        // judgment names its field and tier ("Bản án hình sự sơ thẩm số 179/2018/HS-ST", kr-058).
        var qualified = after;
        for (var n = 0; n < 3 && !abbreviated && leadLength <= 1 && qualified + 1 < f.Length && f[qualified] == ' '
            && _qualifiers.MatchAt(f, qualified + 1) is { } q; n++)
        {
            qualified += 1 + q.Length;
            var again = NumberLeadAfterQualifier().Match(f, qualified);
            // "Bản án hình sự sơ thẩm số 179/2018/HS-ST": "sơ" folds to the number word, so another qualifier
            // starting here is read first.
            if (again.Success && !QualifierAt(f, qualified))
            {
                at = again.Index + again.Length;
                bareFrom = qualified;
                break;
            }
        }
        return (at, bareFrom);
    }

    // A whole symbol, as written or with a slip the symbol parser reads through ("Tờ trình số 06/TTr-\nSGŒTYT").
    private CitationDraft? WholeSymbol(TextView view, DocumentTypeRow type, TypeWord m, int at, bool numberWord, bool abbreviated)
    {
        if ((_symbols.ParseMarkInTypeCodeAt(view, at, type.StateCodes) ?? _symbols.ParseAt(view, at) ?? _symbols.ParseSplitAt(view, at) ?? _symbols.ParseSpacedYearAt(view, at)
            ?? _symbols.ParseDoubledSlashAt(view, at) ?? _symbols.ParseDigitForLetterAt(view, at)
            ?? _symbols.ParseStrayYearDigitAt(view, at) ?? MarkBeforeSerial.ParseAt(view, at, numberWord, _symbols, _tables)
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
        return null;
    }

    // What is left of a symbol a table's columns, a slug, a font, a company's numbering or a form's blank left.
    private CitationDraft? DamagedSymbol(TextView view, DocumentTypeRow type, TypeWord m, int at, bool numberWord, bool abbreviated)
    {
        var f = view.Folded;
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
        if (!abbreviated && at < f.Length && char.IsDigit(f[at]) && LostTypeCode().Match(f, at) is { Success: true } lost && _symbols.Implied(lost.Groups["n"].Value, type.Id) is { } implied
            && implied.IssuerCodes.Count == 1 && lost.Groups["i"].Value == TextFolding.FoldLoose(implied.IssuerCodes[0]))
        {
            var draft = new CitationDraft { Type = type, Symbol = implied with { Repaired = true }, Start = m.Index };
            _tail.Read(view, draft, lost.Index + lost.Length, _codes.IssuerNameFromCode(implied));
            return draft;
        }
        if (numberWord && CodeFirstNumber.ParseAt(view, at) is { } company)
        {
            var draft = new CitationDraft { Type = type, Symbol = company.Symbol, Start = m.Index };
            _tail.Read(view, draft, company.End, null);
            return draft;
        }
        if (!abbreviated && CutShortSymbol.ParseAt(view, at, numberWord, _tables) is { } cut)
        {
            var draft = new CitationDraft { Type = type, Symbol = cut.Symbol, Start = m.Index };
            _tail.Read(view, draft, cut.End, _codes.IssuerNameFromCode(cut.Symbol));
            return draft;
        }
        if (!abbreviated && _blank.Read(view, type, m, at) is { } blank) return blank;
        return null;
    }

    // A number with no codes: a citation where "số", a date, an issuer or a subject makes it one document.
    private CitationDraft? BareNumbered(TextView view, DocumentTypeRow type, TypeWord m, int bareFrom, List<(CitationDraft Draft, bool NeedsFull)> shortForms, bool abbreviated)
    {
        var f = view.Folded;
        if (!DigitAfterNumberWord(f, bareFrom)) return null;
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
        return Counted(view, type, m, bare, number, shortForm, then, shortForms, abbreviated);
    }

    // The most characters BareNumber puts before the number: " số : ".
    private const int MaxBareNumberLead = 6;

    // A necessary condition of BareNumber at `at`: the number's first digit after at most six of the lead's characters
    // (spaces, "số", ':' or '.'). Most type words have a word after them ("kế hoạch phát triển"), and a type word with
    // no symbol comes here: the pattern is not tried then (issue 12, parser speed).
    private static bool DigitAfterNumberWord(string f, int at)
    {
        var k = at;
        while (k < f.Length && k - at <= MaxBareNumberLead && f[k] is ' ' or 's' or 'o' or ':' or '.') k++;
        return k < f.Length && k - at <= MaxBareNumberLead && char.IsDigit(f[k]);
    }

    // What the words around a bare number make of it: a citation, a short form kept beside a full citation, or nothing.
    private CitationDraft? Counted(TextView view, DocumentTypeRow type, TypeWord m, Match bare, Group number, CitationDraft shortForm, bool then,
        List<(CitationDraft Draft, bool NeedsFull)> shortForms, bool abbreviated)
    {
        var f = view.Folded;
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
            shortForms.Add((shortForm, !KnownBySerial(view, type, m, number, abbreviated)));
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
            var capitalized = !abbreviated && char.IsUpper(view.Normalized[m.Index]);
            var listed = capitalized && ListedBeforeNumbered(view, number);
            shortForms.Add((shortForm, !(type.NumberAlone && capitalized) && !listed && !KnownBySerial(view, type, m, number, abbreviated)));
        }
        return null;
    }

    // "Sau thời gian triển khai, NQ 57 đã đi vào cuộc sống" (jl-009), "Theo CV 327, thì cùng ngày 22/2 SYT còn có CV 321"
    // (ka-023), "THEO TT 15 CỦA BGD" (kn-024), "Hướng dẫn đánh giá học sinh Tiểu học theo thông tư 22" (kn-064), "triển
    // khai thực hiện quyết định 217 về ban hành quy chế …" (jl-059): a type whose documents are known by number
    // (numberAlone) names one by its serial, abbreviated or in lower case too (tests/corpus/README.md: short forms keep
    // their number as written; jl-009, jl-010, kz-063). A lower-case type word is also a verb ("xem xét, quyết định 13 nội
    // dung", "phường thông báo 12 đến Trạm Y tế"), so only where the sentence rests on or carries out the document
    // ("theo", "thực hiện", relations in phrases.json). Only a serial of two digits at least, as for a serial with its
    // year, and not one of a run of numbers ("CV 5029 91123 TCT", a file name's words in a page's title).
    private bool KnownBySerial(TextView view, DocumentTypeRow type, TypeWord m, Group number, bool abbreviated)
    {
        if (!type.NumberAlone || number.Length < 2 || number.Value.Contains('/')) return false;
        var f = view.Folded;
        var end = number.Index + number.Length;
        if (end + 1 < f.Length && f[end] == ' ' && char.IsAsciiDigit(f[end + 1])) return false;
        // "tuyển NQ 124 người", "CT 15 người": a count.
        if (QuantityWords.FollowedByUnit(f, end) || QuantityWords.FollowedByQuantity(f, end)) return false;
        return abbreviated || RelationBefore(f, m.Index);
    }

    // "tình huống pháp lý tương tự như trong Đề án 153, Kết luận số 77-KL/TW và Nghị quyết số 170/2024/QH15" (mr-003): a
    // capitalized type word and its serial listed before a numbered citation is an item of a list of documents, so it
    // names one by its serial whatever its type (tests/corpus/README.md: short forms keep their number as written, "Đề
    // án 1366"). Only a serial that is no count: three digits at least, or two with a leading zero ("Đề án 06").
    private bool ListedBeforeNumbered(TextView view, Group number)
    {
        if (number.Value.Contains('/') || number.Length < 2 || number.Length == 2 && number.Value[0] != '0') return false;
        // "Kế hoạch 2025, Kế hoạch số 45/KH-UBND" (the review's): a year names the plan's year, not its serial.
        if (number.Length == 4 && number.Value[0] is '1' or '2' && number.Value[1] is '9' or '0') return false;
        var (n, f) = (view.Normalized, view.Folded);
        var end = number.Index + number.Length;
        var next = f.AsSpan(end).StartsWith(", ") ? end + 2 : f.AsSpan(end).StartsWith(" va ") ? end + 4 : -1;
        if (next < 0 || next >= n.Length || !char.IsUpper(n[next]) || _typeWords.MatchAt(f, next) is not { } word) return false;
        return ListedNumber().IsMatch(f, next + word.Length);
    }

    // What a numbered item of the list opens with after its type word: "số", or the number itself.
    [GeneratedRegex(@"\G\x20(?:so\x20?:?\x20?)?\d", RegexOptions.CultureInvariant)]
    private static partial Regex ListedNumber();

    private bool RelationBefore(string f, int start)
    {
        var before = f.AsSpan(Math.Max(0, start - 24), Math.Min(24, start));
        foreach (var r in _relations)
            if (before.EndsWith(r) && (before.Length == r.Length || before[^(r.Length + 1)] == ' ')) return true;
        return false;
    }

    // "quyet-dinh-4308-qd-byt": a slug's type word cites only with the whole symbol after it (SluggedTypeWords); a
    // công văn's codes read so stay a công văn's, though its issuer's code may look like a type code ("CT-TTHT").
    public CitationDraft? Slugged(TextView view, DocumentTypeRow type, TypeWord m)
    {
        if (_slugged.SymbolAfter(view, type, m.Index + m.Length) is not { } slug) return null;
        var kept = type.Id is "cong-van" && slug.Symbol.Year is null;
        var draft = new CitationDraft { Type = kept ? type : _codes.RefineType(type, slug.Symbol), Symbol = slug.Symbol, Start = m.Index };
        _tail.Read(view, draft, slug.End, _codes.IssuerNameFromCode(slug.Symbol));
        return draft;
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

    private bool AfterAmendingVerb(string f, int start)
    {
        var before = f.AsSpan(Math.Max(0, start - 16), Math.Min(16, start));
        foreach (var v in _amending)
            if (before.EndsWith(v) && (before.Length == v.Length || before[^(v.Length + 1)] is ' ' or ',')) return true;
        return false;
    }
}
