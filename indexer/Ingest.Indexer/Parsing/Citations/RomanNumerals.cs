namespace Ingest.Indexer.Parsing.Citations;

/// <summary>
/// Numbers of Party terms and plenums as documents write them: Roman ("XII"), Arabic ("12") or, for a plenum,
/// a Vietnamese ordinal folded ("tu" for "lần thứ tư"). Pure and thread-safe.
/// </summary>
internal static class RomanNumerals
{
    private static readonly Dictionary<string, int> Ordinals = new(StringComparer.Ordinal)
    {
        ["nhat"] = 1, ["hai"] = 2, ["ba"] = 3, ["tu"] = 4, ["bon"] = 4, ["nam"] = 5, ["sau"] = 6, ["bay"] = 7,
        ["tam"] = 8, ["chin"] = 9, ["muoi"] = 10, ["muoi mot"] = 11, ["muoi hai"] = 12, ["muoi ba"] = 13,
        ["muoi bon"] = 14, ["muoi tu"] = 14, ["muoi lam"] = 15, ["muoi sau"] = 16, ["muoi bay"] = 17,
        ["muoi tam"] = 18, ["muoi chin"] = 19,
    };

    /// <summary>The value of a folded numeral ("xii", "12", "tu"), or null when it is none (or out of 1..99).</summary>
    public static int? Term(string folded)
    {
        if (folded.Length == 0) return null;
        if (char.IsAsciiDigit(folded[0])) return int.TryParse(folded, out var n) && n is > 0 and < 100 ? n : null;
        if (Ordinals.TryGetValue(folded, out var o)) return o;
        var total = 0;
        for (var i = 0; i < folded.Length; i++)
        {
            var v = Value(folded[i]);
            if (v == 0) return null;
            var next = i + 1 < folded.Length ? Value(folded[i + 1]) : 0;
            total += v < next ? -v : v;
        }
        return total is > 0 and < 100 ? total : null;
    }

    /// <summary>The Roman spelling of 1..99 in capitals, or null outside that range.</summary>
    public static string? ToRoman(int value)
    {
        if (value is <= 0 or >= 100) return null;
        string[] tens = ["", "X", "XX", "XXX", "XL", "L", "LX", "LXX", "LXXX", "XC"];
        string[] ones = ["", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX"];
        return tens[value / 10] + ones[value % 10];
    }

    private static int Value(char c) => char.ToLowerInvariant(c) switch
    {
        'i' => 1, 'v' => 5, 'x' => 10, 'l' => 50, 'c' => 100, _ => 0,
    };
}
