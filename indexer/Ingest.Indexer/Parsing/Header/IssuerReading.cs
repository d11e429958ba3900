using Ingest.Indexer.Model;

namespace Ingest.Indexer.Parsing.Header;

/// <summary>The issuer as resolved, with a reading (value, confidence, evidence) for its name, level and province, and what went wrong.</summary>
public sealed record IssuerReading(IssuerInfo Issuer, FieldReading Name, FieldReading Level, FieldReading Province, IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>The province under its name in provinces.json, whatever it was called on the plan's date: citation keys use it.</summary>
    public string? KeyProvince { get; init; }

    /// <summary>The sentence in which the text names its issuer ("UBND xã … xây dựng Kế hoạch … như sau"), or null.</summary>
    public Evidence? Statement { get; init; }

    /// <summary>True when the text has no header block and its issuer was read from a sentence of the text alone.</summary>
    public bool SaidOnlyInText { get; init; }
}
