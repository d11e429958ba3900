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
            return JurisdictionAfter(tables, issuer, f, at + folded.Length - 1);
        }
        if (f.Contains(" trung uong ", StringComparison.Ordinal)) return AdministrativeLevel.Central;
        return JurisdictionAfter(tables, issuer, f, 0);
    }

    private static string? JurisdictionAfter(DomainTables tables, string issuer, string folded, int from)
    {
        string? toned = null;
        var best = int.MaxValue;
        string? level = null;
        foreach (var (word, j) in tables.FoldedJurisdictions)
        {
            var at = folded.IndexOf(word, Math.Min(from, folded.Length), StringComparison.Ordinal);
            // "Bộ Lao động - Thương binh và Xã hội": the "xã" of "xã hội" is no commune, the "tỉnh" of "Tỉnh ủy" no province.
            while (at >= 0 && (folded.AsSpan(at + word.Length).StartsWith("hoi ") || folded.AsSpan(at + word.Length).StartsWith("uy ")
                || WrittenOtherwise(toned ??= Toned(issuer), folded, at, word, j.Text)))
                at = folded.IndexOf(word, at + 1, StringComparison.Ordinal);
            if (at >= 0 && at < best) (best, level) = (at, j.Level);
        }
        return level;
    }

    // "Bệnh viện Nguyễn Tri Phương" (li-bv-nguyen-tri-phuong-tb-2023-nghi-le-headerless), "Bộ Chỉ huy Quân sự tỉnh": a
    // name's "Phương", "Quân", "Tịnh" folds to the place word "phường", "quận", "tỉnh" but is written with other marks. A
    // word written with no marks at all ("UBND PHUONG 5", an OCR's or a typist's) is still the place word.
    private static bool WrittenOtherwise(string toned, string folded, int at, string word, string jurisdiction)
    {
        if (toned.Length != folded.Length) return false;
        var written = toned.AsSpan(at + 1, word.Length - 2);
        if (!written.ContainsAnyExceptInRange('\0', '\x7f')) return false;
        return !written.SequenceEqual(jurisdiction.AsSpan());
    }

    // The issuer in lower case with its marks, aligned with its loose folding (composed, spaces collapsed, one space at
    // each end): folding keeps each composed letter one letter.
    private static string Toned(string issuer)
    {
        var composed = UnicodeNormalizer.ToNfc(issuer).ToLowerInvariant();
        var sb = new System.Text.StringBuilder(composed.Length + 2).Append(' ');
        foreach (var c in composed)
        {
            if (!char.IsWhiteSpace(c)) sb.Append(c);
            else if (sb[^1] != ' ') sb.Append(' ');
        }
        if (sb[^1] != ' ') sb.Append(' ');
        return sb.ToString();
    }
}
