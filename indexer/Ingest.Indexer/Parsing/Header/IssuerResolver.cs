using System.Text.RegularExpressions;
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
public sealed partial class IssuerResolver
{
    private readonly DomainTables _tables;
    private readonly ProvinceGazetteer _gazetteer;
    private readonly IssuerReader _reader;
    private readonly IssuerUnitReader _units;
    private readonly IssuerDistricts _districts;
    private readonly IssuerCompletions _completions;
    private readonly SelfStatementReader _self;
    private readonly IssuerPlaceFinder _places;

    public IssuerResolver(DomainTables tables, ProvinceGazetteer gazetteer, IssuerReader reader, IssuerUnitReader units)
    {
        _units = units;
        _districts = new IssuerDistricts(gazetteer);
        _completions = new IssuerCompletions(tables, units);
        _tables = tables;
        _gazetteer = gazetteer;
        _reader = reader;
        _self = new SelfStatementReader(tables, reader, units);
        _places = new IssuerPlaceFinder(units, gazetteer);
        // The bodies the tables name, keyed without marks, case or spaces: "THƯƠNG BINHVÀ XÃ HỘI" lost a space, not a word.
        _known = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var known in tables.IssuerCodes.Select(r => r.Name).Concat(tables.Agencies.Select(a => a.Text)))
            _known.TryAdd(Unspaced(known), known);
    }

    private readonly Dictionary<string, string> _known;

    private static string Unspaced(string name) => string.Concat(TextFolding.FoldLoose(name).Where(c => c != ' '));

    // A header's name that spells a listed body's name with a space lost ("Bộ Lao động - Thương binhvà xã hội") or
    // its words in a case the block's reading gave them ("Bộ Kế hoạch và Đầu TƯ": "TƯ" is also the Party's code for
    // Trung ương): the listed spelling. Only spaces and case: any other difference keeps the name as read.
    private string KnownSpelling(string name) =>
        name.Contains(' ') && _known.TryGetValue(Unspaced(name), out var known) && Unspaced(known) == Unspaced(name)
            && (TextFolding.FoldLoose(known).Split(' ').Length > TextFolding.FoldLoose(name).Split(' ').Length
                || TextFolding.FoldLoose(known) == TextFolding.FoldLoose(name) && SameLetters(known, name)) ? known : KnownHeadSpelling(name);

    // "HĐND TỈNH HƯNGYÊN" (lu-vp-hdnd-hung-yen-kh-2017-288-ocr): a province's name closing the issuer with the space
    // between its words lost, by the scan or the typist; the province as the tables write it.
    private string ProvinceSpaced(string name)
    {
        var space = name.LastIndexOf(' ');
        return space >= 0 && _gazetteer.WithSpaceLost(name[(space + 1)..]) is { } province ? name[..(space + 1)] + province.Name : name;
    }

    // "Sở TƯ pháp tỉnh Tuyên Quang" (lt-so-tu-phap-tuyen-quang-qd-2018-110-ocr, "SỞ TƯ PHÁP" over its province): the same
    // case slip in a listed body's name followed by its place; the listed spelling of the head, the place as read.
    private string KnownHeadSpelling(string name)
    {
        var words = name.Split(' ');
        for (var k = words.Length - 1; k >= 2; k--)
        {
            var head = string.Join(' ', words, 0, k);
            if (_known.TryGetValue(Unspaced(head), out var known) && known != head && TextFolding.FoldLoose(known) == TextFolding.FoldLoose(head)
                && SameLetters(known, head))
                return known + " " + string.Join(' ', words, k, words.Length - k);
        }
        return name;
    }

    // The same letters and marks, case aside: "Đầu TƯ" and "Đầu tư", not "Hoà" and "Hòa" or "Bảo" and "Báo".
    private static bool SameLetters(string a, string b) =>
        string.Equals(a.Normalize(System.Text.NormalizationForm.FormC), b.Normalize(System.Text.NormalizationForm.FormC), StringComparison.OrdinalIgnoreCase);

    [GeneratedRegex(@"tren dia ban\x20(?<j>tinh|huyen|xa|thanh pho|quan|phuong|thi xa)(?![a-z])", RegexOptions.CultureInvariant)]
    private static partial Regex AreaPhrase();

    /// <summary>Resolves the issuer. <paramref name="citationSpans"/>: normalized spans of citations (mentions of other bodies there are not evidence);
    /// <paramref name="signer"/>: the signature block, whose "TM. ỦY BAN NHÂN DÂN XÃ …" names the body when nothing before it does.</summary>
    public IssuerReading Resolve(TextView view, HeaderInfo header, IReadOnlyList<(int Start, int End)> citationSpans, Signer? signer = null)
    {
        var diagnostics = new List<Diagnostic>();
        var evidence = new List<Evidence>();
        var nameEvidence = new List<Evidence>();
        var levelEvidence = new List<Evidence>();
        string? name = null, level = null;
        double nameConfidence = 0, levelConfidence = 0;

        var joint = JointLevel(header);
        var unit = joint is null ? WholePlace(view, OfficeHolderHeader.Read(header.IssuerUnits, HeaderUnit(header, diagnostics), header.Symbol, _units, diagnostics)) : null;
        unit = PlaceSpelledByPlaceLine(unit, header.Place);
        string? department = null;
        if (unit is not null && _completions.FromCouncilCode(unit, header.Symbol) is { } coded)
        {
            diagnostics.Add(new("issuer-completed", "warning", $"the header block '{unit.Name}' names no body; the number's code names it"));
            unit = coded with { Tokens = unit.Tokens };
        }
        // "ỦY BAN NHÂN DÂN" over "Số: 681/HD-SGDĐT": the line naming the Sở was lost; the committee did not issue it.
        if (IsVague(unit) && header.Symbol?.IssuerCode is { } own && !IssuerCompletions.CodeSpellsHead(unit, own) && !TextFolding.Fold(own).StartsWith("ubnd", StringComparison.Ordinal)
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
        // "CĐ - UBND" over a telegram whose line "CHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN THỌ XUÂN điện:" names its sender: the
        // sender line is the telegram's own naming of who sends it (corpus README, `iz-` batch).
        Evidence? senderLine = null;
        if ((unit is null || IsVague(unit)) && department is null && header.Sender is { } sent && SenderUnit(sent.Sender) is { } bySender)
            (unit, senderLine) = (bySender, sent.Evidence);
        if (unit is not null)
        {
            name = ProvinceSpaced(KnownSpelling(unit.Name));
            level = unit.Level;
            // "CỤC THUẾ" / "THUẾ TỈNH VĨNH LONG": a line of its own under a known body that names its jurisdiction and place
            // is a body by the header's layout, though no head word names its kind.
            var placedLine = unit is { Head: null, Jurisdiction: not null, Place: not null } && header.IssuerUnits is [.., { Head: not null }, _];
            nameConfidence = unit.Head is not null ? 0.9 : placedLine ? 0.7 : 0.5;
            levelConfidence = level is null ? 0 : 0.9;
            nameEvidence.AddRange(senderLine is null ? header.IssuerLines : [senderLine]);
            levelEvidence.AddRange(senderLine is null ? header.IssuerLines : [senderLine]);
            if (unit.Head is null && !placedLine) diagnostics.Add(new("issuer-unrecognized", "warning", "the header's issuer block opens with no known body; check it", header.IssuerLines[^1].Start, header.IssuerLines[^1].End));
            if (IssuerCompletions.PartyCentralCommittee(unit.Name, header.Symbol) is { } party) name = party;
            else if (_completions.PartyBodyFromCode(name, header.Symbol) is { } partyBody) name = partyBody;
            // "BAN CHẤP HÀNH TRUNG ƯƠNG" over "Số: 367-QĐ/TWĐTN-VP": the code names whose central committee it is ("Trung
            // ương Đoàn TNCS Hồ Chí Minh"), the block's last words the first of the code's name.
            else if (header.Symbol?.IssuerCodes is [var firstCode, ..] && _tables.IssuerByCode(firstCode) is { Scope: "central" } codedBody
                && IssuerCompletions.Overlapped(name, codedBody.Name) is { } whole) name = whole;
            // "BỘ VĂN HOÁ, THỂ THAO |" over "Số: 274/CT-BVHTTDL": a mirror cut the ministry's name inside its list of
            // fields; the code names the one central body whose name the block's words begin.
            else if (header.Symbol?.IssuerCodes is [var code0, ..] && _tables.IssuerByCode(code0) is { Scope: "central" } cut
                && IssuerCompletions.BeginsName(name, cut.Name)) name = cut.Name;
            else if (IsVague(unit) && header.Symbol?.IssuerCode is { } ownCode && IssuerCompletions.CodeSpellsHead(unit, ownCode)
                && _completions.NationalBody(name) is { } national)
            {
                (name, level) = (national, AdministrativeLevel.Central);
                levelConfidence = nameConfidence = 0.6;
            }
            if (JointIssuerHeader.Named(header, _tables) is { } bodies)
                (name, level, levelConfidence) = (bodies, AdministrativeLevel.Central, 0.9);
        }
        else if (department is not null)
        {
            // The lost line under "ỦY BAN NHÂN DÂN", read from the number's code and the place line.
            (name, level, nameConfidence, levelConfidence) = (department, AdministrativeLevel.Province, 0.5, 0.5);
            if (header.PlaceDateEvidence is not null) { nameEvidence.Add(header.PlaceDateEvidence); levelEvidence.Add(header.PlaceDateEvidence); }
            diagnostics.Add(new("issuer-completed", "warning", "the issuer was read from the number's code and the place line"));
        }
        evidence.AddRange(header.IssuerLines);
        // The level the joint bodies share is the document's ("BỘ Y TẾ - …, BỘ CÔNG AN - …": central).
        if (joint?.Level is { } shared)
        {
            (level, levelConfidence) = (shared, 0.6);
            levelEvidence.AddRange(header.IssuerLines);
        }

        var self = _self.Read(view, citationSpans, header.BodyStart, header.DocType, header.Symbol?.Number);
        if (self is not null)
        {
            evidence.Add(self.Value.Evidence);
            var said = _units.ReadName(self.Value.Name);
            // "ỦY BAN NHÂN DÂN" alone in the header, "Ủy ban nhân dân tỉnh ban hành ..." in the body: the body says which.
            // "BAN CHẤP HÀNH TRUNG ƯƠNG" in the header, "Ban Chấp hành Trung ương Đoàn TNCS Hồ Chí Minh ban hành ...": the whole name.
            if (unit is not null && name == unit.Name && IssuerCompletions.Extends(name, self.Value.Name))
            {
                name = self.Value.Name;
                nameConfidence = Math.Min(nameConfidence, 0.7);
                nameEvidence.Add(self.Value.Evidence);
            }
            // "Phòng Giáo dục và Đào tạo đề nghị ...": a district's office that does not say whose is no issuer yet.
            // A school's head fixes its level and its own name follows ("Trường mầm non Vân Từ"): it is named; so is a
            // board named after its school ("Hội đồng tuyển sinh trường MN Kiến Hưng xây dựng kế hoạch …",
            // ir-mn-kien-hung-kh-tuyen-sinh-2025-headerless-portal), a commune's by the school's level code, with no place word.
            else if (said is { Head: { IsChild: true, Level: null }, Place: null } && !(said is { Jurisdiction: null, Level: AdministrativeLevel.Commune }) && (said.Level ?? IssuerLevels.FromText(_tables, self.Value.Name) ?? said.Head.FallbackLevel) is AdministrativeLevel.District or AdministrativeLevel.Commune)
            {
                // "Phòng Giáo dục và Đào tạo Mộc Châu yêu cầu …": the office named after its district, as a header writes
                // "PHÒNG GD&ĐT DIỄN CHÂU", is named whole.
                if (name is null && _districts.Candidates(said).Count > 0)
                {
                    name = self.Value.Name;
                    level ??= AdministrativeLevel.District;
                    (nameConfidence, levelConfidence) = (0.5, 0.5);
                    nameEvidence.Add(self.Value.Evidence);
                    levelEvidence.Add(self.Value.Evidence);
                }
                else if (name is null && _places.Complete(view, citationSpans, self.Value.Name) is { } placed)
                {
                    // "Phòng Giáo dục và Đào tạo đề nghị …" in a text that names "Phòng GD&ĐT huyện Bình Chánh".
                    // "Phòng Giáo dục- Đào tạo yêu cầu …" (pd-pgddt-tp-hue-tb-tong-ve-sinh-2018): the name in its full spelling.
                    name = _units.Respell(placed.Name);
                    // "… trên địa bàn thành phố Huế" in 2018: a district's office sits in a district, whatever the place's
                    // rank today (Huế, a city of Thừa Thiên Huế then, is a province since 2025); the place never raises it.
                    var placedLevel = _units.ReadName(placed.Name)?.Level;
                    level ??= placedLevel is AdministrativeLevel.District or AdministrativeLevel.Commune
                        ? placedLevel : said.Level ?? IssuerLevels.FromText(_tables, self.Value.Name) ?? said.Head.FallbackLevel;
                    (nameConfidence, levelConfidence) = (0.5, level is null ? 0 : 0.5);
                    nameEvidence.AddRange([self.Value.Evidence, placed.Evidence]);
                    levelEvidence.AddRange([self.Value.Evidence, placed.Evidence]);
                    diagnostics.Add(new("issuer-completed", "warning", $"the text names its issuer '{self.Value.Name}' without its place; another mention of it gives the place", placed.Evidence.Start, placed.Evidence.End));
                }
                // "Ban Tuyên giáo Huyện ủy đề nghị các tổ chức cơ sở đảng …" (kb-btg-huyen-uy-cv-2020-07-headerless,
                // kb-btg-huyen-uy-cv-2020-130-nam-ngay-sinh-bac-headerless): a Party body named after its district's committee
                // (Hướng dẫn 36-HD/VPTW) is that committee's organ, a name whole as the text writes it where the text names no
                // district at all; two districts named leave it open which committee's.
                else if (name is null && _places.NamesNoDistrict(view, citationSpans, self.Value.Name))
                {
                    name = self.Value.Name;
                    level ??= AdministrativeLevel.District;
                    (nameConfidence, levelConfidence) = (0.5, 0.5);
                    nameEvidence.Add(self.Value.Evidence);
                    levelEvidence.Add(self.Value.Evidence);
                    diagnostics.Add(new("issuer-incomplete", "warning", $"the text names its issuer '{self.Value.Name}' without its district", self.Value.Evidence.Start, self.Value.Evidence.End));
                }
                else
                {
                    diagnostics.Add(new("issuer-incomplete", "warning", $"the text names its issuer '{self.Value.Name}' without its district", self.Value.Evidence.Start, self.Value.Evidence.End));
                    // "Thường trực Hội đồng nhân dân xã": which commune is not said, that it is a commune's body is; a
                    // Phòng is a district's office whichever district it is.
                    if (level is null && (said.Level ?? IssuerLevels.FromText(_tables, self.Value.Name) ?? said.Head.FallbackLevel) is { } saidLevel)
                    {
                        (level, levelConfidence) = (saidLevel, 0.5);
                        levelEvidence.Add(self.Value.Evidence);
                    }
                }
            }
            else if (name is null && said?.Head is not null || IsVague(unit) && said?.Level is not null && SameHead(unit!, said) && name == unit!.Name)
            {
                name = self.Value.Name;
                // "Vậy, UBND huyện thông báo …" in a text whose only naming of a district's committee is the issuer of the
                // notice it changes ("Thông báo số 658/TB-UBND … của UBND huyện Phú Vang"): the same body, named in the
                // same text (corpus README, `ii-` batch). A place named outside citations comes first; two places, none.
                // "Thông báo số 217/TB-UBND … của UBND thị xã Điện Bàn V/v …" over "UBND thị xã thông báo:": the line in
                // which the text names itself by its own number writes the same body with its place.
                if (name is not null && unit is null && said is { Place: null } && header is { SelfNamedIssuer: { } full, SelfNamedEvidence: { } fullAt }
                    && IssuerCompletions.Extends(name, full))
                {
                    name = full;
                    nameEvidence.Add(fullAt);
                }
                else if (name is not null && unit is null && said is { Jurisdiction: "huyện" or "quận" or "thị xã" or "xã" or "phường" or "thị trấn", Place: null }
                    && (_places.Complete(view, citationSpans, name) ?? _places.Complete(view, [], name)) is { } same)
                {
                    name = same.Name;
                    nameEvidence.Add(same.Evidence);
                }
                // "Cục Lãnh sự trân trọng đề nghị …" (ka-cuc-lanh-su-cv-2025-ho-chieu-truc-tuyen-headerless-md): a name with no
                // place sits where its head word says, as a self-named issuer does (issuer-heads.json fallbackLevel).
                level ??= said?.Level ?? IssuerLevels.FromText(_tables, self.Value.Name) ?? said?.Head?.FallbackLevel;
                nameConfidence = 0.6;
                levelConfidence = level is null ? 0 : 0.7;
                nameEvidence.Add(self.Value.Evidence);
                levelEvidence.Add(self.Value.Evidence);
            }
        }

        // "Báo cáo số 228/BC-UBND ngày 05/12/2023 của UBND phường Hà Phong về …": where a headerless text names
        // itself by its own number, the body written with that number issued it.
        if (name is null && header.SelfNamedIssuer is { } namedBy && header.SelfNamedEvidence is { } namedAt
            && _units.ReadName(namedBy) is { Head: not null } namedUnit)
        {
            // "của Cục Thống kê": a name with no place sits where its head word says (issuer-heads.json fallbackLevel).
            (name, level) = (namedBy, level ?? namedUnit.Level ?? IssuerLevels.FromText(_tables, namedBy) ?? namedUnit.Head.FallbackLevel);
            (nameConfidence, levelConfidence) = (0.6, level is null ? 0 : 0.6);
            nameEvidence.Add(namedAt);
            levelEvidence.Add(namedAt);
        }
        if (name is null && SignatureIssuer(view, signer) is { } signed)
        {
            (name, level) = (signed.Name, level ?? signed.Level);
            (nameConfidence, levelConfidence) = (0.5, level is null ? 0 : 0.5);
            nameEvidence.Add(signed.Evidence);
            levelEvidence.Add(signed.Evidence);
            evidence.Add(signed.Evidence);
            diagnostics.Add(new("issuer-from-signature", "warning", "the issuer was read from the signature block", signed.Evidence.Start, signed.Evidence.End));
        }
        if (name is null && HeadingIssuer(header) is { } headed)
        {
            (name, level) = (headed.Name, headed.Level);
            (nameConfidence, levelConfidence) = (0.6, level is null ? 0 : 0.6);
        }
        if (name is null && CongressIssuer(header) is { } congress)
        {
            (name, level) = (congress.Name, congress.Level);
            (nameConfidence, levelConfidence) = (0.6, level is null ? 0 : 0.6);
        }
        if (name is null && AnnexIssuer(view, header) is { } annexed)
        {
            (name, level) = (annexed.Name, annexed.Level);
            nameConfidence = 0.6;
            levelConfidence = level is null ? 0 : 0.6;
            nameEvidence.Add(header.PlaceDateEvidence!);
            levelEvidence.Add(header.PlaceDateEvidence!);
        }

        // "(Đại hội đại biểu toàn quốc lần thứ XI Đoàn TNCS Hồ Chí Minh thông qua ngày 13/12/2017)": the congress that
        // adopted a charter issues it; a national congress ("toàn quốc") is central, another sits where its words say.
        if (name is null && header.AdoptedBy is { } adopter && header.PlaceDateEvidence is { Source: "adoption" } adoption)
        {
            name = adopter;
            level = TextFolding.FoldLoose(adopter).Contains(" toan quoc ", StringComparison.Ordinal) ? AdministrativeLevel.Central
                : IssuerLevels.FromText(_tables, adopter);
            (nameConfidence, levelConfidence) = (0.6, level is null ? 0 : 0.6);
            nameEvidence.Add(adoption);
            levelEvidence.Add(adoption);
        }

        // A decision or resolution names its enacting body under the title ("HỘI ĐỒNG NHÂN DÂN TỈNH HÀ GIANG").
        if (header.Enacting is { } enacting && enacting.Unit.Level is not null
            && (name is null || IsVague(unit) && unit!.Head is not null && SameHead(unit, enacting.Unit)))
        {
            name = IssuerCompletions.NationalInTitle(enacting.Unit.Name, header.Title) ?? enacting.Unit.Name;
            level = enacting.Unit.Level;
            nameConfidence = unit is null ? 0.7 : 0.8;
            levelConfidence = nameConfidence;
            nameEvidence.Add(enacting.Evidence);
            levelEvidence.Add(enacting.Evidence);
            evidence.Add(enacting.Evidence);
        }

        var codeRow = header.Symbol?.IssuerCode is { } code ? _tables.IssuerByCode(code) : null;
        // "ĐẢNG ỦY" alone over a model rules' text, "Công văn số 7619-CV/BTCTW" its own number: a kind of body beside a
        // code that names one central body; the code says who issued it.
        if (codeRow is { Scope: "central" } && header.NumberSpan is null && IsVague(unit) && name == unit!.Name && name is not null)
        {
            diagnostics.Add(new("issuer-completed", "warning", $"the header names only a kind of body; the number's code ({codeRow.Code}) names the issuer"));
            (name, level, nameConfidence, levelConfidence) = (codeRow.Name, codeRow.Level, 0.4, codeRow.Level is null ? 0 : 0.4);
        }
        if (codeRow is not null && header.NumberSpan is { } ns)
        {
            var (s, e) = view.ToOriginalSpan(ns.Start, ns.End);
            var numberEvidence = new Evidence("number", view.Original[s..e], s, e);
            evidence.Add(numberEvidence);
            // "UBND", "HĐND", "ĐU" name a kind of body, not a body: only a central code names one ("TTg", "BYT").
            if (name is null && codeRow.Scope == "central")
            {
                name = codeRow.Name;
                nameConfidence = 0.4;
                nameEvidence.Add(numberEvidence);
            }
            if (level is null && codeRow.Level is not null)
            {
                level = codeRow.Level;
                levelConfidence = 0.6;
                levelEvidence.Add(numberEvidence);
            }
            else if (level is not null && codeRow.Level is not null && codeRow.Level != level && unit is not null)
            {
                // "Số 12-KH/TU" under a district header: one of the two is misread.
                diagnostics.Add(new("issuer-conflict", "warning", $"the header names a {level} body, the number's code ({codeRow.Code}) a {codeRow.Level} one", s, e));
                nameConfidence = Math.Min(nameConfidence, 0.5);
                levelConfidence = Math.Min(levelConfidence, 0.5);
            }
        }

        // The completions below each ask what the name denotes, mostly of a name none of them changed: read it once per name.
        string? readText = null;
        IssuerUnit? readUnit = null;
        IssuerUnit? ReadNamed(string text)
        {
            if (!string.Equals(text, readText, StringComparison.Ordinal)) (readText, readUnit) = (text, _units.ReadName(text));
            return readUnit;
        }

        if (level is null && name is not null && (ReadNamed(name)?.Level ?? IssuerLevels.FromText(_tables, name)) is { } named)
        {
            level = named;
            levelConfidence = Math.Max(0.5, nameConfidence - 0.1);
            levelEvidence.AddRange(nameEvidence);
        }
        if (level is null && name is not null && _completions.IsNational(name))
        {
            level = AdministrativeLevel.Central;
            levelConfidence = Math.Max(0.5, nameConfidence - 0.1);
            levelEvidence.AddRange(nameEvidence);
        }
        // No issuer block, "Số 70/KH-UBND" over "Cần Thơ, ngày …": the code names the kind of body, the place line
        // its seat, and the text names that committee ("Ủy ban nhân dân thành phố Cần Thơ …"); completed below as
        // a bare committee block is, a guess flagged for review.
        if (name is null && level is null && header.IssuerUnits.Count == 0 && header.Place is not null && _gazetteer.Exact(header.Place) is { } kindSeat
            && header.Symbol?.IssuerCode is { } kindCode && TextFolding.Fold(kindCode) is "ubnd" or "hdnd"
            && NamesCommittee(view, citationSpans, TextFolding.Fold(kindCode), $"{kindSeat.Kind} {kindSeat.Name}"))
        {
            name = kindCode;
            if (header.NumberSpan is { } kindAt)
            {
                var (ks, ke) = view.ToOriginalSpan(kindAt.Start, kindAt.End);
                nameEvidence.Add(new Evidence("number", view.Original[ks..ke], ks, ke));
            }
        }
        CompleteVague(header, ref name, ref level, ref nameConfidence, ref levelConfidence, nameEvidence, levelEvidence, diagnostics);
        if (level is null && AreaLevel(view, evidence) is { } area)
        {
            // "trên địa bàn huyện" says where a plan applies, which is only a hint of who issued it.
            level = area.Level;
            levelConfidence = 0.4;
            levelEvidence.Add(area.Evidence);
        }

        // "Ủy ban nhân dân thành phố ban hành …" over "Cần Thơ, ngày …": a centrally-run city's committee.
        if (name is not null && ReadNamed(name) is { Place: null, Jurisdiction: "tỉnh" or "thành phố" } bare
            && header.Place is not null && _gazetteer.Exact(header.Place) is { } seat && (bare.Jurisdiction == "tỉnh" || seat.Kind == "thành phố"))
        {
            level = AdministrativeLevel.Province;
            levelConfidence = Math.Max(levelConfidence, 0.6);
            if (header.PlaceDateEvidence is not null) levelEvidence.Add(header.PlaceDateEvidence);
        }
        // "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO" over "Nhà Bè, ngày …": a district's office writes its district as the place
        // (Nghị định 30/2020/NĐ-CP Phụ lục I), named with the district's kind word when the name has one.
        if (name is not null && level == AdministrativeLevel.District && header.Place is { } seatLine && header.PlaceDateEvidence is { } seatEvidence
            && ReadNamed(name) is { Head.IsChild: true, Jurisdiction: null, Place: null } && DistrictGazetteer.Default.KindOf(seatLine) is { } districtKind
            && !EndsWithPlace(name, seatLine))
        {
            name = $"{name} {districtKind} {seatLine}";
            nameConfidence = Math.Min(nameConfidence, 0.5);
            nameEvidence.Add(seatEvidence);
            diagnostics.Add(new("issuer-completed", "warning", "the district of the issuer was read from the place line", seatEvidence.Start, seatEvidence.End));
        }
        // "HĐND huyện thông báo …" under a title naming "HĐND huyện Ngân Sơn": the body's own text names its place.
        if (name is not null && level is AdministrativeLevel.District or AdministrativeLevel.Commune && ReadNamed(name) is { Jurisdiction: not null, Place: null }
            && _places.Complete(view, OthersDocuments(view, citationSpans, self?.Evidence), name) is { } completed)
        {
            name = completed.Name;
            nameConfidence = Math.Min(nameConfidence, 0.5);
            nameEvidence.Add(completed.Evidence);
            diagnostics.Add(new("issuer-completed", "warning", "the issuer's place was read from another mention of it in the text", completed.Evidence.Start, completed.Evidence.End));
        }
        var province = ProvinceOf(view, header, unit, name, level, citationSpans, evidence, diagnostics);
        if (header.PlaceDateEvidence is not null) evidence.Add(header.PlaceDateEvidence);
        name = WithProvince(name, province.Name, level, DayOf(header));

        // "UBND huyện" with no name: the level is known, the body only by its kind; kept as written, to be checked.
        if (name is not null && ReadNamed(name) is { Jurisdiction: not null, Place: null } && level is not (AdministrativeLevel.Province or null))
        {
            diagnostics.Add(new("issuer-incomplete", "warning", $"the issuer '{name}' names no place"));
            nameConfidence = Math.Min(nameConfidence, 0.4);
            // A commune's body too ("UBND xã", je-chu-tich-ubnd-xa-qd-2020-gia-dinh-van-hoa-headerless, kg-ubnd-phuong-tb-2017):
            // the corpus writes the kind as the text does, as the hand-checked sample writes "UBND huyện" (corpus README,
            // "Settled in the twenty-third session"); the low confidence flags it for review.
        }
        // "UBND" alone, nothing saying whose: a kind of body, not a body; a wrong issuer is worse than none.
        if (name is not null && level is null && IsVague(ReadNamed(name)))
        {
            diagnostics.Add(new("issuer-incomplete", "warning", $"the issuer '{name}' names only a kind of body"));
            name = null;
        }
        if (joint is not null && header.IssuerLines is [var firstLine, ..])
        {
            // Several bodies issue it together; naming one would file it under that one alone.
            diagnostics.Add(new("issuer-joint", "warning", "the header lists several issuing bodies (a joint document); no one of them is its issuer", firstLine.Start, header.IssuerLines[^1].End));
            name = null;
        }
        // A text with no header block at all (no issuer lines, number line, place-date line or enacting line), whose issuer
        // only a sentence of its running text says: a portal's news report ("Ngày 30/12/2025, Văn phòng UBND tỉnh Lai Châu
        // đã ban hành Kế hoạch số 1888/KH-VPUBND về …"), a commune's notice printed without its header. Nothing in such a
        // text checks what the sentence says against a header's own lines, so the record asks for a human check.
        // A block the resolver rejected as no body's name (a heading in capitals, "I. MỤC ĐÍCH, YÊU CẦU") is no header block.
        var saidOnlyInText = name is not null && unit is null && HasNoHeaderLines(header) && nameEvidence.Count > 0
            && nameEvidence.All(e => e.Source is "self-statement" or "mention");
        if (saidOnlyInText && nameConfidence > Doubted && !AgreesWithOwnCode(codeRow, header, ReadNamed(name!), nameEvidence))
        {
            nameConfidence = Doubted;
            var said = nameEvidence[0];
            diagnostics.Add(new("issuer-from-text", "warning", "the text has no header block; its issuer was read from a sentence of the text", said.Start, said.End));
        }
        if (name is null) diagnostics.Add(new("issuer-missing", "warning", "no issuer could be read: no header block, self-statement or issuer code"));
        if (level is null) diagnostics.Add(new("level-missing", "warning", "the issuer's administrative level could not be read"));
        if (province.Name is null && level != AdministrativeLevel.Central)
            diagnostics.Add(new("province-missing", "warning", "the issuer's province could not be read"));

        // A plan keeps the province's name of its date: Huế's plans of 2011 are "Thừa Thiên Huế" plans.
        var dated = province.Name is null ? null : ProvinceMerges.Default.NameOn(province.Name, DayOf(header) ?? LatestDateIn(view, province.Name));
        var info = new IssuerInfo { Name = name, Level = level, Province = dated, Evidence = evidence };
        return new IssuerReading(info,
            new FieldReading("issuer", name, name is null ? 0 : nameConfidence, nameEvidence),
            new FieldReading("level", level, level is null ? 0 : levelConfidence, levelEvidence),
            new FieldReading("province", dated, province.Confidence, province.Evidence),
            diagnostics) { KeyProvince = province.Name, Statement = self?.Evidence, SaidOnlyInText = saidOnlyInText };
    }

    // "BỘ Y TẾ - CỤC QUẢN LÝ MÔI TRƯỜNG Y TẾ, BỘ CÔNG AN - CỤC CẢNH SÁT ĐƯỜNG THỦY, …": a joint document's header
    // lists its bodies side by side, separated by commas, each opening with a parent body's head (a ministry's
    // own name runs on over commas, "BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH", its fields opening none). Null for one body;
    // else the level the listed bodies share, or null when they differ.
    private (string? Level, int Bodies)? JointLevel(HeaderInfo header)
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

    private static readonly string[] CollectiveMarks = ["tm.", "tm ", "t/m"];

    // Nghị định 30/2020/NĐ-CP: a collective body signs "TM. ỦY BAN NHÂN DÂN XÃ TÂN LẬP" (on behalf of the body; KT.,
    // TL. and TUQ. stand before a position, not a body); a position may name its body ("CHỦ TỊCH UBND XÃ TÂN LẬP").
    // The body, with its place, or null; a body with no place names none ("TM. ỦY BAN NHÂN DÂN").
    private (string Name, string? Level, Evidence Evidence)? SignatureIssuer(TextView view, Signer? signer)
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

    private static readonly string[] Positions = ["pho chu tich ", "chu tich "];

    // "ỦY BAN NHÂN DÂN" alone (the line under it lost) over "Thanh Hóa, ngày ...": the province's own committee,
    // a guess to be checked, since a provincial city's committee writes the same place.
    // Below the review line (FieldReading.ReviewBelow): read, but to be checked.
    private const double Doubted = 0.5;

    private static bool HasNoHeaderLines(HeaderInfo header) =>
        header.NumberSpan is null && header.PlaceDateEvidence is null && header.Enacting is null;

    private void CompleteVague(HeaderInfo header, ref string? name, ref string? level, ref double nameConfidence, ref double levelConfidence,
        List<Evidence> nameEvidence, List<Evidence> levelEvidence, List<Diagnostic> diagnostics)
    {
        if (level is not null || name is null || !IsVague(_units.ReadName(name)) || header.Place is null || _gazetteer.Exact(header.Place) is not { } city) return;
        var likely = SeatOfProvinceAlone(header, name, city);
        name = $"{name} {city.Kind} {city.Name}";
        level = AdministrativeLevel.Province;
        nameConfidence = levelConfidence = likely ? FieldReading.ReviewBelow : 0.5;
        if (header.PlaceDateEvidence is not null) { nameEvidence.Add(header.PlaceDateEvidence); levelEvidence.Add(header.PlaceDateEvidence); }
        diagnostics.Add(new("issuer-completed", "warning", "the issuer's jurisdiction was taken from the place line"));
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

    // "NGHỊ QUYẾT CỦA BỘ CHÍNH TRỊ về …", "QUY CHẾ … CỦA BAN BÍ THƯ": a Party document's heading (Hướng dẫn
    // 36-HD/VPTW) names its issuer after the type word; read when the title opens with that "của".
    private (string Name, string? Level)? HeadingIssuer(HeaderInfo header)
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
    private (string Name, string? Level)? CongressIssuer(HeaderInfo header)
    {
        if (header.DocTypeId != "nghi-quyet" || header.Title is not { } title) return null;
        var folded = TextFolding.FoldLoose(title);
        if (folded.Length != title.Length || !folded.StartsWith("dai hoi ", StringComparison.Ordinal)) return null;
        var cut = folded.IndexOf(" lan thu ", StringComparison.Ordinal);
        if (cut < 0) return null;
        var delegates = folded.StartsWith("dai hoi dai bieu ", StringComparison.Ordinal);
        var body = title[(delegates ? "dai hoi dai bieu ".Length : "dai hoi ".Length)..cut].Trim(' ', ',');
        if (_units.ReadName(body) is not { Head: not null } unit) return null;
        // Written in running-text case, as the body's own name is, whatever case the heading has.
        return ($"{(delegates ? "Đại hội đại biểu" : "Đại hội")} {unit.Name}", unit.Level ?? IssuerLevels.FromText(_tables, unit.Name));
    }

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

    // A quy chế or quy định issued with a decision has no header of its own; under its title Nghị định 30/2020/NĐ-CP
    // Phụ lục I sets "(Ban hành kèm theo Quyết định số … ngày … của UBND tỉnh)": the decision's body issues it.
    private (string Name, string? Level)? AnnexIssuer(TextView view, HeaderInfo header)
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
        return (read.Text, unit.Level ?? IssuerLevels.FromText(_tables, read.Text) ?? unit.Head.FallbackLevel);
    }

    // The plan's date, or the year of its number ("04/2011/NQ-HĐND") when the date line is blank, or the first year
    // its title names ("NHIỆM VỤ TRỌNG TÂM NĂM HỌC 2014-2015"): a plan is written for its own period.
    private static DateOnly? DayOf(HeaderInfo header) =>
        header.IssueDate is { Year: >= 1900 and <= 2200 } d ? new DateOnly(d.Year.Value, d.Month is >= 1 and <= 12 ? d.Month.Value : 1, 1)
        : header.Symbol?.Year is >= 1900 and <= 2200 ? new DateOnly(header.Symbol.Year.Value, 1, 1)
        : header.Title is { } title && TitleYear().Match(title) is { Success: true } y ? new DateOnly(int.Parse(y.Value), 1, 1) : null;

    [GeneratedRegex(@"(?<!\d)(?:19[5-9]\d|20\d\d)(?!\d)", RegexOptions.CultureInvariant)]
    private static partial Regex TitleYear();

    // A whole date: "18/3/2020", "13-4-2018", "ngày 31 tháng 12 năm 2019" (folded).
    [GeneratedRegex(@"(?<!\d)\d{1,2}[/.-]\d{1,2}[/.-](?<y>(?:19|20)\d\d)(?!\d)|thang\x20\d{1,2}\x20nam\x20(?<y>(?:19|20)\d\d)(?!\d)", RegexOptions.CultureInvariant)]
    private static partial Regex WholeDate();

    // A text with no date of its own (a portal's copy without its header) is of the time of the latest day it writes:
    // "… ngày 18/3/2020 …" in a notice of UBND huyện Phú Vang names its province as it was then, Thừa Thiên Huế (corpus
    // README, `ii-` batch). Read only for a province renamed since (the dates of another text change nothing).
    private static DateOnly? LatestDateIn(TextView view, string province)
    {
        if (ProvinceMerges.Default.NameOn(province, DateOnly.MinValue) == province) return null;
        var latest = 0;
        foreach (Match m in WholeDate().Matches(view.Folded)) latest = Math.Max(latest, int.Parse(m.Groups["y"].ValueSpan));
        return latest > 0 ? new DateOnly(latest, 12, 31) : null;
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

    // A people's committee or council named without its jurisdiction ("ỦY BAN NHÂN DÂN").
    // The body a telegram's sender line names, with the office before it where an office-holder sends it.
    private IssuerUnit? SenderUnit(string sender)
    {
        var office = TextFolding.FoldLoose(sender).StartsWith("chu tich ", StringComparison.Ordinal);
        var unit = _units.ReadName(office ? sender["chu tich ".Length..] : sender);
        if (unit?.Head is null) return null;
        return office ? unit with { Name = $"{OfficeHolderHeader.Office} {unit.Name}" } : unit;
    }

    // "UBND huyện Đình Lập xây dựng Kế hoạch …" in a text that names itself "(210/KH-UBND ngày 14/12/2017)"
    // (hz-ubnd-huyen-dinh-lap-kh-2017-210-headerless): the body a sentence of its own names, with its place, is of the kind
    // the number's code says; two readings apart that agree leave the issuer no less certain than a header's lines would.
    // A name read in the same sentence as the number ("Văn phòng UBND tỉnh Lai Châu đã ban hành Kế hoạch số
    // 1888/KH-VPUBND") is one reading, not two.
    private bool AgreesWithOwnCode(IssuerCodeRow? codeRow, HeaderInfo header, IssuerUnit? named, List<Evidence> nameEvidence) =>
        codeRow is not null && header.SelfNamedEvidence is { } own && named is { Place: not null }
        && nameEvidence.TrueForAll(e => e.End <= own.Start || e.Start >= own.End)
        && _units.ReadName(codeRow.Name) is { } coded && SameHead(named, coded);

    private static bool IsVague(IssuerUnit? unit) =>
        unit is { Jurisdiction: null, Place: null, Level: null, Head: { Level: null, IsChild: false, PlaceFollows: false } };

    private static bool SameHead(IssuerUnit a, IssuerUnit b) =>
        a.Head is not null && b.Head is not null && TextFolding.FoldLoose(a.Head.Text).Replace("ubnd", "uy ban nhan dan").Replace("hdnd", "hoi dong nhan dan")
            == TextFolding.FoldLoose(b.Head.Text).Replace("ubnd", "uy ban nhan dan").Replace("hdnd", "hoi dong nhan dan");

    private (string Level, Evidence Evidence)? AreaLevel(TextView view, List<Evidence> evidence)
    {
        var counts = new Dictionary<string, int>();
        Match? first = null;
        foreach (Match m in AreaPhrase().Matches(view.Folded))
        {
            // "trên địa bàn tỉnh Khánh Hòa" names a place; "trên địa bàn huyện" says where the plan applies.
            var level = _tables.FoldedJurisdictions.First(j => j.Folded.AsSpan(1, j.Folded.Length - 2).SequenceEqual(m.Groups["j"].Value)).Row.Level;
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

    private static bool InIssuerBlock(HeaderInfo header, int at)
    {
        foreach (var u in header.IssuerUnits)
            if (at >= u.Start && at < u.End) return true;
        return false;
    }

    private sealed record ProvinceResult(string? Name, double Confidence, IReadOnlyList<Evidence> Evidence);

    /// <summary>
    /// The issuer's province, most direct evidence first: the header block's place ("UBND TỈNH HÀ TĨNH"), the
    /// issuer's name, the place-date line, then the provinces the text names. A place line that names another
    /// province than the header is reported (mirrors print "Hà Nội" over a province's documents).
    /// </summary>
    private ProvinceResult ProvinceOf(TextView view, HeaderInfo header, IssuerUnit? unit, string? name, string? level,
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
        var day = DayOf(header);
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

    // "Ban Dân tộc" of a province is written without the province in its own plans, and "Ủy ban nhân dân tỉnh"
    // in a self-statement; records name them in full.
    // The name is completed with the province's name of the document's date ("Ủy ban nhân dân tỉnh" of 2017 over
    // "Thừa Thiên Huế, ngày …" is "… tỉnh Thừa Thiên Huế"), under the jurisdiction word the document wrote.
    private string? WithProvince(string? name, string? province, string? level, DateOnly? asOf)
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
