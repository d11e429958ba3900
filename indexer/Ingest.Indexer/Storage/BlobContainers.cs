namespace Ingest.Indexer.Storage;

/// <summary>The containers of the system, as the infrastructure creates them.</summary>
public static class BlobContainers
{
    /// <summary>Uploaded originals; never modified or deleted by the system.</summary>
    public const string Plans = "plans";
    /// <summary>One JSON record per ingested plan.</summary>
    public const string Records = "records";
    /// <summary>One JSON report per upload that could not be ingested, with the reason.</summary>
    public const string Failed = "failed";

    /// <summary>
    /// Checks a blob name: relative, no "..", no backslashes or control characters, at most 1,024 characters,
    /// so no name can escape its container, on a disk or in a URL.
    /// </summary>
    public static string ValidName(string name)
    {
        if (string.IsNullOrWhiteSpace(name) || name.Length > 1024 || name.StartsWith('/') || name.Contains('\\')
            || name.Split('/').Any(part => part is "" or "." or "..") || name.Any(char.IsControl))
            throw new ArgumentException($"invalid blob name '{name}'", nameof(name));
        return name;
    }
}
