using System.Text;
using Ingest.Indexer.Parsing.Tables;
using static Ingest.Indexer.Parsing.Citations.SymbolCodeShapes;

namespace Ingest.Indexer.Parsing.Citations;

/// <summary>
/// The layout a symbol is written in and the bodies that decide it: the state layout of the Law on legal documents and
/// Nghị định 30/2020/NĐ-CP (<c>number/year/TYPE-ISSUER</c>) or the Party's of Hướng dẫn 36-HD/VPTW
/// (<c>number-TYPE/BODY</c>), which real text mixes up ("22/CT-TW", "1980-QĐ/TTg"); joint documents' type codes (TTLT,
/// KHLN); and the symbol composed again as its rules write it, so every spelling of one document keys alike. Pure and
/// thread-safe.
/// </summary>
internal sealed class SymbolLayout
{
    private readonly DomainTables _tables;

    public SymbolLayout(DomainTables tables) => _tables = tables;

    // "2573/TBNS/TƯ", "355/QĐNS/TW": a type code only the Party's rules have (the personnel decisions and notices of
    // the Bộ Chính trị and Ban Bí thư, QĐNS, TBNS: "1961-QĐNS/TW", "1713-QĐNS/TW"), then a slash, is the Party layout
    // number-TYPE/BODY (Hướng dẫn 36-HD/VPTW) typed in the state layout's slashes; Layout reads it as a Party symbol
    // where the code after it is a Party body's.
    internal bool PartyTypeBeforeSlash(string typeCode, SymbolPart separator) =>
        SeparatorText(separator) is "/" or " /" && _tables.TypeByCode(typeCode, party: true) is not null;

    // A joint document's type code: a state type's code and "LT" (liên tịch: TTLT, NQLT, KHLT) or "LN" (liên ngành:
    // KHLN), as the Law on legal documents and Nghị định 30/2020/NĐ-CP write the codes of documents several bodies issue.
    internal bool IsJointTypeCode(string code) =>
        code.Length >= 3 && (code.EndsWith("LT", StringComparison.Ordinal) || code.EndsWith("LN", StringComparison.Ordinal))
        && _tables.TypeCodes.Find(code[..^2]).Code is { } own && _tables.TypeByCode(own, party: false) is not null;

    internal static bool BeforeHyphenedLayout(SymbolMatch m) =>
        m.Year.Success && int.Parse(m.Year.ValueSpan) < 2005;

    // Committee codes that close a Party body's code under Hướng dẫn 36-HD/VPTW (Tỉnh ủy, Thành ủy, Huyện ủy, Quận
    // ủy, Thị xã ủy, Đảng ủy): "BTGTU", "BDVHU", "ĐU" are Party bodies whatever list names them.
    private static readonly string[] CommitteeEndings = ["TU", "ThU", "HU", "QU", "TXU", "ĐU"];

    // "QH", "QHK6": a state body the tables know, its term ("K6", khóa VI) written after its code or not.
    internal bool IsStateBody(string code)
    {
        var k = code.Length;
        while (k > 0 && char.IsAsciiDigit(code[k - 1])) k--;
        if (k < code.Length && k > 1 && code[k - 1] == 'K') code = code[..(k - 1)];
        return _tables.IssuerByCode(code) is { System: "state" };
    }

    internal bool IsPartyBody(string code) =>
        _tables.IssuerByCode(code) is { System: "party" } ||
        CommitteeEndings.Any(e => code.EndsWith(e, StringComparison.Ordinal));

    // The layout the rules write a symbol in. "22/CT-TW", "24/KH-BTGTU", "41/NQ-ĐU": a Party body's document typed
    // in the state layout; Hướng dẫn 36-HD/VPTW writes it 22-CT/TW, 24-KH/BTGTU, 41-NQ/ĐU, and so it keys with every
    // other spelling of it. "06/CV-ĐU": the same, with a type code (CV) only the Party rules have. "1980-QĐ/TTg": a
    // state document in the Party layout, read as the state rules write it, 1980/QĐ-TTg; not "12-HD/BTC", whose code
    // is also a Party committee's board's (Ban Tổ chức, issuer-codes.json alsoParty). Works on issuers in place.
    internal (bool Party, string? TypeCode) Layout(bool party, int? year, string? typeCode, List<string> issuers)
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

    internal bool KnownIssuer(List<string> issuers) =>
        issuers.Count > 0 && _tables.IssuerByCode(issuers[0]) is not null;

    // One builder a thread, cleared for each symbol: a number is composed for every symbol read (issue 12, parser speed).
    [ThreadStatic] private static StringBuilder? t_number;

    internal static string Compose(string serial, int? year, string? type, List<string> issuers, bool party, char typeSeparator = '-')
    {
        var sb = (t_number ??= new StringBuilder(64)).Clear().Append(serial);
        if (party) return AppendIssuers(sb.Append('-').Append(type).Append('/'), issuers).ToString();
        if (year is not null) sb.Append('/').Append(year.Value);
        sb.Append('/');
        if (type is not null)
        {
            sb.Append(type);
            if (issuers.Count > 0) sb.Append(typeSeparator);
        }
        return AppendIssuers(sb, issuers).ToString();
    }

    // The issuers' codes joined by hyphens, as string.Join('-', issuers) writes them.
    private static StringBuilder AppendIssuers(StringBuilder sb, List<string> issuers)
    {
        for (var k = 0; k < issuers.Count; k++)
        {
            if (k > 0) sb.Append('-');
            sb.Append(issuers[k]);
        }
        return sb;
    }
}
