namespace Ingest.Indexer.Model;

/// <summary>The four administrative levels, as the strings used in records and filters.</summary>
public static class AdministrativeLevel
{
    public const string Central = "central";
    public const string Province = "province";
    public const string District = "district";
    public const string Commune = "commune";

    /// <summary>All levels, from the top down.</summary>
    public static IReadOnlyList<string> All { get; } = [Central, Province, District, Commune];

    /// <summary>Rank from the top (central = 0); -1 for unknown.</summary>
    public static int Rank(string? level) => level is null ? -1 : IndexOf(level);

    private static int IndexOf(string level)
    {
        for (var i = 0; i < All.Count; i++) if (All[i] == level) return i;
        return -1;
    }
}
