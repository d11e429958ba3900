using Ingest.Indexer.Model;
using Ingest.Indexer.Parsing.Citations;
using Ingest.Indexer.Parsing.Tables;
using Ingest.Indexer.Text;

namespace Ingest.Indexer.Parsing.Header;

/// <summary>
/// Completes an issuer's name that the header gives only in part, from what the document itself says of its
/// issuer: its number's code, its own statement in the body, the form of a national body's name. Each rule
/// names a general way documents are written (Nghị định 30/2020/NĐ-CP, Hướng dẫn 36-HD/VPTW); none guesses
/// a body the text does not name. Pure and thread-safe.
/// </summary>
public sealed class IssuerCompletions
{
    private readonly DomainTables _tables;
    private readonly IssuerUnitReader _units;

    /// <summary>Completions over the given tables and unit reader.</summary>
    public IssuerCompletions(DomainTables tables, IssuerUnitReader units)
    {
        _tables = tables;
        _units = units;
    }

    /// <summary>
    /// "BAN CHẤP HÀNH TRUNG ƯƠNG" over "Số 60-NQ/TW": the Party's Central Committee heads its documents with
    /// these words alone (the motto ĐẢNG CỘNG SẢN VIỆT NAM beside them says whose), and numbers them "-/TW". A
    /// mass organisation's committee names the organisation ("ĐOÀN TNCS HỒ CHÍ MINH") and its own code.
    /// </summary>
    public static string? PartyCentralCommittee(string name, DocumentSymbol? symbol) =>
        TextFolding.FoldLoose(name) == "ban chap hanh trung uong" && symbol is { Party: true, IssuerCodes: ["TW" or "TƯ", ..] }
            ? name + " Đảng" : null;

    /// <summary>
    /// "BAN CHẤP HÀNH TRUNG ƯƠNG" over "Số: 21-HD/VPTW": Hướng dẫn 36-HD/VPTW has a body of the Central Committee write
    /// the Committee's name above its own and number its documents with its own code. Where the body's line was lost
    /// (ly-vptw-hd-2013-21-flat: a news page printed "VĂN PHÒNG" below the place line) or cut (lq-vptw-05-HD-VPTW-2026-ocr:
    /// "VĂN PHÒN"), the code names it ("Văn phòng Trung ương Đảng"). Null unless the block is the Committee alone or
    /// with the start of that body's name, and the code a central Party body's other than the Committee's own.
    /// </summary>
    public string? PartyBodyFromCode(string name, DocumentSymbol? symbol)
    {
        if (symbol is not { Party: true, IssuerCodes: [var code, ..] } || _tables.IssuerByCode(code) is not { System: "party", Scope: "central" } body)
            return null;
        var folded = TextFolding.FoldLoose(name);
        if (!folded.StartsWith(CentralCommittee, StringComparison.Ordinal)) return null;
        var rest = folded[CentralCommittee.Length..].Trim();
        var bodyName = TextFolding.FoldLoose(body.Name);
        // "TW" is the Committee's own code; "TWĐTN" names a mass organisation's committee, which Overlapped completes.
        if (bodyName.StartsWith("trung uong", StringComparison.Ordinal)) return null;
        return rest.Length == 0 || rest.Length >= 3 && bodyName.StartsWith(rest, StringComparison.Ordinal) ? body.Name : null;
    }

    private const string CentralCommittee = "ban chap hanh trung uong";

    /// <summary>
    /// "Ban Chấp hành Trung ương" and "Trung ương Đoàn TNCS Hồ Chí Minh": the first name completed by the second where
    /// the first ends with the words the second begins with (two at least) and the second goes on; else null.
    /// </summary>
    public static string? Overlapped(string name, string rest)
    {
        var h = Words(name);
        var r = Words(rest);
        for (var k = Math.Min(h.Length - 1, r.Length - 1); k >= 2; k--)
            if (h.Skip(h.Length - k).SequenceEqual(r.Take(k)))
                return name + " " + string.Join(' ', rest.Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(k));
        return null;
    }

    /// <summary>
    /// True when the body's own statement names it in full where the header shows the start of its name only
    /// ("BAN CHẤP HÀNH TRUNG ƯƠNG" in the header, "Ban Chấp hành Trung ương Đoàn TNCS Hồ Chí Minh ban hành ..."
    /// in the body): the statement keeps every word of the header's name and adds the rest.
    /// </summary>
    public static bool Extends(string headerName, string said)
    {
        var h = Words(headerName);
        var s = Words(said);
        return h.Length >= 2 && s.Length > h.Length && h.SequenceEqual(s.Take(h.Length));
    }

    /// <summary>
    /// True when <paramref name="read"/> is the start of <paramref name="listed"/> cut short, commas aside: "Bộ Văn hoá thể
    /// thao" of "Bộ Văn hóa, Thể thao và Du lịch". A head and one word at least, so a bare "Bộ" names no ministry.
    /// </summary>
    public static bool BeginsName(string read, string listed)
    {
        var r = Bare(read);
        var l = Bare(listed);
        return r.Length >= 2 && l.Length > r.Length && r.SequenceEqual(l.Take(r.Length));
    }

    private static string[] Bare(string s) =>
        TextFolding.FoldLoose(s).Replace(",", " ").Split(' ', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>
    /// "THỐNG ĐỐC NGÂN HÀNG NHÀ NƯỚC" over a text whose trích yếu says "… CỦA NGÂN HÀNG NHÀ NƯỚC VIỆT NAM"
    /// (ky-ngan-hang-nha-nuoc-qd-2024-1117-headerless): an authority line gives a national body's name short, and the
    /// title that names it whole with the country's name gives its name, "Ngân hàng Nhà nước Việt Nam"; else null.
    /// </summary>
    public static string? NationalInTitle(string name, string? title)
    {
        if (title is null) return null;
        var whole = TextFolding.FoldLoose(name) + " viet nam";
        return TextFolding.FoldLoose(title).Contains(whole, StringComparison.Ordinal) ? name + " Việt Nam" : null;
    }

    /// <summary>
    /// "Bảo hiểm xã hội Việt Nam", "Hội Nông dân Việt Nam": a body named after the country, with no province,
    /// district or commune in its name, is a national one.
    /// </summary>
    public bool IsNational(string name) =>
        TextFolding.FoldLoose(name).EndsWith(" viet nam", StringComparison.Ordinal) && _units.ReadName(name) is { Jurisdiction: null };

    /// <summary>
    /// A header block of the jurisdiction alone ("THỊ TRẤN HƯƠNG SƠN", its "ỦY BAN NHÂN DÂN" lost to the layout) or
    /// of no body at all, over a number coded UBND or HĐND: the body the code names, with the block's jurisdiction.
    /// Null when the code names no people's committee or council, or the block names a body of its own.
    /// </summary>
    public IssuerUnit? FromCouncilCode(IssuerUnit unit, DocumentSymbol? symbol)
    {
        if (unit.Head is not null || symbol?.IssuerCode is not { } code) return null;
        var folded = TextFolding.Fold(code);
        if (folded is not ("ubnd" or "hdnd")) return null;
        var body = _tables.IssuerByCode(code)?.Name ?? code;
        // "THỊ TRẤN HƯƠNG SƠN", "THÀNH PHỐ": a jurisdiction first is the body's place; any other words are no body.
        var startsWithJurisdiction = unit.Jurisdiction is not null
            && TextFolding.FoldLoose(unit.Name).StartsWith(TextFolding.FoldLoose(unit.Jurisdiction), StringComparison.Ordinal);
        return _units.ReadName(startsWithJurisdiction ? $"{body} {unit.Name}" : body);
    }

    /// <summary>
    /// "ỦY BAN NHÂN DÂN" over "Số: 681/HD-SGDĐT" and "Cần Thơ, ngày ...": the header lost the line naming the
    /// department, the number's code names it (Sở Giáo dục và Đào tạo), and the place line its province. Null
    /// unless the code names a province-level body.
    /// </summary>
    public static string? DepartmentFromCode(IssuerCodeRow? row, ProvinceRow? seat) =>
        row is { Scope: "local", System: "state", Level: AdministrativeLevel.Province } && seat is not null
            && !TextFolding.Fold(row.Code).StartsWith("ubnd", StringComparison.Ordinal) && !TextFolding.Fold(row.Code).StartsWith("hdnd", StringComparison.Ordinal)
            ? $"{row.Name} {seat.Kind} {seat.Name}" : null;

    /// <summary>
    /// "BẢO HIỂM XÃ HỘI" over "Số: 5337/BHXH-BC" (ks-bhxh-viet-nam-cv-2011-5337, sg-bhxh-vn-cv-2012-5469: a mirror's table
    /// that kept the header cell's first words): a code that spells the initials of the header's head is that body's own
    /// code, not the sign of a department's lost line that a people's committee's bare head over another code is.
    /// </summary>
    public static bool CodeSpellsHead(IssuerUnit? unit, string code)
    {
        // The head alone: "BẢO HIỂM XÃ HỘI VIỆT NAM BẢO HIỂM XÃ HỘI TP.HỒ CHÍ MINH" flattened on one line is a vague block
        // too, whose branch's name the code cannot tell.
        if (unit?.Head is not { } head || Words(unit.Name).Length != Words(head.Text).Length) return false;
        var words = Words(head.Text);
        return words.Length >= 2 && string.Concat(words.Select(w => w[0])) == TextFolding.FoldLoose(code);
    }

    /// <summary>
    /// The one central body listed whose name begins with the header's bare head ("Bảo hiểm xã hội" → "Bảo hiểm xã hội
    /// Việt Nam"), or null: a province's branch writes its province under the national name ("BẢO HIỂM XÃ HỘI VIỆT NAM /
    /// BẢO HIỂM XÃ HỘI TP.HỒ CHÍ MINH", hy-bhxh-tp-hcm-tb-2023-2970), so the head alone over its own code is the national body.
    /// </summary>
    public string? NationalBody(string name)
    {
        string? found = null;
        foreach (var row in _tables.Agencies)
        {
            if (row.Level != AdministrativeLevel.Central || !BeginsName(name, row.Text)) continue;
            if (found is not null) return null;
            found = row.Text;
        }
        return found;
    }

    private static string[] Words(string s) =>
        TextFolding.FoldLoose(s).Split(' ', StringSplitOptions.RemoveEmptyEntries);
}
