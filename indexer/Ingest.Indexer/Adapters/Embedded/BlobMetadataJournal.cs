using System.Buffers;
using System.Text.Json;

namespace Ingest.Indexer.Adapters.Embedded;

/// <summary>
/// The folder store's blob metadata: one journal file per store instance (ROOT/.metadata/{start}-{pid}-{id}.jsonl),
/// a line for every put and delete. A ".meta.json" file beside each blob cost a whole 4 KiB page on disk for about
/// 80 bytes (0.68 bytes written per input byte of a bulk load); a line costs its bytes. Lines are handed to the
/// operating system at once, like the blob itself (neither is fsynced). The newest line for a name wins; a line
/// a crash cut short is skipped. Thread-safe.
/// </summary>
internal sealed class BlobMetadataJournal(string root)
{
    /// <summary>The folder of journals, under the store's root but outside every container.</summary>
    public string Folder { get; } = Path.Combine(root, ".metadata");

    private readonly Lock _gate = new();
    private FileStream? _journal;

    /// <summary>Records a blob's metadata (null: none, after a put without metadata or a delete).</summary>
    public void Record(string container, string name, IReadOnlyDictionary<string, string>? metadata)
    {
        // The line and its newline in one buffer: one write call, so a line is never split by another's.
        var line = new ArrayBufferWriter<byte>(256);
        WriteLine(line, new Entry(DateTime.UtcNow.Ticks, container, name, metadata));
        lock (_gate)
        {
            _journal ??= Create();
            _journal.Write(line.WrittenSpan);
        }
    }

    /// <summary>
    /// An entry's line: the bytes JsonSerializer makes of it (default options), then a newline. Written by hand
    /// because the serializer's reflection path, two lines a plan, was half of this journal's 1.4% of `plans
    /// ingest`'s CPU samples (docs/BENCHMARKS.md, run 43).
    /// </summary>
    internal static void WriteLine(IBufferWriter<byte> output, Entry entry)
    {
        using (var json = new Utf8JsonWriter(output))
        {
            json.WriteStartObject();
            json.WriteNumber(nameof(Entry.At), entry.At);
            json.WriteString(nameof(Entry.Container), entry.Container);
            json.WriteString(nameof(Entry.Name), entry.Name);
            if (entry.Metadata is null) json.WriteNull(nameof(Entry.Metadata));
            else
            {
                json.WriteStartObject(nameof(Entry.Metadata));
                foreach (var (key, value) in entry.Metadata) json.WriteString(key, value);
                json.WriteEndObject();
            }
            json.WriteEndObject();
        }
        output.Write("\n"u8);
    }

    private FileStream Create()
    {
        Directory.CreateDirectory(Folder);
        var file = $"{DateTime.UtcNow:yyyyMMddHHmmssfffffff}-{Environment.ProcessId}-{Guid.NewGuid():N}.jsonl";
        return new FileStream(Path.Combine(Folder, file), FileMode.Append, FileAccess.Write, FileShare.Read, bufferSize: 0);
    }

    /// <summary>
    /// The metadata last recorded for a blob; null when none was, or the newest line says none. Reads every
    /// journal: for tests and rare lookups, nothing on the ingestion path reads metadata back.
    /// </summary>
    public (bool Found, IReadOnlyDictionary<string, string>? Metadata) Read(string container, string name)
    {
        if (!Directory.Exists(Folder)) return (false, null);
        Entry? newest = null;
        lock (_gate) _journal?.Flush();
        foreach (var file in Directory.EnumerateFiles(Folder, "*.jsonl").Order(StringComparer.Ordinal))
            foreach (var entry in Entries(file))
                if (entry.Container == container && entry.Name == name && (newest is null || entry.At >= newest.At))
                    newest = entry;
        return (newest is not null, newest?.Metadata);
    }

    private static IEnumerable<Entry> Entries(string file)
    {
        using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        using var reader = new StreamReader(stream);
        while (reader.ReadLine() is { } line)
        {
            Entry? entry;
            try { entry = JsonSerializer.Deserialize<Entry>(line); }
            catch (JsonException) { continue; }
            if (entry is not null) yield return entry;
        }
    }

    internal sealed record Entry(long At, string Container, string Name, IReadOnlyDictionary<string, string>? Metadata);
}
