namespace Ingest.Indexer.Parsing.Header;

/// <summary>
/// Tells a serial filled in by hand that the OCR misread: "Số: 4Í /QĐÐ-UBND" (js-ubnd-tien-giang-qd-2025-ocr), "Số:
/// 1Ø/QĐ-UBND" and its annex's "(Kèm theo Quyết định số 1O /QĐÐ-UBND …)" (jh-ubnd-hai-phong-qd-2025-430-ocr). The clerk
/// writes the serial on the printed form, and the OCR makes a letter of a stroke (I, Í, l) or a ring (O, Ø). A serial's
/// own suffix is a letter in order ("12a/QĐ-UBND"), never one shaped like a digit: such a serial is unreadable and is
/// read as blank (corpus README, "Unreadable text" and the `js` batch). Pure.
/// </summary>
public static class HandFilledSerial
{
    /// <summary>
    /// True when a sign no serial holds stands between the serial's digits and its slash: "Số: 2 # /CT-UBND"
    /// (jj-ubnd-quang-ngai-ct-2020-ocr), "Số: 23† /QĐ-UBND", "Số: 6§0_/TB-UBND", where the hand's strokes were read as
    /// signs and the digits beside them are no more certain. The blank's own dots and underscores ("Số: 193. /GM-UBND",
    /// "Số:383_ /QĐ-UBND") and a Markdown copy's emphasis ("*") are no such sign. Read in the original text, whose "#"
    /// the view drops as Markdown; <paramref name="at"/> is where the serial begins there.
    /// </summary>
    public static bool MarkedBeforeSlash(string text, int at)
    {
        var p = at;
        while (p < text.Length && char.IsAsciiDigit(text[p])) p++;
        // "Số: 4Ÿ /LĐLSVN-BTV" (lr-ldlsvn-btv-cv-hop-nhat-2025-ocr; "42Ÿ" in its twin iu-): a hand's stroke read as a letter
        // no Vietnamese word and no serial's suffix holds.
        if (p > at && p < text.Length && text[p] is 'Ÿ' or 'ÿ') return true;
        // A tab is the blank's spacing a typist left, as spaces are ("Số:\t 111\t/CV - UBND" in a Word file).
        for (; p < text.Length && text[p] is not ('/' or '-' or '\n'); p++)
            if (!(text[p] is ' ' or '\t' or '.' or '_' or '…' or '*' || char.IsLetterOrDigit(text[p]))) return true;
        return false;
    }

    /// <summary>
    /// True when a letter is glued before the serial at <paramref name="at"/> in <paramref name="text"/>: the annex heads
    /// of lj-dh-dien-luc-tb-2025-d20-ocr repeat a handwritten 164 as "(Kèm theo Thông báo số.a{Ê4/TB-ĐHĐL …)" and "số
    /// j|ô4./TB-DHĐL", a digit of the hand read as a letter, so the digits after it are only the serial's end. The label
    /// itself glued to the serial ("số01/KH-UBND") is no such letter, and a sign before whole digits ("số.aá“164/TB-ĐHĐL",
    /// jh-dh-dien-luc-tb-2025-d20-ocr) leaves them read.
    /// </summary>
    public static bool LetterBeforeDigits(string text, int at)
    {
        if (at == 0 || !char.IsLetter(text[at - 1])) return false;
        var start = at - 1;
        while (start > 0 && char.IsLetter(text[start - 1])) start--;
        var word = text.AsSpan(start, at - start);
        return !(word.Length == 2 && word[0] is 's' or 'S' && (word[1] is 'ố' or 'Ố' or 'o' or 'O' or 'ô' or 'Ô'));
    }

    /// <summary>
    /// True when the serial at <paramref name="at"/> in <paramref name="text"/> is digits, a slash, then a run mixing digits
    /// and the letters shaped like them before the next slash: "Số: 4/I0/QĐ-UBND" (lk-ubnd-bac-lieu-qd-2025-210-ocr), the
    /// hand's stroke read as a slash and its digits as "I0". No year or code is written so (a year is four digits, a code
    /// is letters or a letter and its digits: "C04", "PC06"), so the serial is unreadable.
    /// </summary>
    public static bool SplitBySlash(string text, int at)
    {
        var p = at;
        while (p < text.Length && char.IsAsciiDigit(text[p])) p++;
        if (p == at || p >= text.Length || text[p] != '/') return false;
        int digits = 0, lookAlikes = 0, q = p + 1;
        for (; q < text.Length && text[q] != '/'; q++)
        {
            if (char.IsAsciiDigit(text[q])) digits++;
            else if (IsDigitLookAlike(text[q])) lookAlikes++;
            else return false;
        }
        return q < text.Length && digits > 0 && lookAlikes > 0;
    }

    private static bool IsDigitLookAlike(char c) => c is 'i' or 'I' or 'l' or 'o' or 'O' or 'Í' or 'Ì' or 'Ø' or 'ø';

    /// <summary>True when the serial's last character is a digit look-alike letter right after a digit.</summary>
    public static bool Misread(string serial) =>
        serial.Length > 1 && char.IsAsciiDigit(serial[^2]) && IsDigitLookAlike(serial[^1]);
}
