using Ingest.Indexer.Text;

namespace Ingest.Indexer.Parsing.Header;

/// <summary>
/// The enacting line read onto the end of a title, told by the header's own issuer block: Nghị định 30/2020/NĐ-CP Phụ
/// lục I sets the authority that enacts a decision or a resolution (the body, or its head's position and the body) on a
/// line of its own under the trích yếu, and that body is the one the header names at its top. "… NHIỆM KỲ 2026-2031" /
/// "HỘI" / "ĐỒNG BẦU CỬ QUỐC GIA" under "HỘI / ĐỒNG BẦU CỬ / QUỐC GIA" (ix-hdbcqg-nq-40-2025-header-baucu); "… CỦA BAN CHỈ
/// ĐẠO NHÀ NƯỚC VỀ DU LỊCH TRƯỞNG BAN CHỈ ĐẠO NHÀ NƯỚC VỀ DU LỊCH Căn cứ …" under "BAN CHỈ ĐẠO NHÀ NƯỚC VỀ DU LỊCH"
/// (ie-bcd-du-lich-170-QD-BCDNNDL-2025-repo on one line); "… KIỂM TOÁN VIÊN NHÀ NƯỚC TỔNG KIỂM TOÁN NHÀ NƯỚC" under "KIỂM
/// TOÁN NHÀ NƯỚC" (im-ktnn-1760-QD-KTNN-2025-repo); "… Luật Đất đai QUỐC HỘI" under "QUỐC HỘI" (sg-quoc-hoi-nq-2025-254).
/// The unit tables need not know the body: the block names it. A name after a word that asks for one ("… CỦA BAN CHỈ
/// ĐẠO …") is the title's. Pure and thread-safe.
/// </summary>
internal static class EnactingIssuerTail
{
    // Words after which a body's name belongs to the title (as EnactingLineBeforePreamble reads them).
    private static readonly string[] Connectors = ["cua", "va", "ve", "cho", "thuoc", "voi", "tai", "hop", "den", "giua", "doi", "tren"];

    // A head's position written before the body's name, beyond the signer tables' positions: "TRƯỞNG BAN CHỈ ĐẠO …" (the
    // Head of a steering committee, whose name opens "BAN"), "TỔ TRƯỞNG TỔ GIÚP VIỆC …", "TỔNG KIỂM TOÁN NHÀ NƯỚC".
    private static readonly string[][] HeadWords = [["truong"], ["tong"], ["to", "truong"]];

    // A part of a body written before its name, itself after a word that asks for a name, makes one name of the two,
    // the title's ("… THUỘC VĂN PHÒNG ỦY BAN NHÂN DÂN THÀNH PHỐ CẦN THƠ" over the enacting line "ỦY BAN NHÂN DÂN THÀNH PHỐ
    // CẦN THƠ", ms-ubnd-can-tho-qd-2025-2519). Without that word the part ends the title and the body's name is the
    // enacting line's ("… KIỆN TOÀN BAN CHỈ ĐẠO VÀ TỔ GIÚP VIỆC THƯỜNG TRỰC" / "ỦY BAN NHÂN DÂN TỈNH …").
    private static readonly string[][] PartsOfBody = [["van", "phong"], ["thuong", "truc"], ["co", "quan"]];

    // A title keeps at least this many words before the line cut from it.
    private const int MinTitleWords = 3;

    /// <summary><paramref name="title"/> without the enacting line at its end; the same string when none stands there.</summary>
    /// <param name="title">The title as read, its words separated by spaces.</param>
    /// <param name="issuer">The header's issuer block, the body's name at its top.</param>
    /// <param name="positions">The signer tables' positions, folded ("bo truong", "giam doc").</param>
    public static string Without(string title, IReadOnlyList<HeaderToken> issuer, IReadOnlyList<string> positions)
    {
        if (issuer.Count == 0 || title.Length == 0 || !char.IsUpper(title[^1]) && !char.IsDigit(title[^1])) return title;
        var words = title.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var folded = Array.ConvertAll(words, w => TextFolding.FoldLoose(w.Trim('|', ',', '.', '\'', '*')));
        var block = NameWords(issuer);
        // The block's name whole: a line of it alone is no name ("BAN CHỈ ĐẠO NHÀ NƯỚC" / "VỀ DU LỊCH" broken for the
        // column's width, "ỦY BAN NHÂN DÂN" / "TỈNH ĐỒNG NAI"), and a title ends on such words ("… TRÊN ĐỊA BÀN TỈNH ĐỒNG NAI").
        var name = block.Count;
        if (name < 2 || name > words.Length - MinTitleWords || !EndsWithName(folded, block)) return title;
        var at = words.Length - name;
        if (PartOfBodyAfterConnector(folded, at)) return title;
        var cut = at - Lead(folded, at, positions);
        if (cut < MinTitleWords || Connectors.Contains(folded[cut - 1]) || !AllUpper(words, cut)) return title;
        return string.Join(' ', words, 0, cut).TrimEnd(',', ';', ':', '-', '–', ' ');
    }

    private static bool PartOfBodyAfterConnector(string[] folded, int at)
    {
        foreach (var part in PartsOfBody)
            if (Precedes(folded, at, part) && at - part.Length > 0 && Connectors.Contains(folded[at - part.Length - 1])) return true;
        return false;
    }

    private static List<string> NameWords(IReadOnlyList<HeaderToken> issuer)
    {
        var words = new List<string>(issuer.Count);
        foreach (var token in issuer)
            if (token.Text.Any(char.IsLetter)) words.Add(TextFolding.FoldLoose(token.Text.Trim('|', ',', '.', '*')));
        return words;
    }

    private static bool EndsWithName(string[] folded, List<string> block)
    {
        var at = folded.Length - block.Count;
        for (var k = 0; k < block.Count; k++)
            if (folded[at + k] != block[k]) return false;
        return true;
    }

    // How many words before the name are the head's position (the longest that stands there); none when the body enacts.
    private static int Lead(string[] folded, int at, IReadOnlyList<string> positions)
    {
        var lead = 0;
        foreach (var head in HeadWords)
            if (Precedes(folded, at, head)) lead = Math.Max(lead, head.Length);
        foreach (var position in positions)
            if (Precedes(folded, at, position.Split(' '))) lead = Math.Max(lead, position.Count(c => c == ' ') + 1);
        return lead;
    }

    private static bool Precedes(string[] folded, int at, string[] head) =>
        at >= head.Length && folded.AsSpan(at - head.Length, head.Length).SequenceEqual(head);

    private static bool AllUpper(string[] words, int from)
    {
        for (var i = from; i < words.Length; i++)
            if (words[i].Any(char.IsLower)) return false;
        return true;
    }
}
