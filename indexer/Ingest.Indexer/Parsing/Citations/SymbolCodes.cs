using Ingest.Indexer.Parsing.Tables;

namespace Ingest.Indexer.Parsing.Citations;

/// <summary>
/// What a cited symbol's own codes say beside the type word written before it: the type its type code names ("Thông
/// tư" written, "TT" in a Party symbol: a thông tri) and the issuer its issuer code names ("1234/BYT-KCB": Bộ Y tế).
/// Pure and thread-safe.
/// </summary>
internal sealed class SymbolCodes
{
    private readonly DomainTables _tables;

    public SymbolCodes(DomainTables tables) => _tables = tables;

    // The type word wins, except where the symbol's own type code says more precisely what it is
    // ("Thông tư" written, "TT" in a Party symbol: a thông tri).
    public DocumentTypeRow RefineType(DocumentTypeRow written, DocumentSymbol symbol)
    {
        if (symbol.TypeCode is null) return written;
        var coded = _tables.TypeByCode(symbol.TypeCode, symbol.Party);
        // "quyết định thi hành kỷ luật số 355/QĐNS/TW": a law, code or ordinance is numbered number/year/QHxx or
        // /UBTVQHxx with no type code (Law on legal documents), so a symbol with another type's code after "luật"
        // (here the common noun "kỷ luật") is that type's document.
        if (coded is not null && written.StateCodes.Count == 0 && written.PartyCodes.Count == 0 && written.NamedForms.Contains("law")) return coded;
        return coded is not null && written.Id is "cong-van" ? coded : written;
    }

    public string? IssuerNameFromCode(DocumentSymbol symbol) =>
        symbol.IssuerCode is { } code ? _tables.IssuerByCode(code)?.Name : null;
}
