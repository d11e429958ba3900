using Ingest.Indexer.Parsing.Places;
using Ingest.Indexer.Parsing.Tables;
using Ingest.Indexer.Text;

namespace Ingest.Indexer.Parsing.Header;

/// <summary>
/// Gives back the header lines of a text that lost its line breaks (issue 10: a portal page, a PDF layer or a dataset
/// row that holds the whole document on one line), so that the line-based header readers read it as they read a
/// printed header. Nghị định 30/2020/NĐ-CP Phụ lục I sets each part of the header on lines of its own: the motto
/// ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"), "Số:", the place-date ("Hà Nội, ngày …"), the
/// type heading in capitals and the title under it; the body opens with "Căn cứ", "Thực hiện", "Kính gửi", a section's
/// number. Those words and their order say where each line began: a space before each becomes a "\n" again, one
/// character for one, so every offset still points into the text as given. Only the head of a line that holds at
/// least half the text (<see cref="RunOnText.IsRunOn"/>) is cut, up to where the body opens; a text that kept its
/// breaks is given back as it is. Pure and thread-safe.
/// </summary>
internal sealed class RunOnHeaderLines
{
    // A printed header with a long title runs some 600 signs; a run-on head is read no further than this.
    private const int Window = 1600;

    // The title line's words before the body opens at most (a long title runs some 60 words).
    private const int MaxTitleWords = 90;

    // The sections of the Công báo each page of a gazette copy is headed with.
    private static readonly string[] GazetteSections = ["VĂN BẢN QUY PHẠM PHÁP LUẬT", "VĂN BẢN KHÁC"];

    internal static readonly string[] LineOpenings = ["CỘNG HÒA", "CỘNG HOÀ", "Độc lập", "Số:", "Số :"];

    // Where the body opens under a heading's title (corpus README, "title"); each followed by a space or a stop. An
    // article's and a part's heading are read apart (ArticleOrPartAt): their words stand in titles too.
    private static readonly string[] BodyOpenings = [.. HeaderText.BodyOpeningWords, "Để", "I.", "1.", "Chương I"];

    private readonly string[] _headings;
    private readonly RunOnHeadline _headline;
    private readonly EnactingLineBeforePreamble? _enacting;
    private readonly ProvinceGazetteer _gazetteer;
    private readonly string[] _childHeads;

    /// <summary>The readings of the given tables' type names in capitals ("KẾ HOẠCH", "QUYẾT ĐỊNH"), longest first;
    /// <paramref name="enacting"/> finds the enacting line in the capitals right before a preamble; <paramref name="gazetteer"/>
    /// tells a province that closes a run-on place (ProvinceClosingPlace).</summary>
    public RunOnHeaderLines(DomainTables tables, ProvinceGazetteer gazetteer, EnactingLineBeforePreamble? enacting = null,
        IEnumerable<string>? childHeads = null)
    {
        _gazetteer = gazetteer;
        _childHeads = (childHeads ?? []).Select(TextFolding.FoldLoose).Distinct().OrderByDescending(h => h.Length).ToArray();
        _headings = tables.DocumentTypes.Select(t => t.Name.ToUpperInvariant()).Distinct()
            .OrderByDescending(h => h.Length).ToArray();
        _headline = new RunOnHeadline(tables);
        _enacting = enacting;
    }

    /// <summary><paramref name="text"/> with its run-on head cut back into lines; the same instance when none runs on.</summary>
    public string Apply(string text)
    {
        var (start, end) = RunOnLine(text);
        if (start < 0) return text;
        var breaks = new List<int>();
        // A heading whose title runs on past every opening of a body is no heading read whole: nothing is cut.
        if (!CutHead(text, start, Math.Min(end, start + Window), breaks))
        {
            breaks.Clear();
            if (!_headline.Cut(text, start, Math.Min(end, start + Window), breaks)) return text;
        }
        return string.Create(text.Length, (text, breaks), static (chars, state) =>
        {
            state.text.AsSpan().CopyTo(chars);
            foreach (var b in state.breaks) chars[b] = '\n';
        });
    }

    // The first line that holds at least half the text and starts within the window: the one the header ran into.
    private static (int Start, int End) RunOnLine(string text)
    {
        var start = 0;
        while (start < text.Length && start < Window)
        {
            var end = text.IndexOf('\n', start);
            if (end < 0) end = text.Length;
            if (RunOnText.IsRunOn(end - start, text.Length)) return (start, end);
            start = end + 1;
        }
        return (-1, -1);
    }

    private bool CutHead(string text, int start, int end, List<int> breaks)
    {
        var title = -1;
        var titleWords = 0;
        var placeDate = false;
        var motto = false;
        var issuer = false;
        // A block that opens the line itself ("HỘI ĐỒNG NHÂN DÂN TỈNH BÌNH DƯƠNG ĐOÀN GIÁM SÁT Số: …") is cut as one after a page's words.
        if (IsCapitals(text, start, end) && NextWord(text, start, end) is var second && second < end && IsCapitals(text, second, end))
            CutChildAfterProvince(text, start, end, breaks);
        for (var at = start; at < end; at = NextWord(text, at, end))
        {
            if (at > start && text[at - 1] != ' ') continue;
            if (title >= 0)
            {
                // The title ends where the body opens: at its first opening after the title's first word; or where a
                // portal's note on its post stands before the body ("… năm 2018 Ngày cập nhật 19/04/2018 I. Mục đích …").
                if (at > title && (OpensBody(text, at) || EnactingAuthority(text, at, end) || RunOnTitleEnd.OpensAtGiven(text, at)
                    || RuleOrDashedOpening(text, at, end)))
                {
                    CutEnactingLine(text, title, at, breaks);
                    breaks.Add(at - 1);
                    // "… của Sở Tài chính tỉnh Lai Châu CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH LAI CHÂU Căn cứ Luật …" (cp-ubnd-lai-chau-qd-
                    // 2025-tthc-stc on one line): the enacting line stands on a line of its own over the preamble too.
                    if (PreambleAfterCapitals(text, at, end) is var preamble and > 0) CutBefore(preamble, start, breaks);
                    return true;
                }
                if (++titleWords > MaxTitleWords) return false;
                continue;
            }
            if (StartsAny(text, at, LineOpenings) && !StateNamed(text, at))
            {
                CutBefore(at, start, breaks);
                motto |= text[at] == 'C';
                // "… Hạnh phúc ---------- Số: …": what follows the motto's last words and its rule opens a line.
                if (text[at] == 'Đ' && MottoEnd(text, at, end) is var next and > 0) CutBefore(next, start, breaks);
            }
            else if (!motto && !issuer && GazetteSectionAt(text, at, end) is var section and > 0)
            {
                // "CÔNG BÁO/Số 1053 + 1054/Ngày 10-8-2025 3 VĂN BẢN QUY PHẠM PHÁP LUẬT ỦY BAN THƯỜNG VỤ QUỐC HỘI …" (mi-ubtvqh-nq-
                // 2025-89-pdf; 11 gazette copies in the corpus): the gazette's section heading stands on its own line over
                // the issuer block, which opens right after it.
                CutBefore(at, start, breaks);
                CutBefore(at + section + 1, start, breaks);
                CutRepeatedName(text, at + section + 1, end, breaks);
                issuer = true;
            }
            else if (!motto && !issuer && IssuerBlockAt(text, at, end))
            {
                CutBefore(at, start, breaks);
                CutRepeatedName(text, at, end, breaks);
                CutChildAfterProvince(text, at, end, breaks);
                issuer = true;
            }
            else if (!placeDate && PlaceDateAt(text, at, end)) { CutBefore(PlaceStart(text, at), start, breaks); placeDate = true; }
            else if ((motto || placeDate) && OpensPreamble(text, at))
            {
                // "… | Phan Thiết, ngày 26 tháng 7 năm 2006 | BAN HÀNH QUY ĐỊNH … TỈNH BÌNH THUẬN ỦY BAN NHÂN DÂN TỈNH BÌNH
                // THUẬN Căn cứ …" (hy-ubnd-binh-thuan-qd-2006-63-flat on one line): a title in capitals with no type
                // heading over it; the enacting line and the preamble still open lines of their own.
                CutEnactingLine(text, PreviousCut(breaks, start), at, breaks);
                CutBefore(at, start, breaks);
                return true;
            }
            else if (HeadingAt(text, at, end) is var length and > 0)
            {
                CutBefore(at, start, breaks);
                var after = at + length;
                if (after < end && text[after] == ' ') breaks.Add(after);
                title = after + 1;
            }
        }
        return false;
    }

    // Where the preamble opens right after the run of capitals (and a council's numerals) at an offset; -1 when it does not.
    private static int PreambleAfterCapitals(string text, int at, int end)
    {
        const int MaxEnactingWords = 24;
        var word = at;
        for (var n = 0; n < MaxEnactingWords && word < end && (IsCapitals(text, word, end) || IsNumeral(text, word, end)); n++) word = NextWord(text, word, end);
        return word > at && word < end && OpensPreamble(text, word) ? word : -1;
    }

    // The enacting authority in capitals right before a preamble that opens at an offset ("… ỦY BAN NHÂN DÂN TỈNH BÌNH
    // THUẬN Căn cứ …", "… THỐNG ĐỐC NGÂN HÀNG NHÀ NƯỚC Căn cứ …"), read as the header reader reads it, opens a line.
    private void CutEnactingLine(string text, int from, int preamble, List<int> breaks)
    {
        if (_enacting is null || preamble < 2) return;
        var words = new List<string>();
        var starts = new List<int>();
        // The run of capitals (a council's "KHÓA IX", a district's "QUẬN 1" hold numbers) and the word before it, which
        // says whether a body's name at the run's head belongs to a title ("… CỦA ỦY BAN …").
        var word = PreviousWord(text, preamble);
        while (word > from && (IsCapitals(text, word, preamble) || IsNumeral(text, word, preamble)))
        {
            var wordEnd = text.IndexOf(' ', word, preamble - word);
            words.Insert(0, text[word..(wordEnd < 0 ? preamble : wordEnd)]);
            starts.Insert(0, word);
            word = PreviousWord(text, word);
        }
        while (words.Count > 0 && !IsCapitals(text, starts[0], preamble)) { words.RemoveAt(0); starts.RemoveAt(0); }
        if (words.Count < 2) return;
        var context = text.IndexOf(' ', word, starts[0] - word);
        words.Insert(0, context < 0 ? "" : text[word..context]);
        starts.Insert(0, word);
        var window = TextFolding.FoldLoose(text.Substring(preamble, Math.Min(20, text.Length - preamble)));
        if (_enacting.Before(words, window, 0) is var k and > 0) CutBefore(starts[k], from, breaks);
    }

    private static bool IsNumeral(string text, int at, int end)
    {
        var stop = text.IndexOf(' ', at, end - at);
        var word = text.AsSpan(at, (stop < 0 ? end : stop) - at).TrimEnd(",.");
        return !word.IsEmpty && word.IndexOfAnyExcept("0123456789") < 0;
    }

    // "BỘ TƯ PHÁP BỘ TƯ PHÁP CỘNG HÒA …", "BỘ KẾ HOẠCH VÀ ĐẦU TƯ BỘ KẾ HOẠCH VÀ ĐẦU TƯ Số: …" (co-bo-tu-phap-tt-2025-05,
    // jv-bo-ke-hoach-dau-tu-qd-2022-1373-repo): a gazette page's running head names the issuer over the issuer block that
    // names it again; the second copy opens a line of its own.
    private static void CutRepeatedName(string text, int at, int end, List<int> breaks)
    {
        var starts = new List<int>();
        for (var word = at; word < end && starts.Count < 24 && IsCapitals(text, word, end); word = NextWord(text, word, end)) starts.Add(word);
        for (var n = 2; 2 * n <= starts.Count; n++)
        {
            var second = starts[n];
            var length = second - 1 - at;
            if (second + length <= end && text.AsSpan(at, length).SequenceEqual(text.AsSpan(second, length))
                && (second + length == end || text[second + length] == ' '))
            {
                CutBefore(second, at, breaks);
                return;
            }
        }
    }

    // "HỘI ĐỒNG NHÂN DÂN TỈNH BÌNH DƯƠNG ĐOÀN GIÁM SÁT Số: 11/TB-ĐGS …", "HỘI LIÊN HIỆP PHỤ NỮ PHÚ YÊN BAN THƯỜNG VỤ Phú Yên, ngày …"
    // (mi-doan-giam-sat-hdnd-binh-duong-tb-2021-11-pdf, ja-hoi-lhpn-phu-yen-dc-2021 on one line): the parent's line closes with
    // its province's name (Nghị định 30/2020/NĐ-CP Phụ lục I: the parent body over the body that issues), and a child body's
    // head after it (issuer-heads.json, role child) opens the next line of the block.
    private void CutChildAfterProvince(string text, int at, int end, List<int> breaks)
    {
        const int MaxBlockWords = 24;
        if (_childHeads.Length == 0) return;
        var blockEnd = at;
        for (var (word, n) = (at, 0); word < end && n < MaxBlockWords && IsCapitals(text, word, end); word = NextWord(text, word, end), n++)
            blockEnd = text.IndexOf(' ', word, end - word) is var space and >= 0 ? space : end;
        var block = text[at..blockEnd];
        var folded = TextFolding.FoldLoose(block);
        if (folded.Length != block.Length) return;
        foreach (var (_, _, placeEnd) in _gazetteer.FindAll(block, folded))
        {
            if (placeEnd + 1 >= block.Length || block[placeEnd] != ' ') continue;
            var next = placeEnd + 1;
            foreach (var head in _childHeads)
                if (string.CompareOrdinal(folded, next, head, 0, head.Length) == 0 && (next + head.Length == folded.Length || folded[next + head.Length] == ' '))
                {
                    CutBefore(at + next, at, breaks);
                    return;
                }
        }
    }

    private static int GazetteSectionAt(string text, int at, int end)
    {
        foreach (var section in GazetteSections)
            if (text.AsSpan(at, end - at).StartsWith(section + " ", StringComparison.Ordinal)) return section.Length;
        return 0;
    }

    // "Ký bởi: CÔNG BÁO NƯỚC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Cơ quan: …" (the Công báo's digital signature, 11 documents of
    // the corpus): the state's name after "NƯỚC" is the gazette's, no motto.
    private static bool StateNamed(string text, int at) =>
        at > 5 && text[at] == 'C' && text.AsSpan(PreviousWord(text, at)).StartsWith("NƯỚC ", StringComparison.Ordinal);

    private static bool OpensPreamble(string text, int at) =>
        text.AsSpan(at).StartsWith("Căn cứ ", StringComparison.Ordinal) || text.AsSpan(at).StartsWith("*Căn cứ ", StringComparison.Ordinal);

    private static int PreviousCut(List<int> breaks, int start) => breaks.Count == 0 ? start : breaks.Max() + 1;

    // The word after "Độc lập - Tự do - Hạnh phúc" and the rule or stars under it; -1 when none.
    private static int MottoEnd(string text, int at, int end)
    {
        var happy = text.IndexOf("Hạnh phúc", at, Math.Min(60, end - at), StringComparison.Ordinal);
        if (happy < 0) return -1;
        for (var word = NextWord(text, happy + "Hạnh phúc".Length, end); word < end; word = NextWord(text, word, end))
            if (char.IsLetterOrDigit(text[word])) return word;
        return -1;
    }

    // "Hệ thống pháp luật ỦY BAN NHÂN DÂN TỈNH THỪA THIÊN HUẾ ------- CỘNG HÒA …": a portal's words before the issuer,
    // which Nghị định 30/2020/NĐ-CP sets in capitals at the head of its own column: three words in capitals after one
    // that is not, before the motto.
    internal static bool IssuerBlockAt(string text, int at, int end)
    {
        if (at < 2 || IsCapitals(text, PreviousWord(text, at), end) || AfterSignatureStamp(text, at)) return false;
        var word = at;
        for (var n = 0; n < 3; n++)
        {
            var wordEnd = text.IndexOf(' ', word, end - word);
            if (wordEnd < 0 || !IsCapitals(text, word, end)) return false;
            word = wordEnd + 1;
        }
        return true;
    }

    // "Ký bởi: CÔNG BÁO NƯỚC CỘNG HÒA …", "Người ký: CỔNG THÔNG TIN ĐIỆN TỬ CHÍNH PHỦ", "Cơ quan: VĂN PHÒNG CHÍNH PHỦ": a digital
    // signature's stamp printed over the header (mh-thu-tuong-qd-2026-892-pdf, mi-ubtvqh-nq-2025-89-pdf; 19 documents of
    // the corpus) names who signed the file, in capitals, before the issuer block; it is no issuer.
    private static bool AfterSignatureStamp(string text, int at)
    {
        var label = text.AsSpan(PreviousWord(text, at), at - 1 - PreviousWord(text, at));
        return label is "bởi:" or "ký:" or "quan:";
    }

    private static int PreviousWord(string text, int at)
    {
        var space = text.LastIndexOf(' ', at - 2);
        return space + 1;
    }

    // A type name in capitals standing as a heading: followed by a title in sentence case ("KẾ HOẠCH Triển khai …",
    // "QUYẾT ĐỊNH Về việc …") or by the enacting colon ("QUYẾT ĐỊNH:"); a name in capitals followed by more capitals is
    // an agency's ("SỞ KẾ HOẠCH VÀ ĐẦU TƯ") or a title in capitals, left as it stands.
    private int HeadingAt(string text, int at, int end)
    {
        foreach (var heading in _headings)
        {
            if (!text.AsSpan(at).StartsWith(heading, StringComparison.Ordinal)) continue;
            var after = at + heading.Length;
            if (after >= end) return 0;
            if (text[after] == ':') return 0;
            if (text[after] != ' ' || after + 1 >= end) return 0;
            return char.IsLetter(text[after + 1]) && !IsCapitals(text, after + 1, end) && (!OpensBody(text, after + 1) || OpensTitle(text, after + 1)) ? heading.Length : 0;
        }
        return 0;
    }

    // "HƯỚNG DẪN Thực hiện kế hoạch tổ chức Đại hội … Căn cứ …", "HƯỚNG DẪN Thực hiện quy trình, thủ tục, tổ chức trao tặng
    // Huy hiệu Đảng ----- Căn cứ …" (co-hoi-lhtn-hung-yen-hd-2008-dai-hoi, kj-ban-to-chuc-thanh-uy-ha-noi-hd-2025-huy-hieu-
    // dang-pdf on one line): right under a type heading, "Thực hiện" opens its trích yếu, as on its own line; the body
    // opens at the next opening after it.
    private static bool OpensTitle(string text, int at) => text.AsSpan(at).StartsWith("Thực hiện ", StringComparison.Ordinal);

    // "… Huy hiệu Đảng ----- Căn cứ …" (kj-ban-to-chuc-thanh-uy-ha-noi-hd-2025-huy-hieu-dang-pdf): the rule printed under a
    // title, with the preamble under it, ends the title (a rule over the enacting line, "… 2031 ____________ THỦ TƯỚNG CHÍNH
    // PHỦ Căn cứ …", is left to the enacting line's cut); and "… các cấp -Căn cứ Quy định số 944-QĐ/HNDTW …"
    // (ik-hnd-dong-thap-09-HD-HNDT-2015-123docz): a preamble's line opens with a dash as a list's.
    internal static bool RuleOrDashedOpening(string text, int at, int end)
    {
        var stop = text.IndexOf(' ', at, end - at);
        var word = text.AsSpan(at, (stop < 0 ? end : stop) - at);
        if (word.Length >= 3 && word.IndexOfAnyExcept("-_=—–") < 0) return stop > 0 && stop + 1 < end && OpensBody(text, stop + 1);
        return word.Length > 1 && word[0] is '-' or '–' && OpensBody(text, at + 1);
    }

    // The place-date's first word: up to four words each a capital and small letters ("Hà Nội", "Thành phố Hồ Chí
    // Minh", "TP. Hồ Chí Minh") then ", ngày".
    private static bool PlaceDateAt(string text, int at, int end)
    {
        var word = at;
        while (word < end && text[word] is '*' or '_') word++;
        for (var n = 0; n < 5 && word < end; n++)
        {
            var wordEnd = text.IndexOf(' ', word, end - word);
            if (wordEnd <= word) return false;
            var comma = text[wordEnd - 1] == ',';
            if (!IsPlaceWord(text, word, comma ? wordEnd - 1 : wordEnd)) return false;
            if (comma) return text.AsSpan(wordEnd + 1).StartsWith("ngày ", StringComparison.Ordinal);
            word = wordEnd + 1;
        }
        return false;
    }

    // Where the place of the place-date at an offset begins: past a subject's words run on into it ("… tại tỉnh Nghệ An Hà
    // Nội, ngày …", ProvinceClosingPlace).
    private int PlaceStart(string text, int at)
    {
        var comma = text.IndexOf(',', at);
        if (comma < 0 || text[at] is '*' or '_') return at;
        return at + ProvinceClosingPlace.Start(_gazetteer, text[at..comma]);
    }

    private static bool IsPlaceWord(string text, int start, int end) =>
        end > start && char.IsUpper(text[start]) && (text[end - 1] == '.' || !IsCapitals(text, start, end));

    internal static bool OpensBody(string text, int at)
    {
        foreach (var opening in BodyOpenings)
            if (text.AsSpan(at).StartsWith(opening, StringComparison.Ordinal)
                && at + opening.Length < text.Length && text[at + opening.Length] is ' ' or ':' or ',' or '.')
                return true;
        return ArticleOrPartAt(text.AsSpan(at));
    }

    // "Điều 1." and "Phần I", "Phần 2", "Phần thứ nhất" open a body; "Về việc sửa đổi, bổ sung Điều 1 Quyết định số …" (a
    // title amending an article) and "hợp tác với Phần Lan" are a title's own words, where the title would end too soon.
    private static bool ArticleOrPartAt(ReadOnlySpan<char> s)
    {
        if (s.StartsWith("Điều 1", StringComparison.Ordinal)) return s.Length > 6 && s[6] is '.' or ':';
        if (!s.StartsWith("Phần ", StringComparison.Ordinal)) return false;
        var number = s[5..];
        if (number.IsEmpty) return false;
        if (number.StartsWith("thứ ", StringComparison.Ordinal)) return true;
        var length = number.IndexOfAnyExcept("IVX0123456789");
        return length != 0 && (length < 0 || !char.IsLetter(number[length]));
    }

    // "… về việc … ỦY BAN NHÂN DÂN TỈNH …" or "CHỦ TỊCH ỦY BAN …": the authority that enacts, in capitals, over the
    // preamble: three words in capitals after a title in sentence case.
    private static bool EnactingAuthority(string text, int at, int end)
    {
        var word = at;
        for (var n = 0; n < 3; n++)
        {
            var wordEnd = text.IndexOf(' ', word, end - word);
            if (wordEnd < 0 || wordEnd - word < 2 || !IsCapitals(text, word, end)) return false;
            word = wordEnd + 1;
        }
        return text[at - 2] != ' ' && char.IsLower(text[at - 2]) || char.IsDigit(text[at - 2]);
    }

    // Whether the word at an offset is letters in capitals only ("VÀ", "TỈNH"); "UBND" counts, "Về" does not.
    private static bool IsCapitals(string text, int at, int end)
    {
        var word = text.AsSpan(at, Math.Max(0, end - at));
        var space = word.IndexOf(' ');
        return HeaderText.IsUpperWord(space < 0 ? word : word[..space]);
    }

    internal static void CutBefore(int at, int lineStart, List<int> breaks)
    {
        if (at > lineStart && !breaks.Contains(at - 1)) breaks.Add(at - 1);
    }

    internal static bool StartsAny(string text, int at, string[] words)
    {
        foreach (var w in words)
            if (text.AsSpan(at).StartsWith(w, StringComparison.Ordinal)) return true;
        return false;
    }

    internal static int NextWord(string text, int at, int end)
    {
        var space = text.IndexOf(' ', at, end - at);
        return space < 0 ? end : space + 1;
    }
}
