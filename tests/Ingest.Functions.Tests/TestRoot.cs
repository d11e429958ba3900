namespace Ingest.Functions.Tests;

/// <summary>The repository root and the build configuration the tests run in.</summary>
public static class TestRoot
{
    public static string Path { get; } = Find();

#if DEBUG
    public const string Configuration = "Debug";
#else
    public const string Configuration = "Release";
#endif

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "Ingest.sln"))) return dir.FullName;
        throw new DirectoryNotFoundException("Ingest.sln");
    }
}
