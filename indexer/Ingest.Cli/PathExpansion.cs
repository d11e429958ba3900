namespace Ingest.Cli;

/// <summary>Expands the paths given to `plans ingest`: files as they are, folders recursively, simple globs (*, ?) in the last part.</summary>
public static class PathExpansion
{
    public static IEnumerable<string> Expand(IEnumerable<string> paths) => ExpandNamed(paths).Select(f => f.Path);

    /// <summary>
    /// The files with the names to file them under: a file's own name, or for a file found in a folder its path
    /// below that folder ("central/000001.txt"), so equal names in two subfolders stay apart.
    /// </summary>
    public static IEnumerable<(string Path, string Name)> ExpandNamed(IEnumerable<string> paths)
    {
        foreach (var path in paths)
        {
            if (File.Exists(path)) { yield return (path, Path.GetFileName(path)); continue; }
            if (Directory.Exists(path))
            {
                foreach (var f in Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories).OrderBy(f => f, StringComparer.Ordinal))
                    yield return (f, Path.GetRelativePath(path, f).Replace('\\', '/'));
                continue;
            }
            var dir = Path.GetDirectoryName(path);
            var pattern = Path.GetFileName(path);
            if (pattern.IndexOfAny(['*', '?']) < 0) continue;
            var folder = string.IsNullOrEmpty(dir) ? "." : dir;
            if (!Directory.Exists(folder)) continue;
            foreach (var f in Directory.EnumerateFiles(folder, pattern).OrderBy(f => f, StringComparer.Ordinal)) yield return (f, Path.GetFileName(f));
        }
    }
}
