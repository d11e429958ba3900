using System.Text.RegularExpressions;
using Ingest.Indexer.Parsing.Tables;
using Ingest.Indexer.Text;

namespace Ingest.Indexer.Parsing.Citations;

/// <summary>
/// Reads document symbols (số ký hiệu) by the grammar the rules write them in, not from a list: the Law on legal
/// documents (<c>number/year/CODE</c>: 35/2018/QH14, 24/2012/TTLT-BLĐTBXH-BNV-BTC), Nghị định 30/2020/NĐ-CP on
/// administrative documents (<c>number/TYPE-ISSUER[-UNIT]</c>: 123/KH-UBND; công văn <c>number/ISSUER-UNIT</c>:
/// 1234/BYT-KCB) and Hướng dẫn 36-HD/VPTW for Party documents (<c>number-TYPE/ISSUER</c>: 34-CT/TW, 03-CTr/TU).
/// Tolerates what OCR, HTML and line wrapping do to them: spaces around '/' and '-' ("15 /KH-BDT", "19/CT- TTg",
/// "34 -CT/TW"), lower case ("34-ct/tw"), look-alike letters ("C1/TW"), thousands dots ("1.234/QĐ-UBND"), a space
/// where the hyphen or slash was ("105 KH/TĐ", "19 CT-TTg"), a dot or a lost hyphen between codes ("QĐ.UBND",
/// "QĐUBND"). Two modes: after a type word or "Số:" (<see cref="ParseAt"/>) any well-formed code sequence is a
/// symbol; alone in running text (<see cref="FindAll"/>) it needs a known type code or issuer code. The tables
/// only name codes; they decide nothing after a type word. Pure and thread-safe.
/// </summary>
public sealed partial class SymbolParser
{
    private readonly DomainTables _tables;
    private readonly SymbolInterpreter _interpreter;
    private readonly DamagedSymbolReader _damaged;

    public SymbolParser(DomainTables tables)
    {
        _tables = tables;
        var layout = new SymbolLayout(tables);
        _interpreter = new SymbolInterpreter(tables, layout);
        _damaged = new DamagedSymbolReader(tables, _interpreter, layout);
    }

    // Compile both generated matchers before their clocks time any text (RegexWarmUp says why).
    static SymbolParser()
    {
        RegexWarmUp.Run(SymbolAt(), "12/qd-ubnd");
        RegexWarmUp.Run(SymbolPattern(), "so 12/qd-ubnd");
    }

    // Matched on the folded view (lower case, no marks), so every letter class here is ASCII; '&' joins the
    // words of a ministry's code ("BNN&PTNT"). The case and marks of codes are read from the normalized view.
    private const string Symbol = """
        (?<![\d/.])
        (?<num>\d{1,3}\.\d{1,2}(?=\x20?/\x20?(?:19|20)\d{2}\x20?/)  # a numbered part of a series: 66.7/2026/NQ-CP
          |\d{1,3}(?:\.\d{3})+                           # serial: 1.234
          |\d{1,6}-\d{1,6}(?=/(?:(?:19|20)\d{2}/)?[a-z])   # a company's serial in two parts: 25-2303/PBHC-KD, 01-10/2025/CV-TKV (ka-001)
          |(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])(?=/[a-z])   # a company's serial that is its date: 20251022/CV-HD
          |\d{1,6}[a-z]?)                                 # serial: 15, 01, 12a
        (?:
           (?:\x20?-\x20?|(?<psp>\x20)|(?<pglue>(?<=\d)))       # Party: 34-CT/TW; "105 KH/TĐ", "20NQ/TW" lost the hyphen
           (?<ptype>[a-z][a-z0-9]{0,5})
           (?:\x20?/\x20?|(?<pslsp>\x20)(?=[a-z]{0,6}[uw](?![a-z0-9&/-])))   # "57-NQ TW": the slash lost before a committee's code
           (?<pcode>[a-z][a-z0-9&]{0,15})
           (?:(?<psep>\x20?-\x20?|\.)(?<pcode>[a-z][a-z0-9&]{0,15}))*
         |
           (?:(?:\x20?//?\x20?|_)(?<year>(?:19|20)\d{2})(?:/\k<year>)?)?  # legal normative: 91/2017/NĐ-CP; a year typed twice; "48/⁄2017" (ip-037): a slash read twice
           (?:\x20?/\x20?|_|(?<ssp>\x20)(?=[a-z]{1,5}\x20?-)    # 15/KH-BDT; "19 CT-TTg" lost its slash; "_" of a file name
             |(?<sfix>(?<=/(?:19|20)\d{2})|(?<=\d)\.)(?=[a-z]{1,5}\x20?-))   # "134/2016NĐ-CP", "11.NQ-CP": the slash lost or a dot
           (?<code>[a-z][a-z0-9&]{0,15}(?:(?<=&)\x20[a-z][a-z0-9&]{0,15})?)     # "QLN& TTBĐS": a space after the '&' that joins two words
           (?:(?<sep>\x20?-\x20?|(?:[.:]|-\]?)\x20-|\.|\x20?/|\x20|_)(?<code>[a-z][a-z0-9&]{0,15}(?:(?<=&)\x20[a-z][a-z0-9&]{0,15})?|(?<=[a-z]\.)\d{1,3}(?=-[a-z])))*  # "62/QĐ_HĐBT", "02_2009_TT-BKH", "QĐ /BVHTTDL"; "TT: -VPCP", "TT- -BQP" (SeparatorText); "CCTKV.05-TTKT3"
         |
           \x20?-\x20?(?<ocode>[a-z][a-z0-9&]{0,15})            # before 1990 and in some units: 196-HĐBT, 23-QĐ
           (?:-(?<ocode>[a-z][a-z0-9&]{0,15}))*
           (?!\x20?/)
         |
           -(?<hyear>(?:19|20)\d{2})                           # "18-2019-TT-BGDĐT": every slash typed as a hyphen
           (?:-(?<hcode>[a-z][a-z0-9&]{0,15})){2,4}
        )
        (?![a-z0-9])
        """;

    [GeneratedRegex(Symbol, RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexWarmUp.MatchTimeoutMilliseconds)]
    internal static partial Regex SymbolPattern();

    // The same, anchored where the caller stands (after a type word), so a miss costs nothing.
    [GeneratedRegex(@"\G" + Symbol, RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexWarmUp.MatchTimeoutMilliseconds)]
    internal static partial Regex SymbolAt();

    /// <summary>
    /// Parses a symbol that starts exactly at <paramref name="index"/> of the view, where a type word or "Số:"
    /// introduced it: any well-formed code sequence is accepted.
    /// </summary>
    public (DocumentSymbol Symbol, int End)? ParseAt(TextView view, int index)
    {
        if (index + 1 < view.Normalized.Length && view.Normalized[index] is 'I' or 'l' && char.IsAsciiDigit(view.Normalized[index + 1]))
            return _damaged.StrokeForOne(view, index);
        if (!MayMatchAt(view.Folded, index)) return null;
        var m = SymbolMatch.At(view.Folded, index);
        if (m is null || CutByUnreadLetter(view.Folded, m.End)) return null;
        return _damaged.SpacedAfterJointType(view, index, m) ?? _interpreter.Interpret(view.Normalized, m, introduced: true);
    }

    // "Tờ trình số 06/TTr- SGŒTTT" (jw-020, jw-ubnd-bac-lieu-qd-2025-duong-bo-ocr): the folded view keeps only letters no
    // Vietnamese word has, a scan's misreading, and a code that runs into one is cut in the middle; what it was is not
    // certain from the letters alone, so no symbol is read here (ParseCutByUnreadLetterAt reads it for a caller that
    // confirms the code by the body the sentence names).
    internal static bool CutByUnreadLetter(string f, int end) => end < f.Length && f[end] > '\u007F' && char.IsLetter(f[end]);

    /// <inheritdoc cref="DamagedSymbolReader.ParseCutByUnreadLetterAt"/>
    public (DocumentSymbol Symbol, string Letters, int End)? ParseCutByUnreadLetterAt(TextView view, int index) =>
        _damaged.ParseCutByUnreadLetterAt(view, index);

    /// <inheritdoc cref="DamagedSymbolReader.ParseSplitAt"/>
    public (DocumentSymbol Symbol, int End)? ParseSplitAt(TextView view, int index) => _damaged.ParseSplitAt(view, index);

    /// <inheritdoc cref="DamagedSymbolReader.ParseSpacedYearAt"/>
    public (DocumentSymbol Symbol, int End)? ParseSpacedYearAt(TextView view, int index) => _damaged.ParseSpacedYearAt(view, index);

    /// <inheritdoc cref="DamagedSymbolReader.ParseStrayYearDigitAt"/>
    public (DocumentSymbol Symbol, int End)? ParseStrayYearDigitAt(TextView view, int index) => _damaged.ParseStrayYearDigitAt(view, index);

    /// <inheritdoc cref="DamagedSymbolReader.ParseDoubledSlashAt"/>
    public (DocumentSymbol Symbol, int End)? ParseDoubledSlashAt(TextView view, int index) => _damaged.ParseDoubledSlashAt(view, index);

    /// <inheritdoc cref="DamagedSymbolReader.ParseMarkInTypeCodeAt"/>
    public (DocumentSymbol Symbol, int End)? ParseMarkInTypeCodeAt(TextView view, int index, IReadOnlyList<string> typeCodes) =>
        _damaged.ParseMarkInTypeCodeAt(view, index, typeCodes);

    /// <inheritdoc cref="DamagedSymbolReader.ParseDigitForLetterAt"/>
    public (DocumentSymbol Symbol, int End)? ParseDigitForLetterAt(TextView view, int index) => _damaged.ParseDigitForLetterAt(view, index);

    /// <summary>
    /// Every symbol in the view that stands alone, in order, with its normalized span. A number inside one of the
    /// <paramref name="passOver"/> spans is not read: the search goes on where that span ends.
    /// </summary>
    public IEnumerable<(DocumentSymbol Symbol, int Start, int End)> FindAll(TextView view, SpanSet? passOver = null)
    {
        // Try the anchored pattern only where a number starts: a symbol always begins with its serial.
        var f = view.Folded;
        for (var i = 0; i < f.Length; i++)
        {
            // Straight to the next digit, by a vectorized search: most of a text is words.
            var toDigit = f.AsSpan(i).IndexOfAnyInRange('0', '9');
            if (toDigit < 0) break;
            i += toDigit;
            // Inside a run of digits no symbol starts (a serial is the whole run, and a digit before it is refused below):
            // straight past the run, not one search a digit (issue 12, parser speed). A covered span over the run reaches
            // at least as far from any later offset in it, so nothing the jump below would pass over is read instead.
            if (i > 0 && char.IsAsciiDigit(f[i - 1]))
            {
                while (i + 1 < f.Length && char.IsAsciiDigit(f[i + 1])) i++;
                continue;
            }
            // The citations other readers took already (BareSymbolSweep): a symbol starting inside one overlaps it and
            // is dropped, so it is not read at all; most numbers of a text stand in such citations (issue 12).
            if (passOver is not null && passOver.CoveredUntil(i) is var coveredEnd and >= 0)
            {
                i = coveredEnd - 1;
                continue;
            }
            // "phiếu trình số I3/UB-TP" (jh-ubnd-cao-bang-qd-1999-157-ocr): "số" introduces the number as a type word does,
            // so a serial whose first 1 the OCR read as I or l is read there too.
            if (i > 0 && f[i - 1] is 'i' or 'l' && AfterNumberWord(f, i - 1) && _damaged.StrokeForOne(view, i - 1) is { } stroked)
            {
                yield return (stroked.Symbol, i - 1, stroked.End);
                i = stroked.End - 1;
                continue;
            }
            if ((i > 0 && (char.IsAsciiDigit(f[i - 1]) || f[i - 1] is '/' or '.')) || !MayMatchAt(f, i)) continue;
            var m = SymbolMatch.At(f, i);
            if (m is null || CutByUnreadLetter(f, m.End)) continue;
            if (_interpreter.Interpret(view.Normalized, m, introduced: AfterNumberWord(f, i)) is not { } parsed) continue;
            yield return (parsed.Symbol, m.Index, parsed.End);
            i = parsed.End - 1;
        }
    }

    // How far past the serial's digits and dots the Symbol pattern must find its sign (see MayStartSymbol).
    private const int SignReach = 16;

    // A necessary condition of the Symbol pattern at i, checked by hand because the pattern is tried at every number
    // of a text (about half of a text's numbers fail this, most of them counts and dates in words; a failed try of
    // the pattern cost about 300 ns, docs/BENCHMARKS.md). A match's serial is the whole run of digits and dots at i,
    // perhaps with one letter; after it every branch writes a '/', '-' or '_' within 9 characters ("15/KH-BDT",
    // "34 -CT/TW", "105 KH/TĐ", "19 CT-TTg", "196-HĐBT", "18-2019-TT-BGDĐT"), except the Party branch whose slash became
    // a space ("57-NQ TW"), which ends its committee's code, at most 15 characters on, in 'u' or 'w'
    // standing before no letter, digit, '&', '/' or '-'. Where none of these stands in reach, the pattern cannot match.
    // The readers of damaged symbols also ask it of a serial cut in two ("37 7⁄QĐ-BGDĐT"), so it stays this loose;
    // MayMatchAt is the sharper test for the pattern tried at i itself.
    internal static bool MayStartSymbol(string f, int i)
    {
        // char.IsDigit, not IsAsciiDigit: the pattern's \d is any Unicode digit.
        if (i >= f.Length || !char.IsDigit(f[i])) return false;
        var e = i;
        while (e < f.Length && (char.IsDigit(f[e]) || f[e] == '.')) e++;
        var end = Math.Min(f.Length, e + SignReach);
        for (var k = e; k < end; k++)
        {
            if (f[k] is '/' or '-' or '_') return true;
            if (f[k] is 'u' or 'w' && (k + 1 == f.Length || !(char.IsAsciiLetterLower(f[k + 1]) || char.IsAsciiDigit(f[k + 1]) || f[k + 1] is '&' or '/' or '-'))) return true;
        }
        return false;
    }

    // The most characters the Symbol pattern puts between a serial and the first letter of its codes: " // 2017/2017 / ".
    private const int MaxGapBeforeCode = 16;

    /// <summary>
    /// A necessary condition of the Symbol pattern matching at <paramref name="i"/>, sharper than MayStartSymbol: also
    /// a code can follow the serial (CodeFollowsSerial). Where it is false, the pattern fails at i.
    /// </summary>
    internal static bool MayMatchAt(string f, int i) => MayStartSymbol(f, i) && CodeFollowsSerial(f, i);

    // For the numbers that pass MayStartSymbol (most of them dates: "ngày 12/3/2021 về",
    // "giai đoạn 2021-2025 và"): between the serial's last digit and the first letter of its codes every branch of the
    // pattern writes only spaces, '-', '/', '_', a year (four digits, 19.. or 20..), the second part of a company's
    // serial (digits between '-' and '/': "25-2303/PBHC-KD") and a '.' right before a letter ("11.NQ-CP", "134/2016.NĐ-CP"); the
    // first letter is ASCII lower case on the folded view. A gap of one space is the Party branch's "105 KH/TĐ", "57-NQ TW"
    // or the slash lost in "19 CT-TTg": a code of at most six letters and digits, then '/' or '-' (after a space or
    // not) or a committee's code ending in 'u' or 'w'. Where the text after the serial has none of these shapes, the
    // pattern cannot match at i.
    private static bool CodeFollowsSerial(string f, int i)
    {
        // The gap starts after the serial's last digit: a '.' after it is the gap's ("11.NQ-CP").
        var g = i;
        while (g < f.Length && (char.IsDigit(f[g]) || f[g] == '.')) g++;
        while (f[g - 1] == '.') g--;
        for (var k = g; k < f.Length && k - g <= MaxGapBeforeCode;)
        {
            var c = f[k];
            if (char.IsAsciiLetterLower(c)) return k != g + 1 || f[g] != ' ' || PartyCodeAfterSpace(f, k);
            if (char.IsDigit(c))
            {
                var run = k;
                while (k < f.Length && char.IsDigit(f[k])) k++;
                var year = k - run == 4 && (f[run] == '1' && f[run + 1] == '9' || f[run] == '2' && f[run + 1] == '0');
                var next = k < f.Length ? f[k] : '\0';
                // After a '-' only a company's serial, before its '/', or a year every slash of which became a hyphen
                // ("18-2019-TT-BGDĐT"): "giai đoạn 2021-2025 và" is no symbol.
                if (f[run - 1] == '-' ? !(next == '/' || year && next == '-') : !year) return false;
                continue;
            }
            if (c == '.' && !(k + 1 < f.Length && char.IsAsciiLetterLower(f[k + 1]))) return false;
            if (c is not ('.' or ' ' or '-' or '/' or '_')) return false;
            k++;
        }
        return false;
    }

    // "105 KH/TĐ", "57-NQ TW", "19 CT-TTg": the code at k, after the serial and one space, has at most six letters and
    // digits and is followed by '/' or '-', by a space and one of them, or by a space and a committee's code of at most
    // seven letters ending in 'u' or 'w' before no letter, digit, '&', '/' or '-'.
    private static bool PartyCodeAfterSpace(string f, int k)
    {
        var a = k;
        while (a < f.Length && (char.IsAsciiLetterLower(f[a]) || char.IsAsciiDigit(f[a]))) a++;
        if (a - k > 6 || a == f.Length) return false;
        if (f[a] is '/' or '-') return true;
        if (f[a] != ' ' || a + 1 == f.Length) return false;
        if (f[a + 1] is '/' or '-') return true;
        var w = a + 1;
        while (w < f.Length && char.IsAsciiLetterLower(f[w])) w++;
        return w - (a + 1) is >= 1 and <= 7 && f[w - 1] is 'u' or 'w'
            && (w == f.Length || !(char.IsAsciiDigit(f[w]) || f[w] is '&' or '/' or '-'));
    }

    // "số 319/PVKT", "số: 12/SYT-VP": the word "số" introduces a number as a type word does.
    private static bool AfterNumberWord(string f, int i)
    {
        var j = i;
        while (j > 0 && f[j - 1] == ' ') j--;
        if (j > 0 && f[j - 1] is ':' or '.') j--;
        while (j > 0 && f[j - 1] == ' ') j--;
        return j >= 2 && f[j - 2] == 's' && f[j - 1] == 'o' && (j == 2 || !char.IsAsciiLetter(f[j - 3]));
    }

    /// <summary>
    /// Parses a symbol typed by a user or stored in a record ("34-ct/tw", "Chỉ thị 19/CT-TTg", "182/PGDĐT"): the
    /// first one found, read as introduced; or null.
    /// </summary>
    public DocumentSymbol? ParseLoose(string text)
    {
        var view = TextViewBuilder.Build(text);
        var f = view.Folded;
        for (var i = 0; i < f.Length; i++)
        {
            if (!char.IsAsciiDigit(f[i]) || (i > 0 && (char.IsAsciiDigit(f[i - 1]) || f[i - 1] is '/' or '.'))) continue;
            if (ParseAt(view, i) is { } parsed) return parsed.Symbol;
        }
        return null;
    }

    /// <summary>
    /// The symbol a citation's number stands for, to key and resolve it: the number itself when it is a whole
    /// symbol, or a serial and year written alone ("Nghị định số 41/2012") completed with the code every document
    /// of its type carries (impliedCode in document-types.json: 41/2012/NĐ-CP). The citation's number stays as
    /// written (tests/corpus/README.md, short forms); only keys, the graph and queries use the completed symbol.
    /// Null when neither reads. Pure.
    /// </summary>
    public DocumentSymbol? ParseCited(string? number, string typeId)
    {
        if (number is null) return null;
        if (ParseLoose(number) is { } whole) return whole;
        return Implied(number, typeId);
    }

    /// <summary>"41/2012" of a Nghị định → 41/2012/NĐ-CP: a serial and year completed with the type's one code, or null.</summary>
    internal DocumentSymbol? Implied(string serialAndYear, string typeId)
    {
        if (!serialAndYear.Contains('/')) return null;
        var type = _tables.DocumentTypes.FirstOrDefault(t => t.Id == typeId);
        return type?.ImpliedCode is { } code ? ParseLoose(serialAndYear + "/" + code) : null;
    }

    /// <summary>
    /// The symbol with a letter its issuer's code lost restored, where the issuer written after it names the body
    /// whose code that is ("115-HD/BTGW ... của Ban Tuyên giáo Trung ương": BTGTW); otherwise the symbol as read.
    /// </summary>
    public DocumentSymbol ConfirmedByIssuer(DocumentSymbol symbol, string? issuerName)
    {
        if (issuerName is null || symbol.IssuerCodes.Count == 0) return symbol;
        var written = symbol.IssuerCodes[^1];
        if (_tables.IssuerCodeBook.Contains(written) || !symbol.Number.EndsWith(written, StringComparison.Ordinal)) return symbol;
        // Folded only once a code one letter longer is found: most symbols' last code is a unit's ("UBND-VX"), which no
        // table lists, and no code of the tables is that code with a letter lost.
        string? name = null;
        foreach (var row in _tables.IssuerCodes)
        {
            if (row.Code.Length != written.Length + 1 || !OneLetterLost(row.Code, written)) continue;
            name ??= TextFolding.FoldLoose(issuerName);
            if (TextFolding.FoldLoose(row.Name) != name) continue;
            var codes = symbol.IssuerCodes.Take(symbol.IssuerCodes.Count - 1).Append(row.Code).ToList();
            return new DocumentSymbol(symbol.Number[..^written.Length] + row.Code, symbol.Serial, symbol.Year, symbol.TypeCode, codes, symbol.Party, true);
        }
        return symbol;
    }

    // "BTGW" is "BTGTW" with one letter lost: compared around each letter of the full code in turn, without making the
    // shorter code (every row of the tables one letter longer than the written code is asked).
    private static bool OneLetterLost(string full, string written)
    {
        for (var i = 0; i < full.Length; i++)
            if (full.AsSpan(0, i).Equals(written.AsSpan(0, i), StringComparison.OrdinalIgnoreCase)
                && full.AsSpan(i + 1).Equals(written.AsSpan(i), StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    /// <summary>
    /// "Nghị quyết số 16/NQO-UBBC" (io-ubnd-phuong-sa-dec-qd-154-2025-ocr): the type word's own code with one stray letter
    /// the OCR added, before the issuer's code, is that type code (tests/corpus/README.md, OCR debris inside a symbol whose
    /// reading is certain: the type word gives NQ). Only a first code no table holds, and not a key struck twice ("Chỉ thị
    /// số 15/CTT-TTg" in a digital text, im-026, is the writer's slip and stays as written); otherwise null.
    /// </summary>
    internal DocumentSymbol? TypedByWord(DocumentSymbol symbol, IReadOnlyList<string> typeCodes)
    {
        if (symbol is not { TypeCode: null, Party: false } || symbol.IssuerCodes.Count < 2) return null;
        var first = symbol.IssuerCodes[0];
        if (first.Length < 3 || !char.IsLetter(first[^1]) || first[^1] == first[^2] || _tables.IssuerCodeBook.Find(first).Code is not null) return null;
        foreach (var code in typeCodes)
        {
            if (code.Length != first.Length - 1 || !first.StartsWith(code, StringComparison.Ordinal)) continue;
            var issuers = symbol.IssuerCodes.Skip(1).ToList();
            return symbol with { Number = SymbolLayout.Compose(symbol.Serial, symbol.Year, code, issuers, false), TypeCode = code, IssuerCodes = issuers, Repaired = true };
        }
        return null;
    }
}
