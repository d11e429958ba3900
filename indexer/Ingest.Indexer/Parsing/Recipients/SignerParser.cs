using System.Text.RegularExpressions;
using Ingest.Indexer.Model;
using Ingest.Indexer.Parsing.Tables;
using Ingest.Indexer.Text;

namespace Ingest.Indexer.Parsing.Recipients;

/// <summary>
/// Reads the signature block near the end of a plan: authority lines ("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH",
/// Party "T/M BAN THƯỜNG VỤ"), the position ("PHÓ CHỦ TỊCH", "TRƯỞNG BAN") and the signer's name below,
/// skipping "(Đã ký)" and blank lines. Works with the block side by side with Nơi nhận (columns or table
/// cells), over two or three lines, on one line ("TM. BAN BÍ THƯ ... BÍ THƯ THƯỜNG TRỰC (đã ký) Phan Văn Mãi"),
/// and with the name glued to the position ("PHÓ CHỦ TỊCHNguyễn Văn A"). Pure and thread-safe.
/// </summary>
public sealed partial class SignerParser
{
    // How far up from the text's end a signature block, a closing "./." or the list's file copy is looked for: past an
    // annex of hundreds of lines (a decision's annexed procedures), not through a whole gazette.
    internal const int MaxLinesBack = 1200;

    internal const int TailLines = 60; // the last lines a signature block is looked for in
    private const int FirstLines = 8; // a signature block with the name under it is rarely longer
    // Trim's lists as arrays made once: a list written in the call is a new array at each call, and these are made for
    // every cell of every signature search (issue 12, parser speed).
    private static readonly char[] MarkEdges = ['(', ')', '[', ']', ' ', '.']; // "(Đã ký)", "[ký]"
    internal static readonly char[] LineEnds = [' ', '*', '|'];

    private readonly SignerWords _words;
    private readonly DomainTables _tables;
    private readonly SignatureColumns _columns;
    private readonly UntitledSigner _untitled;
    private readonly DeputyTitle _deputy;
    private readonly PositionAmidDebris _amidDebris;
    private readonly SignatureCells _cells;
    private readonly SignatureBesideList _beside;
    private readonly DamagedBlockReader _damaged;

    public SignerParser(DomainTables tables)
    {
        _tables = tables;
        _words = new SignerWords(tables);
        _columns = new SignatureColumns(tables.Phrases, _words.TitleHeads);
        _untitled = new UntitledSigner(tables.Phrases.FamilyNames ?? []);
        _deputy = new DeputyTitle(tables.Phrases.SignerTitleHeads);
        _beside = new SignatureBesideList(_words.TitleHeads, _words.Families, tables.PlaceKindWords, _deputy, _words.Spelled, _words.IsTitle, _words.Unclipped, _words.Ranks);
        _cells = new SignatureCells(_words.TitleHeads, _beside, _words.Unclipped);
        _amidDebris = new PositionAmidDebris(_words.TitleHeads, _words.Spelled);
        _damaged = new DamagedBlockReader(_words, _deputy, _beside, _untitled);
    }

    [GeneratedRegex(@"^(?:TM|KT|TL|TUQ|Q|T/M|K/T|T/L)\.?\x20", RegexOptions.CultureInvariant)]
    private static partial Regex Mark();

    // A capacity mark: signing on behalf of a body (TM.), for a principal (KT., TL., TUQ.). Unlike "Q." (acting), the
    // words after it are the body's or the principal's, never the signer's own position.
    // "KT.CỤC TRƯỞNG" (jb-cuc-csdt-ma-tuy-bca-cv-2026-c04-p6-ocr): the dot may touch the office it speaks for;
    // "K.T. BỘ TRƯỞNG" (ks-bo-y-te-qd-1961-808): an older hand dots both letters. "KT, BỘ TRƯỞNG"
    // (lr-bo-quoc-phong-vbhn-2026-tang-le-ocr): the OCR read the dot as a comma.
    [GeneratedRegex(@"^(?:TM|KT|TL|TUQ|T/M|K/T|T/L|K\.T)(?:[.,]?(?:\x20|$)|\.(?=\p{Lu}))", RegexOptions.CultureInvariant)]
    internal static partial Regex Capacity();

    /// <summary>The signer, or null when the text has no signature block.</summary>
    public Signer? Parse(IReadOnlyList<PlanLine> lines) => Within(new SearchLines(lines, 0, new CutCells(_cells)));

    /// <summary>
    /// The signer, looked for from line <paramref name="bodyLine"/> down first: a short text's last lines may reach
    /// its header, whose office-holder's lines ("CHỦ TỊCH ỦY BAN NHÂN DÂN" / "THÀNH PHỐ CẦN THƠ") are no signature.
    /// Then from <paramref name="afterIssuerLine"/> (the line under the own number): a portal may print the block
    /// between the number and the heading ("4360/BVHTTDL-VP" / "TL. BỘ TRƯỞNG CHÁNH VĂN PHÒNG Tô Văn Động").
    /// </summary>
    public Signer? ParseUnderHeader(IReadOnlyList<PlanLine> lines, int bodyLine, int afterIssuerLine)
    {
        // The second search mostly reads again the last lines the first cut into cells (the texts it runs on are those
        // with no block found): both keep the cells they cut in one place.
        var cut = new CutCells(_cells);
        return Within(new SearchLines(lines, bodyLine, cut))
            ?? (afterIssuerLine < bodyLine ? Within(new SearchLines(lines, afterIssuerLine, cut)) : null);
    }

    // Every way of finding the block ends here: a "name" in capitals that ends as a position ends is that position
    // damaged (_words.EndsAsPosition), never a person; nor is one whose last word is a lone letter ("Phòng Đ" cut from a
    // recipient item "Phòng ĐTcạz: NNMT;" in lu-vp-ubnd-ha-noi-tb-2026-229-ocr): no given name is one letter.
    private Signer? Within(SearchLines lines)
    {
        var found = Find(lines);
        if (found is not { Name: { } name }) return found;
        if (char.IsLower(name[0]) && _words.FamilyLostCapital(name.Split(' ', StringSplitOptions.RemoveEmptyEntries)) is { } family)
            found = found with { Name = name = family + name[name.IndexOf(' ')..] };
        if (InvariantCasing.IsUpper(name) && _words.EndsAsPosition(TextFolding.FoldLoose(name)))
            return found with { Name = _beside.NameBesideListItem(lines), Title = _damaged.DeputyGluedUnder(found.Title, name) ?? found.Title };
        if (DamagedBlockReader.EndsWithLoneLetter(name)) return found with { Name = _damaged.NameUnderListEnd(lines) };
        if (SignerNameRepair.FirstWordTwoMarkedSyllables(name)) return found with { Name = null };
        if (_damaged.IsSealRing(name)) found = found with { Name = null };
        return found.Title is null && _damaged.DeputyOverDebris(lines, found.Authority) is { } deputy ? found with { Title = deputy } : found;
    }

    private Signer? Find(SearchLines lines)
    {
        var from = Math.Max(0, lines.Count - TailLines);
        var signer = Parse(lines, from, lines.Count);
        if (signer is not null) return signer.Title is null ? _beside.DeputyBesideList(lines, signer, SignatureBesideList.HeadingWithCapitals(lines)) : signer;
        // An annex after the signature (a list, a table) pushes it out of the last lines: look beside Nơi nhận. A decision
        // with its procedures annexed runs on for hundreds of lines after it (issue: the repository copies of 2025), so
        // the whole text is looked through; a line is cleaned only where an "N" opens it.
        // The last list is the one read: an annexed form's own "Nơi nhận:" may stand there, and a list further up is not
        // tried (its block could be another form's).
        if (SignatureBesideList.LastHeading(lines, from - 1, 0) is var heading and >= 0)
            return Parse(lines, Math.Max(0, heading - 12), Math.Min(lines.Count, heading + 40)) is { } beside
                ? _beside.DeputyBesideList(lines, beside, heading) : _beside.BesideHeading(lines, heading) ?? _damaged.NameUnderItsFileCopy(lines, heading);
        // No Nơi nhận either (a gazette's decree, annexes after it): the block stands under the body's closing
        // mark "./." (Nghị định 30/2020/NĐ-CP), as in "... chịu trách nhiệm thi hành Quyết định này./.".
        for (var i = from - 1; i >= Math.Max(0, lines.Count - MaxLinesBack); i--)
        {
            if (!lines[i].Clean.TrimEnd(LineEnds).EndsWith("./.", StringComparison.Ordinal)) continue;
            if (Parse(lines, i + 1, Math.Min(lines.Count, i + 16)) is { } closing) return closing;
        }
        return Nameless(lines) ?? Untitled(lines) ?? _beside.BesideLastHeading(lines) ?? _beside.OverLastHeading(lines) ?? _beside.TitleAloneOverLastHeading(lines)
            ?? _damaged.NameUnderFileCopy(lines) ?? _amidDebris.Read(lines);
    }

    // "Nơi nhận: … - Lưu" / "Nguyễn Văn Thuận": a name with no title line over it, closing the text.
    private Signer? Untitled(SearchLines lines)
    {
        // Only under a Nơi nhận heading among the last lines: the cells are cut from it down (a text that merely ends
        // unsigned is not cut into cells again).
        if (SignatureBesideList.LastHeading(lines, lines.Count - 1, lines.Count - NamelessLines * 3) is var heading and >= 0)
        {
            var named = _untitled.Read(_words.Unranked(lines.CellsOf(heading, lines.Count)), _words.IsNoise, _words.IsTitle, _words.LooksLikeName);
            return named is { Title: null } && _beside.TitleOverHeading(lines, heading) is { } title ? named with { Title = title } : named;
        }
        // No Nơi nhận: "… thực hiện Kế hoạch này./." / "Nguyễn Văn An", the name alone under the body's closing mark.
        for (var i = lines.Count - 1; i >= Math.Max(0, lines.Count - NamelessLines); i--)
            if (lines[i].Clean.TrimEnd(LineEnds).EndsWith("./.", StringComparison.Ordinal))
                return _untitled.ReadAfterClose(_words.Unranked(lines.CellsOf(i + 1, lines.Count)), _words.IsNoise, _words.IsTitle, _words.LooksLikeName);
        return null;
    }

    private const int NamelessLines = 8;

    /// <summary>
    /// A block whose name did not survive (a mirror that prints "(đã ký)", a portal that drops the name), closing the
    /// text: the position, alone or broken over lines ("THỦ" / "TƯỚNG"), and nothing after it but noise, under an
    /// authority line ("T/M BAN THƯỜNG VỤ") or the body's closing mark "./.". Kept with its title and no name, as the
    /// corpus annotates it; anything else after the title, or no such anchor above it, is no block.
    /// </summary>
    private Signer? Nameless(SearchLines lines)
    {
        var from = lines.Count;
        for (var kept = 0; from > 0 && kept < NamelessLines; from--)
            if (lines[from - 1].Clean.Trim(' ', '|').Length > 0) kept++;
        var cells = lines.CellsOf(from, lines.Count);
        var end = cells.Count;
        while (end > 0 && _words.IsNoise(cells[end - 1])) end--;
        for (var start = end - 1; start >= Math.Max(0, end - 3); start--)
        {
            // A title is in capitals: a cell that is not makes no title of it and of any cells before it joined to it (a
            // text that ends on its body's sentences or a name is read no further; exact, as IsTitle asks the joined line).
            if (!InvariantCasing.IsUpper(cells[start])) return null;
            var title = string.Join(' ', cells.Skip(start).Take(end - start));
            if (!_words.IsTitle(title)) continue;
            // "| KT. CHỦ TỊCH |" alone: a capacity line is no position, and with no name under it there is no signer
            // to read (corpus README, the `ih-` rule).
            if (Capacity().IsMatch(title)) return null;
            var above = start - 1;
            while (above >= 0 && _words.IsNoise(cells[above])) above--;
            if (above >= 0 && Mark().IsMatch(cells[above] + " "))
            {
                var first = above;
                while (first > 0 && Mark().IsMatch(cells[first - 1] + " ")) first--;
                var authority = cells.Skip(first).Take(above - first + 1).ToList();
                return new Signer(_deputy.Repair(title, authority), null) { Authority = authority };
            }
            if (above >= 0 && cells[above].TrimEnd(' ', '*').EndsWith("./.", StringComparison.Ordinal)) return new Signer(title, null);
            if (above < 0 && from > 0 && lines[from - 1].Clean.TrimEnd(LineEnds).EndsWith("./.", StringComparison.Ordinal)) return new Signer(title, null);
            return null;
        }
        return null;
    }

    // The signer within lines [from, to): the last title with a name under it, and the authority lines above it.
    // The lines are cut into cells from the end, a few more at a time, until that title and all of its authority
    // lines are in: the answer is the one the whole window gives (a title's name lies below it), without cutting
    // every paragraph of a plan's last page into cells (issue 10: that was a sixth of the parse).
    private Signer? Parse(SearchLines lines, int from, int to)
    {
        var cells = new List<string>();
        var untried = 0; // cells at the front not yet tried as a title; the others were tried and have no name under them
        for (var start = to; start > from;)
        {
            var next = Math.Max(from, start - Math.Max(FirstLines, to - start));
            var above = lines.CellsOf(next, start);
            cells.InsertRange(0, above);
            // Split in this search's own list: the cells cut are shared with the other search (CutCells).
            untried += _columns.SplitApprovals(cells, above.Count);
            start = next;
            var (title, name) = LastTitleWithName(cells, untried);
            if (name is null) { untried = 0; continue; }
            title = WithDeputyWordAbove(cells, title);
            // "KT. CHÁNH VĂN PHÒNG" / "PHÓ VĂN PHÒNG" / "Lâm Văn Ba": a deputy's position in capitals the title heads do
            // not know, then the name in its own case under it. A title is not a name: the capitals are the position.
            var markAt = -1;
            if (SealWordsUnder(cells, title, name) is { } signed) name = signed;
            else if (DeputyUnder(cells, title, name) is { } deputy)
            {
                (title, name) = deputy;
                if (PositionAfterUnit(cells[title]) is { } position) cells[title] = position;
            }
            else if (PositionsUnderBareMark(cells, title) is { } marked) (markAt, title, name) = (title, marked.Title, marked.Name);
            // Capitals that were no deputy's position and name a body are no one's name.
            if (SignerWords.IsBodyName(name)) { untried = 0; continue; }
            var first = markAt >= 0 ? markAt : title;
            while (first > 0 && _words.IsTitle(cells[first - 1])) first--;
            // The authority lines may run on above the cells read so far: read further up and take this title again.
            if (first == 0 && start > from) { untried = title + 1; continue; }
            title = PositionUnderBody(cells, first, title);
            // Two blocks side by side, run together by the page: the author's beside an approval, none of two principals.
            return _columns.Resolve(SignerAt(cells, first, title, SignerNameRepair.RepairFamily(name, _words.Families)), cells, title);
        }
        return null;
    }

    // "K/T TRƯỞNG BAN" / "- Ban Bí thư (để báo cáo),          PHÓ" / " TRƯỞNG BAN" (kj-ban-to-chuc-tw-hd-2025-38-pdf): a
    // layout copy broke the deputy's position after its first word; "PHÓ" alone over a position is that position's
    // head. The two cells become one, and the title's index moves up to it.
    private int WithDeputyWordAbove(List<string> cells, int title)
    {
        if (title == 0 || cells[title - 1].Length != 3 || TextFolding.FoldLoose(cells[title - 1]) != "pho") return title;
        var joined = cells[title - 1] + " " + cells[title];
        if (!_words.IsTitle(joined)) return title;
        cells[title - 1] = joined;
        cells.RemoveAt(title);
        return title - 1;
    }

    // The name read under a title was in capitals, and a name written in its own case ("Lâm Văn Ba") follows within
    // a few cells: the capitals are the deputy's position, the cell after it the name.
    private (int Title, string Name)? DeputyUnder(List<string> cells, int title, string name)
    {
        if (!InvariantCasing.IsUpper(name)) return null;
        var at = -1;
        for (var k = title + 1; k < cells.Count && k <= title + 8; k++)
            if (SignaturePieces.WithoutDebris(cells[k]).TrimEnd(SignerWords.NameEnds) == name) { at = k; break; }
        if (at < 0) return null;
        for (var k = at + 1; k < cells.Count && k <= at + 4; k++)
        {
            var cell = SignaturePieces.WithoutDebris(cells[k]);
            var f = TextFolding.FoldLoose(cell).Trim(MarkEdges);
            if (_words.IsNoiseWord(f) || f.Length == 0) continue;
            if (_words.IsTitle(cell) || InvariantCasing.IsUpper(cell) || !_words.LooksLikeName(cell) || _words.IsTypeHeading(f)) return null;
            if (f == TextFolding.FoldLoose(name).Trim('.', ' ')) return null;
            // "KT. TRƯỞNG BAN BAN CHÍNH SÁCH," / "THUẾ QUỐC TẾ" / "Nguyễn Thị Thanh Hằng": capitals after a line that ends
            // on a comma go on with that line (the principal's body), no deputy's position; the name is read under them.
            if (cells[at - 1].TrimEnd(' ', '*').EndsWith(',')) return (title, cell.TrimEnd(SignerWords.NameEnds));
            return (at, cell.TrimEnd(SignerWords.NameEnds));
        }
        return null;
    }

    // "KT. TRƯỞNG BAN GIÁM SÁT QUẢN LÝ" / "VỀ HQ PHÓ TRƯỞNG BAN" / "Nguyễn Bắc Hải" (ka-cuc-hai-quan-cv-2025-39365-md): the
    // deputy's capitals open with words of the unit or the seal that no position opens with; the position is the
    // deputy's from its "PHÓ" on. Null where the capitals are a position already, or hold no deputy's ("PHONG GIÁM ĐÓC",
    // ip-bhxh-vn-cv-csyt-2015-ocr, is "PHÓ TỔNG" damaged, which DeputyTitle repairs).
    private string? PositionAfterUnit(string capitals)
    {
        if (_words.IsTitle(capitals)) return null;
        var at = capitals.IndexOf(" PHÓ ", StringComparison.Ordinal);
        return at > 0 && _words.IsTitle(capitals[(at + 1)..]) ? capitals[(at + 1)..] : null;
    }

    // "KT." alone on its line, then two positions the title heads do not know and the name in its own case ("KT." /
    // "CHỈ HUY TRƯỞNG" / "CHỈ HUY PHÓ" / "Nguyễn Văn Bình"): the principal's position goes with the mark, the capitals
    // right above the name are the signer's. Exactly two: one line of capitals under a mark is the case above.
    private (int Title, string Name)? PositionsUnderBareMark(List<string> cells, int title)
    {
        if (!IsBareMark(cells[title])) return null;
        var capitals = new List<int>();
        for (var k = title + 1; k < cells.Count && k <= title + 6; k++)
        {
            var cell = SignaturePieces.WithoutDebris(cells[k]).TrimEnd(SignerWords.NameEnds);
            var f = TextFolding.FoldLoose(cell).Trim(MarkEdges);
            if (f.Length == 0 || _words.IsNoiseWord(f)) continue;
            if (InvariantCasing.IsUpper(cell))
            {
                if (capitals.Count == 2 || _words.IsTypeHeading(f) || !cell.Any(char.IsLetter)) return null;
                capitals.Add(k);
                continue;
            }
            return capitals.Count == 2 && _words.LooksLikeName(cell) && !_words.IsTitle(cell) ? (capitals[1], cell) : null;
        }
        return null;
    }

    // "TRƯỞNG PHÒNG" / "PHÒNG" / "LAO ĐỘNG" / "Nguyễn Sĩ Khoa", "CHỦ TỊCH" / "ỦY BAN" / "NHÂN DÂN" / "Nguyễn Văn An": under
    // a position (not a "KT." or "TL." line, which calls for a deputy's position under it) the capitals before a name in
    // its own case are the seal's words, the body's name an OCR read off the stamp (corpus README, `ij-` batch): the
    // position stays the title, the name is the one in its own case. Capitals that open with a family name are a name.
    private const int SealLines = 4;

    private string? SealWordsUnder(List<string> cells, int title, string name)
    {
        if (!InvariantCasing.IsUpper(name) || Mark().IsMatch(cells[title] + " ")) return null;
        var seal = 0;
        for (var k = title + 1; k < cells.Count && seal <= SealLines; k++)
        {
            var cell = SignaturePieces.WithoutDebris(cells[k]).TrimEnd(SignerWords.NameEnds);
            var f = TextFolding.FoldLoose(cell).Trim(MarkEdges);
            if (f.Length == 0 || _words.IsNoiseWord(f)) continue;
            if (_words.IsTitle(cell) || _words.IsTypeHeading(f)) return null;
            if (_words.IsSealWords(cell)) { seal++; continue; }
            return seal > 0 && !InvariantCasing.IsUpper(cell) && _words.LooksLikeName(cell) ? cell : null;
        }
        return null;
    }

    // "TM. HỘI ĐỒNG / CHỦ TỊCH / GIÁM ĐỐC SỞ GIÁO DỤC VÀ / ĐÀO TẠO / Lê Quang Trí"
    // (jt-hd-xet-thang-hang-gddt-dong-thap-bc-2026-355-pdf): the position under the body the block signs for is the
    // capacity he signs in; a position written lower, over his name, names the office he holds besides.
    private int PositionUnderBody(List<string> cells, int first, int title)
    {
        var position = first + 1;
        if (position >= title || !(cells[first].StartsWith("TM.", StringComparison.Ordinal) || cells[first].StartsWith("TM ", StringComparison.Ordinal) || cells[first].StartsWith("T/M", StringComparison.Ordinal))) return title;
        // "KT. CHỦ TỊCH", "KT.CHỦ TỊCH": a mark under the body's line is a deputy's block, whose own position is lower.
        return _words.IsTitle(cells[position]) && cells[position].IndexOfAny(['.', '/']) is < 0 or > 4 ? position : title;
    }

    private (int Title, string? Name) LastTitleWithName(List<string> cells, int below)
    {
        for (var i = below - 1; i >= 0; i--)
        {
            if (!_words.IsTitle(cells[i]) && !IsSignedTitle(cells, i)) continue;
            if (NameAfter(cells, i) is { } name) return (i, name);
        }
        return (-1, null);
    }

    // "Chủ tịch" / "(Đã ký)" / "Trịnh Trọng Quyền": a mirror of old texts (vbpl.vn) prints the position in sentence case;
    // the signing mark right under it says it is the block's position, as capitals say it elsewhere.
    private bool IsSignedTitle(List<string> cells, int i)
    {
        // The mark is looked at first: most cells have none under them, and are passed over without folding them.
        string? mark = null;
        for (var k = i + 1; k < cells.Count && k <= i + 2 && mark is null; k++)
            if (cells[k].Trim(LineEnds) is { Length: > 0 } next) mark = next;
        if (mark is null || mark[0] is not ('(' or '[') || mark.Length > 12) return false;
        var cell = cells[i].Trim(LineEnds);
        if (cell.Length is < 3 or > 40 || !char.IsUpper(cell[0]) || InvariantCasing.IsUpper(cell)) return false;
        if (TextFolding.FoldLoose(mark).Trim(MarkEdges) is not ("da ky" or "ky")) return false;
        var f = TextFolding.FoldLoose(cell);
        return FoldedWords.IsOrOpensWithAny(f, _words.TitleHeads);
    }

    private Signer SignerAt(List<string> cells, int first, int i, string name)
    {
        var authority = cells.Skip(first).Take(i - first).ToList();
        var title = cells[i];
        // "CHỦ TỊCH QUỐC" / "HỘI": a position broken before its last word.
        // "TRƯỞNG PHÒNG" / "PHÒNG", "HIỆU TRƯỞNG" / "TRƯỜNG" / "TIỂU HỌC": a word repeating the position's last, or one
        // that more of a seal's words follow, is the seal's, not the position's end.
        if (i + 1 < cells.Count && _words.IsTitleTail(cells[i + 1]) && !title.EndsWith(" " + cells[i + 1], StringComparison.Ordinal)
            && !(i + 2 < cells.Count && _words.IsSealWords(cells[i + 2]))) title += " " + cells[i + 1];
        // "TM. BAN BÍ THƯ TRUNG ƯƠNG ĐOÀNBÍ THƯ THƯỜNG TRỰC": authority and position in one cell.
        if (SplitPosition(title) is { } split) { authority.Add(split.Authority); title = split.Position; }
        // "TL." alone on its line, then "BỘ TRƯỞNG CHÁNH VĂN PHÒNG": the principal and the position share the next.
        else if (authority.Count > 0 && IsBareMark(authority[^1]) && SplitPosition(authority[^1] + " " + title) is { } joined)
        { authority[^1] = joined.Authority; title = joined.Position; }
        // "TM. ỦY BAN NHÂN DÂN" / "Đào Thị Thu Hằng", the position's line lost: the capacity line is no position, so the
        // name stands with no title (corpus README, `il-` batch) and the line stays an authority line.
        else if (Capacity().IsMatch(title))
        { authority.Add(title); return new Signer(null, name) { Authority = authority }; }
        return new Signer(_deputy.Repair(title, authority), name) { Authority = authority };
    }

    private static bool IsBareMark(string cell) => Mark().Match(cell + " ") is { Success: true } m && m.Length >= cell.Trim().Length;

    private (string Authority, string Position)? SplitPosition(string cell)
    {
        var mark = Mark().Match(cell);
        if (!mark.Success) return null;
        var folded = TextFolding.Fold(cell);
        var starts = new List<int>();
        for (var at = mark.Length; at < folded.Length;)
        {
            // At a word start, or glued after an upper-case letter ("ĐOÀNBÍ THƯ").
            var head = _words.TitleHeads.FirstOrDefault(h => h.Length > 3 && string.CompareOrdinal(folded, at, h, 0, h.Length) == 0
                && (at + h.Length == folded.Length || folded[at + h.Length] == ' '));
            if (head is not null) { starts.Add(at); at += head.Length; continue; }
            at++;
        }
        // "KT. CHỦ TỊCH PHÓ CHỦ TỊCH": after KT./TL. the first position is the principal's; after TM. a body comes first.
        var principalFirst = !mark.Value.StartsWith("TM", StringComparison.Ordinal) && !mark.Value.StartsWith("T/M", StringComparison.Ordinal);
        if (starts.Count == 0 || principalFirst && starts.Count < 2 || starts[^1] == mark.Length) return null;
        // "T/M BAN BÍ THƯ": a body word that needs a name, alone before the position, takes the position as its name (the
        // Secretariat, "Ban Bí thư"); the line names the body and no position (corpus README, the `iu-` rule).
        if (!principalFirst && folded[mark.Length..starts[^1]].Trim() is "ban" or "hoi" or "uy ban") return null;
        return (cell[..starts[^1]].Trim(), cell[starts[^1]..].Trim());
    }

    private string? NameAfter(List<string> cells, int title)
    {
        // Cells of the Nơi nhận column interleave with the block's ("Nơi nhận:", "Trung ương,"): pass over them.
        string? capitals = null;
        for (var k = title + 1; k < cells.Count && k <= title + 8; k++)
        {
            // "Thiếu tướng Trương Minh Đương": an officer's rank before the name is not part of it.
            var cell = SpecksOffName(_words.Ranks.Without(SignaturePieces.WithoutDebris(cells[k])));
            var f = TextFolding.FoldLoose(cell).Trim(MarkEdges);
            if (_words.IsNoiseWord(f) || f.Length == 0) continue;
            if (_words.IsTitle(cell)) return capitals;
            if (k == title + 1 && ContinuesBody(cells[title], cell)) continue;
            if (!_words.LooksLikeName(cell) && NameGluedToDebris(cell) is { } glued) return glued;
            if (!_words.LooksLikeName(cell) || _words.IsTypeHeading(f) || _words.IsAnnexHeading(f) || OpensWithLoneLetter(cell)) continue;
            var name = WithoutTrailingConnector(cell.TrimEnd(SignerWords.NameEnds));
            // "PHÓ HIỆU TRƯỞNG / CONG / TRUONG DAI HO / ĐIỆN LỰC / Trương Nam Hưng" (jt-dh-dien-luc-tb-2022-275): a
            // transcription keeps the seal's letters between the position and the signature. Capitals without a
            // single mark, in a text that writes marks, are the seal's, and so are the capitals after them: the name
            // is the one written in mixed case below, or those capitals if none is.
            if (InvariantCasing.IsUpper(cell) && (capitals is not null || TextFolding.FoldLoose(cell) == InvariantCasing.ToLower(cell)))
            {
                capitals ??= name;
                continue;
            }
            return name;
        }
        return capitals;
    }

    // "` suyễn Hồng ' Thanh" (lw-ubnd-tay-ninh-qd-2025-358-ocr): the seal's specks between a name's words; the cell without
    // them where that makes it a name written in its own case (each word after the first a capital and small letters), as
    // written otherwise: "Ếi `. XÀ Q \" under an annex's heading (jh-ubnd-bac-lieu-qd-2025-210-ocr) is the seal's.
    private string SpecksOffName(string cell)
    {
        var bare = SignaturePieces.WithoutSpeckWords(cell);
        return !ReferenceEquals(bare, cell) && SignerNameRepair.NameWords(bare, firstMayBeDamaged: true) is not null
            && !_words.LooksLikeName(cell) && _words.LooksLikeName(bare) ? bare : cell;
    }

    // "Ä Nhờ P" under "PHÓ CHỦ TỊCH THƯỜNG TRỰC" (kb-mttq-lam-dong-cv-2025-chuc-danh-hoi-ocr): the seal read as letters; no
    // family name is one letter ("Lê", "Hồ", "Võ" have two).
    private static bool OpensWithLoneLetter(string cell) => cell.Length > 1 && cell[1] == ' ';

    // "àŠ*?2auiPhẩm Triều" (kb-mttq-lam-dong-cv-2025-chuc-danh-hoi-ocr): the signature's scrawl read as signs and letters
    // run on into the name. Capitalised words closing the cell, the first opening right after a small letter and having
    // the letters of one family name only (its mark perhaps misread: "Phẩm" for "Phạm"), are the name; otherwise null.
    private string? NameGluedToDebris(string cell)
    {
        var s = cell.TrimEnd(SignerWords.NameEnds);
        var at = -1;
        for (var i = s.Length - 1; i > 0; i--)
            if (char.IsUpper(s[i]) && char.IsLower(s[i - 1])) { at = i; break; }
        if (at < 0) return null;
        var name = s[at..];
        var space = name.IndexOf(' ');
        if (space < 0 || !_words.LooksLikeName(name) || SignerNameRepair.FamilyByLetters(name[..space], _words.Families) is not { } family) return null;
        return family + name[space..];
    }

    // Words of the sentence, never of a personal name: a mirror's attribution glued after the name ("Tô Văn Động Theo
    // BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH", the portal's "Theo <issuer>") leaves its "Theo" on the name's cell. Compared
    // with their marks: "Tài", "Vê" are given names.
    private static readonly string[] SentenceWords = ["Theo", "Của", "Tại", "Về", "Và", "Số", "Ngày"];

    private static string WithoutTrailingConnector(string name)
    {
        var cut = name.LastIndexOf(' ');
        if (cut <= 0 || !SentenceWords.Contains(name[(cut + 1)..], StringComparer.Ordinal)) return name;
        var rest = name[..cut].TrimEnd();
        // Still a name of two words or more once the word is gone.
        return rest.Contains(' ') ? rest : name;
    }

    // "TM. ỦY BAN" then "NHÂN DÂN": an authority line broken before the end of its body's name, which the agency
    // table knows whole; the second half is the line's, not a name.
    // "TM." alone on its line, then "ỦY BAN NHÂN DÂN": the whole body's name goes with the mark.
    private bool ContinuesBody(string authority, string cell)
    {
        if (!Mark().IsMatch(authority + " ")) return false;
        var alone = " " + TextFolding.FoldLoose(authority) + " ";
        var joined = " " + TextFolding.FoldLoose(authority + " " + cell) + " ";
        var cellLength = TextFolding.FoldLoose(cell).Length;
        var bare = IsBareMark(authority);
        return _tables.FoldedAgencies.Any(a => (bare || a.Folded.Length > cellLength + 2)
            && joined.Contains(a.Folded, StringComparison.Ordinal) && !alone.Contains(a.Folded, StringComparison.Ordinal));
    }

}
