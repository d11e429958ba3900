using Ingest.Cli.Evaluation;
using Ingest.Indexer.Model;
using Ingest.Indexer.Parsing;

namespace Ingest.Indexer.Tests.Parsing;

/// <summary>
/// The same real document saved with Windows line ends, with no-break spaces where it had spaces (Word, HTML
/// pages), or with its line breaks written out as "\n" (a JSON or CSV export), reads the same. Before the parser
/// made its spacing plain (Text/PlainSpacing.cs), the corpus's documents given "\r\n" line ends lost own numbers and
/// signers' titles, given no-break spaces a tenth of their own numbers, given written-out breaks two thirds of their
/// titles (docs/ACCURACY.md, "Spacing and line ends"). Every eighth corpus document, so a fault shows on real layouts.
/// </summary>
public class SpacingInvarianceTests
{
    private static readonly PlanParser Parser = new();
    private static readonly Lazy<IReadOnlyList<CorpusDocument>> Documents = new(() =>
        CorpusReader.Read(Path.Combine(TestPaths.RepositoryRoot, "tests", "corpus")).Documents.Where((_, i) => i % 8 == 0).ToList());

    [Fact]
    public void A_document_with_windows_line_ends_reads_as_with_line_feeds() =>
        AssertSameReading(t => t.Replace("\n", "\r\n", StringComparison.Ordinal));

    [Fact]
    public void A_document_with_no_break_spaces_reads_as_with_spaces() =>
        AssertSameReading(t => t.Replace(' ', '\u00A0'));

    [Fact]
    public void A_document_whose_line_breaks_were_written_out_as_escapes_reads_as_with_line_breaks() =>
        AssertSameReading(t => t.Replace("\n", "\\n", StringComparison.Ordinal));

    private static void AssertSameReading(Func<string, string> respace)
    {
        Assert.NotEmpty(Documents.Value);
        var differing = new List<string>();
        foreach (var document in Documents.Value)
        {
            var respaced = respace(document.Text);
            var record = Parser.Parse(respaced);
            var (plain, read) = (Reading(Parser.Parse(document.Text)), Reading(record));
            if (plain != read) differing.Add($"{document.Slug}:\n{plain}\n---\n{read}");
            // Offsets and slices are of the text as given, no-break spaces and written-out breaks included.
            var slices = record.Citations.Select(c => (c.Text, c.Start, c.End))
                .Concat(record.Fields.SelectMany(f => f.Evidence).Select(e => (e.Text, e.Start, e.End)));
            differing.AddRange(slices.Where(x => respaced[x.Start..x.End] != x.Text).Select(x => $"{document.Slug}: slice {x.Start}..{x.End} is not \"{x.Text}\""));
        }
        Assert.Empty(differing);
    }

    private static string Reading(PlanRecord r) => string.Join("\n",
        r.Number, r.DocType, r.Title, r.Place, r.IssueDate, r.Issuer.Name, r.Issuer.Level, r.Issuer.Province,
        r.Signer?.Name, r.Signer?.Title, string.Join("; ", r.Recipients.Select(x => x.Name)),
        string.Join("; ", r.Citations.Select(c => c.Key)), string.Join("; ", r.Deadlines.Select(d => d.Date)));
}
