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
            || HasEmptyOrDotPart(name) || HasControl(name))
            throw new ArgumentException($"invalid blob name '{name}'", nameof(name));
        return name;
    }

    // Checked without splitting the name: every blob put or read is checked, several times per file in a bulk load.
    private static bool HasEmptyOrDotPart(string name)
    {
        foreach (var range in name.AsSpan().Split('/'))
            if (name.AsSpan(range) is "" or "." or "..") return true;
        return false;
    }

    private static bool HasControl(string name)
    {
        foreach (var c in name)
            if (char.IsControl(c)) return true;
        return false;
    }
}
