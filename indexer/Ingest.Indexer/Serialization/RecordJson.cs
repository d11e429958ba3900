using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Ingest.Indexer.Model;

namespace Ingest.Indexer.Serialization;

/// <summary>
/// The JSON form of records (docs/schema/plan-record.schema.json): camelCase names, nulls written out,
/// Vietnamese kept readable. Thread-safe.
/// </summary>
public static class RecordJson
{
    /// <summary>Options for every record written or read by this system.</summary>
    public static JsonSerializerOptions Options { get; } = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        // Output goes to files, terminals and JSON APIs, never raw into HTML; HTML pages escape on their own.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        WriteIndented = true,
    };

    /// <summary>
    /// The same form without indentation, for records kept in storage rather than read by people (records/, the
    /// catalog, search documents): a third smaller, and a record file fits one 4 KiB page where the indented one
    /// took two (docs/BENCHMARKS.md, run 23).
    /// </summary>
    public static JsonSerializerOptions CompactOptions { get; } = new(Options) { WriteIndented = false };

    /// <summary>Serializes a plan record.</summary>
    public static string Serialize(PlanRecord record) => JsonSerializer.Serialize(record, Options);

    /// <summary>Serializes a plan record for storage (<see cref="CompactOptions"/>), as UTF-8.</summary>
    public static byte[] SerializeCompact(PlanRecord record) => JsonSerializer.SerializeToUtf8Bytes(record, CompactOptions);

    /// <summary>Reads a plan record written by <see cref="Serialize"/>.</summary>
    public static PlanRecord? Deserialize(string json) => JsonSerializer.Deserialize<PlanRecord>(json, Options);
}
