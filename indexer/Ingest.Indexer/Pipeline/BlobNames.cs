using System.Security.Cryptography;
using System.Text;

namespace Ingest.Indexer.Pipeline;

/// <summary>
/// How uploads are named in plans/: a month folder and the file name as given, made safe. Names are
/// NFC-normalised (a Vietnamese name typed on a Mac and on Windows is one name), control and format characters
/// (bidirectional overrides, zero-width spaces) dropped; when cleaning drops characters
/// or shortens a name, a short hash of the name as given is added, so two different names never fold into one;
/// a name is kept under <see cref="MaxLeafBytes"/> UTF-8 bytes, so it fits every store with its suffixes.
/// </summary>
public static class BlobNames
{
    /// <summary>
    /// The longest file name kept, in UTF-8 bytes. A file system allows 255 bytes a name, and the embedded store
    /// adds ".json" (a record) and a 37-byte temporary suffix to it (and ".meta.json" in folders written before
    /// its metadata journal).
    /// </summary>
    public const int MaxLeafBytes = 150;

    /// <summary>Where every accepted upload is kept, by content: plans/versions/{hash prefix}/{hash}-{file name}.</summary>
    public const string VersionsPrefix = "versions/";

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

    /// <summary>
    /// "versions/{first 2 hex digits}/{first 16 hex digits of the content hash}-{file name}": where an upload's
    /// bytes are kept whatever happens to the name afterwards (a failed extraction, a replacement). Same bytes,
    /// same place. Few folders, shared by many versions: a folder per version (the whole path below a hash
    /// folder) cost the local store more bytes written than the file itself (a directory block each).
    /// </summary>
    public static string Version(string blobName, string contentHash)
    {
        var hash = contentHash[..Math.Min(16, contentHash.Length)];
        return VersionsPrefix + hash[..Math.Min(2, hash.Length)] + "/" + hash + "-" + blobName[(blobName.LastIndexOf('/') + 1)..];
    }

    /// <summary>True for a kept version, which is an archive and not a plan of its own.</summary>
    public static bool IsVersion(string blobName) => blobName.StartsWith(VersionsPrefix, StringComparison.Ordinal);

    private static string Safe(string fileName)
    {
        var given = Path.GetFileName(Text.UnicodeNormalizer.ToNfc(fileName).Replace('\\', '/'));
        // Format characters go too: a right-to-left override shows "evil\u202Etxt.exe" as "evilexe.txt", and a
        // zero-width space makes a name that looks empty or like another.
        var clean = new string(given.Where(c => !char.IsControl(c) && char.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.Format && c is not (':' or '*' or '?' or '"' or '<' or '>' or '|')).ToArray()).Trim();
        if (clean is "" or "." or "..") return "upload";
        if (clean == given && Encoding.UTF8.GetByteCount(clean) <= MaxLeafBytes) return clean;
        // Cleaning changed the name: a short hash of the name as given keeps different names apart.
        var tag = "~" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(given)))[..8];
        var extension = Path.GetExtension(clean);
        if (extension.Length > 16 || extension.Any(c => !char.IsAsciiLetterOrDigit(c) && c != '.')) extension = "";
        var stem = clean[..^extension.Length];
        var room = MaxLeafBytes - Encoding.UTF8.GetByteCount(tag + extension);
        return Truncate(stem, room).TrimEnd() + tag + extension;
    }

    /// <summary>The longest prefix of <paramref name="text"/> within <paramref name="maxBytes"/> UTF-8 bytes, cut between runes.</summary>
    private static string Truncate(string text, int maxBytes)
    {
        var builder = new StringBuilder();
        var bytes = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            if (bytes + rune.Utf8SequenceLength > maxBytes) break;
            bytes += rune.Utf8SequenceLength;
            builder.Append(rune.ToString());
        }
        return builder.ToString();
    }
}
