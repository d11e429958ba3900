using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.TokenAttributes;

namespace Ingest.Indexer.Adapters.Embedded;

/// <summary>
/// A text's words as Lucene's StandardTokenizer reads them (each word's characters, offsets and position increment,
/// and the stream's end state), kept so that the folded field and its exact twin replay them
/// (<see cref="ReplayedTokens"/>) instead of each running the tokenizer over the same text: the tokenizer was a
/// quarter of the full-text writer's CPU in a bulk load, and every text was tokenized twice (docs/BENCHMARKS.md, run
/// 72). Written by hand because Lucene has no filter that feeds one token stream to two fields (its
/// CachingTokenFilter caches whole attribute states for one consumer). The words replayed are the tokenizer's own:
/// they are read from its attributes, never worked out again. Not thread-safe: one per writer thread.
/// </summary>
internal sealed class LuceneTokenList
{
    // Arrays start small (a title, the citations) and grow with the text; a body past KeptCapacity words (an OCR
    // dump) does not leave its arrays behind for the thread's next plan.
    private const int InitialCapacity = 512;
    private const int KeptCapacity = 1 << 16;

    private readonly Tokenizer _tokenizer = new StandardTokenizer(LuceneFields.Version, TextReader.Null);
    private readonly ICharTermAttribute _term;
    private readonly IOffsetAttribute _offset;
    private readonly IPositionIncrementAttribute _increment;

    private char[] _chars = [];
    private int _charCount;
    private int[] _charStart = [], _startOffset = [], _endOffset = [], _positionIncrement = [];

    public LuceneTokenList()
    {
        _term = _tokenizer.GetAttribute<ICharTermAttribute>();
        _offset = _tokenizer.GetAttribute<IOffsetAttribute>();
        _increment = _tokenizer.GetAttribute<IPositionIncrementAttribute>();
        Allocate();
        // Lucene's contract: a tokenizer is closed before it is given its next reader.
        _tokenizer.Dispose();
    }

    /// <summary>How many words the last text held.</summary>
    public int Count { get; private set; }

    /// <summary>The offset and position increment the tokenizer left at the end of the stream.</summary>
    public int FinalOffset { get; private set; }
    public int FinalIncrement { get; private set; }

    /// <summary>Reads <paramref name="text"/>'s words, replacing the last text's.</summary>
    public LuceneTokenList Read(string text)
    {
        if (_charStart.Length > KeptCapacity) Allocate();
        Count = _charCount = 0;
        _tokenizer.SetReader(new StringReader(text));
        try
        {
            _tokenizer.Reset();
            while (_tokenizer.IncrementToken()) Add();
            _tokenizer.End();
            (FinalOffset, FinalIncrement) = (_offset.EndOffset, _increment.PositionIncrement);
        }
        finally { _tokenizer.Dispose(); }
        return this;
    }

    private void Add()
    {
        if (Count == _charStart.Length) Grow();
        var length = _term.Length;
        if (_charCount + length > _chars.Length) Array.Resize(ref _chars, Math.Max(_chars.Length * 2, _charCount + length));
        Array.Copy(_term.Buffer, 0, _chars, _charCount, length);
        (_charStart[Count], _startOffset[Count], _endOffset[Count], _positionIncrement[Count]) = (_charCount, _offset.StartOffset, _offset.EndOffset, _increment.PositionIncrement);
        _charCount += length;
        Count++;
    }

    private void Grow()
    {
        var size = _charStart.Length * 2;
        Array.Resize(ref _charStart, size);
        Array.Resize(ref _startOffset, size);
        Array.Resize(ref _endOffset, size);
        Array.Resize(ref _positionIncrement, size);
    }

    private void Allocate()
    {
        const int words = InitialCapacity;
        (_charStart, _startOffset, _endOffset, _positionIncrement) = (new int[words], new int[words], new int[words], new int[words]);
        _chars = new char[8 * words];
    }

    /// <summary>Sets word <paramref name="i"/> into a replaying stream's attributes.</summary>
    public void Write(int i, ICharTermAttribute term, IOffsetAttribute offset, IPositionIncrementAttribute increment)
    {
        var end = i + 1 < Count ? _charStart[i + 1] : _charCount;
        term.CopyBuffer(_chars, _charStart[i], end - _charStart[i]);
        offset.SetOffset(_startOffset[i], _endOffset[i]);
        increment.PositionIncrement = _positionIncrement[i];
    }
}
