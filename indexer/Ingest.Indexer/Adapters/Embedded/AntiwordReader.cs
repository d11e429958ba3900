using Ingest.Indexer.Extraction;

namespace Ingest.Indexer.Adapters.Embedded;

/// <summary>
/// Reads a Word 97–2003 .doc with antiword (Debian antiword), as a bounded process: UTF-8 output, no line
/// wrapping. antiword prints a table row as lines of "|cell|cell|"; those are laid out side by side as the
/// .docx reader lays out table cells (<see cref="CellLayout"/>), so the two-column header and the Nơi nhận /
/// signature block read the same from .doc and .docx. Throws <see cref="ExtractionException"/> (corrupt,
/// encrypted, timeout) naming the file. Thread-safe.
/// </summary>
public sealed class AntiwordReader(ExtractionLimits limits)
{
    /// <summary>The document's text, lines separated by '\n'.</summary>
    public async Task<string> ReadAsync(ReadOnlyMemory<byte> content, string fileName, TempWorkspace workspace, CancellationToken ct)
    {
        var path = workspace.File("upload.doc");
        await File.WriteAllBytesAsync(path, content.ToArray(), ct);
        ExternalProgram.Result result;
        try { result = await ExternalProgram.RunAsync("antiword", ["-m", "UTF-8.txt", "-w", "0", path], limits.TimePerPage, cancellationToken: ct, maxAddressSpace: limits.MaxToolMemoryBytes); }
        catch (TimeoutException e) { throw new ExtractionException("timeout", fileName, e.Message, inner: e); }
        if (result.ExitCode != 0 || result.StandardOutput.Trim().Length == 0)
        {
            var detail = result.StandardError.Split('\n').FirstOrDefault(l => l.Trim().Length > 0)?.Trim() ?? "no text";
            var reason = detail.Contains("encrypted", StringComparison.OrdinalIgnoreCase) ? "encrypted" : "corrupt";
            throw new ExtractionException(reason, fileName, "the Word .doc file cannot be read: " + detail.Replace(path, "the file"));
        }
        // A page break is a form feed, which would split our own pages: pages of Word files are not kept.
        return Layout(result.StandardOutput.Replace('\f', '\n').Replace("\r", ""));
    }

    /// <summary>antiword's text with each run of "|cell|cell|" table lines laid out side by side. Pure.</summary>
    internal static string Layout(string text)
    {
        var output = new List<string>();
        var table = new List<string[]>();
        foreach (var line in text.Split('\n'))
        {
            var trimmed = line.TrimEnd();
            if (trimmed.Length > 1 && trimmed[0] == '|' && trimmed[^1] == '|')
            {
                table.Add(trimmed[1..^1].Split('|').Select(c => c.Trim()).ToArray());
                continue;
            }
            Flush(table, output);
            output.Add(line);
        }
        Flush(table, output);
        return string.Join('\n', output);
    }

    private static void Flush(List<string[]> table, List<string> output)
    {
        if (table.Count == 0) return;
        var columns = table.Max(r => r.Length);
        var cells = Enumerable.Range(0, columns)
            .Select(c => (IReadOnlyList<string>)table.Select(r => c < r.Length ? r[c] : "").ToList());
        output.AddRange(CellLayout.SideBySide(cells));
        output.Add("");
        table.Clear();
    }
}
