using Ingest.Indexer.Text;

namespace Ingest.Indexer.Parsing.Header;

/// <summary>
/// Tells a place-date whose month, filled in by hand, the OCR turned into a sign: "Bạc Liêu, ngày Jệ tháng 0$ năm 2025"
/// (jw-ubnd-bac-lieu-qd-2025-duong-bo-ocr; "ngày 18 tháng 0% năm 2025" in lr-), "Hà Nội, ngày #@3 tháng !} năm 2026" (ld-
/// and ll-chinh-phu-nq-2026-vuon-quoc-gia-ba-vi-ocr). Nghị định 30/2020/NĐ-CP has the number and the date written in after
/// signing; a form whose month is left to the hand leaves the serial to it too, and when the hand beat the OCR there the
/// serial beside it ("Số: 02 /QĐ-UBND", "Số: 445 /NQ-CP" over a handwritten 115) is read through the same damage and is
/// no more certain: blank, as the corpus README's "Unreadable text" rule reads an illegible hand-filled number. A day lost
/// under a printed month ("ngày 72tháng 5", il-ubnd-phuong-tuong-mai-tb-632-2026-ocr, its number typed) says nothing of the
/// number. Pure.
/// </summary>
internal static class HandFilledDate
{
    /// <summary>True when the place-date's month was written and the OCR left a sign in it.</summary>
    public static bool MonthLost(TextView view, PlaceDate placeDate)
    {
        var folded = view.Folded;
        if (placeDate.Date is { Month: not null } || placeDate.End > folded.Length) return false;
        var line = folded.AsSpan(placeDate.Start, placeDate.End - placeDate.Start);
        var day = line.IndexOf("ngay", StringComparison.Ordinal);
        if (day < 0) return false;
        day += "ngay".Length;
        var month = line[day..].IndexOf("thang", StringComparison.Ordinal);
        if (month < 0) return false;
        month += day;
        var year = line[(month + "thang".Length)..].IndexOf("nam", StringComparison.Ordinal);
        if (year < 0) return false;
        var slot = month + "thang".Length;
        return Signed(line.Slice(slot, year)) || Lettered(view.Normalized.AsSpan(placeDate.Start + slot, year));
    }

    // "ngày 4O tháng Ð năm 2025" (mj-dh-tay-do-tb-2025-561-ocr), "tháng Š" (mr-dh-tay-do-bc-2025-635-ocr), "tháng4O"
    // (mj-dh-tay-do-cv-2025-1135-ocr): the hand's month read as a letter no month word is, or as letters against digits.
    // A month in words ("tháng tư", "tháng Giêng") is syllables.
    private static bool Lettered(ReadOnlySpan<char> slot)
    {
        var words = slot.Trim(" ._…");
        if (words.IsEmpty) return false;
        foreach (var range in words.Split(' '))
        {
            var word = words[range];
            if (word.IsEmpty || !LetterRuns.HasLetter(word)) continue;
            if (ContainsDigit(word) || !VietnameseSyllables.IsValid(word.ToString())) return true;
        }
        return false;
    }

    private static bool ContainsDigit(ReadOnlySpan<char> word)
    {
        foreach (var c in word) if (char.IsAsciiDigit(c)) return true;
        return false;
    }

    // A month slot holding a sign no month is written with ("0$", "!}", "0%"): a stroke of the hand the OCR made a sign.
    // A month in words ("tháng tư", hx-ubnd-tuyen-quang-qd-2022-236-spun) or a typed impossible one ("tháng 0",
    // id-th-luong-yen-kh-ngay-hoi-doc-sach-2020-portal) is no such stroke.
    private static bool Signed(ReadOnlySpan<char> slot)
    {
        foreach (var c in slot.Trim(" ._…"))
            if (!char.IsLetterOrDigit(c) && c != ' ') return true;
        return false;
    }
}
