using Ingest.Indexer.Extraction;

namespace Ingest.Indexer.Adapters.Embedded;

/// <summary>
/// Converts an office file (here .rtf) to .docx with LibreOffice headless (Debian libreoffice-writer-nogui),
/// so it is read by the same reader, with the same table layout, as a Word file. Runs as a bounded process
/// (argument list, timeout, process tree killed; soffice.bin, which soffice forks, dies with the host where PID
/// namespaces are allowed) with a private profile in the call's own temp folder, so
/// conversions can run side by side. LibreOffice does not run macros when converting headless. Throws
/// <see cref="ExtractionException"/> (corrupt, timeout) naming the file. Thread-safe.
/// </summary>
public sealed class LibreOfficeConverter(ExtractionLimits limits)
{
    /// <summary>The file as .docx bytes.</summary>
    public async Task<byte[]> ToDocxAsync(ReadOnlyMemory<byte> content, string extension, string fileName, TempWorkspace workspace, CancellationToken ct)
    {
        var input = workspace.File("upload." + extension);
        await File.WriteAllBytesAsync(input, content.ToArray(), ct);
        var output = workspace.File("converted");
        Directory.CreateDirectory(output);
        var profile = new Uri(workspace.File("libreoffice-profile")).AbsoluteUri;
        // LibreOffice writes caches under HOME; keep them in the workspace too.
        var environment = new Dictionary<string, string> { ["HOME"] = workspace.Path };
        ExternalProgram.Result result;
        try
        {
            result = await ExternalProgram.RunAsync("soffice",
                ["-env:UserInstallation=" + profile, "--headless", "--norestore", "--nolockcheck", "--convert-to", "docx:MS Word 2007 XML", "--outdir", output, input],
                limits.TimePerPage, environment, workspace.Path, ct, limits.MaxToolMemoryBytes, containHelpers: true);
        }
        catch (TimeoutException e) { throw new ExtractionException("timeout", fileName, e.Message, inner: e); }
        var docx = Path.Combine(output, "upload.docx");
        // soffice exits 0 even when it could not load the file; the missing output says so.
        if (!File.Exists(docx))
        {
            var detail = (result.StandardError + "\n" + result.StandardOutput).Split('\n')
                .FirstOrDefault(l => l.Contains("Error", StringComparison.OrdinalIgnoreCase))?.Trim() ?? $"exit code {result.ExitCode}";
            throw new ExtractionException("corrupt", fileName, $"the .{extension} file cannot be read: " + detail.Replace(input, "the file"));
        }
        return await File.ReadAllBytesAsync(docx, ct);
    }
}
