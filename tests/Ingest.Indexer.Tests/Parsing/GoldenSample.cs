using System.Text.Json;

namespace Ingest.Indexer.Tests.Parsing;

/// <summary>One hand-checked record from shared/samples/expected, read as the README there describes it.</summary>
internal sealed record GoldenSample(string Name, string PlanPath, JsonElement Expected)
{
    public static IEnumerable<GoldenSample> All() =>
        Directory.GetFiles(TestPaths.Expected, "*.json").OrderBy(f => f).Select(Load);

    public static TheoryData<string> Names()
    {
        var data = new TheoryData<string>();
        foreach (var s in All()) data.Add(s.Name);
        return data;
    }

    public static GoldenSample Load(string expectedPath)
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(expectedPath));
        var root = doc.RootElement.Clone();
        var plan = Path.Combine(TestPaths.Plans, root.GetProperty("source_file").GetString()!);
        return new GoldenSample(Path.GetFileNameWithoutExtension(expectedPath), plan, root);
    }

    public static GoldenSample ByName(string name) => Load(Path.Combine(TestPaths.Expected, name + ".json"));

    public string? Str(string property) =>
        Expected.TryGetProperty(property, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    public IEnumerable<JsonElement> Array(string property) =>
        Expected.TryGetProperty(property, out var v) && v.ValueKind == JsonValueKind.Array ? v.EnumerateArray() : [];
}
