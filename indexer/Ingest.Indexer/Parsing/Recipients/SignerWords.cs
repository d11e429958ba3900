using Ingest.Indexer.Parsing.Tables;
using Ingest.Indexer.Text;

namespace Ingest.Indexer.Parsing.Recipients;

/// <summary>
/// The word tests every way of reading a signature block asks of its cells: a position (phrases.json's signer title
/// heads), noise ("(Đã ký)"), a personal name, a body's name or a seal's words, a heading of the document's type or of
/// an annex. Built once from the domain tables, shared by <see cref="SignerParser"/> and <see cref="DamagedBlockReader"/>.
/// Pure and thread-safe.
/// </summary>
internal sealed class SignerWords
{
    /// <summary>What a name's cell may end with and loses: "Nguyễn Văn An." (a full stop), a space.</summary>
    internal static readonly char[] NameEnds = ['.', ' '];

    private readonly DomainTables _tables;
    private readonly string[] _noise;
    private readonly HashSet<string> _foldedFamilies;
    private readonly string[] _positionEnds;
    private readonly HashSet<string> _annexHeadings;

    public SignerWords(DomainTables tables)
    {
        _tables = tables;
        TitleHeads = tables.Phrases.SignerTitleHeads.Select(TextFolding.FoldLoose).Where(h => h.Length > 0).OrderByDescending(t => t.Length).ToArray();
        _noise = tables.Phrases.SignatureNoise.Select(TextFolding.FoldLoose).ToArray();
        Ranks = new ServiceRank(tables.Phrases.ServiceRanks ?? []);
        _annexHeadings = (tables.Phrases.DocumentPartsBefore ?? []).Select(TextFolding.FoldLoose).Append("danh sach").ToHashSet(StringComparer.Ordinal);
        Families = (tables.Phrases.FamilyNames ?? []).ToArray();
        _foldedFamilies = Families.Select(TextFolding.FoldLoose).ToHashSet(StringComparer.Ordinal);
        // The last two words of each position of two words or more ("chu tich", "giam doc"); capacity marks aside.
        _positionEnds = TitleHeads.Select(h => h.Trim()).Where(h => h.Contains(' ') && h.IndexOfAny(['.', '/']) < 0)
            .Select(h => string.Join(' ', h.Split(' ')[^2..])).Distinct().ToArray();
        Spelled = tables.Phrases.SignerTitleHeads.GroupBy(TextFolding.FoldLoose).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
    }

    /// <summary>The positions' first words, folded, longest first.</summary>
    public string[] TitleHeads { get; }

    /// <summary>Family names as written ("Nguyễn", "Đào").</summary>
    public string[] Families { get; }

    /// <summary>An officer's rank before a name ("Thiếu tướng"), no part of it.</summary>
    public ServiceRank Ranks { get; }

    /// <summary>Each folded position head as the table spells it.</summary>
    public Dictionary<string, string> Spelled { get; }

    /// <summary>A folded cell that is one of the block's noise words ("da ky", "ky").</summary>
    public bool IsNoiseWord(string folded) => _noise.Contains(folded);

    /// <summary>A family name, folded loosely ("nguyen").</summary>
    public bool IsFoldedFamily(string folded) => _foldedFamilies.Contains(folded);

    // Asked of every cell of the last lines, several times: loops, where LINQ would make an enumerator and a lambda each time.
    public bool IsTitle(string cell)
    {
        if (cell.Length > MaxTitle || !LetterRuns.HasLetter(cell) || !InvariantCasing.IsUpper(cell) || IsFormBlank(cell)) return false;
        // Folded in a buffer of the call's own: the cell is only compared (it is asked of every cell in capitals).
        Span<char> buffer = stackalloc char[MaxTitle];
        var length = TextFolding.FoldLooseInto(cell, buffer);
        ReadOnlySpan<char> f = length >= 0 ? buffer[..length] : TextFolding.FoldLoose(cell);
        // "P.CHỦ TỊCH", "P.HIỆU TRƯỞNG": a deputy's position with "Phó" shortened to "P.", the stop glued to the word.
        var deputy = f.StartsWith("p.", StringComparison.Ordinal) && f.Length > 3 && char.IsLetter(f[2]) ? f[2..] : [];
        foreach (var h in TitleHeads)
            if (f.StartsWith(h, StringComparison.Ordinal) || deputy.Length > 0 && h.Length > 3 && deputy.StartsWith(h, StringComparison.Ordinal)) return true;
        return false;
    }

    // The longest cell read as a position.
    private const int MaxTitle = 80;

    // "TRƯỞNG KHOA........." over "(Ký và ghi rõ họ tên)" (js-dh-dien-luc-tb-2025-csr-ocr): an annexed form's block, its
    // unit left as dots to be filled in; a form to fill is nobody's signature.
    private static bool IsFormBlank(string cell) => cell.EndsWith("...", StringComparison.Ordinal) && cell.Length > 3 && char.IsLetter(cell.TrimEnd('.', ' ')[^1]);

    public bool IsTitleTail(string cell) =>
        cell.Length <= 12 && !cell.Contains(' ') && cell.All(char.IsLetter) && InvariantCasing.IsUpper(cell)
        && !_noise.Contains(TextFolding.FoldLoose(cell)) && !IsTitle(cell);

    public bool IsNoise(string cell)
    {
        var f = TextFolding.FoldLoose(cell).Trim('(', ')', '[', ']', ' ', '.', '|');
        return f.Length == 0 || IsNoiseWord(f);
    }

    // A Vietnamese personal name: two to six capitalized words of letters only ("Đặng Văn Tuấn", "NGUYỄN VĂN A").
    public bool LooksLikeName(string cell)
    {
        // First: the words counted where they stand (most cells asked are sentences of many more), then the fold below,
        // the costly test, in a buffer of the call's own where the cell fits one.
        if (WordCount(cell.AsSpan().TrimEnd(NameEnds)) is < 2 or > 6) return false;
        var words = cell.TrimEnd(NameEnds).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        // A short text's header lies within the last lines too: the motto is nobody's name.
        Span<char> buffer = stackalloc char[FoldedNameBuffer];
        var length = cell.Length <= FoldedNameBuffer ? TextFolding.FoldLooseInto(cell, buffer) : -1;
        ReadOnlySpan<char> f = length >= 0 ? buffer[..length] : TextFolding.FoldLoose(cell);
        if (f.Contains("cong hoa", StringComparison.Ordinal) || f.Contains("viet nam", StringComparison.Ordinal) || f.Contains("doc lap", StringComparison.Ordinal)) return false;
        for (var k = 1; k < words.Length; k++)
            if (!IsNameWord(words[k])) return false;
        return IsNameWord(words[0]) || FamilyLostCapital(words) is not null;
    }

    private const int FoldedNameBuffer = 256;

    // The words of a cell split at its spaces, as string.Split with RemoveEmptyEntries counts them.
    private static int WordCount(ReadOnlySpan<char> cell)
    {
        var count = 0;
        for (var i = 0; i < cell.Length; i++)
            if (cell[i] != ' ' && (i == 0 || cell[i - 1] == ' ')) count++;
        return count;
    }

    private static bool IsNameWord(string w) => char.IsUpper(w[0]) && w.All(char.IsLetter);

    // "ào Thị Thu Hằng" (il-ubnd-phuong-tuong-mai-tb-632-2026-ocr), "õ Tuấn Anh" (lu-vp-ubnd-ha-noi-tb-2026-229-ocr): the
    // seal or the scrawl took the family name's capital, and what is left, marks and all, is one family name's rest only
    // (Đào, Võ). A given name and a middle name at least after it.
    public string? FamilyLostCapital(string[] words) =>
        words.Length >= 3 && char.IsLower(words[0][0])
            ? SignerNameRepair.FamilyWithoutCapital(words[0], Families) ?? SignerNameRepair.FamilyByMarkedTail(words[0], Families) : null;

    // "^¡:. PHỐNCHỦ TỊCH" under "TM UBND TỈNG" (ll-ubnd-cao-bang-qd-1999-157-ocr): the seal glued the position's first word
    // to its second; capitals that end as a position of two words or more ends ("… CHỦ TỊCH", "… GIÁM ĐỐC") are that
    // position, unless they open with a family name ("NGUYỄN CHÁNH AN" is a name).
    public bool EndsAsPosition(string folded)
    {
        var space = folded.IndexOf(' ');
        if (space > 0 && _foldedFamilies.Contains(folded[..space])) return false;
        foreach (var end in _positionEnds)
            if (folded.EndsWith(end, StringComparison.Ordinal)) return true;
        return false;
    }

    // Upper-case words of a body's name, not a person's: letters only, the first word no family name.
    public bool IsSealWords(string cell) =>
        cell.Length > 0 && InvariantCasing.IsUpper(cell) && cell.Any(char.IsLetter) && cell.All(c => char.IsLetter(c) || c == ' ')
        && !Families.Contains(InvariantFirstWord(cell), StringComparer.OrdinalIgnoreCase);

    private static string InvariantFirstWord(string cell)
    {
        var space = cell.IndexOf(' ');
        return space < 0 ? cell : cell[..space];
    }

    // A heading of the document's type ("QUYẾT ĐỊNH", "KẾ HOẠCH") is nobody's name: in a text cut after its
    // header, the decision's preamble ("CHỦ TỊCH ỦY BAN NHÂN DÂN THÀNH PHỐ …" then "QUYẾT ĐỊNH") looks like a block.
    public bool IsTypeHeading(string folded) => _tables.TypeByWord(folded.TrimEnd(':', ' ')) is not null;

    // An annex's heading after the block ("PHỤ LỤC" / "ĐÁNH GIÁ ĐỐI VỚI …", "DANH SÁCH" / "Danh sách các đơn vị nhận công
    // văn" under a Bộ Công an letter whose name line the OCR lost): two capitalised words, but nobody's name. The parts
    // of a document phrases.json names (documentPartsBefore: "phụ lục", "biểu mẫu", "mẫu" …), and a list.
    public bool IsAnnexHeading(string folded) => _annexHeadings.Contains(folded.TrimEnd(':', ' '));

    // Words of a body's name, never of a person's: "UBND TỈNH" under an annexed form's "CHỦ TỊCH" is no signer. Compared
    // in capitals with their marks ("Huyền" is a given name, "HUYỆN" a district).
    private static readonly string[] BodyWords = ["UBND", "HĐND", "UBMTTQ", "TỈNH", "HUYỆN", "QUẬN", "XÃ", "PHƯỜNG"];

    public static bool IsBodyName(string name) =>
        name.Split(' ', StringSplitOptions.RemoveEmptyEntries).Any(w => BodyWords.Contains(w.ToUpperInvariant(), StringComparer.Ordinal));

    // "ÁNH VĂN PHÒNG" beside an item: the title the scan clipped, written whole as the table spells it (ClippedTitle).
    public string Unclipped(string title)
    {
        var f = " " + TextFolding.FoldLoose(title).Replace('.', ' ') + " ";
        if (TitleHeadWords.AnyIn(f, TitleHeads)) return title;
        return ClippedTitle.Head(f, TitleHeads) is { } head && Spelled.TryGetValue(head, out var whole) ? whole : title;
    }

    // "Thiếu tướng Trương Minh Đương" alone under the list (jb-cong-an-lam-dong-ttr-2025-233-ocr): the rank is no part
    // of the name, nor a title (corpus README, the `iq-` and `jb-` batches).
    // "LS. TS. Đỗ Ngọc Thịnh" (iu-ldlsvn-btv-cv-hop-nhat-2025-ocr): the same for an academic or professional title.
    public List<string> Unranked(IReadOnlyList<string> cells)
    {
        var unranked = new List<string>(cells.Count);
        foreach (var cell in cells) unranked.Add(AcademicTitle.Without(Ranks.Without(cell)));
        return unranked;
    }
}
