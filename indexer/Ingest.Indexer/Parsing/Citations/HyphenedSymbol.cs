using Ingest.Indexer.Parsing.Tables;
using static Ingest.Indexer.Parsing.Citations.SymbolCodeShapes;

namespace Ingest.Indexer.Parsing.Citations;

/// <summary>
/// Reads the symbols whose codes are joined by hyphens alone: the old layout of before the present rules ("Nghị định số
/// 196-HĐBT", "Quyết định số 23-QĐ"), a present-day symbol whose slash was typed as a hyphen ("1373-QĐ-TTg"), and a file
/// name's "18-2019-TT-BGDĐT". Pure and thread-safe.
/// </summary>
internal sealed class HyphenedSymbol
{
    private readonly DomainTables _tables;
    private readonly SymbolLayout _layout;

    public HyphenedSymbol(DomainTables tables, SymbolLayout layout) => (_tables, _layout) = (tables, layout);

    // "Nghị định số 196-HĐBT", "Quyết định số 23-QĐ": the serial, a hyphen and the issuer's (or type's) code, as
    // documents were numbered before the present rules; read only where a type word introduced it.
    internal (DocumentSymbol Symbol, int End)? OldStyle(string normalized, SymbolMatch m, string serial)
    {
        var codes = new List<string>();
        foreach (var c in m.Ocode)
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
            var party = issuers.Count == 1 && _layout.IsPartyBody(issuers[0]) && _tables.TypeByCode(type, party: true) is not null;
            if (party || _tables.TypeByCode(type, party: false) is not null)
                return (new DocumentSymbol(SymbolLayout.Compose(serial, null, type, issuers, party), serial, null, type, issuers, party, true), m.Index + m.Length);
        }
        var number = serial + "-" + string.Join('-', codes);
        return (new DocumentSymbol(number, serial, null, null, codes, false, false), m.Index + m.Length);
    }

    // "18-2019-TT-BGDĐT": a legal normative symbol with hyphens for slashes, as file names write it. Read only when
    // the type code and every issuer code are ones the rules list, since the layout itself says little.
    internal (DocumentSymbol Symbol, int End)? AllHyphens(string normalized, SymbolMatch m, string serial)
    {
        var parts = m.Hcode.Select(c => CodeText(normalized, c)).ToList();
        var typeCode = _tables.TypeCodes.Find(parts[0]).Code;
        if (typeCode is null || _tables.TypeByCode(typeCode, party: false) is null) return null;
        var issuers = new List<string>();
        foreach (var part in parts.Skip(1))
        {
            if (_tables.IssuerCodeBook.Find(part) is not { Code: { } code, Repaired: false }) return null;
            issuers.Add(code);
        }
        var year = int.Parse(m.Hyear.ValueSpan);
        return (new DocumentSymbol(SymbolLayout.Compose(serial, year, typeCode, issuers, false), serial, year, typeCode, issuers, false, true), m.Index + m.Length);
    }
}
