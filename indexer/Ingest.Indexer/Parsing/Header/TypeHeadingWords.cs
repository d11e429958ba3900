using Ingest.Indexer.Text;

namespace Ingest.Indexer.Parsing.Header;

/// <summary>
/// The document types' words where they open the heading under an issuer block ("… XÃ PHÚ MẬU KẾ HOẠCH PHÒNG CHỐNG …"),
/// told from the same words inside a body's name ("SỞ KẾ HOẠCH VÀ ĐẦU TƯ"): a header flattened into one line runs the
/// block into its heading with nothing between. Pure and thread-safe.
/// </summary>
internal sealed class TypeHeadingWords
{
    private readonly string[][] _typeWords;

    /// <summary>Type words from their folded forms ("ke hoach"), words one space apart.</summary>
    public TypeHeadingWords(IEnumerable<string> typeWords) => _typeWords = typeWords.Select(w => w.Split(' ')).ToArray();

    // Words after a type word that keep it inside a body's name: "SỞ KẾ HOẠCH VÀ ĐẦU TƯ", "PHÒNG TÀI CHÍNH KẾ HOẠCH
    // HUYỆN …", "PHÒNG TÀI CHÍNH - KẾ HOẠCH".
    // Compared with their marks ("TÌNH HÌNH" is a title's), or unmarked when the text lost every mark.
    private static readonly HashSet<string> NameGoesOn = new(StringComparer.Ordinal) { "và", "-", "–", "&", "tỉnh", "huyện", "quận", "xã", "phường", "thị", "thành", "tp", "tp.", "tx." };

    private static readonly HashSet<string> NameGoesOnUnmarked = NameGoesOn.Select(TextFolding.Fold).ToHashSet(StringComparer.Ordinal);

    private static bool GoesOnName(string word)
    {
        var lower = word.ToLowerInvariant();
        var folded = TextFolding.Fold(lower);
        return NameGoesOn.Contains(lower) || lower == folded && NameGoesOnUnmarked.Contains(folded);
    }

    /// <summary>
    /// True when the type word at <paramref name="at"/> ends the name before it: a name of a head and more words,
    /// the type word after a word that asks for none ("-", "VÀ"), then at least two upper-case title words that are
    /// not the rest of a name (Nghị định 30/2020/NĐ-CP Phụ lục I: the type name opens the heading, under the body).
    /// </summary>
    public bool TitleFollowsTypeWord(TextView view, List<HeaderToken> tokens, int at)
    {
        var length = TypeWordLength(view.Folded, at);
        if (length == 0 || GoesOnName(tokens[^1].Text) && tokens[^1].Folded is "-" or "–" or "&" or "va") return false;
        var n = view.Normalized;
        var p = at + length;
        for (var k = 0; k < 2; k++)
        {
            while (p < n.Length && n[p] == ' ') p++;
            var wordEnd = p;
            while (wordEnd < n.Length && n[wordEnd] != ' ') wordEnd++;
            var word = n[p..wordEnd];
            if (!word.Any(char.IsLetter) || !InvariantCasing.IsUpper(word) || k == 0 && GoesOnName(word)) return false;
            p = wordEnd;
        }
        return true;
    }

    /// <summary>True when a type word ("kế hoạch", "quyết định") starts at <paramref name="at"/> of <paramref name="folded"/>.</summary>
    public bool TypeWordAt(string folded, int at) => TypeWordLength(folded, at) > 0;

    // The length of the type word at <paramref name="at"/> ("ke hoach"), or 0.
    private int TypeWordLength(string folded, int at)
    {
        foreach (var words in _typeWords)
        {
            var p = at;
            var all = true;
            foreach (var w in words)
            {
                if (p + w.Length > folded.Length || string.CompareOrdinal(folded, p, w, 0, w.Length) != 0) { all = false; break; }
                p += w.Length;
                if (p < folded.Length && folded[p] != ' ') { all = false; break; }
                p++;
            }
            if (all) return p - 1 - at;
        }
        return 0;
    }
}
