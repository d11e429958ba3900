using Ingest.Indexer.Graph;

namespace Ingest.Indexer.Adapters.Embedded;

public sealed partial class SqlitePlanIndex : IDocumentDirectory
{
    /// <inheritdoc />
    public Task<IReadOnlyList<KnownDocument>> KnownDocumentsAsync(CancellationToken cancellationToken = default)
    {
        using var lease = OpenRead();
        using var command = lease.Connection.CreateCommand();
        // Every node: documents cited by plans and plans indexed themselves; the count is of citing plans, not mentions.
        command.CommandText = """
            SELECT n.key, n.label, n.level, n.year,
                   (SELECT count(DISTINCT c.plan_rowid) FROM citations c WHERE c.node_key = n.key),
                   EXISTS(SELECT 1 FROM plans p WHERE p.doc_key = n.key)
            FROM nodes n
            """;
        var documents = new List<KnownDocument>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            cancellationToken.ThrowIfCancellationRequested();
            int? year = reader.IsDBNull(3) ? null : reader.GetInt32(3);
            var label = reader.GetString(1);
            documents.Add(new KnownDocument(reader.GetString(0), label, KnownDocument.LookupOf(label, year),
                reader.IsDBNull(2) ? null : reader.GetString(2), year, reader.GetInt32(4), reader.GetBoolean(5)));
        }
        return Task.FromResult<IReadOnlyList<KnownDocument>>(documents);
    }
}
