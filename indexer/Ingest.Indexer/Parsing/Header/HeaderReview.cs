using Ingest.Indexer.Model;

namespace Ingest.Indexer.Parsing.Header;

/// <summary>
/// Grades what the header parser read: a <see cref="FieldReading"/> per field with its confidence and
/// evidence, a diagnostic for each field that could not be read, and whether the record needs a human check
/// ("cần kiểm tra"). Pure.
/// </summary>
public static class HeaderReview
{
    // The fields every report and the hierarchy stand on: any of them unread or doubtful sends the record to review.
    private static readonly string[] Core = ["number", "issueDate", "title", "issuer", "level", "province"];

    /// <summary>The readings of the header's own fields (number, type, title, place, date) and their diagnostics.</summary>
    public static IReadOnlyList<FieldReading> Grade(HeaderInfo header, List<Diagnostic> diagnostics)
    {
        // A number the text gives where it names itself, not on the header's "Số:" line, is likely but not certain.
        IReadOnlyList<Evidence> selfNamed = header.SelfNamedEvidence is { } said ? [said] : [];
        // An annex's heading under its title ("(Ban hành kèm theo Quyết định số …)") is the form that gives its number.
        var numberConfidence = header.Symbol is null ? 0 : header.SelfNamedEvidence is { Source: "annex" } ? 0.9
            : header.SelfNamedEvidence is not null ? 0.6 : header.Symbol.Repaired ? 0.7 : 0.95;
        var readings = new List<FieldReading>
        {
            new("number", header.Symbol?.Number, numberConfidence, selfNamed),
            new("docType", header.DocType, header.DocType is null ? 0 : header.TypeFromHeading ? 0.95 : header.TitleSource == "subject" ? 0.8 : 0.7, []),
            new("title", header.Title, header.Title is null ? 0 : header.TitleSource switch { "heading" => 0.9, "subject" => 0.85, "fragment" => 0.5, _ => 0.6 }, []),
            // An adoption note or annex line dates the document but names no place: it is no evidence of one.
            new("place", header.Place, header.Place is null ? 0 : 0.9, header.Place is null || header.PlaceDateEvidence is null ? [] : [header.PlaceDateEvidence]),
            new("issueDate", header.IssueDate?.Iso ?? header.IssueDate?.PartialIso, DateConfidence(header),
                header.PlaceDateEvidence is not null ? [header.PlaceDateEvidence] : header.IssueDate is null ? [] : selfNamed),
        };
        if (header.Symbol is null) diagnostics.Add(new("number-missing", "warning", "no own number (Số: ...) was read in the header"));
        if (header.SelfNamedEvidence is not null)
            diagnostics.Add(new("number-from-text", "info", "the header has no number; it was read where the text names itself"));
        if (header.DocType is null) diagnostics.Add(new("doc-type-missing", "info", "no type heading, V/v subject or type code was read"));
        if (header.Title is null) diagnostics.Add(new("title-missing", "warning", "no title (trích yếu) was read"));
        if (header.IssueDate is null) diagnostics.Add(new("issue-date-missing", "warning", "no place-and-date line was read"));
        // A number and date read where the text names itself are no header block.
        var noNumber = header.Symbol is null || header.SelfNamedEvidence is not null;
        var noDate = header.IssueDate is null || header.PlaceDateEvidence is null;
        if (noNumber && noDate && header.IssuerUnits.Count == 0)
            diagnostics.Add(new("header-missing", "warning", "the text has no header block (number, place-date or issuer lines)"));
        return readings;
    }

    // A date written with the text's naming of itself, not on a place-date line, is graded as its number is.
    private static double DateConfidence(HeaderInfo header) =>
        header.IssueDate is not { } date ? 0
        : header.PlaceDateEvidence is null && header.SelfNamedEvidence is not null ? 0.6
        : date.IsComplete ? 0.95 : 0.5;

    /// <summary>The reading of the signer: name and title when both were read.</summary>
    public static FieldReading Grade(Signer? signer, List<Diagnostic> diagnostics)
    {
        if (signer is null) diagnostics.Add(new("signer-missing", "info", "no signature block was read"));
        var value = signer is null ? null : $"{signer.Title}: {signer.Name}";
        return new FieldReading("signer", value, signer is null ? 0 : 0.85, []);
    }

    // A doubted field is graded just below the review line: read, but to be checked.
    private const double Doubted = 0.5;

    /// <summary>
    /// Grades down each field a <see cref="HeaderDoubt"/> names, to below <see cref="FieldReading.ReviewBelow"/>, and
    /// reports the doubt as a warning: a confident reading that another part of the header contradicts asks for a
    /// human check rather than standing as a guess. Pure apart from the two lists it is given.
    /// </summary>
    public static void Doubt(List<FieldReading> readings, IReadOnlyList<HeaderDoubt> doubts, List<Diagnostic> diagnostics)
    {
        foreach (var doubt in doubts)
        {
            diagnostics.Add(new(doubt.Code, "warning", doubt.Message, doubt.Start, doubt.End));
            var at = readings.FindIndex(r => r.Field == doubt.Field);
            if (at >= 0 && readings[at].Confidence > Doubted) readings[at] = readings[at] with { Confidence = Doubted };
        }
    }

    /// <summary>True when a core field (number, date, title, issuer, level, province) is unread or below <see cref="FieldReading.ReviewBelow"/>.</summary>
    public static bool NeedsReview(IReadOnlyList<FieldReading> readings, string? level) =>
        readings.Any(r => Core.Contains(r.Field) && r.Confidence < FieldReading.ReviewBelow
            && !(r.Field == "province" && level == AdministrativeLevel.Central));
}
