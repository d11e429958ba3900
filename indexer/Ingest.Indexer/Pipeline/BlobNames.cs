namespace Ingest.Indexer.Pipeline;

/// <summary>How uploads are named in plans/: a month folder and the file name as given, made safe.</summary>
public static class BlobNames
{
    /// <summary>"uploads/2026/11/plan.pdf" for a file sent to the HTTP API; null when no usable name is left.</summary>
    public static string? ForUpload(string? fileName) =>
        string.IsNullOrWhiteSpace(fileName) || Safe(fileName) == "upload" && fileName.Trim() != "upload" ? null : $"uploads/{DateTime.UtcNow:yyyy/MM}/{Safe(fileName)}";

    /// <summary>"inbox/2026/11/plan.pdf" for a file dropped in the local inbox.</summary>
    public static string ForInbox(string fileName) => $"inbox/{DateTime.UtcNow:yyyy/MM}/{Safe(fileName)}";

    private static string Safe(string fileName)
    {
        var clean = new string(Path.GetFileName(fileName.Replace('\\', '/')).Where(c => !char.IsControl(c) && c is not (':' or '*' or '?' or '"' or '<' or '>' or '|')).ToArray()).Trim();
        return clean is "" or "." or ".." ? "upload" : clean;
    }
}
