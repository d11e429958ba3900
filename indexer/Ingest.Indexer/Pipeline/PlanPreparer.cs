using Ingest.Indexer.Indexing;
using Ingest.Indexer.Model;
using Ingest.Indexer.Parsing;

namespace Ingest.Indexer.Pipeline;

/// <summary>Turns extracted text into an <see cref="IndexedPlan"/>: parse, hash, keep page starts. Pure and thread-safe.</summary>
public sealed class PlanPreparer
{
    private readonly Func<string, ParseOptions?, PlanRecord> _parse;

    public PlanPreparer(PlanParser parser) : this(parser.Parse) { }

    /// <summary>Prepares with any parse function: how a test puts a parser fault in the ingestion's path.</summary>
    public PlanPreparer(Func<string, ParseOptions?, PlanRecord> parse) => _parse = parse;

    /// <summary>
    /// Prepares one plan. <paramref name="contentHash"/> is the hash of the uploaded bytes when there were any
    /// (so the same file re-uploaded is recognised before extraction); otherwise the text's hash is used.
    /// </summary>
    public IndexedPlan Prepare(string id, string text, string? contentHash = null, IReadOnlyList<int>? pageStarts = null, ParseOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ArgumentNullException.ThrowIfNull(text);
        return new IndexedPlan
        {
            Id = id,
            ContentHash = contentHash ?? IndexedPlan.HashOf(text),
            Record = _parse(text, options),
            Text = text,
            PageStarts = pageStarts ?? [],
        };
    }
}
