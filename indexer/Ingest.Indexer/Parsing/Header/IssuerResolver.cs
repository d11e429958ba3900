using Ingest.Indexer.Model;
using Ingest.Indexer.Parsing.Citations;
using Ingest.Indexer.Parsing.Places;
using Ingest.Indexer.Parsing.Tables;
using Ingest.Indexer.Places;
using Ingest.Indexer.Text;

namespace Ingest.Indexer.Parsing.Header;

/// <summary>
/// Decides who issued a plan, its level and province, from every clue and with the evidence for each: the
/// header lines, a self-statement in the body ("Ban Dân tộc ban hành Kế hoạch ... như sau"), the issuer code
/// of the own number (-BDT, -UBND), the place line, phrases such as "trên địa bàn huyện", and the provinces
/// the text names. Unknown is a valid answer. Pure and thread-safe.
/// </summary>
public sealed class IssuerResolver
{
    private readonly DomainTables _tables;
    private readonly ProvinceGazetteer _gazetteer;
    private readonly IssuerUnitReader _units;
    private readonly IssuerDistricts _districts;
    private readonly IssuerCompletions _completions;
    private readonly SelfStatementReader _self;
    private readonly IssuerPlaceFinder _places;
    private readonly IssuerProvinceReader _provinces;
    private readonly IssuerSpelling _spelling;
    private readonly IssuerElsewhereReader _elsewhere;
    private readonly IssuerBlockReader _block;
    private readonly SelfStatedIssuer _stated;
    private readonly BareIssuerCompleter _bare;

    public IssuerResolver(DomainTables tables, ProvinceGazetteer gazetteer, IssuerReader reader, IssuerUnitReader units)
    {
        _units = units;
        _districts = new IssuerDistricts(gazetteer);
        _completions = new IssuerCompletions(tables, units);
        _tables = tables;
        _gazetteer = gazetteer;
        _self = new SelfStatementReader(tables, reader, units);
        _places = new IssuerPlaceFinder(units, gazetteer);
        _provinces = new IssuerProvinceReader(gazetteer, _districts, units);
        _spelling = new IssuerSpelling(tables, gazetteer);
        _elsewhere = new IssuerElsewhereReader(tables, reader, units);
        _block = new IssuerBlockReader(tables, gazetteer, units, _completions);
        _stated = new SelfStatedIssuer(tables, units, _districts, _places);
        _bare = new BareIssuerCompleter(tables, gazetteer, units, _completions, _places);
    }

    /// <summary>Resolves the issuer. <paramref name="citationSpans"/>: normalized spans of citations (mentions of other bodies there are not evidence);
    /// <paramref name="signer"/>: the signature block, whose "TM. ỦY BAN NHÂN DÂN XÃ …" names the body when nothing before it does.</summary>
    public IssuerReading Resolve(TextView view, HeaderInfo header, IReadOnlyList<(int Start, int End)> citationSpans, Signer? signer = null)
    {
        var c = new IssuerCandidate();
        var joint = _block.JointLevel(header);
        var (unit, department) = joint is null ? _block.Read(view, header, c.Diagnostics) : default;
        // "CĐ - UBND" over a telegram whose line "CHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN THỌ XUÂN điện:" names its sender: the
        // sender line is the telegram's own naming of who sends it (corpus README, `iz-` batch).
        Evidence? senderLine = null;
        if ((unit is null || IssuerHeads.IsVague(unit)) && department is null && header.Sender is { } sent && _elsewhere.Sender(sent.Sender) is { } bySender)
            (unit, senderLine) = (bySender, sent.Evidence);
        FromHeaderBlock(ref c, header, unit, department, senderLine, joint);
        var self = _self.Read(view, citationSpans, header.BodyStart, header.DocType, header.Symbol?.Number);
        if (self is not null) _stated.Apply(ref c, view, header, citationSpans, unit, self.Value);
        FromOtherLines(ref c, view, header, signer);
        FromEnactingLine(ref c, header, unit);
        var codeRow = header.Symbol?.IssuerCode is { } code ? _tables.IssuerByCode(code) : null;
        FromNumberCode(ref c, view, header, unit, codeRow);
        _bare.CompleteLevel(ref c, view, header, citationSpans);
        _bare.CompletePlace(ref c, view, header, citationSpans, self?.Evidence);
        var province = _provinces.Read(view, header, unit, c.Name, c.Level, citationSpans, c.Evidence, c.Diagnostics);
        if (header.PlaceDateEvidence is not null) c.Evidence.Add(header.PlaceDateEvidence);
        c.Name = _bare.WithProvince(c.Name, province.Name, c.Level, PlanDate.DayOf(header));
        var saidOnlyInText = WithdrawDoubtful(ref c, header, unit, joint, codeRow);
        ReportMissing(ref c, province);
        return Reading(ref c, view, header, province, self?.Evidence, saidOnlyInText);
    }

    // The issuer the header's block names, spelt as the tables spell it and completed by the number's code.
    private void FromHeaderBlock(ref IssuerCandidate c, HeaderInfo header, IssuerUnit? unit, string? department, Evidence? senderLine, (string? Level, int Bodies)? joint)
    {
        if (unit is not null)
        {
            c.Name = _spelling.Listed(unit.Name);
            c.Level = unit.Level;
            // "CỤC THUẾ" / "THUẾ TỈNH VĨNH LONG": a line of its own under a known body that names its jurisdiction and place
            // is a body by the header's layout, though no head word names its kind.
            var placedLine = unit is { Head: null, Jurisdiction: not null, Place: not null } && header.IssuerUnits is [.., { Head: not null }, _];
            c.NameConfidence = unit.Head is not null ? 0.9 : placedLine ? 0.7 : 0.5;
            c.LevelConfidence = c.Level is null ? 0 : 0.9;
            c.NameEvidence.AddRange(senderLine is null ? header.IssuerLines : [senderLine]);
            c.LevelEvidence.AddRange(senderLine is null ? header.IssuerLines : [senderLine]);
            if (unit.Head is null && !placedLine) c.Diagnostics.Add(new("issuer-unrecognized", "warning", "the header's issuer block opens with no known body; check it", header.IssuerLines[^1].Start, header.IssuerLines[^1].End));
            if (IssuerCompletions.PartyCentralCommittee(unit.Name, header.Symbol) is { } party) c.Name = party;
            else if (_completions.PartyBodyFromCode(c.Name, header.Symbol) is { } partyBody) c.Name = partyBody;
            // "BAN CHẤP HÀNH TRUNG ƯƠNG" over "Số: 367-QĐ/TWĐTN-VP": the code names whose central committee it is ("Trung
            // ương Đoàn TNCS Hồ Chí Minh"), the block's last words the first of the code's name.
            else if (header.Symbol?.IssuerCodes is [var firstCode, ..] && _tables.IssuerByCode(firstCode) is { Scope: "central" } codedBody
                && IssuerCompletions.Overlapped(c.Name, codedBody.Name) is { } whole) c.Name = whole;
            // "BỘ VĂN HOÁ, THỂ THAO |" over "Số: 274/CT-BVHTTDL": a mirror cut the ministry's name inside its list of
            // fields; the code names the one central body whose name the block's words begin.
            else if (header.Symbol?.IssuerCodes is [var code0, ..] && _tables.IssuerByCode(code0) is { Scope: "central" } cut
                && IssuerCompletions.BeginsName(c.Name, cut.Name)) c.Name = cut.Name;
            else if (IssuerHeads.IsVague(unit) && header.Symbol?.IssuerCode is { } ownCode && IssuerCompletions.CodeSpellsHead(unit, ownCode)
                && _completions.NationalBody(c.Name) is { } national)
            {
                (c.Name, c.Level) = (national, AdministrativeLevel.Central);
                c.LevelConfidence = c.NameConfidence = 0.6;
            }
            if (JointIssuerHeader.Named(header, _tables) is { } bodies)
                (c.Name, c.Level, c.LevelConfidence) = (bodies, AdministrativeLevel.Central, 0.9);
        }
        else if (department is not null)
        {
            // The lost line under "ỦY BAN NHÂN DÂN", read from the number's code and the place line.
            (c.Name, c.Level, c.NameConfidence, c.LevelConfidence) = (department, AdministrativeLevel.Province, 0.5, 0.5);
            if (header.PlaceDateEvidence is not null) { c.NameEvidence.Add(header.PlaceDateEvidence); c.LevelEvidence.Add(header.PlaceDateEvidence); }
            c.Diagnostics.Add(new("issuer-completed", "warning", "the issuer was read from the number's code and the place line"));
        }
        c.Evidence.AddRange(header.IssuerLines);
        // The level the joint bodies share is the document's ("BỘ Y TẾ - …, BỘ CÔNG AN - …": central).
        if (joint?.Level is { } shared)
        {
            (c.Level, c.LevelConfidence) = (shared, 0.6);
            c.LevelEvidence.AddRange(header.IssuerLines);
        }
    }

    // A text whose header names no issuer: the lines that name it elsewhere, in the order they are trusted.
    private void FromOtherLines(ref IssuerCandidate c, TextView view, HeaderInfo header, Signer? signer)
    {
        // "Báo cáo số 228/BC-UBND ngày 05/12/2023 của UBND phường Hà Phong về …": where a headerless text names
        // itself by its own number, the body written with that number issued it.
        if (c.Name is null && header.SelfNamedIssuer is { } namedBy && header.SelfNamedEvidence is { } namedAt
            && _units.ReadName(namedBy) is { Head: not null } namedUnit)
        {
            // "của Cục Thống kê": a name with no place sits where its head word says (issuer-heads.json fallbackLevel).
            c.Take(namedBy, c.Level ?? IssuerHeads.LevelOf(namedUnit, namedBy, _tables), 0.6, namedAt);
        }
        if (c.Name is null && _elsewhere.Signature(view, signer) is { } signed)
        {
            c.Take(signed.Name, c.Level ?? signed.Level, 0.5, signed.Evidence);
            c.Evidence.Add(signed.Evidence);
            c.Diagnostics.Add(new("issuer-from-signature", "warning", "the issuer was read from the signature block", signed.Evidence.Start, signed.Evidence.End));
        }
        if (c.Name is null && (_elsewhere.Heading(header) ?? _elsewhere.Congress(header)) is { } headed)
            c.Take(headed.Name, headed.Level, 0.6, HeadingEvidence(view, header.Title!));
        if (c.Name is null && _elsewhere.Annex(view, header) is { } annexed)
            c.Take(annexed.Name, annexed.Level, 0.6, header.PlaceDateEvidence!);

        // "(Đại hội đại biểu toàn quốc lần thứ XI Đoàn TNCS Hồ Chí Minh thông qua ngày 13/12/2017)": the congress that
        // adopted a charter issues it; a national congress ("toàn quốc") is central, another sits where its words say.
        if (c.Name is null && header.AdoptedBy is { } adopter && header.PlaceDateEvidence is { Source: "adoption" } adoption)
        {
            var level = TextFolding.FoldLoose(adopter).Contains(" toan quoc ", StringComparison.Ordinal) ? AdministrativeLevel.Central
                : IssuerLevels.FromText(_tables, adopter);
            c.Take(adopter, level, 0.6, adoption);
        }
    }

    // Where a heading that names its issuer ("của Ban Thường vụ Huyện ủy …", "ĐẠI HỘI ĐẠI BIỂU ĐẢNG BỘ … LẦN THỨ …") stands:
    // the title's first words, found again in the text, so the issuer read from it shows its evidence as a header's does.
    private static Evidence? HeadingEvidence(TextView view, string title)
    {
        var key = TextFolding.Fold(title);
        var at = view.Folded.IndexOf(key, StringComparison.Ordinal);
        // A title joined from lines a page broke with other marks: its first words, to a word's end.
        if (at < 0 && key.LastIndexOf(' ', Math.Min(key.Length - 1, 40)) is var cut and > 0)
            at = view.Folded.IndexOf(key = key[..cut], StringComparison.Ordinal);
        if (at < 0) return null;
        var (s, e) = view.ToOriginalSpan(at, at + key.Length);
        return new Evidence("heading", view.Original[s..e], s, e);
    }

    private void FromEnactingLine(ref IssuerCandidate c, HeaderInfo header, IssuerUnit? unit)
    {
        // A decision or resolution names its enacting body under the title ("HỘI ĐỒNG NHÂN DÂN TỈNH HÀ GIANG").
        if (header.Enacting is { } enacting && enacting.Unit.Level is not null
            && (c.Name is null || IssuerHeads.IsVague(unit) && unit!.Head is not null && IssuerHeads.SameHead(unit, enacting.Unit)))
        {
            c.Name = IssuerCompletions.NationalInTitle(enacting.Unit.Name, header.Title) ?? enacting.Unit.Name;
            c.Level = enacting.Unit.Level;
            c.NameConfidence = unit is null ? 0.7 : 0.8;
            c.LevelConfidence = c.NameConfidence;
            c.NameEvidence.Add(enacting.Evidence);
            c.LevelEvidence.Add(enacting.Evidence);
            c.Evidence.Add(enacting.Evidence);
        }
    }

    // The issuer code of the own number ("-BYT", "-UBND"): a central body's code names it, any code its level.
    private void FromNumberCode(ref IssuerCandidate c, TextView view, HeaderInfo header, IssuerUnit? unit, IssuerCodeRow? codeRow)
    {
        // "ĐẢNG ỦY" alone over a model rules' text, "Công văn số 7619-CV/BTCTW" its own number: a kind of body beside a
        // code that names one central body; the code says who issued it.
        if (codeRow is { Scope: "central" } && header.NumberSpan is null && IssuerHeads.IsVague(unit) && c.Name == unit!.Name && c.Name is not null)
        {
            c.Diagnostics.Add(new("issuer-completed", "warning", $"the header names only a kind of body; the number's code ({codeRow.Code}) names the issuer"));
            (c.Name, c.Level, c.NameConfidence, c.LevelConfidence) = (codeRow.Name, codeRow.Level, 0.4, codeRow.Level is null ? 0 : 0.4);
        }
        if (codeRow is not null && header.NumberSpan is { } ns)
        {
            var (s, e) = view.ToOriginalSpan(ns.Start, ns.End);
            var numberEvidence = new Evidence("number", view.Original[s..e], s, e);
            c.Evidence.Add(numberEvidence);
            // "UBND", "HĐND", "ĐU" name a kind of body, not a body: only a central code names one ("TTg", "BYT").
            if (c.Name is null && codeRow.Scope == "central")
            {
                c.Name = codeRow.Name;
                c.NameConfidence = 0.4;
                c.NameEvidence.Add(numberEvidence);
            }
            if (c.Level is null && codeRow.Level is not null)
            {
                c.Level = codeRow.Level;
                c.LevelConfidence = 0.6;
                c.LevelEvidence.Add(numberEvidence);
            }
            else if (c.Level is not null && codeRow.Level is not null && codeRow.Level != c.Level && unit is not null)
            {
                // "Số 12-KH/TU" under a district header: one of the two is misread.
                c.Diagnostics.Add(new("issuer-conflict", "warning", $"the header names a {c.Level} body, the number's code ({codeRow.Code}) a {codeRow.Level} one", s, e));
                c.NameConfidence = Math.Min(c.NameConfidence, 0.5);
                c.LevelConfidence = Math.Min(c.LevelConfidence, 0.5);
            }
        }
    }

    // The last checks of the name read: a kind of body or several bodies are no issuer, a name only a sentence says is doubted.
    // True when the text has no header block and its issuer was read from a sentence of the text alone.
    private bool WithdrawDoubtful(ref IssuerCandidate c, HeaderInfo header, IssuerUnit? unit, (string? Level, int Bodies)? joint, IssuerCodeRow? codeRow)
    {
        // "UBND huyện" with no name: the level is known, the body only by its kind; kept as written, to be checked.
        if (c.Name is not null && c.Named(_units, c.Name) is { Jurisdiction: not null, Place: null } && c.Level is not (AdministrativeLevel.Province or null))
        {
            c.Diagnostics.Add(new("issuer-incomplete", "warning", $"the issuer '{c.Name}' names no place"));
            c.NameConfidence = Math.Min(c.NameConfidence, 0.4);
            // A commune's body too ("UBND xã", je-chu-tich-ubnd-xa-qd-2020-gia-dinh-van-hoa-headerless, kg-ubnd-phuong-tb-2017):
            // the corpus writes the kind as the text does, as the hand-checked sample writes "UBND huyện" (corpus README,
            // "Settled in the twenty-third session"); the low confidence flags it for review.
        }
        // "UBND" alone, nothing saying whose: a kind of body, not a body; a wrong issuer is worse than none.
        if (c.Name is not null && c.Level is null && IssuerHeads.IsVague(c.Named(_units, c.Name)))
        {
            c.Diagnostics.Add(new("issuer-incomplete", "warning", $"the issuer '{c.Name}' names only a kind of body"));
            c.Name = null;
        }
        if (joint is not null && header.IssuerLines is [var firstLine, ..])
        {
            // Several bodies issue it together; naming one would file it under that one alone.
            c.Diagnostics.Add(new("issuer-joint", "warning", "the header lists several issuing bodies (a joint document); no one of them is its issuer", firstLine.Start, header.IssuerLines[^1].End));
            c.Name = null;
        }
        // A text with no header block at all (no issuer lines, number line, place-date line or enacting line), whose issuer
        // only a sentence of its running text says: a portal's news report ("Ngày 30/12/2025, Văn phòng UBND tỉnh Lai Châu
        // đã ban hành Kế hoạch số 1888/KH-VPUBND về …"), a commune's notice printed without its header. Nothing in such a
        // text checks what the sentence says against a header's own lines, so the record asks for a human check.
        // A block the resolver rejected as no body's name (a heading in capitals, "I. MỤC ĐÍCH, YÊU CẦU") is no header block.
        var saidOnlyInText = c.Name is not null && unit is null && HasNoHeaderLines(header) && c.NameEvidence.Count > 0
            && c.NameEvidence.All(e => e.Source is "self-statement" or "mention");
        if (saidOnlyInText && c.NameConfidence > Doubted && !AgreesWithOwnCode(codeRow, header, c.Named(_units, c.Name!), c.NameEvidence))
        {
            c.NameConfidence = Doubted;
            var said = c.NameEvidence[0];
            c.Diagnostics.Add(new("issuer-from-text", "warning", "the text has no header block; its issuer was read from a sentence of the text", said.Start, said.End));
        }
        return saidOnlyInText;
    }

    private static void ReportMissing(ref IssuerCandidate c, ProvinceResult province)
    {
        if (c.Name is null) c.Diagnostics.Add(new("issuer-missing", "warning", "no issuer could be read: no header block, self-statement or issuer code"));
        if (c.Level is null) c.Diagnostics.Add(new("level-missing", "warning", "the issuer's administrative level could not be read"));
        if (province.Name is null && c.Level != AdministrativeLevel.Central)
            c.Diagnostics.Add(new("province-missing", "warning", "the issuer's province could not be read"));
    }

    private static IssuerReading Reading(ref IssuerCandidate c, TextView view, HeaderInfo header, ProvinceResult province, Evidence? statement, bool saidOnlyInText)
    {
        // A plan keeps the province's name of its date: Huế's plans of 2011 are "Thừa Thiên Huế" plans.
        var dated = province.Name is null ? null : ProvinceMerges.Default.NameOn(province.Name, PlanDate.DayOf(header) ?? PlanDate.LatestDateIn(view, province.Name));
        var info = new IssuerInfo { Name = c.Name, Level = c.Level, Province = dated, Evidence = c.Evidence };
        return new IssuerReading(info,
            new FieldReading("issuer", c.Name, c.Name is null ? 0 : c.NameConfidence, c.NameEvidence),
            new FieldReading("level", c.Level, c.Level is null ? 0 : c.LevelConfidence, c.LevelEvidence),
            new FieldReading("province", dated, province.Confidence, province.Evidence),
            c.Diagnostics) { KeyProvince = province.Name, Statement = statement, SaidOnlyInText = saidOnlyInText };
    }

    // Below the review line (FieldReading.ReviewBelow): read, but to be checked.
    private const double Doubted = 0.5;

    private static bool HasNoHeaderLines(HeaderInfo header) =>
        header.NumberSpan is null && header.PlaceDateEvidence is null && header.Enacting is null;

    // "UBND huyện Đình Lập xây dựng Kế hoạch …" in a text that names itself "(210/KH-UBND ngày 14/12/2017)"
    // (hz-ubnd-huyen-dinh-lap-kh-2017-210-headerless): the body a sentence of its own names, with its place, is of the kind
    // the number's code says; two readings apart that agree leave the issuer no less certain than a header's lines would.
    // A name read in the same sentence as the number ("Văn phòng UBND tỉnh Lai Châu đã ban hành Kế hoạch số
    // 1888/KH-VPUBND") is one reading, not two.
    private bool AgreesWithOwnCode(IssuerCodeRow? codeRow, HeaderInfo header, IssuerUnit? named, List<Evidence> nameEvidence) =>
        codeRow is not null && header.SelfNamedEvidence is { } own && named is { Place: not null }
        && nameEvidence.TrueForAll(e => e.End <= own.Start || e.Start >= own.End)
        && _units.ReadName(codeRow.Name) is { } coded && IssuerHeads.SameHead(named, coded);
}
