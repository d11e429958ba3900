namespace Ingest.Indexer.Model;

/// <summary>
/// Everything the parser reads out of one plan. Immutable; produced by <c>PlanParser.Parse</c>.
/// Field names are the JSON contract in <c>docs/schema/plan-record.schema.json</c>.
/// </summary>
public sealed record PlanRecord
{
    /// <summary>The plan's own number (số ký hiệu) without spaces, e.g. <c>15/KH-BDT</c>; null when the text has none.</summary>
    public string? Number { get; init; }
    /// <summary>Document type name, e.g. <c>Kế hoạch</c>.</summary>
    public string? DocType { get; init; }
    /// <summary>Stable id of the document type, e.g. <c>ke-hoach</c>.</summary>
    public string? DocTypeId { get; init; }
    /// <summary>The summary line (trích yếu).</summary>
    public string? Title { get; init; }
    /// <summary>Place of issue as a province or place name, canonical spelling when it is a province.</summary>
    public string? Place { get; init; }
    /// <summary>Full issue date in ISO form, or null when any part is missing.</summary>
    public string? IssueDate { get; init; }
    /// <summary>Partial issue date (<c>yyyy-MM</c> or <c>yyyy</c>) when the day (or month) is blank.</summary>
    public string? IssueDatePartial { get; init; }
    /// <summary>Year of the plan: from the issue date, the number or the title.</summary>
    public int? Year { get; init; }
    public required IssuerInfo Issuer { get; init; }
    public Signer? Signer { get; init; }
    public required IReadOnlyList<Recipient> Recipients { get; init; }
    /// <summary>The archive line of the Nơi nhận block, e.g. <c>Lưu: VT, VP.</c></summary>
    public string? Archive { get; init; }
    public required IReadOnlyList<Citation> Citations { get; init; }
    public required IReadOnlyList<Deadline> Deadlines { get; init; }
    public required IReadOnlyList<DateMention> Dates { get; init; }
    public required IReadOnlyList<Diagnostic> Diagnostics { get; init; }
    /// <summary>How each header field was read: value, confidence and evidence (number, type, title, place, date, issuer, level, province, signer).</summary>
    public IReadOnlyList<FieldReading> Fields { get; init; } = [];
    /// <summary>True when a header field could not be read or was read with low confidence ("cần kiểm tra"); the diagnostics say which.</summary>
    public bool NeedsReview { get; init; }
}
