using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Util;
using F = Ingest.Indexer.Adapters.Embedded.LuceneFields;

namespace Ingest.Indexer.Adapters.Embedded;

/// <summary>
/// The fields of a thread's Lucene documents, made once and given each plan's values, as Lucene advises: a new
/// StringField builds its token stream and its attributes anew for every document (the attribute maps were 3% of
/// what `plans ingest` allocated, docs/BENCHMARKS.md run 70). Safe because the writer has inverted a document when
/// AddDocument or UpdateDocument returns, and a thread builds its next document only after that.
/// </summary>
internal sealed class LucenePlanFields
{
    [ThreadStatic] private static LucenePlanFields? t_fields;

    /// <summary>This thread's fields: a document built with them is valid until the thread builds the next.</summary>
    public static LucenePlanFields OfThisThread => t_fields ??= new LucenePlanFields();

    // The exact twins only decide whether a word was typed as written: no positions, no norms, few bytes.
    private static readonly FieldType ExactType = Frozen(new FieldType
    {
        IsIndexed = true, IsTokenized = true, IsStored = false, OmitNorms = true, IndexOptions = IndexOptions.DOCS_ONLY,
    });

    private static FieldType Frozen(FieldType t) { t.Freeze(); return t; }

    public readonly Field Id = new StringField(F.Id, "", Field.Store.YES);
    public readonly Field IdValue = new BinaryDocValuesField(F.IdValue, new BytesRef());
    public readonly LuceneTwinFields Title = new(new TextField(F.Title, "", Field.Store.NO), new Field(F.Exact, "", ExactType));
    public readonly LuceneTwinFields Cited = new(new TextField(F.Cited, "", Field.Store.NO), new Field(F.Exact, "", ExactType));
    public readonly LuceneTwinFields Body = new(new TextField(F.Body, "", Field.Store.NO), new Field(F.Exact, "", ExactType));
    public readonly Field Issuer = new TextField(F.Issuer, "", Field.Store.NO);
    public readonly Field IssuerFacet = new SortedDocValuesField("f_issuer", new BytesRef());
    public readonly Field Level = Keyword(F.Level);
    public readonly Field LevelFacet = new SortedDocValuesField("f_level", new BytesRef());
    public readonly Field Province = Keyword(F.Province);
    public readonly Field ProvinceFacet = new SortedDocValuesField("f_province", new BytesRef());
    public readonly Field Year = Keyword(F.Year);
    public readonly Field YearFacet = new SortedDocValuesField("f_year", new BytesRef());
    public readonly Field TypeId = Keyword(F.Type);
    public readonly Field TypeName = Keyword(F.Type);
    public readonly Field TypeFacet = new SortedDocValuesField("f_type", new BytesRef());
    public readonly Field IssueDate = Keyword(F.IssueDate);
    public readonly Field SortDate = new SortedDocValuesField(F.SortDate, new BytesRef());

    private static Field Keyword(string name) => new StringField(name, "", Field.Store.NO);

    /// <summary><paramref name="field"/> holding <paramref name="value"/>.</summary>
    public static Field With(Field field, string value)
    {
        field.SetStringValue(value);
        return field;
    }

    /// <summary>A doc-values <paramref name="field"/> holding the UTF-8 bytes of <paramref name="value"/>.</summary>
    public static Field WithBytes(Field field, string value)
    {
        field.SetBytesValue(new BytesRef(value));
        return field;
    }
}
