using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Ingest.Indexer.Adapters.Embedded;

/// <summary>
/// A token stream that hands out the words of a <see cref="LuceneTokenList"/>, as the tokenizer that read them would
/// have: term, offsets, position increment, and its end state; the list's next text once it has read one.
/// </summary>
internal sealed class ReplayedTokens : TokenStream
{
    private readonly ICharTermAttribute _term;
    private readonly IOffsetAttribute _offset;
    private readonly IPositionIncrementAttribute _increment;
    private readonly LuceneTokenList _list;
    private int _next;

    public ReplayedTokens(LuceneTokenList list)
    {
        _list = list;
        _term = AddAttribute<ICharTermAttribute>();
        _offset = AddAttribute<IOffsetAttribute>();
        _increment = AddAttribute<IPositionIncrementAttribute>();
    }

    public override void Reset()
    {
        base.Reset();
        _next = 0;
    }

    public override bool IncrementToken()
    {
        if (_next == _list.Count) return false;
        ClearAttributes();
        _list.Write(_next++, _term, _offset, _increment);
        return true;
    }

    public override void End()
    {
        base.End();
        _offset.SetOffset(_list.FinalOffset, _list.FinalOffset);
        _increment.PositionIncrement = _list.FinalIncrement;
    }
}
