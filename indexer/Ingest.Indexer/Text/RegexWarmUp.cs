using System.Text.RegularExpressions;

namespace Ingest.Indexer.Text;

/// <summary>
/// Runs a source-generated pattern once, on an input it matches, before any real text is timed by it. The match
/// timeout that guards such a pattern against runaway backtracking on hostile text is a wall clock, and it also counts
/// the JIT compiling the generated matcher on its first call: the symbol pattern's matcher is thousands of lines, and
/// with 24 cold `plans extract` processes at once on two cores every one of them failed on an ordinary 4 KB OCR text
/// with "The Regex engine has timed out" (2 s), in the first symbol it read. Once compiled here, a match's clock
/// counts matching only. A warm-up that itself runs out of time is ignored: the compile is done either way.
/// </summary>
public static class RegexWarmUp
{
    /// <summary>
    /// The time the parser's long patterns (symbols, dates) get for one match. It stops runaway matching on hostile
    /// text, not slow machines: the clock is the wall's, so it also counts the time a loaded machine keeps the thread
    /// waiting. At 2 s, the corpus scoreboard failed with "The Regex engine has timed out" on an ordinary symbol while
    /// the machine ran 16 test threads and other builds on two cores (load average 40), where the same match takes
    /// microseconds. A 600 KB run of short words after "12/" still gives up (ExtractCommand, the pipeline's failed/ report).
    /// </summary>
    public const int MatchTimeoutMilliseconds = 10_000;

    /// <summary>Matches <paramref name="regex"/> against <paramref name="input"/> once, ignoring a timeout.</summary>
    public static void Run(Regex regex, string input)
    {
        try { regex.Match(input); }
        catch (RegexMatchTimeoutException) { }
    }
}
