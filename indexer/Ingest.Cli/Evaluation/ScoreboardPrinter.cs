using System.Globalization;

namespace Ingest.Cli.Evaluation;

/// <summary>Prints a scoreboard as plain aligned text (no colour: it is read in CI logs and pasted into docs).</summary>
public static class ScoreboardPrinter
{
    public static async Task PrintAsync(TextWriter o, ScoreboardResult r, ScoreboardDiff diff, IReadOnlyList<string> breaches, bool misses)
    {
        var c = CultureInfo.InvariantCulture;
        await o.WriteLineAsync(string.Format(c, "corpus: {0} documents, {1} passages with citations, {2} negatives", r.Documents, r.Passages, r.Negatives));
        await o.WriteLineAsync();
        await o.WriteLineAsync("field           right  empty  wrong  accuracy");
        foreach (var f in r.Fields)
            await o.WriteLineAsync(string.Format(c, "{0,-14} {1,6} {2,6} {3,6}  {4,8:0.000}", f.Field, f.Right, f.Empty, f.Wrong, f.Accuracy));
        await o.WriteLineAsync();
        await o.WriteLineAsync("citations                  found  missed  spurious  precision  recall");
        await Line(o, "numbered (passages)", r.Numbered, precision: true);
        await Line(o, "all (passages)", r.All, precision: false);
        await Line(o, "numbered (documents)", r.DocumentCitations, precision: true);
        await o.WriteLineAsync(string.Format(c, "dates right: {0}/{1} = {2:0.000}", r.Dates.Found, r.Dates.Found + r.Dates.Missed, r.Dates.Recall));
        if (r.Annotated.Recipients + r.Annotated.Deadlines > 0)
        {
            await o.WriteLineAsync();
            await o.WriteLineAsync("documents' other fields     found  missed  spurious  precision  recall");
            await Line(o, $"recipients ({r.Annotated.Recipients} docs)", r.Recipients, precision: true);
            await Line(o, $"deadlines ({r.Annotated.Deadlines} docs)", r.Deadlines, precision: true);
        }
        await o.WriteLineAsync();
        await o.WriteLineAsync("misread headers             found  missed  spurious  precision  recall");
        await Line(o, "flagged for review", r.Review, precision: true);
        await o.WriteLineAsync(string.Format(c, "complete headers read right and not flagged: {0}/{1} = {2:0.000}",
            r.ReviewQuiet, r.ReviewQuiet + r.Review.Spurious, r.ReviewSpecificity));
        await o.WriteLineAsync(string.Format(c, "negatives with nothing found: {0}/{1}", r.NegativesClean, r.Negatives));
        await o.WriteLineAsync();
        await o.WriteLineAsync(string.Format(c, "against tests/corpus/scoreboard.json: {0} gains, {1} losses, {2} new items", diff.Gains.Count, diff.Losses.Count, diff.NewItems));
        foreach (var g in diff.Gains) await o.WriteLineAsync("  + " + g);
        foreach (var l in diff.Losses) await o.WriteLineAsync("  - " + l + (r.Explanations.TryGetValue(l, out var w) ? "  " + w : ""));
        foreach (var b in breaches) await o.WriteLineAsync("BELOW FLOOR " + b);
        if (!misses) return;
        await o.WriteLineAsync();
        await o.WriteLineAsync("misses:");
        foreach (var (key, what) in r.Explanations.OrderBy(e => e.Key, StringComparer.Ordinal)) await o.WriteLineAsync($"  {key}  {what}");
    }

    private static Task Line(TextWriter o, string name, RatioScore s, bool precision) =>
        o.WriteLineAsync(string.Format(CultureInfo.InvariantCulture, "{0,-24} {1,7} {2,7} {3,9}  {4,9}  {5,6:0.000}",
            name, s.Found, s.Missed, precision ? s.Spurious.ToString(CultureInfo.InvariantCulture) : "-",
            precision ? s.Precision.ToString("0.000", CultureInfo.InvariantCulture) : "-", s.Recall));
}
