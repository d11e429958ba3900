using Ingest.Indexer.Text;

namespace Ingest.Indexer.Graph;

/// <summary>
/// Suggests known documents for what a user has typed so far, in any spelling: "chi thi 19", "19/ct-ttg",
/// "Luật thi đua". Every typed word must begin a word of the document's label (marks, đ and case ignored), so
/// "19" finds 19/CT-TTg and not 119/KH. Documents cited by more plans come first. The directory is read once
/// and kept for <see cref="CacheFor"/>, so typing costs no index query per key. Thread-safe.
/// </summary>
public sealed class DocumentSuggester(IDocumentDirectory directory, TimeProvider? clock = null)
{
    private readonly TimeProvider _clock = clock ?? TimeProvider.System;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private (DateTimeOffset Read, IReadOnlyList<(KnownDocument Document, string[] Words)> Entries)? _cache;

    /// <summary>How long the list of known documents is reused before it is read again.</summary>
    public TimeSpan CacheFor { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>At most <paramref name="max"/> documents whose label starts words with every typed word; empty for blank input.</summary>
    public async Task<IReadOnlyList<KnownDocument>> SuggestAsync(string typed, int max = 10, CancellationToken cancellationToken = default)
    {
        var wanted = Words(typed ?? "");
        if (wanted.Length == 0) return [];
        var entries = await EntriesAsync(cancellationToken);
        return entries
            .Where(e => wanted.All(w => e.Words.Any(x => x.StartsWith(w, StringComparison.Ordinal))))
            .Select(e => e.Document)
            .OrderByDescending(d => d.CitingPlans).ThenBy(d => d.Label, StringComparer.Ordinal)
            .Take(Math.Clamp(max, 1, 50))
            .ToList();
    }

    private async Task<IReadOnlyList<(KnownDocument Document, string[] Words)>> EntriesAsync(CancellationToken cancellationToken)
    {
        if (_cache is { } c && _clock.GetUtcNow() - c.Read < CacheFor) return c.Entries;
        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (_cache is { } again && _clock.GetUtcNow() - again.Read < CacheFor) return again.Entries;
            var documents = await directory.KnownDocumentsAsync(cancellationToken);
            var entries = documents.Select(d => (d, Words(d.Label + " " + d.Year))).ToList();
            _cache = (_clock.GetUtcNow(), entries);
            return entries;
        }
        finally { _gate.Release(); }
    }

    // Folded words: "Chỉ thị số 19/CT-TTg" → chi, thi, so, 19, ct, ttg. Leading zeros go, as in keys ("05" = "5").
    internal static string[] Words(string text)
    {
        var words = new List<string>();
        var folded = TextFolding.FoldLoose(text);
        for (var i = 0; i < folded.Length;)
        {
            if (!char.IsLetterOrDigit(folded[i])) { i++; continue; }
            var start = i;
            while (i < folded.Length && char.IsLetterOrDigit(folded[i])) i++;
            var word = folded[start..i];
            if (word.Length > 1 && word.All(char.IsDigit)) word = word.TrimStart('0') is { Length: > 0 } t ? t : "0";
            words.Add(word);
        }
        return words.ToArray();
    }
}
