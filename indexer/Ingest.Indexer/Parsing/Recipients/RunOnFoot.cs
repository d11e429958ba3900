using Ingest.Indexer.Text;

namespace Ingest.Indexer.Parsing.Recipients;

/// <summary>
/// The foot of a text that lost its line breaks, cut back into the lines a page prints it on. A portal copy or a
/// scraped dataset may run the whole document into one paragraph, its foot included: "… thi hành Quyết định này./. Nơi
/// nhận: KT. CHỦ TỊCH - Như Điều 7; PHÓ CHỦ TỊCH - Bộ Tư pháp; … - Lưu: VT, NC. Nguyễn Minh" (iu-ubnd-lam-dong-qd-2536-
/// 2025-pdf on one line), "… thi hành./. Nơi nhận: - Như điều 4; - VP: CVP, PCVP, …; - Lưu TH-TĐ10b, VT-LT. TM. BAN BÍ
/// THƯ …" (pd-tw-doan-qd-2013-367). Nghị định 30/2020/NĐ-CP (Phụ lục I) sets the foot's parts apart by what they are,
/// and these are cut where they show: the body's closing "./.", the heading "Nơi nhận:", each item of the list (its dash,
/// its closing ";"), the signature block's capitals beside the items, and the name after the file copy "Lưu: VT, …".
/// Pure and thread-safe, one pass over the foot; lines of ordinary length, and a long last paragraph of a text that kept
/// its lines, come back as they are.
/// </summary>
internal static class RunOnFoot
{
    // How far before the heading (or the text's end) a signature block is looked for.
    private const int BlockReach = 300;

    // A name runs over two to five words ("Lâm Văn Bi", "Nguyễn Thị Thanh Hằng", "Tôn Nữ Thị Ngọc Hà").
    private const int NameWords = 5;

    /// <summary>The lines with the last line that runs the foot on cut into its parts; the same list when none does.</summary>
    public static IReadOnlyList<PlanLine> Split(string text, IReadOnlyList<PlanLine> lines, ServiceRank? ranks = null)
    {
        var last = lines.Count - 1;
        while (last >= 0 && lines[last].Raw.IsWhiteSpace()) last--;
        // The text lost its breaks where that line holds most of it; a document that kept its lines may end on a long
        // paragraph of its body (a report's last section, a page's closing story), and that is no foot.
        if (last < 0 || !Header.RunOnText.IsRunOn(lines[last].Length, text.Length)) return lines;
        var line = lines[last];
        var heading = HeadingIn(text, line);
        var cuts = new List<int> { line.Start };
        if (heading >= 0)
        {
            // "… thi hành Quyết định này./. KT. CHỦ TỊCH PHÓ CHỦ TỊCH Nguyễn Văn A Nơi nhận: …": a block set over the list.
            var closing = text.LastIndexOf("./.", heading, Math.Min(BlockReach, heading - line.Start), StringComparison.Ordinal);
            if (closing > line.Start) CutFoot(text, NextWord(text, closing + 3, heading), heading, cuts, ranks);
            cuts.Add(heading);
            RecipientHeading.Read(text.AsSpan(heading, line.End - heading), out var headingEnd);
            CutFoot(text, NextWord(text, heading + headingEnd, line.End), line.End, cuts, ranks);
        }
        // "… thông qua ngày 11 tháng 12 năm 2025. CHỦ TỊCH QUỐC HỘI Trần Thanh Mẫn" (sg-quoc-hoi-nq-2025-254 on one line):
        // no list, the block closing the text after its last sentence.
        else if (ClosingBlock(text, line) is var block and >= 0) CutFoot(text, block, line.End, cuts, ranks);
        else return lines;
        var split = new List<PlanLine>(lines.Count + cuts.Count);
        for (var i = 0; i < last; i++) split.Add(lines[i]);
        cuts.Add(line.End);
        for (var k = 0; k + 1 < cuts.Count; k++)
            if (cuts[k + 1] > cuts[k]) split.Add(new PlanLine(text, cuts[k], cuts[k + 1]));
        for (var i = last + 1; i < lines.Count; i++) split.Add(lines[i]);
        return split;
    }

    // The last "Nơi nhận" of the line that opens the heading with its words whole and its capital: a sentence's "gửi về
    // nơi nhận: Văn phòng …" is no heading.
    private static int HeadingIn(string text, PlanLine line)
    {
        for (var at = text.LastIndexOf("nhận", line.End - 1, line.Length, StringComparison.OrdinalIgnoreCase); at > line.Start;
             at = at - 1 > line.Start ? text.LastIndexOf("nhận", at - 1, at - line.Start, StringComparison.OrdinalIgnoreCase) : -1)
        {
            var start = at - 4;
            if (start < line.Start || start > line.Start && text[start - 1] is not ' ' and not '*' || !char.IsUpper(text[start])) continue;
            if (RecipientHeading.Read(text.AsSpan(start, line.End - start), out _) == RecipientHeading.Reading.Sure) return start;
        }
        return -1;
    }

    // The cuts within the foot, word by word from the heading on.
    private static void CutFoot(string text, int from, int to, List<int> cuts, ServiceRank? ranks)
    {
        cuts.Add(from);
        var part = new Part(from); // the current part, up to the word
        var filed = IsFileCopy(text, from, to); // within the file copy's item ("- Lưu: VT, …"), whose codes end where a name begins
        var name = 0; // the words of the name read after the file copy
        var rankEnd = 0; // the end of an officer's rank before the name ("Thượng tướng Nguyễn Văn Long")
        var before = ReadOnlySpan<char>.Empty;
        var listed = false; // an item closed with ";" has been read: the list is a state text's
        for (var p = from; p < to;)
        {
            var end = WordEnd(text, p, to);
            var word = Unstarred(text.AsSpan(p, end - p));
            bool cut;
            listed |= before.EndsWith(";");
            if (name > 0 && p < rankEnd) { part.Add(word); before = word; p = NextWord(text, end, to); continue; }
            // "- Lưu: VT, BCĐNNDL (2b). | **TRƯỞNG BAN** …" (ie-bcd-du-lich-170-QD-BCDNNDL-2025-repo on one line): a flattened
            // table's bar between two cells says nothing of the words on either side; what came before it still counts.
            if (name == 0 && word is "|") { p = NextWord(text, end, to); continue; }
            if (name > 0)
            {
                // "Nguyễn Văn Hồi 1 Chi cục …": the name ends where its capitalised words do, and before the capital that
                // opens a sentence ("Nguyễn Quỳnh Thiện Phụ lục …", jt-ubnd-tra-vinh-qd-2025-225-pdf on one line).
                var next = NextWord(text, end, to);
                if (name < NameWords && IsNameWord(word) && !(next < to && char.IsLower(text[next]))) { name++; part.Add(word); before = word; p = next; continue; }
                (cut, name) = (true, 0);
            }
            // "- Như Điều 7;": an item ends with its semicolon.
            else if (before.EndsWith(";") && IsNameBesideList(text, p, to))
            {
                // "… trực thuộc TW; Mai Lương Khôi - Lưu: VT, Cục BTTP." (iu-btp-cv-3917-2025-pdf, js-bo-tnmt-qd-2025-270-pdf,
                // jh-ttpvhcc-ha-noi-qd-2025-102-pdf on one line): the column's name printed beside an item of the list, run on
                // between one item's ";" and the next one's dash; an item itself opens with its dash.
                (cut, name) = (true, 1);
            }
            else cut = before.EndsWith(";")
                // "KT. CHỦ TỊCH - Như Điều 7;": an item's dash after the block's capitals.
                || IsItemMark(word) && !part.HasLower
                // "- Thường trực Thành ủy, PHÓ TRƯỞNG BAN - Ban Thường vụ đảng ủy, …, - Lưu. Triệu Thị Ngọc" (kp-ban-to-chuc-
                // thanh-uy-ha-noi-hd-2025-pdf on one line): a Party text closes its items with a comma (Hướng dẫn 36-HD/VPTW),
                // and the next item's dash, or the block's capitals with an item's dash after them, follow it; in a list whose
                // items close with ";" a comma stays inside its item ("- VPUB: CVP, PCVP (KGVX), HC-QT;").
                || !listed && before.EndsWith(",") && IsItemMark(text[part.Start]) && (IsItemMark(word) || CapitalsThenItem(text, p, to))
                // "- Như trên (b/c). PHÓ CHỦ TỊCH", "- Lưu VP. TM. BAN THƯỜNG VỤ": the block's capitals after an item.
                || IsUpperWord(word) && (before.EndsWith(".") || before.EndsWith(")")) && part.HasLower
                    // The file copy's codes are capitals too ("- Lưu: VT, TH."): after them a capacity mark opens the block, or
                    // a position of two words or more that a name follows ("– Lưu: VT, TCCB. GIÁM ĐỐC (đã ký) Nguyễn Minh Khải",
                    // pd-bv-mat-hcm-tb-2017-672 on one line): codes stand apart with commas, and none is signed.
                    && (!filed || IsCapacityMark(word) || before.EndsWith(".") && PositionThenName(text, p, to));
            // "- Lưu: VT, CNTT. Chu Mạnh Sinh": the codes of the file copy end with a stop, and the name follows; "KT. BỘ
            // TRƯỞNG THỨ TRƯỞNG Nguyễn Thị Hà >> Xem thêm: …" (id-bo-ldtbxh-1499-LDTBXH-TE-2018-luatminhkhue on one line): so
            // does it the block's capitals, and a page's links may follow it.
            // "- Lưu: VT, TCCC.(Ngan) Đỗ Văn Chung" (io-so-noi-vu-binh-thuan-ttr-3367-2024-pdf), "- Lưu: VT, TTPVHCC. NHD
            // Trịnh Minh Hoàng" (jw-ubnd-ninh-thuan-qd-2025-184-pdf), "- Lưu: VT, TH(2). H Đỗ Ngọc Huỳnh" (iu-vpcp-cd-2003-
            // 2025-pdf), on one line: the drafter's initials or a speck of the page after the codes, then the name; the
            // codes are capitals and an office is written "Văn phòng", so two capitalised words there open the name.
            if (!cut && (filed && (before.EndsWith(".") || !IsFileCopy(text, PreviousWord(text, p, part.Start), to) && !before.EndsWith(",") && IsNameRun(text, p, to))
                || part.IsBlock(text, p)))
            {
                // "- Lưu: VT, C04(P6). Thượng tướng Nguyễn Văn Long" (iq-bca-5689-BCA-C04-2025-ocr on one line): a police
                // or army officer signs with the rank before the name, its second word in small letters (ServiceRank).
                var rank = RankBeforeName(text, p, to, ranks);
                if (rank > 0 || IsNameWord(word)) (cut, name, rankEnd) = (true, 1, p + rank);
            }
            // "- Lưu: VT, KGVX (3), DVT 25 KT. BỘ TRƯỞNG, CHỦ NGHIỆM" (ke-vpcp-cv-2010-8645): a capacity mark opens the block.
            if (!cut && p > part.Start && IsCapacityMark(word)) cut = true;
            // "./. KT. BỘ TRƯỞNG THỨ TRƯỞNG Nguyễn Đức Chi" (jv-bo-tai-chinh-qd-2026-333-repo on one line): under "KT." the
            // principal's position, then the deputy's own on a line of its own (Nghị định 30/2020/NĐ-CP, Phụ lục I).
            // "| **TRƯỞNG BAN** **PHÓ THỦ TƯỚNG** **Nguyễn Chí Dũng** |" (ii-bcd-ban-dan-qd-quy-che-2025-headerless-repo on one line):
            // the head of a steering committee signs with his own office on the next line; a deputy's word opens a position
            // of its own in any block of capitals with no list's stop in it.
            if (!cut && p > part.Start && OpensDeputy(word, text, end, to) && (IsSignedFor(text, part, p) || IsBareBlock(text, part, p))) cut = true;
            // "PHÓ CHỦ NHIỆM (Đã ký) Nguyễn Hữu Vũ Đánh giá bài viết …" (jb-vpcp-cv-2013-4894-hoatieu on one line): the name
            // after the copy's signing note, which a portal's words may follow.
            if (!cut && name == 0 && AfterSigningNote(text, part.Start, p) && IsNameRun(text, p, to)) (cut, name) = (true, 1);
            if (cut)
            {
                cuts.Add(p);
                part = new Part(p);
                filed = name == 0 && IsFileCopy(text, p, to);
            }
            part.Add(word);
            before = word;
            p = NextWord(text, end, to);
        }
    }

    // Two to six words in capitals from at, with no stop or comma among them, then a name of two words or more, a signing
    // note or two between ("GIÁM ĐỐC (đã ký) Nguyễn Minh Khải"); "XÁC THỰC VĂN BẢN HỢP NHẤT Hà Nội, ngày …" is no block.
    private static bool PositionThenName(string text, int at, int to)
    {
        const int MaxPositionWords = 6;
        var (capitals, signs) = (0, 0);
        for (var p = at; p < to;)
        {
            var end = WordEnd(text, p, to);
            var word = Unstarred(text.AsSpan(p, end - p));
            if (IsUpperWord(word) && word.IndexOfAny(",.;") < 0 && signs == 0) { if (++capitals > MaxPositionWords) return false; }
            else if (IsNameWord(word)) return capitals >= 2 && IsNameRun(text, p, to);
            else if (IsSentenceWord(word) || ++signs > 2) return false;
            p = NextWord(text, end, to);
        }
        return false;
    }

    // Two words or more in capitals from at, then an item's dash: "PHÓ TRƯỞNG BAN - Ban Thường vụ …", not "HĐND tỉnh".
    private static bool CapitalsThenItem(string text, int at, int to)
    {
        var capitals = 0;
        for (var p = at; p < to;)
        {
            var end = WordEnd(text, p, to);
            var word = Unstarred(text.AsSpan(p, end - p));
            if (IsItemMark(word)) return capitals >= 2;
            // A position has no stop inside it: "CVP, PCVP (KGVX)," are an item's codes.
            if (!IsUpperWord(word) && !IsCapacityMark(word) || !IsCapacityMark(word) && word.IndexOfAny(",;()") >= 0) return false;
            capitals++;
            p = NextWord(text, end, to);
        }
        return false;
    }

    // Two words of a name from at ("Đỗ Văn", not "Tỉnh Hội." nor "Văn phòng").
    private static bool IsNameRun(string text, int at, int to)
    {
        var end = WordEnd(text, at, to);
        if (!IsNameWord(Unstarred(text.AsSpan(at, end - at)))) return false;
        var next = NextWord(text, end, to);
        return next < to && IsNameWord(Unstarred(text.AsSpan(next, WordEnd(text, next, to) - next)));
    }

    // Where the word before at starts (from at when none does after from).
    private static int PreviousWord(string text, int at, int from)
    {
        var p = at;
        while (p > from && text[p - 1] == ' ') p--;
        while (p > from && text[p - 1] != ' ') p--;
        return p;
    }

    // Two to five words of a name from at, then an item's dash: "Mai Lương Khôi - Lưu", not "Bưu điện tỉnh;".
    private static bool IsNameBesideList(string text, int at, int to)
    {
        var words = 0;
        for (var p = at; p < to;)
        {
            var end = WordEnd(text, p, to);
            var word = Unstarred(text.AsSpan(p, end - p));
            if (IsItemMark(word)) return words >= 2;
            if (!IsNameWord(word) || ++words > NameWords) return false;
            p = NextWord(text, end, to);
        }
        return false;
    }

    // The length of a rank at at that a name's word follows; 0 otherwise.
    private static int RankBeforeName(string text, int at, int to, ServiceRank? ranks)
    {
        var length = ranks?.LengthAt(text, at, to) ?? 0;
        if (length == 0) return 0;
        var next = NextWord(text, at + length, to);
        return IsNameWord(text.AsSpan(next, WordEnd(text, next, to) - next)) ? length : 0;
    }

    // What a part of the foot holds so far, kept word by word: a foot is read in one pass however long it runs.
    private struct Part(int start)
    {
        public readonly int Start = start;
        public bool HasLower { get; private set; }
        private int _letters;

        public void Add(ReadOnlySpan<char> word)
        {
            foreach (var c in word)
            {
                if (char.IsLower(c)) HasLower = true;
                if (char.IsLetter(c)) _letters++;
            }
        }

        // The block's capitals up to end: a position, a capacity mark, no item's dash before them.
        public readonly bool IsBlock(string text, int end) => end > Start && !IsItemMark(text[Start]) && !HasLower && _letters >= 2;
    }

    // Where the block closing the text begins: the last sentence's end in its last characters, then capitals, then within a
    // few words a name ("./. THỦ TƯỚNG [ Lê Minh Hưng", "kính báo! GIÁM ĐỐC Lê Đức Nhân"); -1 when the text closes otherwise.
    private static int ClosingBlock(string text, PlanLine line)
    {
        var found = -1;
        var from = Math.Max(line.Start, line.End - BlockReach);
        var before = ReadOnlySpan<char>.Empty;
        for (var p = NextWord(text, WordEnd(text, from, line.End), line.End); p < line.End;)
        {
            var end = WordEnd(text, p, line.End);
            var word = Unstarred(text.AsSpan(p, end - p));
            // "./. TM. ỦY BAN …": the block opens after the sentence, not after its own mark's stop.
            if (IsUpperWord(word) && (before.EndsWith(".") || before.EndsWith("!")) && !IsUpperWord(before) && NameAfterCapitals(text, p, line.End)) found = p;
            before = word;
            p = NextWord(text, end, line.End);
        }
        return found;
    }

    // Capitals from at on, then a name within a couple of signs ("[", "(Đã ký)"). A word in small letters is a sentence's:
    // "… theo đúng quy định. UBND xã Vĩnh Hưng đề nghị Nhân dân …" (je-ubnd-xa-vinh-hung-tb-2026-niem-yet-cu-tri-headerless,
    // its last paragraph) names a body, not a signer.
    private static bool NameAfterCapitals(string text, int at, int to)
    {
        var capitals = 0;
        var signs = 0;
        for (var p = at; p < to;)
        {
            var end = WordEnd(text, p, to);
            var word = Unstarred(text.AsSpan(p, end - p));
            if (IsUpperWord(word)) capitals++;
            else if (IsNameWord(word)) return capitals > 0;
            else if (IsSentenceWord(word) || ++signs > 2) return false;
            p = NextWord(text, end, to);
        }
        return false;
    }

    // "xã", "đề": small letters, not a sign's "(đã" or "ký)".
    private static bool IsSentenceWord(ReadOnlySpan<char> word) =>
        word.Length > 0 && char.IsLower(word[0]) && !word.EndsWith(")");

    // The mark with its stop ("KT.", "T/M"): "- Phòng KT, VX;" names a unit by the same letters (jw-ubnd-tp-hcm-qd-2025-2858-pdf).
    // "KT.GIÁM ĐỐC", "TM.ỦY BAN NHÂN DÂN" (kw-sgddt-tien-giang-cv-2016-1121, mo-ubnd-vinh-long-qd-2025-2682 on one line): the mark
    // glued to the position's first word, in capitals, is the mark too.
    private static bool IsCapacityMark(ReadOnlySpan<char> word) =>
        word is "KT." or "TM." or "TL." or "TUQ." or "K.T." or "T/M" or "K/T" or "T/L" or "T/M." or "K/T." or "T/L."
        || GluedMarkLength(word) > 0;

    private static int GluedMarkLength(ReadOnlySpan<char> word)
    {
        foreach (var mark in GluedMarks)
            if (word.StartsWith(mark, StringComparison.Ordinal) && word.Length > mark.Length + 1 && char.IsUpper(word[mark.Length])
                && IsUpperWord(word[mark.Length..]) && word[mark.Length..].IndexOfAny(".,;/") < 0)
                return mark.Length;
        return 0;
    }

    private static readonly string[] GluedMarks = ["KT.", "TM.", "TL.", "TUQ."];

    // "KT. CHỦ TỊCH", "K/T. BỘ TRƯỞNG", "K.T. GIÁM ĐỐC": a deputy signs for the principal, no lower case after the mark.
    private static bool IsSignedFor(string text, Part part, int end)
    {
        var segment = text.AsSpan(part.Start, end - part.Start).TrimStart('*');
        return (segment.StartsWith("KT") || segment.StartsWith("K/T") || segment.StartsWith("K.T")) && part.IsBlock(text, end);
    }

    // Capitals of a block with no list's stop ("TRƯỞNG BAN", "TM. ỦY BAN NHÂN DÂN"): "TT HĐND, PHÓ CHỦ TỊCH;" is an item's.
    private static bool IsBareBlock(string text, Part part, int end) =>
        part.IsBlock(text, end) && text.AsSpan(part.Start, end - part.Start).IndexOfAny(",;") < 0;

    // Whether the part up to at ends with the signing note "(đã ký)" / "(Đã ký)".
    private static bool AfterSigningNote(string text, int from, int at)
    {
        var before = text.AsSpan(from, at - from).TrimEnd();
        return before.EndsWith("ký)", StringComparison.Ordinal) && before[..^3].TrimEnd().EndsWith("(đã", StringComparison.OrdinalIgnoreCase);
    }

    // "PHÓ CHỦ TỊCH", "P. GIÁM ĐỐC", "P.CHỦ TỊCH", "THỨ TRƯỞNG": the deputy's position opens with its deputy word.
    private static bool OpensDeputy(ReadOnlySpan<char> word, string text, int end, int to)
    {
        if (word is "PHÓ" or "P." or "PHÓ:") return true;
        // "KT. CHỦ TỊCH P.CHỦ TỊCH Lê Quang Hòa" (hy-ubnd-xa-gia-pho-cv-2018-111 on one line): the abbreviation glued to the position.
        if (word.Length > 3 && word.StartsWith("P.") && IsUpperWord(word[2..]) && word[2..].IndexOfAny(".,;") < 0) return true;
        if (word is not "THỨ") return false;
        var next = NextWord(text, end, to);
        return next + 6 <= to && text.AsSpan(next, 6) is "TRƯỞNG";
    }

    // "**TM. ỦY BAN NHÂN DÂN** CHỦ TỊCH", "**Nguyễn Quỳnh Thiện**" (is-ubnd-lam-dong-qd-2284-2025-repo, mo-ubnd-vinh-long-qd-2025-
    // 2682 on one line): a Markdown copy sets the block's words in bold; the word is read without its stars.
    private static ReadOnlySpan<char> Unstarred(ReadOnlySpan<char> word) => word.Trim('*');

    // "- Như Điều 4;", "+ Lưu", "– Như trên;" (pd-sgddt-hcm-cv-2018-4144: a page that set its list with en dashes): an item's mark.
    private static bool IsItemMark(char c) => c is '-' or '+' or '–';

    private static bool IsItemMark(ReadOnlySpan<char> word) => word.Length == 1 && IsItemMark(word[0]);

    private static bool IsFileCopy(string text, int at, int to)
    {
        if (at < to && IsItemMark(text[at])) at = NextWord(text, at + 1, to);
        return at + 3 <= to && string.Compare(text, at, "Lưu", 0, 3, StringComparison.OrdinalIgnoreCase) == 0
            && (at + 3 == to || !char.IsLetter(text[at + 3]));
    }

    // "Nguyễn", "Bi": a capital, then small letters only; a Markdown copy's stars inside it are no letters ("H****òa**",
    // ja-ubnd-cao-bang-qd-1994-2025-tnt305).
    private static bool IsNameWord(ReadOnlySpan<char> word)
    {
        word = word.Trim('*');
        if (word.Length < 2 || !char.IsUpper(word[0])) return false;
        foreach (var c in word[1..])
            if (!char.IsLower(c) && c != '*') return false;
        return true;
    }

    private static bool IsUpperWord(ReadOnlySpan<char> word)
    {
        var letters = 0;
        foreach (var c in word)
        {
            if (char.IsLower(c)) return false;
            if (char.IsLetter(c)) letters++;
        }
        return letters >= 2;
    }

    private static int WordEnd(string text, int at, int to)
    {
        while (at < to && text[at] != ' ') at++;
        return at;
    }

    private static int NextWord(string text, int at, int to)
    {
        while (at < to && text[at] == ' ') at++;
        return at;
    }
}
