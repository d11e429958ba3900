namespace Ingest.Indexer.Parsing.Citations;

/// <summary>Walks the space-separated words of normalized text from a position. A tiny value type; no allocation per step.</summary>
internal struct WordCursor
{
    private readonly string _text;

    public WordCursor(string text, int position)
    {
        _text = text;
        Position = position;
    }

    /// <summary>Where the next word (or the space before it) begins.</summary>
    public int Position { get; private set; }

    /// <summary>Reads the next word: its start and end (punctuation attached to it included). False at the end.</summary>
    public bool Next(out int start, out int end)
    {
        var i = Position;
        while (i < _text.Length && _text[i] == ' ') i++;
        start = i;
        while (i < _text.Length && _text[i] != ' ') i++;
        end = i;
        Position = i;
        return end > start;
    }
}
