using Ingest.Indexer.Parsing.Dates;
using Ingest.Indexer.Parsing.Tables;

namespace Ingest.Indexer.Parsing.Citations;

/// <summary>A citation while the parser's stages work on it; spans are in normalized-text offsets.</summary>
internal sealed class CitationDraft
{
    public required DocumentTypeRow Type { get; set; }
    public DocumentSymbol? Symbol { get; set; }
    /// <summary>A bare number with no codes ("Chỉ thị số 34 của ..."), when that is all that is written.</summary>
    public string? BareNumber { get; init; }
    /// <summary>
    /// The whole symbol a serial and year written alone stands for ("Nghị định số 41/2012" → 41/2012/NĐ-CP): used for
    /// the key, never as the number, which stays as written.
    /// </summary>
    public DocumentSymbol? ImpliedSymbol { get; init; }
    public string? Name { get; set; }
    public DateValue? Date { get; set; }
    public string? Issuer { get; set; }
    public string? Subject { get; set; }
    public int Start { get; set; }
    public int End { get; set; }
    /// <summary>End of the subject clause ("về việc ..."), or <see cref="End"/> when there is none.</summary>
    public int ScopeEnd { get; set; }
    public string Relation { get; set; } = Model.CitationRelation.Mentions;
    public int? ResolvedFrom { get; set; }
    /// <summary>Where the document this one was issued with starts ("ban hành kèm theo Quyết định số ..."), if any.</summary>
    public int? AnnexHostStart { get; set; }
    public bool IsNumbered => Symbol is not null || BareNumber is not null;
    /// <summary>True when the name itself says which one document it is (a plenum, a congress): never the plan itself.</summary>
    public bool NamesOneDocument { get; set; }
    /// <summary>True for a document named by type and subject that the sentence reports as issued, adopted or announced.</summary>
    public bool IsReported { get; init; }
    /// <summary>
    /// A type word and number inside a body's name ("Ban Chỉ đạo … và Đề án 06", BodyNameTail): never a citation itself,
    /// but the text's own naming of that document, so a short form of it elsewhere in the text counts.
    /// </summary>
    public bool InBodyName { get; init; }

    /// <summary>
    /// The first of type words that share one name ("Chương trình, Kế hoạch công tác …", ja-024): its span holds the
    /// next one's, which is a document of its own, not a name inside this one.
    /// </summary>
    public bool SharesItsName { get; init; }
}
