using System.Buffers;
using Ingest.Indexer.Parsing.Tables;
using Ingest.Indexer.Text;

namespace Ingest.Indexer.Parsing.Citations;

/// <summary>
/// Reads a symbol whose codes the OCR misread as the symbol the same text prints whole: "Thông tư số 86/2016/TT1-BQP"
/// and "86/2016/FT-BQP" where the consolidated text cites "Thông tư số 86/2016/TT-BQP" a dozen times
/// (kx-bo-quoc-phong-vbhn-2026-tang-le-ocr), "Thông tư số 48/2017/TT-BVT" and "28/2018/TT-BTYT" beside "56/2017/TT-BYT
/// … 28/2018/TT-BYT" (iv-byt-qd-130-2023-ocr). The same serial and year, codes one letter apart, one symbol's codes
/// unknown to every table and the other's all known: the text itself makes the reading certain, as "1815 QĐICTN" is
/// 1815/QĐ-CTN where the same file prints "1815/QĐ-CTN" (tests/corpus/README.md, OCR'd records). Two symbols whose codes
/// are all known stay two documents. Pure and thread-safe.
/// </summary>
internal static class LookAlikeSymbols
{
    /// <summary>Gives each citation whose symbol the text (or its OCR) damaged the symbol of another citation it stands for: a
    /// look-alike code, a serial one digit apart from one the text prints again and again, or a year run into the serial.</summary>
    public static void Resolve(List<CitationDraft> drafts, DomainTables tables)
    {
        // Only citations of one serial are compared: sorted by serial, each run of equal serials is one group (a long text
        // cites thousands of documents, and comparing every pair would cost more than reading them).
        var bySerial = ArrayPool<(string Serial, int Index)>.Shared.Rent(drafts.Count);
        var count = 0;
        for (var i = 0; i < drafts.Count; i++)
            if (drafts[i].Symbol is { } s) bySerial[count++] = (s.Serial, i);
        Array.Sort(bySerial, 0, count, SerialOrder);
        for (var run = 0; run < count;)
        {
            var next = run + 1;
            while (next < count && bySerial[next].Serial == bySerial[run].Serial) next++;
            for (var a = run; a < next && next - run > 1; a++) TakeLookAlike(drafts, drafts[bySerial[a].Index], bySerial.AsSpan(run, next - run), tables);
            run = next;
        }
        ArrayPool<(string Serial, int Index)>.Shared.Return(bySerial);
        TakeRepeatedSerials(drafts);
        TakeGluedYears(drafts);
    }

    // How often a symbol read once must be printed whole beside it for its serial to be a misreading of that one's.
    private const int RepeatedAtLeast = 3;
    // As often, where the serials differ by a digit the OCR draws for the other and the two are dated the same day by the
    // same issuer (LookAlikeDigit).
    private const int LookAlikeRepeatedAtLeast = 2;

    // "Thông tư SỐ 66/2016/TT-BQP ngày 20 tháng 6 năm 2016" and "Thông tư số 8/2026/TT-BQP" once each in a consolidated text
    // that cites "Thông tư số 86/2016/TT-BQP ngày 20 tháng 6 năm 2016" and "18/2026/TT-BQP" dozens of times
    // (kx-bo-quoc-phong-vbhn-2026-tang-le-ocr; "§6/2016/TT-BQP" in lr-bo-quoc-phong-vbhn-2026-tang-le-ocr): a serial one digit
    // apart (put for another, lost or added) with the same codes and year, written once, undated or dated as the symbol the
    // text prints again and again, is that symbol misread. Two documents of one series that the text cites once or twice
    // each ("Nghị định số 78/2025/NĐ-CP và Nghị định số 79/2025/NĐ-CP ngày 01/4/2025") stay two.
    private static void TakeRepeatedSerials(List<CitationDraft> drafts)
    {
        var byCodes = ArrayPool<int>.Shared.Rent(drafts.Count);
        var count = 0;
        for (var i = 0; i < drafts.Count; i++)
            if (drafts[i].Symbol is { } s && s.Number.StartsWith(s.Serial, StringComparison.Ordinal)) byCodes[count++] = i;
        if (count > LookAlikeRepeatedAtLeast)
        {
            Array.Sort(byCodes, 0, count, Comparer<int>.Create((x, y) => CodesThenSerial(drafts[x].Symbol!, drafts[y].Symbol!, x, y)));
            for (var run = 0; run < count;)
            {
                var next = run + 1;
                while (next < count && Codes(drafts[byCodes[next]].Symbol!).SequenceEqual(Codes(drafts[byCodes[run]].Symbol!))) next++;
                if (next - run > LookAlikeRepeatedAtLeast) TakeRepeatedSerial(drafts, byCodes.AsSpan(run, next - run));
                run = next;
            }
        }
        ArrayPool<int>.Shared.Return(byCodes);
    }

    private static int CodesThenSerial(DocumentSymbol x, DocumentSymbol y, int xi, int yi)
    {
        var codes = Codes(x).SequenceCompareTo(Codes(y));
        if (codes != 0) return codes;
        var serial = string.CompareOrdinal(x.Serial, y.Serial);
        return serial != 0 ? serial : xi.CompareTo(yi);
    }

    // One run of symbols with the same codes, sorted by serial: each serial written once takes the serial one digit apart
    // that is written at least three times (with a year), or a look-alike digit apart written at least twice the same day.
    private static void TakeRepeatedSerial(List<CitationDraft> drafts, ReadOnlySpan<int> sameCodes)
    {
        // The serials written at least twice, each as the range of its repeats: a serial written once can take only one of
        // them. Kept until a serial is taken, which changes the runs, and read again then: a long text's series holds
        // hundreds of serials written once, and each compared with every other was a hundred-and-fiftieth of a parse
        // (issue 12, parser speed).
        List<(int Start, int End)>? repeated = null;
        for (var a = 0; a < sameCodes.Length; a++)
        {
            var d = drafts[sameCodes[a]];
            var serial = d.Symbol!.Serial;
            if (a > 0 && drafts[sameCodes[a - 1]].Symbol!.Serial == serial || a + 1 < sameCodes.Length && drafts[sameCodes[a + 1]].Symbol!.Serial == serial) continue;
            repeated ??= RepeatedSerials(drafts, sameCodes);
            foreach (var (b, end) in repeated)
            {
                var whole = drafts[sameCodes[b]].Symbol!;
                if ((end - b >= RepeatedAtLeast && whole.Year is not null && OneLetterApart(serial, whole.Serial) && SameDay(d, serial, drafts, sameCodes[b..end])
                     || end - b >= LookAlikeRepeatedAtLeast && LookAlikeDigit(serial, whole.Serial) && SameDayAndIssuer(d, drafts, sameCodes[b..end])))
                {
                    d.Symbol = whole with { Repaired = true };
                    repeated = null;
                    break;
                }
            }
        }
    }

    // The runs of one serial, in order, that are at least as long as either reading above asks (LookAlikeRepeatedAtLeast).
    private static List<(int Start, int End)> RepeatedSerials(List<CitationDraft> drafts, ReadOnlySpan<int> sameCodes)
    {
        var runs = new List<(int Start, int End)>();
        for (var b = 0; b < sameCodes.Length;)
        {
            var end = b + 1;
            var serial = drafts[sameCodes[b]].Symbol!.Serial;
            while (end < sameCodes.Length && drafts[sameCodes[end]].Symbol!.Serial == serial) end++;
            if (end - b >= Math.Min(RepeatedAtLeast, LookAlikeRepeatedAtLeast)) runs.Add((b, end));
            b = end;
        }
        return runs;
    }

    // Dated as one of the repeats is; or undated where the serial shows its damage, a digit lost ("8/2026" for 18/2026) or a
    // letter among its digits ("8ó/2016" for 86/2016). "Thông tư sô 04/2020/TT-BTP ngày 28 tháng 5Š năm 2020" beside
    // "02/2020/TT-BTP" cited four times (lk-ubnd-can-tho-qd-2025-383-ocr) is another document whose date the scan damaged.
    private static bool SameDay(CitationDraft d, string serial, List<CitationDraft> drafts, ReadOnlySpan<int> repeats)
    {
        if (d.Date is null) return serial.Length < drafts[repeats[0]].Symbol!.Serial.Length || !serial.All(char.IsAsciiDigit);
        foreach (var i in repeats)
            if (drafts[i].Date == d.Date) return true;
        return false;
    }

    // "Công văn số 3085/BGDĐT-TCCB ngày 27 tháng 8 năm 2025 của Bộ Giáo dục" once where the same notice cites "Công văn số
    // 5085/BGDĐT-TCCB ngày 27 tháng 8 năm 2025 của Bộ Giáo dục và Đào tạo" and "Công văn 5085/BGDĐT-TCCB" again
    // (mr-dh-tay-do-tb-2025-1144-ocr): one digit put for one the scan draws alike (3 and 5, 6 and 8, …), never a neighbour's
    // number ("Nghị định số 78/2025/NĐ-CP và Nghị định số 79/2025/NĐ-CP ngày 01/4/2025": two documents of one day). Two
    // serials so apart that the text cites once each ("Thông tư số 32/2016/TT-BYT" and "52/2016/TT-BYT", both of 30/12/2016,
    // iv-byt-qd-130-2023-ocr) stay two: only a symbol printed again tells which one is read right.
    private static readonly string[] LookAlikeDigits = ["35", "38", "58", "68", "39", "29", "09", "08", "17"];

    private static bool LookAlikeDigit(string misread, string whole)
    {
        if (misread.Length != whole.Length) return false;
        var at = misread.AsSpan().CommonPrefixLength(whole);
        if (at == misread.Length || !misread.AsSpan(at + 1).SequenceEqual(whole.AsSpan(at + 1))) return false;
        var (a, b) = (misread[at], whole[at]);
        foreach (var pair in LookAlikeDigits)
            if (pair[0] == a && pair[1] == b || pair[0] == b && pair[1] == a) return true;
        return false;
    }

    // Dated, to the day, as a repeat is, by the same issuer where both name one ("Bộ Giáo dục" for "Bộ Giáo dục và Đào
    // tạo" where a line cut it), and about the same where both say: a council passes "Nghị quyết số 155/NQ-HĐND" and
    // "158/NQ-HĐND" on one day (cp-ubnd-hung-yen-ctr-2022-28, the review's), each with its own subject.
    private static bool SameDayAndIssuer(CitationDraft d, List<CitationDraft> drafts, ReadOnlySpan<int> repeats)
    {
        if (d.Date is not { IsComplete: true }) return false;
        foreach (var i in repeats)
            if (drafts[i].Date == d.Date && SameIssuer(d.Issuer, drafts[i].Issuer) && SameSubject(d.Subject, drafts[i].Subject)) return true;
        return false;
    }

    // Where both name a subject, the shorter opens the longer, compared folded over its first words (a line may cut one).
    private static bool SameSubject(string? a, string? b)
    {
        if (a is null || b is null) return true;
        var (x, y) = (TextFolding.FoldLoose(a), TextFolding.FoldLoose(b));
        var length = Math.Min(Math.Min(x.Length, y.Length), 40);
        return x.AsSpan(0, length).SequenceEqual(y.AsSpan(0, length));
    }

    private static bool SameIssuer(string? a, string? b)
    {
        if (a is null || b is null) return true;
        var (x, y) = (TextFolding.FoldLoose(a), TextFolding.FoldLoose(b));
        return x.StartsWith(y, StringComparison.Ordinal) || y.StartsWith(x, StringComparison.Ordinal);
    }

    // "Nghị định số 72016/NĐ-CP ngày 01/7/2016 của Chính phủ" where the same directive cites "Nghị định số 71/2016/NĐ-CP
    // ngày 01/7/2016 của Chính phủ" twice (lr-ubnd-quang-ngai-ct-2018-07-ocr): the scan lost the slash after the serial, or
    // the serial's last digit with it, and the year ran into the serial. A serial that ends in the year of a symbol of the
    // same codes, the same day, and opens with that symbol's serial or all of it but its last digit, is that symbol.
    private static void TakeGluedYears(List<CitationDraft> drafts)
    {
        foreach (var d in drafts)
        {
            if (d.Symbol is not { Year: null, Serial.Length: > 4 } glued || d.Date is not { IsComplete: true } || !glued.Number.StartsWith(glued.Serial, StringComparison.Ordinal)) continue;
            foreach (var other in drafts)
            {
                if (other.Symbol is not { Year: { } year } whole || other.Date != d.Date || !SameIssuer(d.Issuer, other.Issuer)) continue;
                var yearText = year.ToString(System.Globalization.CultureInfo.InvariantCulture);
                if (!glued.Serial.EndsWith(yearText, StringComparison.Ordinal) || !GluedSerial(glued.Serial.AsSpan(0, glued.Serial.Length - yearText.Length), whole.Serial)) continue;
                if (!Codes(whole).SequenceEqual("/" + yearText + Codes(glued).ToString())) continue;
                d.Symbol = whole with { Repaired = true };
                break;
            }
        }
    }

    private static bool GluedSerial(ReadOnlySpan<char> head, string serial) =>
        head.Length > 0 && (head.SequenceEqual(serial) || head.Length == serial.Length - 1 && serial.AsSpan().StartsWith(head));

    private static readonly Comparer<(string Serial, int Index)> SerialOrder =
        Comparer<(string Serial, int Index)>.Create((x, y) => x.Serial != y.Serial ? string.CompareOrdinal(x.Serial, y.Serial) : x.Index.CompareTo(y.Index));

    // The tables are asked last, and only for a pair one letter apart: a lookup upper-cases each code it is given.
    private static void TakeLookAlike(List<CitationDraft> drafts, CitationDraft d, ReadOnlySpan<(string Serial, int Index)> sameSerial, DomainTables tables)
    {
        var misread = d.Symbol!;
        foreach (var (_, index) in sameSerial)
        {
            if (drafts[index].Symbol is not { } whole || whole.Year != misread.Year || whole.Party != misread.Party) continue;
            if (!CutShort(misread, whole, tables) && !(LettersApart(Codes(misread), Codes(whole)) && AllCodesKnown(whole, tables) && !AllCodesKnown(misread, tables))) continue;
            d.Symbol = whole with { Repaired = true };
            return;
        }
    }

    // "Thông tư số 281/2016/TT-" with its issuer's code lost to a table's next cell, where the same text prints "Thông tư số
    // 281/2016/TT-BTC" (lk-ubnd-can-tho-qd-2025-383-ocr); "Tờ trình số 4017/TT:-BNNMT" read up to its type code where the
    // text cites "Tờ trình 4017/TTr-BNNMT" (ll-chinh-phu-nq-2026-vuon-quoc-gia-ba-vi-ocr). A dated symbol with a type code and no
    // issuer's code is no document's number: it is what is left of the whole symbol of its serial and year whose codes go on
    // from where it stops.
    private static bool CutShort(DocumentSymbol misread, DocumentSymbol whole, DomainTables tables) =>
        CodeCount(misread) == 1 && CodeCount(whole) > 1 && Codes(whole).StartsWith(Codes(misread), StringComparison.Ordinal)
        && tables.TypeByCode(misread.TypeCode ?? misread.IssuerCodes[0], misread.Party) is not null;

    private static int CodeCount(DocumentSymbol s) => (s.TypeCode is null ? 0 : 1) + s.IssuerCodes.Count;

    private static bool AllCodesKnown(DocumentSymbol s, DomainTables tables)
    {
        if (s.TypeCode is { } type && tables.TypeByCode(type, s.Party) is null) return false;
        foreach (var code in s.IssuerCodes)
            if (tables.IssuerByCode(code) is null) return false;
        return s.TypeCode is not null || s.IssuerCodes.Count > 0;
    }

    // The symbol's codes as written after its serial: "/2016/TT1-BQP".
    private static ReadOnlySpan<char> Codes(DocumentSymbol s) =>
        s.Number.StartsWith(s.Serial, StringComparison.Ordinal) ? s.Number.AsSpan(s.Serial.Length) : s.Number;

    // One letter put for another, added or lost (edit distance exactly one), once the digits the OCR drew for a code's
    // letters are set aside: "86/2016/T11-BQP" beside "86/2016/TT-BQP" (lr-bo-quoc-phong-vbhn-2026-tang-le-ocr), "TT" read as "T11".
    private static bool LettersApart(ReadOnlySpan<char> misread, ReadOnlySpan<char> whole)
    {
        if (OneLetterApart(misread, whole)) return true;
        var codes = misread.LastIndexOf('/');
        if (codes < 0 || misread[(codes + 1)..].IndexOfAnyInRange('0', '9') < 0) return false;
        Span<char> kept = stackalloc char[misread.Length];
        var n = 0;
        for (var i = 0; i < misread.Length; i++)
            if (i <= codes || !char.IsAsciiDigit(misread[i]) || !char.IsAsciiLetter(misread[i - 1]) && !char.IsAsciiDigit(misread[i - 1]))
                kept[n++] = misread[i];
        return n < misread.Length && (kept[..n].SequenceEqual(whole) || OneLetterApart(kept[..n], whole));
    }

    // One letter put for another, added or lost: edit distance exactly one.
    private static bool OneLetterApart(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        if (Math.Abs(a.Length - b.Length) > 1 || a.SequenceEqual(b)) return false;
        var head = a.CommonPrefixLength(b);
        a = a[head..];
        b = b[head..];
        if (a.Length == b.Length) return a[1..].SequenceEqual(b[1..]);
        return a.Length > b.Length ? a[1..].SequenceEqual(b) : b[1..].SequenceEqual(a);
    }
}
