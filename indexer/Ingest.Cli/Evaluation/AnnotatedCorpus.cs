namespace Ingest.Cli.Evaluation;

/// <summary>The development corpus: annotated documents and passages (tests/corpus, see its README).</summary>
public sealed record AnnotatedCorpus(IReadOnlyList<CorpusDocument> Documents, IReadOnlyList<CorpusPassage> Passages, IReadOnlyList<string> Problems);
