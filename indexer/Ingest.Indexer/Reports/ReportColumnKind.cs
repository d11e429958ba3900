namespace Ingest.Indexer.Reports;

/// <summary>What a report column holds, so a spreadsheet gets typed cells: text, an ISO date (yyyy-MM-dd) or a number.</summary>
public enum ReportColumnKind
{
    /// <summary>Plain text (also partial dates such as "2021-05").</summary>
    Text,
    /// <summary>An ISO date, written as a real date in XLSX and as dd/mm/yyyy in HTML and Markdown.</summary>
    Date,
    /// <summary>An integer or decimal written with invariant digits.</summary>
    Number,
}
