using System.Text.RegularExpressions;

namespace Ingest.Indexer.Indexing;

/// <summary>
/// Reads the query text users type, once, for every backend: Azure AI Search's simple syntax with
/// searchMode=all (the Apache Lucene simple query parser's reading, default operator AND) plus field terms as
/// the full syntax writes them (<c>title:"thi đua"</c>, <c>-level:province</c>). The embedded index hands the
/// text to Lucene.Net's own simple parser; the Azure adapter renders this reading in the full syntax, escaped,
/// so both find the same plans. Forgiving like the simple parser: unbalanced quotes or parentheses and stray
/// operators are ignored, never an error. Pure, thread-safe, never throws.
/// </summary>
public static partial class SearchSyntax
{
    // Compile the generated matcher before its 1 s clock times a query (Text/RegexWarmUp says why).
    static SearchSyntax() => Text.RegexWarmUp.Run(FieldTerm(), "title:x");

    /// <summary>Field terms, taken out of the text before the rest is read; a leading '-' excludes.</summary>
    [GeneratedRegex("""(?<=^|[\s(])(?<op>[+-]?)(?<field>title|cited|body|issuer|level|province|year|type):(?<value>"[^"]*"?|[^\s()"]+)""",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    public static partial Regex FieldTerm();

    /// <summary>The field names that search text (the others filter).</summary>
    internal static readonly string[] TextFields = ["title", "cited", "body", "issuer"];

    /// <summary>The query's field terms and the rest of its text, read as the simple syntax reads it.</summary>
    internal static ReadQuery Read(string? text)
    {
        var nfc = Text.UnicodeNormalizer.ToNfc(text ?? "");
        var fields = FieldTerm().Matches(nfc)
            .Select(m => new FieldClause(m.Groups["field"].Value.ToLowerInvariant(), m.Groups["value"].Value, m.Groups["op"].Value == "-"))
            .ToList();
        return new ReadQuery(Parse(FieldTerm().Replace(nfc, " ")), fields);
    }

    /// <summary>Text in the simple syntax as a tree, or null when nothing in it can match (no word).</summary>
    internal static QueryNode? Parse(string text) => new SimpleSyntaxReader(text).Read(0, text.Length);

    /// <summary>True when <paramref name="text"/> holds a word (what the analyzers would keep).</summary>
    internal static bool HasWord(string text) => SearchText.Words(text).Count > 0;
}
