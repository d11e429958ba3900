using Ingest.Indexer.Text;

namespace Ingest.Indexer.Parsing.Header;

/// <summary>
/// A word's diacritic marks and the slips a scan makes in them: OCR takes one tone for another or drops it ("HIẾM" for
/// "HIỂM", "ĐOAN" for "ĐOÀN"), loses a vowel's hat ("TỎNG" for "TỔNG"), or a text loses every mark. The head and
/// jurisdiction readers compare marks, not letters alone, so "BẢN" is not "BAN" while "UỶ" and "ỦY" are one word. Pure.
/// </summary>
internal static class WordMarks
{
    // "BẢN" (of VĂN BẢN) is not "BAN"; "UỶ" and "ỦY" are one word: compare the marks, not where they sit.
    internal static bool SameMarkSet(string word, string[] headMarks, int index)
    {
        if (index >= headMarks.Length) return true;
        var mine = Marks(word);
        return mine.Length == 0 || mine == headMarks[index];
    }

    // "BẢO HIẾM XÃ HỘI VIỆT NAM" (Tesseract, for HIỂM): OCR takes one tone mark for another (the hook above for the
    // acute) and keeps the letters' own marks (the circumflex), or drops the tone: "LIÊN ĐOAN LAO ĐỘNG / TỈNH LÂM
    // ĐÒNG" (iu-ldld-lam-dong-cv-ctcd-2025-ocr, for ĐOÀN). In a head of three words or more whose other words are as
    // written, one word with its tone misread or lost is still that head; a word spelled with the same letters and
    // another tone ("BAN"/"BẢN") stays apart in a head of one or two words, which is where such pairs meet.
    // The same holds for a D read with the stroke of Đ, or an Đ without it: "ỦY BAN NHÂN ĐÂN" (ls-ubnd-tay-ninh-qd-2025-kcb-ocr).
    // A speck read as a tone on a word that has none ("ỦY BẠN NHÂN DÂN", lu-vp-ubnd-ha-noi-tb-2026-229-ocr) is not taken:
    // there the scan also lost the office's line under the committee, and the unread head is what asks for a check.
    internal static bool ToneSlip(string word, string[] headMarks, int index)
    {
        if (index >= headMarks.Length) return false;
        var (mine, theirs) = (Marks(word), headMarks[index]);
        if (mine.Replace("đ", "") == theirs.Replace("đ", "") && Math.Abs(mine.Length - theirs.Length) == 1) return true;
        return mine.Count(IsTone) <= 1 && theirs.Count(IsTone) == 1 && mine.Where(c => !IsTone(c)).SequenceEqual(theirs.Where(c => !IsTone(c)));
    }

    // "TỎNG CỤC THUÊ" (jb-tong-cuc-thue-cv-2023-4222-ocr): OCR drops a vowel's hat (circumflex, breve, horn) and keeps its
    // tone; one such word in a head of two words or more, the others read whole, is still the head.
    internal static bool HatLost(string word, string[] headMarks, int index)
    {
        if (index >= headMarks.Length) return false;
        var (mine, theirs) = (Marks(word), headMarks[index]);
        if (mine.Length + 1 != theirs.Length || !mine.Where(IsTone).SequenceEqual(theirs.Where(IsTone))) return false;
        var lost = theirs.Where(c => !IsTone(c)).ToList();
        foreach (var c in mine.Where(c => !IsTone(c))) if (!lost.Remove(c)) return false;
        return lost is [not 'đ'];
    }

    // The five tone marks as combining characters: grave, acute, tilde, hook above, dot below.
    private static bool IsTone(char c) => c is '\u0300' or '\u0301' or '\u0303' or '\u0309' or '\u0323';

    /// <summary>A word read with one mark off the marks of a known word: its tone misread or lost, or a vowel's hat lost.</summary>
    internal static bool OneMarkOff(string word, string knownMarks) => ToneSlip(word, [knownMarks], 0) || HatLost(word, [knownMarks], 0);

    /// <summary>The marks of a word, sorted (also <see cref="AgencyWords"/>'s).</summary>
    internal static string Marks(string word)
    {
        var d = InvariantCasing.ToLower(word).Normalize(System.Text.NormalizationForm.FormD);
        // Read for every word of every header block: the marks are gathered on the stack, not through LINQ and an array.
        Span<char> marks = d.Length <= 64 ? stackalloc char[d.Length] : new char[d.Length];
        var count = 0;
        foreach (var c in d)
            if (System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.NonSpacingMark || c == 'đ') marks[count++] = c;
        marks[..count].Sort();
        return new string(marks[..count]);
    }

    // "BÔ CÔNG THƯƠNG", "SƠ THÔNG TIN VÀ TRUYÈN THÔNG" (OCR, for "BỘ", "SỞ"): a scan loses a tone mark. A one-word head
    // read with its tone lost is that head only where its line names a listed body whole ("Bộ Công Thương"); elsewhere the
    // word as written may be another ("BAN"/"BẢN" meet in one-word heads).
    internal static bool LostTone(string word, string headMarks)
    {
        var (mine, theirs) = (Marks(word), headMarks);
        return !mine.Any(IsTone) && theirs.Count(IsTone) == 1 && mine.SequenceEqual(theirs.Where(c => !IsTone(c)));
    }

    // A word written with any mark at all: a text that kept them, as against one that lost them all.
    internal static bool HasMarks(string word) => TextFolding.Fold(InvariantCasing.ToLower(word)) != InvariantCasing.ToLower(word);
}
