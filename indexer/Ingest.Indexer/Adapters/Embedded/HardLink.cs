using System.Runtime.InteropServices;

namespace Ingest.Indexer.Adapters.Embedded;

/// <summary>
/// A second name for a file's bytes (link(2)), where the platform has it. Thread-safe; never throws for a
/// platform or file system without hard links: it answers false and the caller copies instead.
/// </summary>
internal static class HardLink
{
    /// <summary>Makes <paramref name="newPath"/> a second name of <paramref name="existingPath"/>; false when it could not.</summary>
    public static bool TryCreate(string existingPath, string newPath)
    {
        if (!OperatingSystem.IsLinux() && !OperatingSystem.IsMacOS() && !OperatingSystem.IsFreeBSD()) return false;
        try { return Link(existingPath, newPath) == 0; }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException) { return false; }
    }

    [DllImport("libc", EntryPoint = "link", SetLastError = true)]
    private static extern int Link([MarshalAs(UnmanagedType.LPUTF8Str)] string oldPath, [MarshalAs(UnmanagedType.LPUTF8Str)] string newPath);
}
