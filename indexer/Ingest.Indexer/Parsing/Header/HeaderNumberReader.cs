using System.Text.RegularExpressions;
using Ingest.Indexer.Model;
using Ingest.Indexer.Parsing.Citations;
using Ingest.Indexer.Text;

namespace Ingest.Indexer.Parsing.Header;

/// <summary>
/// Reads a document's own number from its header: the "Số:" line of Nghị định 30/2020/NĐ-CP (state) or the
/// "Số 45-KH/HU" line of Hướng dẫn 36-HD/VPTW (Party). A "số" after a type word ("Quyết định số: 59/QĐ-UBND")
/// cites another document; a blank number line ("Số:      /KH-UBND") means the document has none, whatever
/// number the body writes later. Pure and thread-safe.
/// </summary>
internal sealed partial class HeaderNumberReader
{
    private readonly SymbolParser _symbols;
    private readonly string[] _typeWords;

    public HeaderNumberReader(SymbolParser symbols, IEnumerable<string> foldedTypeWords)
    {
        _symbols = symbols;
        _typeWords = foldedTypeWords.Append("van ban").Append("kem theo").ToArray();
    }

    // "Số: 15", "Số 45-KH/HU", "***Số: 367": the label, whatever debris stands before it. "Số: | 3970/QĐ-UBND": the label
    // and its serial on two lines of the number's cell (co-ubnd-dong-nai-qd-2013-3970), which a page flattening the
    // header table joins with a bar as it joins the cells.
    [GeneratedRegex(@"(?:so|s0)\x20?[:.]?(?:\x20?\|)?\x20?(?=\d)", RegexOptions.CultureInvariant)]
    private static partial Regex NumberLabel();

    // "Số:", "Số :" with or without a serial after it.
    [GeneratedRegex(@"(?:^|(?<=[\x20|]))so\x20?:", RegexOptions.CultureInvariant)]
    public static partial Regex BareLabel();

    // Codes the symbol reader left after the number on its line: "01/QCPH" + "/UBND-UBMTTQ" (a joint body's codes).
    [GeneratedRegex(@"\G(?:\x20?[/-]\x20?[A-ZĐ][A-ZĐ0-9&]{1,11})+(?![\p{L}\d])", RegexOptions.CultureInvariant)]
    private static partial Regex MoreCodes();

    // "140 /KH-THCS PL   Phước Long, ngày": a unit's code broken by a space, ending the number's cell.
    [GeneratedRegex(@"\G\x20(?<c>[A-ZĐ]{1,4})(?:\x20{2,}|\t|\x20?\||\r?$)", RegexOptions.CultureInvariant | RegexOptions.Multiline)]
    private static partial Regex SplitCode();

    // A code alone on its line, the end of a number the cell wrapped ("Số: 255 / BC-BCĐPCGD-" … "XMC").
    [GeneratedRegex(@"^[A-ZĐ][A-ZĐ0-9&]{1,11}$", RegexOptions.CultureInvariant)]
    private static partial Regex LoneCode();

    // "Số: 1281/-UBND": the type code between the slash and the dash lost (a font the extraction could not map).
    [GeneratedRegex(@"(?:^|(?<=[\x20|]))so\x20?:\x20?(?<serial>\d{1,6})\x20?/\x20?-\x20?(?<codes>[a-z0-9&]{2,12}(?:-[a-z0-9&]{2,12})*)(?![a-z0-9])", RegexOptions.CultureInvariant)]
    private static partial Regex LostTypeCode();

    // "Số: 01NQ-HĐQLQ": the slash between the serial and the type code lost (OCR, jc-hdql-quy-khuyen-hoc-binh-thuan-nq-01-2025-ocr).
    [GeneratedRegex(@"(?:^|(?<=[\x20|]))[s§]o\x20?:\x20?(?<serial>\d{1,6})(?<type>[a-z]{1,5})\x20?-\x20?(?<codes>[a-z0-9&]{2,12}(?:-[a-z0-9&]{2,12})*)(?![a-z0-9/])", RegexOptions.CultureInvariant)]
    private static partial Regex LostSlash();

    // "Số: 310 HHDN-K4" (kp-hiep-hoi-dn-binh-thuan-tt-2025-310-ocr, the scan's "310 /HHDN-K4"): OCR read the slash as a space;
    // the codes after it are capitals joined by a dash.
    [GeneratedRegex(@"(?:^|(?<=[\x20|]))[s§]o\x20?:\x20?(?<serial>\d{1,6})\x20(?<codes>[a-z][a-z0-9&]{1,11}(?:-[a-z0-9&]{1,12})+)(?![a-z0-9/])", RegexOptions.CultureInvariant)]
    private static partial Regex SpaceForSlash();

    /// <summary>
    /// The own number whose slash OCR read as a space ("Số: 310 HHDN-K4"): the serial, then codes in capitals with a
    /// dash between them, as the layout (number/codes) writes them after the slash; the codes as written.
    /// </summary>
    public (DocumentSymbol, (int, int))? ReadWithSpaceForSlash(TextView view, int limit, int from, List<Diagnostic> diagnostics) =>
        ReadSerialAndCodes(SpaceForSlash(), view, limit, from, diagnostics, "the number's slash, read as a space, was put back");

    // "Số: 3070. /KH-UBND" (kx-ubnd-tx-bim-son-kh-2024-3070-pdf): the serial typed into the template's blank, "Số: ……
    // /KH-UBND", and a dot of the blank left before the slash; the codes after it as the template printed them. A blank
    // ruled with underscores leaves one the same way ("Số:383_ /QĐ-UBND", jj- and lk-ubnd-can-tho-qd-2025-383-ocr).
    [GeneratedRegex(@"(?:^|(?<=[\x20|]))so\x20?:\x20?(?<serial>\d{1,6})[._…]{1,6}\x20?/\x20?(?<codes>[a-z][a-z0-9&]{0,15}(?:-[a-z0-9&]{1,15})*)(?![a-z0-9/])", RegexOptions.CultureInvariant)]
    private static partial Regex FilledBlank();

    /// <summary>The own number typed into its template's blank with the blank's dots left before the slash ("Số: 3070. /KH-UBND").</summary>
    public (DocumentSymbol, (int, int))? ReadFilledBlank(TextView view, int limit, int from, List<Diagnostic> diagnostics) =>
        ReadSerialAndCodes(FilledBlank(), view, limit, from, diagnostics, "the dots left of the number's blank were dropped");

    // The first match of a repair's pattern at or after from: its serial, a slash and its codes in capitals, as written.
    private (DocumentSymbol, (int, int))? ReadSerialAndCodes(Regex pattern, TextView view, int limit, int from, List<Diagnostic> diagnostics, string repair)
    {
        var m = pattern.Match(view.Folded, 0, limit);
        while (m.Success && m.Index < from) m = m.NextMatch();
        if (!m.Success) return null;
        var codes = view.Normalized.Substring(m.Groups["codes"].Index, m.Groups["codes"].Length);
        if (!InvariantCasing.IsUpper(codes) || _symbols.ParseLoose($"{m.Groups["serial"].Value}/{codes}") is not { } symbol) return null;
        diagnostics.Add(new("symbol-repaired", "info", repair, view.ToOriginal(m.Index)));
        return (symbol, (m.Index, m.Index + m.Length));
    }

    /// <summary>
    /// The own number whose slash was lost ("Số: 01NQ-HĐQLQ" under a "NGHỊ QUYẾT" heading): the serial glued to the
    /// heading's own type code, which the layout (number/type-issuer) puts right after the slash; no other code is taken.
    /// </summary>
    public (DocumentSymbol, (int, int))? ReadWithLostSlash(TextView view, int limit, string typeCode, int from, List<Diagnostic> diagnostics)
    {
        // Most headers have no such number: looked for in the window in place first, and read with its groups (a copy of
        // the window) only where it stands (the copy for every header was a fortieth of the samples' allocation).
        if (RegexSpans.FirstIn(LostSlash(), view.Folded.AsSpan(0, limit), from) is null) return null;
        var m = LostSlash().Match(view.Folded[..limit], from);
        if (!m.Success || m.Groups["type"].Value != TextFolding.Fold(typeCode)) return null;
        var codes = view.Normalized.Substring(m.Groups["codes"].Index, m.Groups["codes"].Length);
        if (_symbols.ParseLoose($"{m.Groups["serial"].Value}/{typeCode}-{codes}") is not { } symbol) return null;
        diagnostics.Add(new("symbol-repaired", "info", "the number's lost slash was put back before the heading's type code", view.ToOriginal(m.Index)));
        return (symbol, (m.Index, m.Index + m.Length));
    }

    /// <summary>
    /// The own number whose type code was lost ("Số: 1281/-UBND" under a "QUYẾT ĐỊNH" heading), completed with
    /// the heading's code, which the layout (Nghị định 30/2020/NĐ-CP: number/type-issuer) puts in that slot.
    /// </summary>
    public (DocumentSymbol, (int, int))? ReadWithLostType(TextView view, int limit, string typeCode, List<Diagnostic> diagnostics)
    {
        var m = LostTypeCode().Match(view.Folded, 0, limit);
        if (!m.Success) return null;
        var codes = view.Normalized.Substring(m.Groups["codes"].Index, m.Groups["codes"].Length);
        if (_symbols.ParseLoose($"{m.Groups["serial"].Value}/{typeCode}-{codes}") is not { } symbol) return null;
        diagnostics.Add(new("symbol-repaired", "info", "the number's lost type code was taken from the heading", view.ToOriginal(m.Index)));
        return (symbol, (m.Index, m.Index + m.Length));
    }

    /// <summary>The own number and its normalized span, within the first <paramref name="limit"/> characters.</summary>
    /// <paramref name="from"/>: where the page's own text begins (after an arrival stamp, whose "Số:" is the register's).
    public (DocumentSymbol?, (int, int)?) Read(TextView view, IReadOnlyList<PlanLine> lines, int limit, List<Diagnostic> diagnostics, int from = 0)
    {
        // The window read in place and its labels as positions: a copy of the window and of each label were a hundredth
        // of a parse's allocation (issue 12, parser speed).
        var folded = view.Folded.AsSpan(0, limit);
        var blankAt = BlankLabel(view, folded, from);
        foreach (var m in NumberLabel().EnumerateMatches(folded, from))
        {
            if (m.Index > blankAt) break;
            var label = folded.Slice(m.Index, m.Length);
            // Inside a word ("hồ sơ: 12") only where the capital of "Số:" is glued to the issuer line above ("TRUNG ƯƠNGSố: 367").
            if (m.Index > 0 && char.IsAsciiLetterOrDigit(folded[m.Index - 1])
                && !(label.Contains(':') && view.Normalized[m.Index] == 'S' && char.IsUpper(view.Normalized[m.Index - 1]))) continue;
            var at = m.Index + m.Length;
            // "Số: 15/KH-BDT" anywhere in the header; "Số 45-KH/HU" (Party style, no colon) only opening a line.
            // A flattened row's cell counts as a line ("*     Số 09-HD/HNDT     Cao Lãnh, ngày …", see HeaderCells).
            var midLine = !label.Contains(':') && !label.Contains('.') && !(view.Normalized[m.Index] == 'S' && HeaderCells.OpensCell(view, m.Index));
            if (midLine && !(view.Normalized[m.Index] == 'S' && (AfterUpperRun(view, m.Index) || AfterPlaceDate(view.Folded, m.Index)))) continue;
            var typed = AfterTypeWord(view, m.Index, label.Contains(':'));
            if (typed && !(label.Contains(':') && OwnTypedLabel(view, m.Index))) continue;
            if (_symbols.ParseAt(view, at) is not { } parsed) continue;
            if ((midLine || typed) && !BeforeMotto(view.Folded, parsed.End) && !BeforeHeaderPart(view, parsed.End)) continue;
            if (HandFilledSerial.Misread(parsed.Symbol.Serial) || HandFilledSerial.MarkedBeforeSlash(view.Original, view.ToOriginal(at))
                || HandFilledSerial.SplitBySlash(view.Original, view.ToOriginal(at)))
            {
                diagnostics.Add(new("number-illegible", "warning", "the serial filled in by hand was read with a letter for a digit", view.ToOriginal(at)));
                return (null, null);
            }
            if (parsed.Symbol.Repaired) diagnostics.Add(new("symbol-repaired", "info", "look-alike characters repaired in the number", view.ToOriginal(at)));
            var (symbol, end) = Completed(view, lines, parsed.Symbol, parsed.End);
            return (symbol, (m.Index, end));
        }
        if (blankAt < folded.Length)
            diagnostics.Add(new("number-blank", "warning", "the number line has no serial (an unsigned draft?)", view.ToOriginal(blankAt)));
        return (null, null);
    }

    // Where the header's own label stands with no serial after it ("Số: .../CV-THXL"), or the end.
    private int BlankLabel(TextView view, ReadOnlySpan<char> folded, int from)
    {
        foreach (var m in BareLabel().EnumerateMatches(folded, from))
        {
            if (AfterTypeWord(view, m.Index, colon: true)) continue;
            var at = m.Index + m.Length;
            while (at < folded.Length && folded[at] is ' ' or '.' or '…' or '_' or '|') at++;
            if (at < folded.Length && char.IsAsciiDigit(folded[at])) return folded.Length;
            return m.Index;
        }
        return folded.Length;
    }

    // "ĐẢNG ỦY XÃ LA BẰNG * Số 09 -KH/ĐU ĐẢNG CỘNG SẢN VIỆT NAM La Bằng, ngày …": a Party header flattened onto one
    // line by a document-sharing page. Its "Số" has no colon and no line of its own; it is the header's label only
    // between the upper-case issuer block (or the Party star) and the motto, which a citation in a sentence never is.
    // A rule drawn under the star ("* --------------- Số 06-HD/TW", kp-ban-bi-thu-hd-2025-06-pdf on one line) is passed over.
    private static bool AfterUpperRun(TextView view, int labelAt)
    {
        var n = view.Normalized;
        var p = labelAt - 1;
        while (p >= 0 && n[p] is ' ' or '-' or '_') p--;
        if (p < 0 || view.IsLineStart(labelAt)) return false;
        if (n[p] == '*') return true;
        var letters = 0;
        for (; p >= 0 && n[p] != ' ' && letters < 8; p--)
            if (char.IsLetter(n[p])) { if (!char.IsUpper(n[p])) return false; letters++; }
        return letters >= 2;
    }

    // "* Hà Nội, ngày 29 tháng 9 năm 2025 Số 38 - HD/BTCTW HƯỚNG DẪN …" (kj-ban-to-chuc-tw-hd-2025-38-pdf on one line):
    // Hướng dẫn 36-HD/VPTW sets the number under the star and the place-date beside it on the right, so a header that
    // lost its line breaks may run the place-date's year straight into the label.
    private static bool AfterPlaceDate(string folded, int labelAt)
    {
        var p = labelAt - 1;
        while (p >= 0 && folded[p] is ' ' or '.' or '*') p--;
        var digits = 0;
        for (; p >= 0 && char.IsAsciiDigit(folded[p]); p--) digits++;
        return digits == 4 && p >= 4 && string.CompareOrdinal(folded, p - 4, " nam ", 0, 5) == 0;
    }

    // "* Số 09-HD/HNDT Cao Lãnh, ngày …", "* Số 664 - CV/HNDTW V/v: đề cử …", "năm 2025 Số 38 - HD/BTCTW HƯỚNG DẪN …" (ik-hnd-
    // dong-thap-09-HD-HNDT-2015-123docz, pd-tw-hnd-cv-2014-664, kj-ban-to-chuc-tw-hd-2025-38-pdf on one line): what a Party
    // header sets after its number (Hướng dẫn 36-HD/VPTW) is the place-date, a letter's subject or the type heading in
    // capitals, as the motto is in a flattened row; a citation in a sentence runs on in small letters.
    private bool BeforeHeaderPart(TextView view, int end)
    {
        var f = view.Folded;
        var n = view.Normalized;
        var p = end;
        while (p < f.Length && f[p] is ' ' or '|' or '*' or '.') p++;
        if (p >= f.Length || !char.IsUpper(n[p])) return false;
        if (string.CompareOrdinal(f, p, "v/v", 0, 3) == 0) return true;
        foreach (var word in _typeWords)
            if (string.CompareOrdinal(f, p, word, 0, word.Length) == 0 && p + word.Length < f.Length && f[p + word.Length] == ' ' && HeaderText.IsUpper(n.Substring(p, word.Length))) return true;
        return PlaceBeforeDate(f, n, p);
    }

    // How far a place's name runs before ", ngày" ("Thành phố Hồ Chí Minh, ngày").
    private const int PlaceReach = 40;

    private static bool PlaceBeforeDate(string f, string n, int p)
    {
        var reach = Math.Min(f.Length, p + PlaceReach);
        for (var k = p; k < reach; k++)
        {
            if (f[k] == ',') return string.CompareOrdinal(f, k, ", ngay ", 0, 7) == 0;
            if (!char.IsLetter(f[k]) && f[k] != ' ' || f[k] == ' ' && k + 1 < n.Length && char.IsLower(n[k + 1]) && f[k + 1] != 'n') return false;
        }
        return false;
    }

    private static bool BeforeMotto(string folded, int end)
    {
        var p = end;
        while (p < folded.Length && folded[p] is ' ' or '|' or '*') p++;
        var rest = folded.AsSpan(p);
        return rest.StartsWith("dang cong san viet nam", StringComparison.Ordinal) || rest.StartsWith("cong hoa xa hoi", StringComparison.Ordinal);
    }

    // "QUỐC HỘI Luật số: 43/2024/QH15 CỘNG HÒA …", "… Hạnh phúc --------------- Nghị quyết số: 45/2024/UBTVQH15 Hà Nội, ngày …"
    // (sg-quoc-hoi-luat-2024-43, sg-ubtvqh-nq-2024-45 on one line): a law's or resolution's own label opens its cell of the
    // header, which a text that lost its line breaks runs on from the issuer's capitals or the motto's end. It is the
    // document's own only where a header part follows the number as well (checked by the caller).
    private bool OwnTypedLabel(TextView view, int labelAt)
    {
        if (!RunOnText.Holds(view, labelAt)) return false;
        var f = view.Folded;
        var p = labelAt - 1;
        while (p >= 0 && f[p] == ' ') p--;
        foreach (var word in _typeWords)
        {
            var at = p + 1 - word.Length;
            if (at <= 0 || string.CompareOrdinal(f, at, word, 0, word.Length) != 0 || f[at - 1] != ' ') continue;
            var q = at - 1;
            while (q >= 0 && f[q] is ' ' or '-' or '_' or '*' or '|') q--;
            return q >= 8 && f.AsSpan(q - 8, 9).SequenceEqual("hanh phuc") || UpperWordEndsAt(view.Normalized, q);
        }
        return false;
    }

    private static bool UpperWordEndsAt(string n, int end)
    {
        var letters = 0;
        for (var k = end; k >= 0 && n[k] != ' '; k--)
            if (char.IsLetter(n[k])) { if (!char.IsUpper(n[k])) return false; letters++; }
        return letters >= 2;
    }

    // "kèm theo Quyết định số: 59/QĐ-UBND", "theo kế hoạch số: 06": a number cited, not the document's own.
    // A type word opening the line before "số:" is a law's or resolution's own label ("Luật số: 43/2024/QH15").
    private bool AfterTypeWord(TextView view, int labelAt, bool colon)
    {
        // The line's or, in a header flattened into one line, the cell's ("QUỐC HỘI     Luật số: 45/2013/QH13     CỘNG HÒA …").
        var lineStart = HeaderCells.CellStart(view, labelAt, 60);
        var before = view.Folded[lineStart..labelAt].Trim(' ', '*', '(', '|');
        if (before.Length == 0) return false;
        var word = _typeWords.FirstOrDefault(w => before.EndsWith(w, StringComparison.Ordinal) && (before.Length == w.Length || before[^(w.Length + 1)] == ' '));
        return word is not null && !(colon && before.Length == word.Length && !AfterBodyOpened(view, lineStart));
    }

    // A line opening "Kính gửi" or "Căn cứ" above: the body has begun, and a type word's "số:" there is a citation's
    // ("Quyết định số:153/QĐ-KHBT ngày 29/12/2009", jc-hdql-quy-khuyen-hoc-binh-thuan-don-2025-ocr), not a law's own label.
    private static bool AfterBodyOpened(TextView view, int lineStart)
    {
        var head = view.Folded.AsSpan(0, lineStart);
        foreach (var cue in BodyOpenings)
            for (var at = head.IndexOf(cue, StringComparison.Ordinal); at >= 0; at = NextAt(head, cue, at))
                if (view.IsLineStart(at)) return true;
        return false;
    }

    private static readonly string[] BodyOpenings = ["kinh gui", "can cu "];

    private static int NextAt(ReadOnlySpan<char> head, string cue, int at)
    {
        var next = head[(at + 1)..].IndexOf(cue, StringComparison.Ordinal);
        return next < 0 ? -1 : at + 1 + next;
    }

    // The codes the symbol reader stopped short of, on the number's own line or wrapped to a later line of its cell.
    private static (DocumentSymbol, int) Completed(TextView view, IReadOnlyList<PlanLine> lines, DocumentSymbol symbol, int end)
    {
        var n = view.Normalized;
        var added = new List<string>();
        var suffix = "";
        if (MoreCodes().Match(n, end) is { Success: true } more)
        {
            suffix = more.Value.Replace(" ", "", StringComparison.Ordinal);
            end = more.Index + more.Length;
        }
        else if (SplitCode().Match(view.Original, view.ToOriginal(end)) is { Success: true } split)
        {
            var last = symbol.IssuerCodes.Count > 0 ? symbol.IssuerCodes[^1] : null;
            if (last is null) return (symbol, end);
            return (Rebuilt(symbol, symbol.Number + split.Groups["c"].Value, [.. symbol.IssuerCodes.SkipLast(1), last + split.Groups["c"].Value]), end);
        }
        else if (end < n.Length - 1 && n[end] == '-' && WrappedCode(view, lines, end) is { } wrapped)
            suffix = "-" + wrapped;
        else if (GluedCode(n, end) is { } glued)
            suffix = glued;
        if (suffix.Length == 0) return (symbol, end);
        added.AddRange(suffix.Split(['/', '-'], StringSplitOptions.RemoveEmptyEntries));
        return (Rebuilt(symbol, symbol.Number + suffix, [.. symbol.IssuerCodes, .. added]), end);
    }

    private static string? WrappedCode(TextView view, IReadOnlyList<PlanLine> lines, int end)
    {
        var original = view.ToOriginal(end);
        var line = -1;
        for (var i = 0; i < lines.Count && lines[i].Start <= original; i++) line = i;
        if (line < 0 || view.Original[(original + 1)..lines[line].End].Trim(' ', '|').Length > 0) return null;
        for (var k = line + 1; k < lines.Count && k <= line + 4; k++)
            if (LoneCode().IsMatch(lines[k].Clean.Trim('|', ' '))) return lines[k].Clean.Trim('|', ' ');
        return null;
    }

    // "367 - QĐ/TWĐTN-VPĐOÀN TNCS": the next column's first word glued to the last code. A Vietnamese syllable
    // opens with a consonant cluster before its marked vowel ("ĐOÀN"), which a code (Latin capitals) never has.
    private static string? GluedCode(string n, int end)
    {
        if (end >= n.Length - 2 || n[end] is not ('-' or '/')) return null;
        var runEnd = end + 1;
        while (runEnd < n.Length && char.IsLetter(n[runEnd])) runEnd++;
        var run = n[(end + 1)..runEnd];
        var marked = run.IndexOfAny(MarkedVowels);
        if (marked < 0) return null;
        var start = marked;
        while (start > 0 && "AEIOUY".Contains(run[start - 1])) start--;
        var cluster = Clusters.FirstOrDefault(c => start >= c.Length && run.AsSpan(start - c.Length, c.Length).SequenceEqual(c));
        if (cluster is null) return null;
        var code = run[..(start - cluster.Length)];
        return code.Length >= 1 && code.All(c => c is >= 'A' and <= 'Z' or 'Đ') ? n[end] + code : null;
    }

    private static readonly string[] Clusters = ["NGH", "NG", "NH", "CH", "TR", "TH", "PH", "KH", "GI", "QU", "GH", "Đ", "B", "C", "D", "G", "H", "K", "L", "M", "N", "P", "R", "S", "T", "V", "X"];

    private static readonly char[] MarkedVowels = "ÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴ".ToCharArray();

    private static DocumentSymbol Rebuilt(DocumentSymbol s, string number, IReadOnlyList<string> codes) =>
        new(number, s.Serial, s.Year, s.TypeCode, codes, s.Party, s.Repaired);
}
