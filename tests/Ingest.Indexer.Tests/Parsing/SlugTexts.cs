using System.Text.Json;

namespace Ingest.Indexer.Tests.Parsing;

/// <summary>Texts kept in a test as pairs of lines: a corpus document's slug, then its text as a JSON string.</summary>
internal static class SlugTexts
{
    public static Dictionary<string, string> Read(string pairs)
    {
        var texts = new Dictionary<string, string>();
        var lines = pairs.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i + 1 < lines.Length; i += 2) texts[lines[i]] = JsonSerializer.Deserialize<string>(lines[i + 1])!;
        return texts;
    }
}
