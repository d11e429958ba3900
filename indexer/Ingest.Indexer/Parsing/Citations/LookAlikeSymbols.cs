using System.Buffers;
using Ingest.Indexer.Parsing.Tables;

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
    /// <summary>Gives each citation whose symbol has an unknown code the look-alike symbol of another citation, where one is.</summary>
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
    }

    private static readonly Comparer<(string Serial, int Index)> SerialOrder =
        Comparer<(string Serial, int Index)>.Create((x, y) => x.Serial != y.Serial ? string.CompareOrdinal(x.Serial, y.Serial) : x.Index.CompareTo(y.Index));

    // The tables are asked last, and only for a pair one letter apart: a lookup upper-cases each code it is given.
    private static void TakeLookAlike(List<CitationDraft> drafts, CitationDraft d, ReadOnlySpan<(string Serial, int Index)> sameSerial, DomainTables tables)
    {
        var misread = d.Symbol!;
        foreach (var (_, index) in sameSerial)
        {
            if (drafts[index].Symbol is not { } whole || whole.Year != misread.Year || whole.Party != misread.Party
                || !OneLetterApart(Codes(misread), Codes(whole)) || !AllCodesKnown(whole, tables) || AllCodesKnown(misread, tables)) continue;
            d.Symbol = whole with { Repaired = true };
            return;
        }
    }

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
