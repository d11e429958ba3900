using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Ingest.Indexer.Adapters.Embedded;

/// <summary>
/// Reclaims the bytes replaced and deleted plans leave in the segment files (<see cref="PlanSegmentStore"/> never
/// writes over committed bytes): the live bytes of a mostly dead segment are appended to a new segment, their rows
/// point there, and the old segment is retired, all in the catalog's write transaction, so a crash leaves the old
/// state or the new. One run moves at most one segment's worth of live bytes, so the writer it holds up waits
/// seconds, not minutes; the next run takes the rest. A retired file is removed later (<see cref="RemoveRetired"/>),
/// once no reader can still hold a location read before the commit. Not thread-safe: the caller is the catalog's
/// writer.
/// </summary>
internal static class SegmentCompactor
{
    private sealed record Move(long Rowid, long Segment, long At, int Length);

    public static SegmentCompaction Compact(SqliteConnection connection, SqliteTransaction transaction, PlanSegmentStore store, SegmentCompactionPolicy policy)
    {
        var retired = SqlitePlanIndex.Query(connection, "SELECT segment FROM retired_segments", NoParameters, r => r.GetInt64(0), transaction).ToHashSet();
        var live = SqlitePlanIndex.Query(connection, "SELECT segment, sum(text_length + record_length) FROM plan_segments GROUP BY segment",
            NoParameters, r => (Segment: r.GetInt64(0), Bytes: r.GetInt64(1)), transaction).ToDictionary(x => x.Segment, x => x.Bytes);
        var chosen = new List<long>();
        long freed = 0, toMove = 0;
        foreach (var (segment, size) in store.Sizes().OrderBy(s => s.Key))
        {
            var alive = live.GetValueOrDefault(segment);
            var dead = size - alive;
            if (retired.Contains(segment) || dead < policy.MinDeadBytes || dead < size * policy.MinDeadFraction) continue;
            if (chosen.Count > 0 && toMove + alive > PlanSegmentStore.SegmentBytes) break;
            chosen.Add(segment);
            (freed, toMove) = (freed + dead, toMove + alive);
        }
        if (chosen.Count == 0) return SegmentCompaction.None;

        var moves = chosen.SelectMany(segment => SqlitePlanIndex.Query(connection,
            "SELECT rowid, segment, at, text_length + record_length FROM plan_segments WHERE segment = $s ORDER BY at",
            new Dictionary<string, object?> { ["$s"] = segment },
            r => new Move(r.GetInt64(0), r.GetInt64(1), r.GetInt64(2), checked((int)r.GetInt64(3))), transaction)).ToList();
        long moved = 0;
        using (var appender = store.BeginAppend(connection, transaction, freshSegment: true))
        {
            // Appends move on to the fresh segment even when nothing is moved: the segment they went to may be
            // among the retired, whose files will go.
            appender.Start();
            foreach (var move in moves)
            {
                var bytes = store.Read(move.Segment, move.At, move.Length);
                var (segment, at) = appender.Append(bytes);
                SqlitePlanIndex.Execute(connection, "UPDATE plan_segments SET segment = $a, at = $b WHERE rowid = $c", transaction,
                    new Dictionary<string, object?> { ["$a"] = segment, ["$b"] = at, ["$c"] = move.Rowid });
                moved += bytes.Length;
            }
            appender.Finish();
        }
        var now = DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture);
        foreach (var segment in chosen)
            SqlitePlanIndex.Execute(connection, "INSERT OR IGNORE INTO retired_segments(segment, retired_at) VALUES ($s, $t)", transaction,
                new Dictionary<string, object?> { ["$s"] = segment, ["$t"] = now });
        return new SegmentCompaction(chosen.Count, moves.Count, moved, freed);
    }

    /// <summary>
    /// Deletes the files of segments retired before <paramref name="retiredBefore"/> and forgets them; returns how
    /// many files went. The caller vouches that no reader holds a location read before their retirement committed.
    /// </summary>
    public static int RemoveRetired(SqliteConnection connection, PlanSegmentStore store, DateTimeOffset retiredBefore)
    {
        using var transaction = connection.BeginTransaction();
        var appendingTo = SqlitePlanIndex.Query(connection, "SELECT value FROM meta WHERE key = 'segment'", NoParameters, r => r.GetString(0), transaction).FirstOrDefault();
        var due = SqlitePlanIndex.Query(connection, "SELECT segment, retired_at FROM retired_segments", NoParameters,
                r => (Segment: r.GetInt64(0), At: DateTimeOffset.Parse(r.GetString(1), CultureInfo.InvariantCulture)), transaction)
            .Where(r => r.At < retiredBefore).Select(r => r.Segment).ToList();
        var removed = 0;
        foreach (var segment in due)
        {
            // Never the segment appends go to (compaction moved them on; this guards against a hand-edited catalog).
            if (segment.ToString(CultureInfo.InvariantCulture) == appendingTo) continue;
            if (store.Delete(segment)) removed++;
            SqlitePlanIndex.Execute(connection, "DELETE FROM retired_segments WHERE segment = $s", transaction,
                new Dictionary<string, object?> { ["$s"] = segment });
        }
        transaction.Commit();
        return removed;
    }

    private static readonly Dictionary<string, object?> NoParameters = new();
}
