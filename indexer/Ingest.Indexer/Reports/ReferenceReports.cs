using Ingest.Indexer.Graph;
using Ingest.Indexer.Indexing;
using Ingest.Indexer.Model;
using Ingest.Indexer.Text;

namespace Ingest.Indexer.Reports;

/// <summary>
/// The reference reports staff print or open in Excel, built from the index's interfaces (so they work on
/// either backend): who carries out a directive, what a plan cites, directives × plans for a province and
/// year, whether each recipient of a plan has carried it out, and deadlines due or overdue.
/// </summary>
public sealed class ReferenceReports(ISearchIndex index, IPlanCatalog catalog, IReferenceGraph graph)
{
    public static readonly IReadOnlyList<string> Kinds = ["directive", "plan", "matrix", "coverage", "deadlines"];

    /// <summary>Every plan citing the document, grouped by level, and the levels below it with no implementing plan.</summary>
    public async Task<ReportTable> DirectiveAsync(string document, CancellationToken ct = default)
    {
        var cites = await graph.CitesAsync(document, ct);
        var rows = cites.All.Select(c => (IReadOnlyList<string?>)[Level(c.Level), c.Issuer, c.Province, c.IssueDate, c.Number, c.Title, Relation(c.Relation), c.Sentence, c.Page.ToString()]).ToList();
        var levels = cites.ByLevel.Keys.ToHashSet();
        var top = cites.All.Select(c => AdministrativeLevel.Rank(c.Level)).Where(r => r >= 0).DefaultIfEmpty(0).Min();
        var missing = AdministrativeLevel.All.Skip(Math.Max(1, top)).Where(l => !levels.Contains(l)).Select(Level).ToList();
        return new ReportTable($"Các kế hoạch trích dẫn {document}",
            ["Cấp", "Cơ quan", "Tỉnh", "Ngày", "Số", "Trích yếu", "Quan hệ", "Câu trích", "Trang"], rows)
        {
            Notes = [$"{cites.All.Select(c => c.PlanId).Distinct().Count()} kế hoạch, {rows.Count} lần trích dẫn.",
                     missing.Count == 0 ? "Mọi cấp đều có kế hoạch thực hiện." : "Chưa có kế hoạch ở cấp: " + string.Join(", ", missing) + "."],
        };
    }

    /// <summary>Every citation of a plan, with the indexed plan it resolves to, if any.</summary>
    public async Task<ReportTable> PlanAsync(string planId, CancellationToken ct = default)
    {
        var plan = await catalog.GetAsync(planId, ct) ?? throw new KeyNotFoundException($"no plan '{planId}'");
        var rows = new List<IReadOnlyList<string?>>();
        foreach (var c in plan.Record.Citations)
        {
            var indexed = c.Number is null ? null : (await graph.CitesAsync(c.Number + (c.Date is null ? "" : " " + c.Date[..4]), ct)).IndexedPlanId;
            rows.Add([c.Type, c.Number ?? c.Name, c.Date, c.Issuer, Relation(c.Relation), indexed ?? "chưa có", c.Text.ReplaceLineEndings(" ")]);
        }
        return new ReportTable($"Văn bản được trích dẫn trong {plan.Record.Number ?? planId}",
            ["Loại", "Số / tên", "Ngày", "Cơ quan ban hành", "Quan hệ", "Trong chỉ mục", "Nguyên văn"], rows)
        { Notes = [plan.Record.Title ?? "", $"{plan.Record.Issuer.Name} · {plan.Record.IssueDate ?? plan.Record.IssueDatePartial ?? ""}"] };
    }

    /// <summary>Directives (rows) by the plans of one province and year (columns), each cell the relation.</summary>
    public async Task<ReportTable> MatrixAsync(string province, int year, CancellationToken ct = default)
    {
        var results = await index.SearchAsync(new SearchQuery { Province = province, Year = year, PageSize = 200, WithFacets = false }, ct);
        var plans = new List<StoredPlan>();
        foreach (var hit in results.Hits) if (await catalog.GetAsync(hit.PlanId, ct) is { } p) plans.Add(p);
        var directives = plans.SelectMany(p => p.Record.Citations.Where(c => c.Number is not null).Select(c => (c.Key, Label: $"{c.Type} {c.Number}")))
            .GroupBy(x => x.Key).Select(g => g.First()).OrderBy(x => x.Label, StringComparer.Ordinal).ToList();
        var columns = new List<string> { "Văn bản" };
        columns.AddRange(plans.Select(p => p.Record.Number ?? p.Id));
        var rows = directives.Select(d => (IReadOnlyList<string?>)new[] { d.Label }
            .Concat(plans.Select(p => p.Record.Citations.FirstOrDefault(c => c.Key == d.Key) is { } c ? Relation(c.Relation) : "")).ToList()).ToList();
        return new ReportTable($"Văn bản × kế hoạch, {province} {year}", columns, rows) { Notes = [$"{plans.Count} kế hoạch, {directives.Count} văn bản."] };
    }

    /// <summary>For each recipient of a plan: the plans it issued that cite this one, or a flag when none yet.</summary>
    public async Task<ReportTable> CoverageAsync(string planId, CancellationToken ct = default)
    {
        var plan = await catalog.GetAsync(planId, ct) ?? throw new KeyNotFoundException($"no plan '{planId}'");
        var citing = plan.Record.Number is null ? [] : (await graph.CitesAsync(plan.Record.Number + (plan.Record.Year is { } y ? " " + y : ""), ct)).All.ToList();
        var rows = plan.Record.Recipients.Select(r =>
        {
            var name = TextFolding.FoldLoose(r.Name);
            var theirs = citing.Where(c => c.Issuer is not null && (TextFolding.FoldLoose(c.Issuer).Contains(name) || name.Contains(TextFolding.FoldLoose(c.Issuer)))).ToList();
            return (IReadOnlyList<string?>)[r.Text, r.Name, theirs.Count == 0 ? "CHƯA CÓ" : string.Join("; ", theirs.Select(c => c.Number ?? c.PlanId))];
        }).ToList();
        return new ReportTable($"Tình hình thực hiện {plan.Record.Number ?? planId} theo nơi nhận", ["Nơi nhận", "Tên đầy đủ", "Kế hoạch thực hiện"], rows)
        { Notes = [plan.Record.Number is null ? "Kế hoạch không có số: không tìm được kế hoạch trích dẫn nó." : $"{citing.Count} lần được trích dẫn."] };
    }

    /// <summary>What falls due this month and what is overdue (up to a year back), by responsible unit.</summary>
    public async Task<ReportTable> DeadlinesAsync(DateOnly today, CancellationToken ct = default)
    {
        var monthStart = new DateOnly(today.Year, today.Month, 1);
        var due = await graph.DeadlinesAsync(today, monthStart.AddMonths(1).AddDays(-1), null, ct);
        var overdue = await graph.DeadlinesAsync(today.AddYears(-1), today.AddDays(-1), null, ct);
        var rows = overdue.Select(d => Row(d, "Quá hạn")).Concat(due.Select(d => Row(d, "Đến hạn trong tháng")))
            .OrderBy(r => r[1], StringComparer.Ordinal).ThenBy(r => r[2], StringComparer.Ordinal).ToList();
        return new ReportTable($"Hạn chót tháng {today:MM/yyyy}", ["Tình trạng", "Đơn vị", "Ngày", "Việc", "Kế hoạch", "Trang"], rows)
        { Notes = [$"{overdue.Count} việc quá hạn, {due.Count} việc đến hạn trong tháng."] };

        static IReadOnlyList<string?> Row(DeadlineHit d, string state) => [state, d.Issuer, d.Date, d.What, d.Number ?? d.PlanId, d.Page.ToString()];
    }

    private static string Level(string? level) => level switch
    {
        AdministrativeLevel.Central => "Trung ương",
        AdministrativeLevel.Province => "Tỉnh",
        AdministrativeLevel.District => "Huyện",
        AdministrativeLevel.Commune => "Xã",
        _ => "Chưa rõ",
    };

    private static string Relation(string relation) => relation switch
    {
        CitationRelation.Basis => "căn cứ",
        CitationRelation.Implements => "thực hiện",
        _ => "nhắc đến",
    };
}
