namespace Ingest.Cli.Evaluation;

/// <summary>
/// The scoreboard of one parser over the corpus. <see cref="Outcomes"/> holds one entry per judged item
/// (<c>d:slug:field</c>, <c>p:id:n</c>, …; true when right) so two runs can be compared item by item.
/// </summary>
public sealed record ScoreboardResult
{
    public required int Documents { get; init; }
    public required int Passages { get; init; }
    public required int Negatives { get; init; }
    public required IReadOnlyList<FieldScore> Fields { get; init; }
    /// <summary>Numbered citations in passages (negatives included: anything found there is spurious).</summary>
    public required RatioScore Numbered { get; init; }
    /// <summary>Every citation in passages, numbered and by name; only recall is meaningful.</summary>
    public required RatioScore All { get; init; }
    /// <summary>Dates of the numbered citations found, where the text or the parser gives one.</summary>
    public required RatioScore Dates { get; init; }
    /// <summary>Distinct numbered documents cited by the corpus documents.</summary>
    public required RatioScore DocumentCitations { get; init; }
    /// <summary>Nơi nhận entries of the documents annotated with them.</summary>
    public required RatioScore Recipients { get; init; }
    /// <summary>Deadline dates of the documents annotated with them.</summary>
    public required RatioScore Deadlines { get; init; }
    /// <summary>
    /// The review flag against the documents whose number, date, title, issuer, level or province was misread:
    /// found = misread and flagged, missed = misread and not flagged, spurious = flagged though all were right.
    /// </summary>
    public required RatioScore Review { get; init; }
    /// <summary>Complete headers read right and not flagged: the flag's specificity is this over it plus the false alarms.</summary>
    public required int ReviewQuiet { get; init; }
    /// <summary>
    /// Of the complete headers read right, the share not flagged. The floor holds this rather than the flag's
    /// precision, which falls whenever a flagged misreading is mended (one fewer right flag, the false alarms
    /// unchanged) and so would block the parser's own progress.
    /// </summary>
    public double ReviewSpecificity => ReviewQuiet + Review.Spurious == 0 ? 1 : (double)ReviewQuiet / (ReviewQuiet + Review.Spurious);
    /// <summary>Documents annotated with recipients, and with deadlines.</summary>
    public required (int Recipients, int Deadlines) Annotated { get; init; }
    /// <summary>Negative passages in which nothing was found.</summary>
    public required int NegativesClean { get; init; }
    public required IReadOnlyDictionary<string, bool> Outcomes { get; init; }
    /// <summary>What each wrong outcome was: expected versus found, for the listing of misses.</summary>
    public required IReadOnlyDictionary<string, string> Explanations { get; init; }

    /// <summary>The headline figures by name, as floors and the README quote them.</summary>
    public IReadOnlyDictionary<string, double> Metrics()
    {
        var m = new SortedDictionary<string, double>(StringComparer.Ordinal)
        {
            ["citations.numbered.precision"] = Numbered.Precision,
            ["citations.numbered.recall"] = Numbered.Recall,
            ["citations.all.recall"] = All.Recall,
            ["citations.dates"] = Dates.Recall,
            ["documents.citations.precision"] = DocumentCitations.Precision,
            ["documents.citations.recall"] = DocumentCitations.Recall,
        };
        foreach (var f in Fields) m["field." + f.Field] = f.Accuracy;
        (m["review.specificity"], m["review.recall"]) = (ReviewSpecificity, Review.Recall);
        if (Annotated.Recipients > 0) (m["recipients.precision"], m["recipients.recall"]) = (Recipients.Precision, Recipients.Recall);
        if (Annotated.Deadlines > 0) (m["deadlines.precision"], m["deadlines.recall"]) = (Deadlines.Precision, Deadlines.Recall);
        return m;
    }
}
