using Ingest.Indexer.Graph;
using Ingest.Indexer.Model;
using Microsoft.Data.Sqlite;

namespace Ingest.Indexer.Adapters.Embedded;

/// <summary>
/// Walks the citation graph from one node: up through a plan's implements/basis edges to what it carries out,
/// down to the plans that cite it so. Depth-limited; a node already on the current path is shown once more,
/// marked as a cycle, and not expanded. Statements are prepared once per walk. Not thread-safe.
/// </summary>
internal sealed class SqliteTraceWalker
{
    private readonly SqliteConnection _connection;
    private readonly int _maxDepth;
    private readonly SqliteCommand _targets;
    private readonly SqliteCommand _citing;
    private readonly SqliteCommand _planByKey;
    private readonly SqliteCommand _planInfo;
    private readonly SqliteCommand _nodeInfo;

    public SqliteTraceWalker(SqliteConnection connection, int maxDepth)
    {
        _connection = connection;
        _maxDepth = maxDepth;
        _targets = Prepare("""
            SELECT node_key, min(CASE relation WHEN 'implements' THEN 0 ELSE 1 END) FROM citations
            WHERE plan_rowid = $a AND relation IN ('implements', 'basis') GROUP BY node_key ORDER BY min(ord)
            """);
        _citing = Prepare("""
            SELECT plan_rowid, min(CASE relation WHEN 'implements' THEN 0 ELSE 1 END) FROM citations
            WHERE node_key = $a AND relation IN ('implements', 'basis') GROUP BY plan_rowid
            """);
        _planByKey = Prepare("SELECT rowid FROM plans WHERE doc_key = $a ORDER BY rowid LIMIT 1");
        _planInfo = Prepare("SELECT id, coalesce(doc_key, 'plan:' || id), doc_type, number, issuer, level, title FROM plans WHERE rowid = $a");
        _nodeInfo = Prepare("SELECT label, level FROM nodes WHERE key = $a");
    }

    public TraceNode Up((string Key, long? PlanRowid) start) => Walk(start.Key, start.PlanRowid, null, 0, [], up: true);

    public TraceNode Down((string Key, long? PlanRowid) start) => Walk(start.Key, start.PlanRowid, null, 0, [], up: false);

    private TraceNode Walk(string key, long? planRowid, string? relation, int depth, HashSet<string> path, bool up)
    {
        var (planId, label, level) = Describe(key, planRowid);
        if (!path.Add(key)) return new TraceNode(key, planId, label, level, relation, [], Cycle: true);
        try
        {
            var next = up ? UpEdges(planRowid) : DownEdges(key);
            if (depth >= _maxDepth) return new TraceNode(key, planId, label, level, relation, [], Truncated: next.Count > 0);
            var children = next.Select(n => Walk(n.Key, n.PlanRowid, n.Relation, depth + 1, path, up)).ToList();
            return new TraceNode(key, planId, label, level, relation, children);
        }
        finally { path.Remove(key); }
    }

    private List<(string Key, long? PlanRowid, string Relation)> UpEdges(long? planRowid)
    {
        var edges = new List<(string, long?, string)>();
        if (planRowid is null) return edges;
        foreach (var (key, rel) in Rows(_targets, planRowid.Value, r => (r.GetString(0), r.GetInt32(1))))
            edges.Add((key, PlanOf(key), rel == 0 ? CitationRelation.Implements : CitationRelation.Basis));
        return edges;
    }

    private List<(string Key, long? PlanRowid, string Relation)> DownEdges(string key)
    {
        var edges = new List<(string, long?, string)>();
        foreach (var (rowid, rel) in Rows(_citing, key, r => (r.GetInt64(0), r.GetInt32(1))))
        {
            var planKey = Rows(_planInfo, rowid, r => r.GetString(1)).First();
            edges.Add((planKey, rowid, rel == 0 ? CitationRelation.Implements : CitationRelation.Basis));
        }
        return edges;
    }

    private long? PlanOf(string key) => Rows(_planByKey, key, r => (long?)r.GetInt64(0)).FirstOrDefault();

    private (string? PlanId, string Label, string? Level) Describe(string key, long? planRowid)
    {
        if (planRowid is { } rowid)
        {
            var info = Rows(_planInfo, rowid, r => (Id: r.GetString(0), Label: SqlitePlanWriter.Label(Str(r, 2), Str(r, 3), Str(r, 4)),
                Level: Str(r, 5), Title: Str(r, 6))).First();
            var label = info.Label.Length > 0 ? info.Label : info.Title ?? info.Id;
            return (info.Id, label, info.Level);
        }
        var node = Rows(_nodeInfo, key, r => (Label: r.GetString(0), Level: Str(r, 1))).FirstOrDefault();
        return (null, node.Label ?? key, node.Level);
    }

    private SqliteCommand Prepare(string sql)
    {
        var command = _connection.CreateCommand();
        command.CommandText = sql;
        command.Parameters.Add(new SqliteParameter("$a", null));
        command.Prepare();
        return command;
    }

    private static List<T> Rows<T>(SqliteCommand command, object value, Func<SqliteDataReader, T> read)
    {
        command.Parameters[0].Value = value;
        using var reader = command.ExecuteReader();
        var list = new List<T>();
        while (reader.Read()) list.Add(read(reader));
        return list;
    }

    private static string? Str(SqliteDataReader r, int i) => r.IsDBNull(i) ? null : r.GetString(i);
}
