using Ingest.Indexer.Text;

namespace Ingest.Indexer.Parsing.Citations;

/// <summary>
/// The shapes a symbol's codes and separators are written in ("KCB", "GDTrH", "BNN&amp;PTNT", "QLN&amp; TTBĐS", "TT: -VPCP"),
/// told from words ("Các", "xã", "ngày") by their letters alone, and the code's text as written. Pure and thread-safe.
/// </summary>
internal static class SymbolCodeShapes
{
    // A separator as written; the one-character ones, nearly all, as literals rather than a copy each (Value copies).
    internal static string SeparatorText(SymbolPart separator) => separator.ValueSpan switch
    {
        "-" => "-",
        "." => ".",
        " " => " ",
        "/" => "/",
        "_" => "_",
        // "02/2017/TT: -VPCP" (lg-ubnd-quang-ngai-qd-2025-tthc-kham-chua-benh-ocr), "18/2026/TT. -BQP"
        // (kx-bo-quoc-phong-vbhn-2026-tang-le-ocr): a speck Tesseract read before the hyphen, and the gap it left, are no
        // separator of their own: the hyphen joins the codes, as in "19/CT- TTg".
        // "86/2016/TT- -BQP", "86/2016/TT-] -BQP", "114/2005/TTLT- -BQP-BNV" (lr-bo-quoc-phong-vbhn-2026-tang-le-ocr, seventeen
        // times beside "86/2016/TT-BQP"): the hyphen read a second time across the gap, with a speck or not, is the one
        // hyphen, as "TT- BQP" is read across the gap alone.
        ". -" or ": -" or "- -" or "-] -" => "-",
        _ => separator.Value,
    };

    // "BTh" (Bình Thuận, told from BT, Bến Tre), "QTr": a place's or a unit's abbreviation in the mixed case only codes
    // write (two capitals, then lower case, as in TTr, CTr): no word and no date opens so, so after a code and a space it
    // continues that code.
    internal static bool PlaceTail(string seg) =>
        seg.Length is >= 3 and <= 5 && char.IsAsciiLetterUpper(seg[0]) && char.IsAsciiLetterUpper(seg[1])
        && seg.AsSpan(2).IndexOfAnyExceptInRange('a', 'z') < 0;

    // A code's '&' may have a space after it ("QLN& TTBĐS", Sở Xây dựng's unit): the code is written without it. A
    // Cyrillic or Greek capital the folded view matched as Latin ("BТТ") is written as that Latin letter (LookAlikeLetters).
    internal static string Slice(string normalized, SymbolPart g) => Unspaced(CodeText(normalized, g));

    internal static string CodeText(string normalized, SymbolPart g) => LookAlikeLetters.ToLatin(normalized.Substring(g.Index, g.Length));

    internal static string Unspaced(string code) => code.Contains("& ", StringComparison.Ordinal) ? code.Replace("& ", "&", StringComparison.Ordinal) : code;

    // An unknown code as written: upper case as the rules write codes, keeping the lower-case letters the rules
    // themselves use inside codes ("GDTrH", "BNN&PTNT").
    internal static string Canonical(string seg) => seg.Replace('Ð', 'Đ');

    // "CTrHĐ" (Chương trình hành động, "02-CTrHĐ/TU", kq-026), "TTr", "QĐi": capitals, each lower-case letter right after
    // a capital, as the rules abbreviate a syllable inside a code (Nghị định 30/2020/NĐ-CP Phụ lục III; Hướng dẫn
    // 36-HD/VPTW); a word has two lower-case letters in a row ("Ban", "Kèm").
    internal static bool RulesCase(string s)
    {
        if (s.Length < 2 || !char.IsUpper(s[0])) return false;
        for (var i = 1; i < s.Length; i++)
            if (char.IsLower(s[i]) && !char.IsUpper(s[i - 1])) return false;
        return true;
    }

    // Codes are Latin letters and digits (Đ allowed, '&' inside); a letter with a tone mark means we matched a word.
    internal static bool IsCodeShaped(string s)
    {
        if (s.Length == 0 || s[0] == '&' || s[^1] == '&') return false;
        foreach (var c in s)
            if (!(char.IsAsciiLetterOrDigit(c) || c is 'Đ' or 'đ' or 'Ð' or '&' or 'Ư' or 'ư')) return false; // Ư: "45-KH/HƯ", "TƯ"
        return true;
    }

    // "V", "III", "KT", "Q8": capitals and digits only, opening with a capital.
    internal static bool AllCapitals(string s)
    {
        if (s.Length == 0 || !char.IsUpper(s[0])) return false;
        foreach (var c in s)
            if (!(char.IsAsciiDigit(c) || c is >= 'A' and <= 'Z' or 'Đ')) return false;
        return true;
    }

    // An abbreviation as the rules write one: it opens with a capital and has at least two, or a digit ("KCB",
    // "GDTrH", "TTg", "QH14", "C04"); "Các", "xã" and "ngày" are words.
    internal static bool IsUpperCode(string s)
    {
        if (!char.IsUpper(s[0])) return false;
        var upper = 0;
        var digit = false;
        foreach (var c in s)
        {
            if (char.IsUpper(c)) upper++;
            digit |= char.IsAsciiDigit(c);
        }
        return upper >= 2 || digit;
    }
}
