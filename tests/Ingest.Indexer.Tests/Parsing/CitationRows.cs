using Ingest.Indexer.Parsing;

namespace Ingest.Indexer.Tests.Parsing;

/// <summary>
/// Citation test rows written as "Type|Number|Date" ("-" for none), one per citation in the text's order, and the
/// parser's citations of a text in the same form: the shape the held-out and unseen-text tests share.
/// </summary>
internal static class CitationRows
{
    private static readonly PlanParser Parser = new();

    public static List<(string Type, string? Number, string? Date)> Read(string text) =>
        Parser.Parse(text).Citations.Select(c => (c.Type, c.Number, c.Date)).ToList();

    public static List<(string Type, string? Number, string? Date)> Expected(string[] rows) =>
        rows.Select(r => r.Split('|')).Select(p => (p[0], p[1] == "-" ? null : p[1], p[2] == "-" ? null : p[2])).ToList();
}
