namespace Ingest.Indexer.Tests;

/// <summary>Rules of the architecture (shared/STYLE.md) that a compiler does not check.</summary>
public sealed class MetaTests
{
    private static IEnumerable<string> Sources(string folder) =>
        Directory.GetFiles(Path.Combine(TestPaths.RepositoryRoot, folder), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}") && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}"));

    [Fact]
    public void Cloud_sdk_namespaces_appear_only_under_Adapters_Azure()
    {
        var offenders = Sources("indexer")
            .Where(f => !f.Contains(Path.Combine("Adapters", "Azure")))
            .Where(f => File.ReadLines(f).Any(l => l.TrimStart().StartsWith("using Azure", StringComparison.Ordinal) || l.Contains("Azure.Search.Documents") || l.Contains("Azure.Core")))
            .ToList();
        Assert.True(offenders.Count == 0, "cloud SDK outside Adapters/Azure: " + string.Join(", ", offenders));
    }

    [Fact]
    public void Parsing_is_free_of_io()
    {
        string[] io = ["System.IO.File", "File.Read", "File.Write", "Directory.", "HttpClient", "Environment.GetEnvironmentVariable", "DateTime.Now", "DateTimeOffset.UtcNow", "Process.Start"];
        var offenders = Sources(Path.Combine("indexer", "Ingest.Indexer", "Parsing"))
            .Concat(Sources(Path.Combine("indexer", "Ingest.Indexer", "Text")))
            .Where(f => io.Any(token => File.ReadAllText(f).Contains(token)))
            .ToList();
        Assert.True(offenders.Count == 0, "I/O in pure code: " + string.Join(", ", offenders));
    }

    [Fact]
    public void Functions_only_adapt_and_never_reach_around_the_indexer()
    {
        var offenders = Sources("functions").Where(f => File.ReadAllText(f).Contains("Microsoft.Data.Sqlite") || File.ReadAllText(f).Contains("new Regex")).ToList();
        Assert.Empty(offenders);
    }
}
