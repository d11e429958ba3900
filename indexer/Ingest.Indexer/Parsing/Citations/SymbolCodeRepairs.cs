using System.Text.RegularExpressions;
using Ingest.Indexer.Parsing.Tables;
using static Ingest.Indexer.Parsing.Citations.SymbolCodeShapes;

namespace Ingest.Indexer.Parsing.Citations;

/// <summary>
/// The codes of a symbol that OCR, typing and flattened tables damaged, read back as the tables write them: a key struck
/// twice or inside a code ("NQQ", "UVBTVQH"), a space or hyphen inside a code ("UBTV QH15", "BGD-ĐT"), Telex and '&amp;'
/// spellings of a central body's code ("BGĐT", "BGD&amp;ĐT"), the legislature's term read as letters ("QHI5"), a date's day
/// or a footnote's mark glued on ("BGDĐT10", "CP1"), a lost hyphen ("QĐUBND", "UBNDYT"). Each repair is taken only where
/// the tables confirm it; otherwise null. Pure and thread-safe.
/// </summary>
internal sealed partial class SymbolCodeRepairs
{
    private readonly DomainTables _tables;

    public SymbolCodeRepairs(DomainTables tables) => (_tables, _isMixedCaseCode) = (tables, IsMixedCaseCode);

    // The test handed to GluedWordAfterCode for every code read, made once rather than a new delegate each time.
    private readonly Func<string, bool> _isMixedCaseCode;

    // The code at k as a code the tables hold, read as written or through a repair of what OCR and typing did to it
    // (with whether it was repaired); null where none is.
    internal (string? Code, bool Repaired) KnownCode(in SymbolDraft d, int k, string seg)
    {
        var (party, introduced, codes) = (d.Party, d.Introduced, d.Codes);
        var (c, r) = _tables.IssuerCodeBook.Find(seg);
        if (c is null && CentralSpelling(seg) is { } central) (c, r) = (central, true);
        // "36-HD/VPTƯ": a central Party body's code spelled with "TƯ" for the "TW" the rules write (Hướng dẫn 36-HD/VPTW).
        if (c is null && party && seg.Length > 2 && seg.EndsWith("TƯ", StringComparison.Ordinal)
            && _tables.IssuerCodeBook.Find(seg[..^2] + "TW") is { Code: { } spelled }) (c, r) = (spelled, true);
        if (c is null && introduced && StruckInside(seg) is { } struck) (c, r) = (struck, true);
        if (c is null && TermReadAsLetter(seg) is { } lettered) (c, r) = (lettered, true);
        // "153-HD/BTGTWW": a key struck twice at the end of a known code.
        // Not in the type's place of a state symbol: "45/BCTT-KTNS" is a Báo cáo thẩm tra, not "BCT" struck twice.
        if (c is null && introduced && !(k == 0 && !party && codes.Count > 1)
            && seg.Length > 2 && seg[^1] == seg[^2] && _tables.IssuerCodeBook.Find(seg[..^1]) is { Code: { } once, Repaired: false })
            (c, r) = (once, true);
        return (c, r);
    }

    // What a scan or a flattened table glued to the code at k, cut off it (the symbol's end moved with it); true where the
    // symbol ends with this code, the words after it glued to it.
    internal bool CutGluedTail(ref SymbolDraft d, int k, SymbolPart capture, ref string seg)
    {
        var (normalized, codes, separators) = (d.Normalized, d.Codes, d.Separators);
        // "87/HĐÐĐND-KTNS" (jd-ubnd-quang-ngai-bc-2024-280-ocr): Tesseract read one Đ three times (Đ, Ð, Đ); no code
        // writes three Đ running ("ĐĐBQH" writes two), so the run is the one letter.
        if (seg.Contains("ĐĐĐ", StringComparison.Ordinal)) { seg = TripleD().Replace(seg, "Đ"); d.Repaired = true; }
        if (k == codes.Count - 1 && GluedDay(normalized, capture, seg) is { } day)
        {
            seg = seg[..^day]; // "19/2018/TT-BGDĐT10/10/2018": a table's cells flattened, the date glued on
            d.End -= day;
        }
        // "Nghị định số 126/2024/NĐ-CP1, Sở Nội vụ …": a footnote's number glued to the last code (the words after a
        // space are read as codes until one fails); the symbol ends there, past the mark, so a date after it is read.
        var footnote = false;
        if (k > 0 && d.Match.Year.Success && (k == codes.Count - 1 || separators[k].ValueSpan is " ")
            && GluedFootnote(seg) is { } mark)
        {
            seg = seg[..^mark];
            d.End = capture.Index + capture.Length;
            footnote = true;
        }
        // "70-TB/TWngày 06 tháng 01 năm 2012", "35/2025/QĐ-TTgcủa Thủ tướng": a word after the symbol glued to its code.
        // The words after it are captured as codes after a space; the symbol ends where the glued word begins.
        var wordGlued = false;
        if ((k == codes.Count - 1 || separators[k].ValueSpan is " ")
            && GluedWordAfterCode.Length(normalized, capture.Index + capture.Length, seg, _isMixedCaseCode) is { } gluedWord)
        {
            seg = seg[..^gluedWord];
            d.End = capture.Index + capture.Length - gluedWord;
            wordGlued = true;
        }
        return footnote || wordGlued;
    }

    [GeneratedRegex("Đ{3,}", RegexOptions.CultureInvariant)]
    private static partial Regex TripleD();

    // The codes of the National Assembly and its Standing Committee, which carry the legislature's term (QH15, UBTVQH14).
    internal static readonly HashSet<string> TermCodes = new(StringComparer.Ordinal) { "QH", "UBTVQH" };

    // "258/2025/QHI5" (il-014): OCR reads the digit 1 of the legislature's term as I or l. After QH or UBTVQH only a
    // term of two digits can stand, so the letter is certainly 1 (tests/corpus/README.md, decided with the il- batch).
    internal string? TermReadAsLetter(string seg)
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
    internal string? SpacedInside(string before, string after)
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
    internal string? StruckInside(string seg)
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
    internal int? GluedDay(string normalized, SymbolPart capture, string seg)
    {
        var digits = TrailingDigits(seg);
        if (digits == 0 || !GluedDate().IsMatch(normalized.AsSpan(capture.Index + capture.Length))) return null;
        return _tables.IssuerCodeBook.Find(seg[..^digits]) is { Code: not null, Repaired: false } ? digits : null;
    }

    [GeneratedRegex(@"^/\d{1,2}/(?:19|20)\d{2}(?!\d)", RegexOptions.CultureInvariant)]
    private static partial Regex GluedDate();

    // The one issuer code a type's documents all carry (impliedCode "NĐ-CP" of document-types.json), where the code read in
    // its place is one no table holds, of the same length and first letter: an OCR slip of its last letter ("NĐ- C5").
    internal string? ImpliedIssuer(string? typeCode, List<string> issuers)
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
    internal int? GluedFootnote(string seg)
    {
        var digits = TrailingDigits(seg);
        if (digits == 0 || char.IsAsciiDigit(seg[^(digits + 1)])) return null;
        var code = seg[..^digits];
        if (TermCodes.Contains(code) || _tables.IssuerCodeBook.Find(seg).Code is not null) return null;
        return Central(code) is not null ? digits : null;
    }

    // "TTg", "TTr": a code the tables write in mixed case, as written.
    internal bool IsMixedCaseCode(string code) =>
        _tables.IssuerCodeBook.Find(code).Code == code || _tables.TypeCodes.Find(code).Code == code;

    // "NQQ" → "NQ": the one doubled letter of a code typed twice; null when none is doubled.
    internal static string? Undoubled(string code)
    {
        for (var i = 1; i < code.Length; i++)
            if (char.ToUpperInvariant(code[i]) == char.ToUpperInvariant(code[i - 1])) return code.Remove(i, 1);
        return null;
    }

    // A central body's code as its documents are numbered nationally, from two common slips: "&" between the words
    // ("TT-BGD&ĐT" for BGDĐT) and Telex typing, where "dd" becomes "đ" ("BGĐT" typed as BGDDT, for BGDĐT). Local
    // bodies keep their own spelling ("SGD&ĐT" is how many departments number), so only central codes are read so.
    internal string? CentralSpelling(string seg)
    {
        if (seg.Contains('&') && Central(seg.Replace("&", "")) is { } joined) return joined;
        for (var i = seg.IndexOfAny(['Đ', 'đ']); i >= 0; i = seg.IndexOfAny(['Đ', 'đ'], i + 1))
            if (Central(seg.Insert(i, "D")) is { } telex) return telex;
        return null;
    }

    internal string? Central(string written) =>
        _tables.IssuerCodeBook.Find(written) is { Code: { } c, Repaired: false } && _tables.IssuerByCode(c)?.Scope == "central" ? c : null;

    // "UBTVQH11", "QH14": the National Assembly's bodies write their term after their code; the body is the code's.
    internal string? CentralOfTerm(string written)
    {
        var k = written.Length;
        while (k > 0 && char.IsAsciiDigit(written[k - 1])) k--;
        return k < written.Length && written.AsSpan(0, k).EndsWith("QH", StringComparison.Ordinal) ? Central(written[..k]) : null;
    }

    // "QĐUBND" → (QĐ, UBND): only when both halves are codes the tables know, since the split is a guess.
    internal (string Type, string Issuer)? SplitGlued(string seg)
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
    internal (string Issuer, string Unit)? GluedUnit(string seg)
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

    // How many digits, at most two, close a code after at least one other character: the day of a date or a footnote's
    // mark glued to it ("BGDĐT10", "CP1").
    private static int TrailingDigits(string seg)
    {
        var digits = 0;
        while (digits < 2 && digits < seg.Length - 1 && char.IsAsciiDigit(seg[^(digits + 1)])) digits++;
        return digits;
    }
}
