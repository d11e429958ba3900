namespace Ingest.Indexer.Parsing.Dates;

/// <summary>A date as written: any part may be missing ("ngày     tháng 3 năm 2021" has no day).</summary>
public readonly record struct DateValue(int? Year, int? Month, int? Day)
{
    /// <summary>True when year, month and day are all present and form a real calendar date.</summary>
    public bool IsComplete => Year is not null && Month is not null && Day is not null;

    /// <summary>ISO yyyy-MM-dd, or null when incomplete.</summary>
    public string? Iso => IsComplete ? $"{Year:D4}-{Month:D2}-{Day:D2}" : null;

    /// <summary>yyyy-MM or yyyy for an incomplete date, null for a complete or empty one.</summary>
    public string? PartialIso => IsComplete || Year is null ? null : Month is null ? $"{Year:D4}" : $"{Year:D4}-{Month:D2}";

    /// <summary>Builds a value, or null when a present part is out of range (31/02, month 13).</summary>
    public static DateValue? Create(int? year, int? month, int? day)
    {
        if (year is < 1900 or > 2100) return null;
        if (month is < 1 or > 12) return null;
        if (day is not null)
        {
            if (day < 1 || month is null) return null;
            var max = year is null ? 31 : DateTime.DaysInMonth(year.Value, month.Value);
            if (day > max) return null;
        }
        return new DateValue(year, month, day);
    }
}
