using Ingest.Indexer.Text;

namespace Ingest.Indexer.Parsing.Recipients;

/// <summary>
/// A police or army officer's rank written before the signer's name ("Thiếu tướng Trương Minh Đương", "Thượng tướng
/// Nguyễn Văn Long" under a Bộ Công an letter): the rank is no part of the name (corpus README, the `iq-` batch). The
/// ranks are phrases.json's serviceRanks. Pure and thread-safe.
/// </summary>
internal sealed class ServiceRank
{
    // Folded, longest first so "pho do doc" is tried before "do doc".
    private readonly string[] _ranks;

    public ServiceRank(IEnumerable<string> ranks) =>
        _ranks = ranks.Select(TextFolding.FoldLoose).Where(r => r.Length > 0).Distinct().OrderByDescending(r => r.Length).ToArray();

    /// <summary>The length of the rank that opens at <paramref name="at"/> (whole words, before <paramref name="to"/>); 0 when none does.</summary>
    public int LengthAt(string text, int at, int to)
    {
        // Same first letters as Without; the window is folded only for a word that may open a rank.
        if (_ranks.Length == 0 || at >= to || text[at] is not ('T' or 'Đ' or 'C' or 'P')) return 0;
        var window = text.Substring(at, Math.Min(to - at, _ranks[0].Length + 1));
        // Fold keeps the length (FoldLoose would trim the window's last space); a decomposed letter folds to no rank.
        if (!TextFolding.IsComposed(window)) return 0;
        return Opening(TextFolding.Fold(window));
    }

    /// <summary><paramref name="cell"/> without a rank opening it, when a name of two words or more follows.</summary>
    public string Without(string cell)
    {
        // The ranks of the army and police open with a capital and go on with a word in lower case ("Thiếu tướng",
        // "Đại tá"), where a name's words are capitalised, so most cells are not folded ("Phó Đô đốc", "Chuẩn Đô đốc"
        // are capitalised).
        if (_ranks.Length == 0 || cell.Length < 8 || cell[0] is not ('T' or 'Đ' or 'C' or 'P')) return cell;
        var space = cell.IndexOf(' ');
        if (space < 0 || space + 1 >= cell.Length || !char.IsLower(cell[space + 1]) && cell[0] is 'T' or 'Đ') return cell;
        var folded = TextFolding.FoldLoose(cell);
        if (folded.Length != cell.Length) return cell;
        var length = Opening(folded);
        if (length == 0 || length == folded.Length) return cell;
        var rest = cell[(length + 1)..].TrimStart();
        return rest.Contains(' ') && char.IsUpper(rest[0]) ? rest : cell;
    }

    // The length of the longest rank that opens the folded text as whole words; 0 when none does.
    private int Opening(string folded)
    {
        foreach (var rank in _ranks)
            if (folded.StartsWith(rank, StringComparison.Ordinal) && (folded.Length == rank.Length || folded[rank.Length] == ' '))
                return rank.Length;
        return 0;
    }
}
