using Ingest.Indexer.Model;
using Ingest.Indexer.Parsing.Tables;
using Ingest.Indexer.Text;

namespace Ingest.Indexer.Parsing.Places;

/// <summary>Tells the administrative level of an issuer from its name ("UBND tỉnh" → province). Pure.</summary>
public static class IssuerLevels
{
    /// <summary>The level named by <paramref name="issuer"/>, or null when it cannot be told.</summary>
    public static string? FromText(DomainTables tables, string issuer)
    {
        var f = " " + TextFolding.FoldLoose(issuer) + " ";
        foreach (var (folded, a) in tables.FoldedAgencies)
        {
            var at = f.IndexOf(folded, StringComparison.Ordinal);
            if (at < 0) continue;
            if (a.Level is not null) return a.Level;
            return JurisdictionAfter(tables, f, at + folded.Length - 1);
        }
        if (f.Contains(" trung uong ", StringComparison.Ordinal)) return AdministrativeLevel.Central;
        return JurisdictionAfter(tables, f, 0);
    }

    private static string? JurisdictionAfter(DomainTables tables, string folded, int from)
    {
        var best = int.MaxValue;
        string? level = null;
        foreach (var (word, j) in tables.FoldedJurisdictions)
        {
            var at = folded.IndexOf(word, Math.Min(from, folded.Length), StringComparison.Ordinal);
            // "Bộ Lao động - Thương binh và Xã hội": the "xã" of "xã hội" is no commune, the "tỉnh" of "Tỉnh ủy" no province.
            while (at >= 0 && (folded.AsSpan(at + word.Length).StartsWith("hoi ") || folded.AsSpan(at + word.Length).StartsWith("uy ")))
                at = folded.IndexOf(word, at + 1, StringComparison.Ordinal);
            if (at >= 0 && at < best) (best, level) = (at, j.Level);
        }
        return level;
    }
}
