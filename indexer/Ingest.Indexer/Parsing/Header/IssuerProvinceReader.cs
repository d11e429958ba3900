using Ingest.Indexer.Model;
using Ingest.Indexer.Parsing.Places;
using Ingest.Indexer.Parsing.Tables;
using Ingest.Indexer.Places;
using Ingest.Indexer.Text;

namespace Ingest.Indexer.Parsing.Header;

/// <summary>
/// Reads the province of an issuer already named, with its evidence. Real texts give it in many ways, most direct
/// first: the header block's place ("UBND TỈNH HÀ TĨNH"), a district's name that only one province has ("UBND HUYỆN
/// NHÀ BÈ"), the place-date line, the provinces the text names outside citations, and for a commune that names none
/// the district whose committee's documents it carries out. Pure and thread-safe.
/// </summary>
internal sealed class IssuerProvinceReader
{
    private readonly ProvinceGazetteer _gazetteer;
    private readonly IssuerDistricts _districts;
    private readonly IssuerUnitReader _units;

    /// <summary>A reader knowing provinces by <paramref name="gazetteer"/>, districts by <paramref name="districts"/>, bodies' names by <paramref name="units"/>.</summary>
    internal IssuerProvinceReader(ProvinceGazetteer gazetteer, IssuerDistricts districts, IssuerUnitReader units) =>
        (_gazetteer, _districts, _units) = (gazetteer, districts, units);

    private static bool InIssuerBlock(HeaderInfo header, int at)
    {
        foreach (var u in header.IssuerUnits)
            if (at >= u.Start && at < u.End) return true;
        return false;
    }

    /// <summary>
    /// The issuer's province, most direct evidence first: the header block's place ("UBND TỈNH HÀ TĨNH"), the
    /// issuer's name, the place-date line, then the provinces the text names. A place line that names another
    /// province than the header is reported (mirrors print "Hà Nội" over a province's documents).
    /// </summary>
    internal ProvinceResult Read(TextView view, HeaderInfo header, IssuerUnit? unit, string? name, string? level,
        IReadOnlyList<(int Start, int End)> citations, List<Evidence> evidence, List<Diagnostic> diagnostics)
    {
        if (level == AdministrativeLevel.Central) return new ProvinceResult(null, 1, []);
        var placed = header.Place is not null ? _gazetteer.Exact(header.Place) : null;
        // Read only when a district's name is shared: the provinces the place line and the text name.
        // The issuer block's own words are not support: "PHÒNG GD & ĐT HÒA BÌNH" names a district two provinces have
        // (Bạc Liêu's huyện, Hòa Bình's city), and its "HÒA BÌNH" read again as a province would pick one (corpus README,
        // `if-` batch: no province).
        // The text's province names, read once and only when asked for: each reading is a pass over the whole text.
        var provinceNames = new Lazy<List<(ProvinceRow Row, int Start, int End)>>(() => _gazetteer.FindAll(view.Normalized, view.Folded).ToList(), LazyThreadSafetyMode.None);
        IEnumerable<string> Support()
        {
            foreach (var p in provinceNames.Value.Where(x => !InIssuerBlock(header, x.Start)).Select(x => x.Row.Name).Append(placed?.Name).OfType<string>().Distinct())
                yield return p;
        }
        var support = Support();
        ProvinceResult? fromHeader = null;
        for (var i = header.IssuerUnits.Count - 1; i >= 0 && fromHeader is null && unit is not null; i--)
        {
            var u = header.IssuerUnits[i];
            var line = header.IssuerLines[Math.Min(i, header.IssuerLines.Count - 1)];
            // "UBND HUYỆN QUẢNG NINH" is a district of Quảng Bình: a district's own name is read as a district first.
            var districts = _districts.Candidates(u);
            if (districts.Count > 0)
            {
                if (IssuerDistricts.Decide(districts, support) is { } p) { fromHeader = new ProvinceResult(p, districts.Count == 1 ? 0.85 : 0.6, [line]); break; }
                diagnostics.Add(new("district-ambiguous", "info", $"the district in '{u.Name}' is in several provinces ({string.Join(", ", districts)})", line.Start, line.End));
                // Undecided, the name is a district's, never the province it may also name ("PHÒNG GD & ĐT HÒA BÌNH").
                continue;
            }
            var row = u.Place is not null ? _gazetteer.Exact(u.Place) ?? _gazetteer.FirstIn(u.Place) : _gazetteer.FirstIn(u.Name);
            if (row is not null && !NamesLowerUnit(TextFolding.FoldLoose(u.Name), row)) fromHeader = new ProvinceResult(row.Name, 0.9, [line]);
        }
        fromHeader ??= name is not null && _gazetteer.FirstIn(name) is { } named && !NamesLowerUnit(TextFolding.FoldLoose(name), named) ? new ProvinceResult(named.Name, 0.8, []) : null;
        fromHeader ??= DistrictOfName(name, header, level, support);
        if (fromHeader is not null)
        {
            if (placed is not null && placed.Name != fromHeader.Name && header.PlaceDateEvidence is { } pe)
                diagnostics.Add(new("province-conflict", "info", $"the place line names {placed.Name}, the issuer {fromHeader.Name}", pe.Start, pe.End));
            return fromHeader;
        }
        // "Hà Nội, ngày …" under an issuer not read is as likely a central body's (they all sit in the capital) as the
        // city's: no province from it alone (the `is-` batch: a statistics office's annex, a central youth federation).
        var capitalLine = level is null && placed is { Capital: true };
        if (placed is not null && header.PlaceDateEvidence is not null && !capitalLine)
            return new ProvinceResult(placed.Name, level == AdministrativeLevel.Province ? 0.85 : 0.7, [header.PlaceDateEvidence]);
        // No header: the province the text names most often, outside citations of other bodies' documents.
        var cited = new SpanSet(citations);
        // The issuer block's words were read as the issuer above; they are no mention of a place.
        var all = provinceNames.Value.Where(x => !LowerUnitBefore(view.Folded, x.Start) && !InIssuerBlock(header, x.Start)
            && !(capitalLine && InPlaceLine(view, header, x.Start))).ToList();
        var mentions = all.Where(x => !cited.Contains(x.Start)).ToList();
        // Last resort: a district or commune plan names its province in the documents it cites
        // ("Kế hoạch số 45/KH-UBND ... của UBND tỉnh Đồng Nai").
        var source = "mention";
        if (mentions.Count == 0) (mentions, source) = (all, "citation");
        if (mentions.Count == 0) return CitedDistrict(view, name, level, unit is not null, cited, evidence, diagnostics) ?? new ProvinceResult(null, 0, []);
        // A text dated after the 2025 merger that names a merged province ("thị xã Kiến Tường-Long An" in a plan of a
        // Tây Ninh school) names the province it now belongs to: counted as one, as the plan keeps its date's province.
        var day = PlanDate.DayOf(header);
        string Unit(string province) => day is { } d && d >= ProvinceMerges.Default.Effective ? ProvinceMerges.Default.ProvinceOn(province, d) : province;
        var ranked = mentions.GroupBy(x => Unit(x.Row.Name)).OrderByDescending(g => g.Count()).ThenBy(g => g.Min(x => x.Start)).ToList();
        // "… phối hợp với Ủy ban nhân dân các tỉnh: Tuyên Quang, Hà Giang, Cao Bằng …": provinces named as often as each
        // other are the text's subject, not its issuer's place; the first of a list is no reading (left empty).
        if (ranked.Count > 1 && ranked[0].Count() == ranked[1].Count()) return new ProvinceResult(null, 0, []);
        var top = ranked[0];
        var firstMention = top.OrderBy(x => x.Start).First();
        var (s, e) = view.ToOriginalSpan(firstMention.Start, firstMention.End);
        var found = new Evidence(source, view.Original[s..e], s, e);
        evidence.Add(found);
        // Named often and by nothing else: likely; named once or only in citations: a guess to check. A district's or
        // commune's body read from its header block, in a text that names no other province, in its own words or in the
        // documents it carries out ("Kế hoạch số 15/KH-UBND … của UBND tỉnh Thanh Hóa"), sits in that province: likely
        // too (corpus README, `ij-` batch: the province of the bodies the text answers to).
        var alone = all.Select(x => Unit(x.Row.Name)).Distinct().Count() == 1
            && unit is not null && level is AdministrativeLevel.District or AdministrativeLevel.Commune;
        var confidence = source == "citation" ? (alone ? 0.6 : 0.4) : top.Count() >= 2 && mentions.Select(x => Unit(x.Row.Name)).Distinct().Count() == 1 ? 0.7 : alone ? 0.6 : 0.5;
        return new ProvinceResult(top.Key, confidence, [found]);
    }

    private static bool InPlaceLine(TextView view, HeaderInfo header, int at) =>
        header.PlaceDateEvidence is { } line && view.ToOriginal(at) is var o && o >= line.Start && o < line.End;

    private const string FrontCommittee = "uy ban mttq ";
    private static readonly string[] DistrictCommittees = ["ubnd ", "uy ban nhan dan ", FrontCommittee];
    private static readonly string[] FrontNameTails = ["viet nam ", "vn "];

    private static int AfterFrontName(string folded, int at)
    {
        foreach (var tail in FrontNameTails)
            if (string.CompareOrdinal(folded, at, tail, 0, tail.Length) == 0) return at + tail.Length;
        return at;
    }
    private static readonly string[] DistrictKindWords = ["huyen ", "quan ", "thi xa ", "thanh pho "];

    /// <summary>
    /// A commune's people's committee or council that names no province but carries out the documents of its
    /// district's committee ("Căn cứ Kế hoạch số 2672/KH-UBND … của UBND huyện Cẩm Xuyên"): the commune sits in that
    /// district, and a district's name that exists in one province only gives that province (corpus README). The
    /// district's Fatherland Front committee counts as its people's committee does (corpus README, `je-` batch). Only
    /// district committees written in citations, all naming one district; a district body mentioned otherwise ("trình
    /// UBND huyện Phú Bình", "Trung tâm Văn hóa quận Hà Đông") says nothing of where the commune is.
    /// </summary>
    private ProvinceResult? CitedDistrict(TextView view, string? name, string? level, bool fromHeader, SpanSet cited, List<Evidence> evidence, List<Diagnostic> diagnostics)
    {
        if (level != AdministrativeLevel.Commune || name is null) return null;
        var own = TextFolding.FoldLoose(name);
        if (!own.Contains("uy ban nhan dan", StringComparison.Ordinal) && !own.Contains("ubnd", StringComparison.Ordinal)
            && !own.Contains("hoi dong nhan dan", StringComparison.Ordinal) && !own.Contains("hdnd", StringComparison.Ordinal)) return null;
        var (n, f) = (view.Normalized, view.Folded);
        var limit = Math.Min(f.Length, SelfStatementReader.Window);
        string? district = null, province = null;
        (int Start, int End) at = default;
        foreach (var committee in DistrictCommittees)
            for (var i = f.IndexOf(committee, 0, limit, StringComparison.Ordinal); i >= 0 && i + committee.Length < limit;
                 i = f.IndexOf(committee, i + 1, limit - i - 1, StringComparison.Ordinal))
            {
                if (i > 0 && char.IsLetterOrDigit(f[i - 1]) || !cited.Contains(i)) continue;
                var k = i + committee.Length;
                // "… của Ban Thường trực Ủy ban MTTQ Việt Nam huyện Long Điền" (je-ubnd-xa-tam-phuoc-kh-2020-ngay-hoi-dai-
                // doan-ket-headerless): the district's Front committee, whose plan the commune carries out as it does its
                // people's committee's; the district word may follow the committee's own name.
                if (committee == FrontCommittee) k = AfterFrontName(f, k);
                var kind = DistrictKindWords.FirstOrDefault(w => string.CompareOrdinal(f, k, w, 0, w.Length) == 0);
                if (kind is null || IssuerPlaceFinder.PlaceEnd(n, k + kind.Length) is not { } end) continue;
                var place = n[(k + kind.Length)..end];
                if (district is not null && TextFolding.FoldLoose(district) != TextFolding.FoldLoose(place)) return null;
                if (_districts.PlaceCandidates($"{kind}{place}") is not [var only]) return null;
                if (district is null) (district, province, at) = (place, only, (i, end));
            }
        if (province is null) return null;
        var (s, e) = view.ToOriginalSpan(at.Start, at.End);
        var found = new Evidence("citation", view.Original[s..e], s, e);
        evidence.Add(found);
        diagnostics.Add(new("province-from-district", "info", $"the province was read from the district whose committee's document the text carries out ({district})", s, e));
        // A commune whose header names it, carrying out one district's documents: that district's province is likely.
        return new ProvinceResult(province, fromHeader ? 0.6 : 0.5, [found]);
    }

    // Words that make the name after them a district's or a commune's: "xã Hòa Bình", "phường Quảng Ninh" name no province.
    // The communes' and districts' words, and the villages' below them: a khóm, ấp, thôn or bản often bears a
    // province's name ("gồm các khóm: Khánh Hòa, Đông Quới" in a decision of phường Sa Đéc, Đồng Tháp; "Trưởng khóm
    // Khánh Hoà"), which says nothing of where the issuer sits (tests/corpus/README.md, the `ip-` batch).
    private static readonly string[] LowerUnitWords = ["xa", "phuong", "thi tran", "dac khu", "huyen", "quan", "thon", "ap", "khom", "xom", "buon", "ban", "khu pho", "to dan pho"];

    private static bool LowerUnitBefore(string folded, int at)
    {
        // "các khóm: Khánh Hòa": the colon of a list of villages.
        var head = folded.AsSpan(0, at).TrimEnd(' ').TrimEnd(':').TrimEnd(' ');
        // "thị xã Quảng Trị": a town takes its province's name.
        if (head.EndsWith("thi xa", StringComparison.Ordinal)) return false;
        foreach (var w in LowerUnitWords)
            if (head.EndsWith(w, StringComparison.Ordinal) && (head.Length == w.Length || head[head.Length - w.Length - 1] == ' ')) return true;
        return false;
    }

    // The name ends with a district's or commune's jurisdiction and the province's name: the unit's name, not the province.
    private static bool NamesLowerUnit(string foldedName, ProvinceRow row) =>
        row.Aliases.Append(row.Name).Select(TextFolding.FoldLoose)
            .Any(p => foldedName.EndsWith(" " + p, StringComparison.Ordinal) && LowerUnitBefore(foldedName, foldedName.Length - p.Length));

    // "Hội đồng nhân dân huyện Ngân Sơn" read from the body, or a district body over "Nhà Bè, ngày ...": the
    // district's province. A commune's place line names the commune, never a district, so it is not read so.
    private ProvinceResult? DistrictOfName(string? name, HeaderInfo header, string? level, IEnumerable<string> support)
    {
        if (name is not null && _units.ReadName(name) is { } said && _districts.Candidates(said) is { Count: > 0 } fromName
            && IssuerDistricts.Decide(fromName, support) is { } p)
            return new ProvinceResult(p, fromName.Count == 1 ? 0.75 : 0.55, []);
        if (level != AdministrativeLevel.District || header.Place is null || header.PlaceDateEvidence is null) return null;
        var fromPlace = _districts.PlaceCandidates(header.Place);
        return IssuerDistricts.Decide(fromPlace, support) is { } q ? new ProvinceResult(q, fromPlace.Count == 1 ? 0.7 : 0.5, [header.PlaceDateEvidence]) : null;
    }
}
