using Ingest.Indexer.Parsing.Tables;
using Ingest.Indexer.Text;

namespace Ingest.Indexer.Parsing.Citations;

/// <summary>
/// Finds a type word that lost its spaces or a space before it, right before a symbol the type-word sweep did
/// not reach: "Nghịquyết số 51/2001/QH10" and "Quốchội" (text extracted from a PDF that dropped spaces),
/// "6Nghị quyết 759/2014/UBTVQH13" (a legal mirror's numbered list glued to its item number). Pure and thread-safe.
/// </summary>
internal sealed class GluedTypeWords
{
    private const int Window = 40;
    private readonly (string Word, DocumentTypeRow Type)[] _words;

    public GluedTypeWords(DomainTables tables) =>
        _words = tables.DocumentTypes
            .SelectMany(t => t.Words.Select(w => (Word: TextFolding.FoldLoose(w).Replace(" ", ""), Type: t)))
            .OrderByDescending(w => w.Word.Length)
            .ToArray();

    /// <summary>The type word ending just before <paramref name="symbolStart"/> (with "số" between, if any) and where it starts.</summary>
    public (DocumentTypeRow Type, int Start)? Before(string folded, int symbolStart)
    {
        Span<char> chars = stackalloc char[Window];
        Span<int> at = stackalloc int[Window];
        var count = 0;
        for (var i = symbolStart - 1; i >= 0 && count < Window; i--)
        {
            var c = folded[i];
            if (c == ' ') continue;
            if (!char.IsAsciiLetter(c) && c != ':') break;
            chars[Window - 1 - count] = c;
            at[Window - 1 - count] = i;
            count++;
        }
        var text = chars[(Window - count)..];
        var positions = at[(Window - count)..];
        if (text.EndsWith(":")) text = text[..^1];
        if (text.EndsWith("so")) text = text[..^2];
        foreach (var (word, type) in _words)
        {
            if (!text.EndsWith(word)) continue;
            var start = positions[text.Length - word.Length];
            if (start > 0 && char.IsAsciiLetter(folded[start - 1])) continue; // "...cunghiquyet": inside a longer word
            return (type, start);
        }
        return null;
    }
}
