using Ingest.Indexer.Text;

namespace Ingest.Indexer.Parsing.Header;

/// <summary>
/// The arrival stamp a receiving office puts at the top of a scanned page, which OCR reads as the page's first lines:
/// "VP.UBND TINH BÌNH THUẬN" / "Sô:....4701......" / "ĐẾN Ngày 13/03/2025" / "Chuyển:......" / "Số và ký hiệu HS :…"
/// (jc-hdql-quy-khuyen-hoc-binh-thuan-*-ocr). The office it names is the receiver, never the issuer, and its "Số:"
/// is the receiving register's entry, never the document's own number. Found only as a block of its own above the
/// header (no motto inside it) with the word "ĐẾN" in capitals opening a line; a stamp OCR ran into the header's or
/// the subject's lines is StampCut's. Pure and thread-safe.
/// </summary>
internal static class ArrivalStamp
{
    private const int StampLines = 9;

    /// <summary>The normalized span of a stamp opening the text, from its start to the end of its last line; null when none.</summary>
    public static (int Start, int End)? Find(TextView view, int limit)
    {
        var f = view.Folded;
        // Cheap precheck: the stamp's word must stand in the first lines.
        var window = Math.Min(limit, f.Length);
        var starts = view.LineStarts;
        var lineCount = Math.Min(starts.Length, StampLines);
        if (lineCount == 0 || f.AsSpan(0, Math.Min(window, lineCount < starts.Length ? starts[lineCount] : window)).IndexOf("den", StringComparison.Ordinal) < 0) return null;
        var arrival = false;
        var lastEnd = -1;
        for (var i = 0; i < lineCount && starts[i] < window; i++)
        {
            var start = starts[i];
            var end = i + 1 < starts.Length ? Math.Min(starts[i + 1], window) : window;
            var line = f.AsSpan(start, end - start).Trim();
            // The motto is the header's: a stamp found below it is not a block of its own above the header.
            if (line.Contains("cong hoa xa hoi", StringComparison.Ordinal) || line.Contains("doc lap", StringComparison.Ordinal)) break;
            if (IsArrivalWord(view, start, end)) { arrival = true; lastEnd = end; }
            else if (line.StartsWith("chuyen") || line.StartsWith("so va ky hieu") || line.StartsWith("luu ho so")) lastEnd = end;
        }
        return arrival && lastEnd > 0 ? (0, lastEnd) : null;
    }

    // "ĐẾN", "CÔNG VĂN ĐẾN", "ĐẾN Ngày 13/03/2025": the stamp's word in capitals at the line's opening (OCR may misread its
    // tone: "ĐỀN"); a sentence's "đến" is in lower case.
    private static bool IsArrivalWord(TextView view, int start, int end)
    {
        var f = view.Folded;
        var at = start;
        while (at < end && !char.IsAsciiLetter(f[at])) at++;
        if (f.AsSpan(at, end - at).StartsWith("cong van ")) at += "cong van ".Length;
        if (at + 3 > end || !f.AsSpan(at).StartsWith("den") || at + 3 < end && char.IsAsciiLetter(f[at + 3])) return false;
        // What the stamp prints after the word: nothing, its date ("Ngày 13/03/2025", OCR's "Ngà y", "ng 1403…", "13/3"), its
        // register number ("Số:").
        // A title in capitals broken before "ĐẾN NĂM 2030" is no stamp.
        var after = f.AsSpan(at + 3, end - at - 3).TrimStart(" :.-");
        if (!(after.IsEmpty || char.IsAsciiDigit(after[0]) || after.StartsWith("ng") || after.StartsWith("so"))) return false;
        return view.Normalized.AsSpan(at, 3).ToString() is var word && word.All(char.IsUpper);
    }
}
