using System.Text;
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

    public SymbolParser(DomainTables tables) => _tables = tables;

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
           (?:(?<sep>\x20?-\x20?|(?:[.:]|-\]?)\x20-|\.|\x20?/|\x20|_)(?<code>[a-z][a-z0-9&]{0,15}(?:(?<=&)\x20[a-z][a-z0-9&]{0,15})?))*  # "62/QĐ_HĐBT", "02_2009_TT-BKH", "QĐ /BVHTTDL"; "TT: -VPCP", "TT- -BQP" (SeparatorText)
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

    // "1.234": a thousands dot, dropped; "66.7": a part of a series, kept.
    [GeneratedRegex(@"^\d{1,3}(?:\.\d{3})+$", RegexOptions.CultureInvariant)]
    private static partial Regex ThousandsDots();

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
            return StrokeForOne(view, index);
        if (!MayStartSymbol(view.Folded, index)) return null;
        var m = SymbolAt().Match(view.Folded, index);
        if (!m.Success || CutByUnreadLetter(view.Folded, m.Index + m.Length)) return null;
        return SpacedAfterJointType(view, index, m) ?? Interpret(view.Normalized, m, introduced: true);
    }

    // "Thông tư số 17/2006/TTLT/ BLĐTBXH-BTC-BYT" (kf-002): a space typed after the slash that follows a joint document's
    // type code. A joint type code is never a symbol's last code (its issuers follow it), so the codes after the space are
    // the symbol's; the slash and the space trade places, which keeps every offset, and the symbol is read with the space
    // before its slash ("103/QĐ /BVHTTDL").
    private (DocumentSymbol Symbol, int End)? SpacedAfterJointType(TextView view, int index, Match m)
    {
        var f = view.Folded;
        var end = m.Index + m.Length;
        if (end + 2 >= f.Length || f[end] != '/' || f[end + 1] != ' ' || !char.IsAsciiLetter(f[end + 2])) return null;
        var codes = m.Groups[SymbolGroups.Code];
        if (codes.Captures.Count != 1 || !IsJointTypeCode(Slice(view.Normalized, codes.Captures[0]))) return null;
        var edit = new OcrEdit(end, Swap: true);
        if (MatchEdited(view, index, edit) is not { } hit || InterpretEdited(view, hit, edit) is not { } read
            || read.Symbol.IssuerCodes.Count == 0) return null;
        return (read.Symbol with { Repaired = true }, read.End);
    }

    // "Tờ trình số 06/TTr- SGŒTTT" (jw-020, jw-ubnd-bac-lieu-qd-2025-duong-bo-ocr): the folded view keeps only letters no
    // Vietnamese word has, a scan's misreading, and a code that runs into one is cut in the middle; what it was is not
    // certain from the letters alone, so no symbol is read here (ParseCutByUnreadLetterAt reads it for a caller that
    // confirms the code by the body the sentence names).
    private static bool CutByUnreadLetter(string f, int end) => end < f.Length && f[end] > '\u007F' && char.IsLetter(f[end]);

    /// <summary>
    /// Parses a cited symbol whose last code runs into a letter a scan invented ("Tờ trình số 06/TTr-\nSGŒTYT",
    /// jh-ubnd-bac-lieu-qd-2025-210-ocr), starting at <paramref name="index"/> where a type word introduced it: the symbol
    /// up to that code, the code's letters as written with the invented ones dropped ("SGTYT"), and where the code ends;
    /// or null. What the code was is not certain from it alone: the caller confirms it by the body the text names.
    /// </summary>
    public (DocumentSymbol Symbol, string Letters, int End)? ParseCutByUnreadLetterAt(TextView view, int index)
    {
        if (!MayStartSymbol(view.Folded, index)) return null;
        var m = SymbolAt().Match(view.Folded, index);
        if (!m.Success || !CutByUnreadLetter(view.Folded, m.Index + m.Length) || m.Groups[SymbolGroups.Ptype].Success) return null;
        if (Interpret(view.Normalized, m, introduced: true) is not { Symbol: { TypeCode: not null, IssuerCodes.Count: 1 } cut } read
            || read.End != m.Index + m.Length) return null;
        var n = view.Normalized;
        var end = read.End;
        while (end < n.Length && char.IsLetter(n[end])) end++;
        var letters = new StringBuilder(cut.IssuerCodes[0]);
        // A code's letters are capitals without marks and Đ; any other letter ("Œ") is one the scan made up, and a
        // lower-case letter makes a word of it, not a code.
        for (var i = read.End; i < end; i++)
            if (char.IsAsciiLetterUpper(n[i]) || n[i] is 'Đ' or 'Ð') letters.Append(n[i] == 'Ð' ? 'Đ' : n[i]);
            else if (char.IsAsciiLetterLower(n[i])) return null;
        return (cut, letters.ToString(), end);
    }

    /// <summary>
    /// Parses a cited symbol whose serial the OCR cut with a space ("Quyết định số 37 7⁄QĐ-BGDĐT ngày 13/02/2025",
    /// jh-ubnd-hai-phong-qd-2025-430-ocr), starting at <paramref name="index"/> where a type word introduced it; or null.
    /// </summary>
    // One number follows a type word, and two would be written with a comma or "và" between them; the symbol's codes
    // glued to the second part make it one. Only for a citation's typed number: the header's "Số: 3 39/C04-P6"
    // (iq-c04-cv-3980-2025-ocr) is filled in by hand, and a gap there may be a digit the scan lost.
    public (DocumentSymbol Symbol, int End)? ParseSplitAt(TextView view, int index)
    {
        if (!MayStartSymbol(view.Folded, index)) return null;
        var f = view.Folded;
        var gap = index;
        while (gap < f.Length && char.IsAsciiDigit(f[gap])) gap++;
        if (gap - index > 3 || gap + 1 >= f.Length || f[gap] != ' ' || !MayStartSymbol(f, gap + 1)) return null;
        var m = SymbolAt().Match(f, gap + 1);
        if (!m.Success || m.Groups[SymbolGroups.Num].Value is var rest && (rest.Contains('.') || rest.Contains('-') || rest.Length + gap - index > 5)) return null;
        if (Interpret(view.Normalized, m, introduced: true) is not { } read || read.Symbol.TypeCode is null && read.Symbol.IssuerCodes.Count == 0) return null;
        var head = f[index..gap];
        return (read.Symbol with { Number = head + read.Symbol.Number, Serial = head + read.Symbol.Serial, Repaired = true }, read.End);
    }

    /// <summary>
    /// Parses a cited symbol whose year the OCR cut with a space before its last digit ("Nghị định số 63/201 0NĐ-CP",
    /// "Thông tư số 02/201 7/TT-VPCP", js-ubnd-tien-giang-qd-2025-ocr), starting at <paramref name="index"/> where a type
    /// word introduced it; or null.
    /// </summary>
    // A serial's slash is followed by a year or a code, never by three digits: "201 7" is a year with its last digit cut
    // off. The space and that digit trade places ("2017 /TT-VPCP", "2010 NĐ-CP"), which keeps every offset, and the
    // symbol is read as written with a space after its year.
    public (DocumentSymbol Symbol, int End)? ParseSpacedYearAt(TextView view, int index)
    {
        var f = view.Folded;
        var slash = index;
        while (slash < f.Length && slash - index < 6 && char.IsAsciiDigit(f[slash])) slash++;
        var space = slash + 4;
        if (slash == index || space + 2 >= f.Length || f[slash] != '/' || f[space] != ' ' || !char.IsAsciiDigit(f[space + 1])
            || f.AsSpan(slash + 1, 2) is not ("19" or "20") || !char.IsAsciiDigit(f[slash + 3])) return null;
        var edit = new OcrEdit(space, Swap: true);
        if (MatchEdited(view, index, edit) is not { } hit || !hit.Match.Groups[SymbolGroups.Year].Success) return null;
        return InterpretEdited(view, hit, edit) is { } read ? (read.Symbol with { Repaired = true }, read.End) : null;
    }

    /// <summary>
    /// Parses a cited symbol whose year the OCR wrote with a stray digit after it ("Thông tư sô 01/20186/TT- VPCP ngày
    /// 23/1 1⁄2018", lg-ubnd-quang-ngai-qd-2025-tthc-kham-chua-benh-ocr, the scan printing 01/2018/TT-VPCP), starting at
    /// <paramref name="index"/> where a type word introduced it; or null.
    /// </summary>
    // Five digits between a serial's slashes are no year and no code; the first four are the year only where the date
    // written right after the symbol is of that year (the Law on legal documents numbers a document with the year it is
    // issued in). "45/25010/NĐ-CP ngày 21/4/2010" (io-025) has no year in its first four and stays unread. The stray digit
    // is read as a space ("2018 /TT- VPCP"), which keeps every offset.
    public (DocumentSymbol Symbol, int End)? ParseStrayYearDigitAt(TextView view, int index)
    {
        var f = view.Folded;
        var slash = index;
        while (slash < f.Length && slash - index < 6 && char.IsAsciiDigit(f[slash])) slash++;
        var stray = slash + 5;
        if (slash == index || stray + 1 >= f.Length || f[slash] != '/' || f.AsSpan(slash + 1, 2) is not ("19" or "20")
            || f.AsSpan(slash + 3, 3).ContainsAnyExceptInRange('0', '9') || f[stray + 1] != '/') return null;
        var edit = new OcrEdit(stray, Swap: false);
        if (MatchEdited(view, index, edit) is not { } hit || !hit.Match.Groups[SymbolGroups.Year].Success
            || InterpretEdited(view, hit, edit) is not { Symbol: { Year: not null, TypeCode: not null } } read
            || !DatedInYear(f, read.End, f.AsSpan(slash + 1, 4))) return null;
        return (read.Symbol with { Repaired = true }, read.End);
    }

    // " ngày …" right after the symbol, its first dozen and a half characters holding the year as a number of its own.
    private static bool DatedInYear(string f, int end, ReadOnlySpan<char> year)
    {
        const string Ngay = " ngay ";
        if (!f.AsSpan(end).StartsWith(Ngay, StringComparison.Ordinal)) return false;
        var date = f.AsSpan(end + Ngay.Length, Math.Min(18, f.Length - end - Ngay.Length));
        for (var at = date.IndexOf(year); at >= 0; at = date[(at + 1)..].IndexOf(year) is var next and >= 0 ? at + 1 + next : -1)
            if ((at == 0 || !char.IsAsciiDigit(date[at - 1])) && (at + 4 == date.Length || !char.IsAsciiDigit(date[at + 4]))) return true;
        return false;
    }

    /// <summary>
    /// Parses a cited symbol whose slash was typed twice ("Quyết định số 5959//QĐ-BVT ngày 21/9/2021",
    /// kd-bvdk-bac-ninh-cv-2021-6191-ocr), starting at <paramref name="index"/> where a type word introduced it; or null.
    /// </summary>
    // The second slash is read as the space a symbol may carry after its slash ("5959/ QĐ-BVT"), which keeps every offset.
    // Only for a citation's typed number, with a type or issuer code after it: the header's "Số: 406//BVPS"
    // (ip-bv-phu-san-can-tho-cv-1067-2023-ocr) is a handwritten number the scan turned into slashes.
    public (DocumentSymbol Symbol, int End)? ParseDoubledSlashAt(TextView view, int index)
    {
        var f = view.Folded;
        var slash = index;
        while (slash < f.Length && slash - index < 6 && char.IsAsciiDigit(f[slash])) slash++;
        if (slash == index || slash + 2 >= f.Length || f[slash] != '/' || f[slash + 1] != '/' || !char.IsAsciiLetter(f[slash + 2])) return null;
        var edit = new OcrEdit(slash + 1, Swap: false);
        if (MatchEdited(view, index, edit) is not { } hit || InterpretEdited(view, hit, edit) is not { } read
            || read.Symbol.TypeCode is null && read.Symbol.IssuerCodes.Count == 0) return null;
        return (read.Symbol with { Repaired = true }, read.End);
    }

    /// <summary>
    /// Parses a cited symbol whose type code begins with a digit the OCR drew for a letter ("Quyết định số
    /// 370/0ĐÐ-BCA-C06", lw-ubnd-tay-ninh-qd-2025-358-ocr; "Quyết định số 2034/0Đ-BGDĐT", ll-dh-cong-thuong-hcm-kh-khao-sat-2026-ocr),
    /// starting at <paramref name="index"/> where a type word introduced it; or null.
    /// </summary>
    // A code never begins with a digit, so the digit is a letter misread; which one, the type codes decide: the reading
    // is taken only when exactly one of the letters the digit is drawn like (DigitLookAlikes) makes a known type code.
    public (DocumentSymbol Symbol, int End)? ParseDigitForLetterAt(TextView view, int index)
    {
        var f = view.Folded;
        var slash = index;
        while (slash < f.Length && slash - index < 6 && char.IsAsciiDigit(f[slash])) slash++;
        if (slash == index) return null;
        // "2034/0Đ-…" or, with a year before the code, "12/2025/0Đ-…".
        if (slash + 5 < f.Length && f[slash] == '/' && f.AsSpan(slash + 1, 2) is "19" or "20"
            && char.IsAsciiDigit(f[slash + 3]) && char.IsAsciiDigit(f[slash + 4]) && f[slash + 5] == '/') slash += 5;
        var at = slash + 1;
        if (at + 1 >= f.Length || f[slash] != '/' || !char.IsAsciiLetterUpper(view.Normalized[at + 1]) && view.Normalized[at + 1] != 'Đ'
            || !DigitLookAlikes.TryGetValue(f[at], out var letters)) return null;
        (DocumentSymbol Symbol, int End)? taken = null;
        foreach (var letter in letters)
        {
            var edit = new OcrEdit(at, Swap: false, Put: letter);
            if (MatchEdited(view, index, edit) is not { } hit || InterpretEdited(view, hit, edit) is not { Symbol.TypeCode: { } code } read
                || !code.StartsWith(letter) || _tables.TypeByCode(code, read.Symbol.Party) is null) continue;
            if (taken is not null) return null;
            taken = (read.Symbol with { Repaired = true }, read.End);
        }
        return taken;
    }

    // The capitals a digit is drawn like in a scanned code: 0 for Q, O and D (the tail of Q and the straight of D lost).
    private static readonly Dictionary<char, string> DigitLookAlikes = new() { ['0'] = "QOD" };

    // One repair of an OCR slip that keeps every offset: the character at At read as a space, or (Swap) the character at
    // At and the one after it trading places, or (Put) the character at At read as that capital letter (lower case in the
    // folded view, whose letters after it are lower case).
    private readonly record struct OcrEdit(int At, bool Swap, char Put = '\0')
    {
        // s[start, start + length) with the repair made.
        public string Apply(string s, int start, int length) =>
            string.Create(length, (s, start, edit: this), static (span, a) =>
            {
                a.s.AsSpan(a.start, span.Length).CopyTo(span);
                var at = a.edit.At - a.start;
                if (a.edit.Swap) (span[at], span[at + 1]) = (span[at + 1], span[at]);
                else if (a.edit.Put != '\0') span[at] = at + 1 < span.Length && char.IsLower(span[at + 1]) ? char.ToLowerInvariant(a.edit.Put) : a.edit.Put;
                else span[at] = ' ';
            });
    }

    // The symbol pattern at index of the folded text with the repair made. Only a window is copied (a character before
    // the symbol, which Interpret looks at, and far more after it than any symbol is long); a match reaching the
    // window's end is read again on the whole text.
    private const int RepairWindow = 256;

    private static (Match Match, int Start, int Length)? MatchEdited(TextView view, int index, OcrEdit edit)
    {
        var f = view.Folded;
        var start = Math.Max(0, index - 1);
        var length = Math.Min(f.Length - start, RepairWindow);
        var m = SymbolAt().Match(edit.Apply(f, start, length), index - start);
        if (m.Success && m.Index + m.Length == length && start + length < f.Length)
        {
            (start, length) = (0, f.Length);
            m = SymbolAt().Match(edit.Apply(f, start, length), index);
        }
        return m.Success ? (m, start, length) : null;
    }

    // The match read on the normalized text with the same repair, its end an offset of the whole text.
    private (DocumentSymbol Symbol, int End)? InterpretEdited(TextView view, (Match Match, int Start, int Length) hit, OcrEdit edit) =>
        Interpret(edit.Apply(view.Normalized, hit.Start, hit.Length), hit.Match, introduced: true) is { } read
            ? (read.Symbol, read.End + hit.Start) : null;

    // "Công văn số I189/SNV-LĐVL&TN" (iu-hoi-nong-dan-lam-dong-cv-52-2025-ocr): OCR reads the serial's first 1 as I or l, as it
    // does in the legislature's term ("QHI5"). Only where a type word or "số" introduced the number, and only with a
    // symbol's codes after it: a serial never starts with a letter.
    private (DocumentSymbol Symbol, int End)? StrokeForOne(TextView view, int index)
    {
        if (index > 0 && char.IsLetterOrDigit(view.Normalized[index - 1]) || !MayStartSymbol(view.Folded, index + 1)) return null;
        var m = SymbolAt().Match(view.Folded, index + 1);
        if (!m.Success || m.Groups[SymbolGroups.Num].Value.Contains('.') || Interpret(view.Normalized, m, introduced: true) is not { } read) return null;
        var symbol = read.Symbol;
        if (symbol.TypeCode is null && symbol.IssuerCodes.Count == 0) return null;
        return (symbol with { Number = "1" + symbol.Number, Serial = "1" + symbol.Serial, Repaired = true }, read.End);
    }

    /// <summary>Every symbol in the view that stands alone, in order, with its normalized span.</summary>
    public IEnumerable<(DocumentSymbol Symbol, int Start, int End)> FindAll(TextView view)
    {
        // Try the anchored pattern only where a number starts: a symbol always begins with its serial.
        var f = view.Folded;
        for (var i = 0; i < f.Length; i++)
        {
            // Straight to the next digit, by a vectorized search: most of a text is words.
            var toDigit = f.AsSpan(i).IndexOfAnyInRange('0', '9');
            if (toDigit < 0) break;
            i += toDigit;
            // "phiếu trình số I3/UB-TP" (jh-ubnd-cao-bang-qd-1999-157-ocr): "số" introduces the number as a type word does,
            // so a serial whose first 1 the OCR read as I or l is read there too.
            if (i > 0 && f[i - 1] is 'i' or 'l' && AfterNumberWord(f, i - 1) && StrokeForOne(view, i - 1) is { } stroked)
            {
                yield return (stroked.Symbol, i - 1, stroked.End);
                i = stroked.End - 1;
                continue;
            }
            if ((i > 0 && (char.IsAsciiDigit(f[i - 1]) || f[i - 1] is '/' or '.')) || !MayStartSymbol(f, i)) continue;
            var m = SymbolAt().Match(f, i);
            if (!m.Success || CutByUnreadLetter(f, m.Index + m.Length)) continue;
            if (Interpret(view.Normalized, m, introduced: AfterNumberWord(f, i)) is not { } parsed) continue;
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
        var name = TextFolding.FoldLoose(issuerName);
        foreach (var row in _tables.IssuerCodes)
        {
            if (row.Code.Length != written.Length + 1 || !OneLetterLost(row.Code, written) || TextFolding.FoldLoose(row.Name) != name) continue;
            var codes = symbol.IssuerCodes.Take(symbol.IssuerCodes.Count - 1).Append(row.Code).ToList();
            return new DocumentSymbol(symbol.Number[..^written.Length] + row.Code, symbol.Serial, symbol.Year, symbol.TypeCode, codes, symbol.Party, true);
        }
        return symbol;
    }

    // "BTGW" is "BTGTW" with one letter lost.
    private static bool OneLetterLost(string full, string written)
    {
        for (var i = 0; i < full.Length; i++)
            if (string.Equals(full.Remove(i, 1), written, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    // "s8 ~7/CT-VB~D": "~" is where a scan could not read a glyph; a symbol touching it lost a digit or a letter there,
    // so what is written is not its number.
    private (DocumentSymbol Symbol, int End)? Interpret(string normalized, Match m, bool introduced)
    {
        if (m.Index > 0 && normalized[m.Index - 1] == '~') return null;
        var read = InterpretWhole(normalized, m, introduced);
        return read is { End: var end } && end < normalized.Length && normalized[end] == '~' ? null : read;
    }

    [GeneratedRegex("Đ{3,}", RegexOptions.CultureInvariant)]
    private static partial Regex TripleD();

    private (DocumentSymbol Symbol, int End)? InterpretWhole(string normalized, Match m, bool introduced)
    {
        var num = m.Groups[SymbolGroups.Num].Value; // a Group's Value is a new copy at each read
        var serial = ThousandsDots().IsMatch(num) ? num.Replace(".", "") : num;
        // "Trả lời công văn số 25-2303/PBHC-KD" (in-cuc-hai-quan-3799-CHQ-GSQL-2025-repo): a company numbers its letters
        // in two parts, which the state's rules never do; read only where a type word or "số" introduces it, since
        // alone in running text "2021-2025/…" is more likely a span of years than a serial.
        if (num.Contains('-') && !introduced) return null;
        // "Số: Ê§0 /TB-UBND" (jd-ubnd-quang-ngai-tb-2024-660-ocr): a serial of zeros is what OCR left of an illegible one;
        // registers count from 1, so it names no document.
        if (serial.AsSpan().TrimStart('0').Length == 0) return null;
        if (m.Groups[SymbolGroups.Ocode].Success) return introduced ? OldStyle(normalized, m, serial) : null;
        if (m.Groups[SymbolGroups.Hyear].Success) return AllHyphens(normalized, m, serial);
        var party = m.Groups[SymbolGroups.Ptype].Success;
        var repaired = false;
        string? typeCode = null;
        var issuers = new List<string>();
        var codes = party ? m.Groups[SymbolGroups.Pcode] : m.Groups[SymbolGroups.Code];
        var separators = party ? m.Groups[SymbolGroups.Psep] : m.Groups[SymbolGroups.Sep];
        var end = m.Index + m.Length;
        var typeSeparator = '-';

        if (party)
        {
            var written = Slice(normalized, m.Groups[SymbolGroups.Ptype]);
            if (!IsCodeShaped(written)) return null;
            (typeCode, var r) = _tables.TypeCodes.Find(written);
            if (typeCode is null && introduced && Undoubled(written) is { } single && _tables.TypeCodes.Find(single).Code is { } once)
                (typeCode, r) = (once, true); // "21-NQQ/TW": a key struck twice
            var known = typeCode is not null && _tables.TypeByCode(typeCode, party: true) is not null;
            // "147-CTHĐ/TU" after "Chương trình hành động": a committee's own type code is still a type code.
            // A lost hyphen ("105 KH/TĐ", "20NQ/TW") or a bare symbol needs a type code the rules list.
            if (!known && (m.Groups[SymbolGroups.Psp].Success || m.Groups[SymbolGroups.Pglue].Success || !introduced || !IsUpperCode(written))) return null;
            if (!known) typeCode = written.ToUpperInvariant() == written ? written : null;
            if (typeCode is null) return null;
            // "57-NQ TW": a space where the slash was, read only as a Party document: a Party type code, then the code
            // of a Party committee (ending in ủy or TW, Hướng dẫn 36-HD/VPTW) in capitals.
            if (m.Groups[SymbolGroups.Pslsp].Success)
            {
                var body = Slice(normalized, codes.Captures[0]);
                if (!known || codes.Captures.Count > 1 || !IsUpperCode(body) || !IsPartyBody(body)) return null;
                r = true;
            }
            repaired |= r;
        }

        for (var k = 0; k < codes.Captures.Count; k++)
        {
            var capture = codes.Captures[k];
            var seg = Slice(normalized, capture);
            // "87/HĐÐĐND-KTNS" (jd-ubnd-quang-ngai-bc-2024-280-ocr): Tesseract read one Đ three times (Đ, Ð, Đ); no code
            // writes three Đ running ("ĐĐBQH" writes two), so the run is the one letter.
            if (seg.Contains("ĐĐĐ", StringComparison.Ordinal)) { seg = TripleD().Replace(seg, "Đ"); repaired = true; }
            if (k == codes.Captures.Count - 1 && GluedDay(normalized, capture, seg) is { } day)
            {
                seg = seg[..^day]; // "19/2018/TT-BGDĐT10/10/2018": a table's cells flattened, the date glued on
                end -= day;
            }
            // "Nghị định số 126/2024/NĐ-CP1, Sở Nội vụ …": a footnote's number glued to the last code (the words after a
            // space are read as codes until one fails); the symbol ends there, past the mark, so a date after it is read.
            var footnote = false;
            if (k > 0 && m.Groups[SymbolGroups.Year].Success && (k == codes.Captures.Count - 1 || separators.Captures[k].ValueSpan is " ")
                && GluedFootnote(seg) is { } mark)
            {
                seg = seg[..^mark];
                end = capture.Index + capture.Length;
                footnote = true;
            }
            // "70-TB/TWngày 06 tháng 01 năm 2012", "35/2025/QĐ-TTgcủa Thủ tướng": a word after the symbol glued to its code.
            // The words after it are captured as codes after a space; the symbol ends where the glued word begins.
            var wordGlued = false;
            if ((k == codes.Captures.Count - 1 || separators.Captures[k].ValueSpan is " ")
                && GluedWordAfterCode.Length(normalized, capture.Index + capture.Length, seg, IsMixedCaseCode) is { } gluedWord)
            {
                seg = seg[..^gluedWord];
                end = capture.Index + capture.Length - gluedWord;
                wordGlued = true;
            }
            // "21-CT/T.Ư": a dot typed inside a code the tables know (TƯ), read as the code.
            if (k + 1 < codes.Captures.Count && separators.Captures[k].ValueSpan is "."
                && _tables.IssuerCodeBook.Find(seg + Slice(normalized, codes.Captures[k + 1])).Code is { } undotted)
            {
                issuers.Add(undotted);
                repaired = true;
                k++;
                continue;
            }
            // Codes after a space or a dot ("19/CT TTg", "QĐ.UBND") are accepted only when they are known codes:
            // otherwise the space ends the symbol ("15/KH-UBND ngày ...").
            var sep = k > 0 ? SeparatorText(separators.Captures[k - 1]) : "";
            if (sep == " /") sep = "/"; // "103/QĐ /BVHTTDL": a space before the slash
            var weakJoin = sep is " " or "." or "/";
            string? code = null;
            // "411/KHLN/TE-MT-…": a joint document's type code (a type's own code and LT or LN, liên tịch or liên
            // ngành: KHLT, KHLN), then its issuers, whether or not the tables list that joint code.
            if (sep == "/" && k == 1 && typeCode is null && !party && issuers.Count == 1 && IsJointTypeCode(issuers[0]))
            {
                typeCode = issuers[0];
                issuers.Clear();
            }
            // "5542/SO/XD-QLHTKT" (a Sở's letter, 2025), "06/HĐND/BCTT-PC" (a district council's report, 2006): a body's
            // code, a slash, then a code with its unit after a hyphen. A code no list fixes stays as written.
            if (sep == "/" && k == 1 && typeCode is null && !party && introduced && issuers.Count == 1 && k + 1 < codes.Captures.Count
                && separators.Captures[k].ValueSpan is "-" && IsCodeShaped(seg) && IsUpperCode(seg))
            {
                issuers[0] += "/" + Canonical(seg);
                continue;
            }
            if (sep == "/" && !(k == 1 && typeCode is not null && !party)) seg = ""; // only "NQLT/UBTVQH15-CP": type, then issuers
            // A joint document's issuers follow its type with the hyphen the Law on legal documents writes
            // (24/2012/TTLT-BLĐTBXH-BNV), as other copies of the same document do; an older body's own "CT/UB"
            // stays as written.
            // "4110/QĐ/BNN-KHCN": a type code, then an issuer with its unit, is the layout of Nghị định 30/2020/NĐ-CP
            // (TYPE-ISSUER-UNIT), its slash typed for the hyphen; an older body's lone "CT/UB" stays as written.
            // A central body's code after the slash ("103/QĐ /BVHTTDL") is read the same: it numbers nationally by those rules.
            // "Quyết định số 78/2002/QĐ /BNN-KL ngày 28/8/2002" (km-001): a legal normative symbol of before 2005, when
            // the layout TYPE-ISSUER was not yet the rule every body wrote (Thông tư liên tịch 55/2005/TTLT-BNV-VPCP),
            // keeps its slash after the type code as printed, the issuer's unit after it too.
            else if (sep == "/" && !IsJointTypeCode(typeCode!) && (!(k + 1 < codes.Captures.Count && separators.Captures[k].Value == "-")
                && Central(seg) is null || BeforeHyphenedLayout(m))) typeSeparator = '/';
            else if (sep == " " && issuers.Count > 0 && (_tables.IssuerCodeBook.Find(issuers[^1] + seg).Code ?? SpacedInside(issuers[^1], seg)) is { } whole)
            {
                issuers[^1] = whole; // "TT-BGD ĐT", "101/2025/UBTV QH15", "40/NQ-HĐBC G": a space inside a code
                repaired = true;
                continue;
            }
            else if (sep == " " && introduced && issuers.Count > 0 && PlaceTail(seg))
            {
                issuers[^1] += seg; // "Công văn số 03/LĐVVN BTh" (iu-022): the association's code and its province's, a space between
                repaired = true;
                continue;
            }
            else if (sep == "-" && issuers.Count > 0 && _tables.IssuerCodeBook.Find(seg).Code is null && Central(issuers[^1] + seg) is { } split)
            {
                // "TTLT/BLĐTBXH-BGD-ĐT-BTC": a hyphen inside a central body's code (BGDĐT) whose second half is no
                // body's code; two bodies' codes are never joined.
                issuers[^1] = split;
                repaired = true;
                continue;
            }
            else if (sep == "." && issuers.Count > 0 && IsCodeShaped(seg) && char.IsUpper(seg[0]))
            {
                issuers[^1] += "." + Canonical(seg); // "931/TTr-PGD.Q8": a dot inside a unit's code
                continue;
            }
            if (!party && k == 0)
            {
                var (t, r) = _tables.TypeCodes.Find(seg);
                if (t is not null && codes.Captures.Count > 1
                    && (_tables.TypeByCode(t, party: false) is not null || PartyTypeBeforeSlash(t, separators.Captures[0])))
                {
                    typeCode = t;
                    repaired |= r;
                    continue;
                }
                // "Quyết định số 28/QĐÐ-TTg" (iu-037): Tesseract reads the Đ of a type code twice, once as the Icelandic
                // Ð, which the view reads as Đ; "QĐĐ" is no code, so the type code is the one with a single Đ.
                if (t is null && introduced && codes.Captures.Count > 1 && seg.Contains("ĐĐ", StringComparison.Ordinal)
                    && _tables.TypeCodes.Find(seg.Replace("ĐĐ", "Đ")) is { Code: { } single } && _tables.TypeByCode(single, party: false) is not null)
                {
                    typeCode = single;
                    repaired = true;
                    continue;
                }
                if (SplitGlued(seg) is { } glued) // "QĐUBND": a hyphen lost between type and issuer
                {
                    (typeCode, code) = glued;
                    repaired = true;
                    issuers.Add(code);
                    continue;
                }
            }
            // "Nghị quyết số 01/2007/NQ-HĐTP TANDTC ngày 02/10/2007" (jq-032): a body's code after a space, once the symbol
            // has its issuer, names the body the issuer sits in (the Hội đồng Thẩm phán of the TANDTC), written after the
            // symbol as its name would be; only a joint document lists a second issuer so.
            // The span goes on over the name, so the date after it is read.
            if (sep == " " && !party && typeCode is not null && issuers.Count > 0 && !IsJointTypeCode(typeCode)
                && IsUpperCode(seg) && _tables.IssuerCodeBook.Find(seg).Code is not null)
            {
                end = codes.Captures[k].Index + codes.Captures[k].Length;
                break;
            }
            if (seg.Length > 0 && IsCodeShaped(seg))
            {
                var (c, r) = _tables.IssuerCodeBook.Find(seg);
                if (c is null && CentralSpelling(seg) is { } central) (c, r) = (central, true);
                // "36-HD/VPTƯ": a central Party body's code spelled with "TƯ" for the "TW" the rules write (Hướng dẫn 36-HD/VPTW).
                if (c is null && party && seg.Length > 2 && seg.EndsWith("TƯ", StringComparison.Ordinal)
                    && _tables.IssuerCodeBook.Find(seg[..^2] + "TW") is { Code: { } spelled }) (c, r) = (spelled, true);
                if (c is null && introduced && StruckInside(seg) is { } struck) (c, r) = (struck, true);
                if (c is null && TermReadAsLetter(seg) is { } lettered) (c, r) = (lettered, true);
                // "153-HD/BTGTWW": a key struck twice at the end of a known code.
                // Not in the type's place of a state symbol: "45/BCTT-KTNS" is a Báo cáo thẩm tra, not "BCT" struck twice.
                if (c is null && introduced && !(k == 0 && !party && codes.Captures.Count > 1)
                    && seg.Length > 2 && seg[^1] == seg[^2] && _tables.IssuerCodeBook.Find(seg[..^1]) is { Code: { } once, Repaired: false })
                    (c, r) = (once, true);
                if (c is not null) { repaired |= r; code = c; }
                else if (IsUpperCode(seg) && _tables.IssuerByCode(seg) is not null) code = Canonical(seg); // "UBTVQH13": a code and its term
                else if (GluedUnit(seg) is { } unit) // "1161/UBNDYT": the hyphen lost between issuer and unit
                {
                    issuers.Add(unit.Issuer);
                    issuers.Add(unit.Unit);
                    repaired = true;
                    continue;
                }
                else if ((!weakJoin || sep == "/") && (introduced || k > 0 || typeCode is not null) && IsUpperCode(seg)) code = Canonical(seg);
                // "102/2025/NQLT/UBTVQH15-CP ĐCTUBTWMTTQVN": a joint document's issuers, one set apart by a space; only a
                // code in capitals that no syllable spells, so the words after a symbol ("… -CP VỀ VIỆC", "THI") end it.
                else if (sep == " " && introduced && typeCode is not null && IsJointTypeCode(typeCode) && seg.Length >= 3
                    && AllCapitals(seg) && !VietnameseSyllable.IsSyllable(TextFolding.FoldLoose(seg))) code = Canonical(seg);
                // "6721/VPCP-V.I", "…-P.KT": a unit's code written with a dot inside it (Văn phòng Chính phủ's Vụ I), read
                // whole where capitals stand on both sides of the dot; the dot's second half joins it below.
                else if (sep == "-" && issuers.Count > 0 && k + 1 < codes.Captures.Count && separators.Captures[k].ValueSpan is "."
                    && AllCapitals(seg) && AllCapitals(Slice(normalized, codes.Captures[k + 1]))) code = Canonical(seg);
                // "312 /TT-Tr-LDTB&XH": a code in the mixed case the rules write inside codes ("Tr" of CTr, TTr, QTr, GDTrH,
                // Nghị định 30/2020/NĐ-CP Phụ lục III), between two hyphens of a symbol: no word stands between two codes.
                else if (sep == "-" && k + 1 < codes.Captures.Count && separators.Captures[k].ValueSpan is "-" && seg.Length <= 4
                    && char.IsUpper(seg[0])) code = Canonical(seg);
                // "630/CV SLĐTB&XH": a code with '&' joining its words ("BNN&PTNT", "LĐTB&XH") right after the first code,
                // its hyphen typed as a space; no word holds an '&'.
                else if (sep == " " && k == 1 && introduced && issuers.Count + (typeCode is null ? 0 : 1) == 1 && seg.Contains('&')
                    && IsUpperCode(seg)) code = Canonical(seg);
                // "624/HD.PGDĐT": a type code, a dot for the hyphen, then a local office's code in capitals, kept as written.
                // Only as the symbol's last code: a word after it ("… ngày", "… của") is captured after a space and ends it.
                else if (sep == "." && k == 1 && introduced && typeCode is not null && issuers.Count == 0
                    && (codes.Captures.Count == 2 || separators.Captures[1].ValueSpan is " ")
                    && IsUpperCode(seg) && !seg.Any(char.IsLower))
                {
                    code = Canonical(seg);
                    typeSeparator = '.';
                }
                // "Báo cáo thẩm tra số 154/BC-UBPL15-m" (jg-034): a National Assembly committee closes its report's symbol
                // with one lower-case letter after a hyphen, kept as printed. Only last (a word after a space ends it) and
                // glued to its hyphen: no word is one letter glued so, while "… - ở" sets a word apart with spaces.
                else if (sep == "-" && introduced && issuers.Count > 0 && separators.Captures[k - 1].ValueSpan is "-"
                    && (k == codes.Captures.Count - 1 || separators.Captures[k].ValueSpan is " ")
                    && seg.Length == 1 && char.IsAsciiLetterLower(seg[0])) code = seg;
            }
            if (code is null)
            {
                // "10/xã", "2/tháng": not a code. "Chỉ thị số 33/CT Chính phủ": a type code alone, then words.
                if (issuers.Count == 0 && !(typeCode is not null && introduced && k > 0 && sep == " ")) return null;
                end = codes.Captures[k - 1].Index + codes.Captures[k - 1].Length;
                break;
            }
            issuers.Add(code);
            if (footnote || wordGlued) break;
        }
        if (issuers.Count == 0 && typeCode is null) return null;
        if (!party && typeCode is null && !introduced && !KnownIssuer(issuers)) return null;
        if (!party && m.Groups[SymbolGroups.Ssp].Success && (typeCode is null || issuers.Count == 0)) return null; // "19 CT-TTg" needs a known type code
        // "Nghị định số 134/2016NĐ-CP" (kq-063), "Nghị quyết số 11.NQ-CP của Chính phủ" (kn-069): the slash before the type
        // code lost after the year, or typed as a dot after the serial; read where a type word or "số" introduced the
        // number, with a type code and an issuer's code after it, so "2.KH-…" of a numbered list is no symbol.
        if (!party && m.Groups[SymbolGroups.Sfix].Success)
        {
            if (!introduced || typeCode is null || issuers.Count == 0) return null;
            repaired = true;
        }

        // "819/NQ-UBTVQH 14": the legislature's term written apart from its code.
        if (!party && issuers.Count > 0 && TermCodes.Contains(issuers[^1]) && SpacedTerm().Match(normalized, end) is { Success: true } term)
        {
            issuers[^1] += term.Groups["t"].Value;
            end = term.Index + term.Length;
            repaired = true;
        }
        int? year = m.Groups[SymbolGroups.Year].Success ? int.Parse(m.Groups[SymbolGroups.Year].Value) : null;
        if (!party && year is not null && ImpliedIssuer(typeCode, issuers) is { } implied)
        {
            issuers[0] = implied; // "Nghị định số 126/2024/NĐ- C5" (iu-041): the code every Nghị định carries, its P misread
            repaired = true;
        }
        (party, typeCode) = Layout(party, year, typeCode, issuers);
        // "Quyết định số 96 NQ/QHK6" (jd-022, the ig- and ih- rules for a space where the separator was): the space says
        // nothing of the layout, and a state body (Quốc hội, its term K6 after its code) numbers in the state layout,
        // 96/NQ-QHK6; a Đoàn's or a Hội's "105 KH/TĐ" (dc-026) keeps the Party layout its rules share.
        if (party && m.Groups[SymbolGroups.Psp].Success && issuers.Count == 1 && IsStateBody(issuers[0])) party = false;
        var number = Compose(serial, year, typeCode, issuers, party, typeSeparator);
        if (SymbolSuffix.After(normalized, end, party, year is not null) is { } suffix)
        {
            number += suffix;
            end += suffix.Length;
        }
        return (new DocumentSymbol(number, serial, year, typeCode, issuers, party, repaired), end);
    }

    // A separator as written; the one-character ones, nearly all, as literals rather than a copy each (Value copies).
    private static string SeparatorText(Capture separator) => separator.ValueSpan switch
    {
        "-" => "-",
        "." => ".",
        " " => " ",
        "/" => "/",
        "_" => "_",
        // "02/2017/TT: -VPCP" (lg-ubnd-quang-ngai-qd-2025-tthc-kham-chua-benh-ocr), "18/2026/TT. -BQP"
        // (kx-bo-quoc-phong-vbhn-2026-tang-le-ocr): a speck Tesseract read before the hyphen, and the gap it left, are no
        // separator of their own: the hyphen joins the codes, as in "19/CT- TTg".
        // "86/2016/TT- -BQP", "86/2016/TT-] -BQP", "114/2005/TTLT- -BQP-BNV" (lr-bo-quoc-phong-vbhn-2026-tang-le-ocr, seventeen
        // times beside "86/2016/TT-BQP"): the hyphen read a second time across the gap, with a speck or not, is the one
        // hyphen, as "TT- BQP" is read across the gap alone.
        ". -" or ": -" or "- -" or "-] -" => "-",
        _ => separator.Value,
    };

    // "2573/TBNS/TƯ", "355/QĐNS/TW": a type code only the Party's rules have (the personnel decisions and notices of
    // the Bộ Chính trị and Ban Bí thư, QĐNS, TBNS: "1961-QĐNS/TW", "1713-QĐNS/TW"), then a slash, is the Party layout
    // number-TYPE/BODY (Hướng dẫn 36-HD/VPTW) typed in the state layout's slashes; Layout reads it as a Party symbol
    // where the code after it is a Party body's.
    private bool PartyTypeBeforeSlash(string typeCode, Capture separator) =>
        SeparatorText(separator) is "/" or " /" && _tables.TypeByCode(typeCode, party: true) is not null;

    // A joint document's type code: a state type's code and "LT" (liên tịch: TTLT, NQLT, KHLT) or "LN" (liên ngành:
    // KHLN), as the Law on legal documents and Nghị định 30/2020/NĐ-CP write the codes of documents several bodies issue.
    private bool IsJointTypeCode(string code) =>
        code.Length >= 3 && (code.EndsWith("LT", StringComparison.Ordinal) || code.EndsWith("LN", StringComparison.Ordinal))
        && _tables.TypeCodes.Find(code[..^2]).Code is { } own && _tables.TypeByCode(own, party: false) is not null;

    // "Nghị định số 196-HĐBT", "Quyết định số 23-QĐ": the serial, a hyphen and the issuer's (or type's) code, as
    // documents were numbered before the present rules; read only where a type word introduced it.
    private (DocumentSymbol Symbol, int End)? OldStyle(string normalized, Match m, string serial)
    {
        var codes = new List<string>();
        foreach (Capture c in m.Groups[SymbolGroups.Ocode].Captures)
        {
            var seg = CodeText(normalized, c);
            if (!IsCodeShaped(seg)) return null;
            var known = _tables.IssuerCodeBook.Find(seg).Code ?? _tables.TypeCodes.Find(seg).Code;
            if (known is null && !IsUpperCode(seg)) return null;
            codes.Add(known ?? Canonical(seg));
        }
        // "1373-QĐ-TTg", "18-NQ-TW": a type code, then the codes of issuers the tables know, is a present-day symbol
        // whose slash was typed as a hyphen; read in the layout its issuer's rules write (state or Party).
        if (codes.Count >= 2 && _tables.TypeCodes.Find(codes[0]).Code is { } type && codes.Skip(1).All(c => _tables.IssuerByCode(c) is not null))
        {
            var issuers = codes.Skip(1).ToList();
            var party = issuers.Count == 1 && IsPartyBody(issuers[0]) && _tables.TypeByCode(type, party: true) is not null;
            if (party || _tables.TypeByCode(type, party: false) is not null)
                return (new DocumentSymbol(Compose(serial, null, type, issuers, party), serial, null, type, issuers, party, true), m.Index + m.Length);
        }
        var number = serial + "-" + string.Join('-', codes);
        return (new DocumentSymbol(number, serial, null, null, codes, false, false), m.Index + m.Length);
    }

    // "BTh" (Bình Thuận, told from BT, Bến Tre), "QTr": a place's or a unit's abbreviation in the mixed case only codes
    // write (two capitals, then lower case, as in TTr, CTr): no word and no date opens so, so after a code and a space it
    // continues that code.
    private static bool PlaceTail(string seg) =>
        seg.Length is >= 3 and <= 5 && char.IsAsciiLetterUpper(seg[0]) && char.IsAsciiLetterUpper(seg[1])
        && seg.AsSpan(2).IndexOfAnyExceptInRange('a', 'z') < 0;

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
            return symbol with { Number = Compose(symbol.Serial, symbol.Year, code, issuers, false), TypeCode = code, IssuerCodes = issuers, Repaired = true };
        }
        return null;
    }

    // The codes of the National Assembly and its Standing Committee, which carry the legislature's term (QH15, UBTVQH14).
    private static readonly HashSet<string> TermCodes = new(StringComparer.Ordinal) { "QH", "UBTVQH" };

    [GeneratedRegex(@"\G\x20(?<t>\d{2})(?![\d/.,]?\d)", RegexOptions.CultureInvariant)]
    private static partial Regex SpacedTerm();

    // "258/2025/QHI5" (il-014): OCR reads the digit 1 of the legislature's term as I or l. After QH or UBTVQH only a
    // term of two digits can stand, so the letter is certainly 1 (tests/corpus/README.md, decided with the il- batch).
    private string? TermReadAsLetter(string seg)
    {
        // Most codes reach here with no I or l in their last two characters: nothing is allocated for them.
        if (seg.Length < 4) return null;
        var (a, b) = (seg[^2], seg[^1]);
        var letters = (a is 'I' or 'l' ? 1 : 0) + (b is 'I' or 'l' ? 1 : 0);
        // "163/2024/QHI15" (iq-bca-4552): a stroke read as I or l between the code and its two-digit term.
        if (seg.Length >= 5 && seg[^3] is 'I' or 'l' && char.IsAsciiDigit(a) && char.IsAsciiDigit(b) && TermCodes.Contains(seg[..^3]))
            return seg[..^3] + a + b;
        if (letters != 1 || !(char.IsAsciiDigit(a) || char.IsAsciiDigit(b)) || !TermCodes.Contains(seg[..^2])) return null;
        var read = seg[..^2] + (a is 'I' or 'l' ? '1' : a) + (b is 'I' or 'l' ? '1' : b);
        return _tables.IssuerCodeBook.Find(read).Code ?? (_tables.IssuerByCode(read) is not null ? read : null);
    }

    // The code a space split, where the halves joined are a code the tables hold: the legislature's code and its term
    // ("101/2025/UBTV QH15", iq- batch), a central body's code with the letter at the space lost ("40/NQ-HĐBC G" for
    // HĐBCQG, ip- batch: the OCR read a narrow "Q" as a space), or a local office's code split inside its sector's part.
    // Only short halves after the space, so two codes that a space rightly separates are never merged.
    private string? SpacedInside(string before, string after)
    {
        if (after.Length > 4 || !IsCodeShaped(after)) return null;
        // "QH15" after "UBTV": the term's two digits close the second half.
        if (after.Length >= 3 && char.IsAsciiDigit(after[^1]) && char.IsAsciiDigit(after[^2]) && !char.IsAsciiDigit(after[^3])
            && TermCodes.Contains(before + after[..^2])) return before + after;
        if (after.Length > 2 || before.Length < 3) return null;
        var joined = before + after;
        foreach (var row in _tables.IssuerCodes)
        {
            if (row.Scope != "central" || row.WrittenAs is not null) continue;
            if (row.Code.Length == joined.Length + 1 && row.Code.StartsWith(before, StringComparison.Ordinal) && row.Code.EndsWith(after, StringComparison.Ordinal))
                return row.Code;
            // "514/CV-PGD ĐT" (ir-053): a local office's code is its own letters and its sector's, the ministry's code
            // without the "B" of Bộ (BGDĐT → PGDĐT, SGDĐT); the space falls inside that sector's part.
            if (row.Code.Length >= 4 && row.Code[0] == 'B' && row.Code.Length - 1 > after.Length && joined.Length > row.Code.Length - 1
                && joined.EndsWith(row.Code.AsSpan(1), StringComparison.Ordinal)) return Canonical(joined);
        }
        return null;
    }

    // "UVBTVQH": a central body's code with one key struck inside it (UBTVQH), after a type word. Only codes of five
    // letters or more, whose first and last letters stay, so a local unit's own code is never taken for another's.
    private string? StruckInside(string seg)
    {
        if (seg.Length < 6 || !IsUpperCode(seg)) return null;
        for (var i = 1; i < seg.Length - 1; i++)
            if (_tables.IssuerCodeBook.Find(seg.Remove(i, 1)) is { Code: { } c, Repaired: false } && _tables.IssuerByCode(c)?.Scope == "central")
                return KeyDroppedFrom(seg) ? null : c;
        return null;
    }

    // "BTGVTW" is one key from BTGTW (struck) and one from BTGDVTW (dropped), the Ban Tuyên giáo và Dân vận Trung ương
    // of 2025 (in- batch): a code as near to another by a letter missing is no sure repair, and stays as written.
    private bool KeyDroppedFrom(string seg) =>
        _tables.IssuerCodes.Any(row => row.Code.Length == seg.Length + 1 && row.Scope == "central" && OneDeleted(row.Code, seg));

    private static bool OneDeleted(string longer, string shorter)
    {
        var i = 0;
        while (i < shorter.Length && longer[i] == shorter[i]) i++;
        return longer.AsSpan(i + 1).SequenceEqual(shorter.AsSpan(i));
    }

    // How many digits at the end of the last code are the day of a date glued to it ("BGDĐT10" before "/10/2018"),
    // only where the code without them is a known one; or null.
    private int? GluedDay(string normalized, Capture capture, string seg)
    {
        var digits = 0;
        while (digits < 2 && digits < seg.Length - 1 && char.IsAsciiDigit(seg[^(digits + 1)])) digits++;
        if (digits == 0 || !GluedDate().IsMatch(normalized.AsSpan(capture.Index + capture.Length))) return null;
        return _tables.IssuerCodeBook.Find(seg[..^digits]) is { Code: not null, Repaired: false } ? digits : null;
    }

    private static bool BeforeHyphenedLayout(Match m) =>
        m.Groups[SymbolGroups.Year] is { Success: true } year && int.Parse(year.ValueSpan) < 2005;

    [GeneratedRegex(@"^/\d{1,2}/(?:19|20)\d{2}(?!\d)", RegexOptions.CultureInvariant)]
    private static partial Regex GluedDate();

    // The one issuer code a type's documents all carry (impliedCode "NĐ-CP" of document-types.json), where the code read in
    // its place is one no table holds, of the same length and first letter: an OCR slip of its last letter ("NĐ- C5").
    private string? ImpliedIssuer(string? typeCode, List<string> issuers)
    {
        if (typeCode is null || issuers.Count != 1 || _tables.TypeByCode(typeCode, party: false)?.ImpliedCode is not { } implied) return null;
        if (!implied.StartsWith(typeCode + "-", StringComparison.Ordinal)) return null;
        var code = implied[(typeCode.Length + 1)..];
        var read = issuers[0];
        if (read == code || read.Length != code.Length || read[0] != code[0] || _tables.IssuerCodeBook.Find(read).Code is not null) return null;
        return code;
    }

    // "126/2024/NĐ-CP1" (iu-snv-binh-thuan-ttr-478-2025-pdf: the PDF's superscript footnote mark, flattened): a digit or
    // two after the last code of a legal normative symbol (one with its year), where the code without them is a central
    // body's ("CP", "TTg", "BTC"), which numbers with no digits after its code; the legislature's term ("QH15") is no mark.
    private int? GluedFootnote(string seg)
    {
        var digits = 0;
        while (digits < 2 && digits < seg.Length - 1 && char.IsAsciiDigit(seg[^(digits + 1)])) digits++;
        if (digits == 0 || char.IsAsciiDigit(seg[^(digits + 1)])) return null;
        var code = seg[..^digits];
        if (TermCodes.Contains(code) || _tables.IssuerCodeBook.Find(seg).Code is not null) return null;
        return Central(code) is not null ? digits : null;
    }

    // "TTg", "TTr": a code the tables write in mixed case, as written.
    private bool IsMixedCaseCode(string code) =>
        _tables.IssuerCodeBook.Find(code).Code == code || _tables.TypeCodes.Find(code).Code == code;

    // "NQQ" → "NQ": the one doubled letter of a code typed twice; null when none is doubled.
    private static string? Undoubled(string code)
    {
        for (var i = 1; i < code.Length; i++)
            if (char.ToUpperInvariant(code[i]) == char.ToUpperInvariant(code[i - 1])) return code.Remove(i, 1);
        return null;
    }

    // A central body's code as its documents are numbered nationally, from two common slips: "&" between the words
    // ("TT-BGD&ĐT" for BGDĐT) and Telex typing, where "dd" becomes "đ" ("BGĐT" typed as BGDDT, for BGDĐT). Local
    // bodies keep their own spelling ("SGD&ĐT" is how many departments number), so only central codes are read so.
    private string? CentralSpelling(string seg)
    {
        if (seg.Contains('&') && Central(seg.Replace("&", "")) is { } joined) return joined;
        for (var i = seg.IndexOfAny(['Đ', 'đ']); i >= 0; i = seg.IndexOfAny(['Đ', 'đ'], i + 1))
            if (Central(seg.Insert(i, "D")) is { } telex) return telex;
        return null;
    }

    private string? Central(string written) =>
        _tables.IssuerCodeBook.Find(written) is { Code: { } c, Repaired: false } && _tables.IssuerByCode(c)?.Scope == "central" ? c : null;

    // "18-2019-TT-BGDĐT": a legal normative symbol with hyphens for slashes, as file names write it. Read only when
    // the type code and every issuer code are ones the rules list, since the layout itself says little.
    private (DocumentSymbol Symbol, int End)? AllHyphens(string normalized, Match m, string serial)
    {
        var parts = m.Groups[SymbolGroups.Hcode].Captures.Select(c => CodeText(normalized, c)).ToList();
        var typeCode = _tables.TypeCodes.Find(parts[0]).Code;
        if (typeCode is null || _tables.TypeByCode(typeCode, party: false) is null) return null;
        var issuers = new List<string>();
        foreach (var part in parts.Skip(1))
        {
            if (_tables.IssuerCodeBook.Find(part) is not { Code: { } code, Repaired: false }) return null;
            issuers.Add(code);
        }
        var year = int.Parse(m.Groups[SymbolGroups.Hyear].Value);
        return (new DocumentSymbol(Compose(serial, year, typeCode, issuers, false), serial, year, typeCode, issuers, false, true), m.Index + m.Length);
    }

    // A code's '&' may have a space after it ("QLN& TTBĐS", Sở Xây dựng's unit): the code is written without it. A
    // Cyrillic or Greek capital the folded view matched as Latin ("BТТ") is written as that Latin letter (LookAlikeLetters).
    private static string Slice(string normalized, Capture g) => Unspaced(CodeText(normalized, g));

    private static string CodeText(string normalized, Capture g) => LookAlikeLetters.ToLatin(normalized.Substring(g.Index, g.Length));

    private static string Unspaced(string code) => code.Contains("& ", StringComparison.Ordinal) ? code.Replace("& ", "&", StringComparison.Ordinal) : code;

    // Committee codes that close a Party body's code under Hướng dẫn 36-HD/VPTW (Tỉnh ủy, Thành ủy, Huyện ủy, Quận
    // ủy, Thị xã ủy, Đảng ủy): "BTGTU", "BDVHU", "ĐU" are Party bodies whatever list names them.
    private static readonly string[] CommitteeEndings = ["TU", "ThU", "HU", "QU", "TXU", "ĐU"];

    // "QH", "QHK6": a state body the tables know, its term ("K6", khóa VI) written after its code or not.
    private bool IsStateBody(string code)
    {
        var k = code.Length;
        while (k > 0 && char.IsAsciiDigit(code[k - 1])) k--;
        if (k < code.Length && k > 1 && code[k - 1] == 'K') code = code[..(k - 1)];
        return _tables.IssuerByCode(code) is { System: "state" };
    }

    private bool IsPartyBody(string code) =>
        _tables.IssuerByCode(code) is { System: "party" } ||
        CommitteeEndings.Any(e => code.EndsWith(e, StringComparison.Ordinal));

    // The layout the rules write a symbol in. "22/CT-TW", "24/KH-BTGTU", "41/NQ-ĐU": a Party body's document typed
    // in the state layout; Hướng dẫn 36-HD/VPTW writes it 22-CT/TW, 24-KH/BTGTU, 41-NQ/ĐU, and so it keys with every
    // other spelling of it. "06/CV-ĐU": the same, with a type code (CV) only the Party rules have. "1980-QĐ/TTg": a
    // state document in the Party layout, read as the state rules write it, 1980/QĐ-TTg; not "12-HD/BTC", whose code
    // is also a Party committee's board's (Ban Tổ chức, issuer-codes.json alsoParty). Works on issuers in place.
    private (bool Party, string? TypeCode) Layout(bool party, int? year, string? typeCode, List<string> issuers)
    {
        if (party)
            return typeCode is not null && issuers.Count == 1 && _tables.IssuerByCode(issuers[0]) is { System: "state", Scope: "central", AlsoParty: null }
                && _tables.TypeByCode(typeCode, party: false) is not null ? (false, typeCode) : (true, typeCode);
        if (year is not null) return (false, typeCode);
        if (typeCode is null && issuers.Count == 2 && _tables.TypeByCode(issuers[0], party: true) is not null && IsPartyBody(issuers[1]))
        {
            var type = issuers[0];
            issuers.RemoveAt(0);
            return (true, type);
        }
        var partyType = typeCode is not null && _tables.TypeByCode(typeCode, party: true) is not null;
        return (partyType && issuers.Count == 1 && IsPartyBody(issuers[0]), typeCode);
    }

    // "QĐUBND" → (QĐ, UBND): only when both halves are codes the tables know, since the split is a guess.
    private (string Type, string Issuer)? SplitGlued(string seg)
    {
        for (var cut = 2; cut <= Math.Min(4, seg.Length - 2); cut++)
        {
            var (t, _) = _tables.TypeCodes.Find(seg[..cut]);
            if (t is null || _tables.TypeByCode(t, party: false) is null) continue;
            var (i, _) = _tables.IssuerCodeBook.Find(seg[cut..]);
            if (i is not null) return (t, i);
        }
        return null;
    }

    // "UBNDYT" → (UBND, YT): a local body's known code of four letters or more, then a unit code in capitals
    // ("BTCKN" stays whole: BTC is a ministry, and a ministry's units are not glued so).
    private (string Issuer, string Unit)? GluedUnit(string seg)
    {
        for (var cut = seg.Length - 2; cut >= 3; cut--)
        {
            var unit = seg[cut..];
            if (!IsUpperCode(unit) || unit.Any(char.IsLower)) continue;
            // "27/2002/NQ-HĐNDKXIII" (ih-hdnd-lang-son-27-2002-NQ-thuviennhadat): a council's term ("K" for khóa and a Roman
            // numeral) glued to its code is no unit; the code is kept whole, as written.
            if (unit.Length >= 2 && unit[0] == 'K' && RomanNumerals.Term(unit[1..].ToLowerInvariant()) is not null && unit[1..].All(c => c is 'I' or 'V' or 'X' or 'L')) return null;
            if (_tables.IssuerCodeBook.Find(seg[..cut]) is { Code: { Length: >= 4 } issuer, Repaired: false } && _tables.IssuerByCode(issuer)?.Scope == "local")
                return (issuer, unit);
        }
        return null;
    }

    // An unknown code as written: upper case as the rules write codes, keeping the lower-case letters the rules
    // themselves use inside codes ("GDTrH", "BNN&PTNT").
    private static string Canonical(string seg) => seg.Replace('Ð', 'Đ');

    private bool KnownIssuer(List<string> issuers) =>
        issuers.Count > 0 && _tables.IssuerByCode(issuers[0]) is not null;

    private static string Compose(string serial, int? year, string? type, List<string> issuers, bool party, char typeSeparator = '-')
    {
        var sb = new StringBuilder(serial);
        if (party) return sb.Append('-').Append(type).Append('/').Append(string.Join('-', issuers)).ToString();
        if (year is not null) sb.Append('/').Append(year);
        sb.Append('/');
        if (type is not null) sb.Append(type).Append(issuers.Count > 0 ? typeSeparator.ToString() : "");
        return sb.Append(string.Join('-', issuers)).ToString();
    }

    // Codes are Latin letters and digits (Đ allowed, '&' inside); a letter with a tone mark means we matched a word.
    private static bool IsCodeShaped(string s)
    {
        if (s.Length == 0 || s[0] == '&' || s[^1] == '&') return false;
        foreach (var c in s)
            if (!(char.IsAsciiLetterOrDigit(c) || c is 'Đ' or 'đ' or 'Ð' or '&' or 'Ư' or 'ư')) return false; // Ư: "45-KH/HƯ", "TƯ"
        return true;
    }

    // "V", "III", "KT", "Q8": capitals and digits only, opening with a capital.
    private static bool AllCapitals(string s)
    {
        if (s.Length == 0 || !char.IsUpper(s[0])) return false;
        foreach (var c in s)
            if (!(char.IsAsciiDigit(c) || c is >= 'A' and <= 'Z' or 'Đ')) return false;
        return true;
    }

    // An abbreviation as the rules write one: it opens with a capital and has at least two, or a digit ("KCB",
    // "GDTrH", "TTg", "QH14", "C04"); "Các", "xã" and "ngày" are words.
    private static bool IsUpperCode(string s)
    {
        if (!char.IsUpper(s[0])) return false;
        var upper = 0;
        var digit = false;
        foreach (var c in s)
        {
            if (char.IsUpper(c)) upper++;
            digit |= char.IsAsciiDigit(c);
        }
        return upper >= 2 || digit;
    }
}
