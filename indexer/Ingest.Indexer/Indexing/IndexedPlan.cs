using System.Security.Cryptography;
using System.Text;
using Ingest.Indexer.Model;

namespace Ingest.Indexer.Indexing;

/// <summary>
/// A parsed plan ready for an index: its id (where it came from, e.g. the blob name), the hash of its content
/// (re-ingesting the same content is a no-op), the record, the extracted text and where each page starts in it.
/// </summary>
public sealed record IndexedPlan
{
    /// <summary>Stable id of the source, e.g. <c>plans/2021/khanh-hoa.pdf</c>. A changed file keeps its id.</summary>
    public required string Id { get; init; }
    /// <summary>Lower-case hex SHA-256 of the uploaded bytes (or of the text when there were no bytes).</summary>
    public required string ContentHash { get; init; }
    public required PlanRecord Record { get; init; }
    /// <summary>The extracted text the record's offsets index.</summary>
    public required string Text { get; init; }
    /// <summary>Offsets in <see cref="Text"/> where pages 2, 3, ... begin (page 1 begins at 0).</summary>
    public IReadOnlyList<int> PageStarts { get; init; } = [];

    /// <summary>The 1-based page holding text offset <paramref name="offset"/>.</summary>
    public int PageOf(int offset)
    {
        var page = 1;
        foreach (var start in PageStarts) { if (offset >= start) page++; else break; }
        return page;
    }

    /// <summary>The hash used for <see cref="ContentHash"/>.</summary>
    public static string HashOf(ReadOnlySpan<byte> content) => Convert.ToHexStringLower(SHA256.HashData(content));

    /// <summary>The hash of a text, for plans that arrive as text.</summary>
    public static string HashOf(string text) => HashOf(Encoding.UTF8.GetBytes(text));
}
