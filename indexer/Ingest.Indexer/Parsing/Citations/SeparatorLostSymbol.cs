using Ingest.Indexer.Parsing.Tables;
using Ingest.Indexer.Text;

namespace Ingest.Indexer.Parsing.Citations;

/// <summary>
/// Reads, right after a type word, a symbol whose slashes and hyphens became spaces or underscores, as URL slugs,
/// file names and text without marks write it ("nghi quyet so 55 2010 qh12", "Thông tư 10_2016_BGD", "nghi quyet so
/// 30 nq cp"). The layout says little, so the grammar must: the serial is followed by a year (number/year/CODE, the
/// Law on legal documents) or by the type word's own type code (number/TYPE-CODE, Nghị định 30/2020/NĐ-CP; a công văn,
/// which has none, by two codes at least: number/ISSUER-UNIT), then by codes, which are read up to the first word of
/// running text (a Vietnamese syllable: "về", "quy", "miễn"). The serial may be glued to that type code ("307qđ ttg").
/// Pure.
/// </summary>
internal sealed class SeparatorLostSymbol
{
    private const int MaxCodes = 4;
    private readonly DomainTables _tables;
    private readonly SymbolParser _symbols;

    public SeparatorLostSymbol(DomainTables tables, SymbolParser symbols) => (_tables, _symbols) = (tables, symbols);

    /// <summary>The symbol starting at <paramref name="index"/> of the folded view after a word of <paramref name="type"/>, and its end.</summary>
    public (DocumentSymbol Symbol, int End)? ParseAt(string folded, int index, DocumentTypeRow type)
    {
        var serialEnd = index;
        while (serialEnd < folded.Length && serialEnd - index < 6 && char.IsAsciiDigit(folded[serialEnd])) serialEnd++;
        if (serialEnd == index) return null;
        // "quyết định số 307qđ ttg": the serial glued to the type word's own type code, the codes after a space.
        var glued = !IsSeparator(folded, serialEnd);
        var (second, secondEnd) = Token(folded, glued ? serialEnd : serialEnd + 1);
        string? head;
        if (!glued && second.Length == 4 && second.All(char.IsAsciiDigit) && second[..2] is "19" or "20") head = second;
        else if (second.Length > 0 && char.IsAsciiLetter(second[0]) && _tables.TypeCodes.Find(second.ToUpperInvariant()).Code is { } code
                 && (_tables.TypeByCode(code, party: false)?.Id == type.Id || _tables.TypeByCode(code, party: true)?.Id == type.Id)) head = code; // "quy-dinh-08-qdi-tw": a Party code
        // "cong van 2591 bnv tcbc", "CONG-VAN-73658-CT-TTHT": a công văn has no type code (number/ISSUER-UNIT, Nghị định
        // 30/2020/NĐ-CP), so its codes follow the serial at once; two of them at least, the issuer's and its unit's,
        // since one short word after a number is as likely running text.
        else if (!glued && type.Id is "cong-van" && IsCode(second)) head = null;
        else return null;
        var codes = new List<string>();
        if (head is null) codes.Add(second.ToUpperInvariant());
        var end = secondEnd;
        while (codes.Count < MaxCodes && IsSeparator(folded, end))
        {
            var (token, tokenEnd) = Token(folded, end + 1);
            if (!IsCode(token)) break;
            codes.Add(token.ToUpperInvariant());
            end = tokenEnd;
        }
        if (codes.Count < (head is null ? 2 : 1)) return null;
        var written = folded[index..serialEnd] + "/" + (head is null ? "" : head.All(char.IsAsciiDigit) ? head + "/" : head + "-") + string.Join('-', codes);
        return _symbols.ParseLoose(written) is { } symbol ? (symbol with { Repaired = true }, end) : null;
    }

    /// <summary>
    /// "Số 05 2012 TT BLDTBXH", "… so 05 2015 tt byt": after "số" with no type word, a serial, a year, a type code and an
    /// issuer's code spell a legal document's symbol (number/year/TYPE-ISSUER) whose type its code gives. Every
    /// "số" followed by digits in <paramref name="folded"/>, with the symbol's start and end.
    /// </summary>
    public IEnumerable<(DocumentSymbol Symbol, DocumentTypeRow Type, int Start, int End)> FindAfterNumberWord(string folded)
    {
        for (var at = folded.IndexOf("so ", StringComparison.Ordinal); at >= 0; at = folded.IndexOf("so ", at + 3, StringComparison.Ordinal))
        {
            var index = at + 3;
            if ((at > 0 && char.IsAsciiLetterOrDigit(folded[at - 1])) || index >= folded.Length || !char.IsAsciiDigit(folded[index])) continue;
            var serialEnd = index;
            while (serialEnd < folded.Length && serialEnd - index < 6 && char.IsAsciiDigit(folded[serialEnd])) serialEnd++;
            // Only the dated layout: a serial, a space and a year (a slug's "05 2012"), then the codes.
            if (serialEnd + 6 > folded.Length || folded[serialEnd] != ' ' || Token(folded, serialEnd + 1) is not { Token: { Length: 4 } year }
                || !year.All(char.IsAsciiDigit) || year[..2] is not ("19" or "20")) continue;
            if (ReadCodes(folded, serialEnd + 5) is not { Codes.Count: >= 2 } read) continue;
            var written = folded[index..serialEnd] + "/" + year + "/" + string.Join('-', read.Codes);
            if (_symbols.ParseLoose(written) is not { TypeCode: { } code } symbol || _tables.TypeByCode(code, party: false) is not { } type) continue;
            yield return (symbol with { Repaired = true }, type, index, read.End);
        }
    }

    private static (List<string> Codes, int End)? ReadCodes(string folded, int end)
    {
        var codes = new List<string>();
        while (codes.Count < MaxCodes && IsSeparator(folded, end))
        {
            var (token, tokenEnd) = Token(folded, end + 1);
            if (!IsCode(token)) break;
            codes.Add(token.ToUpperInvariant());
            end = tokenEnd;
        }
        return codes.Count == 0 ? null : (codes, end);
    }

    private static bool IsSeparator(string f, int i) =>
        i + 1 < f.Length && f[i] is ' ' or '_' or '-' && char.IsAsciiLetterOrDigit(f[i + 1]);

    private static (string Token, int End) Token(string f, int start)
    {
        var end = start;
        while (end < f.Length && (char.IsAsciiLetterOrDigit(f[end]) || f[end] == '&')) end++;
        return (f[start..end], end);
    }

    // A code is short and starts with a letter; a word of running text is a Vietnamese syllable ("ve", "quy", "mien"),
    // which "qh12", "ubnd", "bgd", "cp", "ttht" are not.
    private static bool IsCode(string token) =>
        token.Length is > 0 and <= 10 && char.IsAsciiLetter(token[0]) && !VietnameseSyllable.IsSyllable(token);
}
