using System.Text.RegularExpressions;
using Ingest.Indexer.Parsing.Places;
using Ingest.Indexer.Text;

namespace Ingest.Indexer.Parsing.Header;

/// <summary>
/// Reads the fixed parts of a header on the normalized view, where a layout's line breaks are spaces: the
/// national and Party mottos, rules and table debris (masked, so they are never read as an issuer), the
/// place-and-date ("Hưng" / "Yên, ngày 18 tháng 02 năm 2022" is one), and the upper-case words of the issuer
/// block above. Works the same on a two-column header flattened into one line, cut into lines by a page,
/// or with "|" cells and literal "\n" escapes. Pure and thread-safe.
/// </summary>
public sealed partial class HeaderScanner
{
    // CutMotto's patterns build on the motto's gap (HeaderMaskFinder).
    internal const string Gap = HeaderMaskFinder.Gap;

    private readonly HeaderMaskFinder _masks;
    private readonly PlaceDateReader _placeDates;
    private readonly string[][] _typeWords;

    /// <summary>
    /// A scanner naming places with <paramref name="gazetteer"/> and knowing the type words of <paramref name="typeWords"/>;
    /// <paramref name="placeKindAbbreviations"/> and <paramref name="placeKindTwoWords"/> are the kinds a place-date line
    /// writes before a place's name ("TP." from phrases.json, "Thị trấn" from the jurisdictions of agencies.json).
    /// </summary>
    public HeaderScanner(ProvinceGazetteer gazetteer, IEnumerable<string> typeWords, IEnumerable<string>? weekdays = null,
        IEnumerable<string>? placeKindAbbreviations = null, IEnumerable<string>? placeKindTwoWords = null)
    {
        _masks = new HeaderMaskFinder(gazetteer);
        _placeDates = new PlaceDateReader(gazetteer, weekdays ?? [], new PlaceKindWords(placeKindAbbreviations ?? [], placeKindTwoWords ?? []));
        _typeWords = typeWords.Select(w => w.Split(' ')).ToArray();
    }

    /// <summary>Normalized spans of mottos and debris in the first <paramref name="limit"/> characters, in order.</summary>
    public IReadOnlyList<(int Start, int End)> Masks(TextView view, int limit) => _masks.Find(view, limit, out _);

    /// <summary>As <see cref="Masks(TextView, int)"/>; <paramref name="cutMotto"/>: the state motto cut short before its
    /// last word (see <see cref="CutMotto"/>), or null.</summary>
    public IReadOnlyList<(int Start, int End)> Masks(TextView view, int limit, out (int Start, int End)? cutMotto) =>
        _masks.Find(view, limit, out cutMotto);

    /// <summary>Where the national or Party motto first begins in the first <paramref name="limit"/> characters, or null.</summary>
    public static int? MottoStart(TextView view, int limit) => HeaderMaskFinder.MottoStart(view, limit);

    /// <summary>
    /// The first place-and-date in the header: the place is the capitalized words before ", ngày" (back to a
    /// motto, a number or a lower-case word), the date what follows; a date left blank ("Hà Nội, ngày tháng
    /// năm") gives the place alone. Failing that, a line that opens with the place and no comma ("Eah’leo ngày
    /// 10 tháng 9 năm 2010") or holds the date alone (under a Party number: "ngày 11 tháng 5 năm 2015").
    /// </summary>
    public PlaceDate? ReadPlaceDate(TextView view, int limit, IReadOnlyList<(int Start, int End)> masks, int? motto) =>
        _placeDates.Read(view, limit, masks, motto);

    [GeneratedRegex(@"(?:^|(?<=[\x20|:]))(?:kinh\x20gui|can\x20cu|thuc\x20hien|nham\x20|de\x20|theo\x20)", RegexOptions.CultureInvariant)]
    private static partial Regex BodyCue();

    // "UBNDTHÀNH PHỐ HÀ NỘI" (kw-sgddt-ha-noi-cv-2016-3929): a page lost the space between the committee's abbreviation
    // and its jurisdiction word; the length of "UBND" when so, else 0.
    private static int GluedCommittee(string word)
    {
        if (word.Length < 6 || !word.StartsWith("UBND", StringComparison.Ordinal) || !char.IsUpper(word[4])) return 0;
        return TextFolding.FoldLoose(word[4..]) is "tinh" or "thanh" or "huyen" or "quan" or "thi" or "xa" or "phuong" ? 4 : 0;
    }

    /// <summary>
    /// The upper-case words of the issuer block: from the top of the text up to <paramref name="end"/> (the
    /// number, the place-date or the heading), skipping mottos and debris; stops where the body begins.
    /// </summary>
    public IReadOnlyList<HeaderToken> IssuerTokens(TextView view, int end, IReadOnlyList<(int Start, int End)> masks) =>
        IssuerTokens(view, end, masks, out _);

    /// <summary>
    /// As <see cref="IssuerTokens(TextView, int, IReadOnlyList{ValueTuple{int, int}}, out int, bool)"/>; <paramref name="heading"/>
    /// is where a type heading ended the block ("… XÃ PHÚ MẬU Độc lập … KẾ HOẠCH PHÒNG CHỐNG …"), or -1.
    /// <paramref name="bareHeader"/>: the header has no motto, number or place-date, so nothing but the type word
    /// can end the name ("TRƯỜNG THCS AN BÌNH KẾ HOẠCH HOẠT ĐỘNG …" on one line).
    /// </summary>
    public IReadOnlyList<HeaderToken> IssuerTokens(TextView view, int end, IReadOnlyList<(int Start, int End)> masks, out int heading, bool bareHeader = false)
    {
        heading = -1;
        var lineHasLower = false;
        var n = view.Normalized;
        var f = view.Folded;
        var tokens = new List<HeaderToken>();
        var brk = true;
        var lowerRun = 0;
        var pos = BlockStart(view, end, masks);
        while (pos < end)
        {
            if (HeaderMasks.MaskAt(masks, pos) is { } mask) { pos = Math.Max(pos + 1, mask.End); brk = true; continue; }
            if (n[pos] == ' ')
            {
                if (view.IsLineStart(pos + 1)) { brk = true; lineHasLower = false; }
                // "BỘ KẾ HOẠCH VÀ ĐẦU TƯ     BỘ KẾ HOẠCH VÀ ĐẦU TƯ" (jv-bo-ke-hoach-dau-tu-qd-2022-1373-repo flattened, the Công
                // báo's running head over the block): a flattened row's cell breaks the block's words as a line does.
                else if (HeaderCells.OpensCell(view, pos + 1)) brk = true;
                pos++;
                continue;
            }
            if (view.IsLineStart(pos)) lineHasLower = false;
            var wordEnd = pos;
            while (wordEnd < end && n[wordEnd] != ' ' && HeaderMasks.MaskAt(masks, wordEnd) is null) wordEnd++;
            // "/ỦY BAN": a cell's slash debris; "VIỆTNAM_": the rule under the block, read by OCR as an underscore.
            // "'VIỆN KIẾM SÁT NHÂN DÂN _ CỘNG HÒA …" (lg-vks-toi-cao-qd-2019-quy-trinh-vu-an-hanh-chinh-ocr; "'GIÁM ĐỐC SỞ TƯ
            // PHÁP", lt-so-tu-phap-tuyen-quang-qd-2018-110-ocr): a speck before a line, read by OCR as a single quote.
            var word = n[pos..wordEnd].Trim(',', ';', ':', '(', ')', '"', '“', '”', '\\', '_', '\'', '‘').TrimStart('/');
            // "PHÒNG GIÁO DỤC & ĐÀO TẠO. Số: 78": a flattened header's full stop ends the cell, not the word ("TP." keeps its own).
            if (word.Length > 3 && word[^1] == '.' && word.IndexOf('.') == word.Length - 1 && word[..^1].All(char.IsLetter)) word = word[..^1];
            var startsLine = view.IsLineStart(pos);
            // "… TIỂU HỌC GIANG BIÊNGiang Biên, ngày": the block's last word glued to the place-date's first; the capitals
            // are the block's, the rest the line's lower-case words.
            if (!lineHasLower && tokens.Count > 0 && HeaderText.GlueAt(word) is > 0 and var glue)
            {
                tokens.Add(new HeaderToken(word[..glue], TextFolding.Fold(word[..glue]), pos, pos + glue, brk || startsLine));
                word = word[glue..];
                brk = true;
            }
            if (GluedCommittee(word) is var committee and > 0)
            {
                tokens.Add(new HeaderToken(word[..committee], TextFolding.Fold(word[..committee]), pos, pos + committee, brk || startsLine));
                word = word[committee..];
                brk = false;
            }
            if (word.Length == 0 || !word.Any(char.IsLetter))
            {
                if (word is "-" or "&" && tokens.Count > 0 && !brk) tokens.Add(new HeaderToken(word, word, pos, wordEnd, false));
                // "QUẬN 8", "PHƯỜNG 12": a number after a jurisdiction word is the place; "TRƯỜNG TH SỐ 1": a school's own number;
                // "CHI BỘ ẤP 3", "CHI BỘ KHU PHỐ 2": a hamlet's.
                else if (word.Length <= 3 && word.All(char.IsDigit) && tokens.Count > 0 && NumberedWords.Contains(tokens[^1].Folded)) tokens.Add(new HeaderToken(word, word, pos, wordEnd, false));
                else if (!brk && !startsLine && word.Length <= 2 && word.All(char.IsDigit) && ClosesSchoolName(tokens)) tokens.Add(new HeaderToken(word, word, pos, wordEnd, false));
                else brk = true;
            }
            else if (word.ToUpperInvariant() == word && !word.Any(char.IsDigit) && !word.Contains('/') && !lineHasLower)
            {
                if (lowerRun >= 3 && tokens.Count > 0) break;
                // "IS]", "ˆ", "..T-ẶẶẶ———" (OCR): a seal's or rule's debris is no word of the name, nor are the stray
                // capitals opening its line; it breaks the block's words as a rule does.
                if (IssuerWordDebris.IsDebris(word))
                {
                    DropDebrisLineOpening(view, tokens, pos);
                    brk = true;
                    pos = wordEnd;
                    continue;
                }
                if ((brk || startsLine) && tokens.Count > 0 && TypeWordAt(f, pos)) { heading = pos; break; }
                if (startsLine && tokens.Count > 0 && NumberLabelOverBlank(view, word, wordEnd)) break;
                if (bareHeader && tokens.Count >= 2 && TitleFollowsTypeWord(view, tokens, pos)) { heading = pos; break; }
                var repaired = CapitalLookAlikes.Repair(word);
                // "BẢO HIỂM XÃ HỘI VIỆTNAM_": two syllables the scan ran together are two words of the name.
                // "TRƯỜNGMN MAI VÀNG": a head word glued to a school's abbreviation, the same two words.
                var split = GluedSyllableNormalizer.TwoSyllableSplit(repaired);
                if (split <= 0) split = GluedSyllableNormalizer.SyllableThenAbbreviation(repaired);
                if (split > 0 && n.AsSpan(pos).StartsWith(repaired))
                {
                    tokens.Add(new HeaderToken(repaired[..split], TextFolding.Fold(repaired[..split]), pos, pos + split, brk || startsLine));
                    tokens.Add(new HeaderToken(repaired[split..], TextFolding.Fold(repaired[split..]), pos + split, pos + repaired.Length, false));
                }
                else tokens.Add(new HeaderToken(repaired, TextFolding.Fold(repaired), pos, wordEnd, brk || startsLine));
                brk = false;
                lowerRun = 0;
            }
            else
            {
                // Lower-case words: a motto the masks missed, or the body. Three in a row end the block.
                // Before the block, a line of page debris ("Nghị quyết thông qua ...") may stand above it.
                // With no motto, number or place-date, capitals going on in lower case on their line ("UBND huyện
                // Khánh Vĩnh vừa ban hành …") are a sentence of a page, not a header's block.
                if (bareHeader && !brk && tokens.Count > 0) { tokens.Clear(); break; }
                brk = true;
                lineHasLower = true;
                if (++lowerRun >= 3 && tokens.Count > 0) break;
                if (tokens.Count == 0 && (BodyCue().IsMatch(f[pos..Math.Min(f.Length, pos + 12)]) || pos > 400)) break;
            }
            pos = wordEnd;
        }
        // "VĂN PHÒNG CHÍNH PHÙ / P mm. Độc lập …" (kx-bo-quoc-phong-vbhn-2026-tang-le-ocr): one capital letter opening the
        // block's last line, the rest of it lower-case scan noise, is a speck; no name ends on a letter of its own line.
        if (tokens.Count > 1 && tokens[^1].Text is [var letter] && char.IsLetter(letter)
            && LineStartBetween(view, tokens[^2].End, tokens[^1].Start)) tokens.RemoveAt(tokens.Count - 1);
        return tokens;
    }

    // "* TH ..T-ẶẶẶ———" (ll-so-tttt-ben-tre-tb-chu-ky-2011-ocr): capitals with no vowel that open the debris's line are
    // the scan's too; so is a dash left hanging at the end of the name before it ("TỈNH AN GIANG — T——————",
    // lw-ldld-so-vhttdl-an-giang-ctph-2017-154-ocr). A line whose words are a name's keeps them.
    private static void DropDebrisLineOpening(TextView view, List<HeaderToken> tokens, int debrisAt)
    {
        var k = tokens.Count;
        var lineStart = -1;
        while (k > 0 && IssuerWordDebris.IsStray(tokens[k - 1].Text) && !LineStartBetween(view, tokens[k - 1].End, debrisAt))
        {
            k--;
            if (LineStartBetween(view, k > 0 ? tokens[k - 1].End : -1, tokens[k].Start)) { lineStart = k; break; }
        }
        if (lineStart >= 0) tokens.RemoveRange(lineStart, tokens.Count - lineStart);
        while (tokens.Count > 0 && tokens[^1].Text is "-" && !LineStartBetween(view, tokens[^1].End, debrisAt)) tokens.RemoveAt(tokens.Count - 1);
    }

    // "KHOA HỆ THÓNG THÔNG TIN … / SỐ Scccãốãaãẽ… Tp. Hồ Chí Minh" (jh-dh-cntt-khoa-httt-tb-2014-ocr): a line opening on
    // "SỐ" and going on in lower-case noise is the number's label over its blank (the scan read the dotted line), not a
    // word of the name; a school's "SỐ 2" and the label's "SỐ: 12/QĐ" go on with digits.
    private static bool NumberLabelOverBlank(TextView view, string word, int wordEnd)
    {
        if (!word.Equals("SỐ", StringComparison.Ordinal)) return false;
        var n = view.Normalized;
        var next = wordEnd;
        while (next < n.Length && n[next] == ' ' && !view.IsLineStart(next + 1)) next++;
        if (next >= n.Length || n[next] == ' ' || view.IsLineStart(next)) return false;
        var end = next;
        while (end < n.Length && n[end] != ' ') end++;
        return n.AsSpan(next, end - next).ContainsAny("abcdefghijklmnopqrstuvwxyzăâđêôơưàáảãạèéẻẽẹìíỉĩịòóỏõọùúủũụỳýỷỹỵ");
    }

    // A line begins after from and at or before to.
    private static bool LineStartBetween(TextView view, int from, int to)
    {
        for (var p = from + 1; p <= to; p++) if (view.IsLineStart(p)) return true;
        return false;
    }

    /// <summary>
    /// Where the issuer block begins: the run of upper-case words right before the first fixed part of the
    /// header (the motto, or the number, place-date or heading that ends the block). Nghị định 30/2020/NĐ-CP
    /// puts the issuing body beside the motto, above the number; a mirror's or portal's text above that run
    /// ("SỰ KIỆN NỔI BẬT", a metadata table) is page chrome, not the header. 0 when no such run precedes it.
    /// </summary>
    private static int BlockStart(TextView view, int end, IReadOnlyList<(int Start, int End)> masks)
    {
        var anchor = Math.Min(end, MottoStart(view, end) ?? end);
        var n = view.Normalized;
        var start = 0;
        var p = anchor;
        while (p > 0)
        {
            while (p > 0 && n[p - 1] == ' ') p--;
            if (p == 0) break;
            if (HeaderMasks.MaskAt(masks, p - 1) is { } mask) { p = mask.Start; continue; }
            var ws = p;
            while (ws > 0 && n[ws - 1] != ' ' && HeaderMasks.MaskAt(masks, ws - 1) is null) ws--;
            // "Số      /NQ-HĐND" (an unsigned draft's blank serial, dc-hdnd-xa-quyet-thang): codes after a slash, joined by a
            // dash, are a number's, and the block stands before its label.
            if (n[ws] == '/' && n.AsSpan(ws, p - ws).Contains('-')) break;
            var word = n[ws..p].Trim(',', ';', ':', '(', ')', '"', '“', '”', '\\').TrimStart('/'); // "/ỦY BAN": a cell's slash debris
            if (word.Any(char.IsLower) || word.Any(char.IsDigit) && !IsDistrictNumber(n, ws, word) || word.Contains('/')) break;
            if (word.Any(char.IsLetter)) start = ws;
            else if (word.Length > 0 && word is not ("-" or "&" or "–") && !IsCellBorder(word) && !IsDistrictNumber(n, ws, word)) break;
            p = ws;
        }
        // The block opens a line or a cell; a run that begins in mid-line ("Trang 1UỶ BAN …") is not known to be whole.
        if (start > 0 && !view.IsLineStart(start) && !HeaderMasks.OpensCell(view, masks, start) && !AfterClosedText(view.Normalized, start)
            && !(RunOnText.Holds(view, start) && anchor - start >= MinRunOnBlock)) return 0;
        return start;
    }

    // "ỦY BAN MTTQ VIỆT NAM _ CỘNG HÒA XÃ HỌI …" (kb-mttq-lam-dong-cv-2025-chuc-danh-hoi-ocr), "ỦY BAN NHÂN DÂN _CỘNG HÒA
    // XÃ HỘI …" (lk-ubnd-quang-ngai-bc-2024-280-ocr): OCR reads the border between the issuer's cell and the motto's as an
    // underscore, which stands inside the row, not before it; the block goes on to its left. Read as the block's end, it
    // left the block to the e-signature stamp above it ("để à Ủy ban Mặt trận …", "TRUNG TÂM CÔNG …").
    private static bool IsCellBorder(string word) => word.Length <= 2 && word.All(c => c == '_');

    // "… Thông báo treo cờ rủ và Quốc tang đồng chí Trần Đại Quang ỦY BAN NHÂN DÂN XÃ GIA PHỐ Số: 111 /CV - UBND …" (hy-ubnd-
    // xa-gia-pho-cv-2018-111 with its line breaks lost): in a text that is one line, no line opens the block, and the page's
    // words before it run into it; the run of capitals right before the motto or the number is the block all the same
    // (Nghị định 30/2020/NĐ-CP Phụ lục I), when it is a name's length ("BỘ Y TẾ") and not a stray capital word.
    private const int MinRunOnBlock = 7;

    // "Quyết định 05/2025/QĐ-TTg. THỦ TƯỚNG CHÍNH PHỦ …", "1. BỘ Y TẾ CỘNG HÒA …": a page's title or a list number closed
    // by a full stop, then the block on the same line. The stop ends what stood before; a word glued to the block's first
    // ("Trang 1UỶ BAN") or a run going on from a line's words ("… của UBND TỈNH") has none and stays unknown.
    private static bool AfterClosedText(string normalized, int start)
    {
        var p = start;
        while (p > 0 && normalized[p - 1] == ' ') p--;
        return p < start && p >= 2 && normalized[p - 1] == '.' && char.IsLetterOrDigit(normalized[p - 2]);
    }

    // "TRƯỜNG THPT CAO LÃNH 2" (jt-thpt-cao-lanh-2-kh-2026-58-pdf): a school named after its place and numbered to tell it
    // from the first one; a number closing a line that a school's head word opened is the school's, as "TRƯỜNG TH SỐ 1" is.
    private static bool ClosesSchoolName(List<HeaderToken> tokens)
    {
        for (var i = tokens.Count - 1; i >= 0; i--)
        {
            if (tokens[i].Folded == "truong") return true;
            if (tokens[i].BreakBefore) return false;
        }
        return false;
    }

    // "QUẬN 8": a number after a jurisdiction word belongs to the block.
    private static bool IsDistrictNumber(string n, int at, string word) =>
        word.Length <= 3 && word.All(char.IsDigit) && NumberedWords.Contains(TextFolding.Fold(HeaderMasks.PreviousWord(n, at)));

    // Words a number follows as a name: a district or ward, a school, a hamlet ("ẤP 3", "THÔN 4", "KHU PHỐ 2", "TỔ 5"), a
    // programme a steering committee is named after ("BAN CHỈ ĐẠO … CĐS VÀ ĐỀ ÁN 06", iq-to-giup-viec-cchc-lam-dong).
    private static readonly HashSet<string> NumberedWords = ["quan", "phuong", "xa", "so", "ap", "thon", "pho", "khu", "khom", "to", "an"];

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
    private bool TitleFollowsTypeWord(TextView view, List<HeaderToken> tokens, int at)
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
            if (!word.Any(char.IsLetter) || word.ToUpperInvariant() != word || k == 0 && GoesOnName(word)) return false;
            p = wordEnd;
        }
        return true;
    }

    private bool TypeWordAt(string folded, int at) => TypeWordLength(folded, at) > 0;

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
