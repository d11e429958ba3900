namespace Ingest.Indexer.Adapters.Embedded;

/// <summary>
/// The start of a plan's text as the catalog keeps it (Brotli-compressed), decoded only as far as a caller asks,
/// in NFC as the index has it. Pure; each read decodes afresh, so it is thread-safe.
/// </summary>
internal sealed class PlanTextWindow(byte[]? compressed)
{
    /// <summary>A plan with no text in the catalog (deleted since Lucene's last commit).</summary>
    public static readonly PlanTextWindow Empty = new(null);

    /// <summary>
    /// The first <paramref name="chars"/> characters (fewer when the text is shorter), and whether they are the
    /// whole text.
    /// </summary>
    public (string Text, bool Whole) Read(int chars)
    {
        if (compressed is null) return ("", true);
        var text = PlanSourceText.Decompress(compressed, chars);
        // Counted before NFC, which can shorten a text written with combining marks.
        return (LucenePlanDocument.Nfc(text), text.Length < chars);
    }
}
