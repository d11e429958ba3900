using Ingest.Indexer.Graph;
using Ingest.Indexer.Indexing;
using Ingest.Indexer.Parsing;
using Ingest.Indexer.Text;

namespace Ingest.Indexer.Adapters.Embedded;

/// <summary>
/// The columns of a plan's catalog rows that need no catalog lookup: its keys, its compressed text and record, and
/// each citation's derived columns. Pure, so a group's rows are computed on every core before the one writer thread
/// writes them (compressing alone was a tenth of that thread's work in a bulk load, docs/BENCHMARKS.md, perf12).
/// </summary>
internal sealed record PlanRows(
    byte[] Text, byte[] Record, string? DocumentKey, string? NumberKey, string IssuerFolded, string? ProvinceSlug, string Label,
    PlanRows.CitationRow[] Citations, int[] DeadlinePages)
{
    /// <summary>A citation's columns beside what the citation itself holds.</summary>
    internal sealed record CitationRow(string? NumberKey, string? Serial, int? Year, string? Province, string? NameKey, string Sentence, int Page, string Label);

    public static PlanRows Of(PlanParser parser, IndexedPlan plan)
    {
        var r = plan.Record;
        var (docKey, numberKey) = PlanKeys.Of(parser, r);
        return new PlanRows(
            PlanSourceText.Compress(plan.Text), PlanSourceText.Record(r), docKey, numberKey, SqlitePlanIndex.Fold(r.Issuer.Name),
            r.Issuer.Province is null ? null : TextFolding.Slug(r.Issuer.Province), SqlitePlanWriter.Label(r.DocType, r.Number, r.Issuer.Name),
            r.Citations.Select(c => Cited(parser, plan, c)).ToArray(),
            r.Deadlines.Select(d => plan.PageOf(d.Start)).ToArray());
    }

    private static CitationRow Cited(PlanParser parser, IndexedPlan plan, Model.Citation c)
    {
        var symbol = parser.Symbols.ParseCited(c.Number, c.TypeId); // "Nghị định 41/2012" files under 41/2012/NĐ-CP
        var serial = symbol?.Serial.TrimStart('0') ?? (c.Number is { } n && n.All(char.IsDigit) ? n.TrimStart('0') : null);
        var (year, province) = PlanKeys.Parts(c.Key);
        return new CitationRow(symbol?.KeyForm, serial, year, province, PlanKeys.NameKey(parser, c),
            SentenceLocator.Around(plan.Text, c.Start, c.End), plan.PageOf(c.Start), SqlitePlanWriter.Label(c.Type, c.Number ?? c.Name, c.Issuer));
    }
}
