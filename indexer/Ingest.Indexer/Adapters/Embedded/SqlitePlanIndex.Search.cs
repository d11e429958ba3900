using Ingest.Indexer.Indexing;
using Microsoft.Data.Sqlite;

namespace Ingest.Indexer.Adapters.Embedded;

public sealed partial class SqlitePlanIndex
{
    // BM25 column weights (title, citations, body) are set once as the FTS table's rank function (see the
    // constructor): "ORDER BY rank" lets FTS5 score in C without a call per row through SQL.
    private const int RerankWindow = 200;

    /// <summary>
    /// BM25 costs about a microsecond per matching plan; past this many matches, only the most recent ones are
    /// ranked, so a query matching every plan stays fast (docs/index.md, "Ranking window").
    /// </summary>
    public int RankingWindow { get; init; } = 5_000;
    private readonly object _facetLock = new();
    private volatile FacetTable? _facets;

    /// <inheritdoc />
    public Task<SearchResults> SearchAsync(SearchQuery query, CancellationToken cancellationToken = default)
    {
        if (_text is not null) return Task.FromResult(_text.Search(query));
        var match = SearchText.MatchExpression(query.Text);
        var size = Math.Clamp(query.PageSize, 1, 200);
        var offset = (Math.Max(1, query.Page) - 1) * size;
        using var connection = Open();
        var table = Facets(connection);
        if (match is null) return Task.FromResult(Browse(connection, table, query, offset, size));

        // Filters join the text query as tag words, so FTS5 ranks only plans that pass them; the match list
        // itself (no scoring: cheap) feeds the total and the facets, counted in memory.
        match = WithFilters(match, query);
        var parameters = new Dictionary<string, object?> { ["$match"] = match };
        var matched = Query(connection, "SELECT rowid FROM plan_fts WHERE plan_fts MATCH $match", parameters, r => r.GetInt64(0));
        var filtered = query.IssuedFrom is not null || query.IssuedTo is not null ? table.Filter(matched, query) : matched;
        var facets = query.WithFacets ? table.Count(filtered) : new Dictionary<string, IReadOnlyList<FacetCount>>();
        var (hits, window) = filtered.Count == 0 ? ([], null) : WindowedHits(connection, parameters, matched, filtered, query, offset, size);
        return Task.FromResult(new SearchResults(filtered.Count, hits, facets) { RankedAmong = window });
    }

    // Row ids grow with ingestion, so the newest matches are the highest ids. Rank the newest window of matches;
    // when filters leave too few of them for the page, widen the window (doubling) until they do or all are in.
    private (List<SearchHit>, long?) WindowedHits(SqliteConnection connection, Dictionary<string, object?> parameters,
        List<long> matched, List<long> filtered, SearchQuery query, int offset, int size)
    {
        for (var window = (long)RankingWindow; ; window *= 2)
        {
            if (window >= matched.Count)
            {
                parameters.Remove("$since");
                return (RankedHits(connection, parameters, filtered, query, offset, size), null);
            }
            var since = matched[^(int)window];
            parameters["$since"] = since;
            var inWindow = filtered.Count - LowerBound(filtered, since);
            if (inWindow >= Math.Min(filtered.Count, offset + size) || inWindow >= RankingWindow)
                return (RankedHits(connection, parameters, filtered, query, offset, size), Math.Min(window, inWindow));
        }
    }

    private static int LowerBound(List<long> sorted, long value)
    {
        var i = sorted.BinarySearch(value);
        return i < 0 ? ~i : i;
    }

    private const string HitColumns = "p.id, p.number, p.title, p.issuer, p.level, p.province, p.year, p.issue_date, p.doc_type";

    private static string WithFilters(string match, SearchQuery q)
    {
        var parts = new List<string> { "(" + match + ")" };
        parts.AddRange(FilterTags.Required(q).Select(t => $"tags : \"{t}\""));
        if (q.Issuer is not null && SearchText.MatchExpression(q.Issuer) is { } issuer) parts.Add($"issuer : ({issuer})");
        return string.Join(" AND ", parts);
    }

    private static bool HasFilters(SearchQuery q) =>
        q.Level is not null || q.Province is not null || q.Issuer is not null || q.Year is not null || q.Type is not null
        || q.IssuedFrom is not null || q.IssuedTo is not null;

    private SearchResults Browse(SqliteConnection connection, FacetTable table, SearchQuery query, int offset, int size)
    {
        var rows = table.Filter(null, query);
        var page = table.NewestFirst(rows).Skip(offset).Take(size).ToList();
        var hits = page.Count == 0 ? [] : Query(connection,
            $"SELECT {HitColumns}, 0, NULL, p.rowid FROM plans p WHERE p.rowid IN ({string.Join(',', page)})",
            new Dictionary<string, object?>(), r => (Rowid: r.GetInt64(11), Hit: ReadHit(r)))
            .OrderBy(x => page.IndexOf(x.Rowid)).Select(x => x.Hit).ToList();
        return new SearchResults(rows.Count, hits, query.WithFacets ? table.Count(rows) : new());
    }

    // Ranks by BM25 (FTS5's own rank, weighted by column), keeps the rows that passed the filters, and cuts
    // snippets for the returned page only. With marks typed ("đường"), matches whose title or citations carry
    // the words as typed rank above folded-only ones ("dương"): the top of the order is re-ranked.
    private List<SearchHit> RankedHits(SqliteConnection connection, Dictionary<string, object?> parameters, List<long> filtered, SearchQuery query, int offset, int size)
    {
        var rerank = SearchText.HasMarks(query.Text) && offset + size <= RerankWindow;
        var (want, skip) = rerank ? (RerankWindow, 0) : (size, offset);
        var byDate = query.IssuedFrom is not null || query.IssuedTo is not null;
        var order = RankedIds(connection, parameters, byDate ? filtered.ToHashSet() : null, want, skip);
        if (rerank) order = Rerank(connection, order, SearchText.Words(query.Text)).Skip(offset).Take(size).ToList();
        if (order.Count == 0) return [];
        var ids = string.Join(',', order.Select(o => o.Rowid));
        // Two plain lookups, not a join: joined, SQLite may run the whole MATCH again for every row of the page.
        var snippets = Query(connection, $"""
            SELECT rowid, snippet(plan_fts, -1, char(2), char(3), '…', 24) FROM plan_fts
            WHERE plan_fts MATCH $match AND rowid IN ({ids})
            """, parameters, r => (Rowid: r.GetInt64(0), Snippet: Str(r, 1))).ToDictionary(x => x.Rowid, x => x.Snippet);
        var hits = Query(connection, $"SELECT {HitColumns}, 0, NULL, p.rowid FROM plans p WHERE p.rowid IN ({ids})",
            new Dictionary<string, object?>(), r => (Rowid: r.GetInt64(11), Hit: ReadHit(r))).ToDictionary(x => x.Rowid, x => x.Hit);
        return order.Select(o => hits[o.Rowid] with { Score = o.Score, Snippet = SnippetParts(snippets.GetValueOrDefault(o.Rowid)) }).ToList();
    }

    private static List<(long Rowid, double Score)> RankedIds(SqliteConnection connection, Dictionary<string, object?> parameters, HashSet<long>? allowed, int want, int skip)
    {
        var order = new List<(long, double)>(want);
        using var command = connection.CreateCommand();
        var limit = allowed is null ? $" LIMIT {want} OFFSET {skip}" : "";
        var since = parameters.TryGetValue("$since", out var s) ? " AND rowid >= $since" : "";
        command.CommandText = $"SELECT rowid, rank FROM plan_fts WHERE plan_fts MATCH $match{since} ORDER BY rank{limit}";
        command.Parameters.AddWithValue("$match", parameters["$match"]);
        if (since.Length > 0) command.Parameters.AddWithValue("$since", s);
        using var reader = command.ExecuteReader();
        var skipped = 0;
        while (order.Count < want && reader.Read())
        {
            var rowid = reader.GetInt64(0);
            if (allowed is not null && (!allowed.Contains(rowid) || skipped++ < skip)) continue;
            order.Add((rowid, reader.GetDouble(1)));
        }
        return order;
    }

    private static List<(long Rowid, double Score)> Rerank(SqliteConnection connection, List<(long Rowid, double Score)> order, IReadOnlyList<string> words)
    {
        if (order.Count == 0) return order;
        var text = Query(connection, $"SELECT rowid, title, cited FROM plan_text WHERE rowid IN ({string.Join(',', order.Select(o => o.Rowid))})",
            new Dictionary<string, object?>(), r => (Rowid: r.GetInt64(0), Words: SearchText.Words((Str(r, 1) ?? "") + " " + (Str(r, 2) ?? "")).ToHashSet()))
            .ToDictionary(x => x.Rowid, x => x.Words);
        return order.Select(o => (o.Rowid, Score: o.Score - 10.0 * words.Count(w => text.GetValueOrDefault(o.Rowid)?.Contains(w) == true)))
            .OrderBy(o => o.Score).ToList();
    }

    private FacetTable Facets(SqliteConnection connection)
    {
        var generation = Generation(connection);
        var current = _facets;
        if (current is not null && current.Generation == generation) return current;
        lock (_facetLock)
        {
            if (_facets is null || _facets.Generation != generation) _facets = FacetTable.Load(connection, generation);
            return _facets;
        }
    }

    internal static long Generation(SqliteConnection connection) =>
        Query(connection, "SELECT value FROM meta WHERE key = 'generation'", new Dictionary<string, object?>(), r => r.GetInt64(0)).FirstOrDefault();

    private static SearchHit ReadHit(SqliteDataReader r) => new(
        r.GetString(0), Str(r, 1), Str(r, 2), Str(r, 3), Str(r, 4), Str(r, 5), r.IsDBNull(6) ? null : r.GetInt32(6),
        Str(r, 7), Str(r, 8), r.IsDBNull(9) ? 0 : r.GetDouble(9), SnippetParts(Str(r, 10)));

    /// <summary>Splits FTS5 snippet output (matches between \u0002 and \u0003) into plain-text parts.</summary>
    internal static IReadOnlyList<SnippetPart> SnippetParts(string? snippet) => Snippets.Parts(snippet);


    internal static List<T> Query<T>(SqliteConnection connection, string sql, IReadOnlyDictionary<string, object?> parameters, Func<SqliteDataReader, T> read)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
            if (sql.Contains(name, StringComparison.Ordinal)) command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        using var reader = command.ExecuteReader();
        var list = new List<T>();
        while (reader.Read()) list.Add(read(reader));
        return list;
    }

    private static string? Str(SqliteDataReader r, int i) => r.IsDBNull(i) ? null : r.GetString(i);
}
