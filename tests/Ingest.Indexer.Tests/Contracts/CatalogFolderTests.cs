using Microsoft.Data.Sqlite;

namespace Ingest.Indexer.Tests.Contracts;

/// <summary>
/// A test class's own data folder for a catalog (<see cref="DbPath"/> inside it), removed after each test once SQLite's
/// pooled connections to it are closed.
/// </summary>
public abstract class CatalogFolderTests : IDisposable
{
    protected string Dir { get; } = Path.Combine(Path.GetTempPath(), "ingest-tests", Guid.NewGuid().ToString("N"));

    protected string DbPath => Path.Combine(Dir, "index.db");

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(Dir)) Directory.Delete(Dir, recursive: true);
        GC.SuppressFinalize(this);
    }
}
