namespace Ingest.Indexer.Tests;

/// <summary>Finds the shared sample plans (../shared/samples beside the repository), which tests read in place.</summary>
internal static class TestPaths
{
    public static string SamplesRoot { get; } = FindSamples();

    public static string Plans => Path.Combine(SamplesRoot, "plans");

    public static string Expected => Path.Combine(SamplesRoot, "expected");

    public static string RepositoryRoot { get; } = FindRepository();

    private static string FindSamples()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "samples");
            if (Directory.Exists(Path.Combine(candidate, "expected"))) return candidate;
        }
        throw new DirectoryNotFoundException(
            "shared/samples not found above " + AppContext.BaseDirectory + ": the repository must sit beside shared/");
    }

    private static string FindRepository()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Ingest.sln"))) return dir.FullName;
        throw new DirectoryNotFoundException("Ingest.sln not found above " + AppContext.BaseDirectory);
    }
}
