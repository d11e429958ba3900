namespace Ingest.Indexer.Parsing.Header;

/// <summary>
/// Tells a place-date whose day and month were both filled in by hand and both lost to the OCR: "Bạc Liêu, ngày Jệ tháng
/// 0$ năm 2025" (jw-ubnd-bac-lieu-qd-2025-duong-bo-ocr), "Hà Nội, ngày #@3 tháng !} năm 2026" (ld- and
/// ll-chinh-phu-nq-2026-vuon-quoc-gia-ba-vi-ocr). Nghị định 30/2020/NĐ-CP has the number and the date written in after
/// signing, by one hand at one time; when that hand beat the OCR in both the day and the month, the serial beside them
/// ("Số: 02 /QĐ-UBND", "Số: 445 /NQ-CP" over a handwritten 115) is read through the same damage and is no more certain:
/// blank, as the corpus README's "Unreadable text" rule reads an illegible hand-filled number. A day lost alone ("ngày
/// /3 tháng 5", the month printed) says nothing of the number. Pure.
/// </summary>
internal static class HandFilledDate
{
    /// <summary>True when the place-date's day and month are both written and neither was read.</summary>
    public static bool DayAndMonthLost(string folded, PlaceDate placeDate)
    {
        if (placeDate.Date is { Month: not null } || placeDate.End > folded.Length) return false;
        var line = folded.AsSpan(placeDate.Start, placeDate.End - placeDate.Start);
        var day = line.IndexOf("ngay", StringComparison.Ordinal);
        if (day < 0) return false;
        day += "ngay".Length;
        var month = line[day..].IndexOf("thang", StringComparison.Ordinal);
        if (month < 0) return false;
        month += day;
        var year = line[(month + "thang".Length)..].IndexOf("nam", StringComparison.Ordinal);
        return year >= 0 && Lost(line[day..month], 31) && Lost(line.Slice(month + "thang".Length, year), 12);
    }

    // A slot written with something other than a possible number ("#@3", "0$", "48" for a day); a blank's dots and
    // spaces ("ngày .... tháng") are no writing, and "30" in "ngày 30 tháng 0" was read.
    private static bool Lost(ReadOnlySpan<char> slot, int max)
    {
        slot = slot.Trim(" ._…");
        if (slot.Length == 0) return false;
        return !(slot.Length <= 2 && int.TryParse(slot, System.Globalization.NumberStyles.None, null, out var value) && value >= 1 && value <= max);
    }
}
