using Ingest.Indexer.Model;
using Ingest.Indexer.Parsing.Dates;

namespace Ingest.Indexer.Parsing.Header;

/// <summary>A header's place-and-date line as read: the place (canonical when a province), the date, the evidence and its normalized span.</summary>
public sealed record PlaceDate(string Place, DateValue Date, Evidence Evidence, int Start, int End);
