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

    /// <summary>The recipients and the archive line; empty and null when the text has no Nơi nhận block.</summary>
    public (IReadOnlyList<Recipient> Recipients, string? Archive) Parse(IReadOnlyList<PlanLine> lines)
    {
        var start = FindBlock(lines, out var sameLine);
        if (start < 0) return ([], null);
        var list = new RecipientList(_titleHeads, _families, _placeKinds);
        if (sameLine.Length > 0 && IsPositionBehindSeal(sameLine)) list.SignatureBeside();
        else if (sameLine.Length > 0) list.Take(TitleBehindSpecks(sameLine) ?? sameLine, headingLine: true);
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
        // further up: the whole text is looked through, a line cut into cells only where its raw text may open the heading.
        for (var i = lines.Count - 1; i >= 0; i--)
            if (RecipientHeading.At(lines, i, out var heading, out sameLine)) return heading;
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

    // "ơi nhận: ZZốA'CWR.TỊCH" (jj-ubnd-dien-bien-qd-2025-ocr; "„2G ›\iCHỦ TỊCH" in another scan of it), "Nơi nhận: zIŒT. C Ú
    // TỊCH" (jh-ubnd-quang-ngai-ct-2018-07-ocr):
    // the signature column's position beside the heading, the seal over its first words; what is left ends in the last
    // word of a position, whole and in capitals, and no item's ";" closes it. No recipient ends so.
    private bool IsPositionBehindSeal(string sameLine)
    {
        if (sameLine.Contains(';') || sameLine[0] is '-' or '+' or '•' or '–' or '—' or '~') return false;
        var end = sameLine.AsSpan().TrimEnd(" .,");
        var start = end.LastIndexOfAnyExcept(Capitals) + 1;
        if (start == 0 || end.Length - start < 3) return false;
        var last = " " + TextFolding.FoldLoose(end[start..].ToString());
        return _titleHeads.Any(h => h.EndsWith(last, StringComparison.Ordinal));
    }

    private static readonly SearchValues<char> Capitals = SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZĐÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴ");

    private static readonly SearchValues<char> SpeckSigns = SearchValues.Create("?<>»«^~`{}[]§¬");

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
