namespace Ingest.Indexer.Text;

/// <summary>
/// One line of the original text, cleaned for reading a block (header, signature, Nơi nhận): NFC, look-alike
/// letters fixed, Markdown marks (#, *, &gt;) removed, trimmed. <see cref="Start"/>/<see cref="End"/> index the
/// original. The cleaned forms are computed on first use, since most lines of a plan are never read this way.
/// Thread-safe (computing twice yields equal values).
/// </summary>
public sealed class PlanLine
{
    private readonly LineSource _source;
    private string? _clean;
    private IReadOnlyList<string>? _columns;

    /// <summary>The line [start, end) of <paramref name="text"/>.</summary>
    public PlanLine(string text, int start, int end) : this(new LineSource(text, JoinSplitSyllables: true), start, end) { }

    internal PlanLine(LineSource source, int start, int end)
    {
        _source = source;
        Start = start;
        End = end;
    }

    public int Start { get; }

    public int End { get; }

    /// <summary>The cleaned line.</summary>
    public string Clean => _clean ??= PlanLineSplitter.Clean(Raw, null, _source.JoinSplitSyllables);

    /// <summary>
    /// Whether <see cref="Clean"/> surely holds a small letter a to z, told without cleaning the line: a reader that
    /// wants lines in capitals passes over a paragraph at the cost of a look.
    /// </summary>
    internal bool KeepsSmallLetter => _clean?.AsSpan().ContainsAnyInRange('a', 'z') ?? PlanLineSplitter.KeepsSmallLetter(Raw);

    /// <summary>The line cut into columns at runs of three or more spaces or a tab (two-column layouts, OCR'd side by side).</summary>
    // A line with no gap is one column, the cleaned line itself: it is cleaned once for both (the signature and
    // Nơi nhận readers ask for both of the same lines; issue 12, parser speed).
    public IReadOnlyList<string> Columns => _columns ??= PlanLineSplitter.HasColumnGap(Raw)
        ? PlanLineSplitter.Columns(Raw, _source.JoinSplitSyllables)
        : Clean.Length > 0 ? [Clean] : [];

    /// <summary>The line as the original text writes it, Markdown marks and all.</summary>
    public ReadOnlySpan<char> Raw => _source.Text.AsSpan(Start, End - Start);

    /// <summary>Length of the line in the original text.</summary>
    public int Length => End - Start;
}

/// <summary>
/// The text the lines of one split share, and whether they may hold a syllable split by spaces
/// (<see cref="PlanLineSplitter.Split"/>): kept once a split, so that a line carries one reference for both.
/// </summary>
internal sealed record LineSource(string Text, bool JoinSplitSyllables);
