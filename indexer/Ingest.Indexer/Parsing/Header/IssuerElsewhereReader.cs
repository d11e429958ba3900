using Ingest.Indexer.Model;
using Ingest.Indexer.Parsing.Citations;
using Ingest.Indexer.Parsing.Places;
using Ingest.Indexer.Parsing.Tables;
using Ingest.Indexer.Text;

namespace Ingest.Indexer.Parsing.Header;

/// <summary>
/// Reads the issuing body from the lines outside the header's issuer block that name it: the signature ("TM. ỦY BAN
/// NHÂN DÂN XÃ TÂN LẬP"), a Party document's heading ("NGHỊ QUYẾT CỦA BỘ CHÍNH TRỊ"), a congress's heading, an annex's
/// "(Ban hành kèm theo Quyết định … của UBND tỉnh)" and a telegram's sender line. Portals and mirrors drop the header
/// block and keep these. Each reading is a body with a head word, or null. Pure and thread-safe.
/// </summary>
internal sealed class IssuerElsewhereReader
{
    private readonly DomainTables _tables;
    private readonly IssuerReader _reader;
    private readonly IssuerUnitReader _units;

    /// <summary>A reader by <paramref name="tables"/>, reading names at a position with <paramref name="reader"/> and as a whole with <paramref name="units"/>.</summary>
    internal IssuerElsewhereReader(DomainTables tables, IssuerReader reader, IssuerUnitReader units) =>
        (_tables, _reader, _units) = (tables, reader, units);

    private static readonly string[] CollectiveMarks = ["tm.", "tm ", "t/m"];

    private static readonly string[] Positions = ["pho chu tich ", "chu tich "];

    // Nghị định 30/2020/NĐ-CP: a collective body signs "TM. ỦY BAN NHÂN DÂN XÃ TÂN LẬP" (on behalf of the body; KT.,
    // TL. and TUQ. stand before a position, not a body); a position may name its body ("CHỦ TỊCH UBND XÃ TÂN LẬP").
    // The body, with its place, or null; a body with no place names none ("TM. ỦY BAN NHÂN DÂN").
    internal (string Name, string? Level, Evidence Evidence)? Signature(TextView view, Signer? signer)
    {
        if (signer is null) return null;
        var lines = signer.Authority.Select(a => (Line: a.Trim(), Marks: CollectiveMarks));
        if (signer.Title is { } title) lines = lines.Append((Line: title.Trim(), Marks: Positions));
        foreach (var (line, marks) in lines)
        {
            var folded = TextFolding.FoldLoose(line);
            if (folded.Length != line.Length || marks.FirstOrDefault(m => folded.StartsWith(m, StringComparison.Ordinal)) is not { } mark) continue;
            var body = line[mark.Length..].Trim();
            if (_units.ReadName(body) is not { Head: not null, Place: not null } unit) continue;
            var at = view.Original.LastIndexOf(line, StringComparison.Ordinal);
            var evidence = at < 0 ? new Evidence("signature", line, 0, 0) : new Evidence("signature", line, at, at + line.Length);
            return (unit.Name, unit.Level ?? IssuerLevels.FromText(_tables, unit.Name), evidence);
        }
        return null;
    }

    // "NGHỊ QUYẾT CỦA BỘ CHÍNH TRỊ về …", "QUY CHẾ … CỦA BAN BÍ THƯ": a Party document's heading (Hướng dẫn
    // 36-HD/VPTW) names its issuer after the type word; read when the title opens with that "của".
    internal (string Name, string? Level)? Heading(HeaderInfo header)
    {
        if (header.Title is not { } title) return null;
        var folded = TextFolding.FoldLoose(title);
        if (folded.Length != title.Length || !folded.StartsWith("cua ", StringComparison.Ordinal)) return null;
        if (_reader.Read(title, folded, 4) is not { } read || _units.ReadName(read.Text) is not { Head: not null } unit) return null;
        return (unit.Name, unit.Level ?? IssuerLevels.FromText(_tables, unit.Name));
    }

    // Hướng dẫn 36-HD/VPTW: a Party congress's resolution is headed "NGHỊ QUYẾT / ĐẠI HỘI ĐẠI BIỂU ĐẢNG BỘ HUYỆN TÂN KỲ
    // LẦN THỨ XXI, NHIỆM KỲ 2020 - 2025"; a portal that drops the header keeps that heading, which names the congress
    // that adopts it: the congress of the body named before "lần thứ". Null unless a body's head follows "Đại hội".
    internal (string Name, string? Level)? Congress(HeaderInfo header)
    {
        if (header.DocTypeId != "nghi-quyet" || header.Title is not { } title) return null;
        var folded = TextFolding.FoldLoose(title);
        if (folded.Length != title.Length || !folded.StartsWith("dai hoi ", StringComparison.Ordinal)) return null;
        var delegates = folded.StartsWith("dai hoi dai bieu ", StringComparison.Ordinal);
        var bodyStart = delegates ? "dai hoi dai bieu ".Length : "dai hoi ".Length;
        // "Đại hội lần thứ XIII của Đảng" names no body before "lần thứ".
        var cut = folded.IndexOf(" lan thu ", bodyStart - 1, StringComparison.Ordinal);
        if (cut < bodyStart) return null;
        var body = title[bodyStart..cut].Trim(' ', ',');
        if (_units.ReadName(body) is not { Head: not null } unit) return null;
        // Written in running-text case, as the body's own name is, whatever case the heading has.
        return ($"{(delegates ? "Đại hội đại biểu" : "Đại hội")} {unit.Name}", unit.Level ?? IssuerLevels.FromText(_tables, unit.Name));
    }

    // A quy chế or quy định issued with a decision has no header of its own; under its title Nghị định 30/2020/NĐ-CP
    // Phụ lục I sets "(Ban hành kèm theo Quyết định số … ngày … của UBND tỉnh)": the decision's body issues it.
    internal (string Name, string? Level)? Annex(TextView view, HeaderInfo header)
    {
        if (header.PlaceDateEvidence is not { Source: "annex" } annex) return null;
        var (_, at) = view.ToNormalizedSpan(annex.Start, annex.End);
        var f = view.Folded;
        while (at < f.Length && f[at] == ' ') at++;
        if (string.CompareOrdinal(f, at, "cua ", 0, 4) != 0) return null;
        at += 4;
        while (at < f.Length && f[at] == ' ') at++;
        if (_reader.Read(view.Normalized, f, at) is not { } read || _units.ReadName(read.Text) is not { Head: not null } unit) return null;
        // "của Cục Thống kê": a body whose name gives no place sits where its head word says (issuer-heads.json fallbackLevel).
        return (read.Text, IssuerHeads.LevelOf(unit, read.Text, _tables));
    }

    // The body a telegram's sender line names, with the office before it where an office-holder sends it.
    internal IssuerUnit? Sender(string sender)
    {
        var office = TextFolding.FoldLoose(sender).StartsWith("chu tich ", StringComparison.Ordinal);
        var unit = _units.ReadName(office ? sender["chu tich ".Length..] : sender);
        if (unit?.Head is null) return null;
        return office ? unit with { Name = $"{OfficeHolderHeader.Office} {unit.Name}" } : unit;
    }
}
