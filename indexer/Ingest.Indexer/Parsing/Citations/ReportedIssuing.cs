using Ingest.Indexer.Parsing.Tables;
using Ingest.Indexer.Text;

namespace Ingest.Indexer.Parsing.Citations;

/// <summary>
/// Whether the words right before a type word report the document issued or announced ("đã ban hành", "vừa ký", "công
/// bố": phrases.json's reportedIssuingBefore and reportedAnnouncingBefore), as whole words. The one reading of it for
/// the readers that name a document by its subject (<see cref="LowerCaseNaming"/>, <see cref="FoundingDecision"/>).
/// Pure and thread-safe.
/// </summary>
internal sealed class ReportedIssuing
{
    // The phrases are short: the longest ("đã ký ban hành ") fits with room to spare.
    private const int Window = 24;
    private readonly string[] _phrases;

    public ReportedIssuing(DomainTables tables) =>
        _phrases = (tables.Phrases.ReportedIssuingBefore ?? []).Concat(tables.Phrases.ReportedAnnouncingBefore ?? [])
            .Select(s => TextFolding.FoldLoose(s) + " ").ToArray();

    /// <summary>True when one of the phrases ends right before <paramref name="start"/> of the folded text.</summary>
    public bool Before(string folded, int start) =>
        EndsWithWord(folded.AsSpan(Math.Max(0, start - Window), Math.Min(Window, start)), _phrases);

    /// <summary>True when <paramref name="before"/> ends with one of <paramref name="phrases"/> (folded) as whole words.</summary>
    public static bool EndsWithWord(ReadOnlySpan<char> before, string[] phrases)
    {
        foreach (var r in phrases)
            if (before.EndsWith(r, StringComparison.Ordinal) && (before.Length == r.Length || before[^(r.Length + 1)] == ' ')) return true;
        return false;
    }
}
