using Ingest.Indexer.Model;
using Ingest.Indexer.Parsing.Citations;
using Ingest.Indexer.Parsing.Places;
using Ingest.Indexer.Parsing.Tables;
using Ingest.Indexer.Text;

namespace Ingest.Indexer.Parsing.Header;

/// <summary>
/// Reads the body the header's issuer block names, as far as the block itself and the number beside it tell. Real
/// blocks are often not a body's name as they stand: a banner or heading read in capitals, words the extraction cut into
/// letters, a province's name cut by damaged case, a district misspelt by OCR, a committee over a number whose code
/// names one of its departments (the line naming the department lost). Pure and thread-safe.
/// </summary>
internal sealed class IssuerBlockReader
{
    private readonly DomainTables _tables;
    private readonly ProvinceGazetteer _gazetteer;
    private readonly IssuerUnitReader _units;
    private readonly IssuerCompletions _completions;

    /// <summary>A reader by <paramref name="tables"/> and <paramref name="gazetteer"/>, reading names with <paramref name="units"/>.</summary>
    internal IssuerBlockReader(DomainTables tables, ProvinceGazetteer gazetteer, IssuerUnitReader units, IssuerCompletions completions) =>
        (_tables, _gazetteer, _units, _completions) = (tables, gazetteer, units, completions);

    /// <summary>
    /// The block's body, or, where the number's code shows the block lost the line naming the issuing department, no
    /// body and that department's name; the reasons as diagnostics.
    /// </summary>
    internal (IssuerUnit? Unit, string? Department) Read(TextView view, HeaderInfo header, List<Diagnostic> diagnostics)
    {
        var unit = WholePlace(view, OfficeHolderHeader.Read(header.IssuerUnits, HeaderUnit(header, diagnostics), header.Symbol, _units, diagnostics));
        unit = PlaceSpelledByPlaceLine(unit, header.Place);
        string? department = null;
        if (unit is not null && _completions.FromCouncilCode(unit, header.Symbol) is { } coded)
        {
            diagnostics.Add(new("issuer-completed", "warning", $"the header block '{unit.Name}' names no body; the number's code names it"));
            unit = coded with { Tokens = unit.Tokens };
        }
        // "ỦY BAN NHÂN DÂN" over "Số: 681/HD-SGDĐT": the line naming the Sở was lost; the committee did not issue it.
        if (IssuerHeads.IsVague(unit) && header.Symbol?.IssuerCode is { } own && !IssuerCompletions.CodeSpellsHead(unit, own) && !TextFolding.Fold(own).StartsWith("ubnd", StringComparison.Ordinal)
            && !TextFolding.Fold(own).StartsWith("hdnd", StringComparison.Ordinal) && header.NumberSpan is { } at)
        {
            var (cs, ce) = view.ToOriginalSpan(at.Start, at.End);
            diagnostics.Add(new("issuer-conflict", "warning", $"the header names only a people's committee or council, the number's code ({own}) another body", cs, ce));
            department = IssuerCompletions.DepartmentFromCode(_tables.IssuerByCode(own), header.Place is null ? null : _gazetteer.Exact(header.Place));
            unit = null;
        }
        // "UBND TỈNH SƠN LA" over "Số: 424/SGDĐT-TĐKT": a committee numbers its own documents -UBND (Nghị định
        // 30/2020/NĐ-CP), so the line naming its Sở was lost; the code names the Sở, the committee its province.
        else if (LostDepartment(unit, header.Symbol) is { } lost && header.NumberSpan is { } lostAt)
        {
            var (cs, ce) = view.ToOriginalSpan(lostAt.Start, lostAt.End);
            diagnostics.Add(new("issuer-conflict", "warning", $"the header names a province's people's committee, the number's code ({header.Symbol!.IssuerCode}) one of its departments", cs, ce));
            (department, unit) = (lost, null);
        }
        return (unit, department);
    }

    // "BỘ Y TẾ - CỤC QUẢN LÝ MÔI TRƯỜNG Y TẾ, BỘ CÔNG AN - CỤC CẢNH SÁT ĐƯỜNG THỦY, …": a joint document's header
    // lists its bodies side by side, separated by commas, each opening with a parent body's head (a ministry's
    // own name runs on over commas, "BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH", its fields opening none). Null for one body;
    // else the level the listed bodies share, or null when they differ.
    internal (string? Level, int Bodies)? JointLevel(HeaderInfo header)
    {
        foreach (var line in header.IssuerLines)
        {
            if (!line.Text.Contains(',')) continue;
            var bodies = 0;
            string? level = null;
            var mixed = false;
            foreach (var part in line.Text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                if (_units.ReadName(part) is not { Head: { IsChild: false } head } body) continue;
                bodies++;
                if ((body.Level ?? head.FallbackLevel) is not { } l) continue;
                mixed |= level is not null && level != l;
                level ??= l;
            }
            if (bodies >= 2) return (mixed ? null : level, bodies);
        }
        return null;
    }

    // The header's issuing unit, unless it cannot be a body's name (a title read as an issuer is worse than none).
    private IssuerUnit? HeaderUnit(HeaderInfo header, List<Diagnostic> diagnostics)
    {
        var unit = _units.Issuer(header.IssuerUnits);
        if (unit is null) return null;
        var words = unit.Tokens.Count;
        var titleLike = unit.Head is null && unit.Tokens.Any(t => t.Folded is "thuc" or "trien" or "viec" or "ke" or "nam" && words > 3);
        // An issuer is a body, known by its head word ("ỦY BAN", "SỞ", "TRƯỜNG", …) or at least by the place it
        // governs ("… THỊ TRẤN HƯƠNG SƠN"); a banner or heading ("SỰ KIỆN NỔI BẬT", "CÔNG VĂN") is neither.
        var nameless = unit.Head is null && (unit.Jurisdiction is null || words > 9);
        // "LỊCH TIẾP CÔNG DÂN ĐỊNH KỲ / CỦA CHỦ TỊCH / ỦY BAN NHÂN DÂN THÀNH PHỐ LONG XUYÊN": a heading that names whose
        // schedule it is; a body's block names its parent by stacking lines, never with "của".
        // A page's title above the whole block ("NHIỆM VỤ … CỦA CĐCS …" over "CÔNG ĐOÀN GIÁO DỤC HUẾ / CÔNG ĐOÀN THCS
        // …") is no part of the body's lines: only "của" in the issuing line or the line above it says so.
        var heading = header.IssuerUnits.TakeLast(2).Any(u => u.Tokens.Any(t => t.Folded == "cua"));
        // "S Y T-BHXH TỈNH": a line whose words the extraction cut into letters is no name a clerk could file; a
        // wrong issuer is worse than none, so it is left for review.
        if (LettersApart(unit.Tokens))
        {
            diagnostics.Add(new("issuer-damaged", "warning", "the header's block has words cut into single letters; no issuer is read from it"));
            return null;
        }
        if (words <= 16 && !nameless && !titleLike && !heading) return unit;
        var last = header.IssuerLines[^1];
        diagnostics.Add(new("issuer-rejected", "warning", "the header's upper-case block does not read as a body's name", last.Start, last.End));
        return null;
    }

    // Two single letters in a row ("S Y T"): Vietnamese writes a name's words whole; "Y" of "Y TẾ" stands alone, not twice.
    private static bool LettersApart(IReadOnlyList<HeaderToken> tokens)
    {
        for (var i = 1; i < tokens.Count; i++)
            if (tokens[i - 1].Text is [var a] && char.IsLetter(a) && tokens[i].Text is [var b] && char.IsLetter(b)) return true;
        return false;
    }

    // The department a province's people's committee block stands over when the number's code names one; null
    // for any other block or code (a committee's own "-UBND", a code no table names).
    private string? LostDepartment(IssuerUnit? unit, DocumentSymbol? symbol) =>
        unit is { Level: AdministrativeLevel.Province, Place: { } place, Head.Text: "Ủy ban nhân dân" or "UBND" } && symbol?.IssuerCode is { } code
            && _gazetteer.Exact(place) is { } seat ? IssuerCompletions.DepartmentFromCode(_tables.IssuerByCode(code), seat) : null;

    // "ỦY BAN NHÂN DÂN TỈNH TUYÊN quang": damaged case cut the block inside the province's name; the words after
    // the block that complete one province's name ("Tuyên" + "quang") belong to it. Pure; reads a few characters.
    private IssuerUnit? WholePlace(TextView view, IssuerUnit? unit)
    {
        if (unit is not { Place: { } place, Jurisdiction: "tỉnh" or "thành phố" } || unit.Tokens.Count == 0 || _gazetteer.Exact(place) is not null) return unit;
        var folded = TextFolding.FoldLoose(place);
        if (!TextFolding.FoldLoose(unit.Name).EndsWith(" " + folded, StringComparison.Ordinal) || unit.Tokens[^1].Folded != folded.Split(' ')[^1]) return unit;
        var (f, end) = (view.Folded, unit.Tokens[^1].End);
        foreach (var row in _tables.Provinces)
        {
            var rest = TextFolding.FoldLoose(row.Name);
            if (!rest.StartsWith(folded + " ", StringComparison.Ordinal)) continue;
            rest = rest[folded.Length..];
            var after = end + rest.Length;
            if (string.CompareOrdinal(f, end, rest, 0, rest.Length) != 0 || after < f.Length && char.IsLetterOrDigit(f[after])) continue;
            return unit with { Name = unit.Name[..^place.Length] + row.Name, Place = row.Name };
        }
        return unit;
    }

    // "UBND HUYỆN BẾN LÚC" over "Bến Lức, ngày …": the header's district and the place line differ only in their marks,
    // and only the place line spells a district the table knows. OCR slipped a mark in the header: the place line's
    // spelling is the district's (corpus README, `ij-` batch). Either spelling known, or both unknown, keeps the header;
    // so does a header that lost every mark ("QUAN BINH THANH"), which is written as it stands.
    private static IssuerUnit? PlaceSpelledByPlaceLine(IssuerUnit? unit, string? placeLine)
    {
        if (unit is not { Place: { } place, Jurisdiction: "huyện" or "quận" or "thị xã" or "thành phố" } || placeLine is null || place == placeLine) return unit;
        var folded = TextFolding.FoldLoose(place);
        if (folded == InvariantCasing.ToLower(place) || folded != TextFolding.FoldLoose(placeLine) || !unit.Name.EndsWith(place, StringComparison.Ordinal)) return unit;
        var districts = DistrictGazetteer.Default;
        if (districts.Spells(place) || !districts.Spells(placeLine)) return unit;
        var spelled = string.Join(' ', placeLine.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => w.Length > 0 ? char.ToUpperInvariant(w[0]) + w[1..] : w));
        return unit with { Name = unit.Name[..^place.Length] + spelled, Place = spelled };
    }
}
