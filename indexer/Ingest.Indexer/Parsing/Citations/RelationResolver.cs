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
    private readonly Dictionary<string, (string Relation, int? MaxGap)> _triggers = new(StringComparer.Ordinal);
    private readonly PhraseMatcher _matcher;

    public RelationResolver(DomainTables tables)
    {
        foreach (var r in tables.Phrases.Relations) _triggers[TextFolding.FoldLoose(r.Phrase)] = (r.Relation, r.MaxGapWords);
        _matcher = new PhraseMatcher(_triggers.Keys);
    }

    /// <summary>Sets the relation of every draft; the trigger phrases are found once for the whole text.</summary>
    public void ResolveAll(TextView view, IReadOnlyList<CitationDraft> drafts)
    {
        if (drafts.Count == 0) return;
        // Only a trigger that ends before some citation's start can decide a relation: the sweep stops at the last
        // citation instead of reading the whole text (a fiftieth of a parse went to the text after it; issue 12).
        var lastStart = drafts.Max(d => d.Start);
        var found = _matcher.Matches(view.Folded).TakeWhile(t => t.Start < lastStart).ToArray();
        var ends = found.Select(t => t.End).ToArray();
        var boundaries = SentenceStarts(view);
        foreach (var d in drafts)
        {
            var b = UpperBound(boundaries, d.Start) - 1;
            var scope = Math.Max(b >= 0 ? boundaries[b] : 0, d.Start - MaxLookBack);
            d.Relation = Resolve(view, d.Start, scope, found, ends);
        }
    }

    private string Resolve(TextView view, int start, int scope, (int Start, int End, string Phrase)[] found, int[] ends)
    {
        // Triggers ending at or before the citation, nearest first, back to the start of its sentence.
        var i = UpperBound(ends, start) - 1;
        for (; i >= 0 && found[i].Start >= scope; i--)
        {
            var (relation, maxGap) = _triggers[found[i].Phrase];
            if (maxGap is { } gap && WordsBetween(view.Folded, found[i].End, start) > gap) continue;
            return relation;
        }
        return CitationRelation.Mentions;
    }

    private static int UpperBound(int[] sorted, int value)
    {
        int lo = 0, hi = sorted.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (sorted[mid] <= value) lo = mid + 1; else hi = mid;
        }
        return lo;
    }

    /// <summary>
    /// Where sentences and list items start, ascending: after ". " before a capital, and at a line that opens
    /// with a list mark. One pass over the text, shared by all citations.
    /// </summary>
    internal static int[] SentenceStarts(TextView view)
    {
        var n = view.Normalized;
        // Two ascending lists merged: the scan jumps from one sentence mark to the next instead of testing every
        // character (issue 10, parser speed), and only line starts are tried as list items.
        var afterMarks = new List<int>();
        for (var p = n.AsSpan().IndexOfAny('.', '!', '?'); p >= 0;)
        {
            var k = p + 2;
            if (k < n.Length && n[p + 1] == ' ' && char.IsUpper(n[k])) afterMarks.Add(k);
            var next = n.AsSpan(p + 1).IndexOfAny('.', '!', '?');
            p = next < 0 ? -1 : p + 1 + next;
        }
        var starts = new List<int>(afterMarks.Count + 16);
        var a = 0;
        foreach (var line in view.LineStarts)
        {
            if (line >= n.Length || !IsItemStart(n, line)) continue;
            while (a < afterMarks.Count && afterMarks[a] < line) starts.Add(afterMarks[a++]);
            if (starts.Count == 0 || starts[^1] != line) starts.Add(line);
        }
        while (a < afterMarks.Count) starts.Add(afterMarks[a++]);
        return DistinctSorted(starts);
    }

    private static int[] DistinctSorted(List<int> ascending)
    {
        var result = new List<int>(ascending.Count);
        foreach (var k in ascending) if (result.Count == 0 || result[^1] != k) result.Add(k);
        return result.ToArray();
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
