using System.Text;
using Ingest.Indexer.Indexing;
using Ingest.Indexer.Text;
using Microsoft.Data.Sqlite;

namespace Ingest.Indexer.Adapters.Embedded;

public sealed partial class SqlitePlanIndex
{
    // BM25 column weights (title, citations, body) are set once as the FTS table's rank function (see the
    // constructor): "ORDER BY rank" lets FTS5 score in C without a call per row through SQL.
    private const string Rank = "plan_fts.rank";
    private const int RerankWindow = 200;
    private static readonly string[] FacetNames = ["level", "province", "year", "issuer", "type"];

    /// <inheritdoc />
    public Task<SearchResults> SearchAsync(SearchQuery query, CancellationToken cancellationToken = default)
    {
        var match = SearchText.MatchExpression(query.Text);
        var size = Math.Clamp(query.PageSize, 1, 200);
        var offset = (Math.Max(1, query.Page) - 1) * size;
        using var connection = Open();
        var (where, parameters) = Filters(query);
        var from = match is null ? "plans p" : "plan_fts JOIN plans p ON p.rowid = plan_fts.rowid";
        var condition = match is null ? where : "plan_fts MATCH $match" + (where.Length > 0 ? " AND " + where : "");
        if (match is not null) parameters["$match"] = match;
        var whereClause = condition.Length > 0 ? " WHERE " + condition : "";

        var total = (long)Query(connection, $"SELECT count(*) FROM {from}{whereClause}", parameters, r => r.GetInt64(0)).Single();
        var hits = match is null
            ? Query(connection, $"SELECT {HitColumns}, 0, NULL FROM {from}{whereClause} ORDER BY p.issue_date DESC, p.rowid LIMIT {size} OFFSET {offset}", parameters, ReadHit)
            : RankedHits(connection, from, whereClause, parameters, query.Text, offset, size);
        var facets = query.WithFacets ? Facets(connection, from, whereClause, parameters) : new Dictionary<string, IReadOnlyList<FacetCount>>();
        return Task.FromResult(new SearchResults(total, hits, facets));
    }

    private const string HitColumns = "p.id, p.number, p.title, p.issuer, p.level, p.province, p.year, p.issue_date, p.doc_type";

    // With marks typed ("đường"), matches that carry the same marks rank above folded-only ones ("dương"):
    // the top of the BM25 order is re-ranked by how many query words appear as typed.
    private List<SearchHit> RankedHits(SqliteConnection connection, string from, string where, Dictionary<string, object?> parameters, string text, int offset, int size)
    {
        var rerank = SearchText.HasMarks(text) && offset + size <= RerankWindow;
        var (limit, skip) = rerank ? (RerankWindow, 0) : (size, offset);
        // Snippets cost a re-tokenization each: rank all matches first, then cut snippets for the page only.
        var sql = $"""
            SELECT {HitColumns}, {Rank} AS score, snippet(plan_fts, -1, char(2), char(3), '…', 24), p.title
            FROM {from}{where} AND plan_fts.rowid IN (SELECT plan_fts.rowid FROM {from}{where} ORDER BY {Rank} LIMIT {limit} OFFSET {skip})
            ORDER BY score
            """;
        if (!rerank) return Query(connection, sql, parameters, ReadHit);
        var words = SearchText.Words(text);
        var window = Query(connection, sql, parameters, r => (Hit: ReadHit(r), Title: r.IsDBNull(11) ? "" : r.GetString(11)));
        return window
            .Select(x => x with { Hit = x.Hit with { Score = x.Hit.Score - ExactWords(words, x.Title, x.Hit.Snippet) } })
            .OrderBy(x => x.Hit.Score)
            .Skip(offset).Take(size).Select(x => x.Hit).ToList();
    }

    private static double ExactWords(IReadOnlyList<string> words, string title, IReadOnlyList<SnippetPart> snippet)
    {
        var found = new HashSet<string>(SearchText.Words(title).Concat(snippet.Where(p => p.Match).SelectMany(p => SearchText.Words(p.Text))));
        return words.Count(found.Contains) * 10.0;
    }

    private static SearchHit ReadHit(SqliteDataReader r) => new(
        r.GetString(0), Str(r, 1), Str(r, 2), Str(r, 3), Str(r, 4), Str(r, 5), r.IsDBNull(6) ? null : r.GetInt32(6),
        Str(r, 7), Str(r, 8), r.IsDBNull(9) ? 0 : r.GetDouble(9), SnippetParts(Str(r, 10)));

    /// <summary>Splits FTS5 snippet output (matches between \u0002 and \u0003) into plain-text parts.</summary>
    internal static IReadOnlyList<SnippetPart> SnippetParts(string? snippet)
    {
        if (string.IsNullOrEmpty(snippet)) return [];
        var parts = new List<SnippetPart>();
        var sb = new StringBuilder();
        var inMatch = false;
        foreach (var c in snippet)
        {
            if (c is '\u0002' or '\u0003')
            {
                if (sb.Length > 0) parts.Add(new SnippetPart(Squash(sb.ToString()), inMatch));
                sb.Clear();
                inMatch = c == '\u0002';
            }
            else sb.Append(c);
        }
        if (sb.Length > 0) parts.Add(new SnippetPart(Squash(sb.ToString()), inMatch));
        return parts;
    }

    private static string Squash(string s) => System.Text.RegularExpressions.Regex.Replace(s, @"\s+", " ");

    private static (string Where, Dictionary<string, object?> Parameters) Filters(SearchQuery q)
    {
        var clauses = new List<string>();
        var p = new Dictionary<string, object?>();
        void Add(string clause, string name, object? value) { clauses.Add(clause); p[name] = value; }
        if (q.Level is not null) Add("p.level = $level", "$level", q.Level);
        if (q.Province is not null) Add("p.province_slug = $province", "$province", TextFolding.Slug(q.Province));
        if (q.Issuer is not null) Add("p.issuer_folded LIKE $issuer", "$issuer", "%" + Fold(q.Issuer) + "%");
        if (q.Year is not null) Add("p.year = $year", "$year", q.Year);
        if (q.Type is not null) Add("(p.doc_type_id = $type OR lower(p.doc_type) = lower($type))", "$type", q.Type);
        if (q.IssuedFrom is not null) Add("p.issue_date >= $from", "$from", q.IssuedFrom.Value.ToString("yyyy-MM-dd"));
        if (q.IssuedTo is not null) Add("p.issue_date <= $to", "$to", q.IssuedTo.Value.ToString("yyyy-MM-dd"));
        return (string.Join(" AND ", clauses), p);
    }

    // One pass over the matches gives all five facets.
    private static Dictionary<string, IReadOnlyList<FacetCount>> Facets(SqliteConnection connection, string from, string where, Dictionary<string, object?> parameters)
    {
        var counts = FacetNames.ToDictionary(f => f, _ => new Dictionary<string, long>());
        Query(connection, $"SELECT p.level, p.province, p.year, p.issuer, p.doc_type FROM {from}{where}", parameters, r =>
        {
            for (var i = 0; i < FacetNames.Length; i++)
            {
                if (r.IsDBNull(i)) continue;
                var value = r.GetValue(i).ToString()!;
                var bucket = counts[FacetNames[i]];
                bucket[value] = bucket.GetValueOrDefault(value) + 1;
            }
            return 0;
        });
        return counts.ToDictionary(kv => kv.Key, kv => (IReadOnlyList<FacetCount>)kv.Value
            .OrderByDescending(x => x.Value).ThenBy(x => x.Key, StringComparer.Ordinal).Take(50)
            .Select(x => new FacetCount(x.Key, x.Value)).ToList());
    }

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
