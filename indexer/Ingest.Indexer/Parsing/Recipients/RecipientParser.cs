using System.Buffers;
using System.Text;
using System.Text.RegularExpressions;
using Ingest.Indexer.Model;
using Ingest.Indexer.Parsing.Tables;
using Ingest.Indexer.Text;

namespace Ingest.Indexer.Parsing.Recipients;

/// <summary>
/// Reads the Nơi nhận block: one recipient per item of its list (the text as written, without the list mark and
/// the closing ";" or "."), with abbreviations expanded in <see cref="Recipient.Name"/>, and the archive line
/// ("Lưu: VT, VP.") kept apart. The list is read the way a clerk reads it whatever the copy did to it
/// (<see cref="RecipientList"/>): items marked with any dash or bullet, or not marked at all; an item broken over
/// lines; items run together on one line; the list in a table's cell. Pure and thread-safe.
/// </summary>
public sealed partial class RecipientParser
{
    private readonly IReadOnlyDictionary<string, string> _abbreviations;
    private readonly string[] _titleHeads;
    private readonly string[] _families;
    private readonly IReadOnlySet<string> _placeKinds;

    public RecipientParser(DomainTables tables)
    {
        _placeKinds = tables.PlaceKindWords;
        _abbreviations = tables.Abbreviations;
        _families = (tables.Phrases.FamilyNames ?? []).ToArray();
        _titleHeads = tables.Phrases.SignerTitleHeads.Select(h => TextFolding.FoldLoose(h).Trim()).Where(h => h.Length > 0).Distinct().ToArray();
    }

    [GeneratedRegex(@"[\p{Lu}Đ][\p{L}Đđ]*(?:[.\-][\p{Lu}Đ][\p{L}Đđ]*)*", RegexOptions.CultureInvariant)]
    private static partial Regex Token();

    [GeneratedRegex(@"^[a-z]{1,2}noo?i\x20nhan:|^nooi\x20nhan:", RegexOptions.CultureInvariant)]
    private static partial Regex OcrHeading();

    [GeneratedRegex(@"^[a-z]o\x20nhan:", RegexOptions.CultureInvariant)]
    private static partial Regex ClippedHeading();

    private static bool ItemFollows(IReadOnlyList<PlanLine> lines, int heading) =>
        heading + 1 < lines.Count && RecipientList.Cell(lines[heading + 1].Columns.FirstOrDefault()).TrimStart().StartsWith('-');

    /// <summary>The recipients and the archive line; empty and null when the text has no Nơi nhận block.</summary>
    public (IReadOnlyList<Recipient> Recipients, string? Archive) Parse(IReadOnlyList<PlanLine> lines)
    {
        var start = FindBlock(lines, out var sameLine);
        if (start < 0) return ([], null);
        var list = new RecipientList(_titleHeads, _families, _placeKinds);
        if (sameLine.Length > 0) list.Take(TitleBehindSpecks(sameLine) ?? sameLine, headingLine: true);
        // "Nơi nhận:          K/T TRƯỞNG BAN" (kj-ban-to-chuc-tw-hd-2025-38-pdf): the signature column beside the heading.
        if (lines[start].Columns.Skip(1).Any(c => RecipientList.IsSignatureLine(RecipientList.Cell(c)))) list.SignatureBeside();
        var blankRun = 0;
        var rightColumn = Indent(lines[start].Raw) + RightColumnIndent;
        var i = start + 1;
        for (; i < lines.Count && !list.Closed; i++)
        {
            // "Nơi nhận:          KT. BỘ TRƯỞNG" / "- Bộ trưởng (để báo cáo);" / "                THỨ TRƯỞNG" (jh-bo-tu-phap-qd-2025-86-pdf):
            // a PDF's layout keeps the signature column beside the list; a line that starts far right of the heading
            // holds only that column's words, not the list's.
            if (Indent(lines[i].Raw) >= rightColumn) continue;
            var cell = RecipientList.Cell(lines[i].Columns.FirstOrDefault());
            if (cell.Length == 0) { if (++blankRun > 6) break; continue; }
            blankRun = 0;
            list.Take(cell);
        }
        // "- Như trên;" / "- Bộ trưởng, CN UBDT" and nothing after it (ky-uy-ban-dan-toc-cv-2012-260, ky-bo-cong-thuong-qd-
        // 2025-2646: "- UBND, SCT "): a copy that stops inside the list, on an item its list's own ";" never closed, may
        // have cut that item; it is left out, as the clerk leaves out what the copy cannot show whole.
        if (i == lines.Count && !list.Closed) list.DropCutLast();
        var recipients = list.Items.Select(t => new Recipient(t, Expand(t))).ToList();
        return (recipients, list.Archive);
    }

    // How far right of the heading a line must start to be in the other column of a layout-preserving copy: wider than
    // any list's indent of its items ("  Trung ương (để thực hiện);"), narrower than half a page.
    private const int RightColumnIndent = 24;

    private static int Indent(ReadOnlySpan<char> raw)
    {
        var n = raw.IndexOfAnyExcept(' ');
        return n < 0 ? 0 : n;
    }

    // The "Nơi nhận:" line, and what follows the heading on it ("Nơi nhận: - Bộ Tư pháp; - Như Điều 3; …").
    private static int FindBlock(IReadOnlyList<PlanLine> lines, out string sameLine)
    {
        // The block closes a document: look in its last lines first, so a huge text costs little extra. An annex after
        // the signature (a table of communes flattened one cell a line, is-ubnd-lam-dong-qd-2284-2025-repo) pushes it
        // further up: the lines above are looked through only where a line's raw text opens with "N", as the signer's
        // search beside Nơi nhận does.
        var window = Math.Max(0, lines.Count - 300);
        for (var i = lines.Count - 1; i >= 0; i--)
        {
            if (i < window && !MayOpenRaw(lines[i].Raw)) continue;
            var cell = RecipientList.Cell(lines[i].Columns.FirstOrDefault());
            if (cell.Length == 0 || !MayOpenWithN(cell)) continue;
            var heading = i;
            // "*Nơi" / "nhận:*": the page broke the heading after its first word; the block starts on the second line.
            if (TextFolding.FoldLoose(cell).Trim(' ', '*', '_') == "noi" && i + 1 < lines.Count
                && RecipientList.Cell(lines[i + 1].Columns.FirstOrDefault()) is var second
                && TextFolding.FoldLoose(second).StartsWith("nhan:", StringComparison.Ordinal))
                (cell, heading) = ("Nơi " + second, i + 1);
            // "__Nơi nhận__:" (jg-vptw-tb-2025-432-md): a Markdown copy underlines the heading; the marks are no words.
            var folded = TextFolding.FoldLoose(cell).TrimStart('_', '*');
            // "MNơi nhận:", "ậNớơi nhận:": a speck of the page glued to the heading by the OCR, its vowel read twice; the
            // colon makes the heading certain.
            if (OcrHeading().Match(folded) is { Success: true } ocr) folded = "noi nhan:" + folded[(ocr.Index + ocr.Length)..];
            // "Đo nhận: TL. CHỦ TỊCH" / "- Như trên;" (jd-ubnd-quang-ngai-cv-2025-299-ocr): "Nơi" misread as two letters;
            // the colon and an item's dash on the next line make it the heading.
            else if (ClippedHeading().Match(folded) is { Success: true } clipped && ItemFollows(lines, i))
                folded = "noi nhan:" + folded[(clipped.Index + clipped.Length)..];
            if (!folded.StartsWith("noi nhan", StringComparison.Ordinal)) continue;
            var after = cell.IndexOf("nhận", StringComparison.OrdinalIgnoreCase);
            // "Nơi nhận: '" (jh-dh-cntt-khoa-httt-tb-2014-ocr): a quote is a speck the scan left beside the heading, no item.
            sameLine = after < 0 ? "" : cell[(after + 4)..].TrimStart(HeadingTrail).Trim();
            return heading;
        }
        return HeadingLost(lines, out sameLine);
    }

    // How far above the end a list whose heading was lost may stand: the list, the signature and its name.
    private const int HeadingLostLines = 12;

    // "- Chính phủ; - Ban Tổ chức Trung ương; … - Lưu: HC, PLTP. |" over "CHỦ TỊCH" (iw-ubtvqh-nq-1668-2025-can-tho-tvpl-repo):
    // a repository's copy dropped the "Nơi nhận:" heading of a list it ran together on one line; marked items closed
    // by the file copy's "Lưu" are that list and nothing else. The line is the list's, read as if beside its heading.
    private static int HeadingLost(IReadOnlyList<PlanLine> lines, out string sameLine)
    {
        for (var i = lines.Count - 1; i >= Math.Max(0, lines.Count - HeadingLostLines); i--)
        {
            var raw = lines[i].Raw.TrimStart(' ');
            if (!raw.StartsWith("- ") || raw.IndexOf("; - Lưu", StringComparison.Ordinal) < 0) continue;
            sameLine = RecipientList.Cell(lines[i].Columns.FirstOrDefault());
            return i;
        }
        sameLine = "";
        return -1;
    }

    // "Nơi nhận: zz?>»CHỦ TỊCH" (jh-ubnd-hai-phong-qd-2025-430-ocr): the signature column's position behind the seal's
    // debris, which ends at a sign no clerk types there; the position alone, or null.
    private string? TitleBehindSpecks(string sameLine)
    {
        var at = sameLine.AsSpan().LastIndexOfAny(SpeckSigns);
        if (at < 0) return null;
        var title = sameLine[(at + 1)..].Trim();
        return RecipientDebris.IsTitleAlone(title, _titleHeads) ? title : null;
    }

    private static readonly SearchValues<char> SpeckSigns = SearchValues.Create("?<>»«^~`{}[]§¬");

    // What may stand between the heading and its first item: the colon, Markdown's marks, a scan's quote-like specks.
    private static readonly char[] HeadingTrail = [' ', ':', '_', '*', '\'', '"', '“', '”', '‘', '’'];

    // "Nơi nhận", "NƠI NHẬN", OCR's "Noi nhan": an "N" and then a letter that folds to "o"; the lines that open with
    // "Năm", "Ngày", "Nhằm" are passed over without cutting them into cells.
    private static bool MayOpenRaw(ReadOnlySpan<char> raw)
    {
        var t = raw.TrimStart(" \t*_|#>-");
        return t.Length >= 8 && t[0] is 'N' or 'n' && TextFolding.Fold(t[1]) is 'o' or 'O';
    }

    // Both headings below open with "n" once folded (or "N" second, a speck glued before it) and trimmed of ' ', '*' and '_': most of the last lines do not,
    // and are passed over without folding them whole (issue 10, parser speed). A letter past ASCII is let through.
    private static bool MayOpenWithN(string cell)
    {
        var first = cell.AsSpan().TrimStart(" *_");
        return first.Length > 0 && (first[0] > 127 || TextFolding.Fold(first[0]) == 'n' || first.Length > 1 && first[1] == 'N');
    }

    /// <summary>Expands the abbreviations in a recipient line ("Phòng DT các huyện, TX, TP" → "Phòng Dân tộc các huyện, thị xã, thành phố").</summary>
    public string Expand(string text) =>
        Token().Replace(text, m => ExpandToken(m.Value));

    private string ExpandToken(string token)
    {
        if (_abbreviations.TryGetValue(token, out var whole)) return whole;
        if (!token.Contains('.') && !token.Contains('-')) return token;
        var parts = token.Split('.');
        if (parts.Length == 1) return token;
        var sb = new StringBuilder();
        foreach (var part in parts)
        {
            if (sb.Length > 0) sb.Append(' ');
            sb.Append(_abbreviations.TryGetValue(part, out var e) ? e : part);
        }
        return sb.ToString();
    }
}
