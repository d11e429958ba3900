using System.Text.RegularExpressions;
using Ingest.Indexer.Text;

namespace Ingest.Indexer.Parsing.Recipients;

/// <summary>
/// The items of a Nơi nhận list, taken cell by cell (the left cell of each line after the heading). The rules
/// are the clerk's (tests/corpus/README.md, "recipients"):
/// <list type="bullet">
/// <item>an item starts at a list mark (-, +, •, –, —, and ~ as OCR reads a dash), or at each line of a list written without marks;</item>
/// <item>a line without a mark continues the item before it while that item is open (not closed by ";" or ".") or
/// when it starts in lower case; after an item closed by ";" it is an item whose mark the copy lost; after one
/// closed by "." the list is over;</item>
/// <item>a mark alone on its line marks the next line; items run together on one line split at "; -", a note
/// between the two ("; (báo cáo) -") staying with the item before it;</item>
/// <item>"Lưu: …" (the file copy) ends the list, also inside an item ("Phòng PC-NC; Lưu: VT"); so does the
/// signature's first line (TM., KT., an all-capital title, "(đã ký)") on an unmarked line.</item>
/// </list>
/// </summary>
internal sealed partial class RecipientList
{
    // How many unmarked lines after an e-signature stamp's first line are still the stamp's ("Ký bởi: VĂN THƯ VĂN",
    // the e-mail, the office's name in capitals, the date): skipped, not read as the signature that ends the list.
    private const int StampLines = 8;
    private readonly List<string> _items = [];
    // The marked items taken before the list showed the signature column beside it: trimmed as the later ones are once it does.
    private readonly List<int> _markedBeforeColumn = [];
    private readonly IReadOnlyList<string> _titleHeads;
    private readonly IReadOnlyList<string> _families;
    private readonly IReadOnlySet<string> _placeKinds;
    private bool _markPending;
    // A signature title was cut from an item: the signature column runs beside the list, its name may follow.
    private bool _signatureBeside;
    private bool _marked;
    // The signature column's position or the seal's image was passed over among the items: only a marked item may follow it.
    private bool _positionSkipped;
    private int _stampLeft;

    /// <param name="titleHeads">The signature titles' heads, folded ("pho tong giam doc", "chanh van phong").</param>
    /// <param name="families">Family names as written ("Nguyễn", "Lê"), for a signer's name beside an item.</param>
    /// <param name="placeKinds">The words a place's name follows ("tỉnh", "phố", "TP."), any case.</param>
    public RecipientList(IReadOnlyList<string> titleHeads, IReadOnlyList<string> families, IReadOnlySet<string> placeKinds) =>
        (_titleHeads, _families, _placeKinds) = (titleHeads, families, placeKinds);

    public bool Closed { get; private set; }

    /// <summary>The signature column stands beside the list (a layout copy prints its first line beside the heading).</summary>
    public void SignatureBeside() => _signatureBeside = true;

    /// <summary>True for the signature block's first line: "TM. ỦY BAN NHÂN DÂN", "K/T TRƯỞNG BAN", "GIÁM ĐỐC", "(đã ký)".</summary>
    public static bool IsSignatureLine(string cell) => cell.Length > 0 && IsSignature(cell);

    public string? Archive { get; private set; }

    /// <summary>The items as written, without their marks and closing punctuation.</summary>
    public IEnumerable<string> Items => _items.Select(t => t.Trim().TrimEnd(' ', ';', '.', ',', ':')).Where(t => t.Length > 0 && !IsLetterPair(t));

    // "- Ni _ LG số xã" (lg-vks-toi-cao-qd-2019-quy-trinh-vu-an-hanh-chinh-ocr, the page's "Lãnh đạo VKSNDTC" under the
    // seal): two letters in mixed case are no body's name nor its abbreviation ("VP", "CA" are capitals); what the seal
    // left of an item.
    private static bool IsLetterPair(string item) =>
        item.Length == 2 && char.IsUpper(item[0]) && char.IsLower(item[1]);

    // "- Các đồng chí Phó Trưởng Ban, - Các vụ, cục," (kj-ban-to-chuc-tw-hd-2025-38-pdf): a list whose items close with
    // "," instead of ";" runs together the same way; a dash between spaces before a capital opens the next item there.
    // "- VPUB: + CVP, các PCVP (đ/b);" (mx-ubnd-quang-ngai-qd-2025-1627): a heading item's first sub-item, its "+" mark
    // after the colon on the heading's line, is an item of its own, as it is on a line of its own.
    [GeneratedRegex(@"(?<=;)\s*(?=[-+•–—]\s*[\p{L}\d(])|(?<=,)\x20+(?=[-–—]\x20+\p{Lu})|(?<=\p{L}:)\x20+(?=\+\x20*\p{Lu})", RegexOptions.CultureInvariant)]
    private static partial Regex RunTogether();

    // "- Bộ Giáo dục và Đào tạo; (báo cáo) - Thường trực Tỉnh uỷ; (báo cáo) - …" (jn-ubnd-tuyen-quang-qd-2024-986-md): a
    // list run together in one cell, whose item's note the copy moved past the ";" that closed it on its own line.
    // The note goes back inside its item, before the ";".
    [GeneratedRegex(@";[\x20\t]*(\([^();\n]{1,40}\))(?=[\x20\t]*[-+•–—][\x20\t]*[\p{L}\d(])", RegexOptions.CultureInvariant)]
    private static partial Regex NoteAfterClose();

    [GeneratedRegex(@";\s*(?=Lưu\b)", RegexOptions.CultureInvariant)]
    private static partial Regex ArchiveInside();

    // '~' is how OCR often reads a dash.
    private static readonly char[] Marks = ['-', '+', '•', '–', '—', '·', '~'];
    private static readonly char[] MarksAndSpaces = [.. Marks, ' ', '\t'];

    [GeneratedRegex(@"^(?:\d{1,2}|[IVX]{1,4})[.)]\s", RegexOptions.CultureInvariant)]
    private static partial Regex SectionNumber();

    /// <summary>
    /// A cell cleaned of a table's debris: the "|" of its borders, the "\" a converter ends its lines with, a row
    /// of a table's rule ("+----+"). Empty when nothing is left.
    /// </summary>
    public static string Cell(string? column)
    {
        if (column is null) return "";
        var cell = column.Trim().TrimStart('|', ' ');
        var bar = cell.IndexOf('|');
        if (bar >= 0) cell = cell[..bar];
        cell = cell.TrimEnd(' ', '\\', '|').Trim();
        return cell.All(c => c is '-' or '+' or '=' or '|' or ':' or ' ') ? "" : cell;
    }

    /// <summary>Takes one cleaned, non-empty cell.</summary>
    public void Take(string cell, bool headingLine = false)
    {
        var first = true;
        if (cell.Contains("; (", StringComparison.Ordinal)) cell = NoteAfterClose().Replace(cell, " $1;");
        foreach (var piece in RunTogether().Split(cell))
        {
            if (Closed) return;
            if (piece.Length == 0) continue;
            // "Nơi nhận: - BỘ TRƯỞNG, CHỦ NHIỆM", "- Như trên; — PHO TONG CUC TRUONG" (jb-vpcp-tb-2022-330-ocr,
            // jb-tong-cuc-thue-cv-2023-4222-ocr): the signature column's title flattened beside the heading or after an
            // item on its line, a mark before it; no recipient.
            if ((headingLine || !first) && RecipientDebris.IsTitleAlone(piece.Trim().TrimStart(MarksAndSpaces), _titleHeads)) { _signatureBeside = true; continue; }
            // "- Thanh tra Chính phủ; + 2=tH@ HỦ TỊCH" (ld-ubnd-quang-ngai-ct-2024-pctntc-ocr): the seal's rim after an item's
            // ";", a dash or cross of it read as the next item's mark; no item opens with a speck.
            if (!first && RecipientDebris.OpensWithSpeck(piece.Trim().TrimStart(MarksAndSpaces))) { _signatureBeside = true; continue; }
            // "- CT, PCT UBND tỉnh; + ý t4 `" (lg-ubnd-quang-ngai-qd-2025-tthc-kham-chua-benh-ocr), "- UBND thị xã Đức Phể; - 21/2 7 ⁄ j/"
            // (js-ubnd-quang-ngai-tb-2025-53-ocr): after an item closed on its line, a mark and then no capital and no word
            // of four letters is the seal's rim read as a mark and letters; "- Như trên; - các phòng, ban chuyên môn;" is an
            // item in small letters, kept.
            if (!first && !piece.Any(char.IsUpper) && !RecipientDebris.HasWordOfFourLetters(piece)) continue;
            first = false;
            TakePiece(piece.Trim());
        }
    }

    private void TakePiece(string piece)
    {
        // "___ ~BTT Ủy ban MTTQ VN tỉnh;" (jd-ubnd-quang-ngai-tb-2024-660-ocr): the scan smeared the item's dash into
        // underscores and a tilde; the mark after the underscores is the item's.
        if (piece.StartsWith('_') && piece.TrimStart('_', ' ') is [var mark, ..] lead && Marks.Contains(mark)) piece = lead;
        // "m - Các Phòng: KSTTHC, VX;", "Ạ - Lưu: VT" (jh-ubnd-hai-phong-qd-2025-430-ocr): a speck of the page read as a letter
        // before the item's mark; no item opens with one letter and a dash.
        if (piece.Length > 4 && piece[1] == ' ' && Marks.Contains(piece[2]) && piece[3] == ' ' && !char.IsDigit(piece[0])) piece = piece[2..];
        // "s VP Đoàn ĐBQH và HĐND tỉnh;" under "- CT, PCT UBND tỉnh;" (jw-ubnd-quang-ngai-ttr-2025-mien-nhiem-ocr): after a
        // closed item, a lone Latin letter before a capital is the next item's dash misread; no item goes on so.
        if (piece.Length > 3 && piece[1] == ' ' && char.IsAsciiLetterLower(piece[0]) && char.IsUpper(piece[2]) && _items.Count > 0 && !IsOpen(_items[^1]))
            piece = "- " + piece[2..];
        var hasMark = piece.Length > 0 && Marks.Contains(piece[0]);
        // A converter may double a list's marks ("- - Như trên;": the source's dash and its own bullet); "-__ - Sở Thông
        // tin và Truyền thông" (jw-ubnd-bac-lieu-qd-2025-duong-bo-ocr), "- _ Các đơn vị liên quan", "-_ Lưu: VT, TC-HC."
        // (mj-dh-tay-do-tb-2025-561-ocr): the scan smeared the dash into underscores; no name opens with one.
        var body = piece.TrimStart(MarksAndSpaces);
        if (hasMark && body.StartsWith('_')) body = body.TrimStart('_', ' ').TrimStart(MarksAndSpaces);
        if (body.Length == 0) { _markPending = hasMark; return; }
        if (IsArchive(body)) { Close(archive: body); return; }
        if (RecipientDebris.IsStampLine(body, hasMark || _markPending)) { _stampLeft = StampLines; return; }
        if (_stampLeft > 0 && !hasMark && !_markPending) { _stampLeft--; return; }
        _stampLeft = 0;
        body = RecipientDebris.CloseAsAbove(RecipientDebris.SplitGluedAsAbove(RecipientDebris.TrimNameAfterClose(RecipientDebris.Clean(body, _titleHeads, out var titleCut, out var sealCut), _families)));
        if (sealCut && !_signatureBeside) TrimColumnFromEarlierItems();
        _signatureBeside |= titleCut || sealCut;
        if (_signatureBeside && hasMark) body = RecipientDebris.TrimColumnAfterClose(body);
        if (body.Length == 0) { _markPending = hasMark || _markPending; return; }
        // "- UBND thị xã Đức Phể; - 21/2 7 ⁄ j/" (js-ubnd-quang-ngai-tb-2025-53-ocr): the seal's figures read as an item;
        // no recipient is written without a letter ("1022);" under "- Trung tâm kinh doanh VNPT (TĐ" goes on with it).
        if (hasMark && !body.Any(char.IsLetter)) return;
        var inside = ArchiveInside().Match(body);
        var archive = inside.Success ? body[(inside.Index + inside.Length)..] : null;
        if (inside.Success) body = body[..inside.Index];
        var marked = hasMark || _markPending;
        if (marked && !_signatureBeside) _markedBeforeColumn.Add(_items.Count);
        _markPending = false;
        var afterPosition = _positionSkipped;
        _positionSkipped = false;
        if (_items.Count == 0)
        {
            // A note before the list ("Nơi nhận:(VBĐT)") is no recipient; neither is the signature beside the heading.
            // "Nơi nhận: CHỦ TỊCH": the signature column beside the list, whose name may end an item's line further down.
            if (!marked && IsSignature(body)) { _signatureBeside = true; return; }
            if (!marked && IsNote(body)) return;
            if (!marked && RecipientDebris.IsDebris(body)) return;
            // "Nơi nhận: TL. CHỦ TỊCH" / "Khu KT. CHÁNH VĂN PHÒNG" (jw-ubnd-quang-ngai-cv-2025-kttt-gop-y-ocr): an unmarked
            // line that held the signature column's position, one unclosed word left of it, is the scan's fusion of an
            // item and the column; the word alone names no recipient.
            if (!marked && titleCut && !body.Contains(' ') && !body.EndsWith(';')) return;
            // The document goes on instead of a list ("1. Mục đích …" of an annex): the heading had no items.
            if (!marked && (SectionNumber().IsMatch(body) || body.Length > 150)) { Close(archive: null); return; }
            _marked = marked;
            _items.Add(body);
        }
        // "Nơi nhận: : Ị] b,CHỦ TỊCH" / "- Thanh tra Chính phủ;" (ld-ubnd-quang-ngai-ct-2024-pctntc-ocr): a list whose first
        // entry came unmarked from the heading's line is a list with marks once its items after the heading carry them.
        else if (marked) { _items.Add(body); _marked = true; }
        // "- Ban Bí thư (để báo cáo),          PHÓ" / " TRƯỞNG BAN" / "- Các tỉnh ủy, …" (kj-ban-to-chuc-tw-hd-2025-38-pdf): the
        // layout broke the column's position and left its second half at the list's margin; the items go on under it.
        else if (_signatureBeside && !afterPosition && RecipientDebris.IsTitleAlone(body, _titleHeads)) _positionSkipped = true;
        else if (afterPosition || IsSignature(body)) Close(archive: null);
        else if (IsOpen(_items[^1]) || char.IsLower(body[0]) || PlaceNameGoesOn(_items[^1], body))
            _items[^1] = (_signatureBeside && IsOpen(_items[^1]) ? RecipientDebris.TrimSignerName(_items[^1], _families, _placeKinds) : _items[^1]) + " " + body;
        else if (_items[^1].TrimEnd().EndsWith('.') && _marked) Close(archive: null);
        // "- — Phòng ban liên quan (để thực hiện); 8 CN „ `" / "\XơwN,” =2" / "$ ` 3 Ẩ\ =" / "| Quê Ñáœ vúnÁ 7%"
        // (jj-dh-cntt-tb-2013-01-ocr): no item opens with a speck; a line that does, after a closed item in a list with
        // marks, is the seal's or the signature's image read as text. The seal stands beside the list as well as under
        // it ("- Thanh tra Chính phủ; + 2=tH@ HỦ TỊCH" / "` ? 3 ỗ đóa: tra °" / "- Thường trực Tỉnh uỷ;",
        // ld-ubnd-quang-ngai-ct-2024-pctntc-ocr): the list goes on if a marked item follows, and is over if not.
        else if (_marked && RecipientDebris.OpensWithSpeck(body)) _positionSkipped = true;
        else _items.Add(body);
        if (archive is not null) Close(archive);
    }

    /// <summary>Leaves out the last item when the text ended inside it: marked, not closed, after an item the list
    /// closed with ";" or the "," and ":" that stand for it ("- Đại biểu ND Huyện:" / "- VP HĐN" / "D và U",
    /// dc-hdnd-huyen-nha-be-nq-49-2021). A list whose items never close, a flattened table's, says nothing of a cut.</summary>
    public void DropCutLast()
    {
        if (_marked && _items.Count >= 2 && IsOpen(_items[^1]) && _items[^2].TrimEnd() is [.., ';' or ',' or ':']) _items.RemoveAt(_items.Count - 1);
    }

    // "- Tỉnh ủy, HĐND, UBND tỉnh; Ễ THÔNG Ty \S\J JWL" above "- Các cơ quan trực thuộc Bộ TTTT; tI\ - tì n7 sử j e"
    // (iw-so-tttt-ben-tre-tb-chu-ky-2011-ocr): the seal's debris after an item's ";" shows the OCR read the signature
    // column across the list's lines, the lines above it as well; what no ";" closes after their last ";" is the column's.
    private void TrimColumnFromEarlierItems()
    {
        foreach (var i in _markedBeforeColumn)
            if (i < _items.Count) _items[i] = RecipientDebris.TrimColumnAfterClose(_items[i]);
        _markedBeforeColumn.Clear();
    }

    private void Close(string? archive)
    {
        Archive ??= archive?.Trim();
        Closed = true;
    }

    private static bool IsOpen(string item) => item.TrimEnd() is var t && !t.EndsWith(';') && !t.EndsWith('.');

    // "- Công ty … (181 Nguyễn Đình Chiểu, phường Xuân Hòa, TP." / "Hồ Chí Minh);" (ms-cuc-hai-quan-tb-2025-37416): the dot
    // of a place kind's abbreviation ("TP.", "Q.") at a line's end closes no item where the next line ends one, the place's
    // name on it; a name or a sentence after "TP." is the list's end (the review's).
    private bool PlaceNameGoesOn(string item, string body) =>
        body.TrimEnd() is [.., ';' or ')'] && item.TrimEnd() is var t && t.EndsWith('.') && _placeKinds.Contains(t[(t.LastIndexOfAny(WordEdges) + 1)..]);

    private static readonly char[] WordEdges = [' ', ',', '('];

    /// <summary>
    /// A list item that is the file copy, its list mark written ("- Lưu: VT, PC06 (ĐI).", "~- Lưu VT"): the item that
    /// closes a Nơi nhận list.
    /// </summary>
    internal static bool IsFileCopyItem(string line)
    {
        var body = line.TrimStart(' ', '~');
        if (body.Length < 2 || body[0] is not ('-' or '+' or '—' or '–')) return false;
        return IsArchive(body[1..].TrimStart(' ', '-'));
    }

    private static bool IsNote(string body) => body.StartsWith('(') && body.EndsWith(')');

    // "Lưu: VT, VP." or, without the colon, "Lưu Văn phòng Huyện ủy." / "Lưu VT" / "Lưu vp.", or the word alone
    // ("Lưu.", and "Lâu." as OCR reads it: no office is called that).
    private static bool IsArchive(string body)
    {
        var f = TextFolding.FoldLoose(body);
        if (f.TrimEnd('.', ';', ',', ' ') is "luu" or "lau") return true;
        if (f.StartsWith("luu:", StringComparison.Ordinal) || f.StartsWith("luu :", StringComparison.Ordinal)) return true;
        if (!f.StartsWith("luu ", StringComparison.Ordinal) || body.Length <= 4) return false;
        return char.IsUpper(body[4]) || f.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 3;
    }

    // The signature block's first line, where a copy runs it on after the list: "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ
    // TỊCH", "GIÁM ĐỐC", "(đã ký)".
    private static bool IsSignature(string body)
    {
        var f = TextFolding.FoldLoose(body);
        if (f.StartsWith("(da ky", StringComparison.Ordinal) || f.StartsWith("![", StringComparison.Ordinal)) return true;
        foreach (var lead in SignatureLeads)
            if (f.StartsWith(lead, StringComparison.Ordinal)) return true;
        // "HĐND TP, UBND TP;": a line of abbreviations closed by ";" goes on with an item; no signature line ends so.
        if (body.TrimEnd().EndsWith(';')) return false;
        var letters = body.Where(char.IsLetter).ToList();
        return letters.Count >= 6 && letters.All(char.IsUpper) && body.Contains(' ');
    }

    private static readonly string[] SignatureLeads = ["tm.", "tm ", "t/m", "kt.", "k/t", "tl.", "t/l", "tuq.", "q. "];
}
