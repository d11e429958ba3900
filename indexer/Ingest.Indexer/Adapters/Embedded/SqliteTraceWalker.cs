using Ingest.Indexer.Graph;
using Ingest.Indexer.Model;
using Microsoft.Data.Sqlite;

namespace Ingest.Indexer.Adapters.Embedded;

/// <summary>
/// Walks the citation graph from one node: up through a plan's implements/basis edges to what it carries out,
/// down to the plans that cite it so. Depth-limited; a node already on the current path is shown once more,
/// marked as a cycle, and not expanded. Statements are prepared once per connection (or walk). Not thread-safe.
/// </summary>
internal sealed class SqliteTraceWalker
{
    private readonly SqliteConnection _connection;
    private readonly int _maxDepth;
    private readonly SqliteCommand _targets;
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
        _planByKey = Prepare("SELECT rowid FROM plans WHERE doc_key = $a ORDER BY rowid LIMIT 1");
        _planInfo = Prepare("SELECT id, coalesce(doc_key, 'plan:' || id), doc_type, number, issuer, level, title FROM plans WHERE rowid = $a");
        _nodeInfo = Prepare("SELECT label, level FROM nodes WHERE key = $a");
    }

    public TraceNode Up((string Key, long? PlanRowid) start) =>
        Walk(new Edge(start.Key, start.PlanRowid, null, null), 0, [], e => UpEdges(e.PlanRowid));

    public TraceNode Down((string Key, long? PlanRowid) start)
    {
        var below = DownEdgesByLevel(start.Key);
        // Every node the walk expands is within the levels read (a node first met at level d had its edges read
        // at d, and is expanded again only deeper), so the lookup never misses.
        return Walk(new Edge(start.Key, start.PlanRowid, null, null), 0, [], e => below[e.Key]);
    }

    // A node to visit: its key, its plan (if one is indexed), the relation it was reached by, and its description
    // when the query that found it already read it.
    private sealed record Edge(string Key, long? PlanRowid, string? Relation, (string? PlanId, string Label, string? Level)? Described);

    private TraceNode Walk(Edge edge, int depth, HashSet<string> path, Func<Edge, List<Edge>> edgesOf)
    {
        var (key, planRowid, relation) = (edge.Key, edge.PlanRowid, edge.Relation);
        var (planId, label, level) = edge.Described ?? Describe(key, planRowid);
        if (!path.Add(key)) return new TraceNode(key, planId, label, level, relation, [], Cycle: true);
        try
        {
            var next = edgesOf(edge);
            if (depth >= _maxDepth) return new TraceNode(key, planId, label, level, relation, [], Truncated: next.Count > 0);
            var children = next.Select(n => Walk(n, depth + 1, path, edgesOf)).ToList();
            return new TraceNode(key, planId, label, level, relation, children);
        }
        finally { path.Remove(key); }
    }

    private List<Edge> UpEdges(long? planRowid)
    {
        var edges = new List<Edge>();
        if (planRowid is null) return edges;
        foreach (var (key, rel) in Rows(_targets, planRowid.Value, r => (r.GetString(0), r.GetInt32(1))))
            edges.Add(new Edge(key, PlanOf(key), rel == 0 ? CitationRelation.Implements : CitationRelation.Basis, null));
        return edges;
    }

    // Every edge the walk down can take, read a level at a time: one statement per level for all its nodes
    // (a directive's tree holds hundreds of plans, and a statement per node was most of a trace's time), and a
    // node reached again by another path is read once.
    private Dictionary<string, List<Edge>> DownEdgesByLevel(string root)
    {
        var edges = new Dictionary<string, List<Edge>>(StringComparer.Ordinal);
        var level = new List<string> { root };
        for (var depth = 0; depth <= _maxDepth && level.Count > 0; depth++)
        {
            var fresh = level.Where(k => !edges.ContainsKey(k)).Distinct(StringComparer.Ordinal).ToList();
            foreach (var key in fresh) edges[key] = [];
            foreach (var chunk in fresh.Chunk(500))
                foreach (var (key, edge) in CitingAny(chunk)) edges[key].Add(edge);
            level = fresh.SelectMany(k => edges[k]).Select(e => e.Key).ToList();
        }
        return edges;
    }

    // The citing plans of several nodes with what describes them (per node in plan order): the implements or basis
    // edges, one row per citing plan.
    private List<(string Key, Edge Edge)> CitingAny(IReadOnlyList<string> keys)
    {
        using var command = _connection.CreateCommand();
        var names = keys.Select((k, i) => { command.Parameters.AddWithValue("$k" + i, k); return "$k" + i; }).ToList();
        command.CommandText = $"""
            SELECT c.node_key, c.plan_rowid, min(CASE c.relation WHEN 'implements' THEN 0 ELSE 1 END),
                p.id, coalesce(p.doc_key, 'plan:' || p.id), p.doc_type, p.number, p.issuer, p.level, p.title
            FROM citations c JOIN plans p ON p.rowid = c.plan_rowid
            WHERE c.node_key IN ({string.Join(',', names)}) AND c.relation IN ('implements', 'basis')
            GROUP BY c.node_key, c.plan_rowid ORDER BY c.node_key, c.plan_rowid
            """;
        using var reader = command.ExecuteReader();
        var rows = new List<(string, Edge)>();
        while (reader.Read())
            rows.Add((reader.GetString(0), new Edge(reader.GetString(4), reader.GetInt64(1),
                reader.GetInt32(2) == 0 ? CitationRelation.Implements : CitationRelation.Basis, PlanDescription(reader, 3))));
        return rows;
    }

    private long? PlanOf(string key) => Rows(_planByKey, key, r => (long?)r.GetInt64(0)).FirstOrDefault();

    private (string? PlanId, string Label, string? Level) Describe(string key, long? planRowid)
    {
        if (planRowid is { } rowid)
        {
            return Rows(_planInfo, rowid, r => PlanDescription(r, 0)).First();
        }
        var node = Rows(_nodeInfo, key, r => (Label: r.GetString(0), Level: Str(r, 1))).FirstOrDefault();
        return (null, node.Label ?? key, node.Level);
    }

    // Reads id, key, type, number, issuer, level, title from column <paramref name="at"/> on.
    private static (string? PlanId, string Label, string? Level) PlanDescription(SqliteDataReader r, int at)
    {
        var id = r.GetString(at);
        var label = SqlitePlanWriter.Label(Str(r, at + 2), Str(r, at + 3), Str(r, at + 4));
        return (id, label.Length > 0 ? label : Str(r, at + 6) ?? id, Str(r, at + 5));
    }

    private SqliteCommand Prepare(string sql)
    {
        // Kept by the connection when it keeps statements (SqliteReadPool), else made for this walk.
        var command = SqliteStatements.Command(_connection, sql, transaction: null, out _);
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
