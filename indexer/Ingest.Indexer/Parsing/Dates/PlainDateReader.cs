namespace Ingest.Indexer.Parsing.Dates;

/// <summary>
/// Reads a date of one of the two plain shapes nearly every citation's date has ("12/3/2021", "12.3.2021", "12-3-2021";
/// "12 tháng 3 năm 2021"; "ngày " before either) as <see cref="DateParser"/>'s pattern reads it, without running the
/// pattern. Why: a Match of that pattern and its groups were made for every date a citation reads (DateParser.ParseAt,
/// 2.6% of the bytes a parse of /tmp/gen100 allocated). The reader takes the pattern's first path (its alternatives in
/// order, its quantifiers greedy) and answers only where that path runs straight to the pattern's end, which is then the
/// pattern's match; anywhere the pattern could turn back or read another way (spaces around a separator, a serial of
/// three digits, a missing year, a year typed apart, a digit beyond ASCII) it answers null and the pattern is run.
/// PlainDateReaderTests compares the two at every digit and "ngày" of the corpus. Pure and thread-safe.
/// </summary>
internal static class PlainDateReader
{
    /// <summary>The pattern's day, month, year and end at <paramref name="index"/>, where the reader is certain of them.</summary>
    internal static (int Day, int Month, int Year, int End)? Read(string f, int index)
    {
        // (?:nga?y:?\x20?(?:ngay\x20)?)?: "ngày " before a digit.
        var p = f.AsSpan(index).StartsWith("ngay ") ? index + 5 : index;
        var day = DigitsAt(f, p);
        if (day is not (1 or 2)) return null;
        var q = p + day;
        if (At(f, q) is '/' or '.' or '-') return Slashed(f, p, day, q);
        // The slashed branch, tried first, fails at "thang": no separator follows the day's digits and their space.
        if (f.AsSpan(q).StartsWith(" thang ")) return Worded(f, p, day, q + 7);
        return null;
    }

    // (?<d>\d{1,2})(?<s>[/.-])(?<m>\d{1,2})\k<s>(?<y>(?:19|20)\d{2})(?![\d/]): each run of digits whole, as the greedy
    // \d{1,2} takes it (fewer digits leave a digit where a separator must be).
    private static (int, int, int, int)? Slashed(string f, int p, int day, int q)
    {
        var month = DigitsAt(f, q + 1);
        var r = q + 1 + month;
        if (month is not (1 or 2) || At(f, r) != f[q] || !YearAt(f, r + 1)) return null;
        var end = r + 5;
        if (char.IsDigit(At(f, end)) || At(f, end) == '/') return null;
        return (Number(f, p, day), Number(f, q + 1, month), Number(f, r + 1, 4), end);
    }

    // (?<d>\d{1,2})\x20thang\x20(?<m>\d{1,2})\x20nam\x20(?<y>(?:19|20)\d{2})(?!\d): the year's first alternative, " năm ".
    private static (int, int, int, int)? Worded(string f, int p, int day, int t)
    {
        var month = DigitsAt(f, t);
        var r = t + month;
        if (month is not (1 or 2) || !f.AsSpan(r).StartsWith(" nam ") || !YearAt(f, r + 5)) return null;
        var end = r + 9;
        if (char.IsDigit(At(f, end))) return null;
        return (Number(f, p, day), Number(f, t, month), Number(f, r + 5, 4), end);
    }

    // How many ASCII digits run from k; -1 where a digit beyond ASCII (which \d takes) ends the run.
    private static int DigitsAt(string f, int k)
    {
        var end = k;
        while (end < f.Length && char.IsAsciiDigit(f[end])) end++;
        return char.IsDigit(At(f, end)) ? -1 : end - k;
    }

    // (?:19|20)\d{2}, in ASCII digits.
    private static bool YearAt(string f, int k) =>
        k + 4 <= f.Length && (f[k] == '1' && f[k + 1] == '9' || f[k] == '2' && f[k + 1] == '0') && char.IsAsciiDigit(f[k + 2]) && char.IsAsciiDigit(f[k + 3]);

    private static int Number(string f, int k, int length) => int.Parse(f.AsSpan(k, length));

    private static char At(string f, int k) => k >= 0 && k < f.Length ? f[k] : '\0';
}
