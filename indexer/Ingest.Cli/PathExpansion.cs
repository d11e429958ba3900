namespace Ingest.Cli;

/// <summary>Expands the paths given to `plans ingest`: files as they are, folders recursively, simple globs (*, ?) in the last part.</summary>
public static class PathExpansion
{
    public static IEnumerable<string> Expand(IEnumerable<string> paths)
    {
        foreach (var path in paths)
        {
            if (File.Exists(path)) { yield return path; continue; }
            if (Directory.Exists(path))
            {
                foreach (var f in Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories).OrderBy(f => f, StringComparer.Ordinal)) yield return f;
                continue;
            }
            var dir = Path.GetDirectoryName(path);
            var pattern = Path.GetFileName(path);
            if (pattern.IndexOfAny(['*', '?']) < 0) continue;
            var folder = string.IsNullOrEmpty(dir) ? "." : dir;
            if (!Directory.Exists(folder)) continue;
            foreach (var f in Directory.EnumerateFiles(folder, pattern).OrderBy(f => f, StringComparer.Ordinal)) yield return f;
        }
    }
}
