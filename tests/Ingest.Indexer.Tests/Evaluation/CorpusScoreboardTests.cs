using Ingest.Cli.Evaluation;
using Ingest.Indexer.Parsing;

namespace Ingest.Indexer.Tests.Evaluation;

/// <summary>
/// The parser held to the real-text corpus (tests/corpus): the corpus must be well-formed and drawn only from
/// pages we may use, and the scoreboard must stay at or above the committed floors, so a change that loses
/// ground fails here with its losses listed.
/// </summary>
public class CorpusScoreboardTests
{
    private static readonly string CorpusDir = Path.Combine(TestPaths.RepositoryRoot, "tests", "corpus");
    private static readonly Lazy<AnnotatedCorpus> Corpus = new(() => CorpusReader.Read(CorpusDir));

    [Fact]
    public void Every_corpus_entry_is_well_formed()
    {
        Assert.Empty(Corpus.Value.Problems);
        Assert.NotEmpty(Corpus.Value.Documents);
        Assert.NotEmpty(Corpus.Value.Passages);
    }

    [Fact]
    public void No_corpus_text_comes_from_a_page_kept_aside_for_judging()
    {
        var excluded = File.ReadAllLines(Path.Combine(TestPaths.SamplesRoot, "..", "EXCLUDED-PAGES.txt"))
            .Where(l => l.Length > 0 && !l.StartsWith('#')).Select(Canonical).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var sources = Corpus.Value.Documents.Select(d => d.Source).Concat(Corpus.Value.Passages.Select(p => p.Source));
        // "…/tay-ninh/?p=4&d=" is a view of the page "…/tay-ninh" kept aside; "document.aspx?id=1" and "?id=2" are two pages.
        Assert.DoesNotContain(sources, s => excluded.Contains(Canonical(s)) || excluded.Contains(WithoutQuery(Canonical(s))));
    }

    [Fact]
    public void No_passage_is_copied_twice_from_one_page()
    {
        // Two batches took the same sentences from one page (pd- after dc-, kf- after ir-): a second copy counts one
        // reading twice, and the copies had drifted apart (ij-012 cited a repeat ig-023 rightly leaves out).
        var copies = Corpus.Value.Passages
            .GroupBy(p => (Text: string.Join(' ', p.Text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)), Page: Canonical(p.Source)))
            .Where(g => g.Count() > 1)
            .Select(g => string.Join(", ", g.Select(p => p.Id)));
        Assert.Empty(copies);
    }

    [Fact]
    public void The_parser_stays_at_or_above_the_floors()
    {
        var result = Scoreboard.Run(Corpus.Value, new PlanParser());
        var breaches = ScoreboardFloors.Breaches(result, ScoreboardFloors.Read(Path.Combine(CorpusDir, "floors.json")));
        var diff = ScoreboardDiff.Compare(ScoreboardDiff.ReadOutcomes(Path.Combine(CorpusDir, "scoreboard.json")), result.Outcomes);
        Assert.True(breaches.Count == 0,
            string.Join("\n", breaches) + "\nlosses against scoreboard.json:\n" +
            string.Join("\n", diff.Losses.Select(l => l + "  " + result.Explanations.GetValueOrDefault(l))));
    }

    private static string WithoutQuery(string page) => page.Split('?', '#')[0].TrimEnd('/');

    private static string Canonical(string url)
    {
        // The list writes some addresses percent-encoded ("Quy%E1%BA%BFt_…"), a batch as the page shows them ("Quyết_…").
        var u = Uri.UnescapeDataString(url.Trim());
        var scheme = u.IndexOf("://", StringComparison.Ordinal);
        if (scheme >= 0) u = u[(scheme + 3)..];
        if (u.StartsWith("www.", StringComparison.OrdinalIgnoreCase)) u = u[4..];
        return u.TrimEnd('/');
    }
}
