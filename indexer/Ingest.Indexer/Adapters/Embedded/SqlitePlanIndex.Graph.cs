using Ingest.Indexer.Graph;
using Ingest.Indexer.Model;
using Microsoft.Data.Sqlite;

namespace Ingest.Indexer.Adapters.Embedded;

public sealed partial class SqlitePlanIndex
{
    private static readonly string[] HierarchyRelations = [CitationRelation.Implements, CitationRelation.Basis];

    /// <inheritdoc />
    public Task<CitesResult> CitesAsync(string document, CancellationToken cancellationToken = default)
    {
        var reference = _refs.Value.Parse(document);
        using var lease = OpenRead();
        var connection = lease.Connection;
        var (branches, parameters) = CitationFilter(reference);
        // The matching edges are found in the index alone (materialized, so SQLite does not fold it into the join,
        // where every entry it tests cost a read of its row), then only those rows are read.
        var citing = branches.Count == 0 ? [] : Query(connection, $"""
            WITH hits AS MATERIALIZED ({string.Join(" UNION ALL ", branches.Select(where => $"SELECT c.plan_rowid, c.ord FROM citations c WHERE {where}"))})
            SELECT p.id, p.number, p.title, p.issuer, p.level, p.province, p.issue_date, c.relation, c.text, c.sentence, c.page, c.key
            FROM hits h JOIN citations c ON c.plan_rowid = h.plan_rowid AND c.ord = h.ord JOIN plans p ON p.rowid = c.plan_rowid
            ORDER BY p.issue_date, p.id, c.ord
            """, parameters, r => new CitingPlan(r.GetString(0), Str(r, 1), Str(r, 2), Str(r, 3), Str(r, 4), Str(r, 5), Str(r, 6),
                r.GetString(7), r.GetString(8), Str(r, 9) ?? "", r.IsDBNull(10) ? 1 : r.GetInt32(10), r.GetString(11)));
        var byLevel = citing
            .GroupBy(c => c.Level ?? "unknown")
            .OrderBy(g => LevelOrder(g.Key))
            .ToDictionary(g => g.Key, g => (IReadOnlyList<CitingPlan>)g.ToList());
        return Task.FromResult(new CitesResult(reference, IndexedPlanOf(connection, reference), byLevel));
    }

    /// <summary>
    /// The citations of a reference, as disjoint WHERE clauses over <c>citations c</c> (none when nothing can be
    /// matched), to be joined by UNION ALL. Each branch is one range of the index on (number_key, year, province,
    /// node_key), which holds every column a clause reads: a number every district uses ("1/KH-UBND") has
    /// thousands of edges a year, and a clause that ORs two tests on different columns cannot seek, so it read
    /// them all (1.5–2 ms at 10,000 plans, ten times that at 100,000). Hence a year splits the match in two (the
    /// year, or none given) and a jurisdiction in up to three (edges keyed with it; keyed one level higher and
    /// resolved to it; keyed without a province and resolved to it).
    /// </summary>
    private static (IReadOnlyList<string> Branches, Dictionary<string, object?> Parameters) CitationFilter(DocumentRef reference)
    {
        var p = new Dictionary<string, object?>();
        string? where = null;
        if (reference.NameKeys is { } names)
        {
            // Each listed key is one seek of an index (NameKeyForms: a name with every year it may carry, so the
            // list is the year's filter): of the edges by name, of the edges by number whose plan wrote the name
            // too, and of the edges by that number alone ("Luật số 83/2015/QH13"), which some plan named. No edge
            // is in two branches.
            for (var i = 0; i < names.Count; i++) p["$key" + i] = names[i];
            var list = string.Join(", ", names.Select((_, i) => "$key" + i));
            return ([$"c.key IN ({list})", $"c.name_key IN ({list})",
                $"c.key IN (SELECT n.key FROM citations n WHERE n.name_key IN ({list}) AND {NamesOneDocument("n.key")}) AND (c.name_key IS NULL OR c.name_key NOT IN ({list}))"], p);
        }
        if (reference.Key is not null) { where = "c.key = $key"; p["$key"] = reference.Key; }
        else if (reference.NumberKey is not null) { where = "c.number_key = $nk"; p["$nk"] = reference.NumberKey; }
        else if (reference.Serial is not null && reference.TypeId is not null)
        {
            where = "c.type_id = $type AND c.serial = $serial";
            (p["$type"], p["$serial"]) = (reference.TypeId, reference.Serial);
        }
        if (where is null) return ([], p);
        var years = reference.Year is null ? [where] : new[] { where + " AND c.year = $year", where + " AND c.year IS NULL" };
        if (reference.Year is not null) p["$year"] = reference.Year;
        var places = JurisdictionClauses(reference, p);
        var branches = years.SelectMany(y => places.Select(place => y + place)).ToList();
        if (reference.SymbolHoldsYear && reference.Key is null && reference.NumberKey is not null)
        {
            // A symbol with its year inside ("83/2015/QH13") is one document nationwide, keyed by the symbol alone:
            // the names plans wrote beside it (with its year) find the plans that cite it by that name only.
            p["$nkname"] = reference.NumberKey;
            branches.Add($"c.key IN (SELECT n.name_key FROM citations n WHERE n.key = $nkname AND n.name_key IS NOT NULL)");
        }
        return (branches, p);
    }

    // PlanKeys.NamesOneDocument in SQL: a symbol that holds its year and no jurisdiction part ("83/2015/QH13"). A
    // local number ("12/KH-UBND|2021|dong-nai", "19/CT-TTg|?") is not linked to a name, since one plan's wording of
    // it says nothing about another province's plan 12.
    private static string NamesOneDocument(string column) => $"instr({column}, '|') = 0";

    // The edges of the jurisdiction a reference names, as disjoint clauses (one empty clause when it names none).
    // A key's last part is its province column ("…|quang-ngai/huyen-son-tinh"); an edge keyed without the
    // district (or without any province) is the district's document only when it was resolved to it (node_key).
    private static string[] JurisdictionClauses(DocumentRef reference, Dictionary<string, object?> p)
    {
        if (reference.Below is { } below)
        {
            p["$below"] = (reference.Province is null ? "%/" : "%|" + reference.Province + "/") + below;
            if (reference.Province is null)
            {
                p["$belowprov"] = "%/" + below;
                return [" AND (c.province LIKE $belowprov OR c.node_key LIKE $below)"];
            }
            (p["$prov"], p["$belowprov"]) = (reference.Province, reference.Province + "/" + below);
            return [" AND c.province = $belowprov", " AND c.province = $prov AND c.node_key LIKE $below", " AND c.province IS NULL AND c.node_key LIKE $below"];
        }
        if (reference.Province is not null)
        {
            // An edge whose province is unknown ("…|?") is not this province's document unless it was resolved to it.
            (p["$prov"], p["$provkey"]) = (reference.Province, "%|" + reference.Province);
            return [" AND c.province = $prov", " AND c.province IS NULL AND c.node_key LIKE $provkey"];
        }
        return [""];
    }

    // The indexed plan a reference names: of its number and year, in the jurisdiction it names (the district's,
    // or the province's own before its districts'), the newest. Every body numbers from 1, so without the
    // jurisdiction "Kế hoạch 2/KH-UBND năm 2022 của UBND tỉnh Đồng Nai" was any province's or commune's plan 2.
    private static string? IndexedPlanOf(SqliteConnection connection, DocumentRef reference)
    {
        if (reference.NumberKey is null) return null;
        // A reference that pins its document down (a by-name key, or number, year and jurisdiction) is looked up by
        // its key (one index seek); the scan below reads every plan of the number and year ("1/KH-UBND" of one
        // year: thousands at 100,000 plans) and is left for the province's districts and for unknown parts.
        if ((reference.Key ?? reference.OwnDocumentKey) is { } key && !key.Contains('?')
            && Query(connection, "SELECT id FROM plans WHERE doc_key = $k ORDER BY issue_date DESC LIMIT 1",
                new Dictionary<string, object?> { ["$k"] = key }, r => r.GetString(0)).FirstOrDefault() is { } exact)
            return exact;
        var place = reference.Below is not null ? "%/" + reference.Below : reference.Province is not null ? "%|" + reference.Province + "%" : null;
        var p = new Dictionary<string, object?> { ["$nk"] = reference.NumberKey, ["$year"] = reference.Year, ["$place"] = place };
        var clauses = (reference.Year is null ? "" : " AND year = $year") + (place is null ? " ORDER BY issue_date DESC LIMIT 1" : " AND doc_key LIKE $place ORDER BY issue_date DESC");
        if (reference.Year is not null && reference.Province is not null)
        {
            // Only a key "number|year|province…" can be of the jurisdiction named (JurisdictionRank): a range of the
            // doc_key index. A district's plan named with a province its key lacks ("huyện Sơn Tịnh tỉnh Đà Nẵng",
            // keyed quang-ngai) missed the exact lookup above and scanned every "1/KH-UBND" of the year (26,000 at
            // 100,000 plans: 5 ms, the cites p99).
            var prefix = $"{reference.NumberKey}|{reference.Year}|{reference.Province}";
            (p["$lo"], p["$hi"]) = (prefix, prefix[..^1] + (char)(prefix[^1] + 1));
            clauses = " AND doc_key >= $lo AND doc_key < $hi" + clauses;
        }
        return Query(connection, $"SELECT id, doc_key FROM plans WHERE number_key = $nk{clauses}", p, r => (Id: r.GetString(0), Rank: reference.JurisdictionRank(Str(r, 1))))
            .Where(c => c.Rank is not null).OrderBy(c => c.Rank).Select(c => c.Id).FirstOrDefault();
    }

    /// <inheritdoc />
    public Task<TraceNode?> TraceAsync(string planOrDocument, TraceDirection direction, int depth = 5, CancellationToken cancellationToken = default)
    {
        using var lease = OpenRead();
        var connection = lease.Connection;
        var walker = new SqliteTraceWalker(connection, Math.Clamp(depth, 0, 20));
        var start = ResolveStart(connection, planOrDocument);
        if (start is null) return Task.FromResult<TraceNode?>(null);
        return Task.FromResult<TraceNode?>(direction == TraceDirection.Up ? walker.Up(start.Value) : walker.Down(start.Value));
    }

    // A plan id, else a document in any spelling: an indexed plan with that number, else the cited node most often used.
    private (string Key, long? PlanRowid)? ResolveStart(SqliteConnection connection, string text)
    {
        var byId = Query(connection, "SELECT coalesce(doc_key, 'plan:' || id), rowid FROM plans WHERE id = $id",
            new Dictionary<string, object?> { ["$id"] = text }, r => (r.GetString(0), (long?)r.GetInt64(1))).FirstOrDefault();
        if (byId.Item1 is not null) return byId;
        var reference = _refs.Value.Parse(text);
        if (IndexedPlanOf(connection, reference) is { } planId) return ResolveStart(connection, planId);
        var (branches, parameters) = CitationFilter(reference);
        if (branches.Count == 0) return null;
        var edges = string.Join(" UNION ALL ", branches.Select(where => $"SELECT c.node_key FROM citations c WHERE {where}"));
        var key = Query(connection, $"SELECT node_key FROM ({edges}) GROUP BY node_key ORDER BY count(*) DESC LIMIT 1",
            parameters, r => r.GetString(0)).FirstOrDefault();
        if (key is null) return null;
        var plan = Query(connection, "SELECT rowid FROM plans WHERE doc_key = $k LIMIT 1", new Dictionary<string, object?> { ["$k"] = key },
            r => (long?)r.GetInt64(0)).FirstOrDefault();
        return (key, plan);
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<DeadlineHit>> DeadlinesAsync(DateOnly from, DateOnly to, string? issuer = null, CancellationToken cancellationToken = default)
    {
        using var lease = OpenRead();
        var connection = lease.Connection;
        var p = new Dictionary<string, object?> { ["$from"] = from.ToString("yyyy-MM-dd"), ["$to"] = to.ToString("yyyy-MM-dd") };
        var issuerClause = "";
        if (issuer is not null) { issuerClause = " AND p.issuer_folded LIKE $issuer"; p["$issuer"] = "%" + Fold(issuer) + "%"; }
        IReadOnlyList<DeadlineHit> hits = Query(connection, $"""
            SELECT d.date, d.what, d.text, d.page, p.id, p.number, p.title, p.issuer
            FROM deadlines d JOIN plans p ON p.rowid = d.plan_rowid
            WHERE d.date BETWEEN $from AND $to{issuerClause}
            ORDER BY d.date, p.issuer, p.id
            """, p, r => new DeadlineHit(r.GetString(0), Str(r, 1) ?? "", Str(r, 2) ?? "", r.IsDBNull(3) ? 1 : r.GetInt32(3),
                r.GetString(4), Str(r, 5), Str(r, 6), Str(r, 7)));
        return Task.FromResult(hits);
    }

    internal static int LevelOrder(string? level) => AdministrativeLevel.Rank(level) is var r and >= 0 ? r : 99;
}
