using Ingest.Indexer.Model;
using Ingest.Indexer.Parsing.Tables;
using Ingest.Indexer.Text;

namespace Ingest.Indexer.Parsing.Citations;

/// <summary>
/// Decides how a plan relates to each document it cites: the nearest trigger phrase before the citation in its
/// sentence wins ("Căn cứ" → basis; "Thực hiện", "triển khai", "theo tinh thần" → implements; "tuyên truyền,
/// quán triệt" → mentions); with none, the relation is mentions. The phrases are data (phrases.json).
/// Pure and thread-safe.
/// </summary>
internal sealed class RelationResolver
{
    private const int MaxLookBack = 1500;
    private readonly (string Phrase, string Relation, int? MaxGap)[] _triggers;

    public RelationResolver(DomainTables tables) =>
        _triggers = tables.Phrases.Relations.Select(r => (TextFolding.FoldLoose(r.Phrase), r.Relation, r.MaxGapWords)).ToArray();

    /// <summary>The relation for a citation starting at normalized offset <paramref name="start"/>.</summary>
    public string Resolve(TextView view, int start)
    {
        var scope = SentenceStart(view, start);
        var f = view.Folded;
        var bestEnd = -1;
        var bestLength = 0;
        var relation = CitationRelation.Mentions;
        foreach (var (phrase, rel, maxGap) in _triggers)
        {
            var at = LastWordOccurrence(f, phrase, scope, start);
            if (at < 0) continue;
            var end = at + phrase.Length;
            if (maxGap is { } gap && WordsBetween(f, end, start) > gap) continue;
            if (end > bestEnd || (end == bestEnd && phrase.Length > bestLength))
            {
                (bestEnd, bestLength, relation) = (end, phrase.Length, rel);
            }
        }
        return relation;
    }

    /// <summary>Start of the sentence or list item holding <paramref name="position"/>.</summary>
    internal static int SentenceStart(TextView view, int position)
    {
        var n = view.Normalized;
        var floor = Math.Max(0, position - MaxLookBack);
        var lines = view.LineStarts;
        var li = lines.Length - 1;
        for (var k = position - 1; k >= floor; k--)
        {
            if (k + 2 < n.Length && n[k] is '.' or '!' or '?' && n[k + 1] == ' ' && char.IsUpper(n[k + 2]) && k + 2 <= position) return k + 2;
            while (li >= 0 && lines[li] > k) li--;
            if (li >= 0 && lines[li] == k && IsItemStart(n, k)) return k;
        }
        return floor;
    }

    // "- ", "+ ", "1. ", "2) ", "a) ", "II. ": a new list item or heading starts a new scope.
    private static bool IsItemStart(string n, int k)
    {
        var c = n[k];
        if (c is '-' or '+' or '•') return true;
        var i = k;
        while (i < n.Length && i - k < 5 && (char.IsDigit(n[i]) || n[i] is 'I' or 'V' or 'X')) i++;
        if (i == k && k + 1 < n.Length && char.IsLower(c) && n[k + 1] == ')') return true;
        return i > k && i < n.Length && n[i] is '.' or ')';
    }

    private static int LastWordOccurrence(string f, string phrase, int from, int to)
    {
        var end = to;
        while (end - from >= phrase.Length)
        {
            var at = f.LastIndexOf(phrase, end - 1, end - from, StringComparison.Ordinal);
            if (at < 0) return -1;
            var okBefore = at == 0 || !char.IsLetterOrDigit(f[at - 1]);
            var after = at + phrase.Length;
            var okAfter = after >= f.Length || !char.IsLetterOrDigit(f[after]);
            if (okBefore && okAfter) return at;
            end = at + phrase.Length - 1;
        }
        return -1;
    }

    private static int WordsBetween(string f, int from, int to)
    {
        var words = 0;
        var inWord = false;
        for (var i = from; i < to; i++)
        {
            var letter = f[i] != ' ';
            if (letter && !inWord) words++;
            inWord = letter;
        }
        return words;
    }
}
