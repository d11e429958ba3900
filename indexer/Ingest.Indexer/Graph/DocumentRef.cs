namespace Ingest.Indexer.Graph;

/// <summary>
/// A document as a user names it, in any spelling, reduced to what can be matched: the symbol's key form
/// (<c>34-CT/TW</c>), or a type and serial ("Chỉ thị 34"), or a by-name key (<c>luat:thi-dua-khen-thuong</c>),
/// with the year and province when the spelling gives them.
/// </summary>
public sealed record DocumentRef
{
    public string? NumberKey { get; init; }
    public string? TypeId { get; init; }
    public string? Serial { get; init; }
    public string? NameKey { get; init; }
    public int? Year { get; init; }
    /// <summary>Province slug for a local document when the spelling names it.</summary>
    public string? Province { get; init; }
    /// <summary>
    /// The district or commune slug (<c>huyen-son-tinh</c>) when the spelling names one ("của UBND huyện Sơn
    /// Tịnh"): then only that jurisdiction's document matches, not the province's of the same number.
    /// </summary>
    public string? Below { get; init; }
    /// <summary>
    /// True when the symbol holds its year ("83/2015/QH13", "15/2020/NĐ-CP"): a central one is then one document
    /// nationwide, so the names plans wrote beside it stand for it too.
    /// </summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public bool SymbolHoldsYear { get; init; }
    /// <summary>The full key when the spelling pins the document down completely.</summary>
    public string? Key { get; init; }

    /// <summary>
    /// For a reference by name, every key its citations may carry (<see cref="NameKeyForms"/>): the name as typed
    /// and the name with a year after it. Null for a reference by number. Not in answers: two hundred keys that
    /// only say how the lookup was made.
    /// </summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public IReadOnlyList<string>? NameKeys { get; init; }

    /// <summary>True when a citation keyed <paramref name="citationKey"/> is of this reference's document by key.</summary>
    public bool MatchesKey(string citationKey) =>
        NameKeys is { } names ? names.Contains(citationKey, StringComparer.Ordinal) : citationKey == Key;

    /// <summary>
    /// The document key the named body's own document has (<c>1/KH-UBND|2023|ninh-binh/huyen-dinh-tinh</c>) when the
    /// spelling gives its number, year and province: what a cites or trace start looks up with one index seek.
    /// </summary>
    public string? OwnDocumentKey => NumberKey is not null && Year is not null && Province is not null
        ? $"{NumberKey}|{Year}|{Province}{(Below is null ? "" : "/" + Below)}" : null;

    /// <summary>True when nothing matchable was read.</summary>
    public bool IsEmpty => NumberKey is null && Serial is null && NameKey is null && Key is null;

    /// <summary>
    /// How a plan keyed <paramref name="docKey"/> stands to the jurisdiction this reference names: 0 it is the
    /// named body's (the district's or commune's when one is named, the province's own when only the province
    /// is), 1 a body's below the named province, null outside it. A reference naming no place ranks every plan 0.
    /// </summary>
    public int? JurisdictionRank(string? docKey)
    {
        if (Province is null && Below is null) return 0;
        if (docKey is null || PlanKeys.Parts(docKey).Province is not { } place) return null;
        if (Below is not null)
            return place.EndsWith("/" + Below, StringComparison.Ordinal) && (Province is null || place.StartsWith(Province + "/", StringComparison.Ordinal)) ? 0 : null;
        return place == Province ? 0 : place.StartsWith(Province + "/", StringComparison.Ordinal) ? 1 : null;
    }
}
