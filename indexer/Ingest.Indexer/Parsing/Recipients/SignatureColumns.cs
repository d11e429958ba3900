using Ingest.Indexer.Model;
using Ingest.Indexer.Parsing.Tables;
using Ingest.Indexer.Text;

namespace Ingest.Indexer.Parsing.Recipients;

/// <summary>
/// Two signature blocks side by side that a page ran together line by line: a joint text's two principals
/// ("TM. ĐẢNG ỦY TM. ỦY BAN NHÂN DÂN" / "BÍ THƯ CHỦ TỊCH" / "Nguyễn Văn An Trần Văn Bình"), or a plan's author beside the
/// column that approves it ("DUYỆT BAN GIÁM HIỆU TỔNG PHỤ TRÁCH ĐỘI" / "Lê Thừa Triều Hồ Viết Cảm"). The author signs a
/// plan its superior approves (corpus README, the ig- batch); of two principals none is the one signer, so the block is
/// left unread rather than read as one person with two positions. Pure and thread-safe.
/// </summary>
internal sealed class SignatureColumns
{
    private readonly string[] _heads;
    private readonly string[] _families;
    private readonly string[] _approvals;
    private readonly string[] _approvalOpenings;

    /// <param name="phrases">The phrase table (family names and approval marks).</param>
    /// <param name="foldedHeads">The signer title heads, folded, longest first.</param>
    public SignatureColumns(PhraseTable phrases, string[] foldedHeads)
    {
        _heads = foldedHeads.Where(h => h.Length > 3 && !h.EndsWith('.')).ToArray();
        _families = (phrases.FamilyNames ?? []).ToArray();
        _approvals = (phrases.ApprovalMarks ?? []).Select(TextFolding.FoldLoose).OrderByDescending(a => a.Length).ToArray();
        // Upper-case openings as a page prints them, to test a cell without folding it (most cells open otherwise).
        _approvalOpenings = (phrases.ApprovalMarks ?? []).Select(a => a.ToUpperInvariant().Split(' ')[0]).Distinct().ToArray();
    }

    /// <summary>
    /// "DUYỆT BAN GIÁM HIỆU TỔNG PHỤ TRÁCH ĐỘI": the approving column's heading and the author's position on one line, cut
    /// into two cells before the position, so the position is read as the block's title. Only the first
    /// <paramref name="count"/> cells are looked at (those just cut, put before the ones read already).
    /// </summary>
    /// <returns>How many cells the first <paramref name="count"/> became.</returns>
    public int SplitApprovals(List<string> cells, int count)
    {
        for (var i = 0; i < count; i++)
        {
            var cell = cells[i];
            if (!OpensAsApproval(cell) || !InvariantCasing.IsUpper(cell)) continue;
            var starts = HeadStarts(cell);
            if (starts.Count == 0 || starts[^1] == 0 || !IsApproval(cell)) continue;
            cells[i] = cell[..starts[^1]].Trim();
            cells.Insert(i + 1, cell[starts[^1]..].Trim());
            i++;
            count++;
        }
        return count;
    }

    // Asked of every cell cut from a text's last lines: a loop, where a lambda would be made anew for each cell.
    private bool OpensAsApproval(string cell)
    {
        foreach (var opening in _approvalOpenings)
            if (cell.StartsWith(opening, StringComparison.Ordinal)) return true;
        return false;
    }

    /// <summary>
    /// The signer of a block whose title cell is <paramref name="title"/> in <paramref name="cells"/>: unchanged when the
    /// block shows one column; the author's name beside an approving column; null when two principals sign side by side
    /// or the two names cannot be told apart.
    /// </summary>
    public Signer? Resolve(Signer signer, List<string> cells, int title)
    {
        if (signer.Name is not { } name) return signer;
        var approved = Approved(cells, title) || AddresseeBeside(cells, title);
        var twoPositions = TwoPositions(signer);
        // Two columns only where two names stand under them too: "TRƯỞNG BAN" / "PHÓ THỦ TƯỚNG" / "Mai Văn Chính" is one
        // person's capacity and office.
        if (!approved && !twoPositions || TwoNames(name, cells, title) is not { } pair) return signer;
        // Two principals ("BÍ THƯ" beside "CHỦ TỊCH"): a joint text, no one signer to read.
        if (!approved) return null;
        // The approving column stands first (left) on the page's line: the author's name is the second.
        return signer with { Name = pair.Right, Title = twoPositions ? LastPosition(signer.Title!) : signer.Title };
    }

    private bool Approved(List<string> cells, int title)
    {
        for (var k = Math.Max(0, title - 2); k <= title; k++)
            if (IsApproval(cells[k])) return true;
        return false;
    }

    // "HỘI CHA MẸ HỌC SINH      BÍ THƯ ĐOÀN TRƯỜNG" / "Nguyễn Trường Hà      Trần Thị Hương"
    // (jt-doan-truong-thpt-bung-rieng-tt-2025-tham-quan-pdf): a Tờ trình's addressee countersigns in a column headed by
    // its body's name alone, no position and no mark, beside the author's position; as beside an approving column,
    // the author signs in the position's column.
    private bool AddresseeBeside(List<string> cells, int title)
    {
        if (title == 0) return false;
        var beside = cells[title - 1];
        return beside.Length > 0 && InvariantCasing.IsUpper(beside) && beside.Contains(' ') && beside.All(c => char.IsLetter(c) || c == ' ')
            && HeadStarts(beside).Count == 0;
    }

    private bool IsApproval(string cell)
    {
        var f = TextFolding.FoldLoose(cell);
        return FoldedWords.IsOrOpensWithAny(f, _approvals);
    }

    // "BÍ THƯ CHỦ TỊCH" (two positions in the title cell), or a bare position cell right before the title ("BÍ THƯ" |
    // "CHỦ TỊCH"), or an authority line that ends with a position ("TM. ỦY BAN NHÂN DÂN BÍ THƯ" then "CHỦ TỊCH").
    private bool TwoPositions(Signer signer)
    {
        // "TM. ĐẢNG ỦY" beside "TM. ỦY BAN NHÂN DÂN": two bodies each signing for itself.
        if (signer.Authority.Append(signer.Title ?? "").Count(OnBehalfOfBody) >= 2) return true;
        if (signer.Title is { } t && HeadStarts(t) is { Count: >= 2 } starts && starts[0] == 0) return true;
        if (signer.Authority is not [.., var last]) return false;
        var ends = HeadStarts(last);
        if (ends.Count == 0 || !EndsAtHead(last, ends[^1])) return false;
        if (ends[^1] == 0) return true;
        // After a mark, a body's name must stand between: "KT. CHỦ TỊCH" is the principal the deputy signs for.
        var mark = last.IndexOf(' ');
        return mark > 0 && last[mark..ends[^1]].Trim().Length > 0 && HeadStarts(last[(mark + 1)..]) is [> 0, ..];
    }

    private static bool OnBehalfOfBody(string cell) =>
        cell.StartsWith("TM.", StringComparison.Ordinal) || cell.StartsWith("T/M", StringComparison.Ordinal) || cell.StartsWith("TM ", StringComparison.Ordinal);

    private bool EndsAtHead(string cell, int start)
    {
        var rest = TextFolding.FoldLoose(cell[start..]);
        return _heads.Any(h => rest == h);
    }

    private string LastPosition(string title) => HeadStarts(title) is { Count: >= 2 } s ? title[s[^1]..].Trim() : title;

    // Where position heads begin in a cell, at word starts, the longest head first ("PHÓ CHỦ TỊCH" is one position).
    private List<int> HeadStarts(string cell)
    {
        var folded = TextFolding.FoldLoose(cell);
        var starts = new List<int>();
        if (folded.Length != cell.Length) return starts;
        for (var at = 0; at < folded.Length;)
        {
            if (at > 0 && folded[at - 1] != ' ') { at++; continue; }
            var head = _heads.FirstOrDefault(h => string.CompareOrdinal(folded, at, h, 0, h.Length) == 0
                && (at + h.Length == folded.Length || folded[at + h.Length] is ' ' or ','));
            if (head is null) { at++; continue; }
            starts.Add(at);
            at += head.Length;
        }
        return starts;
    }

    // The two names: one cell holding both ("Lê Thừa Triều Hồ Viết Cảm", cut where the second opens with a family name,
    // the only such cut), or the name's cell and a name cell right after it ("Nguyễn Văn An" | "Trần Văn Bình").
    private (string Left, string Right)? TwoNames(string name, List<string> cells, int title)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        (string, string)? cut = null;
        for (var k = 2; words.Length >= 5 && k <= words.Length - 2; k++)
        {
            if (!_families.Contains(words[k], StringComparer.Ordinal)) continue;
            if (cut is not null) return null;
            cut = (string.Join(' ', words[..k]), string.Join(' ', words[k..]));
        }
        if (cut is not null) return _families.Contains(words[0], StringComparer.Ordinal) ? cut : null;
        for (var k = title + 1; k < cells.Count - 1 && k <= title + 8; k++)
            if (cells[k].TrimEnd('.', ' ') == name && IsSecondName(cells[k + 1], name)) return (name, cells[k + 1].TrimEnd('.', ' '));
        return null;
    }

    // A name written as the first is ("Trần Văn Bình" after "Nguyễn Văn An"): capitals after a name in its own case are
    // what follows the block (an annex's "QUY CHẾ"), not a second signer.
    private bool IsSecondName(string cell, string first)
    {
        var words = cell.TrimEnd('.', ' ').Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length is < 2 or > 5 || !words.All(w => char.IsUpper(w[0]) && w.All(char.IsLetter))) return false;
        var upper = InvariantCasing.IsUpper(cell);
        return upper == (InvariantCasing.IsUpper(first)) && _families.Contains(words[0], StringComparer.OrdinalIgnoreCase);
    }
}
