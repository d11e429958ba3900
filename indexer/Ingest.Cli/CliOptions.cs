using System.Globalization;
using System.CommandLine;
using Ingest.Indexer.Model;
using Ingest.Indexer.Text;

namespace Ingest.Cli;

/// <summary>Options shared by several commands, each checked while parsing so a bad value is a usage error (exit 2) naming it.</summary>
public static class CliOptions
{
    /// <summary>A date typed dd/mm/yyyy (as written in Vietnam) or yyyy-mm-dd.</summary>
    public static Option<DateOnly?> Date(string name, string description) => new(name)
    {
        Description = $"{description} ({UserDate.Accepted})",
        CustomParser = r =>
        {
            var text = r.Tokens.Count > 0 ? r.Tokens[0].Value : "";
            if (UserDate.TryParse(text, out var date)) return date;
            r.AddError($"{name} '{text}' is not a date: write {UserDate.Accepted}");
            return null;
        },
    };

    /// <summary>An administrative level, one of central, province, district, commune.</summary>
    public static Option<string?> Level()
    {
        var level = new Option<string?>("--level") { Description = string.Join(", ", AdministrativeLevel.All) };
        level.AcceptOnlyFromAmong([.. AdministrativeLevel.All]);
        return level;
    }

    // A date that did not parse has its own error already, and reading it throws: the range check then stands aside.
    private static DateOnly? Read(System.CommandLine.Parsing.CommandResult r, Option<DateOnly?> option)
    {
        try { return r.GetValue(option); }
        catch (InvalidOperationException) { return null; }
    }

    /// <summary>Refuses a range whose start is after its end, rather than answering it with nothing.</summary>
    public static void RefuseReversed(Command command, Option<DateOnly?> from, Option<DateOnly?> to) =>
        command.Validators.Add(r =>
        {
            if (Read(r, from) is { } f && Read(r, to) is { } t && f > t)
                r.AddError($"{from.Name} {f.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)} is after {to.Name} {t.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)}: the range is reversed");
        });
}
