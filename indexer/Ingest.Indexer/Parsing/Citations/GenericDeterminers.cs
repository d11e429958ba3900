using Ingest.Indexer.Parsing.Tables;
using Ingest.Indexer.Text;

namespace Ingest.Indexer.Parsing.Citations;

/// <summary>
/// The plural and generic determiners before a type word ("các Nghị quyết của Quốc hội", "các Chỉ thị, Nghị quyết của
/// Đảng về …", "những Kế hoạch …"): a type word after one names a kind of document, no one document. Pure and thread-safe.
/// </summary>
internal sealed class GenericDeterminers
{
    private readonly DomainTables _tables;
    private readonly string[] _generic;

    public GenericDeterminers(DomainTables tables)
    {
        _tables = tables;
        _generic = tables.Phrases.GenericDeterminers.Select(g => TextFolding.FoldLoose(g) + " ").ToArray();
    }

    /// <summary>True where <paramref name="before"/> (folded) ends with a determiner and its space.</summary>
    public bool EndBefore(ReadOnlySpan<char> before)
    {
        foreach (var g in _generic) if (before.EndsWith(g)) return true;
        return false;
    }

    /// <summary>
    /// True where <paramref name="before"/> (folded) ends with a determiner and its space as whole words: "các " but not
    /// the end of another word.
    /// </summary>
    public bool EndBeforeAsWords(ReadOnlySpan<char> before) => ReportedIssuing.EndsWithWord(before, _generic);

    // "các Chỉ thị, Nghị quyết": type words listed after a plural determiner are all plural, not the last one alone.
    public bool InGenericList(ReadOnlySpan<char> before)
    {
        if (!before.EndsWith(", ")) return false;
        foreach (var g in _generic)
        {
            var at = before.LastIndexOf(g);
            if (at < 0 || (at > 0 && before[at - 1] != ' ')) continue;
            var listed = before[(at + g.Length)..^2];
            var all = listed.Length > 0;
            foreach (var part in listed.ToString().Split(','))
                if (_tables.TypeByWord(part.Trim()) is null) { all = false; break; }
            if (all) return true;
        }
        return false;
    }
}
