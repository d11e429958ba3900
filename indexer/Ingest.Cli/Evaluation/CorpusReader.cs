using System.Text.Json;
using Ingest.Indexer.Text;

namespace Ingest.Cli.Evaluation;

/// <summary>
/// Reads tests/corpus: <c>documents/*.json</c> beside their <c>.txt</c>, and <c>passages/*.jsonl</c>. A malformed
/// entry is reported in <see cref="AnnotatedCorpus.Problems"/> and left out rather than thrown, so one slip in a hand-made
/// annotation does not hide the rest of the scoreboard; the corpus test fails on any problem.
/// </summary>
public static class CorpusReader
{
    /// <summary>The scoreboard's header fields, in the order they are printed.</summary>
    public static readonly IReadOnlyList<string> FieldNames =
        ["doc_type", "number", "issuer", "level", "province", "place", "issue_date", "title", "signer", "signer_title"];

    private static readonly HashSet<string> Levels = ["central", "province", "district", "commune"];

    public static AnnotatedCorpus Read(string root)
    {
        var problems = new List<string>();
        var documents = new List<CorpusDocument>();
        var passages = new List<CorpusPassage>();
        var docDir = Path.Combine(root, "documents");
        if (Directory.Exists(docDir))
            foreach (var json in Directory.EnumerateFiles(docDir, "*.json").Order(StringComparer.Ordinal))
                Try(json, problems, () => documents.Add(ReadDocument(json)));
        var passageDir = Path.Combine(root, "passages");
        if (Directory.Exists(passageDir))
            foreach (var file in Directory.EnumerateFiles(passageDir, "*.jsonl").Order(StringComparer.Ordinal))
            {
                var n = 0;
                foreach (var line in File.ReadLines(file))
                {
                    n++;
                    if (string.IsNullOrWhiteSpace(line)) continue;
                    Try($"{file}:{n}", problems, () => passages.Add(ReadPassage(line)));
                }
            }
        foreach (var dup in passages.GroupBy(p => p.Id).Where(g => g.Count() > 1)) problems.Add($"passage id {dup.Key} is used {dup.Count()} times");
        return new AnnotatedCorpus(documents, passages, problems);
    }

    private static void Try(string where, List<string> problems, Action read)
    {
        try { read(); }
        catch (Exception e) when (e is JsonException or InvalidDataException or FileNotFoundException or KeyNotFoundException or InvalidOperationException)
        {
            problems.Add($"{where}: {e.Message}");
        }
    }

    private static CorpusDocument ReadDocument(string jsonPath)
    {
        var txt = Path.ChangeExtension(jsonPath, ".txt");
        if (!File.Exists(txt)) throw new FileNotFoundException($"no {Path.GetFileName(txt)} beside it");
        using var doc = JsonDocument.Parse(File.ReadAllText(jsonPath));
        var root = doc.RootElement;
        var expected = root.GetProperty("expected");
        // An annotated list written beside "expected" instead of inside it would silently go unscored.
        foreach (var misplaced in new[] { "recipients", "deadlines", "citations" })
            if (root.TryGetProperty(misplaced, out _)) throw new InvalidDataException($"\"{misplaced}\" belongs inside \"expected\"");
        var fields = new Dictionary<string, string?>();
        foreach (var name in FieldNames.Where(n => n is not "signer" and not "signer_title"))
            fields[name] = expected.TryGetProperty(name, out var v) ? AsString(v) : throw new InvalidDataException($"expected.{name} is missing");
        if (!expected.TryGetProperty("signer", out var signer)) throw new InvalidDataException("expected.signer is missing");
        fields["signer"] = signer.ValueKind == JsonValueKind.Object ? AsString(signer.GetProperty("name")) : null;
        fields["signer_title"] = signer.ValueKind == JsonValueKind.Object ? AsString(signer.GetProperty("title")) : null;
        if (fields["level"] is { } level && !Levels.Contains(level)) throw new InvalidDataException($"level '{level}' is not one of {string.Join(", ", Levels)}");
        return new CorpusDocument
        {
            Slug = Path.GetFileNameWithoutExtension(jsonPath),
            // Decoded as an uploaded .txt file is (LocalTextExtractor): the parser is held to the text the product gives it.
            Text = TextDecoder.Decode(File.ReadAllBytes(txt)).Text,
            Source = RequiredString(root, "source"),
            SourceKind = OptionalString(root, "source_kind"),
            IssuerKind = OptionalString(root, "issuer_kind"),
            Fields = fields,
            Citations = expected.TryGetProperty("citations", out var c) ? ReadCitations(c, null) : [],
            Recipients = expected.TryGetProperty("recipients", out var r) ? ReadStrings(r, "recipients") : null,
            Deadlines = expected.TryGetProperty("deadlines", out var d) ? ReadDates(d) : null,
        };
    }

    private static List<string> ReadStrings(JsonElement array, string name)
    {
        if (array.ValueKind != JsonValueKind.Array) throw new InvalidDataException($"expected.{name} is not a list");
        return array.EnumerateArray().Select(e => AsString(e) ?? throw new InvalidDataException($"expected.{name} holds an empty entry")).ToList();
    }

    private static List<string> ReadDates(JsonElement array)
    {
        var dates = ReadStrings(array, "deadlines");
        foreach (var date in dates)
            if (!DateOnly.TryParseExact(date, "yyyy-MM-dd", out _)) throw new InvalidDataException($"deadline '{date}' is not ISO");
        return dates;
    }

    private static CorpusPassage ReadPassage(string line)
    {
        using var doc = JsonDocument.Parse(line);
        var root = doc.RootElement;
        var text = RequiredString(root, "text");
        var negative = root.TryGetProperty("negative", out var n) && n.ValueKind == JsonValueKind.True;
        var citations = ReadCitations(root.GetProperty("citations"), text);
        if (negative && citations.Count > 0) throw new InvalidDataException("a negative passage lists citations");
        if (!negative && citations.Count == 0) throw new InvalidDataException("a passage with no citation must be marked negative");
        return new CorpusPassage
        {
            Id = RequiredString(root, "id"),
            Text = text,
            Source = RequiredString(root, "source"),
            IssuerKind = OptionalString(root, "issuer_kind"),
            Negative = negative,
            Citations = citations,
        };
    }

    private static List<CorpusCitation> ReadCitations(JsonElement array, string? passage)
    {
        var list = new List<CorpusCitation>();
        foreach (var c in array.EnumerateArray())
        {
            var citation = new CorpusCitation(RequiredString(c, "type"), OptionalString(c, "number"), OptionalString(c, "date"), OptionalString(c, "text"));
            if (citation.Date is { } date && !DateOnly.TryParseExact(date, "yyyy-MM-dd", out _)) throw new InvalidDataException($"date '{date}' is not ISO");
            if (passage is not null && (citation.Text is null || !passage.Contains(citation.Text, StringComparison.Ordinal)))
                throw new InvalidDataException($"citation text '{citation.Text}' is not a substring of the passage");
            list.Add(citation);
        }
        return list;
    }

    private static string RequiredString(JsonElement e, string name) =>
        AsString(e.GetProperty(name)) ?? throw new InvalidDataException($"{name} is empty");

    private static string? OptionalString(JsonElement e, string name) => e.TryGetProperty(name, out var v) ? AsString(v) : null;

    private static string? AsString(JsonElement v) => v.ValueKind switch
    {
        JsonValueKind.Null or JsonValueKind.Undefined => null,
        JsonValueKind.String => string.IsNullOrWhiteSpace(v.GetString()) ? null : v.GetString(),
        _ => v.GetRawText(),
    };
}
