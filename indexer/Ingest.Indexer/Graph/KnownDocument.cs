namespace Ingest.Indexer.Graph;

/// <summary>
/// A document the index knows of: cited by at least one plan, or indexed itself. <see cref="Label"/> names it
/// as people do ("Chỉ thị 19/CT-TTg — Thủ tướng Chính phủ"); <see cref="Lookup"/> is the text that asks
/// <see cref="IReferenceGraph.CitesAsync"/> for exactly this document.
/// </summary>
/// <param name="Key">The document's key (docs/citation-keys.md).</param>
/// <param name="Label">Type, number or name, and issuer when known.</param>
/// <param name="Lookup">Type and number (or name), with the year when known.</param>
/// <param name="Level">The issuer's administrative level when it can be told, else null.</param>
/// <param name="Year">The document's year when known.</param>
/// <param name="CitingPlans">How many indexed plans cite it.</param>
/// <param name="Indexed">True when the document itself is in the index.</param>
public sealed record KnownDocument(string Key, string Label, string Lookup, string? Level, int? Year, int CitingPlans, bool Indexed)
{
    /// <summary>The lookup text for a label written as "Type Number — Issuer" and a year. Pure.</summary>
    public static string LookupOf(string label, int? year)
    {
        var name = label.Split(" — ", 2)[0].Trim();
        return year is { } y && !name.Contains(y.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
            ? $"{name} {y}" : name;
    }
}
