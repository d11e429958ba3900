using System.Collections.Frozen;
using Ingest.Indexer.Parsing.Tables;
using Ingest.Indexer.Text;

namespace Ingest.Indexer.Parsing.Citations;

/// <summary>
/// Reads a cited symbol with one mark the OCR set apart before its serial, after "số": a serial's first 1 split off and
/// read as a stroke ("Nghị định số Ï 07/2021/NĐ-CP ngày 06 tháng 12 năm 2021", lw-ubnd-tay-ninh-qd-2025-358-ocr; "Nghị
/// định sô ] 07/2021/NĐ-CP ngày 06/12/2021", lg-ubnd-quang-ngai-qd-2025-tthc-kham-chua-benh-ocr; "Thông tư số Ị
/// 03/2025/TT-BQP ngày 26 tháng 9 năm 2025", lr-bo-quoc-phong-vbhn-2026-tang-le-ocr, the scans printing 107/2021 and
/// 103/2025), or a
/// speck of the seal or the fold read as a bracket ("Căn cứ Nghị định sô ) 92/201 7/NĐ-CP", "sô ) 107/202 1NĐ-CP",
/// lk-ubnd-bac-lieu-qd-2025-210-ocr). A word never stands between "số" and its number, and a lone stroke is no word, so
/// the mark is the serial's (the same reading as "số 1 747/…", which SymbolParser.ParseSplitAt makes). Only with a
/// symbol's codes after the number. Pure and thread-safe.
/// </summary>
internal static class MarkBeforeSerial
{
    // What each mark stands for: the strokes Tesseract draws for a narrow "1" (I, l, ] and the capital I with the marks
    // a speck lends it), and the bracket, which is debris and stands for nothing. The pipe is left out: it is a table's
    // rule in flattened tables, in front of any cell.
    private static readonly FrozenDictionary<char, string> Marks = new Dictionary<char, string>
    {
        ['I'] = "1", ['Ï'] = "1", ['Ị'] = "1", ['Ì'] = "1", ['Í'] = "1", ['l'] = "1", [']'] = "1",
        [')'] = "",
    }.ToFrozenDictionary();

    // A serial with its 1 put back stays a serial: at most five digits, as SymbolParser.ParseSplitAt joins.
    private const int LongestSerial = 5;

    /// <summary>The symbol after the mark at <paramref name="at"/>, with the serial as the mark makes it, and its end; or null.</summary>
    public static (DocumentSymbol Symbol, int End)? ParseAt(TextView view, int at, bool afterSo, SymbolParser symbols, DomainTables tables)
    {
        var n = view.Normalized;
        if (!afterSo || at + 2 >= n.Length || n[at + 1] != ' ' || !char.IsAsciiDigit(n[at + 2]) || !Marks.TryGetValue(n[at], out var stands)
            || at > 0 && !char.IsWhiteSpace(n[at - 1])) return null;
        if ((symbols.ParseAt(view, at + 2) ?? symbols.ParseSpacedYearAt(view, at + 2)) is not { } read) return null;
        var symbol = read.Symbol;
        if (symbol.TypeCode is null && symbol.IssuerCodes.Count == 0 || symbol.Party || stands.Length + symbol.Serial.Length > LongestSerial
            || !symbol.Serial.All(char.IsAsciiDigit) || !AllCodesKnown(symbol, tables)) return null;
        return (symbol with { Number = stands + symbol.Number, Serial = stands + symbol.Serial, Repaired = true }, read.End);
    }

    // The mark is read only where the rest of the symbol is clean: "số I 747/QĐ-BGTTYT" (jh-ubnd-bac-lieu-qd-2025-210-ocr),
    // its issuer's code damaged too, is a scan too poor to put a digit back on the strength of a stroke.
    private static bool AllCodesKnown(DocumentSymbol s, DomainTables tables)
    {
        if (s.TypeCode is { } type && tables.TypeByCode(type, s.Party) is null) return false;
        foreach (var code in s.IssuerCodes)
            if (tables.IssuerByCode(code) is null) return false;
        return true;
    }
}
