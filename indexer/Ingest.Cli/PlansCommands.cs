using System.CommandLine;
using System.Text.Json;
using Ingest.Indexer.Graph;
using Ingest.Indexer.Indexing;
using Ingest.Indexer.Pipeline;
using Ingest.Indexer.Reports;
using Ingest.Indexer.Serialization;
using Spectre.Console;

namespace Ingest.Cli;

/// <summary>The subcommands that work on the index. Each parses its options, calls one indexer entry point, prints.</summary>
public static class PlansCommands
{
    private static readonly Option<string?> Data = new("--data") { Description = "data folder (default $INGEST_DATA or ~/.local/share/ingest)", Recursive = true };
    private static readonly Option<bool> Json = new("--json") { Description = "print JSON for scripts", Recursive = true };

    public static RootCommand Build(TextWriter stdout, TextWriter stderr)
    {
        var root = new RootCommand("plans — read Vietnamese plans and the documents they cite") { Options = { Data, Json } };
        root.Subcommands.Add(Ingest(stdout, stderr));
        root.Subcommands.Add(Reindex(stdout));
        root.Subcommands.Add(Search(stdout));
        root.Subcommands.Add(Cites(stdout));
        root.Subcommands.Add(Trace(stdout, stderr));
        root.Subcommands.Add(Deadlines(stdout));
        root.Subcommands.Add(Report(stdout, stderr));
        return root;
    }

    private static Workspace Open(ParseResult p) => new(DataFolder.Resolve(p.GetValue(Data), Environment.GetEnvironmentVariable));

    private static Task Print(TextWriter stdout, object value) =>
        stdout.WriteLineAsync(JsonSerializer.Serialize(value, RecordJson.Options));

    private static IAnsiConsole Console(TextWriter stdout) =>
        AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(stdout), Ansi = AnsiSupport.Detect, ColorSystem = ColorSystemSupport.Detect });

    private static Command Ingest(TextWriter stdout, TextWriter stderr)
    {
        var paths = new Argument<string[]>("paths") { Description = "files, folders or globs such as scans/*.pdf", Arity = ArgumentArity.OneOrMore };
        var command = new Command("ingest", "ingest plans into the shared index (same path as the service's IngestPlan)") { Arguments = { paths } };
        command.SetAction(async (p, ct) =>
        {
            var files = PathExpansion.ExpandNamed(p.GetValue(paths)!).ToList();
            if (files.Count == 0) { await stderr.WriteLineAsync("plans ingest: no files match"); return CommandLine.Failed; }
            using var ws = Open(p);
            var results = new List<IngestResult>();
            var console = Console(stdout);
            // Files are read, extracted and parsed on every core at once; their plans meet in the workspace's
            // one batching writer, which commits them in groups.
            async Task IngestAll(Action<string>? step)
            {
                var done = new IngestResult[files.Count];
                // Many files in flight, so that while one group is written the next one gathers (the bench path's
                // 1,000 plans a batch; a few MB of text).
                var options = new ParallelOptions { MaxDegreeOfParallelism = 1024, CancellationToken = ct };
                await Parallel.ForEachAsync(Enumerable.Range(0, files.Count), options, async (i, token) =>
                {
                    var (file, name) = files[i];
                    done[i] = await ws.Ingestion.UploadAsync(BlobNames.ForUploadPath(name), await File.ReadAllBytesAsync(file, token), token);
                    step?.Invoke(name);
                });
                results.AddRange(done);
            }
            if (p.GetValue(Json) || files.Count < 5 || !console.Profile.Capabilities.Interactive) await IngestAll(null);
            else
                await console.Progress().Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new RemainingTimeColumn())
                    .StartAsync(async ctx =>
                    {
                        var task = ctx.AddTask("ingesting", maxValue: files.Count);
                        await IngestAll(name => { task.Description = name; task.Increment(1); });
                    });
            if (p.GetValue(Json)) await Print(stdout, results);
            else
            {
                var table = new Table().AddColumns("file", "status", "number", "citations", "note");
                foreach (var r in results) table.AddRow(Markup.Escape(r.Blob), r.Status.ToString(), Markup.Escape(r.Number ?? ""), r.Citations.ToString(), Markup.Escape(r.Error ?? string.Join("; ", r.Warnings)));
                console.Write(table);
                console.WriteLine($"{results.Count(r => r.Status == IngestStatus.Added)} added, {results.Count(r => r.Status == IngestStatus.Replaced)} replaced, " +
                    $"{results.Count(r => r.Status == IngestStatus.Unchanged)} skipped as duplicate, {results.Count(r => r.Status == IngestStatus.Failed)} failed");
            }
            return results.Any(r => r.Status == IngestStatus.Failed) ? CommandLine.Failed : CommandLine.Ok;
        });
        return command;
    }

    private static Command Reindex(TextWriter stdout)
    {
        var command = new Command("reindex", "rebuild the full-text index from the catalog (plans, text and citations in index.db)");
        command.SetAction(async (p, ct) =>
        {
            using var ws = Open(p);
            var watch = System.Diagnostics.Stopwatch.StartNew();
            var n = ws.Index.Reindex();
            if (p.GetValue(Json)) await Print(stdout, new { plans = n, seconds = watch.Elapsed.TotalSeconds });
            else await stdout.WriteLineAsync($"{n} plan(s) reindexed in {watch.Elapsed.TotalSeconds:F1} s");
            return CommandLine.Ok;
        });
        return command;
    }

    private static Command Search(TextWriter stdout)
    {
        var query = new Argument<string>("query") { Description = "words, with or without marks", Arity = ArgumentArity.ZeroOrOne, DefaultValueFactory = _ => "" };
        var level = new Option<string?>("--level") { Description = "central, province, district or commune" };
        var province = new Option<string?>("--province");
        var issuer = new Option<string?>("--issuer");
        var year = new Option<int?>("--year");
        var type = new Option<string?>("--type") { Description = "ke-hoach, chi-thi, ... or the name" };
        var from = new Option<DateOnly?>("--from") { Description = "issued on or after (yyyy-MM-dd)" };
        var to = new Option<DateOnly?>("--to");
        var page = new Option<int>("--page") { DefaultValueFactory = _ => 1 };
        var command = new Command("search", "full-text search with filters") { Arguments = { query }, Options = { level, province, issuer, year, type, from, to, page } };
        command.SetAction(async (p, ct) =>
        {
            using var ws = Open(p);
            var results = await ws.Index.SearchAsync(new SearchQuery
            {
                Text = p.GetValue(query) ?? "", Level = p.GetValue(level), Province = p.GetValue(province), Issuer = p.GetValue(issuer),
                Year = p.GetValue(year), Type = p.GetValue(type), IssuedFrom = p.GetValue(from), IssuedTo = p.GetValue(to), Page = p.GetValue(page),
            }, ct);
            if (p.GetValue(Json)) { await Print(stdout, results); return CommandLine.Ok; }
            var table = new Table().AddColumns("plan", "number", "issuer", "date", "snippet");
            foreach (var h in results.Hits)
                table.AddRow(Markup.Escape(h.PlanId), Markup.Escape(h.Number ?? ""), Markup.Escape(h.Issuer ?? ""), h.IssueDate ?? "",
                    string.Concat(h.Snippet.Select(s => s.Match ? $"[bold yellow]{Markup.Escape(s.Text)}[/]" : Markup.Escape(s.Text))));
            var console = Console(stdout);
            console.Write(table);
            console.WriteLine($"{results.Total} plan(s)" + (results.RankedAmong is { } n ? $"; ranked among the newest {n}" : ""));
            return CommandLine.Ok;
        });
        return command;
    }

    private static Command Cites(TextWriter stdout)
    {
        var document = new Argument<string>("document") { Description = "the document in any spelling" };
        var command = new Command("cites", "plans that cite a document, by level") { Arguments = { document } };
        command.SetAction(async (p, ct) =>
        {
            using var ws = Open(p);
            var result = await ws.Index.CitesAsync(p.GetValue(document)!, ct);
            if (p.GetValue(Json)) { await Print(stdout, result); return CommandLine.Ok; }
            var table = new Table().AddColumns("level", "plan", "issuer", "date", "relation", "page", "sentence");
            foreach (var (level, plans) in result.ByLevel)
                foreach (var c in plans)
                    table.AddRow(level, Markup.Escape(c.Number ?? c.PlanId), Markup.Escape(c.Issuer ?? ""), c.IssueDate ?? "", c.Relation, c.Page.ToString(), Markup.Escape(c.Sentence));
            Console(stdout).Write(table);
            return result.All.Any() ? CommandLine.Ok : CommandLine.Failed;
        });
        return command;
    }

    private static Command Trace(TextWriter stdout, TextWriter stderr)
    {
        var start = new Argument<string>("from") { Description = "a plan id or a document in any spelling" };
        var up = new Option<bool>("--up") { Description = "what it carries out" };
        var down = new Option<bool>("--down") { Description = "who carries it out (default)" };
        var depth = new Option<int>("--depth") { DefaultValueFactory = _ => 5 };
        var format = new Option<string>("--format") { DefaultValueFactory = _ => "tree" };
        format.AcceptOnlyFromAmong("tree", "mermaid", "dot", "json");
        var command = new Command("trace", "the plan hierarchy up or down") { Arguments = { start }, Options = { up, down, depth, format } };
        command.SetAction(async (p, ct) =>
        {
            using var ws = Open(p);
            var tree = await ws.Index.TraceAsync(p.GetValue(start)!, p.GetValue(up) ? TraceDirection.Up : TraceDirection.Down, p.GetValue(depth), ct);
            if (tree is null) { await stderr.WriteLineAsync("plans trace: nothing found to trace from"); return CommandLine.Failed; }
            var chosen = p.GetValue(Json) ? "json" : p.GetValue(format);
            await stdout.WriteAsync(chosen switch
            {
                "mermaid" => TraceFormats.Mermaid(tree),
                "dot" => TraceFormats.Dot(tree),
                "json" => JsonSerializer.Serialize(tree, RecordJson.Options) + "\n",
                _ => TraceFormats.Tree(tree),
            });
            return CommandLine.Ok;
        });
        return command;
    }

    private static Command Deadlines(TextWriter stdout)
    {
        var from = new Option<DateOnly?>("--from");
        var to = new Option<DateOnly?>("--to");
        var issuer = new Option<string?>("--issuer");
        var ics = new Option<string?>("--ics") { Description = "also write an iCalendar file" };
        var command = new Command("deadlines", "deadlines between two dates (default: 30 days back to 60 ahead)") { Options = { from, to, issuer, ics } };
        command.SetAction(async (p, ct) =>
        {
            using var ws = Open(p);
            var today = DateOnly.FromDateTime(DateTime.Today);
            var hits = await ws.Index.DeadlinesAsync(p.GetValue(from) ?? today.AddDays(-30), p.GetValue(to) ?? today.AddDays(60), p.GetValue(issuer), ct);
            if (p.GetValue(ics) is { } file) await File.WriteAllTextAsync(file, IcsWriter.Write(hits, DateTimeOffset.UtcNow), ct);
            if (p.GetValue(Json)) { await Print(stdout, hits); return CommandLine.Ok; }
            var table = new Table().AddColumns("date", "issuer", "what", "plan", "page");
            foreach (var d in hits) table.AddRow(d.Date, Markup.Escape(d.Issuer ?? ""), Markup.Escape(d.What), Markup.Escape(d.Number ?? d.PlanId), d.Page.ToString());
            Console(stdout).Write(table);
            return CommandLine.Ok;
        });
        return command;
    }

    private static Command Report(TextWriter stdout, TextWriter stderr)
    {
        var kind = new Argument<string>("kind") { Description = "directive, plan, matrix, coverage or deadlines" };
        kind.AcceptOnlyFromAmong([.. ReferenceReports.Kinds]);
        var document = new Option<string?>("--document");
        var plan = new Option<string?>("--plan");
        var province = new Option<string?>("--province");
        var year = new Option<int?>("--year");
        var format = new Option<string>("--format") { DefaultValueFactory = _ => "md" };
        format.AcceptOnlyFromAmong([.. ReportWriters.Formats]);
        var output = new Option<string?>("-o", "--output") { Description = "file to write (default: standard output; required for xlsx)" };
        var command = new Command("report", "reference reports for print or Excel") { Arguments = { kind }, Options = { document, plan, province, year, format, output } };
        command.SetAction(async (p, ct) =>
        {
            using var ws = Open(p);
            string? Need(Option<string?> o) => p.GetValue(o);
            ReportTable? table = p.GetValue(kind) switch
            {
                "directive" when Need(document) is { } d => await ws.Reports.DirectiveAsync(d, ct),
                "plan" when Need(plan) is { } id => await ws.Reports.PlanAsync(id, ct),
                "coverage" when Need(plan) is { } id => await ws.Reports.CoverageAsync(id, ct),
                "matrix" when Need(province) is { } pr && p.GetValue(year) is { } y => await ws.Reports.MatrixAsync(pr, y, ct),
                "deadlines" => await ws.Reports.DeadlinesAsync(DateOnly.FromDateTime(DateTime.Today), ct),
                _ => null,
            };
            if (table is null)
            {
                await stderr.WriteLineAsync("plans report: directive needs --document, plan and coverage --plan, matrix --province and --year");
                return CommandLine.Usage;
            }
            var bytes = ReportWriters.Render(table, p.GetValue(format)!);
            if (p.GetValue(output) is { } file) await File.WriteAllBytesAsync(file, bytes, ct);
            else if (p.GetValue(format) == "xlsx") { await stderr.WriteLineAsync("plans report: xlsx needs -o FILE"); return CommandLine.Usage; }
            else await stdout.WriteAsync(System.Text.Encoding.UTF8.GetString(bytes).TrimStart('\uFEFF'));
            return CommandLine.Ok;
        });
        return command;
    }
}
