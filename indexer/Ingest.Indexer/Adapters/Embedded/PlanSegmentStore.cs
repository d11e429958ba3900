using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Ingest.Indexer.Adapters.Embedded;

/// <summary>
/// The catalog's bulky bytes (each plan's compressed text and record) outside SQLite, in append-only segment
/// files beside it (<c>index.segments/000001.seg</c>, …), the catalog keeping where each lies (plan_segments). In
/// the catalog those bytes were written twice (WAL, then the file at a checkpoint) into pages a third empty; here
/// they are written once, back to back (run 13 in docs/BENCHMARKS.md).
/// Crash safety is the catalog's: a write appends inside the catalog's write transaction, at the end the
/// catalog last committed (meta 'segment_end'), and fsyncs before the commit; bytes past that end (a write
/// that crashed or rolled back) are cut off by the next one and never read, since only a committed row points
/// at them. Committed bytes are never written again. The bytes of a replaced or deleted plan stay, unread.
/// Thread-safe for reads; one <see cref="Appender"/> at a time (the catalog's writer).
/// </summary>
internal sealed class PlanSegmentStore(string folder)
{
    /// <summary>A segment takes appends until it holds this many bytes; the next write starts another.</summary>
    internal const long SegmentBytes = 256L << 20;

    public string Folder { get; } = folder;

    private string PathOf(long segment) => Path.Combine(Folder, segment.ToString("D6", CultureInfo.InvariantCulture) + ".seg");

    /// <summary>
    /// The <paramref name="length"/> bytes at <paramref name="at"/> of a segment. Throws when they are not there
    /// (a segment removed by hand): the catalog says they were committed.
    /// </summary>
    public byte[] Read(long segment, long at, int length)
    {
        var bytes = new byte[length];
        using var handle = File.OpenHandle(PathOf(segment), FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        var done = 0;
        while (done < length)
        {
            var n = RandomAccess.Read(handle, bytes.AsSpan(done), at + done);
            if (n == 0) throw new InvalidDataException($"segment {segment} ends before {at + length}: the catalog's bytes are missing");
            done += n;
        }
        return bytes;
    }

    /// <summary>Starts appending inside the catalog's open write transaction.</summary>
    public Appender BeginAppend(SqliteConnection connection, SqliteTransaction transaction) => new(this, connection, transaction);

    /// <summary>Appends for one write transaction. Not thread-safe.</summary>
    internal sealed class Appender(PlanSegmentStore store, SqliteConnection connection, SqliteTransaction transaction) : IDisposable
    {
        private FileStream? _file;
        private long _segment, _end;

        /// <summary>Appends <paramref name="parts"/> back to back; returns the segment and where the first begins.</summary>
        public (long Segment, long At) Append(params ReadOnlySpan<byte[]> parts)
        {
            _file ??= Open();
            if (_end >= SegmentBytes)
            {
                // A long write (a bulk load's) moves on to the next segment as the next short write would. The
                // full one is made durable now; bytes a crash leaves in the new one lie past the committed end.
                _file.Flush(flushToDisk: true);
                _file.Dispose();
                (_segment, _end) = (_segment + 1, 0);
                _file = OpenSegment();
            }
            var at = _end;
            foreach (var part in parts) { _file.Write(part); _end += part.Length; }
            return (_segment, at);
        }

        /// <summary>Makes the appended bytes durable and records the new end; call just before the commit.</summary>
        public void Finish()
        {
            if (_file is null) return;
            _file.Flush(flushToDisk: true);
            SetMeta("segment", _segment);
            SetMeta("segment_end", _end);
        }

        public void Dispose() => _file?.Dispose();

        private FileStream Open()
        {
            (_segment, _end) = (GetMeta("segment") ?? 1, GetMeta("segment_end") ?? 0);
            if (_end >= SegmentBytes) (_segment, _end) = (_segment + 1, 0);
            return OpenSegment();
        }

        private FileStream OpenSegment()
        {
            Directory.CreateDirectory(store.Folder);
            var file = new FileStream(store.PathOf(_segment), FileMode.OpenOrCreate, FileAccess.Write, FileShare.Read | FileShare.Delete, bufferSize: 1 << 16);
            // What lies past the committed end was written by a write that never committed.
            if (file.Length != _end) file.SetLength(_end);
            file.Position = _end;
            return file;
        }

        private long? GetMeta(string key)
        {
            using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = "SELECT value FROM meta WHERE key = $k";
            command.Parameters.AddWithValue("$k", key);
            return command.ExecuteScalar() is { } value and not DBNull ? Convert.ToInt64(value, CultureInfo.InvariantCulture) : null;
        }

        private void SetMeta(string key, long value)
        {
            using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = "INSERT OR REPLACE INTO meta(key, value) VALUES ($k, $v)";
            command.Parameters.AddWithValue("$k", key);
            command.Parameters.AddWithValue("$v", value.ToString(CultureInfo.InvariantCulture));
            command.ExecuteNonQuery();
        }
    }
}
