using Ingest.Indexer.Parsing.Tables;
using Ingest.Indexer.Text;

namespace Ingest.Indexer.Parsing.Citations;

/// <summary>
/// Repairs the letters of an OCR'd Party symbol where the words around it make the reading certain (tests/corpus/README.md,
/// decided with the iq- batch: "Két luận số 132-K1/TI … của Bộ Chính trị" is 132-KL/TW). The type code is the type word's
/// own Party code when the written one is no code and differs from it only by glyphs a scan confuses (1, I and l; 0 and
/// O) or by one such stroke added; the committee's code is TW when the body named after the symbol is one of the central organs that number their
/// documents so (Hướng dẫn 36-HD/VPTW: Bộ Chính trị, Ban Bí thư, Ban Chấp hành Trung ương) and the written code is no
/// code, two letters opening with its T. Pure and thread-safe.
/// </summary>
internal sealed class PartyCodeRepair
{
    // The central organs whose documents carry "/TW", folded.
    private static readonly string[] CentralOrgans = ["bo chinh tri", "ban bi thu", "ban chap hanh trung uong"];

    private readonly DomainTables _tables;

    public PartyCodeRepair(DomainTables tables) => _tables = tables;

    /// <summary>The symbol with its type code and committee code repaired where <paramref name="type"/> and <paramref name="issuer"/> confirm them.</summary>
    public DocumentSymbol Repair(DocumentSymbol symbol, DocumentTypeRow type, string? issuer)
    {
        if (!symbol.Party || symbol.TypeCode is not { } written || symbol.IssuerCodes.Count != 1) return symbol;
        var typeCode = written;
        if (_tables.TypeByCode(written, party: true) is null)
            typeCode = type.PartyCodes.FirstOrDefault(c => LookAlike(c, written) || StrokeAdded(c, written)) ?? written;
        var body = symbol.IssuerCodes[0];
        if (body.Length == 2 && body[0] == 'T' && _tables.IssuerByCode(body) is null && issuer is not null
            && CentralOrgans.Contains(TextFolding.FoldLoose(issuer)))
            body = "TW";
        if (typeCode == written && body == symbol.IssuerCodes[0]) return symbol;
        var number = symbol.Serial + "-" + typeCode + "/" + body;
        return new DocumentSymbol(number, symbol.Serial, symbol.Year, typeCode, [body], true, true);
    }

    // Same length, each glyph the same letter or one a scan reads for it.
    private static bool LookAlike(string code, string written)
    {
        if (code.Length != written.Length || code == written) return false;
        for (var i = 0; i < code.Length; i++)
        {
            var (a, b) = (char.ToUpperInvariant(code[i]), char.ToUpperInvariant(written[i]));
            if (a == b) continue;
            if (!(Group(a) is { } g && g == Group(b))) return false;
        }
        return true;
    }

    // "Kệt luận sô 18-KIL/TW ngày 02 tháng 4 năm 2026" (kq-050, a scanned Quyết định of the Thủ tướng): a speck between two
    // letters read as a stroke (1, I or l); the code is the written one without it.
    private static bool StrokeAdded(string code, string written)
    {
        if (written.Length != code.Length + 1) return false;
        for (var i = 0; i < written.Length; i++)
            if (Group(char.ToUpperInvariant(written[i])) == 1 && string.Concat(written.AsSpan(0, i), written.AsSpan(i + 1)).Equals(code, StringComparison.OrdinalIgnoreCase))
                return true;
        return false;
    }

    private static int? Group(char c) => c switch
    {
        '1' or 'I' or 'L' => 1,
        '0' or 'O' => 2,
        _ => null,
    };
}
