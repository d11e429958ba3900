using System.Text.Json.Serialization;

namespace Ingest.Indexer.Parsing.Tables;

/// <summary>
/// The readers of DomainTables' files, generated at build time (System.Text.Json source generation) rather than built
/// by reflection in each process. The tables' other readers (issuer-heads, districts, legacy encodings, province
/// merges, agencies' phrases) still read their private shapes by reflection, and so pay the reflection serializer's
/// start instead: in a one-file `plans ingest` the JSON's share did not move (docs/BENCHMARKS.md, run 69). The options
/// are the reflection reader's: property names in any case, unknown properties (a file's "comment") skipped.
/// </summary>
[JsonSourceGenerationOptions(PropertyNameCaseInsensitive = true)]
[JsonSerializable(typeof(TypesFile))]
[JsonSerializable(typeof(IssuersFile))]
[JsonSerializable(typeof(AgenciesFile))]
[JsonSerializable(typeof(ProvincesFile))]
[JsonSerializable(typeof(AbbreviationsFile))]
[JsonSerializable(typeof(PhraseTable))]
internal sealed partial class TableJson : JsonSerializerContext;
