using System.Text.RegularExpressions;
using Ingest.Indexer.Model;
using Ingest.Indexer.Parsing.Places;
using Ingest.Indexer.Parsing.Tables;
using Ingest.Indexer.Places;
using Ingest.Indexer.Text;

namespace Ingest.Indexer.Parsing.Header;

/// <summary>
/// Completes an issuer read bare, by its kind alone or without its place: headers lose the line under "ỦY BAN NHÂN
/// DÂN", texts say "UBND huyện thông báo …", a district's office writes only "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO" over its
/// district's place line. The level comes from the name, the number's code, the place line or "trên địa bàn huyện";
/// the place from the place line or another mention of the same body in the text; the province's name last. Pure and
/// thread-safe.
/// </summary>
internal sealed partial class BareIssuerCompleter
{
    private readonly DomainTables _tables;
    private readonly ProvinceGazetteer _gazetteer;
    private readonly IssuerUnitReader _units;
    private readonly IssuerCompletions _completions;
    private readonly IssuerPlaceFinder _places;

    /// <summary>A completer by <paramref name="tables"/> and <paramref name="gazetteer"/>, reading names with <paramref name="units"/>.</summary>
    internal BareIssuerCompleter(DomainTables tables, ProvinceGazetteer gazetteer, IssuerUnitReader units, IssuerCompletions completions, IssuerPlaceFinder places) =>
        (_tables, _gazetteer, _units, _completions, _places) = (tables, gazetteer, units, completions, places);

    [GeneratedRegex(@"tren dia ban\x20(?<j>tinh|huyen|xa|thanh pho|quan|phuong|thi xa)(?![a-z])", RegexOptions.CultureInvariant)]
    private static partial Regex AreaPhrase();

    /// <summary>The level of a name read without one: from the name, a national body's name, the number's code with the place line, "trên địa bàn …".</summary>
    internal void CompleteLevel(ref IssuerCandidate c, TextView view, HeaderInfo header, IReadOnlyList<(int Start, int End)> citationSpans)
    {
        if (c.Level is null && c.Name is not null && (c.Named(_units, c.Name)?.Level ?? IssuerLevels.FromText(_tables, c.Name)) is { } named)
        {
            c.Level = named;
            c.LevelConfidence = Math.Max(0.5, c.NameConfidence - 0.1);
            c.LevelEvidence.AddRange(c.NameEvidence);
        }
        if (c.Level is null && c.Name is not null && _completions.IsNational(c.Name))
        {
            c.Level = AdministrativeLevel.Central;
            c.LevelConfidence = Math.Max(0.5, c.NameConfidence - 0.1);
            c.LevelEvidence.AddRange(c.NameEvidence);
        }
        // No issuer block, "Số 70/KH-UBND" over "Cần Thơ, ngày …": the code names the kind of body, the place line
        // its seat, and the text names that committee ("Ủy ban nhân dân thành phố Cần Thơ …"); completed below as
        // a bare committee block is, a guess flagged for review.
        if (c.Name is null && c.Level is null && header.IssuerUnits.Count == 0 && header.Place is not null && _gazetteer.Exact(header.Place) is { } kindSeat
            && header.Symbol?.IssuerCode is { } kindCode && TextFolding.Fold(kindCode) is "ubnd" or "hdnd"
            && NamesCommittee(view, citationSpans, TextFolding.Fold(kindCode), $"{kindSeat.Kind} {kindSeat.Name}"))
        {
            c.Name = kindCode;
            if (header.NumberSpan is { } kindAt)
            {
                var (ks, ke) = view.ToOriginalSpan(kindAt.Start, kindAt.End);
                c.NameEvidence.Add(new Evidence("number", view.Original[ks..ke], ks, ke));
            }
        }
        CompleteVague(ref c, header);
        if (c.Level is null && AreaLevel(view, c.Evidence) is { } area)
        {
            // "trên địa bàn huyện" says where a plan applies, which is only a hint of who issued it.
            c.Level = area.Level;
            c.LevelConfidence = 0.4;
            c.LevelEvidence.Add(area.Evidence);
        }
    }

    /// <summary>The place of a name read without one: a centrally-run city's committee, a district's office by its place line, another mention in the text.</summary>
    internal void CompletePlace(ref IssuerCandidate c, TextView view, HeaderInfo header, IReadOnlyList<(int Start, int End)> citationSpans, Evidence? statement)
    {
        // "Ủy ban nhân dân thành phố ban hành …" over "Cần Thơ, ngày …": a centrally-run city's committee.
        if (c.Name is not null && c.Named(_units, c.Name) is { Place: null, Jurisdiction: "tỉnh" or "thành phố" } bare
            && header.Place is not null && _gazetteer.Exact(header.Place) is { } seat && (bare.Jurisdiction == "tỉnh" || seat.Kind == "thành phố"))
        {
            c.Level = AdministrativeLevel.Province;
            c.LevelConfidence = Math.Max(c.LevelConfidence, 0.6);
            if (header.PlaceDateEvidence is not null) c.LevelEvidence.Add(header.PlaceDateEvidence);
        }
        // "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO" over "Nhà Bè, ngày …": a district's office writes its district as the place
        // (Nghị định 30/2020/NĐ-CP Phụ lục I), named with the district's kind word when the name has one.
        if (c.Name is not null && c.Level == AdministrativeLevel.District && header.Place is { } seatLine && header.PlaceDateEvidence is { } seatEvidence
            && c.Named(_units, c.Name) is { Head.IsChild: true, Jurisdiction: null, Place: null } && DistrictGazetteer.Default.KindOf(seatLine) is { } districtKind
            && !EndsWithPlace(c.Name, seatLine))
        {
            c.Name = $"{c.Name} {districtKind} {seatLine}";
            c.NameConfidence = Math.Min(c.NameConfidence, 0.5);
            c.NameEvidence.Add(seatEvidence);
            c.Diagnostics.Add(new("issuer-completed", "warning", "the district of the issuer was read from the place line", seatEvidence.Start, seatEvidence.End));
        }
        // "HĐND huyện thông báo …" under a title naming "HĐND huyện Ngân Sơn": the body's own text names its place.
        if (c.Name is not null && c.Level is AdministrativeLevel.District or AdministrativeLevel.Commune && c.Named(_units, c.Name) is { Jurisdiction: not null, Place: null }
            && _places.Complete(view, OthersDocuments(view, citationSpans, statement), c.Name) is { } completed)
        {
            c.Name = completed.Name;
            c.NameConfidence = Math.Min(c.NameConfidence, 0.5);
            c.NameEvidence.Add(completed.Evidence);
            c.Diagnostics.Add(new("issuer-completed", "warning", "the issuer's place was read from another mention of it in the text", completed.Evidence.Start, completed.Evidence.End));
        }
    }

    // "ỦY BAN NHÂN DÂN" alone (the line under it lost) over "Thanh Hóa, ngày ...": the province's own committee,
    // a guess to be checked, since a provincial city's committee writes the same place.
    private void CompleteVague(ref IssuerCandidate c, HeaderInfo header)
    {
        if (c.Level is not null || c.Name is null || !IssuerHeads.IsVague(_units.ReadName(c.Name)) || header.Place is null || _gazetteer.Exact(header.Place) is not { } city) return;
        var likely = SeatOfProvinceAlone(header, c.Name, city);
        c.Name = $"{c.Name} {city.Kind} {city.Name}";
        c.Level = AdministrativeLevel.Province;
        c.NameConfidence = c.LevelConfidence = likely ? FieldReading.ReviewBelow : 0.5;
        if (header.PlaceDateEvidence is not null) { c.NameEvidence.Add(header.PlaceDateEvidence); c.LevelEvidence.Add(header.PlaceDateEvidence); }
        c.Diagnostics.Add(new("issuer-completed", "warning", "the issuer's jurisdiction was taken from the place line"));
    }

    // Nghị định 30/2020/NĐ-CP, Phụ lục I: a local body writes on its place line the name of the unit where it sits, a
    // district's or commune's body its own district's or commune's. So a bare committee or council over a number it
    // numbers itself (-UBND, -HĐND) and a place line naming a province that no district shares its name with
    // ("Nghệ An", "Hà Nội"; not "Thanh Hóa", also a city of that province) is the province's: likely, not a guess.
    private static bool SeatOfProvinceAlone(HeaderInfo header, string body, ProvinceRow province) =>
        header.Symbol?.IssuerCode is { } code && TextFolding.Fold(code) is var own && (own, TextFolding.FoldLoose(body)) is
            ("ubnd", "ubnd" or "uy ban nhan dan") or ("hdnd", "hdnd" or "hoi dong nhan dan")
        && DistrictGazetteer.Default.ProvincesOf(province.Name, null).Count == 0
        && DistrictGazetteer.Default.ProvincesOf(header.Place!, null).Count == 0;

    // Whether the text, outside citations, names the committee or council of the place ("UBND tỉnh Bến Tre").
    private bool NamesCommittee(TextView view, IReadOnlyList<(int Start, int End)> citations, string kindCode, string place)
    {
        var f = view.Folded;
        var limit = Math.Min(f.Length, SelfStatementReader.Window);
        var cited = new SpanSet(citations);
        var tail = " " + TextFolding.FoldLoose(place);
        string[] names = kindCode == "ubnd" ? ["uy ban nhan dan" + tail, "ubnd" + tail] : ["hoi dong nhan dan" + tail, "hdnd" + tail];
        foreach (var wanted in names)
            for (var at = f.IndexOf(wanted, 0, limit, StringComparison.Ordinal); at >= 0 && at + wanted.Length <= limit;
                 at = f.IndexOf(wanted, at + 1, limit - at - 1, StringComparison.Ordinal))
                if (!cited.Contains(at)) return true;
        return false;
    }

    private (string Level, Evidence Evidence)? AreaLevel(TextView view, List<Evidence> evidence)
    {
        var counts = new Dictionary<string, int>();
        Match? first = null;
        foreach (Match m in AreaPhrase().Matches(view.Folded))
        {
            // "trên địa bàn tỉnh Khánh Hòa" names a place; "trên địa bàn huyện" says where the plan applies.
            var word = m.Groups["j"].Value; // read once: a group's Value is a new copy at each read
            var level = _tables.FoldedJurisdictions.First(j => j.Folded.AsSpan(1, j.Folded.Length - 2).SequenceEqual(word)).Row.Level;
            counts[level] = counts.GetValueOrDefault(level) + 1;
            first ??= m;
        }
        if (counts.Count == 0 || first is null) return null;
        var best = counts.OrderByDescending(kv => kv.Value).ThenByDescending(kv => AdministrativeLevel.Rank(kv.Key)).First().Key;
        var (s, e) = view.ToOriginalSpan(first.Index, first.Index + first.Length);
        var phrase = new Evidence("phrase", view.Original[s..e], s, e);
        evidence.Add(phrase);
        return (best, phrase);
    }

    // The citations of other bodies' documents: a document the self-statement's body issues in that very sentence
    // ("UBND thị trấn ban hành Kế hoạch số 24/KH-UBND … thị trấn Hữu Lũng …") is its own, and its subject the body's
    // own words about itself.
    private static IReadOnlyList<(int Start, int End)> OthersDocuments(TextView view, IReadOnlyList<(int Start, int End)> citations, Evidence? self)
    {
        if (self is null) return citations;
        var (s, e) = view.ToNormalizedSpan(self.Start, self.End);
        var f = view.Folded;
        var verb = f.IndexOf(" ban hanh ", s, Math.Min(e, f.Length) - s, StringComparison.Ordinal);
        if (verb < 0 || f.AsSpan(s, verb - s).Contains(',')) return citations;
        return citations.Where(c => c.Start < verb || c.Start >= e).ToList();
    }

    // "Ban Dân tộc" of a province is written without the province in its own plans, and "Ủy ban nhân dân tỉnh"
    // in a self-statement; records name them in full.
    // The name is completed with the province's name of the document's date ("Ủy ban nhân dân tỉnh" of 2017 over
    // "Thừa Thiên Huế, ngày …" is "… tỉnh Thừa Thiên Huế"), under the jurisdiction word the document wrote.
    internal string? WithProvince(string? name, string? province, string? level, DateOnly? asOf)
    {
        if (name is null || province is null) return name;
        var kind = _tables.Provinces.First(p => p.Name == province).Kind;
        var folded = TextFolding.FoldLoose(name);
        if (level == AdministrativeLevel.Province && _units.ReadName(name) is { Place: null, Jurisdiction: { } bare }
            && (folded.EndsWith(" tinh", StringComparison.Ordinal) || folded.EndsWith(" thanh pho", StringComparison.Ordinal)))
            return $"{name[..^bare.Length].TrimEnd()} {bare} {ProvinceMerges.Default.NameOn(province, asOf)}";
        // The tables' agencies come folded (" name "), in the same order: folding all of them here again cost a
        // fold per agency in every parse (perf12).
        var agency = _tables.FoldedAgencies.FirstOrDefault(a => a.Folded.AsSpan(1, a.Folded.Length - 2).SequenceEqual(folded)).Row;
        // "Sở Tư pháp ban hành …": any body whose head makes it a province's department, listed or not.
        var department = level == AdministrativeLevel.Province
            && _units.ReadName(name) is { Head: { IsChild: true, Level: AdministrativeLevel.Province }, Place: null, Jurisdiction: null };
        if (agency is not { ProvinceSuffix: true } && !department) return name;
        return $"{name} {kind} {province}";
    }

    // "TRUNG TÂM Y TẾ MÊ LINH" over "Mê Linh, ngày …": the name already ends with its district's name.
    private static bool EndsWithPlace(string name, string place) =>
        TextFolding.FoldLoose(name).EndsWith(" " + TextFolding.FoldLoose(place), StringComparison.Ordinal);
}
