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
        var own = Width(lines[i]);
        foreach (var part in title)
            if (own < part.Length * TitleToBody) return false;
        Span<int> widths = stackalloc int[ParagraphLines];
        for (var k = 0; k < ParagraphLines; k++)
            if ((widths[k] = Width(lines[i + k])) == 0) return false;
        var widest = 0;
        foreach (var w in widths) widest = Math.Max(widest, w);
        foreach (var w in widths)
            if (w < widest * BodyWidth) return false;
        return true;
    }

    private static int Width(PlanLine line) => line.Raw.Trim(" |\t").Length;

    /// <summary>
    /// True when a line is mostly non-words: more than half of its tokens with letters spell no Vietnamese syllable nor
    /// an agency's code (numbers and dates aside), and it has three such tokens or more signs than letters. "SĐT 4Ý Sõ c0 21 DVD.(ibDLRM" (iw-so-tttt-ben-tre-tb-chu-ky-2011-ocr), "E5. 24©CZ L hd ppt
    /// Apruat" (ll-so-tttt-ben-tre-tb-chu-ky-2011-ocr): a signature's or seal's strokes read as letters under the title.
    /// Codes in a title ("UBND", "HĐND") stand among words, never alone in a line of them.
    /// </summary>
    public static bool IsDebrisLine(string clean)
    {
        if (!HasDebrisSign(clean)) return false;
        var tokens = clean.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        int lettered = 0, nonWords = 0;
        for (var t = 0; t < tokens.Length; t++)
        {
            // A body's line run into the title's (a one-line copy: the whole text) is words: once more of its tokens are
            // words than the non-words and the tokens left could outweigh, the answer is no (exact: each token left adds
            // one to the lettered at most, and one to the non-words).
            if (2 * nonWords + (tokens.Length - t) <= lettered) return false;
            var word = tokens[t].Trim(DebrisTrim);
            if (!word.Any(char.IsLetter)) continue;
            lettered++;
            if (!IsWordOrCode(word)) nonWords++;
        }
        if (lettered == 0 || nonWords * 2 <= lettered) return false;
        // "sẽ:⁄4+04,6......." (jb-cong-an-lam-dong-ttr-2025-233-ocr): a hand-written register mark, one or two tokens of
        // more signs and digits than letters.
        return lettered >= 3 || clean.Count(char.IsLetter) * 2 < clean.Count(c => !char.IsLetter(c) && c != ' ');
    }

    // Made once: a list written in the call is a new array at each call, for every token.
    private static readonly char[] DebrisTrim = [',', '.', ';', ':', '(', ')', '"', '“', '”', '-'];

    // Signs a title's words do not carry: a letter against a digit ("c0", "4Ý", "E5") or a sign no title writes ("©",
    // "⁄", "+"). Looked for first, so that a clean line is not split into its words.
    private static bool HasDebrisSign(string clean)
    {
        for (var k = 0; k < clean.Length; k++)
        {
            var c = clean[k];
            if (char.IsLetterOrDigit(c) ? k > 0 && (char.IsLetter(c) && char.IsDigit(clean[k - 1]) || char.IsDigit(c) && char.IsLetter(clean[k - 1]))
                : !CommonSigns.Contains(c)) return true;
        }
        return false;
    }

    private static readonly System.Buffers.SearchValues<char> CommonSigns = System.Buffers.SearchValues.Create(" ,.;:()-–/\"“”'%&!?");

    // A syllable ("Sở", "tháng"), a code in capitals ("UBND", "SĐT"), or a code with its number and marks ("NĐ-CP",
    // "15/2024/TT-BKHĐT", "COVID-19"): letters mixed with digits or signs in one token are debris only without a
    // hyphen or a slash to join them.
    private static bool IsWordOrCode(string word)
    {
        if (word.All(char.IsLetter)) return word.Length >= 2 && (VietnameseSyllables.IsValid(word) || word.All(char.IsUpper));
        return word.Contains('/') || word.Contains('-');
    }

    // How many strokes open a line for it to be a rule and not a dash before words ("— Phó Giám đốc Sở …").
    private const int RuleStrokes = 3;

    /// <summary>True when the line opens with a rule's strokes ("——————_ n UA,"), words or specks after them or not.</summary>
    public static bool OpensWithRule(string clean)
    {
        var strokes = 0;
        while (strokes < clean.Length && clean[strokes] is '—' or '–' or '-' or '_') strokes++;
        return strokes >= RuleStrokes;
    }

    /// <summary>
    /// A title line without a rule's dash or a speck before its words ("— Phó Giám đốc Sở …",
    /// iw-so-tttt-ben-tre-tb-chu-ky-2011-ocr) and without a lone capital letter after its last lower-case word ("… chữ ký Ề",
    /// ll-so-tttt-ben-tre-tb-chu-ky-2011-ocr): no title word is one accented capital.
    /// </summary>
    public static string WithoutSpecks(string clean)
    {
        // "đi công tác tại Lào ¬¬" (lg-vp-tw-dang-vu-to-chuc-can-bo-ttr-2017-391-ocr): a rule's stroke read as signs of
        // negation after the words; no Vietnamese text writes "¬".
        var trimmed = clean.TrimStart('—', '¬', '_', ' ').TrimEnd('¬', ' ');
        if (trimmed.Length == 0) return clean;
        var space = trimmed.LastIndexOf(' ');
        if (space > 0 && space == trimmed.Length - 2 && char.IsUpper(trimmed[^1]) && trimmed[^1] > '\u007f' && char.IsLower(trimmed[space - 1]))
            trimmed = trimmed[..space];
        return trimmed;
    }

    /// <summary>
    /// A title's line without the specks the page's edge left before its words: "„ Triển khai Chiến dịch …" / "“ ój tại
    /// các xã, phường …" / "“ &amp;) địa phương hai cấp” …" (lc-ubnd-ha-noi-ct-2025-chuyen-doi-so-ocr). Tokens of signs only,
    /// standing apart before the first word (a quote that opens words is glued to them), then, after them, one short token
    /// that spells no Vietnamese syllable ("ój"): the scan's, not the title's. The line as written where no such sign opens it.
    /// </summary>
    public static string WithoutEdgeSpecks(string clean)
    {
        if (clean.Length < 3 || char.IsLetterOrDigit(clean[0]) || clean.IndexOf(' ') < 0) return clean;
        var words = clean.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var run = 0;
        while (run < words.Length && !words[run].Any(char.IsLetterOrDigit)) run++;
        if (run == 0 || run == words.Length) return clean;
        var letters = words[run].Trim(EdgeSigns);
        if (run + 1 < words.Length && letters.Length is 1 or 2 && letters.All(char.IsLower) && !VietnameseSyllables.IsValid(letters)) run++;
        return string.Join(' ', words[run..]);
    }

    private static readonly char[] EdgeSigns = [',', '.', ';', ':', '(', ')', '"', '“', '”', '„', '&', '-'];

    /// <summary>
    /// A sentence-case title's next line without an arrival stamp's words before its own: a run of three or more
    /// words in capitals, two of them whole syllables, then a word in lower case. "Đề nghị ban hành Báo cáo kết quả
    /// triển khai Đề án 06 tháng 10/2025" / "UBND TỈNH LÂM ĐỒNG và nhiệm vụ thực hiện thời gian tới"
    /// (jb-cong-an-lam-dong-ttr-2025-233-ocr): the receiving office's stamp, pressed over the title, read into its line.
    /// A title in sentence case writes a body's name in capitals only as a code ("UBND tỉnh").
    /// </summary>
    public static string WithoutStampOpening(string clean)
    {
        if (clean.Length < 2 || !char.IsUpper(clean[0]) || !char.IsUpper(clean[1])) return clean;
        var words = clean.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        int run = 0, syllables = 0;
        while (run < words.Length && words[run].Any(char.IsLetter) && words[run].All(c => !char.IsLetter(c) || char.IsUpper(c)))
        {
            if (words[run].Length >= 2 && words[run].All(char.IsLetter) && VietnameseSyllables.IsValid(words[run])) syllables++;
            run++;
        }
        // "ỦY BAN NHÂN DÂN HUYỆN KỲ ANH điện:" (iz-ubnd-huyen-ky-anh-cd-2018-13-bao-so-5): a telegram's sender line, one
        // word after the body's name, is no stamp over a title; the title's own words go on for a few.
        if (run < 3 || syllables < 2 || words.Length - run < 3 || !char.IsLower(words[run][0])) return clean;
        return string.Join(' ', words[run..]);
    }

    /// <summary>
    /// The title's first line from its "Về việc" on, where an arrival stamp's capitals stand before it: "“TRÙNG TÀM-CÔNG
    /// BẢO &amp; Ti HỌC O..NGÃI Về việc tăng cường công tác thi hành án hành chính" (jh-ubnd-quang-ngai-ct-2018-07-ocr, the
    /// Trung tâm Công báo và Tin học's stamp pressed beside the trích yếu). A trích yếu opens with its "Về việc"; capitals
    /// before it on its line, a small letter or two among them at most, are the stamp's.
    /// </summary>
    public static string WithoutStampBeforeSubject(string clean)
    {
        var at = clean.IndexOf(" Về việc ", StringComparison.Ordinal);
        if (at <= 0) return clean;
        int upper = 0, lower = 0;
        foreach (var c in clean.AsSpan(0, at))
        {
            if (char.IsUpper(c)) upper++;
            else if (char.IsLower(c)) lower++;
        }
        return upper >= StampLetters && lower * 4 <= upper ? clean[(at + 1)..] : clean;
    }

    // The fewest capitals a stamp's words before a title's "Về việc" leave.
    private const int StampLetters = 6;

    /// <summary>
    /// A sentence-case title's next line without the debris opening it: "CV T752 —] trên địa bàn tỉnh Quảng Ngãi"
    /// (jh-ubnd-quang-ngai-ct-2018-07-ocr, the stamp's hand-written register number). Words in capitals, letters against
    /// digits and signs before the first word in small letters, one of them at least a letter against a digit or a sign no
    /// title writes ("T752", "—]"), are the stamp's; "UBND tỉnh …", "COVID-19 trên …", "15/10/2020 của Bộ trưởng …" stay.
    /// </summary>
    public static string WithoutDebrisOpening(string clean)
    {
        // Most lines carry no debris sign at all: looked for first, before the line is split into its words.
        if (clean.Length < 2 || char.IsLower(clean[0]) || !HasDebrisSign(clean)) return clean;
        var words = clean.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var run = 0;
        var debris = false;
        while (run < words.Length && !char.IsLower(words[run][0]))
        {
            var word = words[run];
            if (word.Any(char.IsLower)) return clean;
            debris |= HasDebrisSign(word);
            run++;
        }
        return debris && run > 0 && run < words.Length ? string.Join(' ', words[run..]) : clean;
    }
}
