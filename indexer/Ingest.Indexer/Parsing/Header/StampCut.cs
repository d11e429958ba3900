namespace Ingest.Indexer.Parsing.Header;

/// <summary>
/// An incoming-document stamp ("UBND TỈNH LÂM ĐỒNG / CÔNG VĂN ĐẾN / Số: … Ngày: …") that a scan puts beside a letter's
/// subject, which OCR then runs onto the subject's lines: "V/v chuẩn bị tổ chức triển khai U8ND TỈNH LÂM ĐỒ", "Chương
/// trình MTQG phòng, chống ma tuý ÏJ_". : HLÀM ĐỒNG" (iq-c04-cv-3980-2025-ocr). A subject line is a sentence in its own
/// case; three words or more of capitals closing it, after words in lower case, are the stamp's, not the subject's (a
/// subject's abbreviations, "CTMTQG PCMT", come one or two at a time). Pure and thread-safe.
/// </summary>
internal static class StampCut
{
    private const int StampWords = 3;

    /// <summary><paramref name="line"/> without a stamp's capitals closing it; the line itself when it has none.</summary>
    public static string Before(string line)
    {
        // Most lines end in a lower-case word: nothing to split.
        var lastSpace = line.TrimEnd().LastIndexOf(' ');
        if (lastSpace < 0 || line[(lastSpace + 1)..].Any(char.IsLower)) return line;
        var words = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var capitals = 0;
        var k = words.Length;
        while (k > 0 && !words[k - 1].Any(char.IsLower))
        {
            if (words[k - 1].Any(char.IsLetter)) capitals++;
            k--;
        }
        // Words in lower case must stand before the run: a line of capitals alone is a heading, not a subject's line.
        if (capitals < StampWords || k == 0 || !words.Take(k).Any(w => w.Any(char.IsLower))) return line;
        return string.Join(' ', words.Take(k));
    }
}
