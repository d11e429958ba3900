using System.Buffers;
using Ingest.Indexer.Text;

namespace Ingest.Indexer.Parsing.Recipients;

/// <summary>
/// The heading of the recipients' list ("Nơi nhận:", Nghị định 30/2020/NĐ-CP, Phụ lục I) as every copy prints it: the
/// one place that says whether a line or a cell is that heading, where its words end and what follows them. Every
/// reader that looks for the list (the list itself, the signature beside or under it, the header's end) asks it.
/// Pure, thread-safe, allocation-free on a line or a cell; never throws.
/// </summary>
internal static class RecipientHeading
{
    /// <summary>How sure the words alone make the heading.</summary>
    internal enum Reading
    {
        /// <summary>Not the heading.</summary>
        None,

        /// <summary>The heading, whatever follows it.</summary>
        Sure,

        /// <summary>The heading only where an item's dash opens the next line (a damaged or colonless heading).</summary>
        WithItemAfter,
    }

    // What may stand before the heading at a line's start: Markdown's marks, a table's bar, a list's dash, and a Word
    // copy's no-break space ("| Nơi nhận: |KT. CHỦ TỊCH |", lp-ubnd-tien-giang-qd-2025-241-doc), a scan's speck read as a
    // quote ("\"Nơi nhận: VIỆN TRƯỞNG", lg-vks-toi-cao-qd-2019-quy-trinh-vu-an-hanh-chinh-ocr).
    private const string LeadMarks = " \t\u00a0*_|#>-\"“";

    // What may stand between the heading and its first item: the colon, Markdown's marks, a scan's quote-like specks.
    private static readonly char[] HeadingTrail = [' ', ':', '_', '*', '\'', '"', '“', '”', '‘', '’'];

    /// <summary>
    /// Reads <paramref name="cell"/> (a line, or its first column): whether it opens with the heading, and
    /// <paramref name="end"/>, the index after its words and the colon closing them (the text beside the heading
    /// follows there).
    /// </summary>
    internal static Reading Read(ReadOnlySpan<char> cell, out int end) => Read(cell, out end, out _);

    private static Reading Read(ReadOnlySpan<char> cell, out int end, out Damage damage)
    {
        end = 0;
        if (!Words(cell, out var wordsEnd, out damage, out var clipped)) return Reading.None;
        // "**Nơi nhận**:", "__Nơi nhận__:" (jg-vptw-tb-2025-432-md): Markdown closes its marks before the colon.
        var at = wordsEnd;
        while (at < cell.Length && (cell[at] is '*' or '_' || char.IsWhiteSpace(cell[at]))) at++;
        var colon = at < cell.Length && cell[at] == ':';
        end = colon ? at + 1 : wordsEnd;
        var rest = cell[end..].Trim();
        // "nơi nhận hồ sơ", "nơi nhận vào trang đầu sổ" (kp-ban-to-chuc-thanh-uy-ha-noi-hd-2025-pdf): a sentence of the
        // body goes on in small letters where the heading has its colon.
        if (!colon && rest.Length > 0 && char.IsLower(rest[0])) return Reading.None;
        if (clipped) return colon ? Reading.WithItemAfter : Reading.None;
        // "vn nhận: TM. BAN THƯỜNG VỤ" (lr-ldlsvn-btv-cv-hop-nhat-2025-ocr): the first word lost to a short misreading; only
        // the signature column's first line beside the colon ("TM.", "KT.", "TL.") makes it the heading, and the list under it.
        if (damage == Damage.Lost) return colon && OpensSignature(rest) ? Reading.WithItemAfter : Reading.None;
        // "Nơi nhận" alone, or before a speck or a dash: the heading's words whole.
        if (damage == Damage.None && (colon || rest.Length == 0 || !char.IsLetter(rest[0]))) return Reading.Sure;
        // "ơi nhận:", "Mới nhận:", "MNơi nhận:", "ậNớơi nhận:": a lost, misread or doubled letter, kept the heading by its colon.
        if (colon && damage == Damage.Opening) return Reading.Sure;
        // "Đo nhận: TL. CHỦ TỊCH" (jd-ubnd-quang-ngai-cv-2025-299-ocr), "Nơi nhậm KT. CHỦ TỊCH" (lg-ubnd-quang-ngai-qd-
        // 2025-tthc-kham-chua-benh-ocr, its colon read as "m"), "Nơi nhận KT. CHỦ TỊCH": the list under it decides.
        return Reading.WithItemAfter;
    }

    /// <summary>Whether <paramref name="raw"/> may open the heading: its two words, told without cleaning the line.</summary>
    internal static bool MayOpen(ReadOnlySpan<char> raw) =>
        Words(raw, out _, out _, out _) || IsFirstWordAlone(raw);

    /// <summary>
    /// Whether line <paramref name="i"/> opens the list: the heading on it (or "Nơi" on it and "nhận:" on the next,
    /// <paramref name="heading"/> then the next line), and <paramref name="sameLine"/>, what its first cell holds
    /// after the heading ("Nơi nhận: - Bộ Tư pháp; - Như Điều 3; …").
    /// </summary>
    internal static bool At(IReadOnlyList<PlanLine> lines, int i, out int heading, out string sameLine)
    {
        heading = i;
        sameLine = "";
        var raw = lines[i].Raw;
        if (!MayOpen(raw)) return false;
        var cell = RecipientList.Cell(lines[i].Columns.FirstOrDefault());
        // "*Nơi" / "nhận:*": the page broke the heading after its first word; the block starts on the second line.
        if (IsFirstWordAlone(cell) && i + 1 < lines.Count)
        {
            var second = RecipientList.Cell(lines[i + 1].Columns.FirstOrDefault());
            if (!second.StartsWith("nh", StringComparison.OrdinalIgnoreCase)) return false;
            (cell, heading) = ("Nơi " + second, i + 1);
        }
        var reading = Read(cell, out var end);
        if (reading == Reading.None || reading == Reading.WithItemAfter && !ItemFollows(lines, heading)) return false;
        // "Nơi nhận: '" (jh-dh-cntt-khoa-httt-tb-2014-ocr): a quote is a speck the scan left beside the heading, no item.
        sameLine = cell[end..].TrimStart(HeadingTrail).Trim();
        return true;
    }

    /// <summary>
    /// The start of the first line from <paramref name="from"/> on (before <paramref name="limit"/>) that is the heading
    /// with its words whole, or -1. Where the text's parts are cut (the header's end, an annex after the list), no list
    /// under the line is read to confirm it: "ơi nhận:" over "(Kèm theo Quyêt định số £ s3 /QĐ-UBND …)"
    /// (jj-ubnd-dien-bien-qd-2025-ocr) would name the document by the annex's misread number.
    /// </summary>
    internal static int FirstIn(TextView view, int from, int limit)
    {
        var starts = view.LineStarts;
        var text = view.Normalized;
        // Every form of the heading holds " nhan" or " nham" (folded) within its first characters: " nha" is looked for
        // first, and only a line it opens near the start is read.
        for (var at = view.Folded.IndexOf(" nha", from, limit - from, StringComparison.Ordinal); at >= 0 && at + 4 < limit;
             at = view.Folded.IndexOf(" nha", at + 4, limit - at - 4, StringComparison.Ordinal))
        {
            var k = starts.BinarySearch(at);
            var index = k >= 0 ? k : ~k - 1;
            var start = index >= 0 ? starts[index] : 0;
            if (at - start > 12) continue;
            var next = index + 1 < starts.Length ? starts[index + 1] : text.Length;
            var line = text.AsSpan(start, next - start).TrimEnd("\r\n");
            if (Read(line, out _, out var damage) == Reading.Sure && damage == Damage.None) return start;
        }
        return -1;
    }

    private static readonly SearchValues<char> WordBreaks = SearchValues.Create(" \t\u00a0");

    // Which word the scan damaged.
    private enum Damage { None, Opening, Ending, Lost }

    // The heading's two words after the line's marks: "Nơi nhận" in any case; the first word with its "N" lost ("ơi",
    // lj-ubnd-quang-ngai-ct-2024-pctntc-ocr), read as one other letter ("Mới", lo-phuong-sa-dec-qd-2025-155-ban-bau-cu-ocr),
    // a speck glued before it or its vowel read twice ("MNơi", ip-bv-phu-san-can-tho-cv-1067-2023-ocr; "ậNớơi",
    // io-ubnd-phuong-sa-dec-qd-154-2025-ocr), or clipped to two letters ("Đo"); the second word "nhận", or "nhậm" with
    // its colon read as a letter.
    private static bool Words(ReadOnlySpan<char> s, out int wordsEnd, out Damage damage, out bool clipped)
    {
        wordsEnd = 0;
        damage = Damage.None;
        clipped = false;
        var p = s.IndexOfAnyExcept(LeadMarks);
        if (p < 0) return false;
        var firstEnd = s[p..].IndexOfAny(WordBreaks);
        if (firstEnd is < 2 or > 6) return false;
        Span<char> first = stackalloc char[6];
        for (var k = 0; k < firstEnd; k++) first[k] = TextFolding.Fold(s[p + k]);
        first = first[..firstEnd];
        var lost = false;
        if (!first.EndsWith("oi") && !(clipped = first.Length == 2 && first[1] == 'o' && char.IsLetter(s[p])) &&
            !(lost = first.Length <= 3 && IsLetters(first))) return false;
        if (lost) damage = Damage.Lost;
        else if (!clipped && !first.SequenceEqual("noi"))
        {
            // "ơi", "Mới"; "MNơi", "ậNớơi", "Nớơi".
            var glued = first[..^2].TrimEnd('o');
            if (!(glued.Length == 0 || first.Length == 3 && char.IsLetter(s[p]) || glued.EndsWith("n") && glued.Length <= 3 && IsLetters(glued))) return false;
            damage = Damage.Opening;
        }
        var second = p + firstEnd + 1;
        while (second < s.Length && char.IsWhiteSpace(s[second])) second++;
        if (second + 4 > s.Length) return false;
        Span<char> word = stackalloc char[4];
        for (var k = 0; k < 4; k++) word[k] = TextFolding.Fold(s[second + k]);
        if (!word.SequenceEqual("nhan") && !word.SequenceEqual("nham")) return false;
        if (second + 4 < s.Length && char.IsLetter(s[second + 4])) return false;
        if (word[3] == 'm' && damage != Damage.Lost) damage = Damage.Ending;
        wordsEnd = second + 4;
        return true;
    }

    // "TM. BAN THƯỜNG VỤ", "KT. CHỦ TỊCH", "TL. CHỦ TỊCH": the signature column's lead, as it stands beside the heading.
    private static bool OpensSignature(ReadOnlySpan<char> rest) =>
        rest.Length >= 4 && rest[2] is '.' or ' ' && (rest[..2] is "TM" or "KT" or "TL");

    private static bool IsLetters(ReadOnlySpan<char> s)
    {
        foreach (var c in s)
            if (c is < 'a' or > 'z') return false;
        return true;
    }

    // "*Nơi" alone on its line, Markdown's marks around it.
    private static bool IsFirstWordAlone(ReadOnlySpan<char> s)
    {
        var word = s.Trim(" \t*_|");
        return word.Length == 3 && TextFolding.Fold(word[0]) == 'n' && TextFolding.Fold(word[1]) == 'o' && TextFolding.Fold(word[2]) == 'i';
    }

    // "- Như trên;" under the heading: the list's first item.
    private static bool ItemFollows(IReadOnlyList<PlanLine> lines, int heading) =>
        heading + 1 < lines.Count && RecipientList.Cell(lines[heading + 1].Columns.FirstOrDefault()).TrimStart().StartsWith('-');
}
