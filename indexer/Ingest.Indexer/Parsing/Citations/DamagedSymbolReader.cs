using System.Text;
using Ingest.Indexer.Parsing.Tables;
using Ingest.Indexer.Text;
using static Ingest.Indexer.Parsing.Citations.SymbolCodeShapes;

namespace Ingest.Indexer.Parsing.Citations;

/// <summary>
/// Reads a cited symbol that a scan, a PDF or a typist damaged in a way the grammar alone does not take, where a type
/// word or "số" introduced it: a serial cut by a space ("37 7⁄QĐ-BGDĐT") or opening with I for 1 ("I189/SNV-…"), a
/// year cut or given a stray digit ("63/201 0NĐ-CP", "01/20186/TT-VPCP"), a slash typed twice ("5959//QĐ-BVT"), a
/// type code opening with a digit drawn for a letter ("2034/0Đ-BGDĐT"), a space after a joint type's slash
/// ("17/2006/TTLT/ BLĐTBXH-…"), a last code running into a letter the scan invented ("06/TTr-SGŒTYT"). Most repairs
/// make one edit that keeps every offset and read the symbol again. Pure and thread-safe.
/// </summary>
internal sealed class DamagedSymbolReader
{
    private readonly DomainTables _tables;
    private readonly SymbolInterpreter _interpreter;
    private readonly SymbolLayout _layout;

    public DamagedSymbolReader(DomainTables tables, SymbolInterpreter interpreter, SymbolLayout layout) =>
        (_tables, _interpreter, _layout) = (tables, interpreter, layout);

    // "Thông tư số 17/2006/TTLT/ BLĐTBXH-BTC-BYT" (kf-002): a space typed after the slash that follows a joint document's
    // type code. A joint type code is never a symbol's last code (its issuers follow it), so the codes after the space are
    // the symbol's; the slash and the space trade places, which keeps every offset, and the symbol is read with the space
    // before its slash ("103/QĐ /BVHTTDL").
    internal (DocumentSymbol Symbol, int End)? SpacedAfterJointType(TextView view, int index, SymbolMatch m)
    {
        var f = view.Folded;
        var end = m.End;
        if (end + 2 >= f.Length || f[end] != '/' || f[end + 1] != ' ' || !char.IsAsciiLetter(f[end + 2])) return null;
        var codes = m.Code;
        if (codes.Count != 1 || !_layout.IsJointTypeCode(Slice(view.Normalized, codes[0]))) return null;
        var edit = new OcrEdit(end, Swap: true);
        if (MatchEdited(view, index, edit) is not { } hit || InterpretEdited(view, hit, edit) is not { } read
            || read.Symbol.IssuerCodes.Count == 0) return null;
        return (read.Symbol with { Repaired = true }, read.End);
    }

    /// <summary>
    /// Parses a cited symbol whose last code runs into a letter a scan invented ("Tờ trình số 06/TTr-\nSGŒTYT",
    /// jh-ubnd-bac-lieu-qd-2025-210-ocr), starting at <paramref name="index"/> where a type word introduced it: the symbol
    /// up to that code, the code's letters as written with the invented ones dropped ("SGTYT"), and where the code ends;
    /// or null. What the code was is not certain from it alone: the caller confirms it by the body the text names.
    /// </summary>
    public (DocumentSymbol Symbol, string Letters, int End)? ParseCutByUnreadLetterAt(TextView view, int index)
    {
        if (!SymbolParser.MayMatchAt(view.Folded, index) || !UnreadLetterAfter(view.Folded, index)) return null;
        var m = SymbolMatch.At(view.Folded, index);
        if (m is null || !SymbolParser.CutByUnreadLetter(view.Folded, m.End) || m.Ptype.Success) return null;
        if (_interpreter.Interpret(view.Normalized, m, introduced: true) is not { Symbol: { TypeCode: not null, IssuerCodes.Count: 1 } cut } read
            || read.End != m.End) return null;
        var n = view.Normalized;
        var end = read.End;
        while (end < n.Length && char.IsLetter(n[end])) end++;
        var letters = new StringBuilder(cut.IssuerCodes[0]);
        // A code's letters are capitals without marks and Đ; any other letter ("Œ") is one the scan made up, and a
        // lower-case letter makes a word of it, not a code.
        for (var i = read.End; i < end; i++)
            if (char.IsAsciiLetterUpper(n[i]) || n[i] is 'Đ' or 'Ð') letters.Append(n[i] == 'Ð' ? 'Đ' : n[i]);
            else if (char.IsAsciiLetterLower(n[i])) return null;
        return (cut, letters.ToString(), end);
    }

    // Whether a letter beyond ASCII stands after index: the symbol pattern matches none, so a match cut by one ends at the
    // first. Asked first, by a vectorized search, as most texts have none: the type word's number was just read whole or
    // refused by the same pattern at the same place (issue 12, parser speed).
    private static bool UnreadLetterAfter(string f, int index)
    {
        for (var k = index; k < f.Length; k++)
        {
            var step = f.AsSpan(k).IndexOfAnyExceptInRange('\0', '\u007F');
            if (step < 0) return false;
            k += step;
            if (char.IsLetter(f[k])) return true;
        }
        return false;
    }

    /// <summary>
    /// Parses a cited symbol whose serial the OCR cut with a space ("Quyết định số 37 7⁄QĐ-BGDĐT ngày 13/02/2025",
    /// jh-ubnd-hai-phong-qd-2025-430-ocr), starting at <paramref name="index"/> where a type word introduced it; or null.
    /// </summary>
    // One number follows a type word, and two would be written with a comma or "và" between them; the symbol's codes
    // glued to the second part make it one. Only for a citation's typed number: the header's "Số: 3 39/C04-P6"
    // (iq-c04-cv-3980-2025-ocr) is filled in by hand, and a gap there may be a digit the scan lost.
    public (DocumentSymbol Symbol, int End)? ParseSplitAt(TextView view, int index)
    {
        if (!SymbolParser.MayStartSymbol(view.Folded, index)) return null;
        var f = view.Folded;
        var gap = index;
        while (gap < f.Length && char.IsAsciiDigit(f[gap])) gap++;
        if (gap - index > 3 || gap + 1 >= f.Length || f[gap] != ' ' || !SymbolParser.MayStartSymbol(f, gap + 1)) return null;
        var m = SymbolMatch.At(f, gap + 1);
        if (m is null) return SplitSlashLost(view, index, gap);
        if (m.Num.Value is var rest && (rest.Contains('.') || rest.Contains('-') || rest.Length + gap - index > 5)) return null;
        if (_interpreter.Interpret(view.Normalized, m, introduced: true) is not { } read || read.Symbol.TypeCode is null && read.Symbol.IssuerCodes.Count == 0) return null;
        var head = f[index..gap];
        return (read.Symbol with { Number = head + read.Symbol.Number, Serial = head + read.Symbol.Serial, Repaired = true }, read.End);
    }

    // "Căn cứ Quyết định số 37 7QÐ-BGDĐT ngày 13/02/2025" (lq-ubnd-hai-phong-qd-2025-430-ocr, where another scan of the same
    // page prints "37 7⁄QĐ-BGDĐT"): the serial cut by a space and its slash lost, the last digit glued to the type code. The
    // digits after the space move up into the gap and the slash is put after them ("377/QĐ-BGDĐT"), which keeps the symbol's
    // end; taken only where the code so read is a type's and an issuer's code follows it.
    private (DocumentSymbol Symbol, int End)? SplitSlashLost(TextView view, int index, int gap)
    {
        var f = view.Folded;
        var digits = gap + 1;
        while (digits < f.Length && char.IsAsciiDigit(f[digits])) digits++;
        if (digits == gap + 1 || digits - index > 6 || digits >= f.Length || !char.IsAsciiLetter(f[digits])) return null;
        var edit = new OcrEdit(gap, Swap: false, Slide: digits - gap - 1);
        if (MatchEdited(view, index, edit) is not { } hit || InterpretEdited(view, hit, edit) is not { Symbol.TypeCode: { } code } read
            || read.Symbol.IssuerCodes.Count == 0 || _tables.TypeByCode(code, read.Symbol.Party) is null) return null;
        return (read.Symbol with { Repaired = true }, read.End);
    }

    /// <summary>
    /// Parses a cited symbol whose year the OCR cut with a space before its last digit ("Nghị định số 63/201 0NĐ-CP",
    /// "Thông tư số 02/201 7/TT-VPCP", js-ubnd-tien-giang-qd-2025-ocr), starting at <paramref name="index"/> where a type
    /// word introduced it; or null.
    /// </summary>
    // A serial's slash is followed by a year or a code, never by three digits: "201 7" is a year with its last digit cut
    // off. The space and that digit trade places ("2017 /TT-VPCP", "2010 NĐ-CP"), which keeps every offset, and the
    // symbol is read as written with a space after its year.
    public (DocumentSymbol Symbol, int End)? ParseSpacedYearAt(TextView view, int index)
    {
        var f = view.Folded;
        var slash = SerialEnd(f, index);
        var space = slash + 4;
        if (slash == index || space + 2 >= f.Length || f[slash] != '/' || f[space] != ' ' || !char.IsAsciiDigit(f[space + 1])
            || f.AsSpan(slash + 1, 2) is not ("19" or "20") || !char.IsAsciiDigit(f[slash + 3])) return null;
        var edit = new OcrEdit(space, Swap: true);
        if (MatchEdited(view, index, edit) is not { } hit || !hit.Match.Year.Success) return null;
        return InterpretEdited(view, hit, edit) is { } read ? (read.Symbol with { Repaired = true }, read.End) : null;
    }

    /// <summary>
    /// Parses a cited symbol whose year the OCR wrote with a stray digit after it ("Thông tư sô 01/20186/TT- VPCP ngày
    /// 23/1 1⁄2018", lg-ubnd-quang-ngai-qd-2025-tthc-kham-chua-benh-ocr, the scan printing 01/2018/TT-VPCP), starting at
    /// <paramref name="index"/> where a type word introduced it; or null.
    /// </summary>
    // Five digits between a serial's slashes are no year and no code; the first four are the year only where the date
    // written right after the symbol is of that year (the Law on legal documents numbers a document with the year it is
    // issued in). "45/25010/NĐ-CP ngày 21/4/2010" (io-025) has no year in its first four and stays unread. The stray digit
    // is read as a space ("2018 /TT- VPCP"), which keeps every offset.
    public (DocumentSymbol Symbol, int End)? ParseStrayYearDigitAt(TextView view, int index)
    {
        var f = view.Folded;
        var slash = SerialEnd(f, index);
        var stray = slash + 5;
        if (slash == index || stray + 1 >= f.Length || f[slash] != '/' || f.AsSpan(slash + 1, 2) is not ("19" or "20")
            || f.AsSpan(slash + 3, 3).ContainsAnyExceptInRange('0', '9') || f[stray + 1] != '/') return null;
        var edit = new OcrEdit(stray, Swap: false);
        if (MatchEdited(view, index, edit) is not { } hit || !hit.Match.Year.Success
            || InterpretEdited(view, hit, edit) is not { Symbol: { Year: not null, TypeCode: not null } } read
            || !DatedInYear(f, read.End, f.AsSpan(slash + 1, 4))) return null;
        return (read.Symbol with { Repaired = true }, read.End);
    }

    // " ngày …" right after the symbol, its first dozen and a half characters holding the year as a number of its own.
    private static bool DatedInYear(string f, int end, ReadOnlySpan<char> year)
    {
        const string Ngay = " ngay ";
        if (!f.AsSpan(end).StartsWith(Ngay, StringComparison.Ordinal)) return false;
        var date = f.AsSpan(end + Ngay.Length, Math.Min(18, f.Length - end - Ngay.Length));
        for (var at = date.IndexOf(year); at >= 0; at = date[(at + 1)..].IndexOf(year) is var next and >= 0 ? at + 1 + next : -1)
            if ((at == 0 || !char.IsAsciiDigit(date[at - 1])) && (at + 4 == date.Length || !char.IsAsciiDigit(date[at + 4]))) return true;
        return false;
    }

    /// <summary>
    /// Parses a cited symbol whose slash was typed twice ("Quyết định số 5959//QĐ-BVT ngày 21/9/2021",
    /// kd-bvdk-bac-ninh-cv-2021-6191-ocr), starting at <paramref name="index"/> where a type word introduced it; or null.
    /// </summary>
    // The second slash is read as the space a symbol may carry after its slash ("5959/ QĐ-BVT"), which keeps every offset.
    // Only for a citation's typed number, with a type or issuer code after it: the header's "Số: 406//BVPS"
    // (ip-bv-phu-san-can-tho-cv-1067-2023-ocr) is a handwritten number the scan turned into slashes.
    public (DocumentSymbol Symbol, int End)? ParseDoubledSlashAt(TextView view, int index)
    {
        var f = view.Folded;
        var slash = SerialEnd(f, index);
        if (slash == index || slash + 2 >= f.Length || f[slash] != '/' || f[slash + 1] != '/' || !char.IsAsciiLetter(f[slash + 2])) return null;
        var edit = new OcrEdit(slash + 1, Swap: false);
        if (MatchEdited(view, index, edit) is not { } hit || InterpretEdited(view, hit, edit) is not { } read
            || read.Symbol.TypeCode is null && read.Symbol.IssuerCodes.Count == 0) return null;
        return (read.Symbol with { Repaired = true }, read.End);
    }

    /// <summary>
    /// Parses a cited symbol whose type code begins with a digit the OCR drew for a letter ("Quyết định số
    /// 370/0ĐÐ-BCA-C06", lw-ubnd-tay-ninh-qd-2025-358-ocr; "Quyết định số 2034/0Đ-BGDĐT", ll-dh-cong-thuong-hcm-kh-khao-sat-2026-ocr),
    /// starting at <paramref name="index"/> where a type word introduced it; or null.
    /// </summary>
    // A code never begins with a digit, so the digit is a letter misread; which one, the type codes decide: the reading
    // is taken only when exactly one of the letters the digit is drawn like (DigitLookAlikes) makes a known type code.
    public (DocumentSymbol Symbol, int End)? ParseDigitForLetterAt(TextView view, int index)
    {
        var f = view.Folded;
        var slash = SerialEnd(f, index);
        if (slash == index) return null;
        // "2034/0Đ-…" or, with a year before the code, "12/2025/0Đ-…".
        if (slash + 5 < f.Length && f[slash] == '/' && f.AsSpan(slash + 1, 2) is "19" or "20"
            && char.IsAsciiDigit(f[slash + 3]) && char.IsAsciiDigit(f[slash + 4]) && f[slash + 5] == '/') slash += 5;
        var at = slash + 1;
        if (at + 1 >= f.Length || f[slash] != '/' || !char.IsAsciiLetterUpper(view.Normalized[at + 1]) && view.Normalized[at + 1] != 'Đ'
            || !DigitLookAlikes.TryGetValue(f[at], out var letters)) return null;
        (DocumentSymbol Symbol, int End)? taken = null;
        foreach (var letter in letters)
        {
            var edit = new OcrEdit(at, Swap: false, Put: letter);
            if (MatchEdited(view, index, edit) is not { } hit || InterpretEdited(view, hit, edit) is not { Symbol.TypeCode: { } code } read
                || !code.StartsWith(letter) || _tables.TypeByCode(code, read.Symbol.Party) is null) continue;
            if (taken is not null) return null;
            taken = (read.Symbol with { Repaired = true }, read.End);
        }
        return taken;
    }

    /// <summary>
    /// Parses a cited symbol whose type code lost its last letter to a mark the OCR put in its place ("Tờ trình số
    /// 28/TT?-CAT", lw-ubnd-tay-ninh-qd-2025-358-ocr), starting at <paramref name="index"/> where the type word
    /// <paramref name="typeCodes"/> belong to introduced it; or null.
    /// </summary>
    // The letters before the mark and the letter the type's own code ends with make that code ("TT" and the "r" of TTr), and a
    // hyphen follows the mark: the mark is that letter misread. The letter is put back, which keeps every offset, and the
    // symbol is read again. "Tờ trình số 63/TT r-UBND" (ld-chinh-phu-nq-2026-vuon-quoc-gia-ba-vi-ocr), its letter kept
    // behind a space, is left as read: the same text prints the Tờ trình of that day as 83/TTr-UBND, and which digit the
    // scan misread is not certain.
    public (DocumentSymbol Symbol, int End)? ParseMarkInTypeCodeAt(TextView view, int index, IReadOnlyList<string> typeCodes)
    {
        var f = view.Folded;
        var slash = SerialEnd(f, index);
        if (slash == index || slash + 4 >= f.Length || f[slash] != '/') return null;
        var at = slash + 1;
        while (at < f.Length && char.IsAsciiLetterLower(f[at])) at++;
        var letters = at - slash - 1;
        if (letters == 0 || at + 2 >= f.Length || f[at + 1] != '-' || char.IsLetterOrDigit(f[at]) || f[at] is ' ' or '-' or '/') return null;
        foreach (var code in typeCodes)
        {
            if (code.Length != letters + 1 || !view.Normalized.AsSpan(slash + 1, letters).SequenceEqual(code.AsSpan(0, letters))) continue;
            var edit = new OcrEdit(at, Swap: false, Put: code[^1]);
            if (MatchEdited(view, index, edit) is not { } hit || InterpretEdited(view, hit, edit) is not { Symbol.TypeCode: { } read } symbol
                || read != code || symbol.Symbol.IssuerCodes.Count == 0) continue;
            return (symbol.Symbol with { Repaired = true }, symbol.End);
        }
        return null;
    }

    // The capitals a digit is drawn like in a scanned code: 0 for Q, O and D (the tail of Q and the straight of D lost).
    private static readonly Dictionary<char, string> DigitLookAlikes = new() { ['0'] = "QOD" };

    // One repair of an OCR slip that keeps every offset: the character at At read as a space, or (Swap) the character at
    // At and the one after it trading places, or (Put) the character at At read as that capital letter (lower case in the
    // folded view, whose letters after it are lower case), or (Slide) the characters after At moved up into it and a slash
    // put after them.
    private readonly record struct OcrEdit(int At, bool Swap, char Put = '\0', int Slide = 0)
    {
        // s[start, start + length) with the repair made.
        public string Apply(string s, int start, int length) =>
            string.Create(length, (s, start, edit: this), static (span, a) =>
            {
                a.s.AsSpan(a.start, span.Length).CopyTo(span);
                var at = a.edit.At - a.start;
                if (a.edit.Slide > 0)
                {
                    // The Slide characters after At move up one place and a slash takes the place they leave.
                    a.s.AsSpan(a.edit.At + 1, a.edit.Slide).CopyTo(span[at..]);
                    span[at + a.edit.Slide] = '/';
                }
                else if (a.edit.Swap) (span[at], span[at + 1]) = (span[at + 1], span[at]);
                else if (a.edit.Put != '\0') span[at] = at + 1 < span.Length && char.IsLower(span[at + 1]) ? char.ToLowerInvariant(a.edit.Put) : a.edit.Put;
                else span[at] = ' ';
            });
    }

    // The symbol pattern at index of the folded text with the repair made. Only a window is copied (a character before
    // the symbol, which Interpret looks at, and far more after it than any symbol is long); a match reaching the
    // window's end is read again on the whole text.
    private const int RepairWindow = 256;

    private static (SymbolMatch Match, int Start, int Length)? MatchEdited(TextView view, int index, OcrEdit edit)
    {
        var f = view.Folded;
        var start = Math.Max(0, index - 1);
        var length = Math.Min(f.Length - start, RepairWindow);
        var m = SymbolMatch.At(edit.Apply(f, start, length), index - start);
        if (m is not null && m.End == length && start + length < f.Length)
        {
            (start, length) = (0, f.Length);
            m = SymbolMatch.At(edit.Apply(f, start, length), index);
        }
        return m is not null ? (m, start, length) : null;
    }

    // The match read on the normalized text with the same repair, its end an offset of the whole text.
    private (DocumentSymbol Symbol, int End)? InterpretEdited(TextView view, (SymbolMatch Match, int Start, int Length) hit, OcrEdit edit) =>
        _interpreter.Interpret(edit.Apply(view.Normalized, hit.Start, hit.Length), hit.Match, introduced: true) is { } read
            ? (read.Symbol, read.End + hit.Start) : null;

    // "Công văn số I189/SNV-LĐVL&TN" (iu-hoi-nong-dan-lam-dong-cv-52-2025-ocr): OCR reads the serial's first 1 as I or l, as it
    // does in the legislature's term ("QHI5"). Only where a type word or "số" introduced the number, and only with a
    // symbol's codes after it: a serial never starts with a letter.
    internal (DocumentSymbol Symbol, int End)? StrokeForOne(TextView view, int index)
    {
        if (index > 0 && char.IsLetterOrDigit(view.Normalized[index - 1]) || !SymbolParser.MayStartSymbol(view.Folded, index + 1)) return null;
        var m = SymbolMatch.At(view.Folded, index + 1);
        if (m is null || m.Num.ValueSpan.Contains('.') || _interpreter.Interpret(view.Normalized, m, introduced: true) is not { } read) return null;
        var symbol = read.Symbol;
        if (symbol.TypeCode is null && symbol.IssuerCodes.Count == 0) return null;
        return (symbol with { Number = "1" + symbol.Number, Serial = "1" + symbol.Serial, Repaired = true }, read.End);
    }

    // Where the serial's digits (six at most) that start at index end: the repairs look for the damage right after them.
    private static int SerialEnd(string f, int index)
    {
        var slash = index;
        while (slash < f.Length && slash - index < 6 && char.IsAsciiDigit(f[slash])) slash++;
        return slash;
    }
}
