using Ingest.Indexer.Storage;

namespace Ingest.Indexer.Pipeline;

/// <summary>
/// Work on one name while it is held: the in-process lock, the cross-host hold (null without one), and a token
/// cancelled with the caller's or when the cross-host hold is lost. Disposing releases the cross-host hold first,
/// then the one in memory. Not thread-safe: one owner.
/// </summary>
internal sealed class NameWork : IAsyncDisposable
{
    private readonly IDisposable _local;
    private readonly NameHold? _shared;
    private readonly CancellationTokenSource? _linked;

    public NameWork(IDisposable local, NameHold? shared, CancellationToken cancellationToken)
    {
        (_local, _shared) = (local, shared);
        if (shared is not null && shared.Lost.CanBeCanceled)
            _linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, shared.Lost);
        Token = _linked?.Token ?? cancellationToken;
    }

    /// <summary>The token the work under this hold runs with.</summary>
    public CancellationToken Token { get; }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (_shared is not null) await _shared.DisposeAsync();
        }
        finally
        {
            _linked?.Dispose();
            _local.Dispose();
        }
    }
}
