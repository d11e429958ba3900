using Ingest.Indexer.Text;

namespace Ingest.Indexer.Parsing.Citations;

/// <summary>Where a type word ("Nghị quyết", "NQ") stands in the folded text: the span every citation reader starts from. Immutable.</summary>
internal readonly record struct TypeWord(int Index, int Length)
{
    public string Word(TextView view) => view.Folded.Substring(Index, Length);
}
