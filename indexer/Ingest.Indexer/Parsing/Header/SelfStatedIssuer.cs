using Ingest.Indexer.Model;
using Ingest.Indexer.Parsing.Places;
using Ingest.Indexer.Parsing.Tables;
using Ingest.Indexer.Text;

namespace Ingest.Indexer.Parsing.Header;

/// <summary>
/// Weighs the issuer a sentence of the body names ("Ban Dân tộc ban hành Kế hoạch … như sau", "UBND huyện thông báo …")
/// against what the header gave: it completes a header's bare kind of body, names the issuer of a text without a
/// header, and keeps a district's office that does not say whose from being filed as no one's or as the wrong
/// district's. Pure and thread-safe.
/// </summary>
internal sealed class SelfStatedIssuer
{
    private readonly DomainTables _tables;
    private readonly IssuerUnitReader _units;
    private readonly IssuerDistricts _districts;
    private readonly IssuerPlaceFinder _places;

    /// <summary>A stage by <paramref name="tables"/>, reading names with <paramref name="units"/>, places with <paramref name="districts"/> and <paramref name="places"/>.</summary>
    internal SelfStatedIssuer(DomainTables tables, IssuerUnitReader units, IssuerDistricts districts, IssuerPlaceFinder places) =>
        (_tables, _units, _districts, _places) = (tables, units, districts, places);

    /// <summary>Applies the self-statement <paramref name="self"/> to the issuer read so far from the header block's <paramref name="unit"/>.</summary>
    internal void Apply(ref IssuerCandidate c, TextView view, HeaderInfo header, IReadOnlyList<(int Start, int End)> citationSpans,
        IssuerUnit? unit, (string Name, Evidence Evidence) self)
    {
        c.Evidence.Add(self.Evidence);
        var said = _units.ReadName(self.Name);
        // "ỦY BAN NHÂN DÂN" alone in the header, "Ủy ban nhân dân tỉnh ban hành ..." in the body: the body says which.
        // "BAN CHẤP HÀNH TRUNG ƯƠNG" in the header, "Ban Chấp hành Trung ương Đoàn TNCS Hồ Chí Minh ban hành ...": the whole name.
        if (unit is not null && c.Name == unit.Name && IssuerCompletions.Extends(c.Name, self.Name))
        {
            c.Name = self.Name;
            c.NameConfidence = Math.Min(c.NameConfidence, 0.7);
            c.NameEvidence.Add(self.Evidence);
        }
        // "Phòng Giáo dục và Đào tạo đề nghị ...": a district's office that does not say whose is no issuer yet.
        // A school's head fixes its level and its own name follows ("Trường mầm non Vân Từ"): it is named; so is a
        // board named after its school ("Hội đồng tuyển sinh trường MN Kiến Hưng xây dựng kế hoạch …",
        // ir-mn-kien-hung-kh-tuyen-sinh-2025-headerless-portal), a commune's by the school's level code, with no place word.
        else if (said is { Head: { IsChild: true, Level: null }, Place: null } && !(said is { Jurisdiction: null, Level: AdministrativeLevel.Commune }) && IssuerHeads.LevelOf(said, self.Name, _tables) is AdministrativeLevel.District or AdministrativeLevel.Commune)
            ChildOffice(ref c, view, citationSpans, self, said);
        else if (c.Name is null && said?.Head is not null || IssuerHeads.IsVague(unit) && said?.Level is not null && IssuerHeads.SameHead(unit!, said) && c.Name == unit!.Name)
        {
            c.Name = self.Name;
            // "Vậy, UBND huyện thông báo …" in a text whose only naming of a district's committee is the issuer of the
            // notice it changes ("Thông báo số 658/TB-UBND … của UBND huyện Phú Vang"): the same body, named in the
            // same text (corpus README, `ii-` batch). A place named outside citations comes first; two places, none.
            // "Thông báo số 217/TB-UBND … của UBND thị xã Điện Bàn V/v …" over "UBND thị xã thông báo:": the line in
            // which the text names itself by its own number writes the same body with its place.
            if (c.Name is not null && unit is null && said is { Place: null } && header is { SelfNamedIssuer: { } full, SelfNamedEvidence: { } fullAt }
                && IssuerCompletions.Extends(c.Name, full))
            {
                c.Name = full;
                c.NameEvidence.Add(fullAt);
            }
            else if (c.Name is not null && unit is null && said is { Jurisdiction: "huyện" or "quận" or "thị xã" or "xã" or "phường" or "thị trấn", Place: null }
                && (_places.Complete(view, citationSpans, c.Name) ?? _places.Complete(view, [], c.Name)) is { } same)
            {
                c.Name = same.Name;
                c.NameEvidence.Add(same.Evidence);
            }
            // "Cục Lãnh sự trân trọng đề nghị …" (ka-cuc-lanh-su-cv-2025-ho-chieu-truc-tuyen-headerless-md): a name with no
            // place sits where its head word says, as a self-named issuer does (issuer-heads.json fallbackLevel).
            c.Level ??= said?.Level ?? IssuerLevels.FromText(_tables, self.Name) ?? said?.Head?.FallbackLevel;
            c.NameConfidence = 0.6;
            c.LevelConfidence = c.Level is null ? 0 : 0.7;
            c.NameEvidence.Add(self.Evidence);
            c.LevelEvidence.Add(self.Evidence);
        }
    }

    // A district's or commune's office or school the text names without saying whose: named where the text gives its
    // district, completed from another mention, or kept as incomplete with its level.
    private void ChildOffice(ref IssuerCandidate c, TextView view, IReadOnlyList<(int Start, int End)> citationSpans, (string Name, Evidence Evidence) self, IssuerUnit said)
    {
        // "Phòng Giáo dục và Đào tạo Mộc Châu yêu cầu …": the office named after its district, as a header writes
        // "PHÒNG GD&ĐT DIỄN CHÂU", is named whole.
        if (c.Name is null && _districts.Candidates(said).Count > 0)
            c.Take(self.Name, c.Level ?? AdministrativeLevel.District, 0.5, self.Evidence);
        else if (c.Name is null && _places.Complete(view, citationSpans, self.Name) is { } placed)
        {
            // "Phòng Giáo dục và Đào tạo đề nghị …" in a text that names "Phòng GD&ĐT huyện Bình Chánh".
            // "Phòng Giáo dục- Đào tạo yêu cầu …" (pd-pgddt-tp-hue-tb-tong-ve-sinh-2018): the name in its full spelling.
            c.Name = _units.Respell(placed.Name);
            // "… trên địa bàn thành phố Huế" in 2018: a district's office sits in a district, whatever the place's
            // rank today (Huế, a city of Thừa Thiên Huế then, is a province since 2025); the place never raises it.
            var placedLevel = _units.ReadName(placed.Name)?.Level;
            c.Level ??= placedLevel is AdministrativeLevel.District or AdministrativeLevel.Commune
                ? placedLevel : IssuerHeads.LevelOf(said, self.Name, _tables);
            (c.NameConfidence, c.LevelConfidence) = (0.5, c.Level is null ? 0 : 0.5);
            c.NameEvidence.AddRange([self.Evidence, placed.Evidence]);
            c.LevelEvidence.AddRange([self.Evidence, placed.Evidence]);
            c.Diagnostics.Add(new("issuer-completed", "warning", $"the text names its issuer '{self.Name}' without its place; another mention of it gives the place", placed.Evidence.Start, placed.Evidence.End));
        }
        // "Ban Tuyên giáo Huyện ủy đề nghị các tổ chức cơ sở đảng …" (kb-btg-huyen-uy-cv-2020-07-headerless,
        // kb-btg-huyen-uy-cv-2020-130-nam-ngay-sinh-bac-headerless): a Party body named after its district's committee
        // (Hướng dẫn 36-HD/VPTW) is that committee's organ, a name whole as the text writes it where the text names no
        // district at all; two districts named leave it open which committee's.
        else if (c.Name is null && _places.NamesNoDistrict(view, citationSpans, self.Name))
        {
            c.Take(self.Name, c.Level ?? AdministrativeLevel.District, 0.5, self.Evidence);
            c.Diagnostics.Add(WithoutDistrict(self));
        }
        // "Phòng Giáo dục và Đào tạo đề nghị …" in a text that names no district at all (dc-pgd-quan-11-cv-benh-truyen-
        // nhiem-2025): the office as written, as a committee named by its kind alone is ("UBND huyện", corpus README),
        // with a warning and a low confidence, so the record is flagged for review.
        else if (c.Name is null && IssuerHeads.LevelOf(said, self.Name, _tables) is AdministrativeLevel.District && _places.NamesNoDistrictAnywhere(view))
        {
            c.Take(self.Name, c.Level ?? AdministrativeLevel.District, 0.5, self.Evidence);
            c.Diagnostics.Add(WithoutDistrict(self));
        }
        else
        {
            c.Diagnostics.Add(WithoutDistrict(self));
            // "Thường trực Hội đồng nhân dân xã": which commune is not said, that it is a commune's body is; a
            // Phòng is a district's office whichever district it is.
            if (c.Level is null && IssuerHeads.LevelOf(said, self.Name, _tables) is { } saidLevel)
            {
                (c.Level, c.LevelConfidence) = (saidLevel, 0.5);
                c.LevelEvidence.Add(self.Evidence);
            }
        }
    }

    private static Diagnostic WithoutDistrict((string Name, Evidence Evidence) self) =>
        new("issuer-incomplete", "warning", $"the text names its issuer '{self.Name}' without its district", self.Evidence.Start, self.Evidence.End);
}
