using System.Globalization;
using Ingest.Indexer.Indexing;
using Ingest.Indexer.Text;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Util;
using F = Ingest.Indexer.Adapters.Embedded.LuceneFields;

namespace Ingest.Indexer.Adapters.Embedded;

/// <summary>
/// Builds the Lucene document of one plan. Only the id is stored: a hit's fields and snippet text come from the
/// catalog, so the index writes no second copy of them. Pure.
/// </summary>
internal static class LucenePlanDocument
{
    // The exact twins only decide whether a word was typed as written: no positions, no norms, few bytes.
    private static readonly FieldType ExactType = Frozen(new FieldType
    {
        IsIndexed = true, IsTokenized = true, IsStored = false, OmitNorms = true, IndexOptions = IndexOptions.DOCS_ONLY,
    });

    private static FieldType Frozen(FieldType t) { t.Freeze(); return t; }

    public static Document Build(IndexedPlan plan)
    {
        var r = plan.Record;
        var text = Nfc(plan.Text);
        var title = Nfc(r.Title ?? "");
        var cited = Nfc(string.Join(" ; ", r.Citations.Select(c => c.Text)));
        var doc = new Document
        {
            new StringField(F.Id, plan.Id, Field.Store.YES),
            new BinaryDocValuesField(F.IdValue, new BytesRef(plan.Id)),
            new TextField(F.Title, title, Field.Store.NO),
            new TextField(F.Cited, cited, Field.Store.NO),
            new TextField(F.Body, text, Field.Store.NO),
            new Field(F.Exact, title, ExactType),
            new Field(F.Exact, cited, ExactType),
            new Field(F.Exact, text, ExactType),
        };
        if (r.Issuer.Name is { } issuer)
        {
            doc.Add(new TextField(F.Issuer, issuer, Field.Store.NO));
            doc.Add(new SortedDocValuesField("f_issuer", new BytesRef(issuer)));
        }
        if (r.Issuer.Level is { } level)
        {
            Keyword(doc, F.Level, level, "f_level", level);
        }
        if (r.Issuer.Province is { } province)
        {
            Keyword(doc, F.Province, TextFolding.Slug(province), "f_province", province);
        }
        if (r.Year is { } y)
        {
            var year = y.ToString(CultureInfo.InvariantCulture);
            Keyword(doc, F.Year, year, "f_year", year);
        }
        if (r.DocTypeId is { } typeId) doc.Add(new StringField(F.Type, typeId, Field.Store.NO));
        if (r.DocType is { } docType)
        {
            doc.Add(new StringField(F.Type, TypeTerm(docType), Field.Store.NO));
            doc.Add(new SortedDocValuesField("f_type", new BytesRef(docType)));
        }
        if (r.IssueDate is { } date)
        {
            doc.Add(new StringField(F.IssueDate, date, Field.Store.NO));
            doc.Add(new SortedDocValuesField(F.SortDate, new BytesRef(date)));
        }
        return doc;
    }

    /// <summary>A type filter matches the type id (ke-hoach) or the name in any case (Kế hoạch).</summary>
    public static string TypeTerm(string typeIdOrName) => Text.UnicodeNormalizer.ToNfc(typeIdOrName).ToLowerInvariant();

    private static void Keyword(Document doc, string field, string term, string facetField, string facetValue)
    {
        doc.Add(new StringField(field, term, Field.Store.NO));
        doc.Add(new SortedDocValuesField(facetField, new BytesRef(facetValue)));
    }

    internal static string Nfc(string s) => Text.UnicodeNormalizer.ToNfc(s);
}
