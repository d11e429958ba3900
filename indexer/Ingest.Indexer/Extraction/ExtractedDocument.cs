namespace Ingest.Indexer.Extraction;

/// <summary>The text of one uploaded file, page by page, with how each page was read.</summary>
/// <param name="Kind">What the file was, by content.</param>
/// <param name="Pages">The pages in order; a text file or .docx is one page.</param>
/// <param name="Warnings">What went imperfectly but did not stop reading (a page OCR'd with low yield, an encoding repaired).</param>
public sealed record ExtractedDocument(FileKind Kind, IReadOnlyList<ExtractedPage> Pages, IReadOnlyList<string> Warnings)
{
    /// <summary>All pages joined by form feeds, the text records and offsets refer to.</summary>
    public string Text => string.Join('\f', Pages.Select(p => p.Text));

    /// <summary>The numbers of the pages read by OCR (locally or by the cloud service), in order; empty for a digital file.</summary>
    public IReadOnlyList<int> OcrPages => Pages.Where(p => p.Source is "ocr" or "cloud").Select(p => p.Number).ToList();

    /// <summary>Offsets in <see cref="Text"/> where pages 2, 3, ... begin.</summary>
    public IReadOnlyList<int> PageStarts
    {
        get
        {
            var starts = new List<int>();
            var offset = 0;
            for (var i = 0; i < Pages.Count - 1; i++)
            {
                offset += Pages[i].Text.Length + 1;
                starts.Add(offset);
            }
            return starts;
        }
    }
}
