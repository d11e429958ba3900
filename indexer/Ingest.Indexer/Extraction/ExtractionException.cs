namespace Ingest.Indexer.Extraction;

/// <summary>
/// A file that cannot be read, with a stable reason code (too-large, too-many-pages, image-too-large,
/// encrypted, corrupt, unsupported-type, tool-failed, timeout), the file and, where it applies, the page.
/// </summary>
public sealed class ExtractionException(string reason, string file, string message, int? page = null, Exception? inner = null)
    : Exception($"{file}{(page is null ? "" : $", page {page}")}: {message}", inner)
{
    public string Reason { get; } = reason;
    public string File { get; } = file;
    public int? Page { get; } = page;
}
