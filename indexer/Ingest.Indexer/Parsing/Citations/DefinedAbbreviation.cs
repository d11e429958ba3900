using Ingest.Indexer.Parsing.Tables;
using Ingest.Indexer.Text;

namespace Ingest.Indexer.Parsing.Citations;

/// <summary>
/// An abbreviation the text itself defines in brackets right after the type word it stands for: "thông qua 7 nghị quyết
/// (NQ) quan trọng. Trong đó có NQ về nhiệm vụ phát triển KT-XH …" (is-044, a ward council's session reported). After its
/// definition the abbreviation is that type word, so a document it names by its subject is read as the spelled-out word's
/// would be (tests/corpus/README.md, "NQ" defined by the text). Elsewhere an abbreviation counts only beside a full
/// citation or before a plenum. Pure and thread-safe.
/// </summary>
internal sealed class DefinedAbbreviation
{
    // Each abbreviation's definitions, folded: "nghi quyet (nq)".
    private readonly Dictionary<string, string[]> _definitions;

    public DefinedAbbreviation(DomainTables tables) =>
        _definitions = tables.FoldedAbbreviations()
            .Select(folded => (folded, abbreviation: tables.AbbreviationByWord(folded)!))
            .Where(a => a.abbreviation.Name is null)
            .ToDictionary(a => a.folded,
                a => a.abbreviation.Type.Words.Select(w => TextFolding.FoldLoose(w) + " (" + a.folded + ")").ToArray(), StringComparer.Ordinal);

    /// <summary>True where the text before the abbreviation <paramref name="folded"/> at <paramref name="at"/> defines it.</summary>
    public bool DefinedBefore(string f, string folded, int at)
    {
        if (!_definitions.TryGetValue(folded, out var definitions)) return false;
        foreach (var definition in definitions)
            if (at > definition.Length && f.LastIndexOf(definition, at - 1, at, StringComparison.Ordinal) >= 0) return true;
        return false;
    }
}
