using Ingest.Indexer.Parsing.Dates;
using Ingest.Indexer.Text;

namespace Ingest.Indexer.Parsing.Citations;

/// <summary>
/// Drops from a document's citations what is the document itself: its own number repeated in its title, an annex's
/// heading or a page's preamble; the number a headerless text gives where it names itself (SelfNamedCitation); and
/// what a portal prints above the header. Tells a header's "Số:" label from a "số:" the header reader took from running
/// text. Pure and thread-safe.
/// </summary>
internal sealed class OwnNumberFilter
{
    private readonly SymbolParser _symbols;
    private readonly SelfNamedCitation _selfNamed;
    private readonly PhraseMatcher _typeWords;

    public OwnNumberFilter(SymbolParser symbols, SelfNamedCitation selfNamed, PhraseMatcher typeWords) =>
        (_symbols, _selfNamed, _typeWords) = (symbols, selfNamed, typeWords);

    // The header's label is "Số:" with its capital, or stands at the head of its line, after a law's type word at most
    // ("Luật số: 45/2013/QH13"): "các Quyết định của Thủ tướng số: 1521/QĐ-TTg" inside a sentence cites a document
    // even where the header reader took it for the plan's own number.
    public bool IsHeaderLabel(TextView view, int start)
    {
        if (view.Normalized[start] == 'S') return true;
        var lineStart = view.LineStartOf(start);
        return start - lineStart <= MaxLabelLead && !ContinuesTypeWordOfText(view, lineStart);
    }

    // "… đã được Chủ tịch UBND tỉnh công bồ tại các Quyết" / "định sô: 1381/QĐ-UBND ngày 10/10/2022; …"
    // (lg-ubnd-quang-ngai-qd-2025-tthc-kham-chua-benh-ocr; ij-phong-ldtbxh-ben-luc-298-2013-ocr "theo Quyết" / "định số:
    // 2246/QĐ-CTN"): a line that opens with the rest of a type word broken at the end of a line of running text is that
    // sentence going on, and its "số:" no header's label. A type word alone on the line above ("Nghị" / "quyết số:
    // 101/2025/UBTVQH15", a header's title line broken) may still be one.
    private bool ContinuesTypeWordOfText(TextView view, int lineStart)
    {
        var f = view.Folded;
        var k = lineStart - 1;
        while (k >= 0 && f[k] == ' ') k--;
        var wordEnd = k + 1;
        while (k >= 0 && char.IsLetter(f[k])) k--;
        var head = k + 1;
        if (head == wordEnd || head <= view.LineStartOf(head) || _typeWords.MatchAt(f, head) is not { } phrase) return false;
        return head + phrase.Length > lineStart;
    }

    private const int MaxLabelLead = 20;

    // A document opens with its header (Nghị định 30/2020/NĐ-CP: issuer, number, motto, place-date): what stands
    // above the header's number line is the page around it (a portal's lead, a mirror's title or related-documents
    // list, other news), and what that page cites is not cited by the document. Only a header's "Số:" (capital, as
    // the rules write the label) that no citation claims: a "... số: 1521/QĐ-TTg" the header took from running
    // text marks no header.
    public static void DropPageMatter(TextView view, List<CitationDraft> drafts, IReadOnlyList<(int Start, int End)> excluded)
    {
        if (drafts.Count == 0 || excluded.Count == 0) return;
        var (s, e) = excluded[0];
        if (view.Normalized[s] != 'S' || drafts.Any(d => d.Start < e && d.End > s)) return;
        var lineStart = view.LineStartOf(s);
        drafts.RemoveAll(d => d.End <= lineStart);
    }

    // A document never cites itself: its own number repeated in its title ("THÔNG TƯ SỐ 15-BTC/TT NGÀY 16-3-1991")
    // is the document, not a citation. Numbers restart every year and every body numbers its own documents, so
    // "Kế hoạch số 1/KH-UBND ngày 28/6/2022 của UBND tỉnh" in a district's own 1/KH-UBND of 2023 is another
    // document: a repeat that writes a complete date other than the document's own is kept.
    /// <returns>The document's own numbers, read once here for the checks after it (MirrorTitles).</returns>
    public List<DocumentSymbol> DropOwnNumber(TextView view, List<CitationDraft> drafts, IReadOnlyList<(int Start, int End)> excluded,
        DateValue? ownDate)
    {
        var symbols = new List<DocumentSymbol>();
        if (drafts.Count == 0) return symbols;
        var own = new HashSet<string>(StringComparer.Ordinal);
        // "Số: 291/GDĐT-VP" on a line of its own is the number line of a document's header (Nghị định 30/2020/NĐ-CP),
        // wherever the header stands in the text: the same number in a page's preamble is the document itself.
        foreach (var d in drafts)
            if (d.Symbol is { } symbol && IsNumberLine(view, d.Start)) own.Add(symbol.KeyForm);
        foreach (var (s, e) in excluded)
        {
            // A "số: 289-QĐ/TU" the header took from a citation in running text is no own number: a citation that
            // starts on the number's own line. One that only runs on into it (an issuer read across the header's
            // lines) does not make the header's "Số:" line a citation.
            var lineStart = view.LineStartOf(s);
            if (drafts.Any(d => d.Start < e && d.End > s && d.Start >= lineStart)) continue;
            // "Số:383_ /QĐ-UBND" (jj-ubnd-can-tho-qd-2025-383-ocr): the blank's underscore the serial was written over is
            // no part of the number the header read; no symbol holds one.
            if (_symbols.ParseLoose(view.Normalized[s..e].Replace("_", "")) is { } symbol && own.Add(symbol.KeyForm)) symbols.Add(symbol);
        }
        // "Số: 16-NT" over a title line "… SỐ 16/NT NGÀY 14-11-1987" (jb-bo-noi-thuong-tt-1987-16-vbpl-header): the same
        // number and codes with other separators between them is the same number.
        // "(Kèm theo Quyết định số 225 /QĐ-UBND ngày 17 /01/2025" under an annex of QĐ 225 of 17/02/2025
        // (jt-ubnd-tra-vinh-qd-2025-225-pdf): an annex's heading names the document it is attached to, its date a slip.
        if (own.Count > 0)
        {
            var skeletons = own.Select(Skeleton).ToHashSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
            drafts.RemoveAll(d => d.Symbol is { } sym && (own.Contains(sym.KeyForm) || HasSkeletonIn(skeletons, sym.KeyForm))
                && (!WritesAnotherDate(d, ownDate) || SelfNamedCitation.IsAnnexHeading(view, d.Start)));
        }
        // "*(Ban hành kèm theo Quyết định số 10325/QĐ-UBND)*" under the annex of Quyết định 103/2025/QĐ-UBND
        // (ke-ubnd-phu-tho-qd-2025-103-md): an annex's heading names the document it is attached to, its number damaged by
        // the copy; a heading that writes a complete date of its own may cite another document of the series, and is kept.
        // Only against the number the header read: where it read none, such a heading is how the text names itself (DropSelfNamed).
        // "(Kèm theo Quyết định số: 2301/QĐ-UBND ngày 1Ì tháng 09 năm 2025" under the annex of 2307/QĐ-UBND of 11/9/2025
        // (lk-ubnd-tinh-son-la-qd-2025-2307-ocr, a hand-filled serial the OCR misread): the document's own day is no other date.
        if (symbols.Count > 0)
            drafts.RemoveAll(d => d.Symbol is { } sym && (d.Date is not { IsComplete: true } || ownDate is { IsComplete: true } && d.Date == ownDate)
                && symbols.Exists(o => SameSeries(o, sym))
                && SelfNamedCitation.IsAnnexHeading(view, d.Start));
        return symbols;
    }

    // The same type and issuers' codes, in the same layout, and no other year.
    private static bool SameSeries(DocumentSymbol own, DocumentSymbol cited) =>
        own.TypeCode is not null && own.TypeCode == cited.TypeCode && own.Party == cited.Party
        && (cited.Year is null || cited.Year == own.Year) && own.IssuerCodes.SequenceEqual(cited.IssuerCodes);

    private static string Skeleton(string keyForm)
    {
        Span<char> skeleton = keyForm.Length <= MaxSkeletonOnStack ? stackalloc char[keyForm.Length] : new char[keyForm.Length];
        return new string(skeleton[..WriteSkeleton(keyForm, skeleton)]);
    }

    // Whether Skeleton(keyForm) is in the set, the skeleton written into a buffer instead of a new string: this is asked of
    // every symbol a text with a number cites (issue 12, parser speed).
    private static bool HasSkeletonIn(HashSet<string>.AlternateLookup<ReadOnlySpan<char>> skeletons, string keyForm)
    {
        Span<char> skeleton = keyForm.Length <= MaxSkeletonOnStack ? stackalloc char[keyForm.Length] : new char[keyForm.Length];
        return skeletons.Contains(skeleton[..WriteSkeleton(keyForm, skeleton)]);
    }

    // A key form's letters and digits in upper case ("16-NT", "16/NT": "16NT"), written into `into`; returns how many.
    // Letter by letter: a surrogate is no letter or digit of its own, so no pair is cased here.
    private static int WriteSkeleton(string keyForm, Span<char> into)
    {
        var length = 0;
        foreach (var c in keyForm)
            if (char.IsLetterOrDigit(c)) into[length++] = char.ToUpperInvariant(c);
        return length;
    }

    private const int MaxSkeletonOnStack = 128;

    // A header with no number: the document's number is the one it gives where it names itself, and every
    // repeat of that number is the document too (SelfNamedCitation).
    public SelfNaming? DropSelfNamed(TextView view, List<CitationDraft> drafts, DateValue? ownDate)
    {
        if (drafts.Count == 0 || _selfNamed.Find(view, drafts) is not { Symbol: { } own } self) return null;
        var date = ownDate ?? self.Date;
        drafts.RemoveAll(d => d == self || d.Symbol is { } sym && sym.KeyForm == own.KeyForm && !WritesAnotherDate(d, date));
        return _selfNamed.Describe(view, self);
    }

    private static bool WritesAnotherDate(CitationDraft draft, DateValue? ownDate) =>
        draft.Date is { IsComplete: true } date && ownDate is { IsComplete: true } own && date != own;

    private const int MaxStrokeLetters = 2;

    // Only "Số:" between the line's start and the symbol: the colon and the capital are the header's; a line that
    // starts "số 84/2025/QH15," is a list wrapped over lines.
    // "Số: $34/TB-ĐHĐL" (jw-dh-dien-luc-tb-2021-dkmh-ocr): a sign the scan made of a hand-filled number's stroke may stand
    // glued before it; the line is the header's all the same. So may letters ("Số: j4 /TB-ĐHĐL", jh-dh-dien-luc-tb-2025-d20-ocr;
    // "Số:b3  /TB-UBND", js-ubnd-quang-ngai-tb-2025-53-ocr; "Số: ZZ2 /QĐ-UBND", jj-ubnd-dien-bien-qd-2025-ocr): no symbol's
    // serial starts with a letter, so the finder reads from the first digit, and the line is the header's number line.
    private static bool IsNumberLine(TextView view, int start)
    {
        var f = view.Folded;
        var k = start;
        if (k > 1 && char.IsSymbol(f[k - 1]) && f[k - 2] == ' ') k--;
        else
        {
            var letters = k;
            while (letters > 0 && start - letters < MaxStrokeLetters && char.IsAsciiLetter(f[letters - 1])) letters--;
            if (letters < k && letters > 0 && f[letters - 1] is ' ' or ':') k = letters;
        }
        while (k > 0 && f[k - 1] == ' ') k--;
        if (k == 0 || f[k - 1] != ':') return false;
        k--;
        while (k > 0 && f[k - 1] == ' ') k--;
        if (k < 2 || !f.AsSpan(k - 2, 2).SequenceEqual("so") || !char.IsUpper(view.Normalized[k - 2])) return false;
        k -= 2;
        return view.IsLineStart(k) || (k > 0 && f[k - 1] == ' ' && view.IsLineStart(k - 1));
    }
}
