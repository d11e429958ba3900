using System.Text.Json;
using Ingest.Indexer.Parsing;

namespace Ingest.Cli.Evaluation;

/// <summary>
/// <c>plans eval [--corpus DIR] [--misses] [--update] [--json]</c>: the parser's scoreboard on the real-text corpus,
/// per field and per citation, with the gains and losses against the committed previous run and the floors CI holds.
/// </summary>
public static class EvalCommand
{
    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr)
    {
        string? dir = null;
        bool misses = false, update = false, json = false;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--corpus" when i + 1 < args.Length: dir = args[++i]; break;
                case "--misses": misses = true; break;
                case "--update": update = true; break;
                case "--json": json = true; break;
                default:
                    await stderr.WriteLineAsync("usage: plans eval [--corpus DIR] [--misses] [--update] [--json]");
                    return CommandLine.Usage;
            }
        }
        dir ??= FindCorpus(Directory.GetCurrentDirectory());
        if (dir is null || !Directory.Exists(dir))
        {
            await stderr.WriteLineAsync("plans eval: no corpus folder (tests/corpus) here or above; pass --corpus DIR");
            return CommandLine.Usage;
        }
        var corpus = CorpusReader.Read(dir);
        foreach (var p in corpus.Problems) await stderr.WriteLineAsync("corpus: " + p);
        var result = Scoreboard.Run(corpus, new PlanParser());
        var saved = Path.Combine(dir, "scoreboard.json");
        var diff = ScoreboardDiff.Compare(ScoreboardDiff.ReadOutcomes(saved), result.Outcomes);
        var floorsPath = Path.Combine(dir, "floors.json");
        var breaches = File.Exists(floorsPath) ? ScoreboardFloors.Breaches(result, ScoreboardFloors.Read(floorsPath)) : [];

        if (json) await stdout.WriteLineAsync(JsonSerializer.Serialize(new { metrics = result.Metrics(), diff.Gains, diff.Losses, breaches }));
        else await ScoreboardPrinter.PrintAsync(stdout, result, diff, breaches, misses);
        if (update) ScoreboardDiff.Save(saved, result);
        return corpus.Problems.Count > 0 || breaches.Count > 0 ? CommandLine.Failed : CommandLine.Ok;
    }

    private static string? FindCorpus(string start)
    {
        for (var d = new DirectoryInfo(start); d is not null; d = d.Parent)
        {
            var candidate = Path.Combine(d.FullName, "tests", "corpus");
            if (File.Exists(Path.Combine(candidate, "README.md"))) return candidate;
        }
        return null;
    }
}
