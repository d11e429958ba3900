using System.Globalization;
using Ingest.Indexer.Graph;
using Ingest.Indexer.Indexing;
using Ingest.Indexer.Model;
using Ingest.Indexer.Text;

namespace Ingest.Indexer.Reports;

/// <summary>
/// The reference reports staff print or open in Excel, built from the index's interfaces (so they work on
/// either backend): who carries out a directive, what a plan cites, directives × plans for a province and
/// year, whether each recipient of a plan has carried it out, and deadlines over a range, overdue or upcoming.
/// Thread-safe when the interfaces are; throws <see cref="ReportRequestException"/> for a request it cannot
/// answer and <see cref="KeyNotFoundException"/> for an unknown plan.
/// </summary>
public sealed class ReferenceReports(ISearchIndex index, IPlanCatalog catalog, IReferenceGraph graph)
{
    /// <summary>Every report kind, as named in routes and on the command line.</summary>
    public static readonly IReadOnlyList<string> Kinds = ["directive", "plan", "matrix", "coverage", "deadlines"];

    /// <summary>The report of <paramref name="kind"/> for <paramref name="request"/>, after checking the request has what the kind needs.</summary>
    public Task<ReportTable> BuildAsync(string kind, ReportRequest request, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Level is { } level && AdministrativeLevel.Rank(level) < 0)
            throw new ReportRequestException($"unknown level '{level}': central, province, district or commune");
        if (request.From > request.To)
            throw new ReportRequestException($"the range is reversed: {Dmy(request.From)} is after {Dmy(request.To)}");
        return kind switch
        {
            "directive" => DirectiveAsync(Need(request.Document, "document", kind), request, ct),
            "plan" => PlanAsync(Need(request.Plan, "plan", kind), ct),
            "coverage" => CoverageAsync(Need(request.Plan, "plan", kind), ct),
            "matrix" => MatrixAsync(Need(request.Province, "province", kind), request.Year ?? throw new ReportRequestException("the matrix report needs a year"), request.Level, ct),
            "deadlines" => DeadlinesAsync(request, ct),
            _ => throw new ReportRequestException($"unknown report '{kind}': {string.Join(", ", Kinds)}"),
        };
    }

    private static string Need(string? value, string name, string kind) =>
        string.IsNullOrWhiteSpace(value) ? throw new ReportRequestException($"the {kind} report needs a {name}") : value;

    /// <summary>Every plan citing the document, one row per plan (versions together), and the levels below it with no implementing plan.</summary>
    public async Task<ReportTable> DirectiveAsync(string document, ReportRequest? filter = null, CancellationToken ct = default)
    {
        var answer = await new CitingPlansQuery(graph, catalog).AskAsync(document, ct);
        var plans = answer.Plans.Where(p => Passes(p, filter)).ToList();
        var rows = plans.Select(p => (IReadOnlyList<string?>)[Level(p.Level), p.Province, p.Issuer, p.IssueDate, p.Number, p.Title,
            string.Join(", ", p.Relations.Select(Relation)), string.Join("\n", p.Evidence.Select(e => $"(tr. {e.Page}) {e.Sentence}")),
            p.Evidence.Count == 0 ? null : p.Evidence.Min(e => e.Page).ToString(CultureInfo.InvariantCulture),
            p.Versions.Count.ToString(CultureInfo.InvariantCulture)]).ToList();
        var levels = plans.Select(p => p.Level).ToHashSet();
        var top = plans.Select(p => AdministrativeLevel.Rank(p.Level)).Where(r => r >= 0).DefaultIfEmpty(0).Min();
        var missing = AdministrativeLevel.All.Skip(Math.Max(1, top)).Where(l => !levels.Contains(l)).Select(Level).ToList();
        var notes = new List<string> { $"{plans.Count} kế hoạch ({plans.Sum(p => p.Versions.Count)} tệp), {plans.Sum(p => p.Evidence.Count)} câu trích dẫn." };
        if (FilterText(filter) is { } f) notes.Add("Lọc: " + f + ".");
        notes.Add(plans.Count == 0 ? "Không có kế hoạch nào trích dẫn văn bản này" + (FilterText(filter) is null ? "." : " trong phạm vi đã lọc.")
            : missing.Count == 0 ? "Mọi cấp đều có kế hoạch thực hiện." : "Chưa có kế hoạch ở cấp: " + string.Join(", ", missing) + ".");
        return new ReportTable($"Các kế hoạch trích dẫn {document}",
            ["Cấp", "Tỉnh", "Cơ quan", "Ngày", "Số", "Trích yếu", "Quan hệ", "Câu trích", "Trang", "Số tệp"], rows)
        {
            Notes = notes,
            Kinds = [.. Texts(3), ReportColumnKind.Date, .. Texts(4), ReportColumnKind.Number, ReportColumnKind.Number],
            FileStem = "ke-hoach-trich-dan-" + Stem(document) + FilterStem(filter),
        };
    }

    private static bool Passes(CitingPlanRow p, ReportRequest? f) =>
        f is null || ((f.Level is null || p.Level == f.Level)
            && (f.Province is null || (p.Province is not null && TextFolding.Slug(p.Province) == TextFolding.Slug(f.Province)))
            && (f.Year is null || (p.IssueDate is not null && p.IssueDate.StartsWith(f.Year.Value.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)))
            && (f.From is null || (p.IssueDate is not null && string.CompareOrdinal(p.IssueDate, Iso(f.From.Value)) >= 0))
            && (f.To is null || (p.IssueDate is not null && string.CompareOrdinal(p.IssueDate, Iso(f.To.Value)) <= 0)));

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
        {
            Notes = [plan.Record.Title ?? "", $"{plan.Record.Issuer.Name} · {DisplayDate(plan.Record.IssueDate ?? plan.Record.IssueDatePartial)}",
                     rows.Count == 0 ? "Kế hoạch này không trích dẫn văn bản nào." : $"{rows.Count} lần trích dẫn."],
            Kinds = [.. Texts(2), ReportColumnKind.Date],
            FileStem = "van-ban-trich-dan-trong-" + Stem(plan.Record.Number ?? Path.GetFileNameWithoutExtension(planId)),
        };
    }

    /// <summary>Directives (rows) by the plans of one province and year (columns), each cell the relation.</summary>
    public async Task<ReportTable> MatrixAsync(string province, int year, string? level = null, CancellationToken ct = default)
    {
        var results = await index.SearchAsync(new SearchQuery { Province = province, Year = year, Level = level, PageSize = 200, WithFacets = false }, ct);
        var plans = new List<StoredPlan>();
        foreach (var hit in results.Hits) if (await catalog.GetAsync(hit.PlanId, ct) is { } p) plans.Add(p);
        var directives = plans.SelectMany(p => p.Record.Citations.Where(c => c.Number is not null).Select(c => (c.Key, Label: $"{c.Type} {c.Number}")))
            .GroupBy(x => x.Key).Select(g => g.First()).OrderBy(x => x.Label, StringComparer.Ordinal).ToList();
        var columns = new List<string> { "Văn bản" };
        columns.AddRange(plans.Select(p => p.Record.Number ?? p.Id));
        var rows = directives.Select(d => (IReadOnlyList<string?>)new[] { d.Label }
            .Concat(plans.Select(p => p.Record.Citations.FirstOrDefault(c => c.Key == d.Key) is { } c ? Relation(c.Relation) : "")).ToList()).ToList();
        var scope = $"{province} {year}" + (level is null ? "" : ", cấp " + Level(level));
        return new ReportTable($"Văn bản × kế hoạch, {scope}", columns, rows)
        {
            Notes = [plans.Count == 0 ? $"Không có kế hoạch nào của {scope} trong chỉ mục." : $"{plans.Count} kế hoạch, {directives.Count} văn bản."],
            FileStem = $"ma-tran-van-ban-ke-hoach-{Stem(province)}-{year}" + (level is null ? "" : "-" + level),
        };
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
            return (IReadOnlyList<string?>)[r.Text, r.Name, theirs.Count == 0 ? "CHƯA CÓ" : string.Join("; ", theirs.Select(c => c.Number ?? c.PlanId).Distinct())];
        }).ToList();
        return new ReportTable($"Tình hình thực hiện {plan.Record.Number ?? planId} theo nơi nhận", ["Nơi nhận", "Tên đầy đủ", "Kế hoạch thực hiện"], rows)
        {
            Notes = [plan.Record.Number is null ? "Kế hoạch không có số: không tìm được kế hoạch trích dẫn nó." : $"{citing.Count} lần được trích dẫn.",
                     rows.Count == 0 ? "Kế hoạch không có khối Nơi nhận đọc được." : $"{rows.Count} nơi nhận."],
            FileStem = "thuc-hien-theo-noi-nhan-" + Stem(plan.Record.Number ?? Path.GetFileNameWithoutExtension(planId)),
        };
    }

    /// <summary>Deadlines in the request's range (default: a year back to three months ahead), each overdue or upcoming against <see cref="ReportRequest.Today"/>.</summary>
    public async Task<ReportTable> DeadlinesAsync(ReportRequest request, CancellationToken ct = default)
    {
        var (from, to) = DeadlineRange(request);
        var hits = await graph.DeadlinesAsync(from, to, request.Issuer, ct);
        var today = Iso(request.Today);
        var overdue = hits.Count(d => string.CompareOrdinal(d.Date, today) < 0);
        var rows = hits.Select(d => (IReadOnlyList<string?>)[string.CompareOrdinal(d.Date, today) < 0 ? "Quá hạn" : "Sắp đến hạn", d.Issuer, d.Date, d.What,
            d.Number ?? d.PlanId, d.Page.ToString(CultureInfo.InvariantCulture)]).ToList();
        return new ReportTable($"Hạn chót từ {Dmy(from)} đến {Dmy(to)}", ["Tình trạng", "Đơn vị", "Ngày", "Việc", "Kế hoạch", "Trang"], rows)
        {
            Notes = [hits.Count == 0 ? $"Không có hạn chót nào từ {Dmy(from)} đến {Dmy(to)}" + (request.Issuer is null ? "." : $" của «{request.Issuer}».")
                     : $"{overdue} việc quá hạn, {hits.Count - overdue} việc sắp đến hạn (tính đến {Dmy(request.Today)})."],
            Kinds = [.. Texts(2), ReportColumnKind.Date, .. Texts(2), ReportColumnKind.Number],
            FileStem = $"han-chot-{from:yyyy-MM-dd}-den-{to:yyyy-MM-dd}" + (request.Issuer is null ? "" : "-" + Stem(request.Issuer)),
        };
    }

    /// <summary>The range a deadlines report covers: the request's, or a year back to three months ahead of today.</summary>
    public static (DateOnly From, DateOnly To) DeadlineRange(ReportRequest request) =>
        (request.From ?? request.Today.AddYears(-1), request.To ?? request.Today.AddMonths(3));

    private static string Dmy(DateOnly? d) => d?.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture) ?? "";

    private static IEnumerable<ReportColumnKind> Texts(int n) => Enumerable.Repeat(ReportColumnKind.Text, n);

    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string DisplayDate(string? iso) =>
        DateOnly.TryParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture) : iso ?? "";

    private static string? FilterText(ReportRequest? f)
    {
        if (f is null) return null;
        var parts = new List<string>();
        if (f.Level is not null) parts.Add("cấp " + Level(f.Level));
        if (f.Province is not null) parts.Add(f.Province);
        if (f.Year is not null) parts.Add("năm " + f.Year);
        if (f.From is not null || f.To is not null) parts.Add($"ban hành {f.From?.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture) ?? "…"} – {f.To?.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture) ?? "…"}");
        return parts.Count == 0 ? null : string.Join(", ", parts);
    }

    private static string FilterStem(ReportRequest? f) =>
        f is null ? "" : string.Concat(new[] { f.Level, f.Province is null ? null : Stem(f.Province), f.Year?.ToString(CultureInfo.InvariantCulture),
            f.From is null ? null : "tu-" + Iso(f.From.Value), f.To is null ? null : "den-" + Iso(f.To.Value) }.Where(s => s is not null).Select(s => "-" + s));

    // File-name part: folded, lower-case ASCII, words joined by '-' ("34-CT/TW" → "34-ct-tw").
    private static string Stem(string text)
    {
        var words = DocumentSuggester.Words(text);
        var stem = string.Join('-', words.Select(w => new string(w.Where(char.IsAsciiLetterOrDigit).ToArray())).Where(w => w.Length > 0));
        return stem.Length == 0 ? "x" : stem[..Math.Min(60, stem.Length)];
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
