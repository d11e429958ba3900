using System.Globalization;
using System.Text;
using Ingest.Indexer.Text;

namespace Ingest.Indexer.Extraction;

/// <summary>
/// Decides, page by page, whether a PDF page's text layer is read as it is or the page goes to OCR, the same
/// way for every extractor. A page is OCR'd when its layer is missing or garbage (few letters, replacement
/// characters), or when the page is a scan whose hidden text layer does not read as Vietnamese (scanner
/// software that OCR'd it with an English model drops the marks: "Thuc hien Chi thi", "cua Bo Chinh tri").
/// A digital page is never OCR'd for reading poorly as Vietnamese (a table of codes, an English annex):
/// there is no picture to read it better from. Pure.
/// </summary>
public static class PdfPagePolicy
{
    /// <summary>
    /// Share of words (two letters or more) that must carry a Vietnamese letter or mark (ă â đ ê ô ơ ư, a tone)
    /// for a scan's hidden layer to be trusted. Measured with PdfPig on our fixtures: digital plan pages 0.84 to
    /// 0.87; Tesseract's English-model layer over a Vietnamese scan 0.11 (its well-formed-syllable share was
    /// 0.77, too close to digital pages' 0.91 to 1.00 to tell them apart).
    /// </summary>
    public const double MinMarkedShare = 0.5;

    /// <summary>
    /// The page's text layer, legacy encodings repaired, when it is to be used; null when the page must be read from
    /// its image. Judged on the page's own text (<see cref="PdfPageContent.OwnText"/>): a scan under a signature stamp
    /// has the stamp's words and no other, and is still a scan.
    /// </summary>
    public static (string Text, string Encoding)? TextLayer(PdfPageContent page)
    {
        var (own, encoding) = TextDecoder.Repair(page.OwnText);
        if (!UseTextLayer(own, page.Scan is not null)) return null;
        // The encoding is the page's own: a stamp in Unicode on a TCVN3 page would be misread as legacy bytes, so such a
        // page keeps its own text without the stamp's.
        return page.ContentText is null || encoding != "unicode" ? (own, encoding) : TextDecoder.Repair(page.Text);
    }

    /// <summary>True when the (already repaired) text layer is read; false when the page must be OCR'd.</summary>
    public static bool UseTextLayer(string text, bool isScan) =>
        IsUsable(text) && (!isScan || MarkedShare(text) >= MinMarkedShare);

    /// <summary>The share of words of two letters or more that carry a Vietnamese letter or tone mark (0 when none).</summary>
    public static double MarkedShare(string text)
    {
        int words = 0, marked = 0;
        var letters = 0;
        var hasMark = false;
        foreach (var c in text.Normalize(NormalizationForm.FormD).Append(' '))
        {
            if (char.IsLetter(c))
            {
                letters++;
                hasMark |= c is 'đ' or 'Đ';
                continue;
            }
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                // Breve, circumflex, horn and the five tones: what Vietnamese adds to Latin letters.
                hasMark |= c is '\u0306' or '\u0302' or '\u031B' or '\u0300' or '\u0301' or '\u0303' or '\u0309' or '\u0323';
                continue;
            }
            if (letters >= 2)
            {
                words++;
                if (hasMark) marked++;
            }
            letters = 0;
            hasMark = false;
        }
        return words == 0 ? 0 : marked / (double)words;
    }

    /// <summary>Text holds real words: enough letters, few replacement or control characters.</summary>
    public static bool IsUsable(string text)
    {
        int letters = 0, bad = 0;
        foreach (var c in text)
        {
            if (char.IsLetter(c)) letters++;
            else if (c == '\uFFFD' || (char.IsControl(c) && !char.IsWhiteSpace(c))) bad++;
        }
        return letters >= 40 && bad * 10 < letters;
    }

    /// <summary>A warning naming the pages read by OCR in a PDF whose other pages had a text layer; null otherwise.</summary>
    public static string? MixedWarning(IReadOnlyList<ExtractedPage> pages)
    {
        var ocr = pages.Where(p => p.Source is "ocr" or "cloud").Select(p => p.Number).ToList();
        if (ocr.Count == 0 || ocr.Count == pages.Count) return null;
        return $"pages {string.Join(", ", ocr)} of {pages.Count} were read by OCR (no usable text layer); the others from the text layer";
    }
}
