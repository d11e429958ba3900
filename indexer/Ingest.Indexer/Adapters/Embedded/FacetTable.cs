using Ingest.Indexer.Text;
using Microsoft.Data.Sqlite;

namespace Ingest.Indexer.Adapters.Embedded;

/// <summary>
/// The filter and facet columns of every plan, in memory, indexed by row id: a search asks SQLite only for the
/// matching row ids (cheap), then filters and counts here in microseconds instead of joining the plans table
/// for every match. Rebuilt from the file when another process has written to it (the meta generation
/// changed). Thread-safe: readers see an immutable snapshot.
/// </summary>
internal sealed class FacetTable
{
    private readonly Entry?[] _rows;
    private readonly int[]?[] _codes;
    private readonly List<string>[] _values;
    public long Generation { get; }

    private FacetTable(Entry?[] rows, long generation)
    {
        (_rows, Generation) = (rows, generation);
        _values = Enumerable.Range(0, 5).Select(_ => new List<string>()).ToArray();
        var index = Enumerable.Range(0, 5).Select(_ => new Dictionary<string, int>(StringComparer.Ordinal)).ToArray();
        _codes = new int[]?[rows.Length];
        for (var r = 0; r < rows.Length; r++)
        {
            if (rows[r] is not { } e) continue;
            string?[] values = [e.Level, e.Province, e.Year?.ToString(System.Globalization.CultureInfo.InvariantCulture), e.Issuer, e.DocType];
            var codes = new int[values.Length];
            for (var f = 0; f < values.Length; f++)
            {
                if (values[f] is not { } v) { codes[f] = -1; continue; }
                if (!index[f].TryGetValue(v, out var code)) { code = index[f][v] = _values[f].Count; _values[f].Add(v); }
                codes[f] = code;
            }
            _codes[r] = codes;
        }
    }

    /// <summary>One plan's facet and filter values.</summary>
    internal sealed record Entry(string? Level, string? Province, string? ProvinceSlug, int? Year, string? Issuer, string IssuerFolded,
        string? DocType, string? DocTypeId, string? IssueDate);

    public static FacetTable Load(SqliteConnection connection, long generation)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT rowid, level, province, province_slug, year, issuer, issuer_folded, doc_type, doc_type_id, issue_date FROM plans";
        var rows = new List<(long, Entry)>();
        long max = 0;
        using (var r = command.ExecuteReader())
        {
            while (r.Read())
            {
                var rowid = r.GetInt64(0);
                max = Math.Max(max, rowid);
                rows.Add((rowid, new Entry(S(r, 1), S(r, 2), S(r, 3), r.IsDBNull(4) ? null : r.GetInt32(4), S(r, 5), S(r, 6) ?? "",
                    S(r, 7), S(r, 8), S(r, 9))));
            }
        }
        var table = new Entry?[max + 1];
        foreach (var (rowid, entry) in rows) table[rowid] = entry;
        return new FacetTable(table, generation);
    }

    /// <summary>The row ids among <paramref name="candidates"/> (or all rows) that pass the query's filters.</summary>
    public List<long> Filter(IEnumerable<long>? candidates, Indexing.SearchQuery q)
    {
        var province = q.Province is null ? null : TextFolding.Slug(q.Province);
        var issuer = q.Issuer is null ? null : TextFolding.FoldLoose(q.Issuer);
        var from = q.IssuedFrom?.ToString("yyyy-MM-dd");
        var to = q.IssuedTo?.ToString("yyyy-MM-dd");
        var result = new List<long>();
        foreach (var rowid in candidates ?? Enumerable.Range(0, _rows.Length).Select(i => (long)i))
        {
            if (rowid <= 0 || rowid >= _rows.Length || _rows[rowid] is not { } e) continue;
            if (q.Level is not null && e.Level != q.Level) continue;
            if (province is not null && e.ProvinceSlug != province) continue;
            if (q.Year is not null && e.Year != q.Year) continue;
            if (issuer is not null && !e.IssuerFolded.Contains(issuer, StringComparison.Ordinal)) continue;
            if (q.Type is not null && e.DocTypeId != q.Type && !string.Equals(e.DocType, q.Type, StringComparison.OrdinalIgnoreCase)) continue;
            if (from is not null && string.CompareOrdinal(e.IssueDate, from) < 0) continue;
            if (to is not null && (e.IssueDate is null || string.CompareOrdinal(e.IssueDate, to) > 0)) continue;
            result.Add(rowid);
        }
        return result;
    }

    /// <summary>Rows by issue date, newest first (undated last), for browsing without a query.</summary>
    public IEnumerable<long> NewestFirst(List<long> rows) =>
        rows.OrderByDescending(r => _rows[r]!.IssueDate ?? "", StringComparer.Ordinal).ThenBy(r => r);

    /// <summary>Counts of level, province, year, issuer and type over the given rows, most frequent first (50 per facet).</summary>
    public Dictionary<string, IReadOnlyList<Indexing.FacetCount>> Count(IEnumerable<long> rowids)
    {
        // Values are counted as small integers (their index in a per-facet dictionary built at load), so a
        // query matching every plan costs one array increment per facet and plan.
        var counts = _values.Select(v => new long[v.Count]).ToArray();
        foreach (var rowid in rowids)
        {
            if (_codes[rowid] is not { } codes) continue;
            for (var f = 0; f < codes.Length; f++) if (codes[f] >= 0) counts[f][codes[f]]++;
        }
        var result = new Dictionary<string, IReadOnlyList<Indexing.FacetCount>>();
        for (var f = 0; f < FacetNames.Length; f++)
        {
            result[FacetNames[f]] = Enumerable.Range(0, counts[f].Length).Where(i => counts[f][i] > 0)
                .Select(i => new Indexing.FacetCount(_values[f][i], counts[f][i]))
                .OrderByDescending(x => x.Count).ThenBy(x => x.Value, StringComparer.Ordinal).Take(50).ToList();
        }
        return result;
    }

    private static readonly string[] FacetNames = ["level", "province", "year", "issuer", "type"];

    private static string? S(SqliteDataReader r, int i) => r.IsDBNull(i) ? null : r.GetString(i);
}
