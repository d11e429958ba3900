using Ingest.Indexer.Model;
using Ingest.Indexer.Parsing;

namespace Ingest.Cli.Evaluation;

/// <summary>
/// Runs the parser over the annotated corpus and scores it field by field and citation by citation, the way
/// eyecite's CI scores its real corpus. Pure apart from the parser it is given; thread-safe.
/// </summary>
public static class Scoreboard
{
    public static ScoreboardResult Run(AnnotatedCorpus corpus, PlanParser parser)
    {
        var outcomes = new SortedDictionary<string, bool>(StringComparer.Ordinal);
        var why = new Dictionary<string, string>(StringComparer.Ordinal);
        var fields = CorpusReader.FieldNames.ToDictionary(f => f, _ => (right: 0, empty: 0, wrong: 0));
        var docCites = new Tally();
        var recipients = new Tally();
        var deadlines = new Tally();
        var review = new Tally();
        foreach (var doc in corpus.Documents)
        {
            var record = parser.Parse(doc.Text);
            var misread = new List<string>();
            foreach (var field in CorpusReader.FieldNames)
            {
                var expected = doc.Fields[field];
                var actual = Value(record, field);
                var key = $"d:{doc.Slug}:{field}";
                var right = FieldComparer.Same(field, expected, actual);
                outcomes[key] = right;
                var t = fields[field];
                if (right) t.right++;
                else
                {
                    if (actual is null) t.empty++; else t.wrong++;
                    why[key] = $"expected {Show(expected)}, got {Show(actual)}";
                    if (ReviewedFields.Contains(field)) misread.Add(field);
                }
                fields[field] = t;
            }
            ScoreReview(doc.Slug, misread, Complete(doc), record.NeedsReview, review, outcomes, why);
            ScoreDocumentCitations(doc, record, docCites, outcomes, why);
            if (doc.Recipients is { } named)
                ScoreList(doc.Slug, "recipient", named.Select(FieldComparer.Recipient), record.Recipients.Select(r => FieldComparer.Recipient(r.Text)), recipients, outcomes, why);
            if (doc.Deadlines is { } dated)
                ScoreList(doc.Slug, "deadline", dated, record.Deadlines.Select(d => d.Date).OfType<string>(), deadlines, outcomes, why);
        }

        var numbered = new Tally();
        var all = new Tally();
        var dates = new Tally();
        var clean = 0;
        foreach (var passage in corpus.Passages)
        {
            var record = parser.Parse(passage.Text);
            if (passage.Negative && record.Citations.Count == 0) clean++;
            ScorePassage(passage, record, numbered, all, dates, outcomes, why);
        }

        return new ScoreboardResult
        {
            Documents = corpus.Documents.Count,
            Passages = corpus.Passages.Count(p => !p.Negative),
            Negatives = corpus.Passages.Count(p => p.Negative),
            Fields = CorpusReader.FieldNames.Select(f => new FieldScore(f, fields[f].right, fields[f].empty, fields[f].wrong)).ToList(),
            Numbered = numbered.Score,
            All = all.Score,
            Dates = dates.Score,
            DocumentCitations = docCites.Score,
            Recipients = recipients.Score,
            Deadlines = deadlines.Score,
            Review = review.Score,
            ReviewQuiet = review.Quiet,
            Annotated = (corpus.Documents.Count(d => d.Recipients is not null), corpus.Documents.Count(d => d.Deadlines is not null)),
            NegativesClean = clean,
            Outcomes = outcomes,
            Explanations = why,
        };
    }

    // The header fields whose misreading the record must own up to (HeaderReview's core fields): every report and
    // the hierarchy stand on them, so a wrong or missing one should come flagged "cần kiểm tra", not guessed.
    private static readonly string[] ReviewedFields = ["number", "issue_date", "title", "issuer", "level", "province"];

    // A document whose header was misread is an item the review flag should find. A flagged document whose header
    // was read right is a false alarm (spurious) only when the header has every reviewed field: a text with no
    // number or date of its own looks to the parser exactly like one whose number it failed to read, and a human
    // should look at it either way.
    private static void ScoreReview(string slug, List<string> misread, bool complete, bool flagged, Tally tally,
        IDictionary<string, bool> outcomes, IDictionary<string, string> why)
    {
        var key = $"d:{slug}:review";
        if (misread.Count > 0)
        {
            outcomes[key] = flagged;
            if (flagged) tally.Found++;
            else { tally.Missed++; why[key] = $"misread ({string.Join(", ", misread)}) but not flagged for review"; }
        }
        else if (complete)
        {
            outcomes[key] = !flagged;
            if (flagged) { tally.Spurious++; why[key] = "flagged for review, but every reviewed field was read right"; }
            else tally.Quiet++;
        }
    }

    // True when the annotation gives every reviewed field (a central body has no province).
    private static bool Complete(CorpusDocument doc) => ReviewedFields.All(f =>
        doc.Fields[f] is not null || (f == "province" && doc.Fields["level"] == "central"));

    private static string? Value(PlanRecord r, string field) => field switch
    {
        "doc_type" => r.DocType,
        "number" => r.Number,
        "issuer" => r.Issuer.Name,
        "level" => r.Issuer.Level,
        "province" => r.Issuer.Province,
        "place" => r.Place,
        "issue_date" => r.IssueDate,
        "title" => r.Title,
        "signer" => r.Signer?.Name,
        "signer_title" => r.Signer?.Title,
        _ => throw new ArgumentOutOfRangeException(nameof(field), field, "not a scoreboard field"),
    };

    private static string Show(string? s) => s is null ? "(empty)" : "\"" + s.ReplaceLineEndings(" ") + "\"";

    private static void ScoreDocumentCitations(CorpusDocument doc, PlanRecord record, Tally tally,
        IDictionary<string, bool> outcomes, IDictionary<string, string> why)
    {
        var expected = doc.Citations.Where(c => c.Number is not null).Select(c => FieldComparer.Symbol(c.Number!)).ToHashSet();
        var found = record.Citations.Where(c => c.Number is not null).Select(c => FieldComparer.Symbol(c.Number!)).ToHashSet();
        foreach (var number in expected)
        {
            var hit = found.Contains(number);
            outcomes[$"d:{doc.Slug}:cite:{number}"] = hit;
            if (hit) tally.Found++;
            else { tally.Missed++; why[$"d:{doc.Slug}:cite:{number}"] = "not found"; }
        }
        foreach (var number in found.Where(n => !expected.Contains(n)))
        {
            tally.Spurious++;
            outcomes[$"d:{doc.Slug}:extra:{number}"] = false;
            why[$"d:{doc.Slug}:extra:{number}"] = "found but not annotated";
        }
    }

    // Two lists of one document compared as multisets: each expected entry found once at most, the rest spurious.
    private static void ScoreList(string slug, string kind, IEnumerable<string> expected, IEnumerable<string> found, Tally tally,
        IDictionary<string, bool> outcomes, IDictionary<string, string> why)
    {
        var left = found.GroupBy(f => f, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var item in expected)
        {
            var n = seen[item] = seen.GetValueOrDefault(item) + 1;
            var key = $"d:{slug}:{kind}:{item}" + (n > 1 ? $"#{n}" : "");
            var hit = left.GetValueOrDefault(item) > 0;
            if (hit) left[item]--;
            outcomes[key] = hit;
            if (hit) tally.Found++;
            else { tally.Missed++; why[key] = "not found"; }
        }
        foreach (var (item, count) in left.Where(l => l.Value > 0))
        {
            tally.Spurious += count;
            var key = $"d:{slug}:{kind}-extra:{item}";
            outcomes[key] = false;
            why[key] = "found but not annotated";
        }
    }

    private static void ScorePassage(CorpusPassage passage, PlanRecord record, Tally numbered, Tally all, Tally dates,
        IDictionary<string, bool> outcomes, IDictionary<string, string> why)
    {
        var predicted = record.Citations;
        var used = new bool[predicted.Count];
        var searchFrom = 0;
        for (var i = 0; i < passage.Citations.Count; i++)
        {
            var truth = passage.Citations[i];
            var key = $"p:{passage.Id}:{i}";
            var at = passage.Text.IndexOf(truth.Text!, searchFrom, StringComparison.Ordinal);
            if (at < 0) at = passage.Text.IndexOf(truth.Text!, StringComparison.Ordinal);
            else searchFrom = at + 1;
            var match = truth.Number is { } number
                ? FindNumbered(predicted, used, FieldComparer.Symbol(number))
                : FindOverlapping(predicted, used, at, at + truth.Text!.Length);
            var hit = match >= 0;
            if (hit) used[match] = true;
            outcomes[key] = hit;
            if (!hit) why[key] = $"missed {truth.Type} {truth.Number ?? "(by name)"} in \"{truth.Text}\"";
            Count(all, hit);
            if (truth.Number is null) continue;
            Count(numbered, hit);
            if (!hit) continue;
            var got = predicted[match].Date;
            if (truth.Date is null && got is null) continue;
            var dateRight = truth.Date == got;
            outcomes[key + ":date"] = dateRight;
            if (!dateRight) why[key + ":date"] = $"date of {truth.Number}: expected {Show(truth.Date)}, got {Show(got)}";
            Count(dates, dateRight);
        }
        for (var j = 0; j < predicted.Count; j++)
        {
            if (used[j] || predicted[j].Number is null) continue;
            numbered.Spurious++;
            var key = $"p:{passage.Id}:extra:{FieldComparer.Symbol(predicted[j].Number!)}";
            outcomes[key] = false;
            why[key] = $"found {predicted[j].Type} {predicted[j].Number} in \"{predicted[j].Text}\", not annotated";
        }
        if (!passage.Negative) return;
        // A look-alike read as a citation by name is as wrong as a spurious symbol, and without a key of its own
        // "negatives with nothing found" would drop a count with nothing in --misses to say which passage.
        for (var j = 0; j < predicted.Count; j++)
        {
            if (predicted[j].Number is not null) continue;
            var key = $"p:{passage.Id}:extra-name:{j}";
            outcomes[key] = false;
            why[key] = $"found {predicted[j].Type} (by name) in \"{predicted[j].Text}\", a negative";
        }
    }

    private static void Count(Tally t, bool hit) { if (hit) t.Found++; else t.Missed++; }

    private static int FindNumbered(IReadOnlyList<Citation> predicted, bool[] used, string number)
    {
        for (var j = 0; j < predicted.Count; j++)
            if (!used[j] && predicted[j].Number is { } n && FieldComparer.Symbol(n) == number) return j;
        return -1;
    }

    private static int FindOverlapping(IReadOnlyList<Citation> predicted, bool[] used, int start, int end)
    {
        for (var j = 0; j < predicted.Count; j++)
            if (!used[j] && predicted[j].Start < end && start < predicted[j].End) return j;
        return -1;
    }

    private sealed class Tally
    {
        public int Found, Missed, Spurious;
        // Items rightly left alone (a header read right and not flagged): what a false alarm is counted against.
        public int Quiet;
        public RatioScore Score => new(Found, Missed, Spurious);
    }
}
