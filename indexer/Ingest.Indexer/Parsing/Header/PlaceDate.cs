using Ingest.Indexer.Model;
using Ingest.Indexer.Parsing.Dates;

namespace Ingest.Indexer.Parsing.Header;

/// <summary>
/// A header's place-and-date line as read: the place (canonical when a province; null when the line holds the
/// date alone), the date (null when left blank: "Hà Nội, ngày tháng năm"), the evidence and its normalized span.
/// </summary>
public sealed record PlaceDate(string? Place, DateValue? Date, Evidence Evidence, int Start, int End);
