namespace Ingest.Indexer.Graph;

/// <summary>
/// One plan citing a document, however many times it cites it and however many files hold it: the
/// versions (the same plan stored as PDF, photo and text), every relation, every evidence sentence.
/// </summary>
/// <param name="PlanId">The version shown first.</param>
/// <param name="Versions">Every stored file of this plan, <paramref name="PlanId"/> first; one entry when there is one file.</param>
/// <param name="VersionsAlike">Why the versions are one plan: <c>same-number-issuer-date</c> or <c>same-content</c>; null for one file.</param>
/// <param name="Number">The plan's number, when it has one.</param>
/// <param name="Title">The plan's summary line.</param>
/// <param name="Issuer">Who issued it.</param>
/// <param name="Level">The issuer's administrative level.</param>
/// <param name="Province">The issuer's province.</param>
/// <param name="IssueDate">ISO issue date, when complete.</param>
/// <param name="Evidence">Every distinct sentence citing the document, across versions.</param>
/// <param name="Relations">The distinct relations, strongest first (implements, basis, mentions).</param>
public sealed record CitingPlanRow(
    string PlanId, IReadOnlyList<string> Versions, string? VersionsAlike,
    string? Number, string? Title, string? Issuer, string? Level, string? Province, string? IssueDate,
    IReadOnlyList<string> Relations, IReadOnlyList<CitationEvidence> Evidence);
