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

    /// <summary>Serializes a plan record.</summary>
    public static string Serialize(PlanRecord record) => JsonSerializer.Serialize(record, Options);

    /// <summary>Reads a plan record written by <see cref="Serialize"/>.</summary>
    public static PlanRecord? Deserialize(string json) => JsonSerializer.Deserialize<PlanRecord>(json, Options);
}
