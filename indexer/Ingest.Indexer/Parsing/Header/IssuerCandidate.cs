using Ingest.Indexer.Model;

namespace Ingest.Indexer.Parsing.Header;

/// <summary>
/// The issuer as <see cref="IssuerResolver"/>'s stages build it, clue by clue (the header block, a self-statement, the
/// signature, the number's code, the place line): its name and level, how sure each is and why, every clue read and
/// what went wrong. A mutable struct passed by reference from stage to stage: one per parse, on the stack.
/// </summary>
internal struct IssuerCandidate
{
    internal string? Name;
    internal string? Level;
    internal double NameConfidence;
    internal double LevelConfidence;
    internal readonly List<Evidence> NameEvidence;
    internal readonly List<Evidence> LevelEvidence;
    /// <summary>Every clue read, whether or not it named the issuer.</summary>
    internal readonly List<Evidence> Evidence;
    internal readonly List<Diagnostic> Diagnostics;
    private string? _readText;
    private IssuerUnit? _readUnit;

    /// <summary>An issuer not read yet.</summary>
    public IssuerCandidate()
    {
        Diagnostics = new List<Diagnostic>();
        Evidence = new List<Evidence>();
        NameEvidence = new List<Evidence>();
        LevelEvidence = new List<Evidence>();
    }

    // Names the issuer from one clue: the level as sure as the name, unsure where none was read.
    internal void Take(string name, string? level, double confidence, Evidence? clue)
    {
        (Name, Level) = (name, level);
        (NameConfidence, LevelConfidence) = (confidence, level is null ? 0 : confidence);
        if (clue is null) return;
        NameEvidence.Add(clue);
        LevelEvidence.Add(clue);
    }

    // The completions each ask what the name denotes, mostly of a name none of them changed: read it once per name.
    internal IssuerUnit? Named(IssuerUnitReader units, string text)
    {
        if (!string.Equals(text, _readText, StringComparison.Ordinal)) (_readText, _readUnit) = (text, units.ReadName(text));
        return _readUnit;
    }
}
