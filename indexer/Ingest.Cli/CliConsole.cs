using System.Globalization;
using Spectre.Console;

namespace Ingest.Cli;

/// <summary>
/// The console the commands print tables to: colour and live progress only on a terminal, never when NO_COLOR is
/// set (https://no-color.org) or the output is piped or captured; wide enough when piped that rows do not wrap.
/// </summary>
public static class CliConsole
{
    /// <summary>True when output should be plain text: NO_COLOR set, or not the process's own terminal.</summary>
    public static bool Plain(TextWriter stdout) =>
        !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR")) || !ReferenceEquals(stdout, Console.Out) || Console.IsOutputRedirected;

    /// <summary>A console writing to <paramref name="stdout"/>.</summary>
    public static IAnsiConsole For(TextWriter stdout)
    {
        var plain = Plain(stdout);
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(stdout),
            Ansi = plain ? AnsiSupport.No : AnsiSupport.Detect,
            ColorSystem = plain ? ColorSystemSupport.NoColors : ColorSystemSupport.Detect,
            Interactive = plain ? InteractionSupport.No : InteractionSupport.Detect,
        });
        // Piped output has no terminal width: Spectre would assume 80 columns and wrap dates mid-number.
        if (plain) console.Profile.Width = 240;
        return console;
    }

    /// <summary>An ISO date (or yyyy-MM partial) as dd/mm/yyyy (mm/yyyy); other text unchanged.</summary>
    public static string Date(string? iso) =>
        iso is null ? "" : DateOnly.TryParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)
            : iso.Length == 7 && iso[4] == '-' ? $"{iso[5..]}/{iso[..4]}" : iso;
}
