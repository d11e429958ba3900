using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Ingest.Indexer.Adapters.Embedded;

/// <summary>When a segment is worth compacting: enough of it dead, in bytes and as a share of the file.</summary>
/// <param name="MinDeadFraction">The share of a segment's bytes no row points at any more.</param>
/// <param name="MinDeadBytes">And at least this many of them (a small segment is not worth a rewrite).</param>
public sealed record SegmentCompactionPolicy(double MinDeadFraction = 0.5, long MinDeadBytes = 1L << 20)
{
    public static SegmentCompactionPolicy Default { get; } = new();
}

/// <summary>What a compaction did: segments retired, plans moved and their bytes, dead bytes the retirement frees.</summary>
public sealed record SegmentCompaction(int Segments, int Plans, long MovedBytes, long FreedBytes);

/// <summary>
/// Reclaims the bytes replaced and deleted plans leave in the segment files (<see cref="PlanSegmentStore"/> never
/// writes over committed bytes): the live bytes of a mostly dead segment are appended to a new segment, their rows
/// point there, and the old segment is retired, all in the catalog's write transaction, so a crash leaves the old
/// state or the new. A retired file is removed later (<see cref="RemoveRetired"/>), once no reader can still hold
/// a location read before the commit: by the process that compacted when it alone uses the folder and serves no
/// reads (`plans compact`), or at the next start that finds the folder to itself. Not thread-safe: the caller is
/// the catalog's writer.
/// </summary>
internal static class SegmentCompactor
{
    public static SegmentCompaction Compact(SqliteConnection connection, SqliteTransaction transaction, PlanSegmentStore store, SegmentCompactionPolicy policy)
    {
        var retired = RetiredSegments(connection, transaction);
        var live = LiveBytes(connection, transaction);
        var chosen = new List<long>();
        long freed = 0;
        foreach (var (segment, size) in store.Sizes())
        {
            if (retired.Contains(segment)) continue;
            var dead = size - live.GetValueOrDefault(segment);
            if (dead < policy.MinDeadBytes || dead < size * policy.MinDeadFraction) continue;
            chosen.Add(segment);
            freed += dead;
        }
        if (chosen.Count == 0) return new SegmentCompaction(0, 0, 0, 0);

        var moves = Rows(connection, transaction, chosen);
        long moved = 0;
        using (var appender = store.BeginAppend(connection, transaction, freshSegment: true))
        {
            // Appends move on to the fresh segment even when nothing is moved: the segment they went to may be
            // among the retired, whose files will go.
            appender.Start();
            foreach (var row in moves)
            {
                var bytes = store.Read(row.Segment, row.At, row.Length);
                var (segment, at) = appender.Append(bytes);
                Run(connection, transaction, "UPDATE plan_segments SET segment = $a, at = $b WHERE rowid = $c", segment, at, row.Rowid);
                moved += bytes.Length;
            }
            appender.Finish();
        }
        var now = DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture);
        foreach (var segment in chosen)
            Run(connection, transaction, "INSERT OR IGNORE INTO retired_segments(segment, retired_at) VALUES ($a, $b)", segment, now);
        return new SegmentCompaction(chosen.Count, moves.Count, moved, freed);
    }

    /// <summary>
    /// Deletes the files of retired segments and forgets them; returns how many files went. The caller vouches that
    /// no reader holds a location read before their retirement committed.
    /// </summary>
    public static int RemoveRetired(SqliteConnection connection, PlanSegmentStore store)
    {
        using var transaction = connection.BeginTransaction();
        var removed = 0;
        var appendingTo = Scalar(connection, transaction, "SELECT value FROM meta WHERE key = 'segment'");
        foreach (var segment in RetiredSegments(connection, transaction))
        {
            // Never the segment appends go to (compaction moved them on; this guards against a hand-edited catalog).
            if (segment.ToString(CultureInfo.InvariantCulture) == appendingTo) continue;
            if (store.Delete(segment)) removed++;
            Run(connection, transaction, "DELETE FROM retired_segments WHERE segment = $a", segment);
        }
        transaction.Commit();
        return removed;
    }

    private sealed record Move(long Rowid, long Segment, long At, int Length);

    private static List<Move> Rows(SqliteConnection connection, SqliteTransaction transaction, IReadOnlyList<long> segments)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        var names = segments.Select((_, i) => "$s" + i.ToString(CultureInfo.InvariantCulture)).ToArray();
        command.CommandText = $"SELECT rowid, segment, at, text_length + record_length FROM plan_segments WHERE segment IN ({string.Join(", ", names)}) ORDER BY segment, at";
        for (var i = 0; i < segments.Count; i++) command.Parameters.AddWithValue(names[i], segments[i]);
        using var reader = command.ExecuteReader();
        var rows = new List<Move>();
        while (reader.Read()) rows.Add(new Move(reader.GetInt64(0), reader.GetInt64(1), reader.GetInt64(2), checked((int)reader.GetInt64(3))));
        return rows;
    }

    private static Dictionary<long, long> LiveBytes(SqliteConnection connection, SqliteTransaction transaction)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT segment, sum(text_length + record_length) FROM plan_segments GROUP BY segment";
        using var reader = command.ExecuteReader();
        var live = new Dictionary<long, long>();
        while (reader.Read()) live[reader.GetInt64(0)] = reader.GetInt64(1);
        return live;
    }

    private static HashSet<long> RetiredSegments(SqliteConnection connection, SqliteTransaction transaction)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT segment FROM retired_segments";
        using var reader = command.ExecuteReader();
        var retired = new HashSet<long>();
        while (reader.Read()) retired.Add(reader.GetInt64(0));
        return retired;
    }

    private static string? Scalar(SqliteConnection connection, SqliteTransaction transaction, string sql)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return command.ExecuteScalar()?.ToString();
    }

    private static void Run(SqliteConnection connection, SqliteTransaction transaction, string sql, params object[] values)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        for (var i = 0; i < values.Length; i++) command.Parameters.AddWithValue("$" + (char)('a' + i), values[i]);
        command.ExecuteNonQuery();
    }
}
