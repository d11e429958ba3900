namespace Ingest.Functions.Api;

/// <summary>Reads optional query values; false means the value is there but malformed (a 400).</summary>
internal static class QueryValues
{
    public static bool TryInt(string? s, int fallback, out int value)
    {
        value = fallback;
        return string.IsNullOrEmpty(s) || int.TryParse(s, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out value);
    }

    public static bool TryYear(string? s, out int? year)
    {
        year = null;
        if (string.IsNullOrEmpty(s)) return true;
        if (!int.TryParse(s, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var y)) return false;
        year = y;
        return true;
    }

    public static bool TryDate(string? s, out DateOnly? date)
    {
        date = null;
        if (string.IsNullOrEmpty(s)) return true;
        if (!DateOnly.TryParseExact(s, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var d)) return false;
        date = d;
        return true;
    }
}
