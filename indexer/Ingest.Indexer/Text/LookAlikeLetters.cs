namespace Ingest.Indexer.Text;

/// <summary>
/// Cyrillic and Greek capitals drawn like a Latin capital (Т, С, А, Н; Τ, Ν, Ο), which pages paste into symbols written in
/// Latin letters: thuvienphapluat's news page prints "Hướng dẫn 03/HD-MTTW-BТТ" with two Cyrillic Т (ma-006, ma-007), and
/// the text layer of Bộ Tài chính's Quyết định 372/QĐ-BTC writes "Thông tư số 06/2022/TT-BТС" with Cyrillic Т and С
/// (ld-bo-tai-chinh-qd-2026-372-pdf). A reader sees TT and BTC; so does the parser, through this table. Only capitals:
/// the lower-case forms (т, н, μ) do not share a Latin letter's shape, and "μ" is a legacy font's "à". Pure and thread-safe.
/// </summary>
public static class LookAlikeLetters
{
    /// <summary>The Latin capital <paramref name="c"/> is drawn like, or <paramref name="c"/> itself.</summary>
    public static char ToLatin(char c) => c switch
    {
        'А' or 'Α' => 'A',
        'В' or 'Β' => 'B',
        'С' => 'C',
        'Е' or 'Ε' => 'E',
        'Н' or 'Η' => 'H',
        'І' or 'Ι' => 'I',
        'Ј' => 'J',
        'К' or 'Κ' => 'K',
        'М' or 'Μ' => 'M',
        'Ν' => 'N',
        'О' or 'Ο' => 'O',
        'Р' or 'Ρ' => 'P',
        'Ѕ' => 'S',
        'Т' or 'Τ' => 'T',
        'Υ' => 'Y',
        'Х' or 'Χ' => 'X',
        'Ζ' => 'Z',
        _ => c,
    };

    /// <summary>
    /// <paramref name="s"/> with its look-alike capitals written in Latin; the same instance when it has none (most
    /// text), so a caller pays nothing for the check.
    /// </summary>
    public static string ToLatin(string s)
    {
        var first = IndexOfLookAlike(s);
        if (first < 0) return s;
        return string.Create(s.Length, (s, first), static (span, a) =>
        {
            a.s.AsSpan().CopyTo(span);
            for (var i = a.first; i < span.Length; i++) span[i] = ToLatin(span[i]);
        });
    }

    // Greek capitals sit at U+0391–U+03A9, Cyrillic ones at U+0400–U+042F: one range test rejects Vietnamese text.
    private static int IndexOfLookAlike(string s)
    {
        for (var i = 0; i < s.Length; i++)
            if (s[i] is >= '\u0391' and <= '\u042F' && ToLatin(s[i]) != s[i]) return i;
        return -1;
    }
}
