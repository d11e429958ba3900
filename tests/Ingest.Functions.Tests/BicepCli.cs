using System.Reflection;
using Ingest.Indexer.Adapters.Embedded;

namespace Ingest.Functions.Tests;

/// <summary>
/// The Bicep CLI from the NuGet package Azure.Bicep.CommandLine.linux-x64 (restored by `dotnet restore`
/// through the test project's PackageDownload; the path comes from the build as assembly metadata).
/// </summary>
public static class BicepCli
{
    public static string Path { get; } = typeof(BicepCli).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "BicepCli").Value!;

    /// <summary>Runs bicep with the arguments; the package does not keep the executable bit, so it is set first.</summary>
    public static Task<ExternalProgram.Result> RunAsync(params string[] arguments)
    {
        if (!File.Exists(Path)) throw new FileNotFoundException("the Bicep CLI is restored by `dotnet restore` (PackageDownload Azure.Bicep.CommandLine.linux-x64)", Path);
        if (!OperatingSystem.IsWindows())
        {
            var mode = File.GetUnixFileMode(Path);
            const UnixFileMode run = UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute;
            if ((mode & run) != run) File.SetUnixFileMode(Path, mode | run);
        }
        return ExternalProgram.RunAsync(Path, arguments, TimeSpan.FromMinutes(3));
    }
}
