namespace Ingest.Indexer.Parsing.Header;

/// <summary>
/// A word of an OCR'd header block that no agency's name is written with: "IS]" (iw-ubnd-phu-tho-cv-ra-soat-tthc-2011-ocr,
/// a seal's edge under "TỈNH PHU THỌ"), "ˆ" after the motto (lq-ubnd-hai-phong-qd-2025-430-ocr), "..T-ẶẶẶ———" and
/// "T——————" (ll-so-tttt-ben-tre-tb-chu-ky-2011-ocr, lw-ldld-so-vhttdl-an-giang-ctph-2017-154-ocr: the rule under the
/// block), "ØNG" (lq-vptw-05-HD-VPTW-2026-ocr). Names are written in Vietnamese's letters, with digits and the joints
/// of abbreviations ("GD&amp;ĐT", "TP.HCM", "VĂN HÓA-THỂ THAO"); a bracket, a dash run or a letter of another alphabet inside
/// a word is the scanner's. Pure.
/// </summary>
internal static class IssuerWordDebris
{
    /// <summary>True when <paramref name="word"/> (trimmed of the punctuation a header puts around words) holds a sign
    /// or a letter no agency's name is written with.</summary>
    public static bool IsDebris(string word)
    {
        // "HỒ CHÍ MINH...": a name's trailing dots are the line's, not its word's.
        word = word.TrimEnd('.');
        for (var i = 0; i < word.Length; i++)
        {
            var c = word[i];
            // A joint stands alone ("TP.HCM", "VĂN HÓA-THỂ THAO"); two in a row ("..T", "T------") are a rule's dots or dashes.
            if (c is '-' or '.' or '&' or '\'' or '’' or ',') { if (i > 0 && word[i - 1] is '-' or '.') return true; continue; }
            if (char.IsDigit(c)) continue;
            if (!char.IsLetter(c) || !IsVietnameseLetter(c)) return true;
        }
        return false;
    }

    /// <summary>
    /// A stray capital run the scan left beside debris ("TH" before "..T-ẶẶẶ———"): letters with no vowel, so no
    /// syllable, and too short to be the abbreviation of a body's name that a line would open with ("UBND", "HĐND").
    /// </summary>
    public static bool IsStray(string word) => word.Length <= 2 && !word.Any(IsVowel);

    /// <summary>A letter of Vietnamese's alphabet, marked or not; "Ð" (Eth) is how legacy fonts write "Đ".</summary>
    public static bool IsVietnameseLetter(char c)
    {
        if (c is 'đ' or 'Đ' or 'Ð' or 'ð') return true;
        if (c is >= 'a' and <= 'z' or >= 'A' and <= 'Z') return true;
        if (c < '\u00c0') return false;
        var decomposed = c.ToString().Normalize(System.Text.NormalizationForm.FormD);
        return decomposed[0] is >= 'a' and <= 'z' or >= 'A' and <= 'Z';
    }

    private static bool IsVowel(char c) =>
        c.ToString().Normalize(System.Text.NormalizationForm.FormD)[0] is 'a' or 'e' or 'i' or 'o' or 'u' or 'y' or 'A' or 'E' or 'I' or 'O' or 'U' or 'Y';
}
