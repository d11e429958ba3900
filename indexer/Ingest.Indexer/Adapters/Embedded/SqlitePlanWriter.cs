using System.Globalization;
using Ingest.Indexer.Graph;
using Ingest.Indexer.Indexing;
using Ingest.Indexer.Model;
using Ingest.Indexer.Parsing;
using Microsoft.Data.Sqlite;

namespace Ingest.Indexer.Adapters.Embedded;

/// <summary>
/// Writes plans inside one open transaction: the plan row, citation edges, nodes and deadlines, and its text and
/// record (compressed) appended to a segment file. Not thread-safe: one writer per transaction.
/// </summary>
internal sealed class SqlitePlanWriter : IDisposable
{
    private readonly SqliteConnection _connection;
    private readonly SqliteTransaction _transaction;
    private readonly PlanParser _parser;
    private readonly PlanSegmentStore.Appender _segments;

    public SqlitePlanWriter(SqliteConnection connection, SqliteTransaction transaction, PlanParser parser, PlanSegmentStore segments)
    {
        (_connection, _transaction, _parser) = (connection, transaction, parser);
        _segments = segments.BeginAppend(connection, transaction);
    }

    public void Dispose()
    {
        foreach (var command in _commands.Values) command.Dispose();
        _segments.Dispose();
    }

    /// <summary>Makes the appended texts and records durable; call just before committing the transaction.</summary>
    public void Finish() => _segments.Finish();

    /// <summary>Writes a plan; <paramref name="rows"/> is its <see cref="PlanRows.Of"/>, computed beforehand on any thread.</summary>
    public IngestOutcome Upsert(IndexedPlan plan, PlanRows rows)
    {
        var existing = Scalar("SELECT rowid || '|' || content_hash FROM plans WHERE id = $a", plan.Id) as string;
        if (existing is not null && existing.EndsWith("|" + plan.ContentHash, StringComparison.Ordinal)) return IngestOutcome.Unchanged;
        // The same content under another name is the same plan: keep one.
        if (existing is null && Scalar("SELECT 1 FROM plans WHERE substr(content_hash, 1, 16) = substr($a, 1, 16) AND content_hash = $a LIMIT 1", plan.ContentHash) is not null)
            return IngestOutcome.Unchanged;
        long rowid;
        if (existing is not null)
        {
            rowid = long.Parse(existing[..existing.IndexOf('|')], CultureInfo.InvariantCulture);
            RemoveContent(rowid);
            Run("DELETE FROM plans WHERE rowid = $a", rowid);
        }
        else rowid = (long)Scalar("SELECT coalesce(max(rowid), 0) + 1 FROM plans")!;
        InsertPlan(rowid, plan, rows);
        return existing is null ? IngestOutcome.Added : IngestOutcome.Replaced;
    }

    /// <summary>Marks the index as changed, so readers (in any process) reload their in-memory facet table.</summary>
    public long Touch() => Convert.ToInt64(Scalar("UPDATE meta SET value = value + 1 WHERE key = 'generation' RETURNING value"), System.Globalization.CultureInfo.InvariantCulture);

    public bool Delete(string planId)
    {
        if (Scalar("SELECT rowid FROM plans WHERE id = $a", planId) is not long rowid) return false;
        RemoveContent(rowid);
        Run("DELETE FROM plans WHERE rowid = $a", rowid); // citations and deadlines go with it (ON DELETE CASCADE)
        return true;
    }

    private void InsertPlan(long rowid, IndexedPlan plan, PlanRows rows)
    {
        var r = plan.Record;
        var (docKey, numberKey) = (rows.DocumentKey, rows.NumberKey);
        var (segment, at) = _segments.Append(rows.Text, rows.Record);
        Run("""
            INSERT INTO plans(rowid, id, content_hash, doc_key, number_key, number, doc_type, doc_type_id, title, issuer,
                issuer_folded, level, province, province_slug, year, issue_date, record_json, ingested_at)
            VALUES ($a, $b, $c, $d, $e, $f, $g, $h, $i, $j, $k, $l, $m, $n, $o, $p, $q, $r)
            """,
            rowid, plan.Id, plan.ContentHash, docKey, numberKey, r.Number, r.DocType, r.DocTypeId, r.Title, r.Issuer.Name,
            rows.IssuerFolded, r.Issuer.Level, r.Issuer.Province, rows.ProvinceSlug, r.Year, r.IssueDate,
            Array.Empty<byte>(), DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture));
        Run("INSERT INTO plan_segments(rowid, segment, at, text_length, record_length) VALUES ($a, $b, $c, $d, $e)",
            rowid, segment, at, rows.Text.Length, rows.Record.Length);
        if (docKey is not null)
        {
            // Updated in place: INSERT OR REPLACE deleted the row and inserted it again under a new rowid, moving
            // it and rewriting its index entries (run 11: the nodes table's pages went to the WAL 4.9 times).
            Run("""
                INSERT INTO nodes(key, number_key, label, level, year) VALUES ($a, $b, $c, $d, $e)
                ON CONFLICT(key) DO UPDATE SET number_key = excluded.number_key, label = excluded.label,
                    level = excluded.level, year = excluded.year
                """,
                docKey, numberKey, rows.Label, r.Issuer.Level, r.Year);
            AdoptUnresolvedCitations(docKey, numberKey!);
        }
        for (var i = 0; i < r.Citations.Count; i++) InsertCitation(rowid, i, r.Citations[i], rows.Citations[i]);
        for (var i = 0; i < r.Deadlines.Count; i++)
        {
            var d = r.Deadlines[i];
            Run("INSERT INTO deadlines(plan_rowid, ord, date, what, text, page) VALUES ($a, $b, $c, $d, $e, $f)",
                rowid, i, d.Date, d.What, d.Text, rows.DeadlinePages[i]);
        }
    }

    private void InsertCitation(long rowid, int ord, Citation c, PlanRows.CitationRow row)
    {
        var nodeKey = ResolveNode(c.Key, row.NumberKey, row.Province, c.Issuer);
        Run("""
            INSERT INTO citations(plan_rowid, ord, key, node_key, number_key, type_id, serial, year, province, relation,
                type, number, date, issuer, text, sentence, page, name_key)
            VALUES ($a, $b, $c, $d, $e, $f, $g, $h, $i, $j, $k, $l, $m, $n, $o, $p, $q, $r)
            """,
            rowid, ord, c.Key, nodeKey, row.NumberKey, c.TypeId, row.Serial, row.Year, row.Province, c.Relation, c.Type, c.Number, c.Date,
            c.Issuer, c.Text, row.Sentence, row.Page, row.NameKey);
        Run("INSERT OR IGNORE INTO nodes(key, number_key, label, level, year) VALUES ($a, $b, $c, $d, $e)",
            nodeKey, row.NumberKey, row.Label, c.Level, row.Year);
    }

    /// <summary>
    /// A key with an unknown part ("34-CT/TW|?") resolves to the one known document with the same number
    /// (and province), if there is exactly one; otherwise it stays a node of its own.
    /// </summary>
    private string ResolveNode(string key, string? numberKey, string? province, string? issuer)
    {
        // "của UBND huyện" without the district's name: the one plan of that number, year and province that
        // names its district, if there is exactly one; never when the citation names the province's own body.
        if (province is not null && !province.Contains('/') && !key.Contains('?'))
        {
            if (issuer is not null && _parser.Keys.NamesProvinceBody(issuer)) return key;
            var command0 = Command("SELECT doc_key FROM plans WHERE doc_key >= $a AND doc_key < $b LIMIT 2", key + "/", key + "0");
            var below = new List<string>();
            using (var reader = command0.ExecuteReader()) while (reader.Read()) below.Add(reader.GetString(0));
            return below.Count == 1 ? below[0] : key;
        }
        if (!key.Contains('?') || numberKey is null) return key;
        var candidates = KnownKeys(numberKey, province);
        return candidates.Count == 1 ? candidates[0] : key;
    }

    // A plan ingested after plans that cited it without a year: their edges now follow it, if it is the only
    // document with that number.
    // Settled documents of a number (no '?' in the key), optionally of one province; at most a few are read,
    // since only "exactly one" matters.
    private List<string> KnownKeys(string numberKey, string? province)
    {
        var command = Command("SELECT key FROM nodes WHERE number_key = $a AND key NOT LIKE '%?%' LIMIT 50", numberKey);
        var keys = new List<string>();
        using (var reader = command.ExecuteReader()) while (reader.Read()) keys.Add(reader.GetString(0));
        if (province is not null) keys = keys.Where(k => PlanKeys.Parts(k).Province is not { } p || p == province || p.StartsWith(province + "/", StringComparison.Ordinal)).ToList();
        return keys;
    }

    // Whether exactly one settled document has this number. Counted in SQLite, two rows at most: reading the keys
    // themselves (up to 50 strings a plan) was most of what a bulk load allocated in the catalog writer.
    private bool OneKnownKey(string numberKey) =>
        (long)Scalar("SELECT count(*) FROM (SELECT 1 FROM nodes WHERE number_key = $a AND key NOT LIKE '%?%' LIMIT 2)", numberKey)! == 1;

    private void AdoptUnresolvedCitations(string docKey, string numberKey)
    {
        // Edges keyed without the district ("…|quang-ngai") follow a plan keyed with it ("…|quang-ngai/huyen-x")
        // when it is the only such plan.
        var slash = docKey.LastIndexOf('/');
        if (slash > docKey.LastIndexOf('|'))
        {
            var generic = docKey[..slash];
            var siblings = (long)Scalar("SELECT count(*) FROM plans WHERE doc_key >= $a AND doc_key < $b", generic + "/", generic + "0")!;
            if (siblings == 1) AdoptFromProvince(generic, docKey);
        }
        // INDEXED BY: left to itself SQLite picks the covering index on number_key and tests every edge of the
        // number ("1/KH-UBND": tens of thousands at 100,000 plans) — the cost that made bulk loads superlinear.
        // The partial index holds only the unresolved edges; INDEXED BY also fails loudly if it ever goes.
        if (Scalar("SELECT 1 FROM citations INDEXED BY citations_unresolved WHERE number_key = $a AND node_key LIKE '%?%' LIMIT 1", numberKey) is null) return;
        if (!OneKnownKey(numberKey)) return;
        Run("UPDATE citations INDEXED BY citations_unresolved SET node_key = $a WHERE number_key = $b AND node_key LIKE '%?%'", docKey, numberKey);
    }

    // Only edges whose citation did not name the province's own body follow the district's plan: "Kế hoạch số
    // 1/KH-UBND của UBND tỉnh Lạng Sơn" is the province's plan even when one district has a plan of that number.
    private void AdoptFromProvince(string generic, string docKey)
    {
        var rows = new List<(long Plan, long Ord)>();
        using (var reader = Command("SELECT plan_rowid, ord, issuer FROM citations WHERE node_key = $a", generic).ExecuteReader())
            while (reader.Read())
                if (reader.IsDBNull(2) || !_parser.Keys.NamesProvinceBody(reader.GetString(2)))
                    rows.Add((reader.GetInt64(0), reader.GetInt64(1)));
        foreach (var (plan, ord) in rows)
            Run("UPDATE citations SET node_key = $a WHERE plan_rowid = $b AND ord = $c", docKey, plan, ord);
    }

    private void RemoveContent(long rowid)
    {
        Run("DELETE FROM plan_source WHERE rowid = $a", rowid);
        Run("DELETE FROM plan_segments WHERE rowid = $a", rowid);
    }

    internal static string Label(string? type, string? number, string? issuer) =>
        string.Join(" ", new[] { type, number }.Where(s => !string.IsNullOrEmpty(s))) + (issuer is null ? "" : " — " + issuer);

    // Statements are prepared once per transaction and reused: a batch of thousands of plans runs the same dozen.
    private readonly Dictionary<string, SqliteCommand> _commands = new(StringComparer.Ordinal);

    private SqliteCommand Command(string sql, params object?[] args)
    {
        if (!_commands.TryGetValue(sql, out var command))
        {
            command = _connection.CreateCommand();
            command.Transaction = _transaction;
            command.CommandText = sql;
            for (var i = 0; i < args.Length; i++) command.Parameters.Add(new SqliteParameter("$" + (char)('a' + i), null));
            command.Prepare();
            _commands[sql] = command;
        }
        for (var i = 0; i < args.Length; i++) command.Parameters[i].Value = args[i] ?? DBNull.Value;
        return command;
    }

    private void Run(string sql, params object?[] args) => Command(sql, args).ExecuteNonQuery();

    private object? Scalar(string sql, params object?[] args)
    {
        var value = Command(sql, args).ExecuteScalar();
        return value is DBNull ? null : value;
    }
}
