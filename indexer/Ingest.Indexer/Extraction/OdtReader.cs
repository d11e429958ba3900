using System.IO.Compression;
using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace Ingest.Indexer.Extraction;

/// <summary>
/// Reads an OpenDocument text file (.odt: a zip holding content.xml) in process: headings, paragraphs, lists,
/// sections, text boxes and tables in reading order, table rows laid out side by side as the Word reader does
/// (<see cref="CellLayout"/>), so the two-column header and signature block read the same from every format.
/// Spaces written as &lt;text:s text:c="3"/&gt;, tabs and line breaks are kept; a footnote is read after its
/// paragraph. Pure (bytes in); throws <see cref="ExtractionException"/> (corrupt) for a damaged file.
/// </summary>
public static class OdtReader
{
    private static readonly XNamespace Office = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";
    private static readonly XNamespace TextNs = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";
    private static readonly XNamespace Table = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";
    private static readonly XNamespace Draw = "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0";

    /// <summary>The document's text, lines separated by '\n'.</summary>
    public static string Read(ReadOnlyMemory<byte> content, string fileName, ExtractionLimits limits)
    {
        try
        {
            using var zip = new ZipArchive(new MemoryStream(content.ToArray(), writable: false), ZipArchiveMode.Read);
            var entry = zip.GetEntry("content.xml") ?? throw new ExtractionException("corrupt", fileName, "the OpenDocument file has no content.xml");
            // A zip bomb would inflate a small upload into gigabytes of XML: the text limit is the upload limit, ×20.
            if (entry.Length > limits.MaxBytes * 20)
                throw new ExtractionException("too-large", fileName, $"content.xml inflates to {entry.Length / 1048576} MB");
            using var stream = entry.Open();
            var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null };
            using var xml = XmlReader.Create(stream, settings);
            var body = XDocument.Load(xml).Root?.Element(Office + "body")?.Element(Office + "text")
                ?? throw new ExtractionException("corrupt", fileName, "the OpenDocument file holds no text body");
            var lines = new List<string>();
            Blocks(body.Elements(), lines);
            return string.Join('\n', lines);
        }
        catch (Exception e) when (e is InvalidDataException or XmlException or IOException)
        {
            throw new ExtractionException("corrupt", fileName, "the OpenDocument file is damaged: " + e.Message, inner: e);
        }
    }

    private static void Blocks(IEnumerable<XElement> elements, List<string> lines)
    {
        foreach (var e in elements)
        {
            if (e.Name == TextNs + "p" || e.Name == TextNs + "h") Paragraph(e, lines);
            else if (e.Name == Table + "table")
            {
                foreach (var row in e.Descendants(Table + "table-row").Where(r => r.Ancestors(Table + "table").First() == e))
                    lines.AddRange(CellLayout.SideBySide(row.Elements(Table + "table-cell").Select(cell =>
                    {
                        var cellLines = new List<string>();
                        Blocks(cell.Elements(), cellLines);
                        return (IReadOnlyList<string>)cellLines;
                    })));
                lines.Add("");
            }
            // Lists, list items, sections and other containers: their children in order.
            else if (e.Name.Namespace == TextNs) Blocks(e.Elements(), lines);
        }
    }

    // A paragraph's text (line breaks become new lines), then the paragraphs of any text box anchored in it.
    private static void Paragraph(XElement p, List<string> lines)
    {
        var sb = new StringBuilder();
        var boxes = new List<string>();
        Inline(p, sb, boxes);
        lines.AddRange(sb.ToString().Split('\n'));
        lines.AddRange(boxes);
    }

    private static void Inline(XElement parent, StringBuilder sb, List<string> boxes)
    {
        foreach (var node in parent.Nodes())
        {
            switch (node)
            {
                case XText t:
                    sb.Append(t.Value);
                    break;
                case XElement e when e.Name == TextNs + "s":
                    sb.Append(' ', int.TryParse((string?)e.Attribute(TextNs + "c"), out var n) ? Math.Clamp(n, 1, 1000) : 1);
                    break;
                case XElement e when e.Name == TextNs + "tab":
                    sb.Append('\t');
                    break;
                case XElement e when e.Name == TextNs + "line-break":
                    sb.Append('\n');
                    break;
                case XElement e when e.Name == TextNs + "note-body":
                    Blocks(e.Elements(), boxes); // a footnote, read after its paragraph, not inside the sentence
                    break;
                case XElement e when e.Name == TextNs + "note-citation":
                    break; // the note's mark ("1")
                case XElement e when e.Name == Draw + "frame":
                    foreach (var box in e.Elements(Draw + "text-box")) Blocks(box.Elements(), boxes);
                    break;
                case XElement e:
                    Inline(e, sb, boxes); // spans, links, notes
                    break;
            }
        }
    }
}
