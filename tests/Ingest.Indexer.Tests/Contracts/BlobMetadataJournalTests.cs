using System.Buffers;
using System.Text;
using System.Text.Json;
using Ingest.Indexer.Adapters.Embedded;

namespace Ingest.Indexer.Tests.Contracts;

/// <summary>
/// The folder store's metadata journal writes its lines by hand (<see cref="BlobMetadataJournal.WriteLine"/>): each must
/// be the very bytes the serializer made of the entry, so journals written before and after read the same.
/// </summary>
public sealed class BlobMetadataJournalTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "journal-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_dir)) Directory.Delete(_dir, recursive: true);
    }

    public static TheoryData<string, string, string?> Entries => new()
    {
        { "plans", "versions/ke-hoach-12.txt/ab12", "0f1e2d3c" },
        { "plans", "Kế hoạch số 12/KH-UBND \"thi đua\" <2025> & + \\.pdf", "abc" },
        { "records", "a/b/c.json", null },
        { "failed", "x.json", "" },
    };

    [Theory]
    [MemberData(nameof(Entries))]
    public void A_line_is_what_the_serializer_makes_of_the_entry_and_a_newline(string container, string name, string? hash)
    {
        var metadata = hash is null ? null : new Dictionary<string, string> { ["contentHash"] = hash, ["kind"] = "văn bản" };
        var entry = new BlobMetadataJournal.Entry(638_690_000_000_000_000, container, name, metadata);
        var line = new ArrayBufferWriter<byte>();
        BlobMetadataJournal.WriteLine(line, entry);
        Assert.Equal(Encoding.UTF8.GetString(JsonSerializer.SerializeToUtf8Bytes(entry)) + "\n", Encoding.UTF8.GetString(line.WrittenSpan));
    }

    [Fact]
    public void What_is_recorded_reads_back_and_the_newest_line_wins()
    {
        var journal = new BlobMetadataJournal(_dir);
        journal.Record("plans", "Kế hoạch 1.txt", new Dictionary<string, string> { ["contentHash"] = "one" });
        journal.Record("plans", "Kế hoạch 1.txt", new Dictionary<string, string> { ["contentHash"] = "two" });
        journal.Record("plans", "gone.txt", new Dictionary<string, string> { ["contentHash"] = "x" });
        journal.Record("plans", "gone.txt", null);
        var (found, metadata) = journal.Read("plans", "Kế hoạch 1.txt");
        Assert.True(found);
        Assert.Equal("two", metadata!["contentHash"]);
        var gone = journal.Read("plans", "gone.txt");
        Assert.True(gone.Found);
        Assert.Null(gone.Metadata);
        Assert.False(journal.Read("plans", "never.txt").Found);
    }
}
