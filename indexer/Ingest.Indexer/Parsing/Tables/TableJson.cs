using System.Text.Json.Serialization;

namespace Ingest.Indexer.Parsing.Tables;

/// <summary>
/// The readers of DomainTables' files, generated at build time (System.Text.Json source generation). Read by
/// reflection, the first table built the serializer's metadata and emitted its accessors, most of a fifth of a second
/// of one core in a cold process before the first plan could be parsed (docs/BENCHMARKS.md, run 68). The options are
/// the reflection reader's: property names in any case, unknown properties (a file's "comment") skipped.
/// </summary>
[JsonSourceGenerationOptions(PropertyNameCaseInsensitive = true)]
[JsonSerializable(typeof(TypesFile))]
[JsonSerializable(typeof(IssuersFile))]
[JsonSerializable(typeof(AgenciesFile))]
[JsonSerializable(typeof(ProvincesFile))]
[JsonSerializable(typeof(AbbreviationsFile))]
[JsonSerializable(typeof(PhraseTable))]
internal sealed partial class TableJson : JsonSerializerContext;
