using System.Globalization;

namespace Ingest.Indexer.Parsing.Header;

/// <summary>
/// "CÔNG NGHỊ THONG TIN 1¬ œ6" (jj-dh-cntt-tb-2013-01-ocr, read "Trường Đại học Công nghị thong tin"): a scan's seal or
/// speck printed on the issuer's own header line leaves signs no Vietnamese header writes (¬, œ, £) after the name,
/// and the letters of the name beside them were read through the same damage. The reader drops the specks, so the
/// name stands read; it asks for a check instead. Pure.
/// </summary>
internal static class IssuerLineDebris
{
    /// <summary>A doubt on the issuer when the rest of its last header line holds a sign no header writes.</summary>
    public static HeaderDoubt? Find(string text, IssuerReading reading)
    {
        if (reading.Name is not { Value: not null, Evidence: [.., var last] } || last.Source != "header" || last.End >= text.Length) return null;
        var end = text.IndexOf('\n', last.End);
        var rest = text.AsSpan(last.End, (end < 0 ? text.Length : end) - last.End);
        foreach (var c in rest)
            if (IsForeignSign(c))
                return new("issuer", "issuer-line-debris", $"the issuer's header line goes on with scan debris ({rest.Trim().ToString()})", last.Start, last.End);
        return null;
    }

    // Letters outside Vietnamese's Latin alphabet (œ, ß) and signs past ASCII (¬, £, ©); a flattened table's "|" and the
    // header's own punctuation are neither.
    private static bool IsForeignSign(char c) =>
        c > '\u007f' && (char.IsLetter(c) ? !IsVietnameseLetter(c)
            : CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.MathSymbol or UnicodeCategory.OtherSymbol or UnicodeCategory.CurrencySymbol);

    private static bool IsVietnameseLetter(char c)
    {
        if (c is 'đ' or 'Đ') return true;
        var decomposed = c.ToString().Normalize(System.Text.NormalizationForm.FormD);
        return decomposed[0] is >= 'a' and <= 'z' or >= 'A' and <= 'Z';
    }
}
