namespace Ingest.Indexer.Parsing.Dates;

/// <summary>A date as written: any part may be missing ("ngày     tháng 3 năm 2021" has no day).</summary>
public readonly record struct DateValue(int? Year, int? Month, int? Day)
{
    /// <summary>True when year, month and day are all present and form a real calendar date.</summary>
    public bool IsComplete => Year is not null && Month is not null && Day is not null;

    /// <summary>ISO yyyy-MM-dd, or null when incomplete.</summary>
    public string? Iso => IsComplete ? FormatIso(Year!.Value, Month!.Value, Day!.Value) : null;

    // "yyyy-MM-dd" written digit by digit: every citation's and deadline's date is formatted, and the interpolation boxed
    // each nullable part (issue 12, parser speed). A year beyond four digits keeps the general format.
    private static string FormatIso(int year, int month, int day)
    {
        if (year is < 0 or > 9999 || month is < 0 or > 99 || day is < 0 or > 99) return $"{year:D4}-{month:D2}-{day:D2}";
        return string.Create(10, (year, month, day), static (s, d) =>
        {
            Digits(s[..4], d.year);
            s[4] = '-';
            Digits(s[5..7], d.month);
            s[7] = '-';
            Digits(s[8..], d.day);
        });
    }

    // The number's last digits, as many as the span holds, with leading zeros.
    private static void Digits(Span<char> into, int value)
    {
        for (var i = into.Length - 1; i >= 0; i--, value /= 10) into[i] = (char)('0' + value % 10);
    }

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
