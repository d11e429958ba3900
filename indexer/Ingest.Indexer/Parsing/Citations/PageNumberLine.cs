using Ingest.Indexer.Text;

namespace Ingest.Indexer.Parsing.Citations;

/// <summary>
/// Passes over a page's number that a PDF's page break left between "số" and the symbol it introduces: "thực hiện
/// nghiêm Quy định số\n3\n205-QĐ/TW ngày 23/9/2019 của Bộ Chính trị" (ld-009, ld-ubnd-quang-ngai-ct-2024-pctntc-ocr),
/// "Kế hoạch số\n\n2\n: 1207/KH-UBND ngày 01 tháng 4 năm 2020" (lc-010, lc-so-tu-phap-tp-hcm-cv-2021-ho-tro-phap-ly-ocr).
/// A serial is never printed with its first digits alone on a line ("số" ends one line, a number of up to three digits
/// is the whole next one, and the symbol opens the line after), so that number is the page's, as a page number between
/// a type word and its "số" is (NumberedCitationReader.PastPageBreak). The caller reads the symbol after it only where one is
/// there. Pure and thread-safe.
/// </summary>
internal static class PageNumberLine
{
    private const int MaxPageDigits = 3;

    /// <summary>
    /// Where the symbol starts past a page number alone on its line at <paramref name="at"/> (and the ":" of "số:" the
    /// break moved after it), or <paramref name="at"/> when no such line is there.
    /// </summary>
    public static int Past(TextView view, int at)
    {
        var f = view.Folded;
        if (at >= f.Length || !char.IsAsciiDigit(f[at]) || !view.IsLineStart(at)) return at;
        var k = at;
        while (k < f.Length && char.IsAsciiDigit(f[k])) k++;
        if (k - at > MaxPageDigits || k + 1 >= f.Length || f[k] != ' ' || !view.IsLineStart(k + 1)) return at;
        var next = k + 1;
        if (f[next] == ':') next += next + 1 < f.Length && f[next + 1] == ' ' ? 2 : 1;
        return next < f.Length && char.IsAsciiDigit(f[next]) ? next : at;
    }
}
