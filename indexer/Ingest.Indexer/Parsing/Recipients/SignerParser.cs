using System.Buffers;
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
    private const int MaxLinesBack = 1200;

    internal const int TailLines = 60; // the last lines a signature block is looked for in
    private const int FirstLines = 8; // a signature block with the name under it is rarely longer
    // Trim's lists as arrays made once: a list written in the call is a new array at each call, and these are made for
    // every cell of every signature search (issue 12, parser speed).
    private static readonly char[] MarkEdges = ['(', ')', '[', ']', ' ', '.']; // "(Đã ký)", "[ký]"
    private static readonly char[] LineEnds = [' ', '*', '|'];
    private static readonly char[] NameEnds = ['.', ' '];

    private readonly string[] _titleHeads;
    private readonly string[] _noise;
    private readonly DomainTables _tables;
    private readonly SignatureColumns _columns;
    private readonly UntitledSigner _untitled;
    private readonly DeputyTitle _deputy;
    private readonly string[] _families;
    private readonly HashSet<string> _foldedFamilies;
    private readonly string[] _positionEnds;
    private readonly ServiceRank _ranks;
    private readonly HashSet<string> _annexHeadings;

    public SignerParser(DomainTables tables)
    {
        _tables = tables;
        _titleHeads = tables.Phrases.SignerTitleHeads.Select(TextFolding.FoldLoose).Where(h => h.Length > 0).OrderByDescending(t => t.Length).ToArray();
        _noise = tables.Phrases.SignatureNoise.Select(TextFolding.FoldLoose).ToArray();
        _columns = new SignatureColumns(tables.Phrases, _titleHeads);
        _untitled = new UntitledSigner(tables.Phrases.FamilyNames ?? []);
        _deputy = new DeputyTitle(tables.Phrases.SignerTitleHeads);
        _ranks = new ServiceRank(tables.Phrases.ServiceRanks ?? []);
        _annexHeadings = (tables.Phrases.DocumentPartsBefore ?? []).Select(TextFolding.FoldLoose).Append("danh sach").ToHashSet(StringComparer.Ordinal);
        _families = (tables.Phrases.FamilyNames ?? []).ToArray();
        _foldedFamilies = _families.Select(TextFolding.FoldLoose).ToHashSet(StringComparer.Ordinal);
        // The last two words of each position of two words or more ("chu tich", "giam doc"); capacity marks aside.
        _positionEnds = _titleHeads.Select(h => h.Trim()).Where(h => h.Contains(' ') && h.IndexOfAny(['.', '/']) < 0)
            .Select(h => string.Join(' ', h.Split(' ')[^2..])).Distinct().ToArray();
        _placeKinds = tables.PlaceKindWords;
        _spelled = tables.Phrases.SignerTitleHeads.GroupBy(TextFolding.FoldLoose).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        _beside = new SignatureBesideList(_titleHeads, _families, _placeKinds, _deputy, _spelled, IsTitle, Unclipped, _ranks);
        _cells = new SignatureCells(_titleHeads, _beside, Unclipped);
        _amidDebris = new PositionAmidDebris(_titleHeads, _spelled);
    }

    private readonly PositionAmidDebris _amidDebris;

    private readonly SignatureCells _cells;

    private readonly SignatureBesideList _beside;

    private readonly Dictionary<string, string> _spelled;

    private readonly IReadOnlySet<string> _placeKinds;

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
    // damaged (EndsAsPosition), never a person; nor is one whose last word is a lone letter ("Phòng Đ" cut from a
    // recipient item "Phòng ĐTcạz: NNMT;" in lu-vp-ubnd-ha-noi-tb-2026-229-ocr): no given name is one letter.
    private Signer? Within(SearchLines lines)
    {
        var found = Find(lines);
        if (found is not { Name: { } name }) return found;
        if (char.IsLower(name[0]) && FamilyLostCapital(name.Split(' ', StringSplitOptions.RemoveEmptyEntries)) is { } family)
            found = found with { Name = name = family + name[name.IndexOf(' ')..] };
        if (name.ToUpperInvariant() == name && EndsAsPosition(TextFolding.FoldLoose(name)))
            return found with { Name = _beside.NameBesideListItem(lines), Title = DeputyGluedUnder(found.Title, name) ?? found.Title };
        if (EndsWithLoneLetter(name)) return found with { Name = NameUnderListEnd(lines) };
        if (SignerNameRepair.FirstWordTwoMarkedSyllables(name)) return found with { Name = null };
        if (IsSealRing(name)) found = found with { Name = null };
        return found.Title is null && DeputyOverDebris(lines, found.Authority) is { } deputy ? found with { Title = deputy } : found;
    }

    // "Nơi nhận: KT. CHỦ TỊCH" / "- Như Điều 3; Ộ Ũ" / … / "Nguyễn Ngọc Hè" (lk-ubnd-can-tho-qd-2025-383-ocr), "KT. BỘ
    // TRƯỞNG" / "_._ Nơi nhận: Z CHẾ RƯỜNG" (kx-bo-quoc-phong-vbhn-2026-tang-le-ocr): the seal garbled the office line under
    // the mark past reading, the name survived. One signing "KT." for the principal is the principal's deputy (corpus
    // README: "KT. CHỦ TỊCH" over a garbled second line gives PHÓ CHỦ TỊCH). Only where capitals stand where the office
    // line stood: a mark with nothing under it but the list's item and the name keeps `title: null` (the `iu-` rule,
    // lk-ubnd-bac-lieu-qd-2025-210-ocr).
    private string? DeputyOverDebris(SearchLines lines, IReadOnlyList<string> authority)
    {
        if (authority is not [.., var last] || _deputy.Of(last) is not { } deputy) return null;
        for (var i = lines.Count - 1; i >= Math.Max(0, lines.Count - MaxLinesBack); i--)
        {
            if (!lines[i].Clean.Contains(last, StringComparison.Ordinal)) continue;
            for (var k = i + 1; k < lines.Count; k++)
                if (lines[k].Clean.Trim().Length > 0) return IsGarbledOffice(lines[k].Clean.Trim()) ? deputy : null;
            return null;
        }
        return null;
    }

    // What stands beside the list's item (after its ";", or after the heading's ":") or alone on the line: a few letters,
    // capitals all but one at most ("Ộ Ũ", "=ÐH(C Ử", "Z CHẾ RƯỜNG"); a name or an item is no garbled office line.
    private static bool IsGarbledOffice(string line)
    {
        var cut = line.LastIndexOf(';');
        if (cut < 0) cut = line.LastIndexOf(':');
        if (cut < 0 && line[0] is '-' or '+') return false;
        var beside = line.AsSpan(cut + 1);
        int upper = 0, lower = 0;
        foreach (var c in beside)
        {
            if (char.IsUpper(c)) upper++;
            else if (char.IsLower(c)) lower++;
        }
        return upper >= 2 && lower <= 1;
    }

    // "- Như điều 3 “Để thi hành" ... CHỦ TỊCH" / "^¡:. PHỐNCHỦ TỊCH" under "TM UBND TỈNG" (ll-ubnd-cao-bang-qd-1999-157-ocr):
    // the principal's position (its "KT." lost), then the deputy's, "PHÓ" glued to it by a speck. Capitals under the
    // position that end as it ends, a few letters opening with "pho" before: the deputy's position, as the table spells
    // it; null otherwise.
    private string? DeputyGluedUnder(string? title, string capitals)
    {
        if (title is null) return null;
        var principal = LetterDistance.Letters(title);
        var under = LetterDistance.Letters(capitals);
        if (principal.Length < 4 || !under.EndsWith(principal, StringComparison.Ordinal)) return null;
        var before = under[..^principal.Length];
        return before.Length is >= 3 and <= 4 && before.StartsWith("pho", StringComparison.Ordinal) ? _deputy.Implied("KT. " + title, title) : null;
    }

    // "HỘI LIÊN HIỆ" / "PHỤ NỮ TỈNH" under "PHÓ CHỦ TỊCH" (iu-hoi-lhpn-lam-dong-cv-btv-2025-ocr): the seal's ring read as
    // lines of capitals, its words the issuer's. A name in capitals opens with a family name (its marks perhaps misread:
    // "NGUYÊN"); capitals whose first word is no family name's letters are the seal's, not a person's.
    private bool IsSealRing(string name)
    {
        if (name.ToUpperInvariant() != name) return false;
        var space = name.IndexOf(' ');
        return space > 0 && !_foldedFamilies.Contains(TextFolding.FoldLoose(name[..space]));
    }

    private static bool EndsWithLoneLetter(string name)
    {
        var trimmed = name.TrimEnd(' ', '.');
        var space = trimmed.LastIndexOf(' ');
        return space >= 0 && trimmed.Length - space - 1 == 1 && char.IsLetter(trimmed[^1]);
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
                ? _beside.DeputyBesideList(lines, beside, heading) : _beside.BesideHeading(lines, heading) ?? NameUnderItsFileCopy(lines, heading);
        // No Nơi nhận either (a gazette's decree, annexes after it): the block stands under the body's closing
        // mark "./." (Nghị định 30/2020/NĐ-CP), as in "... chịu trách nhiệm thi hành Quyết định này./.".
        for (var i = from - 1; i >= Math.Max(0, lines.Count - MaxLinesBack); i--)
        {
            if (!lines[i].Clean.TrimEnd(LineEnds).EndsWith("./.", StringComparison.Ordinal)) continue;
            if (Parse(lines, i + 1, Math.Min(lines.Count, i + 16)) is { } closing) return closing;
        }
        return Nameless(lines) ?? Untitled(lines) ?? _beside.BesideLastHeading(lines) ?? _beside.OverLastHeading(lines) ?? _beside.TitleAloneOverLastHeading(lines)
            ?? NameUnderFileCopy(lines) ?? _amidDebris.Read(lines);
    }

    // "Nơi nhận: … - Lưu" / "Nguyễn Văn Thuận": a name with no title line over it, closing the text.
    private Signer? Untitled(SearchLines lines)
    {
        // Only under a Nơi nhận heading among the last lines: the cells are cut from it down (a text that merely ends
        // unsigned is not cut into cells again).
        if (SignatureBesideList.LastHeading(lines, lines.Count - 1, lines.Count - NamelessLines * 3) is var heading and >= 0)
        {
            var named = _untitled.Read(Unranked(lines.CellsOf(heading, lines.Count)), IsNoise, IsTitle, LooksLikeName);
            return named is { Title: null } && _beside.TitleOverHeading(lines, heading) is { } title ? named with { Title = title } : named;
        }
        // No Nơi nhận: "… thực hiện Kế hoạch này./." / "Nguyễn Văn An", the name alone under the body's closing mark.
        for (var i = lines.Count - 1; i >= Math.Max(0, lines.Count - NamelessLines); i--)
            if (lines[i].Clean.TrimEnd(LineEnds).EndsWith("./.", StringComparison.Ordinal))
                return _untitled.ReadAfterClose(Unranked(lines.CellsOf(i + 1, lines.Count)), IsNoise, IsTitle, LooksLikeName);
        return null;
    }

    // "RA nuối ZZ20s„GIÁM ĐÓC" / "~ Như kính gửi; …" / "- Lưu: VT, PC06 (ĐI)." / "Thiếu tướng Trương Minh Đương"
    // (lq-cong-an-lam-dong-ttr-2025-233-ocr): the seal or the scrawl took the Nơi nhận heading ("ơi nhận:", "N nhữh:/.}"),
    // but the list's last item, the file copy ("- Lưu: VT, …"), survives and closes the list as the heading would open it.
    // The name under it is the signer's: alone to the end (read as under a heading, UntitledSigner), or the first name
    // among the next lines, the seal's specks between, where an annex follows ("- Lưu: VT, KSTTT\rvA). …" / "`~.^ _—_" /
    // "Lê Thành Đô" / "DANH MỤC …", jj-ubnd-dien-bien-qd-2025-ocr; SignatureBesideList.NameUnderArchive).
    private Signer? NameUnderFileCopy(SearchLines lines)
    {
        var archive = LastFileCopyItem(lines);
        if (archive < 0) return null;
        var signer = _untitled.ReadAfterClose(Unranked(lines.CellsOf(archive + 1, lines.Count)), IsNoise, IsTitle, LooksLikeName)
            ?? (_beside.NameUnderArchive(lines, archive) is { } name ? new Signer(null, name) : null);
        return signer is { Title: null, Authority.Count: 0 } && CapacityBesideLostHeading(lines, archive) is { } capacity
            ? signer with { Authority = [capacity] } : signer;
    }

    // "N nhữh:/.} KT.CHỦ TỊCH" / "- Như Điêu 3; 'HÓ Ũ" / … / "- Lưu: VT; KSTTNC (MN,07)." / "Huỳnh Hữu Trí"
    // (lr-ubnd-bac-lieu-qd-2025-duong-bo-ocr): the seal garbled the heading's words but not the capacity line beside them. A
    // line over the list's items (no item's mark opening it) that closes with a capacity mark and its principal gives that
    // line, which Within reads as DeputyOverDebris does for a block found whole; null where no such line stands up to the
    // body's closing "./.".
    private string? CapacityBesideLostHeading(SearchLines lines, int archive)
    {
        for (var i = archive - 1; i >= Math.Max(0, archive - ListReach); i--)
        {
            var line = lines[i].Clean.Trim();
            if (line.Length == 0 || line[0] is '-' or '+' or '~') continue;
            if (line.TrimEnd(LineEnds).EndsWith("./.", StringComparison.Ordinal)) return null;
            for (var at = line.IndexOf(' '); at > 0; at = line.IndexOf(' ', at + 1))
            {
                var tail = line[(at + 1)..];
                if (Capacity().IsMatch(tail) && IsTitle(tail)) return tail;
            }
        }
        return null;
    }

    // "ơi nhận: ZZốA'CWR.TỊCH" / "- Như Điều 3; /2* = ^À" / … / "| - Lưu: VT, KSTTT\rvA). - Ñ Đa ÁC \ ở," / "`~.^ _—_" / "Á s" /
    // "Lê Thành Đô" / "DANH ló G: THỦ TỤC …" (jj-ubnd-dien-bien-qd-2025-ocr): the heading survived but the seal garbled the
    // position beside it past reading, and an annex follows the block. The name under the list's file copy (the first
    // "- Lưu" within the list's reach under that heading) is the signer's, with no title; null where none stands there.
    private const int ListReach = 30;

    private Signer? NameUnderItsFileCopy(SearchLines lines, int heading)
    {
        for (var k = heading + 1; k < lines.Count && k <= heading + ListReach; k++)
            if (RecipientList.IsFileCopyItem(lines[k].Clean.Trim(' ', '|')))
                return _beside.NameUnderArchive(lines, k) is { } name ? new Signer(null, name) : null;
        return null;
    }

    // "Phòng ĐTcạz: NNMT;:" / "- Lưu: VT, ĐT." / "§D 1579" / "õ Tuấn Anh" (lu-vp-ubnd-ha-noi-tb-2026-229-ocr): an item's
    // piece read as the name ("Phòng Đ") is none, and the name stands under the list's file copy, the seal's specks before
    // it and the family name's capital perhaps lost ("õ" for Võ, FamilyLostCapital): that name, or null.
    private string? NameUnderListEnd(SearchLines lines)
    {
        var archive = LastFileCopyItem(lines);
        if (archive < 0) return null;
        if (_beside.NameUnderArchive(lines, archive) is { } name) return name;
        for (int k = archive + 1, written = 0; k < lines.Count && written < UnderArchiveLines; k++)
        {
            var line = lines[k].Clean.Trim();
            if (line.Length == 0) continue;
            written++;
            var at = 0;
            while (at < line.Length && !char.IsLetter(line[at])) at++;
            var words = line[at..].TrimEnd(NameEnds).Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (words.Length is >= 3 and <= 4 && LooksLikeName(line[at..]) && FamilyLostCapital(words) is { } family)
                return family + " " + string.Join(' ', words[1..]);
        }
        return null;
    }

    // How many written lines under the file copy the name may stand, the seal's specks between (as SignatureBesideList reads).
    private const int UnderArchiveLines = 6;

    private static int LastFileCopyItem(SearchLines lines)
    {
        for (var i = lines.Count - 1; i >= Math.Max(0, lines.Count - MaxLinesBack); i--)
            if (RecipientList.IsFileCopyItem(lines[i].Clean.Trim(' ', '|'))) return i;
        return -1;
    }

    // "Thiếu tướng Trương Minh Đương" alone under the list (jb-cong-an-lam-dong-ttr-2025-233-ocr): the rank is no part
    // of the name, nor a title (corpus README, the `iq-` and `jb-` batches).
    // "LS. TS. Đỗ Ngọc Thịnh" (iu-ldlsvn-btv-cv-hop-nhat-2025-ocr): the same for an academic or professional title.
    private List<string> Unranked(IReadOnlyList<string> cells)
    {
        var unranked = new List<string>(cells.Count);
        foreach (var cell in cells) unranked.Add(AcademicTitle.Without(_ranks.Without(cell)));
        return unranked;
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
        while (end > 0 && IsNoise(cells[end - 1])) end--;
        for (var start = end - 1; start >= Math.Max(0, end - 3); start--)
        {
            var title = string.Join(' ', cells.Skip(start).Take(end - start));
            if (!IsTitle(title)) continue;
            // "| KT. CHỦ TỊCH |" alone: a capacity line is no position, and with no name under it there is no signer
            // to read (corpus README, the `ih-` rule).
            if (Capacity().IsMatch(title)) return null;
            var above = start - 1;
            while (above >= 0 && IsNoise(cells[above])) above--;
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

    private bool IsNoise(string cell)
    {
        var f = TextFolding.FoldLoose(cell).Trim('(', ')', '[', ']', ' ', '.', '|');
        return f.Length == 0 || _noise.Contains(f);
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
            if (IsBodyName(name)) { untried = 0; continue; }
            var first = markAt >= 0 ? markAt : title;
            while (first > 0 && IsTitle(cells[first - 1])) first--;
            // The authority lines may run on above the cells read so far: read further up and take this title again.
            if (first == 0 && start > from) { untried = title + 1; continue; }
            title = PositionUnderBody(cells, first, title);
            // Two blocks side by side, run together by the page: the author's beside an approval, none of two principals.
            return _columns.Resolve(SignerAt(cells, first, title, SignerNameRepair.RepairFamily(name, _families)), cells, title);
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
        if (!IsTitle(joined)) return title;
        cells[title - 1] = joined;
        cells.RemoveAt(title);
        return title - 1;
    }

    // The name read under a title was in capitals, and a name written in its own case ("Lâm Văn Ba") follows within
    // a few cells: the capitals are the deputy's position, the cell after it the name.
    private (int Title, string Name)? DeputyUnder(List<string> cells, int title, string name)
    {
        if (name.ToUpperInvariant() != name) return null;
        var at = -1;
        for (var k = title + 1; k < cells.Count && k <= title + 8; k++)
            if (SignaturePieces.WithoutDebris(cells[k]).TrimEnd(NameEnds) == name) { at = k; break; }
        if (at < 0) return null;
        for (var k = at + 1; k < cells.Count && k <= at + 4; k++)
        {
            var cell = SignaturePieces.WithoutDebris(cells[k]);
            var f = TextFolding.FoldLoose(cell).Trim(MarkEdges);
            if (_noise.Contains(f) || f.Length == 0) continue;
            if (IsTitle(cell) || cell.ToUpperInvariant() == cell || !LooksLikeName(cell) || IsTypeHeading(f)) return null;
            if (f == TextFolding.FoldLoose(name).Trim('.', ' ')) return null;
            // "KT. TRƯỞNG BAN BAN CHÍNH SÁCH," / "THUẾ QUỐC TẾ" / "Nguyễn Thị Thanh Hằng": capitals after a line that ends
            // on a comma go on with that line (the principal's body), no deputy's position; the name is read under them.
            if (cells[at - 1].TrimEnd(' ', '*').EndsWith(',')) return (title, cell.TrimEnd(NameEnds));
            return (at, cell.TrimEnd(NameEnds));
        }
        return null;
    }

    // "KT. TRƯỞNG BAN GIÁM SÁT QUẢN LÝ" / "VỀ HQ PHÓ TRƯỞNG BAN" / "Nguyễn Bắc Hải" (ka-cuc-hai-quan-cv-2025-39365-md): the
    // deputy's capitals open with words of the unit or the seal that no position opens with; the position is the
    // deputy's from its "PHÓ" on. Null where the capitals are a position already, or hold no deputy's ("PHONG GIÁM ĐÓC",
    // ip-bhxh-vn-cv-csyt-2015-ocr, is "PHÓ TỔNG" damaged, which DeputyTitle repairs).
    private string? PositionAfterUnit(string capitals)
    {
        if (IsTitle(capitals)) return null;
        var at = capitals.IndexOf(" PHÓ ", StringComparison.Ordinal);
        return at > 0 && IsTitle(capitals[(at + 1)..]) ? capitals[(at + 1)..] : null;
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
            var cell = SignaturePieces.WithoutDebris(cells[k]).TrimEnd(NameEnds);
            var f = TextFolding.FoldLoose(cell).Trim(MarkEdges);
            if (f.Length == 0 || _noise.Contains(f)) continue;
            if (cell.ToUpperInvariant() == cell)
            {
                if (capitals.Count == 2 || IsTypeHeading(f) || !cell.Any(char.IsLetter)) return null;
                capitals.Add(k);
                continue;
            }
            return capitals.Count == 2 && LooksLikeName(cell) && !IsTitle(cell) ? (capitals[1], cell) : null;
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
        if (name.ToUpperInvariant() != name || Mark().IsMatch(cells[title] + " ")) return null;
        var seal = 0;
        for (var k = title + 1; k < cells.Count && seal <= SealLines; k++)
        {
            var cell = SignaturePieces.WithoutDebris(cells[k]).TrimEnd(NameEnds);
            var f = TextFolding.FoldLoose(cell).Trim(MarkEdges);
            if (f.Length == 0 || _noise.Contains(f)) continue;
            if (IsTitle(cell) || IsTypeHeading(f)) return null;
            if (IsSealWords(cell)) { seal++; continue; }
            return seal > 0 && cell.ToUpperInvariant() != cell && LooksLikeName(cell) ? cell : null;
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
        return IsTitle(cells[position]) && cells[position].IndexOfAny(['.', '/']) is < 0 or > 4 ? position : title;
    }

    // Upper-case words of a body's name, not a person's: letters only, the first word no family name.
    private bool IsSealWords(string cell) =>
        cell.Length > 0 && cell.ToUpperInvariant() == cell && cell.Any(char.IsLetter) && cell.All(c => char.IsLetter(c) || c == ' ')
        && !_families.Contains(InvariantFirstWord(cell), StringComparer.OrdinalIgnoreCase);

    private static string InvariantFirstWord(string cell)
    {
        var space = cell.IndexOf(' ');
        return space < 0 ? cell : cell[..space];
    }

    private (int Title, string? Name) LastTitleWithName(List<string> cells, int below)
    {
        for (var i = below - 1; i >= 0; i--)
        {
            if (!IsTitle(cells[i]) && !IsSignedTitle(cells, i)) continue;
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
        if (cell.Length is < 3 or > 40 || !char.IsUpper(cell[0]) || cell.ToUpperInvariant() == cell) return false;
        if (TextFolding.FoldLoose(mark).Trim(MarkEdges) is not ("da ky" or "ky")) return false;
        var f = TextFolding.FoldLoose(cell);
        return FoldedWords.IsOrOpensWithAny(f, _titleHeads);
    }

    private Signer SignerAt(List<string> cells, int first, int i, string name)
    {
        var authority = cells.Skip(first).Take(i - first).ToList();
        var title = cells[i];
        // "CHỦ TỊCH QUỐC" / "HỘI": a position broken before its last word.
        // "TRƯỞNG PHÒNG" / "PHÒNG", "HIỆU TRƯỞNG" / "TRƯỜNG" / "TIỂU HỌC": a word repeating the position's last, or one
        // that more of a seal's words follow, is the seal's, not the position's end.
        if (i + 1 < cells.Count && IsTitleTail(cells[i + 1]) && !title.EndsWith(" " + cells[i + 1], StringComparison.Ordinal)
            && !(i + 2 < cells.Count && IsSealWords(cells[i + 2]))) title += " " + cells[i + 1];
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

    // "ÁNH VĂN PHÒNG" beside an item: the title the scan clipped, written whole as the table spells it (ClippedTitle).
    private string Unclipped(string title)
    {
        var f = " " + TextFolding.FoldLoose(title).Replace('.', ' ') + " ";
        if (TitleHeadWords.AnyIn(f, _titleHeads)) return title;
        return ClippedTitle.Head(f, _titleHeads) is { } head && _spelled.TryGetValue(head, out var whole) ? whole : title;
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
            var head = _titleHeads.FirstOrDefault(h => h.Length > 3 && string.CompareOrdinal(folded, at, h, 0, h.Length) == 0
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

    // Asked of every cell of the last lines, several times: loops, where LINQ would make an enumerator and a lambda each time.
    private bool IsTitle(string cell)
    {
        if (cell.Length > 80 || !LetterRuns.HasLetter(cell) || cell.ToUpperInvariant() != cell || IsFormBlank(cell)) return false;
        var f = TextFolding.FoldLoose(cell);
        // "P.CHỦ TỊCH", "P.HIỆU TRƯỞNG": a deputy's position with "Phó" shortened to "P.", the stop glued to the word.
        var deputy = f.StartsWith("p.", StringComparison.Ordinal) && f.Length > 3 && char.IsLetter(f[2]) ? f[2..] : null;
        foreach (var h in _titleHeads)
            if (f.StartsWith(h, StringComparison.Ordinal) || deputy is not null && h.Length > 3 && deputy.StartsWith(h, StringComparison.Ordinal)) return true;
        return false;
    }

    // "TRƯỞNG KHOA........." over "(Ký và ghi rõ họ tên)" (js-dh-dien-luc-tb-2025-csr-ocr): an annexed form's block, its
    // unit left as dots to be filled in; a form to fill is nobody's signature.
    private static bool IsFormBlank(string cell) => cell.EndsWith("...", StringComparison.Ordinal) && cell.Length > 3 && char.IsLetter(cell.TrimEnd('.', ' ')[^1]);

    private bool IsTitleTail(string cell) =>
        cell.Length <= 12 && !cell.Contains(' ') && cell.All(char.IsLetter) && cell.ToUpperInvariant() == cell
        && !_noise.Contains(TextFolding.FoldLoose(cell)) && !IsTitle(cell);

    private string? NameAfter(List<string> cells, int title)
    {
        // Cells of the Nơi nhận column interleave with the block's ("Nơi nhận:", "Trung ương,"): pass over them.
        string? capitals = null;
        for (var k = title + 1; k < cells.Count && k <= title + 8; k++)
        {
            // "Thiếu tướng Trương Minh Đương": an officer's rank before the name is not part of it.
            var cell = SpecksOffName(_ranks.Without(SignaturePieces.WithoutDebris(cells[k])));
            var f = TextFolding.FoldLoose(cell).Trim(MarkEdges);
            if (_noise.Contains(f) || f.Length == 0) continue;
            if (IsTitle(cell)) return capitals;
            if (k == title + 1 && ContinuesBody(cells[title], cell)) continue;
            if (!LooksLikeName(cell) && NameGluedToDebris(cell) is { } glued) return glued;
            if (!LooksLikeName(cell) || IsTypeHeading(f) || IsAnnexHeading(f) || OpensWithLoneLetter(cell)) continue;
            var name = WithoutTrailingConnector(cell.TrimEnd(NameEnds));
            // "PHÓ HIỆU TRƯỞNG / CONG / TRUONG DAI HO / ĐIỆN LỰC / Trương Nam Hưng" (jt-dh-dien-luc-tb-2022-275): a
            // transcription keeps the seal's letters between the position and the signature. Capitals without a
            // single mark, in a text that writes marks, are the seal's, and so are the capitals after them: the name
            // is the one written in mixed case below, or those capitals if none is.
            if (cell.ToUpperInvariant() == cell && (capitals is not null || TextFolding.FoldLoose(cell) == InvariantCasing.ToLower(cell)))
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
            && !LooksLikeName(cell) && LooksLikeName(bare) ? bare : cell;
    }

    // "^¡:. PHỐNCHỦ TỊCH" under "TM UBND TỈNG" (ll-ubnd-cao-bang-qd-1999-157-ocr): the seal glued the position's first word
    // to its second; capitals that end as a position of two words or more ends ("… CHỦ TỊCH", "… GIÁM ĐỐC") are that
    // position, unless they open with a family name ("NGUYỄN CHÁNH AN" is a name).
    private bool EndsAsPosition(string folded)
    {
        var space = folded.IndexOf(' ');
        if (space > 0 && _foldedFamilies.Contains(folded[..space])) return false;
        foreach (var end in _positionEnds)
            if (folded.EndsWith(end, StringComparison.Ordinal)) return true;
        return false;
    }

    // "Ä Nhờ P" under "PHÓ CHỦ TỊCH THƯỜNG TRỰC" (kb-mttq-lam-dong-cv-2025-chuc-danh-hoi-ocr): the seal read as letters; no
    // family name is one letter ("Lê", "Hồ", "Võ" have two).
    private static bool OpensWithLoneLetter(string cell) => cell.Length > 1 && cell[1] == ' ';

    // "àŠ*?2auiPhẩm Triều" (kb-mttq-lam-dong-cv-2025-chuc-danh-hoi-ocr): the signature's scrawl read as signs and letters
    // run on into the name. Capitalised words closing the cell, the first opening right after a small letter and having
    // the letters of one family name only (its mark perhaps misread: "Phẩm" for "Phạm"), are the name; otherwise null.
    private string? NameGluedToDebris(string cell)
    {
        var s = cell.TrimEnd(NameEnds);
        var at = -1;
        for (var i = s.Length - 1; i > 0; i--)
            if (char.IsUpper(s[i]) && char.IsLower(s[i - 1])) { at = i; break; }
        if (at < 0) return null;
        var name = s[at..];
        var space = name.IndexOf(' ');
        if (space < 0 || !LooksLikeName(name) || SignerNameRepair.FamilyByLetters(name[..space], _families) is not { } family) return null;
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

    // A heading of the document's type ("QUYẾT ĐỊNH", "KẾ HOẠCH") is nobody's name: in a text cut after its
    // header, the decision's preamble ("CHỦ TỊCH ỦY BAN NHÂN DÂN THÀNH PHỐ …" then "QUYẾT ĐỊNH") looks like a block.
    private bool IsTypeHeading(string folded) => _tables.TypeByWord(folded.TrimEnd(':', ' ')) is not null;

    // An annex's heading after the block ("PHỤ LỤC" / "ĐÁNH GIÁ ĐỐI VỚI …", "DANH SÁCH" / "Danh sách các đơn vị nhận công
    // văn" under a Bộ Công an letter whose name line the OCR lost): two capitalised words, but nobody's name. The parts
    // of a document phrases.json names (documentPartsBefore: "phụ lục", "biểu mẫu", "mẫu" …), and a list.
    private bool IsAnnexHeading(string folded) => _annexHeadings.Contains(folded.TrimEnd(':', ' '));

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

    // Words of a body's name, never of a person's: "UBND TỈNH" under an annexed form's "CHỦ TỊCH" is no signer. Compared
    // in capitals with their marks ("Huyền" is a given name, "HUYỆN" a district).
    private static readonly string[] BodyWords = ["UBND", "HĐND", "UBMTTQ", "TỈNH", "HUYỆN", "QUẬN", "XÃ", "PHƯỜNG"];

    private static bool IsBodyName(string name) =>
        name.Split(' ', StringSplitOptions.RemoveEmptyEntries).Any(w => BodyWords.Contains(w.ToUpperInvariant(), StringComparer.Ordinal));

    // A Vietnamese personal name: two to six capitalized words of letters only ("Đặng Văn Tuấn", "NGUYỄN VĂN A").
    private bool LooksLikeName(string cell)
    {
        var words = cell.TrimEnd(NameEnds).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length is < 2 or > 6) return false; // first: the fold below is the costly test
        // A short text's header lies within the last lines too: the motto is nobody's name.
        var f = TextFolding.FoldLoose(cell);
        if (f.Contains("cong hoa", StringComparison.Ordinal) || f.Contains("viet nam", StringComparison.Ordinal) || f.Contains("doc lap", StringComparison.Ordinal)) return false;
        for (var k = 1; k < words.Length; k++)
            if (!IsNameWord(words[k])) return false;
        return IsNameWord(words[0]) || FamilyLostCapital(words) is not null;
    }

    private static bool IsNameWord(string w) => char.IsUpper(w[0]) && w.All(char.IsLetter);

    // "ào Thị Thu Hằng" (il-ubnd-phuong-tuong-mai-tb-632-2026-ocr), "õ Tuấn Anh" (lu-vp-ubnd-ha-noi-tb-2026-229-ocr): the
    // seal or the scrawl took the family name's capital, and what is left, marks and all, is one family name's rest only
    // (Đào, Võ). A given name and a middle name at least after it.
    private string? FamilyLostCapital(string[] words) =>
        words.Length >= 3 && char.IsLower(words[0][0])
            ? SignerNameRepair.FamilyWithoutCapital(words[0], _families) ?? SignerNameRepair.FamilyByMarkedTail(words[0], _families) : null;

    // The lines one search reads: from one index on, as a list of their own (each line keeps its offsets in the text).
    private sealed class SearchLines(IReadOnlyList<PlanLine> lines, int start, CutCells cut) : IReadOnlyList<PlanLine>
    {
        private readonly int _start = Math.Clamp(start, 0, lines.Count);
        public PlanLine this[int index] => lines[_start + index];
        public int Count => lines.Count - _start;
        public IEnumerator<PlanLine> GetEnumerator() { for (var i = _start; i < lines.Count; i++) yield return lines[i]; }
        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();

        /// <summary>The cells of lines [from, to) of this search; never to be changed, as the other search reads them.</summary>
        public IReadOnlyList<string> CellsOf(int from, int to) => cut.Of(lines, _start + from, _start + to);
    }

    // The cells of the line ranges cut while one text's block is looked for, by their place in the whole text. A handful
    // of ranges per text: a list searched in order costs less than a dictionary.
    private sealed class CutCells(SignatureCells cells)
    {
        private readonly List<(int From, int To, List<string> Cells)> _cut = new(8);

        public IReadOnlyList<string> Of(IReadOnlyList<PlanLine> lines, int from, int to)
        {
            foreach (var (f, t, known) in _cut)
                if (f == from && t == to) return known;
            var cut = cells.Of(lines, from, to);
            _cut.Add((from, to, cut));
            return cut;
        }
    }
}
