using System.Text.Json.Serialization;

namespace Ingest.Indexer.Parsing.Tables;

/// <summary>
/// The readers of every embedded table's file, generated at build time (System.Text.Json source generation) rather
/// than built by reflection in each process: no table is read by reflection, so a process never pays the reflection
/// serializer's start (docs/BENCHMARKS.md, runs 69 and 71; province-merges.json is read as a JsonDocument). The
/// options are those the reflection reader had: property names in any case, unknown properties (a file's "comment")
/// skipped.
/// </summary>
[JsonSourceGenerationOptions(PropertyNameCaseInsensitive = true)]
[JsonSerializable(typeof(TypesFile))]
[JsonSerializable(typeof(IssuersFile))]
[JsonSerializable(typeof(AgenciesFile))]
[JsonSerializable(typeof(ProvincesFile))]
[JsonSerializable(typeof(AbbreviationsFile))]
[JsonSerializable(typeof(PhraseTable))]
[JsonSerializable(typeof(DistrictsFile))]
[JsonSerializable(typeof(AgencyPhrasesFile))]
[JsonSerializable(typeof(HeadsFile))]
[JsonSerializable(typeof(LegacyEncodingsFile))]
internal sealed partial class TableJson : JsonSerializerContext;
