using System.Globalization;

namespace Ingest.Indexer.Text;

/// <summary>
/// Reads a date a person typed: dd/mm/yyyy as written in Vietnam (07/4/2014, 7-4-2014, 07.04.2014) or ISO
/// yyyy-mm-dd. Never throws; culture-independent.
/// </summary>
public static class UserDate
{
    private static readonly string[] Formats =
        ["yyyy-MM-dd", "yyyy-M-d", "dd/MM/yyyy", "d/M/yyyy", "dd-MM-yyyy", "d-M-yyyy", "dd.MM.yyyy", "d.M.yyyy"];

    /// <summary>The date, or false when <paramref name="text"/> is not a real date in one of the accepted forms.</summary>
    public static bool TryParse(string? text, out DateOnly date) =>
        DateOnly.TryParseExact(text?.Trim(), Formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    /// <summary>What is accepted, for error messages.</summary>
    public const string Accepted = "dd/mm/yyyy or yyyy-mm-dd";
}
