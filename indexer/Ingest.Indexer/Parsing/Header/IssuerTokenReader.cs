using System.Text.RegularExpressions;
using Ingest.Indexer.Text;

namespace Ingest.Indexer.Parsing.Header;

/// <summary>
/// Reads the upper-case words of a header's issuer block, top to bottom: past its masks, over a flattened row's cells,
/// through the scan's and the seal's debris, splitting words a page glued together ("UBNDTHÀNH PHỐ", "VIỆTNAM"), up to
/// the lower-case body, the type heading under the block or the number's label. Pure and thread-safe.
/// </summary>
internal sealed partial class IssuerTokenReader
{
    private readonly TypeHeadingWords _headings;

    /// <summary>A reader telling where a type heading ends the block by <paramref name="headings"/>.</summary>
    public IssuerTokenReader(TypeHeadingWords headings) => _headings = headings;

    [GeneratedRegex(@"(?:^|(?<=[\x20|:]))(?:kinh\x20gui|can\x20cu|thuc\x20hien|nham\x20|de\x20|theo\x20)", RegexOptions.CultureInvariant)]
    private static partial Regex BodyCue();

    /// <summary>
    /// As the first <see cref="HeaderScanner.IssuerTokens(TextView, int, IReadOnlyList{ValueTuple{int, int}})"/>; <paramref name="heading"/>
    /// is where a type heading ended the block ("… XÃ PHÚ MẬU Độc lập … KẾ HOẠCH PHÒNG CHỐNG …"), or -1.
    /// <paramref name="bareHeader"/>: the header has no motto, number or place-date, so nothing but the type word
    /// can end the name ("TRƯỜNG THCS AN BÌNH KẾ HOẠCH HOẠT ĐỘNG …" on one line).
    /// </summary>
    public IReadOnlyList<HeaderToken> Read(TextView view, int end, IReadOnlyList<(int Start, int End)> masks, out int heading, bool bareHeader = false)
    {
        var n = view.Normalized;
        var scan = new BlockScan();
        var pos = IssuerBlockStart.Find(view, end, masks);
        while (pos < end)
        {
            if (HeaderMasks.MaskAt(masks, pos) is { } mask) { pos = Math.Max(pos + 1, mask.End); scan.Break = true; continue; }
            if (n[pos] == ' ')
            {
                if (view.IsLineStart(pos + 1)) { scan.Break = true; scan.LineHasLower = false; }
                // "BỘ KẾ HOẠCH VÀ ĐẦU TƯ     BỘ KẾ HOẠCH VÀ ĐẦU TƯ" (jv-bo-ke-hoach-dau-tu-qd-2022-1373-repo flattened, the Công
                // báo's running head over the block): a flattened row's cell breaks the block's words as a line does.
                else if (HeaderCells.OpensCell(view, pos + 1)) scan.Break = true;
                pos++;
                continue;
            }
            if (view.IsLineStart(pos)) scan.LineHasLower = false;
            var word = WordAt(n, pos, end, masks, out var wordEnd);
            var startsLine = view.IsLineStart(pos);
            word = SplitGlued(ref scan, word, pos, startsLine);
            if (word.Length == 0 || !word.Any(char.IsLetter)) TakeSignOrNumber(ref scan, word, pos, wordEnd, startsLine);
            else if (InvariantCasing.IsUpper(word) && !word.Any(char.IsDigit) && !word.Contains('/') && !scan.LineHasLower)
            {
                if (EndsAtCapitals(ref scan, view, word, pos, wordEnd, startsLine, bareHeader)) break;
            }
            else if (EndsAtLowerCase(ref scan, view.Folded, pos, bareHeader)) break;
            pos = wordEnd;
        }
        DropLastLineSpeck(view, scan.Tokens);
        heading = scan.Heading;
        return scan.Tokens;
    }

    // The scan's state between words: the tokens so far, whether a break (a line, a cell, a mask, debris) stands before
    // the next word, how many lower-case words ran in a row and whether the line has had one, where a heading ended it.
    private struct BlockScan
    {
        public readonly List<HeaderToken> Tokens = new();
        public bool Break = true;
        public int LowerRun = 0;
        public bool LineHasLower = false;
        public int Heading = -1;

        public BlockScan() { }
    }

    // The word at pos, up to a space, a mask or the end (wordEnd), trimmed of what cells and OCR leave around it.
    private static string WordAt(string n, int pos, int end, IReadOnlyList<(int Start, int End)> masks, out int wordEnd)
    {
        wordEnd = pos;
        while (wordEnd < end && n[wordEnd] != ' ' && HeaderMasks.MaskAt(masks, wordEnd) is null) wordEnd++;
        // "/ỦY BAN": a cell's slash debris; "VIỆTNAM_": the rule under the block, read by OCR as an underscore.
        // "'VIỆN KIẾM SÁT NHÂN DÂN _ CỘNG HÒA …" (lg-vks-toi-cao-qd-2019-quy-trinh-vu-an-hanh-chinh-ocr; "'GIÁM ĐỐC SỞ TƯ
        // PHÁP", lt-so-tu-phap-tuyen-quang-qd-2018-110-ocr): a speck before a line, read by OCR as a single quote.
        var word = n[pos..wordEnd].Trim(',', ';', ':', '(', ')', '"', '“', '”', '\\', '_', '\'', '‘').TrimStart('/');
        // "PHÒNG GIÁO DỤC & ĐÀO TẠO. Số: 78": a flattened header's full stop ends the cell, not the word ("TP." keeps its own).
        if (word.Length > 3 && word[^1] == '.' && word.IndexOf('.') == word.Length - 1 && word[..^1].All(char.IsLetter)) word = word[..^1];
        return word;
    }

    // Two words a page glued into one: the first is taken as a token, the rest returned.
    private static string SplitGlued(ref BlockScan scan, string word, int pos, bool startsLine)
    {
        // "… TIỂU HỌC GIANG BIÊNGiang Biên, ngày": the block's last word glued to the place-date's first; the capitals
        // are the block's, the rest the line's lower-case words.
        if (!scan.LineHasLower && scan.Tokens.Count > 0 && HeaderText.GlueAt(word) is > 0 and var glue)
        {
            scan.Tokens.Add(new HeaderToken(word[..glue], TextFolding.Fold(word[..glue]), pos, pos + glue, scan.Break || startsLine));
            word = word[glue..];
            scan.Break = true;
        }
        if (GluedCommittee(word) is var committee and > 0)
        {
            scan.Tokens.Add(new HeaderToken(word[..committee], TextFolding.Fold(word[..committee]), pos, pos + committee, scan.Break || startsLine));
            word = word[committee..];
            scan.Break = false;
        }
        return word;
    }

    // A word with no letter: a dash or "&" inside a name, a number that is the name's; anything else breaks the words.
    private static void TakeSignOrNumber(ref BlockScan scan, string word, int pos, int wordEnd, bool startsLine)
    {
        var tokens = scan.Tokens;
        if (word is "-" or "&" && tokens.Count > 0 && !scan.Break) tokens.Add(new HeaderToken(word, word, pos, wordEnd, false));
        // "QUẬN 8", "PHƯỜNG 12": a number after a jurisdiction word is the place; "TRƯỜNG TH SỐ 1": a school's own number;
        // "CHI BỘ ẤP 3", "CHI BỘ KHU PHỐ 2": a hamlet's.
        else if (word.Length <= 3 && word.All(char.IsDigit) && tokens.Count > 0 && IssuerBlockStart.NumberedWords.Contains(tokens[^1].Folded)) tokens.Add(new HeaderToken(word, word, pos, wordEnd, false));
        else if (!scan.Break && !startsLine && word.Length <= 2 && word.All(char.IsDigit) && ClosesSchoolName(tokens)) tokens.Add(new HeaderToken(word, word, pos, wordEnd, false));
        else scan.Break = true;
    }

    // "CỤC THUẾ THUẾ TỈNH VĨNH LONG" (ie-thue-vinh-long-1539-VLO-QLDN3-2025-repo on one line): no body's name says a word twice
    // in a row; on a line that lost its breaks the second opens the line under the first, the parent's and the child's
    // names run together ("CỤC THUẾ" / "THUẾ TỈNH VĨNH LONG"). A header that kept its lines breaks there itself.
    // "TỔNG CỤC THUẾ CỤC THUẾ TP HÀ NỘI" (ka-cuc-thue-ha-noi-cv-2020-101322 on one line): nor two words twice in a row; the
    // child's name opens with the last two of its parent's ("TỔNG CỤC THUẾ" / "CỤC THUẾ TP HÀ NỘI").
    private static bool DoubledOnRunOnLine(TextView view, List<HeaderToken> tokens, string word, int pos, int wordEnd) =>
        word.Length > 1 && word.Any(char.IsLetter)
        && (tokens.Count > 0 && tokens[^1].Text == word || tokens.Count > 1 && tokens[^2].Text == word && NextWordIs(view.Normalized, wordEnd, tokens[^1].Text))
        && RunOnText.Holds(view, pos);

    private static bool NextWordIs(string n, int wordEnd, string word)
    {
        var next = HeaderText.NextWord(n, wordEnd);
        return next + word.Length <= n.Length && string.CompareOrdinal(n, next, word, 0, word.Length) == 0
            && (next + word.Length == n.Length || n[next + word.Length] == ' ');
    }

    // An upper-case word: a word of the name, unless debris, a type heading or the number's label stands here; true when
    // the block ends at it.
    private bool EndsAtCapitals(ref BlockScan scan, TextView view, string word, int pos, int wordEnd, bool startsLine, bool bareHeader)
    {
        var tokens = scan.Tokens;
        if (scan.LowerRun >= 3 && tokens.Count > 0) return true;
        // "IS]", "ˆ", "..T-ẶẶẶ———" (OCR): a seal's or rule's debris is no word of the name, nor are the stray
        // capitals opening its line; it breaks the block's words as a rule does.
        if (IssuerWordDebris.IsDebris(word))
        {
            DropDebrisLineOpening(view, tokens, pos);
            scan.Break = true;
            return false;
        }
        if ((scan.Break || startsLine) && tokens.Count > 0 && _headings.TypeWordAt(view.Folded, pos)) { scan.Heading = pos; return true; }
        if (startsLine && tokens.Count > 0 && NumberLabelOverBlank(view, word, wordEnd)) return true;
        if (bareHeader && tokens.Count >= 2 && _headings.TitleFollowsTypeWord(view, tokens, pos)) { scan.Heading = pos; return true; }
        var repaired = CapitalLookAlikes.Repair(word);
        // "BẢO HIỂM XÃ HỘI VIỆTNAM_": two syllables the scan ran together are two words of the name.
        // "TRƯỜNGMN MAI VÀNG": a head word glued to a school's abbreviation, the same two words.
        var split = GluedSyllableNormalizer.TwoSyllableSplit(repaired);
        if (split <= 0) split = GluedSyllableNormalizer.SyllableThenAbbreviation(repaired);
        if (split > 0 && view.Normalized.AsSpan(pos).StartsWith(repaired))
        {
            tokens.Add(new HeaderToken(repaired[..split], TextFolding.Fold(repaired[..split]), pos, pos + split, scan.Break || startsLine));
            tokens.Add(new HeaderToken(repaired[split..], TextFolding.Fold(repaired[split..]), pos + split, pos + repaired.Length, false));
        }
        else tokens.Add(new HeaderToken(repaired, TextFolding.Fold(repaired), pos, wordEnd, scan.Break || startsLine || DoubledOnRunOnLine(view, tokens, repaired, pos, wordEnd)));
        scan.Break = false;
        scan.LowerRun = 0;
        return false;
    }

    // A lower-case word; true when it ends the block.
    private static bool EndsAtLowerCase(ref BlockScan scan, string f, int pos, bool bareHeader)
    {
        // Lower-case words: a motto the masks missed, or the body. Three in a row end the block.
        // Before the block, a line of page debris ("Nghị quyết thông qua ...") may stand above it.
        // With no motto, number or place-date, capitals going on in lower case on their line ("UBND huyện
        // Khánh Vĩnh vừa ban hành …") are a sentence of a page, not a header's block.
        if (bareHeader && !scan.Break && scan.Tokens.Count > 0) { scan.Tokens.Clear(); return true; }
        scan.Break = true;
        scan.LineHasLower = true;
        if (++scan.LowerRun >= 3 && scan.Tokens.Count > 0) return true;
        return scan.Tokens.Count == 0 && (BodyCue().IsMatch(f[pos..Math.Min(f.Length, pos + 12)]) || pos > 400);
    }

    // "VĂN PHÒNG CHÍNH PHÙ / P mm. Độc lập …" (kx-bo-quoc-phong-vbhn-2026-tang-le-ocr): one capital letter opening the
    // block's last line, the rest of it lower-case scan noise, is a speck; no name ends on a letter of its own line.
    private static void DropLastLineSpeck(TextView view, List<HeaderToken> tokens)
    {
        if (tokens.Count > 1 && tokens[^1].Text is [var letter] && char.IsLetter(letter)
            && LineStartBetween(view, tokens[^2].End, tokens[^1].Start)) tokens.RemoveAt(tokens.Count - 1);
    }

    // "UBNDTHÀNH PHỐ HÀ NỘI" (kw-sgddt-ha-noi-cv-2016-3929): a page lost the space between the committee's abbreviation
    // and its jurisdiction word; the length of "UBND" when so, else 0.
    private static int GluedCommittee(string word)
    {
        if (word.Length < 6 || !word.StartsWith("UBND", StringComparison.Ordinal) || !char.IsUpper(word[4])) return 0;
        return TextFolding.FoldLoose(word[4..]) is "tinh" or "thanh" or "huyen" or "quan" or "thi" or "xa" or "phuong" ? 4 : 0;
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
}
