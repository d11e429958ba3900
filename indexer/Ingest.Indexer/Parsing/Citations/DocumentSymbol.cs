namespace Ingest.Indexer.Parsing.Citations;

/// <summary>
/// A parsed document symbol (số ký hiệu): <c>34-CT/TW</c> (Party), <c>15/KH-BDT</c> or <c>91/2017/NĐ-CP</c>
/// (state), <c>238/UBND-KGVX</c> (công văn, no type part).
/// </summary>
/// <param name="Number">Canonical spelling without spaces, codes in their canonical case (TTg, QĐi).</param>
/// <param name="Serial">The serial number as written (leading zeros kept, thousands dots removed).</param>
/// <param name="Year">The year written inside the symbol (legal normative documents), or null.</param>
/// <param name="TypeCode">Canonical type code, or null for a công văn.</param>
/// <param name="IssuerCodes">The issuer and unit codes after the type code.</param>
/// <param name="Party">True for the Party numbering system (hyphen after the serial).</param>
/// <param name="Repaired">True when OCR look-alikes were repaired to read a code.</param>
public sealed record DocumentSymbol(
    string Number, string Serial, int? Year, string? TypeCode, IReadOnlyList<string> IssuerCodes, bool Party, bool Repaired)
{
    private string? _keyForm;

    /// <summary>The number with leading zeros of the serial removed, so 01/CT-UBND and 1/CT-UBND meet.</summary>
    public string KeyForm => _keyForm ??= ComputeKeyForm();

    private string ComputeKeyForm()
    {
        // "TDV/01-2020" (CodeFirstNumber): a company's code before the serial; the number is its own key.
        if (!Number.StartsWith(Serial, StringComparison.Ordinal)) return Number;
        var serial = Serial.TrimStart('0');
        if (serial.Length == 0) serial = "0";
        return serial + Number[Serial.Length..];
    }

    /// <summary>The first issuer code (the issuing body), or null.</summary>
    public string? IssuerCode => IssuerCodes.Count > 0 ? IssuerCodes[0] : null;
}
