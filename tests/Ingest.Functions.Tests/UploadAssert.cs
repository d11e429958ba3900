using System.Net.Http.Json;
using System.Text.Json;
using Ingest.Indexer.Indexing;
using Ingest.Indexer.Storage;

namespace Ingest.Functions.Tests;

/// <summary>
/// What an accepted upload must be, seen from outside: its original served byte for byte, the plan indexed under
/// that content with its complete record, found by a word of its text. On the folder store the record lives in the
/// catalog beside the plan's entry (served by /api/plans), not in records/: the store must hold no copy.
/// </summary>
public static class UploadAssert
{
    /// <summary>The route path of a blob: each segment percent-encoded, as the service's Location header writes it.</summary>
    public static string Route(string blob) => string.Join('/', blob.Split('/').Select(Uri.EscapeDataString));

    /// <summary>Checks <paramref name="blob"/> holds <paramref name="content"/>; with a word, that a search for it finds the plan.</summary>
    public static async Task KeptAsync(HttpClient client, IBlobStore store, string blob, byte[] content, string? word = null)
    {
        var original = await client.GetByteArrayAsync("/api/originals/" + Route(blob));
        Assert.True(content.AsSpan().SequenceEqual(original), $"{blob}: the original served is not the one accepted");
        var plan = await client.GetFromJsonAsync<JsonElement>("/api/plans/" + Route(blob));
        Assert.True(IndexedPlan.HashOf(content) == plan.GetProperty("contentHash").GetString(), $"{blob}: indexed under other content");
        // The entry served above holds this content's hash, and its record is read from the same catalog row.
        Assert.True(plan.TryGetProperty("record", out var record) && record.TryGetProperty("issuer", out _), $"{blob}: the plan's record is missing");
        Assert.True(await store.GetAsync(BlobContainers.Records, blob + ".json") is null, $"{blob}: a copy of the record in records/");
        if (word is null) return;
        var search = await client.GetFromJsonAsync<JsonElement>("/api/search?q=" + Uri.EscapeDataString(word));
        Assert.True(search.GetProperty("hits").EnumerateArray().Any(h => h.GetProperty("planId").GetString() == blob), $"{blob}: not found by '{word}'");
    }

    // A record leaves out fields it could not read.
    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
