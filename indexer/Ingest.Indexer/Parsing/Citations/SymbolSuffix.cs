namespace Ingest.Indexer.Parsing.Citations;

/// <summary>
/// The part some bodies write after a symbol's codes, which belongs to the number: a unit's code in brackets glued to
/// the last code ("Tờ trình số 83/TTr-CAT(PA05)": Công an tỉnh's Phòng PA05, as police units number their papers) and
/// the "/nb" (nội bộ, internal) that Văn phòng Trung ương writes after a Party symbol ("Công văn số 2587-CV/VPTW/nb",
/// "141 -CV/VPTW/nb", "-TB/VPTW/nb"), and the year a company writes after its codes ("09/HDTLMM/2025", "19/CV-TT-2025"). Pure and
/// thread-safe.
/// </summary>
internal static class SymbolSuffix
{
    /// <summary>The suffix written at <paramref name="end"/> of the normalized text, right after a symbol, or null.</summary>
    public static string? After(string normalized, int end, bool party, bool dated = false)
    {
        if (end >= normalized.Length) return null;
        return normalized[end] switch
        {
            '(' => BracketedUnit(normalized, end),
            '/' when party => Internal(normalized, end),
            '/' or '-' when !party && !dated => TrailingYear(normalized, end),
            _ => null,
        };
    }

    // "công văn số 09/HDTLMM/2025 của Công ty …" (jd-cuc-hai-quan-cv-2025-39209-md), "Hợp đồng số 15/HĐKT/2024", "công
    // văn số 19/CV-TT-2025 ngày 6/10/2025 của Công ty TNHH …" (ix-001): a company numbers its papers serial, code, then
    // the year, after a slash or a hyphen; a symbol with a year of its own before the codes takes none after them. Only
    // the year alone: "/2025/", "/20251" or a span of years "-2021-2025" goes on into something else.
    private static string? TrailingYear(string n, int at)
    {
        if (at + 5 > n.Length || !(n.AsSpan(at + 1, 2) is "19" or "20") || !char.IsAsciiDigit(n[at + 3]) || !char.IsAsciiDigit(n[at + 4])) return null;
        if (at + 5 < n.Length && (char.IsLetterOrDigit(n[at + 5]) || n[at + 5] is '/' or '-')) return null;
        return n.Substring(at, 5);
    }

    // "(PA05)": capitals, then digits (a numbered unit), then the closing bracket. A bracket holding words, a year or
    // a Roman term ("(2021)", "(XIV)", "(sửa đổi)") is no unit's code.
    private static string? BracketedUnit(string n, int at)
    {
        var k = at + 1;
        var letters = 0;
        while (k < n.Length && k - at <= 5 && char.IsAsciiLetterUpper(n[k])) { k++; letters++; }
        var digits = 0;
        while (k < n.Length && digits < 3 && char.IsAsciiDigit(n[k])) { k++; digits++; }
        if (letters == 0 || digits == 0 || k >= n.Length || n[k] != ')') return null;
        return n.Substring(at, k + 1 - at);
    }

    // "/nb" in lower case as the office writes it, standing before no letter or digit.
    private static string? Internal(string n, int at)
    {
        if (at + 3 > n.Length || n[at + 1] != 'n' || n[at + 2] != 'b') return null;
        if (at + 3 < n.Length && char.IsLetterOrDigit(n[at + 3])) return null;
        return "/nb";
    }
}
