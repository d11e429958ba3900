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
        foreach (var a in tables.Agencies)
        {
            var at = f.IndexOf(" " + TextFolding.FoldLoose(a.Text) + " ", StringComparison.Ordinal);
            if (at < 0) continue;
            if (a.Level is not null) return a.Level;
            return JurisdictionAfter(tables, f, at + a.Text.Length + 1);
        }
        if (f.Contains(" trung uong ", StringComparison.Ordinal)) return AdministrativeLevel.Central;
        return JurisdictionAfter(tables, f, 0);
    }

    private static string? JurisdictionAfter(DomainTables tables, string folded, int from)
    {
        var best = int.MaxValue;
        string? level = null;
        foreach (var j in tables.Jurisdictions)
        {
            var at = folded.IndexOf(" " + TextFolding.FoldLoose(j.Text) + " ", Math.Min(from, folded.Length), StringComparison.Ordinal);
            if (at >= 0 && at < best) (best, level) = (at, j.Level);
        }
        return level;
    }
}
