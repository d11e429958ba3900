using System.Text;
using System.Text.Json;
using Ingest.Indexer.Extraction;
using Ingest.Indexer.Indexing;
using Ingest.Indexer.Serialization;
using Ingest.Indexer.Storage;

namespace Ingest.Indexer.Pipeline;

/// <summary>What happened to one upload.</summary>
public enum IngestStatus { Added, Replaced, Unchanged, Failed, Missing }
