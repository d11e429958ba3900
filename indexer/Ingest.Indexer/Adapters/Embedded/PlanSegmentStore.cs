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
/// at them. Committed bytes are never written again. The bytes of a replaced or deleted plan stay, unread, until
/// <see cref="SegmentCompactor"/> moves a segment's live bytes to a new one and retires it.
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

    /// <summary>
    /// Starts appending inside the catalog's open write transaction; with <paramref name="freshSegment"/> the bytes go
    /// to a new segment, after every one on disk (compaction: the segments it empties must not receive them).
    /// </summary>
    public Appender BeginAppend(SqliteConnection connection, SqliteTransaction transaction, bool freshSegment = false) =>
        new(this, connection, transaction, freshSegment);

    /// <summary>The segments on disk, by number, with their sizes in bytes.</summary>
    public IReadOnlyDictionary<long, long> Sizes()
    {
        var sizes = new Dictionary<long, long>();
        if (!Directory.Exists(Folder)) return sizes;
        foreach (var file in new DirectoryInfo(Folder).EnumerateFiles("*.seg"))
            if (long.TryParse(Path.GetFileNameWithoutExtension(file.Name), NumberStyles.None, CultureInfo.InvariantCulture, out var segment))
                sizes[segment] = file.Length;
        return sizes;
    }

    /// <summary>Removes a segment no committed row points at any more; true when it was there.</summary>
    public bool Delete(long segment)
    {
        var path = PathOf(segment);
        if (!File.Exists(path)) return false;
        File.Delete(path);
        return true;
    }

    /// <summary>Appends for one write transaction. Not thread-safe.</summary>
    internal sealed class Appender(PlanSegmentStore store, SqliteConnection connection, SqliteTransaction transaction, bool freshSegment) : IDisposable
    {
        private FileStream? _file;
        private long _segment, _end;
        private bool _created; // a segment file was created: its name must reach the disk before the commit

        /// <summary>
        /// Appends <paramref name="parts"/> back to back; returns the segment and where the first begins. A full
        /// segment is closed first and the bytes go to the next one.
        /// </summary>
        public (long Segment, long At) Append(params ReadOnlySpan<byte[]> parts)
        {
            _file ??= Open();
            if (_end >= SegmentBytes)
            {
                _file.Flush(flushToDisk: true);
                _file.Dispose();
                _file = OpenAt(_segment + 1, 0);
            }
            var at = _end;
            foreach (var part in parts) { _file.Write(part); _end += part.Length; }
            return (_segment, at);
        }

        /// <summary>Opens the segment appends go to (a fresh one is created now), even if nothing is appended.</summary>
        public void Start() => _file ??= Open();

        /// <summary>Makes the appended bytes durable and records the new end; call just before the commit.</summary>
        public void Finish()
        {
            if (_file is null) return;
            _file.Flush(flushToDisk: true);
            if (_created) DirectorySync.Flush(store.Folder);
            SetMeta("segment", _segment);
            SetMeta("segment_end", _end);
        }

        public void Dispose() => _file?.Dispose();

        private FileStream Open()
        {
            var (segment, end) = (GetMeta("segment") ?? 1, GetMeta("segment_end") ?? 0);
            if (freshSegment) (segment, end) = (Math.Max(segment, store.Sizes().Keys.DefaultIfEmpty(0).Max()) + 1, 0);
            else if (end >= SegmentBytes) (segment, end) = (segment + 1, 0);
            return OpenAt(segment, end);
        }

        // A segment past the committed one may hold what an uncommitted write left: it is cut back to the end.
        private FileStream OpenAt(long segment, long end)
        {
            Directory.CreateDirectory(store.Folder);
            var path = store.PathOf(segment);
            _created |= !File.Exists(path);
            var file = new FileStream(path, FileMode.OpenOrCreate, FileAccess.Write, FileShare.Read | FileShare.Delete, bufferSize: 1 << 16);
            // What lies past the committed end was written by a write that never committed.
            if (file.Length != end) file.SetLength(end);
            file.Position = end;
            (_segment, _end) = (segment, end);
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
