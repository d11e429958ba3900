namespace Ingest.Indexer.Model;

/// <summary>How a plan relates to a document it cites.</summary>
public static class CitationRelation
{
    /// <summary>Legal basis: "Căn cứ ...".</summary>
    public const string Basis = "basis";
    /// <summary>The plan carries the document out: "Thực hiện ...", "theo tinh thần ...".</summary>
    public const string Implements = "implements";
    /// <summary>Any other mention.</summary>
    public const string Mentions = "mentions";
}
