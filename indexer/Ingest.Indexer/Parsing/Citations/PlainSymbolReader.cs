namespace Ingest.Indexer.Parsing.Citations;

/// <summary>
/// Reads a symbol of a plain shape ("123/KH-UBND", "91/2017/NĐ-CP", "15/KH-UBND ngày", "34-CT/TW"), nearly every symbol
/// of a text, as the symbol pattern (<see cref="SymbolParser.SymbolAt"/>) reads it, group by group, without running the
/// pattern. Why: a Match of that pattern makes its ~17 groups and their captures for every symbol read, the largest
/// allocation of the parse after the text views (SymbolInterpreter 141 MB of a 10,000-plan ingest; on /tmp/gen100 about
/// 14% of all bytes allocated: Group, Group[], Match and their int arrays).
/// The reader walks the symbol once and takes at every choice the branch the pattern tries first (the pattern's
/// alternatives in order, its quantifiers greedy); it answers only where that first path runs straight to the pattern's
/// end, which is then the pattern's own match, since the engine takes the first path that succeeds. Anywhere the
/// pattern could turn back (a dot or a hyphen and digit in the serial, spaces at the slash, a '&amp;' in a code, a code
/// longer than sixteen, a letter after the serial, a lookbehind to check) it answers null and the pattern is run.
/// SymbolReaderTests compares the two at every number of every corpus text. Pure and thread-safe.
/// </summary>
internal static class PlainSymbolReader
{
    // The codes and separators of the symbol being read, gathered in buffers reused from symbol to symbol and copied out
    // at their count: a symbol's codes run on over the words after it ("15/KH-UBND về việc ban hành …", as the pattern's
    // codes after a space do), and a list grown for each symbol was half of what reading one allocated.
    [ThreadStatic] private static List<SymbolPart>? t_codes;
    [ThreadStatic] private static List<SymbolPart>? t_separators;

    private static List<SymbolPart> Cleared(ref List<SymbolPart>? buffer)
    {
        buffer ??= new List<SymbolPart>(16);
        buffer.Clear();
        return buffer;
    }

    /// <summary>The pattern's match at <paramref name="i"/> where the reader is certain of it; null where it is not.</summary>
    internal static SymbolMatch? Read(string f, int i)
    {
        // (?<![\d/.]) is left to the pattern; callers try numbers that stand apart.
        if (i > 0 && (char.IsDigit(f[i - 1]) || f[i - 1] is '/' or '.')) return null;
        var e = i;
        while (e < f.Length && char.IsAsciiDigit(f[e])) e++;
        // The serial's last branch, \d{1,6}[a-z]?, takes the whole run of one to six digits where '/' or '-' follows it:
        // the branches before it need a dot after the digits (1.234, 66.7), a digit after a hyphen (25-2303) or eight
        // digits (20251022).
        if (e == i || e - i > 6) return null;
        if (At(f, e) == '.') return PartOfSeries(f, i, e);
        return At(f, e) switch
        {
            '/' => State(f, i, e),
            '-' => Party(f, i, e, spaced: false),
            ' ' => Party(f, i, e, spaced: true),
            _ => null,
        };
    }

    // "66.7/2025/NQ-CP", a numbered part of a series: the serial's first branch, \d{1,3}\.\d{1,2} before "/year/"
    // (read here without spaces), then the state branch as after any serial.
    private static SymbolMatch? PartOfSeries(string f, int i, int dot)
    {
        var part = dot + 1;
        while (part < f.Length && char.IsAsciiDigit(f[part])) part++;
        if (dot - i > 3 || part - dot - 1 is not (1 or 2) || At(f, part) != '/' || !YearAt(f, part + 1) || At(f, part + 5) != '/') return null;
        return State(f, i, part);
    }

    // number/year/TYPE-ISSUER, number/TYPE-ISSUER: the Party branch, tried first, fails at the slash (its separator is a
    // hyphen, a space, or nothing before a letter), so the state branch reads it.
    private static SymbolMatch? State(string f, int i, int slash)
    {
        var year = SymbolPart.None;
        var at = slash + 1;
        // (?:\x20?//?\x20?|_)(?<year>(?:19|20)\d{2})(?:/\k<year>)? then \x20?/\x20?: "91/2017/NĐ-CP"; a code's letter
        // right after the year's slash, so the year is not typed twice.
        if (YearAt(f, at) && At(f, at + 4) == '/')
        {
            year = new SymbolPart(f, at, 4);
            at += 5;
        }
        if (!IsCodeLetter(At(f, at))) return null;
        var codes = Cleared(ref t_codes);
        var separators = Cleared(ref t_separators);
        var end = CodeEnd(f, at);
        if (end < 0) return null;
        codes.Add(new SymbolPart(f, at, end - at));
        while (true)
        {
            var (codeStart, codeEnd) = NextStateCode(f, end);
            if (codeStart < 0) break;
            if (codeEnd < 0) return null;
            separators.Add(new SymbolPart(f, end, codeStart - end));
            codes.Add(new SymbolPart(f, codeStart, codeEnd - codeStart));
            end = codeEnd;
        }
        return new SymbolMatch { Index = i, Length = end - i, Num = new SymbolPart(f, i, slash - i), Year = year, Code = codes.ToArray(), Sep = separators.ToArray() };
    }

    // One more (?<sep>…)(?<code>…) of the state branch after the code that ends at q: where its code starts and ends,
    // the separator's alternatives tried in the pattern's order (\x20?-\x20?, (?:[.:]|-\]?)\x20-, \., \x20?/, \x20, _).
    // (-1, -1) where none reads a code, which ends the symbol; (start, -1) where the code is one the reader leaves to
    // the pattern.
    private static (int Start, int End) NextStateCode(string f, int q)
    {
        var s = At(f, q) == ' ' ? q + 1 : q;
        if (At(f, s) == '-')
        {
            s = At(f, s + 1) == ' ' ? s + 2 : s + 1;
            if (IsCodeLetter(At(f, s))) return (s, CodeEnd(f, s));
        }
        s = At(f, q) switch { '.' or ':' => q + 1, '-' => At(f, q + 1) == ']' ? q + 2 : q + 1, _ => -1 };
        if (s >= 0 && At(f, s) == ' ' && At(f, s + 1) == '-' && IsCodeLetter(At(f, s + 2))) return (s + 2, CodeEnd(f, s + 2));
        if (At(f, q) == '.')
        {
            if (IsCodeLetter(At(f, q + 1))) return (q + 1, CodeEnd(f, q + 1));
            // (?<=[a-z]\.)\d{1,3}(?=-[a-z]): "CCTKV.05-TTKT3".
            if (char.IsAsciiLetterLower(At(f, q - 1)) && DigitCodeEnd(f, q + 1) is var digits and >= 0) return (q + 1, digits);
        }
        s = At(f, q) == ' ' ? q + 1 : q;
        if (At(f, s) == '/' && IsCodeLetter(At(f, s + 1))) return (s + 1, CodeEnd(f, s + 1));
        if (At(f, q) is ' ' or '_' && IsCodeLetter(At(f, q + 1))) return (q + 1, CodeEnd(f, q + 1));
        return (-1, -1);
    }

    // number-TYPE/BODY (Hướng dẫn 36-HD/VPTW): "34-CT/TW"; "105 KH/TĐ" (spaced: the hyphen lost, <psp>); "57-NQ TW" (the
    // slash lost before a committee's code, <pslsp>). A hyphen with a letter after it, or a space with neither hyphen nor
    // slash after it, then the type code of up to six letters and digits, then a slash and a letter or a space and a
    // committee's code: the Party branch's alternatives in order (\x20?-\x20?, then the space), and its slash or space.
    // Running text has many numbers of this shape that are no symbol ("6 tháng đầu năm": 6-THANG/DAU), which the
    // interpreter refuses.
    private static SymbolMatch? Party(string f, int i, int hyphen, bool spaced)
    {
        var at = hyphen + 1;
        if (!IsCodeLetter(At(f, at))) return null;
        var typeEnd = at + 1;
        while (typeEnd < f.Length && (char.IsAsciiLetterLower(f[typeEnd]) || char.IsAsciiDigit(f[typeEnd]))) typeEnd++;
        if (typeEnd - at > 6) return null;
        var slashLost = false;
        if (At(f, typeEnd) == ' ' && At(f, typeEnd + 1) != '/' && CommitteeCodeAt(f, typeEnd + 1)) slashLost = true;
        else if (At(f, typeEnd) != '/' || !IsCodeLetter(At(f, typeEnd + 1))) return null;
        var codes = Cleared(ref t_codes);
        var separators = Cleared(ref t_separators);
        var end = CodeEnd(f, typeEnd + 1);
        if (end < 0) return null;
        codes.Add(new SymbolPart(f, typeEnd + 1, end - typeEnd - 1));
        while (true)
        {
            // (?<psep>\x20?-\x20?|\.)(?<pcode>…)
            var s = At(f, end) == ' ' ? end + 1 : end;
            var start = -1;
            if (At(f, s) == '-' && IsCodeLetter(At(f, At(f, s + 1) == ' ' ? s + 2 : s + 1))) start = At(f, s + 1) == ' ' ? s + 2 : s + 1;
            else if (At(f, end) == '.' && IsCodeLetter(At(f, end + 1))) start = end + 1;
            if (start < 0) break;
            var codeEnd = CodeEnd(f, start);
            if (codeEnd < 0) return null;
            separators.Add(new SymbolPart(f, end, start - end));
            codes.Add(new SymbolPart(f, start, codeEnd - start));
            end = codeEnd;
        }
        return new SymbolMatch
        {
            Index = i, Length = end - i, Num = new SymbolPart(f, i, hyphen - i), Ptype = new SymbolPart(f, at, typeEnd - at),
            Psp = spaced, Pslsp = slashLost, Pcode = codes.ToArray(), Psep = separators.ToArray(),
        };
    }

    // (?=[a-z]{0,6}[uw](?![a-z0-9&/-])): a run of one to seven letters at k ending in u or w ("TU", "HU", "TW"), neither a
    // digit, '&', '/' nor '-' after it (the u or w must end the run: a letter after it is one the class refuses).
    private static bool CommitteeCodeAt(string f, int k)
    {
        var end = k;
        while (end < f.Length && char.IsAsciiLetterLower(f[end])) end++;
        return end - k is >= 1 and <= 7 && f[end - 1] is 'u' or 'w' && !(char.IsAsciiDigit(At(f, end)) || At(f, end) is '&' or '/' or '-');
    }

    // [a-z][a-z0-9&]{0,15} from its letter at `at`: where the run of letters and digits ends, or -1 where the run is
    // longer than sixteen or holds a '&' (there the pattern may give letters back, or read on past a space after the '&').
    // A run that ends so is followed by no letter or digit, which (?![a-z0-9]) at the symbol's end asks.
    private static int CodeEnd(string f, int at)
    {
        var end = at + 1;
        while (end < f.Length && (char.IsAsciiLetterLower(f[end]) || char.IsAsciiDigit(f[end]) || f[end] == '&')) end++;
        return end - at > 16 || f.AsSpan(at, end - at).Contains('&') ? -1 : end;
    }

    // \d{1,3}(?=-[a-z]): one to three digits, a hyphen and a letter; -1 where they are not (the greedy \d{1,3} gives
    // digits back only to find a hyphen among digits, where none is).
    private static int DigitCodeEnd(string f, int at)
    {
        var end = at;
        while (end < f.Length && char.IsDigit(f[end])) end++;
        return end - at is >= 1 and <= 3 && At(f, end) == '-' && IsCodeLetter(At(f, end + 1)) ? end : -1;
    }

    // (?:19|20)\d{2}
    private static bool YearAt(string f, int at) =>
        at + 4 <= f.Length && (f[at] == '1' && f[at + 1] == '9' || f[at] == '2' && f[at + 1] == '0') && char.IsDigit(f[at + 2]) && char.IsDigit(f[at + 3]);

    private static bool IsCodeLetter(char c) => char.IsAsciiLetterLower(c);

    // The character at k, or '\0' before the start or past the end (no pattern's class holds it).
    private static char At(string f, int k) => k >= 0 && k < f.Length ? f[k] : '\0';
}
