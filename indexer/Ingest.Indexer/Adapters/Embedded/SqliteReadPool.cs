using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;

namespace Ingest.Indexer.Adapters.Embedded;

/// <summary>
/// The catalog's read connections, kept open between reads with their statements compiled once. Written here
/// because Microsoft.Data.Sqlite keeps a compiled statement only as long as its <see cref="SqliteCommand"/> lives
/// (a cache per connection is its open issue dotnet/efcore#14044), and its own pool hands back a connection on
/// which every PRAGMA runs again: a `plans cites` compiled six to eight statements per call (the connection's four
/// PRAGMAs, the UNION ALL of the citing edges, the indexed plan's lookups), about three quarters of its time at
/// 10,000 plans (run 24 in docs/BENCHMARKS.md). Thread-safe: a connection is rented by one reader at a time.
/// </summary>
internal sealed class SqliteReadPool(Func<SqliteConnection> open) : IDisposable
{
    // Enough for the service's concurrent readers on two to eight cores; a connection beyond it is closed on return.
    private const int MaxIdle = 16;

    private readonly ConcurrentBag<SqliteConnection> _idle = [];
    private volatile bool _disposed;

    /// <summary>An open connection whose statements <see cref="SqliteStatements.Command"/> keeps; dispose to return it.</summary>
    public Lease Rent()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (_idle.TryTake(out var connection)) return new Lease(connection, this);
        connection = open();
        SqliteStatements.Keep(connection);
        return new Lease(connection, this);
    }

    private void Return(SqliteConnection connection)
    {
        if (_disposed || _idle.Count >= MaxIdle) { SqliteStatements.Close(connection); return; }
        _idle.Add(connection);
        if (_disposed) Drain(); // Dispose ran between the test and the Add
    }

    /// <summary>Closes every idle connection; a rented one is closed when it comes back.</summary>
    public void Dispose()
    {
        _disposed = true;
        Drain();
    }

    private void Drain()
    {
        while (_idle.TryTake(out var connection)) SqliteStatements.Close(connection);
    }

    /// <summary>A rented connection; disposing it hands it back open.</summary>
    public readonly struct Lease(SqliteConnection connection, SqliteReadPool pool) : IDisposable
    {
        public SqliteConnection Connection { get; } = connection;

        public void Dispose() => pool.Return(Connection);
    }
}

/// <summary>
/// Commands compiled once per kept connection (see <see cref="SqliteReadPool"/>), by their SQL text; on any other
/// connection a command is made for the one call.
/// </summary>
internal static class SqliteStatements
{
    // Cites, search and trace write a handful of statement shapes (the number of name keys or hit ids varies them);
    // past this many the connection's statements are dropped and compiled again as used.
    private const int MaxPerConnection = 64;

    private static readonly ConditionalWeakTable<SqliteConnection, Dictionary<string, SqliteCommand>> Kept = [];

    internal static void Keep(SqliteConnection connection) => Kept.Add(connection, new Dictionary<string, SqliteCommand>(StringComparer.Ordinal));

    /// <summary>
    /// A command for <paramref name="sql"/> with no parameters bound. <paramref name="owned"/> says whether the
    /// caller disposes it (a connection that keeps no statements, or a command inside a transaction).
    /// </summary>
    internal static SqliteCommand Command(SqliteConnection connection, string sql, SqliteTransaction? transaction, out bool owned)
    {
        if (transaction is null && Kept.TryGetValue(connection, out var statements))
        {
            owned = false;
            if (statements.TryGetValue(sql, out var kept))
            {
                kept.Parameters.Clear();
                return kept;
            }
            if (statements.Count >= MaxPerConnection) DisposeAll(statements);
            var command = connection.CreateCommand();
            command.CommandText = sql;
            statements[sql] = command;
            return command;
        }
        owned = true;
        var single = connection.CreateCommand();
        single.Transaction = transaction;
        single.CommandText = sql;
        return single;
    }

    internal static void Close(SqliteConnection connection)
    {
        if (Kept.TryGetValue(connection, out var statements)) DisposeAll(statements);
        Kept.Remove(connection);
        connection.Dispose();
    }

    private static void DisposeAll(Dictionary<string, SqliteCommand> statements)
    {
        foreach (var command in statements.Values) command.Dispose();
        statements.Clear();
    }
}
