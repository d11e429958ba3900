namespace Ingest.Indexer.Parsing.Header;

/// <summary>
/// A reason to doubt a header field the parser read with confidence: two parts of the header disagree, or the
/// value has the shape of something else (a page's headline, an agency's shorthand). <see cref="Field"/> is the
/// field graded down (title, issuer, province); <see cref="Code"/> is the diagnostic's stable code.
/// </summary>
public sealed record HeaderDoubt(string Field, string Code, string Message, int? Start = null, int? End = null);
