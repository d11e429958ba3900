using System.CommandLine;

namespace Ingest.Cli;

/// <summary>
/// The `plans` command (System.CommandLine 2.0.0): ingest, search, cites, trace, deadlines, report, extract,
/// bench. Exit codes scripts can trust: 0 done, 1 an input could not be processed, 2 wrong usage.
/// </summary>
public static class CommandLine
{
    public const int Ok = 0;
    public const int Failed = 1;
    public const int Usage = 2;

    public static async Task<int> RunAsync(string[] args, TextReader stdin, TextWriter stdout, TextWriter stderr)
    {
        if (args.Length > 0 && args[0] is "-h" or "--help" or "help" or "-?")
        {
            await stdout.WriteLineAsync(HelpText);
            return Ok;
        }
        if (args.Length > 0 && args[0] == "bench") return await BenchCommand.RunAsync(args[1..], stdout, stderr);
        if (args.Length > 0 && args[0] == "eval") return await Evaluation.EvalCommand.RunAsync(args[1..], stdout, stderr);
        if (args.Length > 0 && args[0] == "extract") return await ExtractCommand.RunAsync(args[1..], stdin, stdout, stderr);
        Workspace.StartParser();
        var root = PlansCommands.Build(stdout, stderr);
        var parsed = root.Parse(args);
        if (args.Length == 0)
        {
            await stdout.WriteLineAsync(HelpText);
            return Usage;
        }
        if (parsed.Errors.Count > 0)
        {
            foreach (var e in parsed.Errors) await stderr.WriteLineAsync("plans: " + e.Message);
            await stderr.WriteLineAsync("Run 'plans --help' for the commands and examples.");
            return Usage;
        }
        try
        {
            return await parsed.InvokeAsync(new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false });
        }
        catch (Exception e) when (Explain(e) is var (code, message))
        {
            // One line a person can act on, never a stack trace: a wrong request is usage (2), anything else failed (1).
            await stderr.WriteLineAsync($"plans {args[0]}: {message}");
            return code;
        }
    }

    private static (int Code, string Message) Explain(Exception e) => e switch
    {
        Indexer.Reports.ReportRequestException r => (Usage, r.Message + " (see plans --help)"),
        KeyNotFoundException k => (Failed, k.Message + " in the index (plans search lists plan ids)"),
        FileNotFoundException f => (Failed, $"no such file: {f.FileName}"),
        DirectoryNotFoundException or UnauthorizedAccessException or IOException => (Failed, e.Message),
        OperationCanceledException => (Failed, "cancelled"),
        _ => (Failed, $"{e.GetType().Name}: {e.Message}"),
    };

    public const string HelpText = """
        plans — read Vietnamese plans (kế hoạch) and the documents they cite.

        Commands:
          plans ingest PATH...                 files, folders or globs (*.pdf); shows progress, then a summary
          plans search QUERY [filters]         --level central|province|district|commune --province --issuer
                                               --year --type --from D --to D --page
          plans cites DOCUMENT                 any spelling: "Chỉ thị 34-CT/TW", 34-ct/tw, "chi thi 34"
          plans trace PLAN|DOCUMENT [--up|--down] [--depth N] [--format tree|mermaid|dot|json]
          plans deadlines [--from D] [--to D] [--issuer NAME] [--ics FILE]
          plans report KIND [--format csv|xlsx|html|md|json] [-o FILE]
                KIND: directive --document D [--level L --province P --year Y --from D --to D]
                      | plan --plan ID | coverage --plan ID | matrix --province P --year Y [--level L]
                      | deadlines [--from D --to D --issuer NAME]
          plans extract FILE... [--json]       read any file and print its record (no index)
          plans eval [--misses] [--update]     the parser's scoreboard on the real-text corpus (tests/corpus)
          plans bench parse|parse-ab|index|ingest|query|ocr|extract  the benchmarks of docs/BENCHMARKS.md

        Every command takes --data DIR (default $INGEST_DATA or ~/.local/share/ingest, shared with the local
        service) and --json where it prints data.

        Examples:
          plans ingest ~/scans/*.pdf
          plans cites "Chỉ thị 34-CT/TW" --json
          plans trace "19/CT-TTg" --down --format mermaid > trace.mmd
          plans report directive --document 34-CT/TW --format xlsx -o 34.xlsx

        Dates are written dd/mm/yyyy (or yyyy-mm-dd). Tables are plain text when piped or when NO_COLOR is set.

        Exit codes: 0 done (also an empty list of deadlines, which says so on stderr);
                    1 an input could not be processed, or a lookup found nothing (the reason is on stderr);
                    2 wrong usage: an unknown command or option, a bad date or level, a reversed range,
                      a report without the input it needs.
        """;
}
