namespace Ingest.Cli;

/// <summary>
/// The `plans` command: dispatches to its sub-commands. Exit codes: 0 success, 1 the input could not be
/// processed, 2 wrong usage.
/// </summary>
public static class CommandLine
{
    public const int Ok = 0;
    public const int Failed = 1;
    public const int Usage = 2;

    public static async Task<int> RunAsync(string[] args, TextReader stdin, TextWriter stdout, TextWriter stderr)
    {
        if (args.Length == 0 || args[0] is "-h" or "--help" or "help")
        {
            await stdout.WriteLineAsync(HelpText);
            return args.Length == 0 ? Usage : Ok;
        }
        var rest = args[1..];
        return args[0] switch
        {
            "extract" => await ExtractCommand.RunAsync(rest, stdin, stdout, stderr),
            "bench" => await BenchCommand.RunAsync(rest, stdout, stderr),
            _ => await UnknownAsync(args[0], stderr),
        };
    }

    private static async Task<int> UnknownAsync(string command, TextWriter stderr)
    {
        await stderr.WriteLineAsync($"plans: unknown command '{command}'. Run 'plans --help' for the list.");
        return Usage;
    }

    public const string HelpText = """
        plans — read Vietnamese plans (kế hoạch) and the documents they cite.

        Usage:
          plans extract FILE... [--json]   Parse plan texts (.txt, .md; '-' reads standard input) and print
                                           each record. --json prints the record as JSON (schema:
                                           docs/schema/plan-record.schema.json).
          plans bench parse [--seconds N] [--samples DIR]
                                           Measure the parser's throughput in MB/s on the sample plans and on
                                           generated text.

        Examples:
          plans extract ../shared/samples/plans/khanh-hoa-ban-dan-toc-2021.txt
          cat plan.txt | plans extract - --json

        Exit codes: 0 done, 1 an input could not be read, 2 wrong usage.
        """;
}
