using Ingest.Indexer.Parsing.Tables;

namespace Ingest.Indexer.Parsing.Citations;

/// <summary>
/// The folded type words, matched whole at the start or the end of a span: a bracket or a "và" that opens with one
/// opens another document ("Quy chế cán bộ Đoàn (Quy chế cán bộ Đoàn …)", ii-033), and words that end with one are
/// a title or a list of types the name sits in ("dự thảo Nghị quyết, Chương trình thực hiện …", "Kế hoạch triển khai
/// thực hiện Đề án …"). Pure and thread-safe.
/// </summary>
internal sealed class TypeWordEdges
{
    private readonly string[] _typeWords;

    public TypeWordEdges(DomainTables tables) => _typeWords = tables.FoldedTypeWords().Distinct().ToArray();

    /// <summary>Whether <paramref name="rest"/> opens with a whole type word.</summary>
    public bool Opens(ReadOnlySpan<char> rest)
    {
        foreach (var w in _typeWords)
            if (rest.StartsWith(w, StringComparison.Ordinal) && (rest.Length == w.Length || !char.IsLetter(rest[w.Length]))) return true;
        return false;
    }

    /// <summary>The length of the whole type word <paramref name="head"/> ends with, or -1.</summary>
    public int Closing(ReadOnlySpan<char> head)
    {
        foreach (var w in _typeWords)
            if (head.EndsWith(w) && (head.Length == w.Length || head[^(w.Length + 1)] == ' ')) return w.Length;
        return -1;
    }
}
