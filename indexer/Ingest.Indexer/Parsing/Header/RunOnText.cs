using Ingest.Indexer.Text;

namespace Ingest.Indexer.Parsing.Header;

/// <summary>
/// Whether an offset stands in a line that lost its line breaks: a portal copy or a scraped dataset that made the whole
/// document one paragraph. Such a line is long (a printed header line holds some 60 signs) and holds at least half
/// the text, as RunOnFoot reads it; a page that kept its breaks but has one long paragraph is not one. Pure and
/// thread-safe.
/// </summary>
internal static class RunOnText
{
    private const int MinLength = 400;

    /// <summary>True when the normalized offset <paramref name="at"/> lies in such a line.</summary>
    public static bool Holds(TextView view, int at)
    {
        var starts = view.LineStarts;
        var k = starts.BinarySearch(at);
        var i = k >= 0 ? k : ~k - 1;
        var start = i >= 0 ? starts[i] : 0;
        var end = i + 1 < starts.Length ? starts[i + 1] : view.Normalized.Length;
        return IsRunOn(end - start, view.Normalized.Length);
    }

    /// <summary>True when a line of <paramref name="lineLength"/> signs in a text of <paramref name="textLength"/> is one
    /// that lost its breaks (the one measure <see cref="Recipients.RunOnFoot"/> and the header readers share).</summary>
    public static bool IsRunOn(int lineLength, int textLength) => lineLength >= MinLength && lineLength * 2 >= textLength;
}
