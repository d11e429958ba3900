using Ingest.Indexer.Text;

namespace Ingest.Indexer.Parsing.Header;

/// <summary>
/// The enacting line between a decision's or resolution's title and its preamble, in a text that lost its line
/// breaks: "QUYẾT ĐỊNH VỀ VIỆC PHÊ DUYỆT ĐIỀU LỆ HỘI CỰU GIÁO CHỨC QUẬN 8 ỦY BAN NHÂN DÂN QUẬN 8 Căn cứ Luật …"
/// (dc-quan-8-qd-27-2006 on one line). Nghị định 30/2020/NĐ-CP Phụ lục I sets the authority that enacts (the body,
/// or its head's position and the body, a council with its term and sitting) on a line of its own under the title
/// and over "Căn cứ …"; with the breaks lost, the body's whole name closing the title's run of capitals right before
/// the preamble is that line, not the title's end. Pure and thread-safe.
/// </summary>
internal sealed class EnactingLineBeforePreamble
{
    // Words after which a body's name belongs to the title ("… CỦA ỦY BAN NHÂN DÂN TỈNH", "NỘI QUY KỲ HỌP HĐND …"); "… BẦU
    // CỬ ĐẠI BIỂU QUỐC HỘI KHÓA XVI …" (hx-hdnd-quang-ninh-nq-2025-99) names the deputies of a council, "… THƯỜNG TRỰC HỘI ĐỒNG
    // NHÂN DÂN TỈNH - ỦY BAN NHÂN DÂN TỈNH NHIỆM KỲ 2016 - 2021" (cp-tt-hdnd-ubnd-hoa-binh-qc-2019-06) two bodies a dash joins
    // (a dash after a period's first year, "NHIỆM KỲ 2016 - 2021 ỦY BAN NHÂN DÂN …", or with nothing read before it, is none).
    private static readonly string[] Connectors = ["cua", "va", "ve", "cho", "thuoc", "voi", "tai", "hop", "den", "giua", "bieu"];

    private static bool AsksForName(string[] folded, int k) =>
        IsConnector(folded[k - 1]) || folded[k - 1] is "-" or "–" && k >= 2 && folded[k - 2].Any(char.IsLetter);

    /// <summary>True for a folded word after which a body's name belongs to a title (<see cref="InlineHeadingReader"/> asks too).</summary>
    internal static bool IsConnector(string folded) => Connectors.Contains(folded);

    // The preamble's openings: "Căn cứ Luật …", "Xét đề nghị …", "Theo đề nghị …".
    private static readonly string[] PreambleOpenings = ["can cu ", "xet de nghi", "theo de nghi"];

    private readonly HeaderTitleReader _titles;
    private readonly IssuerUnitReader _units;
    private readonly string[][] _positions; // folded, by word, longest first ("cuc truong", "hieu truong", "bo truong")

    public EnactingLineBeforePreamble(HeaderTitleReader titles, IssuerUnitReader units, string[]? positions = null) =>
        (_titles, _units, _positions) = (titles, units, (positions ?? []).Select(p => p.Split(' ')).ToArray());

    /// <summary>
    /// The index of the word where the enacting line begins in an upper-case run of <paramref name="words"/> that
    /// the folded text's preamble follows at <paramref name="next"/>; -1 when there is none.
    /// </summary>
    public int Before(List<string> words, string folded, int next)
    {
        if (words.Count < 3 || !OpensPreamble(folded, next)) return -1;
        // "… GIỮA HAI KỲ HỌP HỘI ĐỒNG NHÂN DÂN TỈNH BÌNH ĐỊNH KHÓA XII KỲ HỌP THỨ 9", "… TẠI KỲ HỌP LẦN THỨ 11 HỘI ĐỒNG NHÂN DÂN QUẬN
        // GÒ VẤP KHÓA IX HỘI ĐỒNG NHÂN DÂN QUẬN GÒ VẤP KHÓA IX KỲ HỌP LẦN THỨ 11" (id-hdnd-binh-dinh-27-2019-NQ-HDND-vbplco,
        // hy-hdnd-quan-go-vap-nq-2008-23 on one line): a council's sitting closing the run closes the enacting line, and the
        // council named right before it is that line's, even after a title's "KỲ HỌP" or a title naming the same council.
        if (ClosingSitting(words) is var sitting and > 0 && BodyEndingAt(words, sitting, afterSitting: true) is var enacting and > 0) return enacting;
        // "… NĂM 2013 HỘI ĐỒNG NHÂN DÂN TỈNH SƠN LA KHOÁ XIII, KỲ HỌP THỨ 5": the council's term and sitting close its line.
        // A title may name a sitting too ("NỘI QUY KỲ HỌP HĐND HUYỆN NHÀ BÈ KHÓA XI, NHIỆM KỲ 2021 - 2026 HỘI ĐỒNG NHÂN DÂN
        // HUYỆN NHÀ BÈ KHÓA XI, KỲ HỌP THỨ 2", dc-hdnd-huyen-nha-be-nq-49-2021): each opening of one is tried as the line's end.
        for (var k = 1; k < words.Count - 1; k++)
            if (CouncilSession.OpensAt(words[k], words[k + 1]) && BodyEndingAt(words, k) is var body and > 0) return body;
        return BodyEndingAt(words, words.Count);
    }

    // Where a council's term and sitting that close the run open ("KHÓA XII KỲ HỌP THỨ 9", "KHÓA IX, KỲ HỌP THỨ BA"); -1 when
    // the run does not close with a sitting.
    private static int ClosingSitting(List<string> words)
    {
        const int MaxSittingWords = 8;
        for (var k = Math.Max(1, words.Count - MaxSittingWords); k < words.Count - 1; k++)
            if (CouncilSession.OpensAt(words[k], words[k + 1]) && CouncilSession.IsSessionLine(string.Join(' ', words.Skip(k)))) return k;
        return -1;
    }

    // The first word from which the words up to end are the whole name of a body with its level, after a word that
    // does not ask for a name (a title's "KỲ HỌP" does not, <paramref name="afterSitting"/>, before the council's own sitting).
    private int BodyEndingAt(List<string> words, int end, bool afterSitting = false)
    {
        // Each word folded once for the whole walk (the run is walked from every word).
        var folded = new string[end];
        for (var i = 0; i < end; i++) folded[i] = TextFolding.FoldLoose(words[i]);
        for (var k = 1; k < end - 1; k++)
        {
            if (AsksForName(folded, k) && !(afterSitting && folded[k - 1] == "hop")) continue;
            var rest = string.Join(' ', words.Skip(k).Take(end - k));
            // Only a line that opens with an authority is read as a name (a parse of a few KB). A body's name holds no
            // year; a title's end does ("KIỂM TRA NỘI BỘ TRƯỜNG HỌC - NĂM HỌC 2017-2018", if-th-vinh-binh-a-kiem-tra-noi-bo-2017-123docz).
            if (!_titles.IsAuthority(rest) || HoldsYear(rest)) continue;
            if (_units.ReadName(rest) is { Head: not null, Level: not null } body && body.Tokens.Count == end - k) return k;
        }
        return PositionEndingAt(words, folded, end);
    }

    // "… thuộc phạm vi chức năng quản lý của Bộ Giao thông vận tải BỘ TRƯỞNG BỘ GIAO THÔNG VẬN TẢI Căn cứ …" (lp-bo-gtvt-qd-
    // 2025-120-pdf), "… TẠI CỤC QUẢN LÝ DƯỢC CỤC TRƯỞNG CỤC QUẢN LÝ DƯỢC Căn cứ …" (jb-cuc-qld-qd-2023-397-tvpl-bulletin),
    // "… Trường Cao đẳng Công nghệ Thủ Đức HIỆU TRƯỞNG TRƯỜNG CAO ĐẲNG CÔNG NGHỆ THỦ ĐỨC Căn cứ …" (ja-truong-cd-cong-nghe-
    // thu-duc-qd-34-2018), on one line: the head's position over a body the unit tables name without a level (a
    // department, a school), right before the preamble, is the enacting line as the body alone is.
    private int PositionEndingAt(List<string> words, string[] folded, int end)
    {
        if (_positions.Length == 0) return -1;
        for (var k = 1; k < end - 1; k++)
        {
            if (AsksForName(folded, k)) continue;
            var position = Array.Find(_positions, p => k + p.Length < end && folded.AsSpan(k, p.Length).SequenceEqual(p));
            if (position is null || HoldsYear(string.Join(' ', words.Skip(k).Take(end - k)))) continue;
            var heads = position.Length;
            if (_units.ReadName(string.Join(' ', words.Skip(k + heads).Take(end - k - heads))) is { Head: not null } body
                && body.Tokens.Count == end - k - heads) return k;
        }
        return -1;
    }

    private static bool HoldsYear(string rest)
    {
        var run = 0;
        foreach (var c in rest)
            if (char.IsAsciiDigit(c)) { if (++run == 4) return true; }
            else run = 0;
        return false;
    }

    private static bool OpensPreamble(string folded, int at)
    {
        foreach (var opening in PreambleOpenings)
            if (string.CompareOrdinal(folded, at, opening, 0, opening.Length) == 0) return true;
        return false;
    }
}
