namespace Ingest.Indexer.Parsing.Citations;

/// <summary>
/// A symbol while <see cref="SymbolInterpreter"/> reads its codes one by one from a match of the symbol pattern: what the
/// match holds, and what the codes read so far made of it (type code, issuers, whether a repair was needed, where the
/// symbol ends). A struct passed by reference from step to step, so reading a symbol in steps allocates nothing more
/// than reading it in one method did.
/// </summary>
internal struct SymbolDraft
{
    public string Normalized;
    public SymbolMatch Match;
    // A type word or "số" introduced the number (SymbolParser.ParseAt), so any well-formed code sequence is a symbol.
    public bool Introduced;
    public bool Party;
    // The codes and the separators written between them, of the Party branch of the pattern or the state one.
    public IReadOnlyList<SymbolPart> Codes;
    public IReadOnlyList<SymbolPart> Separators;
    public string? TypeCode;
    public List<string> Issuers;
    public bool Repaired;
    public int End;
    // The separator after the type code: '-' as the rules write it, or the '/' or '.' an older or local symbol keeps.
    public char TypeSeparator;
}
