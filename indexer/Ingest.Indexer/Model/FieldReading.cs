namespace Ingest.Indexer.Model;

/// <summary>
/// How one field of a plan's own header was read: the value, how sure the parser is, and the text it read it
/// from. A field that could not be read has a null value, confidence 0 and a diagnostic in the record.
/// </summary>
/// <param name="Field">Stable field name: number, docType, title, place, issueDate, issuer, level, province, signer.</param>
/// <param name="Value">The value as the record holds it (a signer as "TITLE: Name"), or null.</param>
/// <param name="Confidence">0 (not read) to 1 (read from an unambiguous header part); below 0.6 means check by hand.</param>
/// <param name="Evidence">The text the value was read from, with offsets into the original.</param>
public sealed record FieldReading(string Field, string? Value, double Confidence, IReadOnlyList<Evidence> Evidence)
{
    /// <summary>Below this confidence a field asks for a human check ("cần kiểm tra").</summary>
    public const double ReviewBelow = 0.6;
}
