namespace Ingest.Indexer.Adapters.Embedded;

/// <summary>The embedded index's tables, in one SQLite file. Changing a table means a new <see cref="Version"/>.</summary>
internal static class SqliteSchema
{
    // 6: citations.name_key (a numbered citation's name, AddNameKeys). 5: retired_segments (compaction). 4:
    // plan_segments. 4 and 5 only add tables, so an older file is brought up by running Create again; 6 adds a
    // column first.
    public const int Version = 7;

    public const string Create = """
        CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);

        -- One row per ingested plan; record_json is the parser's record (compact JSON, Brotli-compressed; plain
        -- JSON text in files written before version 3; empty from version 4, the record being in a segment file,
        -- see plan_segments), the other columns are for filters.
        CREATE TABLE IF NOT EXISTS plans(
            rowid INTEGER PRIMARY KEY,
            id TEXT NOT NULL UNIQUE,
            content_hash TEXT NOT NULL,
            doc_key TEXT, number_key TEXT, number TEXT,
            doc_type TEXT, doc_type_id TEXT, title TEXT,
            issuer TEXT, issuer_folded TEXT, level TEXT, province TEXT, province_slug TEXT,
            year INTEGER, issue_date TEXT,
            record_json BLOB NOT NULL, ingested_at TEXT NOT NULL);
        -- The same content under another name, found by the hash's first 16 hex digits: a key a quarter the size
        -- of the whole hash, in an index whose pages every write touches at random (run 11: rewritten 10 times).
        DROP INDEX IF EXISTS plans_hash;
        CREATE INDEX IF NOT EXISTS plans_hash16 ON plans(substr(content_hash, 1, 16));
        CREATE INDEX IF NOT EXISTS plans_doc_key ON plans(doc_key);
        -- The plan a cite names (number, year, district): every column the lookup reads and sorts by, since one
        -- number ("1/KH-UBND") can be thousands of plans.
        DROP INDEX IF EXISTS plans_number_key;
        CREATE INDEX IF NOT EXISTS plans_number_cover ON plans(number_key, year, doc_key, issue_date);

        -- The extracted text, Brotli-compressed UTF-8: what the Lucene index is rebuilt from (plans written before
        -- version 4; later ones have it in a segment file).
        CREATE TABLE IF NOT EXISTS plan_source(rowid INTEGER PRIMARY KEY, text BLOB NOT NULL);
        -- Where a plan's compressed text and then its compressed record lie, back to back, in the segment files
        -- (PlanSegmentStore): index.segments/{segment}.seg at byte at.
        CREATE TABLE IF NOT EXISTS plan_segments(
            rowid INTEGER PRIMARY KEY, segment INTEGER NOT NULL, at INTEGER NOT NULL,
            text_length INTEGER NOT NULL, record_length INTEGER NOT NULL);
        -- Segments compaction emptied: no row points into them; their files go when no other process may still
        -- read them (SegmentCompactor). Only adds to version 4: an older build ignores it.
        CREATE TABLE IF NOT EXISTS retired_segments(segment INTEGER PRIMARY KEY, retired_at TEXT NOT NULL);

        -- Citation edges: plan → document key. node_key is the key the edge resolves to (see docs/index.md).
        CREATE TABLE IF NOT EXISTS citations(
            plan_rowid INTEGER NOT NULL REFERENCES plans(rowid) ON DELETE CASCADE,
            ord INTEGER NOT NULL,
            key TEXT NOT NULL, node_key TEXT NOT NULL, number_key TEXT, type_id TEXT, serial TEXT,
            year INTEGER, province TEXT, relation TEXT NOT NULL,
            type TEXT, number TEXT, date TEXT, issuer TEXT, text TEXT, sentence TEXT, page INTEGER, name_key TEXT,
            PRIMARY KEY(plan_rowid, ord)) WITHOUT ROWID;
        CREATE INDEX IF NOT EXISTS citations_node ON citations(node_key, relation);
        -- Cites by number: every column its filter reads (year, jurisdiction, resolved key), so a number thousands
        -- of plans cite is matched in the index without reading each row.
        DROP INDEX IF EXISTS citations_number;
        CREATE INDEX IF NOT EXISTS citations_number_cover ON citations(number_key, year, province, node_key);
        CREATE INDEX IF NOT EXISTS citations_serial ON citations(type_id, serial);
        CREATE INDEX IF NOT EXISTS citations_key ON citations(key);
        -- Cites by name of the documents a plan cites by number and name (PlanKeys.NameKey); most edges have none.
        -- Both ways hold the other column, so a name's numbers and a number's names are read from the index alone
        -- (SqlitePlanIndex.CitationFilter: a law cited by number only is found by its name, and the reverse).
        DROP INDEX IF EXISTS citations_name_key;
        CREATE INDEX IF NOT EXISTS citations_name_cover ON citations(name_key, key) WHERE name_key IS NOT NULL;
        CREATE INDEX IF NOT EXISTS citations_key_name ON citations(key, name_key) WHERE name_key IS NOT NULL;
        -- Edges whose key has an unknown part ("34-CT/TW|?"), waiting for a document that settles them.
        CREATE INDEX IF NOT EXISTS citations_unresolved ON citations(number_key) WHERE node_key LIKE '%?%';

        -- Every document ever cited or ingested, for labels in traces.
        CREATE TABLE IF NOT EXISTS nodes(key TEXT PRIMARY KEY, number_key TEXT, label TEXT NOT NULL, level TEXT, year INTEGER);
        CREATE INDEX IF NOT EXISTS nodes_number_key ON nodes(number_key);

        CREATE TABLE IF NOT EXISTS deadlines(
            plan_rowid INTEGER NOT NULL REFERENCES plans(rowid) ON DELETE CASCADE,
            ord INTEGER NOT NULL, date TEXT NOT NULL, what TEXT, text TEXT, page INTEGER,
            PRIMARY KEY(plan_rowid, ord)) WITHOUT ROWID;
        CREATE INDEX IF NOT EXISTS deadlines_date ON deadlines(date);
        """;

    /// <summary>
    /// True when the file has every table and index of this version (its schema row says so, its generation is
    /// set and no table of an older version is left), so opening it needs no write. Reads only.
    /// </summary>
    public static bool IsCurrent(Microsoft.Data.Sqlite.SqliteConnection connection)
    {
        using var command = connection.CreateCommand();
        // No meta yet (a new file), or an older version's table or index left.
        command.CommandText = """
            SELECT EXISTS(SELECT 1 FROM sqlite_master WHERE name = 'meta')
                AND NOT EXISTS(SELECT 1 FROM sqlite_master WHERE name IN ('plan_text', 'plans_hash', 'citations_name_key'))
            """;
        if ((long)command.ExecuteScalar()! == 0) return false;
        command.CommandText = $"SELECT count(*) FROM meta WHERE (key = 'schema' AND value = '{Version}') OR key = 'generation'";
        return (long)command.ExecuteScalar()! == 2;
    }

    /// <summary>
    /// Adds citations.name_key to a file of version 5 or older (before Create, whose index needs the column);
    /// true when it did, and the plans already cataloged need their name keys (SqlitePlanIndex backfills them).
    /// </summary>
    public static bool AddNameKeys(Microsoft.Data.Sqlite.SqliteConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT EXISTS(SELECT 1 FROM sqlite_master WHERE name = 'citations')
                AND NOT EXISTS(SELECT 1 FROM pragma_table_info('citations') WHERE name = 'name_key')
            """;
        if ((long)command.ExecuteScalar()! == 0) return false;
        command.CommandText = "ALTER TABLE citations ADD COLUMN name_key TEXT";
        command.ExecuteNonQuery();
        return true;
    }

    /// <summary>
    /// Brings a file from before Lucene (version 2: text in FTS5's content table) to version 3: its text moves to
    /// plan_source, compressed, and the FTS5 tables go. The Lucene index is then rebuilt from it. Idempotent.
    /// </summary>
    public static void RetireFts5(Microsoft.Data.Sqlite.SqliteConnection connection)
    {
        using var exists = connection.CreateCommand();
        exists.CommandText = "SELECT count(*) FROM sqlite_master WHERE name = 'plan_text'";
        if ((long)exists.ExecuteScalar()! == 0) return;
        using var transaction = connection.BeginTransaction();
        var texts = new List<(long, string)>();
        using (var read = connection.CreateCommand())
        {
            read.Transaction = transaction;
            read.CommandText = "SELECT t.rowid, t.body FROM plan_text t WHERE t.rowid NOT IN (SELECT rowid FROM plan_source)";
            using var reader = read.ExecuteReader();
            while (reader.Read()) texts.Add((reader.GetInt64(0), reader.IsDBNull(1) ? "" : reader.GetString(1)));
        }
        using (var insert = connection.CreateCommand())
        {
            insert.Transaction = transaction;
            insert.CommandText = "INSERT INTO plan_source(rowid, text) VALUES ($r, $t)";
            var r = insert.Parameters.Add("$r", Microsoft.Data.Sqlite.SqliteType.Integer);
            var t = insert.Parameters.Add("$t", Microsoft.Data.Sqlite.SqliteType.Blob);
            foreach (var (rowid, text) in texts) { (r.Value, t.Value) = (rowid, PlanSourceText.Compress(text)); insert.ExecuteNonQuery(); }
        }
        using (var drop = connection.CreateCommand())
        {
            drop.Transaction = transaction;
            drop.CommandText = $"DROP TABLE IF EXISTS plan_fts; DROP TABLE plan_text; UPDATE meta SET value = '{Version}' WHERE key = 'schema';";
            drop.ExecuteNonQuery();
        }
        transaction.Commit();
    }
}
