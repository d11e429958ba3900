using System.Text.RegularExpressions;

namespace Ingest.Indexer.Parsing.Citations;

/// <summary>
/// One part of a symbol as the symbol pattern reads it (the serial, the year, a code, a separator): where it stands in
/// the folded text it was read on. Unmatched where the pattern's group took nothing (<see cref="Success"/> false).
/// </summary>
internal readonly struct SymbolPart(string text, int index, int length)
{
    public static readonly SymbolPart None = new("", -1, 0);

    public int Index => index;
    public int Length => length;
    public bool Success => index >= 0;
    public ReadOnlySpan<char> ValueSpan => Success ? text.AsSpan(index, length) : default;
    public string Value => Success ? text.Substring(index, length) : "";
}

/// <summary>
/// What the symbol pattern (<see cref="SymbolParser.SymbolAt"/>) matched at a place of the folded text, group by group:
/// read by <see cref="PlainSymbolReader"/> where the symbol has a plain shape, and from the pattern's Match elsewhere.
/// The groups' names are the pattern's; a repeated group (<c>code</c>, <c>sep</c>, …) lists every capture in order.
/// </summary>
internal sealed class SymbolMatch
{
    public required int Index { get; init; }
    public required int Length { get; init; }
    public int End => Index + Length;
    public required SymbolPart Num { get; init; }
    public SymbolPart Year { get; init; } = SymbolPart.None;
    public SymbolPart Ptype { get; init; } = SymbolPart.None;
    public SymbolPart Hyear { get; init; } = SymbolPart.None;
    public bool Psp { get; init; }
    public bool Pglue { get; init; }
    public bool Pslsp { get; init; }
    public bool Ssp { get; init; }
    public bool Sfix { get; init; }
    public IReadOnlyList<SymbolPart> Code { get; init; } = [];
    public IReadOnlyList<SymbolPart> Sep { get; init; } = [];
    public IReadOnlyList<SymbolPart> Pcode { get; init; } = [];
    public IReadOnlyList<SymbolPart> Psep { get; init; } = [];
    public IReadOnlyList<SymbolPart> Ocode { get; init; } = [];
    public IReadOnlyList<SymbolPart> Hcode { get; init; } = [];

    /// <summary>The symbol pattern's match at <paramref name="i"/> of <paramref name="f"/>, or null where it matches none.</summary>
    internal static SymbolMatch? At(string f, int i) => PlainSymbolReader.Read(f, i) ?? Of(SymbolParser.SymbolAt().Match(f, i), f);

    /// <summary>A Match of the symbol pattern on <paramref name="f"/>, group by group; null where it failed.</summary>
    internal static SymbolMatch? Of(Match m, string f)
    {
        if (!m.Success) return null;
        return new SymbolMatch
        {
            Index = m.Index,
            Length = m.Length,
            Num = Part(m, f, SymbolGroups.Num),
            Year = Part(m, f, SymbolGroups.Year),
            Ptype = Part(m, f, SymbolGroups.Ptype),
            Hyear = Part(m, f, SymbolGroups.Hyear),
            Psp = m.Groups[SymbolGroups.Psp].Success,
            Pglue = m.Groups[SymbolGroups.Pglue].Success,
            Pslsp = m.Groups[SymbolGroups.Pslsp].Success,
            Ssp = m.Groups[SymbolGroups.Ssp].Success,
            Sfix = m.Groups[SymbolGroups.Sfix].Success,
            Code = Parts(m, f, SymbolGroups.Code),
            Sep = Parts(m, f, SymbolGroups.Sep),
            Pcode = Parts(m, f, SymbolGroups.Pcode),
            Psep = Parts(m, f, SymbolGroups.Psep),
            Ocode = Parts(m, f, SymbolGroups.Ocode),
            Hcode = Parts(m, f, SymbolGroups.Hcode),
        };
    }

    private static SymbolPart Part(Match m, string f, int group) =>
        m.Groups[group] is { Success: true } g ? new SymbolPart(f, g.Index, g.Length) : SymbolPart.None;

    private static IReadOnlyList<SymbolPart> Parts(Match m, string f, int group)
    {
        var captures = m.Groups[group].Captures;
        if (captures.Count == 0) return [];
        var parts = new SymbolPart[captures.Count];
        for (var k = 0; k < parts.Length; k++) parts[k] = new SymbolPart(f, captures[k].Index, captures[k].Length);
        return parts;
    }
}
