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
        var best = int.MaxValue;
        string? level = null;
        foreach (var (word, j) in tables.FoldedJurisdictions)
        {
            var at = folded.IndexOf(word, Math.Min(from, folded.Length), StringComparison.Ordinal);
            // "Bộ Lao động - Thương binh và Xã hội": the "xã" of "xã hội" is no commune, the "tỉnh" of "Tỉnh ủy" no province.
            while (at >= 0 && (folded.AsSpan(at + word.Length).StartsWith("hoi ") || folded.AsSpan(at + word.Length).StartsWith("uy ")
                || WrittenOtherwise(issuer, at, word, j.Text)))
                at = folded.IndexOf(word, at + 1, StringComparison.Ordinal);
            if (at >= 0 && at < best) (best, level) = (at, j.Level);
        }
        return level;
    }

    // "Bệnh viện Nguyễn Tri Phương" (li-bv-nguyen-tri-phuong-tb-2023-nghi-le-headerless), "Hội đồng quản lý Quỹ Khuyến học
    // tỉnh Bình Thuận": a name's "Phương", "Quản", "Tịnh" folds to the place word "phường", "quận", "tỉnh" but is written with
    // other marks. A name written with no marks at all ("UBND PHUONG 5", an OCR's or a typist's) still writes the place
    // word; in a name written with its marks a bare word is another word ("Cục Hải quan", "Cơ quan …": no "quận").
    // The issuer is walked as its loose folding lays it out (spaces collapsed, one space before it), without a copy: this
    // runs for every issuer a parse names.
    private static bool WrittenOtherwise(string issuer, int at, string word, string jurisdiction)
    {
        if (!TextFolding.IsComposed(issuer) || !HasMarks(issuer)) return false;
        var (from, to) = (at + 1, at + word.Length - 1);
        var (k, differs) = (1, false);
        var spaced = true;
        foreach (var c in issuer)
        {
            var space = char.IsWhiteSpace(c);
            if (space && spaced) continue;
            spaced = space;
            if (k >= to) break;
            if (k >= from)
            {
                var written = space ? ' ' : char.ToLowerInvariant(c);
                differs |= written != jurisdiction[k - from];
            }
            k++;
        }
        return differs;
    }

    private static bool HasMarks(string issuer)
    {
        foreach (var c in issuer)
            if (c > '\x7f') return true;
        return false;
    }
}
