namespace Ingest.Indexer.Parsing.Recipients;

/// <summary>
/// Whether a folded run, spaced at both ends (" kt chu tich "), holds a signature title's head as whole words: what
/// <c>run.Contains(" " + head + " ")</c> says, without building that needle for every head of the table on every cell
/// and item line the signature and Nơi nhận readers try (about a hundredth of a parse's allocation; issue 12, parser
/// speed). Pure and thread-safe.
/// </summary>
internal static class TitleHeadWords
{
    /// <summary>True when one of <paramref name="heads"/> stands in <paramref name="spacedRun"/> between two spaces.</summary>
    public static bool AnyIn(string spacedRun, IReadOnlyList<string> heads)
    {
        for (var i = 0; i < heads.Count; i++)
            if (StandsIn(spacedRun, heads[i])) return true;
        return false;
    }

    private static bool StandsIn(string run, string head)
    {
        for (var at = run.IndexOf(head, StringComparison.Ordinal); at >= 0; at = run.IndexOf(head, at + 1, StringComparison.Ordinal))
            if (at > 0 && run[at - 1] == ' ' && at + head.Length < run.Length && run[at + head.Length] == ' ') return true;
        return false;
    }
}
