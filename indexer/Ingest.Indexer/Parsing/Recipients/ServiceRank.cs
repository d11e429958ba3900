using Ingest.Indexer.Text;

namespace Ingest.Indexer.Parsing.Recipients;

/// <summary>
/// A police or army officer's rank written before the signer's name ("Thiếu tướng Trương Minh Đương", "Thượng tướng
/// Nguyễn Văn Long" under a Bộ Công an letter): the rank is no part of the name (corpus README, the `iq-` batch). The
/// ranks are the closed list the laws on officers set (Luật Công an nhân dân, Luật Sĩ quan Quân đội nhân dân), so they
/// are a grammar here, not a table of names. Pure and thread-safe.
/// </summary>
internal static class ServiceRank
{
    // Folded, longest first so "pho do doc" is tried before "do doc".
    private static readonly string[] Ranks =
    [
        "chuan do doc", "pho do doc", "thuong tuong", "trung tuong", "thieu tuong", "dai tuong", "do doc",
        "thuong ta", "trung ta", "thieu ta", "dai ta", "thuong uy", "trung uy", "thieu uy", "dai uy",
    ];

    /// <summary><paramref name="cell"/> without a rank opening it, when a name of two words or more follows.</summary>
    public static string Without(string cell)
    {
        // Every rank opens with one of these letters; most cells open otherwise and are not folded.
        // Every rank opens with one of these letters; those of the army and police go on with a word in lower case
        // ("Thiếu tướng", "Đại tá"), where a name's words are capitalised, so most cells are not folded ("Phó Đô đốc",
        // "Chuẩn Đô đốc" are capitalised).
        if (cell.Length < 8 || cell[0] is not ('T' or 'Đ' or 'C' or 'P')) return cell;
        var space = cell.IndexOf(' ');
        if (space < 0 || space + 1 >= cell.Length || !char.IsLower(cell[space + 1]) && cell[0] is 'T' or 'Đ') return cell;
        var folded = TextFolding.FoldLoose(cell);
        if (folded.Length != cell.Length) return cell;
        foreach (var rank in Ranks)
        {
            if (!folded.StartsWith(rank + " ", StringComparison.Ordinal)) continue;
            var rest = cell[(rank.Length + 1)..].TrimStart();
            return rest.Contains(' ') && char.IsUpper(rest[0]) ? rest : cell;
        }
        return cell;
    }
}
