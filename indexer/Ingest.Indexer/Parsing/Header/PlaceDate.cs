using Ingest.Indexer.Model;
using Ingest.Indexer.Parsing.Dates;

namespace Ingest.Indexer.Parsing.Header;

/// <summary>
/// A header's place-and-date line as read: the place (canonical when a province; null when the line holds the
/// date alone), the date (null when left blank: "Hà Nội, ngày tháng năm"), the evidence and its normalized span.
/// </summary>
public sealed record PlaceDate(string? Place, DateValue? Date, Evidence Evidence, int Start, int End)
{
    /// <summary>The kind words written before the place's name ("Thị trấn", "Thị xã", "TP."), as written; null when none.</summary>
    public string? Kind { get; init; }

    /// <summary>The place as the line writes it, kind words included ("Thị trấn Tân Trụ").</summary>
    public string? Written => Kind is null || Place is null ? Place : $"{Kind} {Place}";
}
