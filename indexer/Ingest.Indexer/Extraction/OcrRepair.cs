using System.Text;
using System.Text.RegularExpressions;
using Ingest.Indexer.Parsing.Citations;
using Ingest.Indexer.Parsing.Tables;

namespace Ingest.Indexer.Extraction;

/// <summary>
/// Mends what OCR does to document symbols and dates, and nothing else: '/' read as 'l', 'I' or '1'
/// ("15lKH-UBND"), a lost or doubled hyphen, 'Đ' read as 'D' in a code ("QD-UBND"), a stray space
/// ("34 -CT/TW"), O for 0 and l for 1 inside dates ("0l/O2/2021"). A candidate is replaced only when the
/// repaired form reads as a symbol whose codes are all known, so ordinary words are never touched. Pure.
/// </summary>
public sealed partial class OcrRepair
{
    private readonly SymbolParser _symbols;
    private readonly DomainTables _tables;

    public OcrRepair(DomainTables tables)
    {
        _tables = tables;
        _symbols = new SymbolParser(tables);
    }

    // A serial, a separator, then codes whose own separators OCR may have turned into ' . , or a pair.
    [GeneratedRegex(@"(?<![\p{L}\d/])(?<num>\d{1,5})(?<sep>\s?[/lI|]\s?|\s?-\s?-?\s?)(?<codes>[A-ZĐa-zđÐ1I][A-ZĐa-zđÐ0-9]{0,7}(?:(?:\s?[-/]\s?|[-/'.,`´~_=]{1,2})[A-ZĐa-zđÐ][A-ZĐa-zđÐ0-9]{0,9}){0,3})(?![\p{L}\d])")]
    private static partial Regex SymbolCandidate();

    [GeneratedRegex(@"(?<![\p{L}\d])(?<d>[0-3Ol]?[0-9Ol])\s?/\s?(?<m>[01Ol]?[0-9Ol])\s?/\s?(?<y>[12l][09O][0-9Ol]{2})(?![\p{L}\d])")]
    private static partial Regex DateCandidate();

    /// <summary>The repaired text and how many repairs were made.</summary>
    public (string Text, int Repairs) Apply(string text)
    {
        var repairs = 0;
        text = DateCandidate().Replace(text, m =>
        {
            var fixedDate = m.Value.Replace('O', '0').Replace('l', '1');
            if (fixedDate != m.Value) repairs++;
            return fixedDate;
        });
        text = SymbolCandidate().Replace(text, m =>
        {
            var candidate = Rebuild(m);
            if (KnownSymbol(candidate) is not { } repaired || repaired == m.Value) return m.Value;
            repairs++;
            return repaired;
        });
        return (text, repairs);
    }

    private string Rebuild(Match m)
    {
        var sep = m.Groups["sep"].Value.Trim();
        // Ð is Tesseract's look-alike for Đ, and it often reads the letter twice ("QĐÐ-UBND").
        var codes = Regex.Replace(m.Groups["codes"].Value, @"\s", "").Replace('Ð', 'Đ').Replace("ĐĐ", "Đ");
        // A hyphen between codes read as an apostrophe, a dot or a pair ("CT'TTg", "CT-.UBND").
        codes = Regex.Replace(codes, @"[-/'.,`´~_=]{1,2}", sepRun => sepRun.Value.Contains('/') ? "/" : "-");
        var separator = sep.StartsWith('-') ? "-" : "/"; // "-" after the serial is the Party form; else it stood for '/'
        if (separator == "/") codes = SplitGluedCodes(codes);
        return m.Groups["num"].Value + separator + codes;
    }

    // "CTTTg" (hyphen lost) → "CT-TTg"; "CTEUBND" (hyphen read as a letter) → "CT-UBND": a known type code
    // followed, directly or after one stray character, by a known issuer code.
    private string SplitGluedCodes(string codes)
    {
        var cut = codes.IndexOfAny(['-', '/']);
        var first = cut < 0 ? codes : codes[..cut];
        var rest = cut < 0 ? "" : codes[cut..];
        if (_tables.TypeCodes.Find(first).Code is not null || _tables.IssuerByCode(first) is not null) return codes;
        for (var length = Math.Min(4, first.Length - 1); length >= 1; length--)
        {
            var type = first[..length];
            if (_tables.TypeCodes.Find(type).Code is null) continue;
            var tail = first[length..];
            if (_tables.IssuerByCode(tail) is not null) return type + "-" + tail + rest;
            if (tail.Length > 2 && _tables.IssuerByCode(tail[1..]) is not null) return type + "-" + tail[1..] + rest;
        }
        return codes;
    }

    // Accept only when every code reads as a known type or issuer code (after the code book's own look-alike
    // repair), with 'D' tried as 'Đ' where that is what makes it known ("QD" → "QĐ").
    private string? KnownSymbol(string candidate)
    {
        foreach (var variant in new[] { candidate, DToDStroke(candidate) })
        {
            DocumentSymbol? symbol;
            // A repair is a guess that may be declined: a candidate the symbol pattern runs out of time on is left
            // as OCR read it rather than failing the whole upload.
            try { symbol = _symbols.ParseLoose(variant); }
            catch (RegexMatchTimeoutException) { return null; }
            if (symbol is null || symbol.IssuerCodes.Count == 0 || _tables.IssuerByCode(symbol.IssuerCodes[0]) is null) continue;
            if (symbol.TypeCode is null && !symbol.Party && symbol.Year is null) continue; // a công văn needs no repair guess
            return symbol.Number;
        }
        return null;
    }

    private static string DToDStroke(string s)
    {
        var sb = new StringBuilder(s);
        for (var i = 1; i < sb.Length; i++) if (sb[i] == 'D' && char.IsUpper(sb[i - 1])) sb[i] = 'Đ';
        return sb.ToString();
    }
}
