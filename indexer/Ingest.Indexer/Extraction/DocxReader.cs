using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Ingest.Indexer.Extraction;

/// <summary>
/// Reads a .docx with DocumentFormat.OpenXml 2.20: paragraphs, tables and text boxes in reading order.
/// Official documents put the issuer / "Số:" / place-and-date header and the signature / Nơi nhận block in
/// two-column tables: each table row becomes lines whose cells stand side by side, separated by a wide gap,
/// the way a digital PDF's text layer shows them, so the parser reads both the same way. Pure (bytes in).
/// </summary>
public static class DocxReader
{
    public static string Read(ReadOnlyMemory<byte> content, string fileName, ExtractionLimits? limits = null)
    {
        try
        {
            CheckInflatedSize(content, fileName, limits ?? ExtractionLimits.Default);
            using var stream = new MemoryStream(content.ToArray(), writable: false);
            using var document = WordprocessingDocument.Open(stream, false);
            var body = document.MainDocumentPart?.Document?.Body
                ?? throw new ExtractionException("corrupt", fileName, "the Word file has no document body");
            var lines = new List<string>();
            Blocks(body.ChildElements, lines);
            return string.Join('\n', lines);
        }
        catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or System.Xml.XmlException)
        {
            throw new ExtractionException("corrupt", fileName, "the Word file is damaged: " + e.Message, inner: e);
        }
    }

    /// <summary>
    /// Refuses a package whose parts inflate past <see cref="ExtractionLimits.MaxDecompressedBytes"/>, from the
    /// sizes the zip declares, before the OpenXml SDK inflates anything.
    /// </summary>
    internal static void CheckInflatedSize(ReadOnlyMemory<byte> content, string fileName, ExtractionLimits limits)
    {
        using var zip = new System.IO.Compression.ZipArchive(new MemoryStream(content.ToArray(), writable: false), System.IO.Compression.ZipArchiveMode.Read);
        long total = 0;
        foreach (var entry in zip.Entries)
        {
            total += entry.Length;
            if (total > limits.MaxDecompressedBytes)
                throw new ExtractionException("too-large", fileName,
                    $"the file inflates to more than {limits.MaxDecompressedBytes / 1048576} MB (ExtractionLimits.MaxDecompressedBytes)");
        }
    }

    private static void Blocks(IEnumerable<OpenXmlElement> elements, List<string> lines)
    {
        foreach (var element in elements)
        {
            switch (element)
            {
                case Paragraph p:
                    lines.AddRange(ParagraphLines(p));
                    break;
                case Table t:
                    foreach (var row in t.Elements<TableRow>()) lines.AddRange(RowLines(row));
                    lines.Add("");
                    break;
                case SdtBlock sdt when sdt.SdtContentBlock is not null:
                    Blocks(sdt.SdtContentBlock.ChildElements, lines);
                    break;
            }
        }
    }

    // Cells side by side: line i of the row is line i of each cell, joined by a wide gap.
    private static IEnumerable<string> RowLines(TableRow row) =>
        CellLayout.SideBySide(row.Elements<TableCell>().Select(cell =>
        {
            var cellLines = new List<string>();
            Blocks(cell.ChildElements, cellLines);
            return (IReadOnlyList<string>)cellLines;
        }));

    // A paragraph's own text (breaks become new lines, tabs stay tabs), then the paragraphs of any text box in it.
    private static IEnumerable<string> ParagraphLines(Paragraph p)
    {
        var sb = new StringBuilder();
        var boxes = new List<string>();
        foreach (var node in p.Descendants())
        {
            // Text inside a text box of this paragraph is read with the box, below; a paragraph that is itself
            // inside a text box reads its own text.
            var owner = node.Ancestors<TextBoxContent>().FirstOrDefault();
            if (owner is not null && owner.Ancestors<Paragraph>().Contains(p)) continue;
            // Word writes a text box twice, as a drawing (mc:Choice) and as VML for older readers (mc:Fallback);
            // reading both printed the signature block of a decision twice (Sóc Trăng 267/QĐ-UBND, 2025).
            if (node is TextBoxContent && node.Ancestors<AlternateContentFallback>().Any()) continue;
            switch (node)
            {
                case DocumentFormat.OpenXml.Wordprocessing.Text t: sb.Append(t.Text); break;
                case TabChar: sb.Append('\t'); break;
                case Break: sb.Append('\n'); break;
                case TextBoxContent box:
                    var inner = new List<string>();
                    Blocks(box.ChildElements, inner);
                    boxes.AddRange(inner);
                    break;
            }
        }
        return sb.ToString().Split('\n').Concat(boxes);
    }
}
