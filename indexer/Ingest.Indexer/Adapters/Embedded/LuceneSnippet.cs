using System.Text;
using Ingest.Indexer.Indexing;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Ingest.Indexer.Adapters.Embedded;

/// <summary>
/// Cuts a snippet around the first match in the start of a plan's text: the text is analyzed as the folded body
/// field was, token by token, and analysis stops a fragment's length after the first matched word, so a plan
/// that matches everywhere costs no more than one that matches once (Lucene's Highlighter scores every
/// fragment of the window, which took 100+ ms on a 5 MiB plan of nothing but matches). Thread-safe.
/// </summary>
internal sealed class LuceneSnippet(Analyzer folded)
{
    private const int Length = 160;
    private const int Lead = 40;

    /// <summary>
    /// Characters decoded first. A page of 20 hits decoded 20 whole windows (most plans are shorter than one):
    /// 14% of the CPU of bench query's search mix in a profile. A common word's first match is near the top.
    /// </summary>
    internal const int FirstRead = 2_048;

    // A token is at most 255 characters (StandardTokenizer's limit), so where analysis stops this far before the
    // end of what was decoded, every token up to there, and the fragment, are what the whole window would give.
    private const int Margin = 300;

    /// <summary>The words of the folded text fields a query looks for (prefixes and fuzzy terms are not listed).</summary>
    public static HashSet<string> Words(Query query, IndexSearcher searcher)
    {
        var terms = new HashSet<Term>();
        try { searcher.Rewrite(query).ExtractTerms(terms); }
        catch (NotSupportedException) { } // a filter-backed clause (prefix*) lists no terms
        return terms.Where(t => LuceneFields.Weights.ContainsKey(t.Field)).Select(t => t.Text).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>
    /// The fragment, matched words between <see cref="Snippets.MatchStart"/> and <see cref="Snippets.MatchEnd"/>:
    /// cut from the first <see cref="FirstRead"/> characters when the fragment lies well inside them, else from the
    /// whole window (<see cref="LuceneFields.SnippetWindow"/>); the same fragment either way.
    /// </summary>
    public string Cut(PlanTextWindow text, HashSet<string> words)
    {
        var (head, whole) = text.Read(FirstRead);
        var matches = Matches(head, words, out var stopAt);
        var settled = whole || words.Count == 0 || (matches.Count > 0 && stopAt + Margin <= head.Length);
        if (!settled)
        {
            (head, _) = text.Read(LuceneFields.SnippetWindow);
            matches = Matches(head, words, out _);
        }
        return Fragment(head, matches);
    }

    // The matched words from the window's start to a fragment's length after the first one (where analysis stops).
    private List<(int Start, int End)> Matches(string window, HashSet<string> words, out int stopAt)
    {
        var matches = new List<(int Start, int End)>();
        stopAt = int.MaxValue;
        if (words.Count == 0) return matches;
        using var stream = folded.GetTokenStream(LuceneFields.Body, window);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        // Each token looked up as the characters it is, not as a string made for the lookup (hundreds a hit).
        if (!words.TryGetAlternateLookup<ReadOnlySpan<char>>(out var lookup))
            lookup = new HashSet<string>(words, StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        stream.Reset();
        while (stream.IncrementToken() && offset.StartOffset < stopAt)
        {
            if (!lookup.Contains(term.Buffer.AsSpan(0, term.Length))) continue;
            if (matches.Count == 0) stopAt = Math.Max(offset.StartOffset - Lead, 0) + Length;
            matches.Add((offset.StartOffset, offset.EndOffset));
        }
        stream.End();
        return matches;
    }

    private static string Fragment(string window, List<(int Start, int End)> matches)
    {
        var start = matches.Count == 0 ? 0 : WordStart(window, Math.Max(0, matches[0].Start - Lead));
        var end = Math.Min(window.Length, start + Length);
        while (end < window.Length && end < start + Length + 40 && !char.IsWhiteSpace(window[end])) end++;
        var sb = new StringBuilder(end - start + 8);
        if (start > 0) sb.Append('…');
        var at = start;
        foreach (var (s, e) in matches.Where(m => m.End <= end))
        {
            sb.Append(window, at, s - at).Append(Snippets.MatchStart).Append(window, s, e - s).Append(Snippets.MatchEnd);
            at = e;
        }
        sb.Append(window, at, end - at);
        if (end < window.Length) sb.Append('…');
        return sb.ToString();
    }

    private static int WordStart(string text, int i)
    {
        var floor = Math.Max(0, i - 20);
        while (i > floor && !char.IsWhiteSpace(text[i - 1])) i--;
        return i;
    }
}
