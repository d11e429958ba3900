using System.Text;
using System.Text.RegularExpressions;
using Ingest.Indexer.Parsing.Tables;
using Ingest.Indexer.Text;

namespace Ingest.Indexer.Parsing.Citations;

/// <summary>
/// Reads document symbols from folded text, tolerating what OCR and line wrapping do to them: spaces around
/// '/' and '-' ("15 /KH-BDT", "16- CT/TU"), lower case ("34-ct/tw"), look-alike letters ("C1/TW"),
/// thousands dots ("1.234/QĐ-UBND"). Pure and thread-safe.
/// </summary>
public sealed partial class SymbolParser
{
    private readonly DomainTables _tables;

    public SymbolParser(DomainTables tables) => _tables = tables;

    // Matched on the folded view (lower case, no marks), so every letter class here is ASCII.
    private const string Symbol = """
        (?<![\d/.])
        (?<num>\d{1,3}(?:\.\d{3})+|\d{1,6}[a-z]?)      # serial: 15, 01, 12a, 1.234
        (?:
           \x20?-\x20?(?<ptype>[a-z][a-z0-9]{0,4})      # Party: 34-CT/TW, 08-QĐi/TW
           \x20?/\x20?(?<pcode>[a-z][a-z0-9]{0,9})
           (?:-\x20?(?<pcode>[a-z][a-z0-9]{0,9}))*
         |
           (?:\x20?/\x20?(?<year>(?:19|20)\d{2}))?        # legal normative: 91/2017/NĐ-CP
           \x20?/\x20?(?<code>[a-z][a-z0-9]{0,9})         # 15/KH-BDT, 238/UBND-KGVX
           (?:-\x20?(?<code>[a-z][a-z0-9]{0,9}))*
        )
        (?![a-z0-9])
        """;

    [GeneratedRegex(Symbol, RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 2000)]
    internal static partial Regex SymbolPattern();

    // The same, anchored where the caller stands (after a type word), so a miss costs nothing.
    [GeneratedRegex(@"\G" + Symbol, RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 2000)]
    private static partial Regex SymbolAt();

    /// <summary>Parses a symbol that starts exactly at <paramref name="index"/> of the view.</summary>
    public (DocumentSymbol Symbol, int End)? ParseAt(TextView view, int index)
    {
        var m = SymbolAt().Match(view.Folded, index);
        if (!m.Success) return null;
        var symbol = Interpret(view.Normalized, m);
        return symbol is null ? null : (symbol, m.Index + m.Length);
    }

    /// <summary>Every symbol in the view, in order, with its normalized span.</summary>
    public IEnumerable<(DocumentSymbol Symbol, int Start, int End)> FindAll(TextView view)
    {
        // Try the anchored pattern only where a number starts: a symbol always begins with its serial.
        var f = view.Folded;
        for (var i = 0; i < f.Length; i++)
        {
            if (!char.IsAsciiDigit(f[i]) || (i > 0 && (char.IsAsciiDigit(f[i - 1]) || f[i - 1] is '/' or '.'))) continue;
            var m = SymbolAt().Match(f, i);
            if (!m.Success) continue;
            var symbol = Interpret(view.Normalized, m);
            if (symbol is null) continue;
            yield return (symbol, m.Index, m.Index + m.Length);
            i = m.Index + m.Length - 1;
        }
    }

    /// <summary>Parses a symbol typed by a user ("34-ct/tw", "Chỉ thị 19/CT-TTg"); the first one found, or null.</summary>
    public DocumentSymbol? ParseLoose(string text)
    {
        var view = TextViewBuilder.Build(text);
        foreach (var (symbol, _, _) in FindAll(view)) return symbol;
        return null;
    }

    private DocumentSymbol? Interpret(string normalized, Match m)
    {
        var serial = m.Groups["num"].Value.Replace(".", "");
        var party = m.Groups["ptype"].Success;
        var repaired = false;
        string? typeCode;
        var issuers = new List<string>();
        var codeGroup = party ? m.Groups["pcode"] : m.Groups["code"];
        var segments = codeGroup.Captures.Select(c => normalized.Substring(c.Index, c.Length)).ToList();

        if (party)
        {
            var written = normalized.Substring(m.Groups["ptype"].Index, m.Groups["ptype"].Length);
            if (!IsCodeShaped(written)) return null;
            (typeCode, var r) = _tables.TypeCodes.Find(written);
            if (typeCode is null || _tables.TypeByCode(typeCode, party: true) is null) return null;
            repaired |= r;
        }
        else
        {
            (typeCode, var r) = _tables.TypeCodes.Find(segments[0]);
            if (typeCode is not null && _tables.TypeByCode(typeCode, party: false) is not null && segments.Count > 1)
            {
                repaired |= r;
                segments.RemoveAt(0);
            }
            else typeCode = null; // công văn (238/UBND-KGVX) or a law's QH12: no type part
        }

        foreach (var seg in segments)
        {
            if (!IsCodeShaped(seg)) return null;
            var (code, r) = _tables.IssuerCodeBook.Find(seg);
            if (code is null && !IsUpperCode(seg)) return null; // "10/xã", "2/tháng": not a code
            repaired |= r && code is not null;
            issuers.Add(code ?? seg.ToUpperInvariant());
        }
        if (typeCode is null && !KnownIssuer(issuers)) return null;

        int? year = m.Groups["year"].Success ? int.Parse(m.Groups["year"].Value) : null;
        var number = Compose(serial, year, typeCode, issuers, party);
        return new DocumentSymbol(number, serial, year, typeCode, issuers, party, repaired);
    }

    private bool KnownIssuer(List<string> issuers) =>
        issuers.Count > 0 && _tables.IssuerByCode(issuers[0]) is not null;

    private static string Compose(string serial, int? year, string? type, List<string> issuers, bool party)
    {
        var sb = new StringBuilder(serial);
        if (party) return sb.Append('-').Append(type).Append('/').Append(string.Join('-', issuers)).ToString();
        if (year is not null) sb.Append('/').Append(year);
        sb.Append('/');
        if (type is not null) sb.Append(type).Append(issuers.Count > 0 ? "-" : "");
        return sb.Append(string.Join('-', issuers)).ToString();
    }

    // Codes are Latin letters and digits (Đ allowed); a letter with a tone mark means we matched a word.
    private static bool IsCodeShaped(string s)
    {
        foreach (var c in s)
            if (!(char.IsAsciiLetterOrDigit(c) || c is 'Đ' or 'đ')) return false;
        return true;
    }

    private static bool IsUpperCode(string s)
    {
        var letters = 0;
        foreach (var c in s)
        {
            if (char.IsLetter(c)) { if (!char.IsUpper(c)) return false; letters++; }
        }
        return letters >= 2;
    }
}
