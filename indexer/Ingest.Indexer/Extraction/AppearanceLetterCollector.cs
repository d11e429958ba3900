using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Filters;
using UglyToad.PdfPig.Geometry;
using UglyToad.PdfPig.Graphics;
using UglyToad.PdfPig.Graphics.Operations;
using UglyToad.PdfPig.Parser;
using UglyToad.PdfPig.Parser.Parts;
using UglyToad.PdfPig.PdfFonts;
using UglyToad.PdfPig.Tokenization.Scanner;
using UglyToad.PdfPig.Tokens;
using UglyToad.PdfPig.Util;

namespace Ingest.Indexer.Extraction;

/// <summary>
/// Draws one annotation's appearance stream through PdfPig's own content-stream machinery and keeps only its letters
/// (paths, images and clipping are of no use to text). The stream is placed as PDF 32000-1, 12.5.5 says: its bounding
/// box, transformed by its matrix, is mapped onto the annotation's rectangle. Letters are built the way PdfPig builds
/// a page's, so they join the page's letters in one reading order. One instance per appearance.
/// </summary>
internal sealed class AppearanceLetterCollector(int pageNumber, IResourceStore resourceStore, IPdfTokenScanner pdfScanner,
    IPageContentParser pageContentParser, ILookupFilterProvider filterProvider, CropBox cropBox, UserSpaceUnit userSpaceUnit,
    PageRotationDegrees rotation, TransformationMatrix initialMatrix, ParsingOptions parsingOptions)
    : BaseStreamProcessor<IReadOnlyList<Letter>>(pageNumber, resourceStore, pdfScanner, pageContentParser, filterProvider, cropBox,
        userSpaceUnit, rotation, initialMatrix, parsingOptions)
{
    private static readonly NameToken AppearanceName = NameToken.Create("Ingest-appearance");
    private readonly List<Letter> _letters = [];

    /// <summary>The letters the appearance draws inside <paramref name="rect"/> (page space).</summary>
    public IReadOnlyList<Letter> Draw(StreamToken appearance, PdfRectangle rect)
    {
        var box = Matrix(appearance).Transform(BoundingBox(appearance) ?? rect);
        var sx = box.Width > 0 ? rect.Width / box.Width : 1;
        var sy = box.Height > 0 ? rect.Height / box.Height : 1;
        PushState();
        ModifyCurrentTransformationMatrix(TransformationMatrix.FromValues(sx, 0, 0, sy, rect.Left - box.Left * sx, rect.Bottom - box.Bottom * sy));
        ProcessFormXObject(appearance, AppearanceName);
        PopState();
        return _letters;
    }

    private PdfRectangle? BoundingBox(StreamToken appearance) =>
        appearance.StreamDictionary.TryGet(NameToken.Bbox, PdfScanner, out ArrayToken? array) && array.TryToRectangle(PdfScanner, out var box)
            ? box : null;

    private TransformationMatrix Matrix(StreamToken appearance) =>
        Numbers(appearance, NameToken.Matrix, 6) is { } v ? TransformationMatrix.FromArray(v) : TransformationMatrix.Identity;

    // The stream's array of count numbers (references resolved); null when it holds other than that.
    private double[]? Numbers(StreamToken stream, NameToken key, int count)
    {
        if (!stream.StreamDictionary.TryGet(key, PdfScanner, out ArrayToken? array)) return null;
        if (array.Data.Count != count) return null;
        var values = new double[count];
        for (var i = 0; i < count; i++)
        {
            if (!DirectObjectFinder.TryGet(array.Data[i], PdfScanner, out NumericToken? n)) return null;
            values[i] = n.Double;
        }
        return values;
    }

    // PdfPig stops a form that draws itself by name, not two forms that draw each other; an appearance is untrusted
    // input, and a stack overflow cannot be caught, so forms are drawn at most this deep.
    private const int MaxFormDepth = 12;
    private int _formDepth;

    /// <inheritdoc />
    protected override void ProcessFormXObject(StreamToken xObjectStream, NameToken xObjectName)
    {
        if (_formDepth >= MaxFormDepth) return;
        _formDepth++;
        try { base.ProcessFormXObject(xObjectStream, xObjectName); }
        finally { _formDepth--; }
    }

    /// <inheritdoc />
    public override IReadOnlyList<Letter> Process(int pageNumberCurrent, IReadOnlyList<IGraphicsStateOperation> operations)
    {
        ProcessOperations(operations);
        return _letters;
    }

    /// <inheritdoc />
    public override void RenderGlyph(IFont font, CurrentGraphicsState currentState, double fontSize, double pointSize, int code, string unicode,
        long currentOffset, in TransformationMatrix renderingMatrix, in TransformationMatrix textMatrix, in TransformationMatrix transformationMatrix,
        CharacterBoundingBox characterBoundingBox)
    {
        var toPage = renderingMatrix.Multiply(textMatrix).Multiply(transformationMatrix);
        var glyph = toPage.Transform(characterBoundingBox.GlyphBounds);
        var advance = toPage.Transform(new PdfRectangle(0, 0, characterBoundingBox.Width, 0));
        var loose = toPage.Transform(new PdfRectangle(0, font.GetDescent(), characterBoundingBox.Width, font.GetAscent()));
        // A degenerate box or matrix (a zero-width /BBox) places nothing anywhere: such a glyph is dropped.
        if (!Finite(advance) || !Finite(glyph)) return;
        // A space glyph may have an empty outline; its advance still places it.
        var hasOutline = glyph.Width > double.Epsilon || glyph.Height > double.Epsilon;
        _letters.Add(new Letter(unicode, hasOutline ? glyph : advance, loose, advance.BottomLeft, advance.BottomRight, advance.Width, fontSize,
            font, currentState.FontState.TextRenderingMode, currentState.CurrentStrokingColor, currentState.CurrentNonStrokingColor, pointSize,
            TextSequence));
    }

    private static bool Finite(PdfRectangle r) =>
        double.IsFinite(r.Left) && double.IsFinite(r.Right) && double.IsFinite(r.Bottom) && double.IsFinite(r.Top);

    // Nothing but text is kept.
    protected override void RenderXObjectImage(XObjectContentRecord xObjectContentRecord) { }
    protected override void RenderInlineImage(InlineImage inlineImage) { }
    protected override void ClipToRectangle(PdfRectangle rectangle, FillingRule clippingRule) { }
    public override void BeginSubpath() { }
    public override PdfPoint? CloseSubpath() => null;
    public override void StrokePath(bool close) { }
    public override void FillPath(FillingRule fillingRule, bool close) { }
    public override void FillStrokePath(FillingRule fillingRule, bool close) { }
    public override void MoveTo(double x, double y) { }
    public override void BezierCurveTo(double x2, double y2, double x3, double y3) { }
    public override void BezierCurveTo(double x1, double y1, double x2, double y2, double x3, double y3) { }
    public override void LineTo(double x, double y) { }
    public override void Rectangle(double x, double y, double width, double height) { }
    public override void EndPath() { }
    public override void ClosePath() { }
    public override void ModifyClippingIntersect(FillingRule clippingRule) { }
    public override void BeginMarkedContent(NameToken name, NameToken? propertyDictionaryName, DictionaryToken? properties) { }
    public override void EndMarkedContent() { }
    public override void PaintShading(NameToken shading) { }
}
