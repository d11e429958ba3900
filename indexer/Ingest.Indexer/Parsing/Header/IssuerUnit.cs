namespace Ingest.Indexer.Parsing.Header;

/// <summary>
/// One body named in a header's issuer block ("UBND TỈNH BẾN TRE", then "SỞ Y TẾ"): its head, its words, and
/// what they tell: the jurisdiction word and place ("tỉnh", "Bến Tre"), the level, a display name.
/// </summary>
public sealed record IssuerUnit
{
    /// <summary>The head row that opens the unit, or null when the block opens with an unknown word.</summary>
    public IssuerHeadRow? Head { get; init; }
    /// <summary>The unit's words, head included.</summary>
    public required IReadOnlyList<HeaderToken> Tokens { get; init; }
    /// <summary>The jurisdiction word in running-text case (tỉnh, huyện, xã, thành phố), or null.</summary>
    public string? Jurisdiction { get; init; }
    /// <summary>The place after the jurisdiction word, in title case ("Bến Tre"), or null.</summary>
    public string? Place { get; init; }
    /// <summary>The unit's own level (fixed by its head or told by its jurisdiction), or null.</summary>
    public string? Level { get; init; }
    /// <summary>The name in running-text case ("Sở Y tế", "UBND tỉnh Bến Tre").</summary>
    public required string Name { get; init; }

    /// <summary>Normalized start of the unit's first word.</summary>
    public int Start => Tokens[0].Start;
    /// <summary>Normalized end of the unit's last word.</summary>
    public int End => Tokens[^1].End;
}
