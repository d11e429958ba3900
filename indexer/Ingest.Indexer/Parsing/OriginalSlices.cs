using Ingest.Indexer.Model;

namespace Ingest.Indexer.Parsing;

/// <summary>
/// A record read from the text with its spacing made plain (<see cref="Text.PlainSpacing"/>) carries offsets into the
/// text as given, since the two have one character for each; this puts back, as every slice's text, what the given
/// text holds there (a no-break space, a written-out "\n"), so that each piece of evidence, citation, deadline and date
/// is exactly its slice of the input, as the model promises.
/// </summary>
internal static class OriginalSlices
{
    public static PlanRecord Restore(PlanRecord record, string given) => record with
    {
        Fields = record.Fields.Select(f => f with { Evidence = Restore(f.Evidence, given) }).ToList(),
        Issuer = record.Issuer with { Evidence = Restore(record.Issuer.Evidence, given) },
        Citations = Restore(record.Citations, given),
        Deadlines = record.Deadlines.Select(d => d with { Text = Slice(given, d.Start, d.End, d.Text) }).ToList(),
        Dates = record.Dates.Select(d => d with { Text = Slice(given, d.Start, d.End, d.Text) }).ToList(),
    };

    private static List<Evidence> Restore(IReadOnlyList<Evidence> evidence, string given) =>
        evidence.Select(e => e with { Text = Slice(given, e.Start, e.End, e.Text) }).ToList();

    public static IReadOnlyList<Citation> Restore(IReadOnlyList<Citation> citations, string given) =>
        citations.Select(c => c with { Text = Slice(given, c.Start, c.End, c.Text) }).ToList();

    // A slice the reader did not take from the text (a span outside it) keeps what the reader wrote.
    private static string Slice(string given, int start, int end, string read) =>
        start >= 0 && end <= given.Length && start <= end ? given[start..end] : read;
}
