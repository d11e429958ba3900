namespace Ingest.Indexer.Pipeline;

/// <summary>How uploads are named in plans/: a month folder and the file name as given, made safe.</summary>
public static class BlobNames
{
    /// <summary>"uploads/2026/11/plan.pdf" for a file sent to the HTTP API; null when no usable name is left.</summary>
    public static string? ForUpload(string? fileName) =>
        string.IsNullOrWhiteSpace(fileName) || Safe(fileName) == "upload" && fileName.Trim() != "upload" ? null : $"uploads/{DateTime.UtcNow:yyyy/MM}/{Safe(fileName)}";

    /// <summary>
    /// "uploads/2026/11/plans/2021/a.txt" for a file found under a folder given to `plans ingest`: the path below
    /// (and including) that folder is kept, so "2021/a.txt" and "2022/a.txt" stay two plans.
    /// </summary>
    public static string ForUploadPath(string relativePath) =>
        $"uploads/{DateTime.UtcNow:yyyy/MM}/" + string.Join('/', relativePath.Split('/', '\\').Where(s => s.Length > 0).Select(Safe));

    /// <summary>"inbox/2026/11/plan.pdf" for a file dropped in the local inbox.</summary>
    public static string ForInbox(string fileName) => $"inbox/{DateTime.UtcNow:yyyy/MM}/{Safe(fileName)}";

    private static string Safe(string fileName)
    {
        var clean = new string(Path.GetFileName(fileName.Replace('\\', '/')).Where(c => !char.IsControl(c) && c is not (':' or '*' or '?' or '"' or '<' or '>' or '|')).ToArray()).Trim();
        return clean is "" or "." or ".." ? "upload" : clean;
    }
}
