using Ingest.Indexer.Parsing.Tables;
using Ingest.Indexer.Text;

namespace Ingest.Indexer.Parsing.Citations;

/// <summary>
/// Type words of two or more words as URL slugs and file names spell them, their spaces turned to hyphens or
/// underscores ("quyet-dinh-4308-qd-byt", "nghi-dinh-30-2020-nd-cp", "CONG-VAN-73658-CT-TTHT", "Thong_tu_05_2012"):
/// such a word names a document only where a whole symbol follows it in the same spelling, which
/// <see cref="SymbolAfter"/> reads (tests/corpus/README.md: slugs are read when every letter and digit survives).
/// Pure and thread-safe.
/// </summary>
internal sealed class SluggedTypeWords
{
    private readonly Dictionary<string, string> _words = new(StringComparer.Ordinal);
    private readonly SeparatorLostSymbol _separatorLost;
    private readonly SymbolParser _symbols;

    public SluggedTypeWords(DomainTables tables, SymbolParser symbols, SeparatorLostSymbol separatorLost)
    {
        (_symbols, _separatorLost) = (symbols, separatorLost);
        foreach (var word in tables.FoldedTypeWords().Where(w => w.Contains(' ')))
        {
            _words.TryAdd(word.Replace(' ', '-'), word);
            _words.TryAdd(word.Replace(' ', '_'), word);
        }
    }

    /// <summary>The folded spellings to look for in text.</summary>
    public IEnumerable<string> Spellings => _words.Keys;

    /// <summary>The type word a slug spelling stands for, or null when <paramref name="folded"/> is no slug spelling.</summary>
    public string? WordOf(string folded) => _words.GetValueOrDefault(folded);

    /// <summary>
    /// The symbol right after a slugged type word ending at <paramref name="after"/>, past its separator and an optional
    /// "so": separators first, as slugs write them ("4308-qd-byt" is 4308/QĐ-BYT, not a pre-1990 "4308-QĐ-BYT"), then
    /// a symbol that kept its own slashes ("quyet_dinh_so_1234/QĐ-UBND").
    /// </summary>
    public (DocumentSymbol Symbol, int End)? SymbolAfter(TextView view, DocumentTypeRow type, int after)
    {
        var f = view.Folded;
        if (after + 1 >= f.Length || f[after] is not ('-' or '_')) return null;
        var sep = f[after];
        var at = after + 1;
        if (f.AsSpan(at).StartsWith("so") && at + 2 < f.Length && f[at + 2] == sep) at += 3;
        if (at >= f.Length || !char.IsAsciiDigit(f[at])) return null;
        if (_separatorLost.ParseAt(f, at, type) is { } slug) return slug;
        return _symbols.ParseAt(view, at) is { } parsed && f.IndexOf('/', at, parsed.End - at) >= 0 ? (parsed.Symbol, parsed.End) : null;
    }
}
