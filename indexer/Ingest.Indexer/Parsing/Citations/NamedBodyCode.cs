using System.Buffers;
using Ingest.Indexer.Parsing.Tables;
using Ingest.Indexer.Text;

namespace Ingest.Indexer.Parsing.Citations;

/// <summary>
/// Repairs an issuer's code with one letter misread (or read as two) by the OCR where the citation names the body whose code it is:
/// "Quyết định số 1 747/QĐ-BGTTT ngày 31 tháng 12 năm 2024 của Bộ trưởng Bộ Giao thông vận tải"
/// (lk-ubnd-bac-lieu-qd-2025-210-ocr, where the other scans of the decision print 1747/QĐ-BGTVT) is 1747/QĐ-BGTVT. A code
/// no table holds, of the same length as the code of a body the same clause names and one letter apart from it: the
/// named body makes the reading certain (tests/corpus/README.md, "Digits and letters inside OCR'd symbols": "Thông tư số
/// 48/2017/TT-BVT … của Bộ trưởng Bộ Y tế" is 48/2017/TT-BYT). Two bodies named so leave the code as written, and so
/// does a code the tables know. Pure and thread-safe.
/// </summary>
internal sealed class NamedBodyCode
{
    // The clause that names the issuer after a symbol: its date and "của" and the body's name, with the head's title
    // before it ("ngày 31 tháng 12 năm 2024 của Bộ\ntrưởng Bộ Giao thông vận tải"), within a line and a half.
    internal const int ClauseReach = 120;

    private readonly DomainTables _tables;

    public NamedBodyCode(DomainTables tables) => _tables = tables;

    /// <summary>The symbol with its issuer's code repaired where the clause after <paramref name="end"/> names that body; otherwise the symbol.</summary>
    public DocumentSymbol Repair(DocumentSymbol symbol, TextView view, int end)
    {
        // Only the issuer's own code: a unit's code after it ("5571/BGDĐT-TTr", kf-056) is the unit's, whatever bodies the clause names.
        if (symbol.IssuerCodes.Count != 1) return symbol;
        var written = symbol.IssuerCodes[0];
        if (written.Length < 3 || !symbol.Number.EndsWith(written, StringComparison.Ordinal) || _tables.IssuerCodeBook.Contains(written)) return symbol;
        var clause = Clause(view.Folded, end);
        IssuerCodeRow? named = null;
        foreach (var row in _tables.IssuerCodes)
        {
            // The letters are compared first: a name is folded only for the few codes one letter apart.
            if (!OneLetterMisread(row.Code, written) && !OneLetterReadAsTwo(row.Code, written) || named?.Code == row.Code || !Names(clause, TextFolding.FoldLoose(row.Name))) continue;
            if (named is not null) return symbol;
            named = row;
        }
        if (named is null) return symbol;
        return new DocumentSymbol(symbol.Number[..^written.Length] + named.Code, symbol.Serial, symbol.Year, symbol.TypeCode, [named.Code], symbol.Party, true);
    }

    /// <summary>
    /// The symbol whose last code the OCR damaged (<see cref="SymbolParser.ParseCutByUnreadLetterAt"/>, "06/TTr-SGŒTYT"),
    /// completed with the code of the department (Sở) the sentence names as its author ("Theo đề nghị của Giám đốc Sở
    /// Giao thông vận tải tại Tờ trình số 06/TTr-\nSGŒTYT", jh-ubnd-bac-lieu-qd-2025-210-ocr; "SGŒTTT" and "SGŒTVT" in
    /// the two OCR passes of lg-ubnd-bac-lieu-qd-2025-tthc-duong-bo-ocr): a Sở writes "S" and the
    /// initials of its field (SGTVT, SGDĐT, SLĐTBXH), which no table lists; the damaged letters must be that code or one
    /// letter apart from it. Null when no Sở named within <paramref name="from"/> to <paramref name="to"/> confirms them.
    /// </summary>
    public DocumentSymbol? ConfirmCut(DocumentSymbol cut, string letters, TextView view, int from, int to)
    {
        var written = cut.IssuerCodes[0];
        // The code is replaced at the number's end: a number that does not end with it is left unread, as Repair leaves it.
        if (!cut.Number.EndsWith(written, StringComparison.Ordinal)) return null;
        var n = view.Normalized;
        from = Math.Max(0, from);
        to = Math.Min(n.Length, to);
        for (var at = n.IndexOf("Sở ", from, to - from, StringComparison.Ordinal); at >= 0; at = n.IndexOf("Sở ", at + 3, to - at - 3, StringComparison.Ordinal))
        {
            if (at > 0 && char.IsLetter(n[at - 1]) || DepartmentInitials(n, at + 3, to, letters.Length) is not { } code
                || code != letters && !OneLetterMisread(code, letters)) continue;
            return new DocumentSymbol(cut.Number[..^written.Length] + code, cut.Serial, cut.Year, cut.TypeCode, [code], cut.Party, true);
        }
        return null;
    }

    // "S" and the first letter of each word of the field's name, "và" and punctuation skipped, as long as the code.
    private static string? DepartmentInitials(string n, int at, int to, int length)
    {
        Span<char> initials = stackalloc char[Math.Min(length, 16)];
        if (length > initials.Length) return null;
        initials[0] = 'S';
        var count = 1;
        var cursor = new WordCursor(n, at);
        while (count < length && cursor.Next(out var s, out var e) && s < to)
        {
            var word = n.AsSpan(s, e - s).Trim(",;-–");
            if (word.Length == 0 || word.SequenceEqual("và")) continue;
            if (!char.IsLetter(word[0])) return null;
            initials[count++] = char.ToUpperInvariant(word[0]);
        }
        return count == length ? new string(initials) : null;
    }

    // The folded clause after the symbol, up to the end of its list item (a ';').
    private static ReadOnlySpan<char> Clause(string f, int end)
    {
        var clause = f.AsSpan(end, Math.Min(f.Length - end, ClauseReach));
        var semicolon = clause.IndexOf(';');
        return semicolon >= 0 ? clause[..semicolon] : clause;
    }

    // The body's whole name as words of the clause.
    private static bool Names(ReadOnlySpan<char> clause, string name)
    {
        for (var at = clause.IndexOf(name, StringComparison.Ordinal); at >= 0; at = NextAt(clause, name, at))
        {
            var after = at + name.Length;
            if ((at == 0 || !char.IsLetterOrDigit(clause[at - 1])) && (after == clause.Length || !char.IsLetterOrDigit(clause[after]))) return true;
        }
        return false;
    }

    private static int NextAt(ReadOnlySpan<char> clause, string name, int at)
    {
        var next = clause[(at + 1)..].IndexOf(name, StringComparison.Ordinal);
        return next < 0 ? -1 : at + 1 + next;
    }

    // "BGTITT", "BGTTYT" for BGTVT (lr-ubnd-bac-lieu-qd-2025-duong-bo-ocr; jh-ubnd-bac-lieu-qd-2025-210-ocr): Tesseract
    // reads a wide letter as the two narrow strokes it is drawn with. The code's other letters kept around them, the one
    // letter wide and the two in its place narrow: "BTTP" is not "BTC" (the C is no two strokes, kq-045), and a letter
    // added beside the code's ("TBLĐTBXH", jp-010) is another code, not a misreading.
    private static readonly SearchValues<char> WideLetters = SearchValues.Create("VWMN");
    private static readonly SearchValues<char> NarrowStrokes = SearchValues.Create("ITYLJl1|");

    internal static bool OneLetterReadAsTwo(string code, string written)
    {
        if (written.Length != code.Length + 1 || code.Length < 3) return false;
        var head = 0;
        while (head < code.Length && char.ToUpperInvariant(code[head]) == char.ToUpperInvariant(written[head])) head++;
        var tail = 0;
        while (tail < code.Length - head && char.ToUpperInvariant(code[^(tail + 1)]) == char.ToUpperInvariant(written[^(tail + 1)])) tail++;
        return head + tail == code.Length - 1 && WideLetters.Contains(char.ToUpperInvariant(code[head]))
            && NarrowStrokes.Contains(written[head]) && NarrowStrokes.Contains(written[head + 1]);
    }

    // The same length, one letter put for another.
    private static bool OneLetterMisread(string code, string written)
    {
        if (code.Length != written.Length) return false;
        var differ = 0;
        for (var i = 0; i < code.Length && differ < 2; i++)
            if (char.ToUpperInvariant(code[i]) != char.ToUpperInvariant(written[i])) differ++;
        return differ == 1;
    }
}
