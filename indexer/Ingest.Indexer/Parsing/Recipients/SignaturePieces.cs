using System.Buffers;
using System.Text.RegularExpressions;

namespace Ingest.Indexer.Parsing.Recipients;

/// <summary>
/// Cuts one cell of a signature block's lines into the pieces <see cref="SignerParser"/> reads one by one: a whole block
/// printed on one line ("TM. BAN BÍ THƯ ... BÍ THƯ THƯỜNG TRỰC (đã ký) Phan Văn Mãi") is cut at each authority mark, at
/// a bracketed "(Đã ký)" and where an upper-case position meets the name ("CHỦ TỊCHNguyễn Văn A"). Pure and thread-safe.
/// </summary>
internal static partial class SignaturePieces
{
    // An authority mark inside a line ("... VT-LT. TM. BAN BÍ THƯ", "UBND KT. CHỦ TỊCH"): the block starts there.
    [GeneratedRegex(@"(?<=\S\x20)(?=(?:TM|KT|TL|TUQ|T/M|K/T|T/L)\.?\x20\p{Lu})", RegexOptions.CultureInvariant)]
    private static partial Regex MarkInside();

    // "(Đã ký)", "(đã kỹ)", "[daky]" between the position and the name.
    [GeneratedRegex(@"[(\[][^)\]]{1,20}[)\]]", RegexOptions.CultureInvariant)]
    private static partial Regex Bracketed();

    // The upper-case position glued to the name ("CHỦ TỊCHNguyễn"), or followed by it on one line ("CHỦ TỊCH Nguyễn Văn A").
    // An upper-case title after the name on the same line ("PHÓ THỦ TƯỚNG Lê Thành Long QUY CHẾ TỔ CHỨC …", an
    // annex run on by extraction) ends the name.
    [GeneratedRegex(@"(?<=[\p{Lu}])(?=\p{Lu}\p{Ll})|(?<=[\p{Lu}]{2,})\x20(?=\p{Lu}\p{Ll}+(?:\x20\p{Lu}\p{Ll}*){1,5}(?:$|\x20\p{Lu}{2,}\x20\p{Lu}{2,}))|(?<=[\p{Lu}]{2,}\x20\p{Lu}\p{Ll}+(?:\x20\p{Lu}\p{Ll}*){1,5})\x20(?=\p{Lu}{2,}\x20\p{Lu}{2,})", RegexOptions.CultureInvariant)]
    private static partial Regex NameBoundary();

    // One cell may hold the whole block on one line: cut it at an authority mark, a "(Đã ký)" and the name.
    internal static List<string> Of(string cell)
    {
        var pieces = new List<string>();
        AddTo(cell, pieces);
        return pieces;
    }

    // The pieces (none empty) appended to a list, not yielded: every cell of a plan's last page comes here, and most
    // are one piece, which an iterator and arrays of one each cost allocations for (issue 10, parser speed).
    internal static void AddTo(string cell, List<string> pieces)
    {
        if (cell.Length == 0) return;
        if (!MayHoldMark(cell)) { AddUnmarked(cell, pieces); return; }
        foreach (var marked in MarkInside().Split(cell)) AddUnmarked(marked, pieces);
    }

    // A "(Đã ký)" or "[đã ký]" is a piece of its own; Bracketed needs its opening bracket, so a cell without one is
    // not run through it.
    private static void AddUnmarked(string marked, List<string> pieces)
    {
        var rest = marked.Trim();
        if (rest.AsSpan().IndexOfAny('(', '[') >= 0 && Bracketed().Match(rest) is { Success: true } noise)
        {
            AddNamed(rest[..noise.Index], pieces);
            AddNamed(rest[noise.Index..(noise.Index + noise.Length)], pieces);
            AddNamed(rest[(noise.Index + noise.Length)..], pieces);
        }
        else AddNamed(rest, pieces);
    }

    private static void AddNamed(string part, List<string> pieces)
    {
        var trimmed = part.Trim();
        if (!MayHoldNameBoundary(trimmed))
        {
            if (trimmed.Length > 0) pieces.Add(trimmed);
            return;
        }
        foreach (var piece in NameBoundary().Split(trimmed))
            if (piece.Trim() is { Length: > 0 } kept) pieces.Add(kept);
    }

    // The cuts above need an authority mark, or two capitals in a row (the end of an upper-case position): most
    // cells of a plan's last page, sentences of its body, have neither and are not run through the patterns
    // (issue 10, parser speed).
    private static readonly SearchValues<string> MarkLetters = SearchValues.Create(["TM", "KT", "TL", "TUQ", "T/M", "K/T", "T/L"], StringComparison.Ordinal);

    private static bool MayHoldMark(string cell) => cell.AsSpan().ContainsAny(MarkLetters);

    // Every cut NameBoundary makes stands at two capitals then a capitalised word, glued ("TỊCHNguyễn": capital,
    // capital, small letter) or after a space ("HÒA Lê": capital, capital, space, capital, small letter); a cell with
    // neither is not run through it (an upper-case position alone, "UBND", a code: issue 10, parser speed).
    private static bool MayHoldNameBoundary(string s)
    {
        for (var k = 1; k + 1 < s.Length; k++)
        {
            if (!IsCapital(s[k]) || !IsCapital(s[k - 1])) continue;
            if (char.IsLower(s[k + 1])) return true;
            if (s[k + 1] == ' ' && k + 3 < s.Length && IsCapital(s[k + 2]) && char.IsLower(s[k + 3])) return true;
        }
        return false;
    }

    // char.IsUpper and IsLower are the categories UppercaseLetter and LowercaseLetter, read from a table below U+0100 where
    // GetUnicodeCategory looks each character up: this test reads every character of the last lines' cells.
    private static bool IsCapital(char c) => char.IsUpper(c);

    // "[dHồ Đức Phớc": a bracket and a stray letter glued before the name by OCR.
    // "E» Trịnh Văn Toàn" (jw-dh-dien-luc-tb-2021-dkmh-ocr): a speck of the seal read as a letter and a sign, a word apart.
    // ">=#Thái Văn Tài" (ll-bo-gddt-cv-2026-1849-ocr), "`S*~ Lê Minh Trí" (lg-vks-toi-cao-qd-2019-quy-trinh-vu-an-hanh-chinh-ocr),
    // "\"Lê Văn Lợi" (lj-hiep-hoi-dn-binh-thuan-tt-2025-310-ocr): the seal's or the scrawl's specks read as signs before
    // the name; no name opens with a sign, so every sign at the cell's start is debris.
    internal static string WithoutDebris(string cell)
    {
        var s = WithoutLeadingSigns(cell);
        var space = s.IndexOf(' ');
        if (space is > 0 and <= 3 && s.AsSpan(0, space).IndexOfAny(SpeckBeforeName) >= 0 && s.Length > space + 1 && char.IsUpper(s[space + 1])) return s[(space + 1)..];
        return s.Length > 2 && char.IsLower(s[0]) && char.IsUpper(s[1]) && s.Length < cell.Length ? s[1..] : s;
    }

    // "suyễn Hồng ' Thanh" (lw-ubnd-tay-ninh-qd-2025-358-ocr): a speck of the seal read as a sign between a name's words is
    // no word of it; the words that hold a letter or a digit, as written (the cell itself where every word does).
    internal static string WithoutSpeckWords(string text)
    {
        if (text.IndexOf(' ') < 0) return text;
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        foreach (var w in words)
            if (IsSpeck(w)) return string.Join(' ', words.Where(x => !IsSpeck(x)));
        return text;
    }

    private static bool IsSpeck(string word)
    {
        foreach (var c in word)
            if (char.IsLetterOrDigit(c)) return false;
        return true;
    }

    private static readonly SearchValues<char> SpeckBeforeName = SearchValues.Create("«»<>^~`\\§¬");

    internal static string WithoutLeadingSigns(string cell)
    {
        var at = 0;
        while (at < cell.Length && !char.IsLetterOrDigit(cell[at])) at++;
        return cell[at..];
    }
}
