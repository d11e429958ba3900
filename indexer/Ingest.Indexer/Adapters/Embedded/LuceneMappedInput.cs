using System.IO.MemoryMappedFiles;
using Lucene.Net.Store;

namespace Ingest.Indexer.Adapters.Embedded;

/// <summary>
/// An index file read straight from its memory map through a pointer. Lucene.Net's MMapDirectory reads through
/// J2N byte buffers over a view accessor, which take and release the view's safe handle on every byte and every
/// block read (an interlocked count each time): a sixth of a phrase search's CPU at 100,000 plans
/// (docs/BENCHMARKS.md, search55). The file is mapped once and shared by the input's clones; disposing the input it
/// was opened as unmaps it, after which a clone's read throws as Lucene's own inputs do (readers are reference
/// counted, so no search reads a file its reader has closed). Not thread-safe: one input (or clone) per reader of
/// it, as Lucene uses inputs.
/// </summary>
internal sealed unsafe class LuceneMappedInput : IndexInput
{
    private readonly Mapping _mapping;
    private readonly byte* _start;
    private readonly long _length;
    private long _position;
    private bool _clone;

    private LuceneMappedInput(string description, Mapping mapping) : base(description)
    {
        _mapping = mapping;
        _start = mapping.Start;
        _length = mapping.Length;
    }

    /// <summary>Maps <paramref name="path"/> for reading.</summary>
    public static LuceneMappedInput Open(string path) => new($"LuceneMappedInput(path=\"{path}\")", new Mapping(path));

    public override byte ReadByte()
    {
        if (_position >= _length) throw new EndOfStreamException($"read past EOF: {this}");
        Open();
        return _start[_position++];
    }

    public override void ReadBytes(byte[] b, int offset, int len)
    {
        if (len > _length - _position) throw new EndOfStreamException($"read past EOF: {this}");
        Open();
        new ReadOnlySpan<byte>(_start + _position, len).CopyTo(b.AsSpan(offset, len));
        _position += len;
    }

    public override long Position => _position;

    public override void Seek(long pos)
    {
        if (pos < 0 || pos > _length) throw new EndOfStreamException($"seek past EOF: {this}");
        _position = pos;
    }

    public override long Length => _length;

    public override object Clone()
    {
        Open();
        var clone = (LuceneMappedInput)base.Clone();
        clone._clone = true;
        return clone;
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing && !_clone) _mapping.Dispose();
    }

    private void Open()
    {
        if (_mapping.Closed) throw new ObjectDisposedException(ToString(), "this index input is closed");
    }

    // The map, and the pointer to its first byte, held until the input opened on it is disposed.
    private sealed class Mapping : IDisposable
    {
        private readonly MemoryMappedFile? _file;
        private readonly MemoryMappedViewAccessor? _view;

        public Mapping(string path)
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            Length = stream.Length;
            if (Length == 0) return; // an empty file cannot be mapped; nothing is read from it
            _file = MemoryMappedFile.CreateFromFile(stream, null, 0, MemoryMappedFileAccess.Read, HandleInheritability.None, leaveOpen: true);
            _view = _file.CreateViewAccessor(0, Length, MemoryMappedFileAccess.Read);
            byte* start = null;
            _view.SafeMemoryMappedViewHandle.AcquirePointer(ref start);
            Start = start + _view.PointerOffset;
        }

        public byte* Start { get; }

        public long Length { get; }

        public bool Closed { get; private set; }

        // An input never disposed (Lucene disposes every input it opens) still gives its map back once unreachable.
        // The view may have been finalized first (the order is the runtime's): a finalizer must not throw.
        ~Mapping()
        {
            try { Release(); }
            catch (ObjectDisposedException) { }
        }

        public void Dispose()
        {
            Release();
            GC.SuppressFinalize(this);
        }

        private void Release()
        {
            if (Closed) return;
            Closed = true;
            if (_view is null) return;
            _view.SafeMemoryMappedViewHandle.ReleasePointer();
            _view.Dispose();
            _file!.Dispose();
        }
    }
}
