using System.Text.RegularExpressions;
using Ingest.Indexer.Parsing.Tables;

namespace Ingest.Indexer.Parsing.Citations;

/// <summary>
/// The type a plural heading gives the numbers it lists: "Căn cứ các Nghị quyết của Quốc hội: số 55/2010/QH12 ngày
/// 24/11/2010 về …; số 28/2016/QH14 ngày 11/11/2016 về …; số 107/2020/QH14 ngày 10/6/2020 về …" (mx-ubnd-ha-noi-qd-2025-5721).
/// Each item after the heading's colon, opened by "số" after the colon or a ";", is a document of the heading's type,
/// though its symbol names no type (a Quốc hội code is a law's or a resolution's). A symbol that names its type keeps it;
/// a clause of its own ("Căn cứ …", a sentence's end, a second colon) ends the list, and "các văn bản" names no type.
/// Pure and thread-safe.
/// </summary>
internal sealed partial class PluralListHead
{
    // The item's own lead, read backwards from the number: the separator, an optional "và", then "số".
    [GeneratedRegex(@"(?<sep>[:;])\s*(?:va\s+|hoac\s+)?so\s*[:.]?\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex ItemLead();

    // The heading before its colon: "các", the type word, then optionally "của" and its issuer.
    [GeneratedRegex(@"\bcac\s+(?<word>[a-z]+(?:\s[a-z]+){0,3}?)(?:\s+cua\s+[^:;.*]{1,60})?\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex Heading();

    // What no list item holds: a new clause, a sentence's end, a paragraph's markup.
    [GeneratedRegex(@"can\s+cu|\.\s|[*:]", RegexOptions.CultureInvariant)]
    private static partial Regex ListBreak();

    private const int LeadWindow = 16;
    private const int ListWindow = 1200;
    private const int HeadingWindow = 90;

    private readonly DomainTables _tables;

    public PluralListHead(DomainTables tables) => _tables = tables;

    /// <summary>The type of the plural heading whose list the number at folded <paramref name="start"/> is an item of, if any.</summary>
    public DocumentTypeRow? TypeBefore(string folded, int start)
    {
        var leadFrom = Math.Max(0, start - LeadWindow);
        var lead = ItemLead().Match(folded, leadFrom, start - leadFrom);
        if (!lead.Success) return null;
        var sep = lead.Groups["sep"].Index;
        var colon = sep;
        if (folded[sep] == ';')
        {
            var from = Math.Max(0, sep - ListWindow);
            colon = folded.LastIndexOf(':', sep, sep - from + 1);
            if (colon < 0 || ListBreak().IsMatch(folded.AsSpan(colon + 1, sep - colon - 1))) return null;
        }
        var headFrom = Math.Max(0, colon - HeadingWindow);
        var heading = Heading().Match(folded, headFrom, colon - headFrom);
        // "các văn bản của Quốc hội: …" lists documents of any kind: "văn bản", a word of the công văn type, types no item.
        return heading.Success && _tables.TypeByWord(heading.Groups["word"].Value) is { Id: not "cong-van" } type ? type : null;
    }
}
