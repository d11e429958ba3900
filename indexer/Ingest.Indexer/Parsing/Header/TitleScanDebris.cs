using Ingest.Indexer.Text;

namespace Ingest.Indexer.Parsing.Header;

/// <summary>
/// Tells the lines under a scanned document's trích yếu that are not the title: the body's first line, which runs the
/// page's width and goes straight on into the next, and OCR debris (a stamp's or a handwritten mark's letters read
/// as non-words). A title is centred and narrower than the body; its words are Vietnamese syllables. Pure.
/// </summary>
internal static class TitleScanDebris
{
    // How wide a body line runs against the widest of the lines of its paragraph: a paragraph's first line may be
    // indented or have lost its first word to the OCR ("thời gian qua, công tác …", lr-ubnd-quang-ngai-ct-2018-07-ocr).
    private const double BodyWidth = 0.8;
    private const int ParagraphLines = 4;
    // How much wider than the centred title's widest line the body's runs.
    private const double TitleToBody = 1.15;

    /// <summary>
    /// True when line <paramref name="i"/> opens a body paragraph: it and the three lines after it follow one another
    /// with no blank between, each runs near the paragraph's full width, and it is clearly wider than every line of the
    /// title above it. "… trong tình hình mới trên địa bàn tỉnh Quảng Ngãi" / "Trong thời gian qua, công tác phòng,
    /// chống tham nhũng, tiêu cực của tỉnh" / "(gọi tắt là PCTNTC) đã được Tỉnh ủy, …" (ld-ubnd-quang-ngai-ct-2024-pctntc-ocr):
    /// the centred title's lines are 48 and 60 signs, the body's 72 to 80. A title of four lines under a short first one ("Kết luận của Phó Chủ tịch UBND tỉnh Võ Phiên" /
    /// three lines of 70 to 79 signs / (blank), jc-ubnd-quang-ngai-tb-565-2024-pdf) stops before a fourth. A title printed as wide as the body
    /// (lu-vp-hdnd-hung-yen-kh-2017-288-ocr, 79 to 85 signs a line) is not told from it here and goes on.
    /// </summary>
    public static bool OpensBodyParagraph(IReadOnlyList<PlanLine> lines, int i, IReadOnlyList<string> title)
    {
        if (i + ParagraphLines > lines.Count) return false;
        var own = lines[i].Clean.AsSpan().Trim("| ").Length;
        foreach (var part in title)
            if (own < part.Length * TitleToBody) return false;
        var width = 0;
        for (var k = i; k < Math.Min(lines.Count, i + ParagraphLines); k++)
        {
            var length = lines[k].Clean.AsSpan().Trim("| ").Length;
            if (length == 0) break;
            width = Math.Max(width, length);
        }
        for (var k = i; k < i + ParagraphLines; k++)
            if (lines[k].Clean.AsSpan().Trim("| ").Length < width * BodyWidth) return false;
        return true;
    }

    /// <summary>
    /// True when a line is mostly non-words: more than half of its three or more tokens with letters spell no
    /// Vietnamese syllable nor an agency's code (numbers and dates aside). "SĐT 4Ý Sõ c0 21 DVD.(ibDLRM" (iw-so-tttt-ben-tre-tb-chu-ky-2011-ocr), "E5. 24©CZ L hd ppt
    /// Apruat" (ll-so-tttt-ben-tre-tb-chu-ky-2011-ocr): a signature's or seal's strokes read as letters under the title.
    /// Codes in a title ("UBND", "HĐND") stand among words, never alone in a line of them.
    /// </summary>
    public static bool IsDebrisLine(string clean)
    {
        var tokens = clean.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        int lettered = 0, nonWords = 0;
        foreach (var token in tokens)
        {
            var word = token.Trim(',', '.', ';', ':', '(', ')', '"', '“', '”', '-');
            if (!word.Any(char.IsLetter)) continue;
            lettered++;
            if (!IsWordOrCode(word)) nonWords++;
        }
        return lettered >= 3 && nonWords * 2 > lettered;
    }

    // A syllable ("Sở", "tháng"), a code in capitals ("UBND", "SĐT"), or a code with its number and marks ("NĐ-CP",
    // "15/2024/TT-BKHĐT", "COVID-19"): letters mixed with digits or signs in one token are debris only without a
    // hyphen or a slash to join them.
    private static bool IsWordOrCode(string word)
    {
        if (word.All(char.IsLetter)) return word.Length >= 2 && (VietnameseSyllables.IsValid(word) || word.All(char.IsUpper));
        return word.Contains('/') || word.Contains('-');
    }

    /// <summary>
    /// A title line without a rule's dash or a speck before its words ("— Phó Giám đốc Sở …",
    /// iw-so-tttt-ben-tre-tb-chu-ky-2011-ocr) and without a lone capital letter after its last lower-case word ("… chữ ký Ề",
    /// ll-so-tttt-ben-tre-tb-chu-ky-2011-ocr): no title word is one accented capital.
    /// </summary>
    public static string WithoutSpecks(string clean)
    {
        var trimmed = clean.TrimStart('—', '¬', '_', ' ');
        if (trimmed.Length == 0) return clean;
        var space = trimmed.LastIndexOf(' ');
        if (space > 0 && space == trimmed.Length - 2 && char.IsUpper(trimmed[^1]) && trimmed[^1] > '\u007f' && char.IsLower(trimmed[space - 1]))
            trimmed = trimmed[..space];
        return trimmed;
    }
}
