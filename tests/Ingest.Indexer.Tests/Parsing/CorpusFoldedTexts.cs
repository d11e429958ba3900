using System.Text.Json;
using Ingest.Indexer.Text;

namespace Ingest.Indexer.Tests.Parsing;

/// <summary>
/// The folded text (<see cref="TextView.Folded"/>) of every corpus document, passage and sample, read and built once for
/// the tests that hold a hand-written reader to its pattern at every place of the corpus (symbols, dates): each of them
/// sweeps the whole corpus twice, and built anew every sweep cost four text views of every text.
/// </summary>
internal static class CorpusFoldedTexts
{
    private static readonly Lazy<IReadOnlyList<string>> s_all = new(() => Texts().Select(t => TextViewBuilder.Build(t).Folded).ToList());

    public static IReadOnlyList<string> All => s_all.Value;

    private static IEnumerable<string> Texts()
    {
        var root = Path.Combine(TestPaths.RepositoryRoot, "tests", "corpus");
        foreach (var file in Directory.GetFiles(Path.Combine(root, "documents"), "*.txt").Concat(Directory.GetFiles(TestPaths.Plans)))
            yield return File.ReadAllText(file);
        foreach (var file in Directory.GetFiles(Path.Combine(root, "passages"), "*.jsonl"))
            foreach (var line in File.ReadLines(file).Where(l => l.Length > 0))
                yield return JsonDocument.Parse(line).RootElement.GetProperty("text").GetString()!;
    }
}
