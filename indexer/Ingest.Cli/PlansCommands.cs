using System.CommandLine;
using System.Text.Json;
using Ingest.Indexer.Adapters.Embedded;
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
        root.Subcommands.Add(Compact(stdout));
        root.Subcommands.Add(Search(stdout, stderr));
        root.Subcommands.Add(Cites(stdout, stderr));
        root.Subcommands.Add(Trace(stdout, stderr));
        root.Subcommands.Add(Deadlines(stdout, stderr));
        root.Subcommands.Add(Report(stdout, stderr));
        return root;
    }

    private static Workspace Open(ParseResult p) => new(DataFolder.Resolve(p.GetValue(Data), Environment.GetEnvironmentVariable));

    private static Task Print(TextWriter stdout, object value) =>
        stdout.WriteLineAsync(JsonSerializer.Serialize(value, RecordJson.Options));

    private static IAnsiConsole Console(TextWriter stdout) => CliConsole.For(stdout);

    private static Table Table(params string[] columns)
    {
        var table = new Table();
        foreach (var c in columns) table.AddColumn(c is "date" or "page" or "level" ? new TableColumn(c).NoWrap() : new TableColumn(c));
        return table;
    }

    private static Command Ingest(TextWriter stdout, TextWriter stderr)
    {
        var paths = new Argument<string[]>("paths") { Description = "files, folders or globs such as scans/*.pdf", Arity = ArgumentArity.OneOrMore };
        var command = new Command("ingest", "ingest plans into the shared index (same path as the service's IngestPlan)") { Arguments = { paths } };
        command.SetAction(async (p, ct) =>
        {
            var files = PathExpansion.ExpandNamed(p.GetValue(paths)!).ToList();
            if (files.Count == 0)
            {
                await stderr.WriteLineAsync($"plans ingest: no file matches {string.Join(", ", p.GetValue(paths)!.Select(x => $"'{x}'"))} (check the path; a folder is read with its subfolders)");
                return CommandLine.Failed;
            }
            using var ws = Open(p);
            if (ws.Repaired.Count > 0) await stderr.WriteLineAsync($"plans ingest: an earlier run was interrupted; {ws.Repaired.Count} plan(s) repaired first");
            var results = new List<IngestResult>();
            var console = Console(stdout);
            // Files are read, extracted and parsed on every core at once; their plans meet in the workspace's
            // one batching writer, which commits them in groups.
            async Task IngestAll(Action<string>? step)
            {
                var done = new IngestResult[files.Count];
                // Many files in flight, so that while one group is written the next one gathers: a file waits for
                // its group's commit, so a group holds about half the files in flight, and every commit rewrites
                // the catalog index pages it touches (spread over the whole index, so a commit costs about the
                // index's size however few plans it holds). Bounded by bytes too, so a folder of large scans
                // does not hold thousands of them in memory.
                var options = new ParallelOptions { MaxDegreeOfParallelism = Workspace.FilesInFlight, CancellationToken = ct };
                var budget = new ByteBudget(Workspace.BytesInFlight);
                await Parallel.ForEachAsync(Enumerable.Range(0, files.Count), options, async (i, token) =>
                {
                    var (file, name) = files[i];
                    try
                    {
                        using (await budget.TakeAsync(new FileInfo(file).Length, token))
                            done[i] = await ws.Ingestion.UploadAsync(BlobNames.ForUploadPath(name), await File.ReadAllBytesAsync(file, token), token);
                    }
                    catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                    {
                        // A file that cannot be read (a symbolic link in a loop, a file gone or locked) is reported
                        // on its row; it must not stop the rest of the folder.
                        done[i] = new IngestResult(name, IngestStatus.Failed, null, $"could not be read: {e.Message}") { Reason = "unreadable" };
                    }
                    step?.Invoke(name);
                });
                results.AddRange(done);
                // Report only what is committed: the catalog takes a bulk load in few commits (Workspace.CommitEvery).
                ws.Index.Flush();
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
                var table = Table("file", "status", "number", "citations", "note");
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

    private static Command Compact(TextWriter stdout)
    {
        var all = new Option<bool>("--all") { Description = "rewrite every segment holding any dead byte (default: those at least half dead, 1 MiB or more)" };
        var command = new Command("compact", "reclaim the disk space of replaced and deleted plans' text and records (index.segments)") { Options = { all } };
        command.SetAction(async (p, ct) =>
        {
            using var ws = Open(p);
            var (done, removed) = ws.Index.Compact(ws.Session, p.GetValue(all) ? SegmentCompactionPolicy.AnyDeadByte : null, removeOwn: true);
            var waiting = done.Segments > 0 && !ws.Session.AloneNow();
            if (p.GetValue(Json))
                await Print(stdout, new { segments = done.Segments, plans = done.Plans, movedBytes = done.MovedBytes, freedBytes = done.FreedBytes, filesRemoved = removed });
            else
                await stdout.WriteLineAsync($"{done.Segments} segment(s) compacted, {done.Plans} plan(s) moved ({done.MovedBytes:N0} bytes), {removed} file(s) removed" +
                    (waiting ? $"; another process uses the folder, so {done.FreedBytes:N0} dead bytes are freed at the service's next start" : ""));
            return CommandLine.Ok;
        });
        return command;
    }

    private static Command Search(TextWriter stdout, TextWriter stderr)
    {
        var query = new Argument<string>("query") { Description = "words, with or without marks", Arity = ArgumentArity.ZeroOrOne, DefaultValueFactory = _ => "" };
        var level = CliOptions.Level();
        var province = new Option<string?>("--province");
        var issuer = new Option<string?>("--issuer");
        var year = new Option<int?>("--year");
        var type = new Option<string?>("--type") { Description = "ke-hoach, chi-thi, ... or the name" };
        var from = CliOptions.Date("--from", "issued on or after");
        var to = CliOptions.Date("--to", "issued on or before");
        var page = new Option<int>("--page") { DefaultValueFactory = _ => 1 };
        var command = new Command("search", "full-text search with filters") { Arguments = { query }, Options = { level, province, issuer, year, type, from, to, page } };
        CliOptions.RefuseReversed(command, from, to);
        command.SetAction(async (p, ct) =>
        {
            using var ws = Open(p);
            var results = await ws.Index.SearchAsync(new SearchQuery
            {
                Text = p.GetValue(query) ?? "", Level = p.GetValue(level), Province = p.GetValue(province), Issuer = p.GetValue(issuer),
                Year = p.GetValue(year), Type = p.GetValue(type), IssuedFrom = p.GetValue(from), IssuedTo = p.GetValue(to), Page = p.GetValue(page),
            }, ct);
            if (p.GetValue(Json)) { await Print(stdout, results); return CommandLine.Ok; }
            if (results.Total == 0)
            {
                await stderr.WriteLineAsync("plans search: no plan matches (try fewer words or filters; marks and case do not matter)");
                return CommandLine.Failed;
            }
            if (results.Hits.Count == 0)
            {
                await stderr.WriteLineAsync($"plans search: page {p.GetValue(page)} is past the last page ({results.Total} plan(s) match)");
                return CommandLine.Failed;
            }
            var table = Table("plan", "number", "issuer", "date", "snippet");
            foreach (var h in results.Hits)
                table.AddRow(Markup.Escape(h.PlanId), Markup.Escape(h.Number ?? ""), Markup.Escape(h.Issuer ?? ""), CliConsole.Date(h.IssueDate),
                    string.Concat(h.Snippet.Select(s => s.Match ? $"[bold yellow]{Markup.Escape(s.Text)}[/]" : Markup.Escape(s.Text))));
            var console = Console(stdout);
            console.Write(table);
            console.WriteLine($"{results.Total} plan(s)" + (results.RankedAmong is { } n ? $"; ranked among the newest {n}" : ""));
            return CommandLine.Ok;
        });
        return command;
    }

    private static Command Cites(TextWriter stdout, TextWriter stderr)
    {
        var document = new Argument<string>("document") { Description = "the document in any spelling" };
        var command = new Command("cites", "plans that cite a document, by level") { Arguments = { document } };
        command.SetAction(async (p, ct) =>
        {
            using var ws = Open(p);
            var text = p.GetValue(document)!;
            var result = await ws.Index.CitesAsync(text, ct);
            if (p.GetValue(Json)) await Print(stdout, result);
            if (result.Document.IsEmpty)
            {
                await stderr.WriteLineAsync($"plans cites: '{text}' is not a document reference: give a type and number (Chỉ thị 34-CT/TW, 34-ct/tw) or a law's name");
                return CommandLine.Failed;
            }
            if (!result.All.Any())
            {
                await stderr.WriteLineAsync($"plans cites: no indexed plan cites '{text}'");
                return CommandLine.Failed;
            }
            if (p.GetValue(Json)) return CommandLine.Ok;
            // One row per plan, versions of one plan together, as the web page shows it.
            var answer = await new CitingPlansQuery(ws.Index, ws.Index).AskAsync(text, ct);
            var table = Table("level", "province", "plan", "issuer", "date", "relation", "page", "sentence");
            foreach (var row in answer.Plans)
                table.AddRow(row.Level ?? "", Markup.Escape(row.Province ?? ""), Markup.Escape((row.Number ?? row.PlanId) + (row.Versions.Count > 1 ? $" ({row.Versions.Count} files)" : "")),
                    Markup.Escape(row.Issuer ?? ""), CliConsole.Date(row.IssueDate), string.Join(", ", row.Relations),
                    string.Join(", ", row.Evidence.Select(e => e.Page).Distinct()), Markup.Escape(string.Join(" / ", row.Evidence.Select(e => e.Sentence))));
            var console = Console(stdout);
            console.Write(table);
            console.WriteLine($"{answer.PlanCount} plan(s) in {answer.FileCount} file(s), {answer.CitationCount} citation(s)");
            return CommandLine.Ok;
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
            if (tree is null)
            {
                await stderr.WriteLineAsync($"plans trace: '{p.GetValue(start)}' is neither a plan id nor a document any indexed plan cites");
                return CommandLine.Failed;
            }
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

    private static Command Deadlines(TextWriter stdout, TextWriter stderr)
    {
        var from = CliOptions.Date("--from", "from this day");
        var to = CliOptions.Date("--to", "to this day");
        var issuer = new Option<string?>("--issuer");
        var ics = new Option<string?>("--ics") { Description = "also write an iCalendar file" };
        var command = new Command("deadlines", "deadlines between two dates (default: 30 days back to 60 ahead)") { Options = { from, to, issuer, ics } };
        CliOptions.RefuseReversed(command, from, to);
        command.SetAction(async (p, ct) =>
        {
            using var ws = Open(p);
            var today = DateOnly.FromDateTime(DateTime.Today);
            var (f, t) = (p.GetValue(from) ?? today.AddDays(-30), p.GetValue(to) ?? today.AddDays(60));
            var hits = await ws.Index.DeadlinesAsync(f, t, p.GetValue(issuer), ct);
            if (p.GetValue(ics) is { } file) await File.WriteAllTextAsync(file, IcsWriter.Write(hits, DateTimeOffset.UtcNow), ct);
            if (p.GetValue(Json)) { await Print(stdout, hits); return CommandLine.Ok; }
            if (hits.Count == 0)
            {
                await stderr.WriteLineAsync($"plans deadlines: no deadline from {CliConsole.Date(f.ToString("yyyy-MM-dd"))} to {CliConsole.Date(t.ToString("yyyy-MM-dd"))}" +
                    (p.GetValue(issuer) is { } who ? $" for issuer '{who}'" : "") + " (widen the range with --from and --to)");
                return CommandLine.Ok;
            }
            var table = Table("date", "issuer", "what", "plan", "page");
            foreach (var d in hits) table.AddRow(CliConsole.Date(d.Date), Markup.Escape(d.Issuer ?? ""), Markup.Escape(d.What), Markup.Escape(d.Number ?? d.PlanId), d.Page.ToString());
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
        var level = CliOptions.Level();
        var issuer = new Option<string?>("--issuer");
        var from = CliOptions.Date("--from", "range start");
        var to = CliOptions.Date("--to", "range end");
        var format = new Option<string>("--format") { DefaultValueFactory = _ => "md" };
        format.AcceptOnlyFromAmong([.. ReportWriters.Formats]);
        var output = new Option<string?>("-o", "--output") { Description = "file to write (default: standard output; required for xlsx)" };
        var command = new Command("report", "reference reports for print or Excel") { Arguments = { kind }, Options = { document, plan, province, year, level, issuer, from, to, format, output } };
        CliOptions.RefuseReversed(command, from, to);
        command.SetAction(async (p, ct) =>
        {
            using var ws = Open(p);
            var table = await ws.Reports.BuildAsync(p.GetValue(kind)!, new ReportRequest
            {
                Document = p.GetValue(document), Plan = p.GetValue(plan), Province = p.GetValue(province), Year = p.GetValue(year),
                Level = p.GetValue(level), Issuer = p.GetValue(issuer), From = p.GetValue(from), To = p.GetValue(to),
                Today = DateOnly.FromDateTime(DateTime.Today),
            }, ct);
            if (p.GetValue(output) is null && p.GetValue(format) == "xlsx")
            {
                await stderr.WriteLineAsync($"plans report: xlsx needs -o FILE (for example -o {table.FileStem}.xlsx)");
                return CommandLine.Usage;
            }
            var bytes = ReportWriters.Render(table, p.GetValue(format)!);
            if (p.GetValue(output) is { } file) await File.WriteAllBytesAsync(file, bytes, ct);
            else await stdout.WriteAsync(System.Text.Encoding.UTF8.GetString(bytes).TrimStart('\uFEFF'));
            return CommandLine.Ok;
        });
        return command;
    }
}
