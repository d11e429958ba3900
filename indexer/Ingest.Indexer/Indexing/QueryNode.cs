namespace Ingest.Indexer.Indexing;

/// <summary>
/// A query as the user typed it, read by <see cref="SearchSyntax"/>: what each backend renders in its own
/// syntax. Words are not analyzed here; each backend runs them through its own analysis. Immutable.
/// </summary>
internal abstract record QueryNode;

/// <summary>A bare term ("thi", "34-CT/TW"); a term of several words needs them all.</summary>
internal sealed record TermNode(string Text) : QueryNode;

/// <summary>A term ending in '*': words beginning with <see cref="Text"/>.</summary>
internal sealed record PrefixNode(string Text) : QueryNode;

/// <summary>A term ending in '~N': words within <see cref="Distance"/> edits (1 or 2).</summary>
internal sealed record FuzzyNode(string Text, int Distance) : QueryNode;

/// <summary>"Words in quotes": consecutive in one field, or within <see cref="Slop"/> positions ("a b"~N).</summary>
internal sealed record PhraseNode(string Text, int Slop) : QueryNode;

/// <summary>A negated token: every plan but those matching <see cref="Inner"/>.</summary>
internal sealed record NotNode(QueryNode Inner) : QueryNode;

/// <summary>Clauses joined by one operator: all required (<see cref="All"/>), or any one.</summary>
internal sealed record BoolNode(bool All, IReadOnlyList<QueryNode> Clauses) : QueryNode;

/// <summary>A field term ("title:…", "-level:district"): the field, its value as typed, and whether it excludes.</summary>
internal sealed record FieldClause(string Field, string Value, bool Excludes);

/// <summary>A query's text read once: its field terms, and the rest in the simple syntax (null when empty).</summary>
internal sealed record ReadQuery(QueryNode? Main, IReadOnlyList<FieldClause> Fields);
