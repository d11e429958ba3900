using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Filters;
using UglyToad.PdfPig.Geometry;
using UglyToad.PdfPig.Graphics.Operations;
using UglyToad.PdfPig.Outline.Destinations;
using UglyToad.PdfPig.Parser;
using UglyToad.PdfPig.Parser.Parts;
using UglyToad.PdfPig.Tokenization.Scanner;
using UglyToad.PdfPig.Tokens;
using UglyToad.PdfPig.Util;

namespace Ingest.Indexer.Extraction;

/// <summary>The letters each of a page's annotations draws (its normal appearance), in page coordinates.</summary>
public sealed record AnnotationLetters(IReadOnlyList<IReadOnlyList<Letter>> Annotations);

/// <summary>
/// Reads the text that a page's annotations draw, which PdfPig 0.1.16 leaves out of <c>Page.Letters</c> (only the
/// page's own content stream is read there; poppler and viewers draw both). Vietnamese agencies sign PDFs with the
/// government CA's software, which stamps the document's number and day into signature fields at signing: "Số: 311
/// /QĐ-UBND" and "ngày 18 tháng 02" are, on the page, a blank in the text and two widget annotations whose
/// appearance streams hold "311" and "18" (ubnd-dak-lak-311-QD-UBND-2025-signed). Without them the record has no
/// number and a wrong date. Registered on the document as a page factory so PdfPig's own resource store, token
/// scanner and fonts decode the appearance streams; the drawing itself is <see cref="AppearanceLetterCollector"/>.
/// No served library renders annotation text in process (a newer PdfPig exposing appearance streams is not served).
/// </summary>
public sealed class AnnotationLetterFactory(IPdfTokenScanner scanner, IResourceStore resources, ILookupFilterProvider filters,
    IPageContentParser parser, ParsingOptions options) : BasePageFactory<AnnotationLetters>(scanner, resources, filters, parser, options)
{
    // Annotation flags (PDF 32000-1, 12.5.3): a hidden or never-viewed annotation draws nothing a reader sees.
    private const int Hidden = 1 << 1;
    private const int NoView = 1 << 5;

    /// <summary>
    /// True when one of the page's annotations has a normal appearance and is shown: the only pages worth reading a
    /// second time (links and notes without an appearance draw no text).
    /// </summary>
    public static bool DrawsText(Page page)
    {
        if (!page.Dictionary.ContainsKey(NameToken.Annots)) return false;
        try
        {
            return page.GetAnnotations().Any(a => a.HasNormalAppearance
                && (a.Flags & (UglyToad.PdfPig.Annotations.AnnotationFlags.Hidden | UglyToad.PdfPig.Annotations.AnnotationFlags.NoView)) == 0);
        }
        catch (Exception e) when (e is not (OutOfMemoryException or OperationCanceledException)) { return false; }
    }

    /// <inheritdoc />
    protected override AnnotationLetters ProcessPage(int pageNumber, DictionaryToken dictionary, NamedDestinations namedDestinations,
        MediaBox mediaBox, CropBox cropBox, UserSpaceUnit userSpaceUnit, PageRotationDegrees rotation, TransformationMatrix initialMatrix,
        IReadOnlyList<IGraphicsStateOperation> operations)
    {
        var drawn = new List<IReadOnlyList<Letter>>();
        if (!dictionary.TryGet(NameToken.Annots, PdfScanner, out ArrayToken? annotations)) return new AnnotationLetters(drawn);
        foreach (var item in annotations.Data)
        {
            if (!DirectObjectFinder.TryGet(item, PdfScanner, out DictionaryToken? annotation)) continue;
            if (Flags(annotation) is var flags && (flags & (Hidden | NoView)) != 0) continue;
            if (Rectangle(annotation) is not { } rect || NormalAppearance(annotation) is not { } appearance) continue;
            var collector = new AppearanceLetterCollector(pageNumber, ResourceStore, PdfScanner, PageContentParser, FilterProvider,
                cropBox, userSpaceUnit, rotation, initialMatrix, ParsingOptions);
            // A damaged appearance costs its own text only. Caught here, not by the caller: PdfPig's page factory unloads
            // the page's resources after this method returns, without a finally, and the next page would read its fonts.
            try
            {
                if (collector.Draw(appearance, rect) is { Count: > 0 } letters) drawn.Add(letters);
            }
            catch (Exception e) when (e is not (OutOfMemoryException or OperationCanceledException)) { }
        }
        return new AnnotationLetters(drawn);
    }

    private int Flags(DictionaryToken annotation) =>
        annotation.TryGet(NameToken.F, PdfScanner, out NumericToken? flags) ? flags.Int : 0;

    private PdfRectangle? Rectangle(DictionaryToken annotation) =>
        annotation.TryGet(NameToken.Rect, PdfScanner, out ArrayToken? array) && array.TryToRectangle(PdfScanner, out var rect) ? rect : null;

    // The normal appearance: one stream, or one per state chosen by the annotation's /AS.
    private StreamToken? NormalAppearance(DictionaryToken annotation)
    {
        if (!annotation.TryGet(NameToken.Ap, PdfScanner, out DictionaryToken? appearances)) return null;
        if (!appearances.Data.TryGetValue(NameToken.N.Data, out var normal)) return null;
        if (DirectObjectFinder.TryGet(normal, PdfScanner, out StreamToken? stream)) return stream;
        if (!DirectObjectFinder.TryGet(normal, PdfScanner, out DictionaryToken? states)) return null;
        if (!annotation.TryGet(NameToken.As, PdfScanner, out NameToken? state)) return null;
        return states.Data.TryGetValue(state.Data, out var chosen) && DirectObjectFinder.TryGet(chosen, PdfScanner, out StreamToken? s) ? s : null;
    }
}
