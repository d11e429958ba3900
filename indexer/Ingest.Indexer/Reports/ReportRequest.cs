namespace Ingest.Indexer.Reports;

/// <summary>
/// What a report is asked for: the document or plan it is about and the filters that narrow it. Which fields a
/// kind needs is checked by <see cref="ReferenceReports.BuildAsync"/>. <see cref="Today"/> is given, never read
/// from the clock, so reports are reproducible.
/// </summary>
public sealed record ReportRequest
{
    /// <summary>A document in any spelling (directive report).</summary>
    public string? Document { get; init; }
    /// <summary>A plan id (plan and coverage reports).</summary>
    public string? Plan { get; init; }
    /// <summary>Province name in any spelling (matrix report; a filter for directive).</summary>
    public string? Province { get; init; }
    /// <summary>central, province, district or commune (a filter for directive and matrix).</summary>
    public string? Level { get; init; }
    /// <summary>Issuer name, matched ignoring marks (a filter for deadlines).</summary>
    public string? Issuer { get; init; }
    /// <summary>Year of issue (matrix report; a filter for directive).</summary>
    public int? Year { get; init; }
    /// <summary>Start of the date range, inclusive (deadlines; issue dates for directive).</summary>
    public DateOnly? From { get; init; }
    /// <summary>End of the date range, inclusive.</summary>
    public DateOnly? To { get; init; }
    /// <summary>The day that separates overdue from upcoming deadlines.</summary>
    public required DateOnly Today { get; init; }
}
