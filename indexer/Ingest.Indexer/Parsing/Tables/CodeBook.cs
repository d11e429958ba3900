using Ingest.Indexer.Text;

namespace Ingest.Indexer.Parsing.Tables;

/// <summary>
/// Canonical spellings of symbol codes. Looks a written code up exactly, then case-insensitively, then
/// folded (Đ→D), then with OCR look-alikes repaired (1/I/l→T), so "c1", "CI" and "CT" all give "CT".
/// </summary>
public sealed class CodeBook
{
    private readonly Dictionary<string, string> _byUpper = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string?> _byFolded = new(StringComparer.Ordinal);

    public CodeBook(IEnumerable<string> codes) : this(codes.Select(c => (c, c))) { }

    /// <summary>Codes with the spelling each is written in ("TƯ" is written "TW", as Hướng dẫn 36-HD/VPTW writes it).</summary>
    public CodeBook(IEnumerable<(string Written, string Canonical)> codes)
    {
        foreach (var (written, code) in codes.Distinct())
        {
            _byUpper.TryAdd(written.ToUpperInvariant(), code);
            var folded = TextFolding.Fold(written);
            // Two codes that fold alike (ĐA, DA) make the folded form ambiguous: remember that with null.
            if (_byFolded.TryGetValue(folded, out var existing) && existing != code) _byFolded[folded] = null;
            else _byFolded[folded] = code;
        }
    }

    /// <summary>The canonical spelling of <paramref name="written"/>, and whether OCR repair was needed.</summary>
    public (string? Code, bool Repaired) Find(string written)
    {
        if (_byUpper.TryGetValue(InvariantCasing.ToUpper(written), out var c)) return (c, false);
        if (_byFolded.TryGetValue(TextFolding.Fold(written), out var f) && f is not null) return (f, false);
        var repaired = RepairLookAlikes(written);
        if (repaired != written && _byUpper.TryGetValue(InvariantCasing.ToUpper(repaired), out var r)) return (r, true);
        return (null, false);
    }

    /// <summary>True when <paramref name="written"/> is a known code in any spelling.</summary>
    public bool Contains(string written) => Find(written).Code is not null;

    // Tesseract reads T as 1, I or l inside symbols (CT → C1, CI; TW → IW); see shared/OCR-NOTES.md.
    private static string RepairLookAlikes(string s) =>
        string.Create(s.Length, s, static (span, src) =>
        {
            for (var i = 0; i < src.Length; i++) span[i] = src[i] is '1' or 'I' or 'l' or '|' ? 'T' : src[i];
        });
}
