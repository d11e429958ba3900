using System.Globalization;

namespace Ingest.Indexer.Extraction;

/// <summary>
/// Tells a word Tesseract made out of ink that is no writing (the ruling under an agency's name read as
/// "l-lnkatiqul", the rim of a seal read as "Mộ" in a box a fifth of a line high, a stroke read as "|") from a word of
/// the text, by its box, its confidence and its shape. A header's real words may be misread too ("TĨNH" for "TỈNH",
/// "20Ll" for "2011"), so a word is noise only when nothing about it looks like writing. Pure; never throws.
/// </summary>
internal static class OcrNoise
{
    // Smaller than this (in line heights) both ways is a speck, a dot or a dash.
    private const double SpeckInLineHeights = 0.6;
    // Below this confidence (Tesseract's 0 to 100) a word is read from ink that may be no writing; the header's words
    // that Tesseract reads right are mostly above 80, those it misreads are kept by their shape.
    private const double LowConfidence = 50;
    // A Vietnamese syllable has at most seven letters ("nghiêng", "NGƯỜNG"); letters run together past that, in a word
    // Tesseract is not sure of, are a ruling or a pattern read as letters.
    private const int LongestSyllable = 7;

    /// <summary>
    /// A speck, a dot or a dash (smaller than <see cref="SpeckInLineHeights"/> line heights both ways), or one sign
    /// that is neither a letter nor a digit (a stroke of a ruling or a stamp's rim read as "|", "ˆ", "_").
    /// </summary>
    public static bool IsMark(OcrTsv.Word word, double lineHeight) =>
        word.Width < lineHeight * SpeckInLineHeights && word.Height < lineHeight * SpeckInLineHeights
        || word.Text.Length == 1 && !IsLetterOrDigit(word.Text[0]);

    /// <summary>
    /// A mark, a run of signs without a letter or digit ("———_", "..."), or a word Tesseract is unsure of whose shape
    /// is no word's: not a syllable (letters alone, cased as a word is, at most seven), not a code (capitals, digits,
    /// slashes and hyphens: "/TB-UBND") and holding no digit (a document number or date misread stays text).
    /// </summary>
    public static bool IsNoise(OcrTsv.Word word, double lineHeight) =>
        IsMark(word, lineHeight)
        || !word.Text.Any(IsLetterOrDigit)
        || word.Confidence < LowConfidence && !LooksLikeWriting(word.Text);

    private static bool LooksLikeWriting(string text)
    {
        var core = text.Trim('(', ')', '"', '“', '”', '\'', ',', '.', ':', ';', '!', '?');
        if (core.Length == 0) return false;
        if (core.Any(char.IsDigit)) return true;
        return IsSyllable(core) || IsCode(core);
    }

    // Letters alone (a decomposed tone mark goes with its letter), all capitals, all small or a capital then small
    // ones, at most seven.
    private static bool IsSyllable(string core)
    {
        var letters = core.Where(c => char.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark).ToList();
        return letters.Count <= LongestSyllable && letters.All(IsLetter)
            && (letters.All(char.IsUpper) || letters.Skip(1).All(char.IsLower));
    }

    // Capitals joined by slashes, hyphens, dots or "&" ("/UBND-", "CV/BTGDVTU", "LĐVL&TN"), two capitals at least.
    private static bool IsCode(string core) =>
        core.Count(char.IsUpper) >= 2
        && core.All(c => char.IsUpper(c) || c is '/' or '-' or '.' or '&' or '_')
        && core.Any(IsLetter);

    // A modifier letter ("ˆ", "ˇ") is a stroke read as an accent, not a letter.
    private static bool IsLetter(char c) => char.GetUnicodeCategory(c) is UnicodeCategory.UppercaseLetter
        or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter or UnicodeCategory.OtherLetter;

    private static bool IsLetterOrDigit(char c) => IsLetter(c) || char.GetUnicodeCategory(c) == UnicodeCategory.DecimalDigitNumber;
}
