using System.Globalization;
using Ingest.Indexer.Indexing;
using Ingest.Indexer.Text;
using Lucene.Net.Documents;
using static Ingest.Indexer.Adapters.Embedded.LucenePlanFields;

namespace Ingest.Indexer.Adapters.Embedded;

/// <summary>
/// Builds the Lucene document of one plan. Only the id is stored: a hit's fields and snippet text come from the
/// catalog, so the index writes no second copy of them. The document holds this thread's reused fields
/// (<see cref="LucenePlanFields"/>): hand it to the writer before building the next.
/// </summary>
internal static class LucenePlanDocument
{
    public static Document Build(IndexedPlan plan)
    {
        var r = plan.Record;
        var f = LucenePlanFields.OfThisThread;
        var text = Nfc(plan.Text);
        var title = Nfc(r.Title ?? "");
        var cited = Nfc(string.Join(" ; ", r.Citations.Select(c => c.Text)));
        f.Title.With(title);
        f.Cited.With(cited);
        f.Body.With(text);
        var doc = new Document
        {
            With(f.Id, plan.Id), WithBytes(f.IdValue, plan.Id),
            f.Title.Folded, f.Cited.Folded, f.Body.Folded,
            f.Title.Exact, f.Cited.Exact, f.Body.Exact,
        };
        if (r.Issuer.Name is { } issuer)
        {
            doc.Add(With(f.Issuer, issuer));
            doc.Add(WithBytes(f.IssuerFacet, issuer));
        }
        if (r.Issuer.Level is { } level) Keyword(doc, f.Level, level, f.LevelFacet, level);
        if (r.Issuer.Province is { } province) Keyword(doc, f.Province, TextFolding.Slug(province), f.ProvinceFacet, province);
        if (r.Year is { } y)
        {
            var year = y.ToString(CultureInfo.InvariantCulture);
            Keyword(doc, f.Year, year, f.YearFacet, year);
        }
        if (r.DocTypeId is { } typeId) doc.Add(With(f.TypeId, typeId));
        if (r.DocType is { } docType)
        {
            doc.Add(With(f.TypeName, TypeTerm(docType)));
            doc.Add(WithBytes(f.TypeFacet, docType));
        }
        if (r.IssueDate is { } date) Keyword(doc, f.IssueDate, date, f.SortDate, date);
        return doc;
    }

    /// <summary>A type filter matches the type id (ke-hoach) or the name in any case (Kế hoạch).</summary>
    public static string TypeTerm(string typeIdOrName) => Text.UnicodeNormalizer.ToNfc(typeIdOrName).ToLowerInvariant();

    private static void Keyword(Document doc, Field term, string value, Field facet, string facetValue)
    {
        doc.Add(With(term, value));
        doc.Add(WithBytes(facet, facetValue));
    }

    internal static string Nfc(string s) => Text.UnicodeNormalizer.ToNfc(s);
}
