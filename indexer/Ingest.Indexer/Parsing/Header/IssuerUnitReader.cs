using System.Text;
using Ingest.Indexer.Model;
using Ingest.Indexer.Parsing.Places;
using Ingest.Indexer.Parsing.Tables;
using Ingest.Indexer.Text;

namespace Ingest.Indexer.Parsing.Header;

/// <summary>
/// Cuts the upper-case words of a header's issuer block into bodies, top first ("UBND TỈNH BẾN TRE" | "SỞ Y
/// TẾ"), however the layout broke its lines ("ỦY" / "BAN NHÂN DÂN" / "TỈNH HƯNG YÊN" is one body), and reads
/// each body's jurisdiction, place, level and running-text name. The level comes from what the body is (its
/// head word, its jurisdiction word, its parent), never from a stray word: the "XÃ" of "XÃ HỘI" is no commune.
/// Pure and thread-safe.
/// </summary>
public sealed class IssuerUnitReader
{
    private static readonly (string Folded, string Level, string Text)[] JurisdictionWords =
    [
        ("thanh pho", AdministrativeLevel.District, "thành phố"), ("thi xa", AdministrativeLevel.District, "thị xã"),
        ("thi tran", AdministrativeLevel.Commune, "thị trấn"), ("dac khu", AdministrativeLevel.Commune, "đặc khu"),
        ("tinh", AdministrativeLevel.Province, "tỉnh"), ("huyen", AdministrativeLevel.District, "huyện"), ("quan", AdministrativeLevel.District, "quận"),
        ("xa", AdministrativeLevel.Commune, "xã"), ("phuong", AdministrativeLevel.Commune, "phường"),
    ];

    /// <summary>The jurisdiction words folded ("thanh pho", "xa", …), for readers that only need to find one.</summary>
    public static IEnumerable<string> FoldedJurisdictionWords => JurisdictionWords.Select(j => j.Folded);

    // "TỈNH" is the jurisdiction, "TĨNH" (of Hà Tĩnh) a name: compare with marks, unless OCR lost them all.
    private static bool SameMarks(string word, int index, string jurisdiction)
    {
        var expected = jurisdiction.Split(' ')[index];
        var lower = InvariantCasing.ToLower(word);
        return lower == expected || lower == TextFolding.Fold(lower) || lower.Replace('ỷ', 'ỉ') == expected;
    }

    // Words after a jurisdiction word that make it part of a body's name: "Tỉnh ủy", "xã hội", "Huyện đoàn".
    private static readonly string[] NotJurisdictionAfter = ["uy", "hoi", "doan", "doi"];

    private readonly (string[] Words, IssuerHeadRow Row)[] _heads;
    // The same rows by their first folded word, longest first as in _heads, each with its words' marks: HeadAt is asked
    // at every word of a header block, and scanning every row there (each match comparing marks anew) was a tenth of
    // the parser's time on the corpus.
    private readonly Dictionary<string, HeadCandidate[]> _headsByFirstWord;
    private readonly (string[] Forms, string Name)[] _spellings;
    // The first word of every spelling's form ("gd&dt", "giao", "ld-tb"), looked up by a word of a name (Respell).
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _formFirstWords;
    // The folded names of the bodies the issuer codes list ("bo cong thuong", "so y te"): a line naming one whole.
    private readonly HashSet<string> _listedNames;
    /// <summary>issuer-heads.json's properNames, folded and cut into words.</summary>
    private readonly string[][] _properNames;
    private readonly AgencyWords _words;
    private readonly DomainTables _tables;
    private readonly ProvinceGazetteer _gazetteer;
    private readonly ManagedBodyPlaces _places;

    /// <summary>A reader over the shipped head table; throws at construction if the table is invalid.</summary>
    public IssuerUnitReader(DomainTables tables, ProvinceGazetteer gazetteer)
    {
        _tables = tables;
        _gazetteer = gazetteer;
        _places = new ManagedBodyPlaces(gazetteer);
        var file = DomainTables.Read("issuer-heads.json", TableJson.Default.HeadsFile);
        var rows = file.Heads;
        _spellings = (file.Spellings ?? []).Select(sp => (sp.Forms.Select(TextFolding.FoldLoose).ToArray(), sp.Name)).ToArray();
        _properNames = (file.ProperNames ?? []).Select(p => TextFolding.FoldLoose(p).Split(' ')).ToArray();
        _formFirstWords = _spellings.SelectMany(sp => sp.Forms).Select(f => f.Split(' ')[0]).ToHashSet(StringComparer.Ordinal)
            .GetAlternateLookup<ReadOnlySpan<char>>();
        // Folded forms are trimmed: only an empty one would have no first word to look up, and none may.
        if (_formFirstWords.Set.Contains(""))
            throw new InvalidDataException("issuer-heads.json: a spelling has an empty form");
        _listedNames = tables.IssuerCodes.Select(c => TextFolding.FoldLoose(c.Name)).ToHashSet(StringComparer.Ordinal);
        _words = new AgencyWords(tables.Agencies.Select(a => a.Text).Concat(rows.Select(r => r.Text)).Concat(tables.IssuerCodes.Select(c => c.Name))
            .Concat(_spellings.Select(sp => sp.Name)));
        foreach (var r in rows)
        {
            if (string.IsNullOrWhiteSpace(r.Text) || r.Role is not ("parent" or "child"))
                throw new InvalidDataException($"issuer-heads.json: row '{r.Text}' lacks text or has a bad role");
            if (r.Level is not null && AdministrativeLevel.Rank(r.Level) < 0 || r.FallbackLevel is not null && AdministrativeLevel.Rank(r.FallbackLevel) < 0)
                throw new InvalidDataException($"issuer-heads.json: row '{r.Text}' has an unknown level");
        }
        _heads = rows.Select(r => (TextFolding.FoldLoose(r.Text).Split(' '), r)).OrderByDescending(h => h.Item1.Length).ToArray();
        _headsByFirstWord = _heads.GroupBy(h => h.Words[0], StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(h => new HeadCandidate(h.Words, h.Row.Text.Split(' ').Select(WordMarks.Marks).ToArray(), WordMarks.Marks(h.Row.Text), h.Row)).ToArray(), StringComparer.Ordinal);
    }

    private sealed record HeadCandidate(string[] Words, string[] WordMarks, string TextMarks, IssuerHeadRow Row);

    /// <summary>
    /// The kind word of the district a name ends with the body of, without its place ("Ban Tuyên giáo Huyện ủy" →
    /// "huyện"), or null.
    /// </summary>
    public string? PlaceKindAtEnd(string name)
    {
        var folded = " " + TextFolding.FoldLoose(name);
        foreach (var (words, row) in _heads)
            if (row.PlaceKind is { } kind && folded.EndsWith(" " + string.Join(' ', words), StringComparison.Ordinal)) return kind;
        return null;
    }

    /// <summary>The head words of issuing bodies (issuer-heads.json), as written in running text.</summary>
    public IEnumerable<string> HeadTexts => _heads.Select(h => h.Row.Text);

    /// <summary>The heads of bodies that sit under a parent ("Sở", "Ban Thường vụ", "Đoàn"), as the table writes them.</summary>
    public IEnumerable<string> ChildHeadTexts => _heads.Where(h => h.Row.IsChild).Select(h => h.Row.Text);

    /// <summary>The bodies named by <paramref name="tokens"/>, top first; empty for no tokens.</summary>
    public IReadOnlyList<IssuerUnit> Read(IReadOnlyList<HeaderToken> tokens)
    {
        tokens = WithoutSealRing(WithoutYouthMotto(WithoutSession(tokens)));
        var groups = new List<(IssuerHeadRow? Head, int HeadWords, List<HeaderToken> Tokens)>();
        var i = 0;
        while (i < tokens.Count)
        {
            var (head, n) = HeadAt(tokens, i);
            var take = Math.Max(1, n);
            var opens = groups.Count == 0 || head is not null && Splits(groups[^1], head, tokens[i].BreakBefore)
                || head is null && tokens[i].BreakBefore && IsPlacedBranch(groups[^1], tokens, i);
            if (opens) groups.Add((head, n, tokens.Skip(i).Take(take).ToList()));
            else groups[^1].Tokens.AddRange(tokens.Skip(i).Take(take));
            i += take;
        }
        var units = new List<IssuerUnit>();
        foreach (var g in groups) units.Add(Build(g.Head, g.HeadWords, g.Tokens, units.Count > 0 ? units[^1] : null));
        return units;
    }

    // "CỤC THUẾ" / "THUẾ TỈNH VĨNH LONG", "CỤC HẢI QUAN" / "HẢI QUAN TỈNH QUẢNG NINH": under a central body's line
    // (Nghị định 30/2020/NĐ-CP Phụ lục I: the governing body above the issuing one), a line of its own that names a
    // body and then its place is the issuing body, a branch with its own name, not more words of the central body's
    // name. A "CHI NHÁNH …" line names a branch of the body above by that body's name, and stays with it.
    private bool IsPlacedBranch((IssuerHeadRow? Head, int HeadWords, List<HeaderToken> Tokens) current, IReadOnlyList<HeaderToken> tokens, int at)
    {
        if (current.Head is not { } above || current.Tokens.Count <= current.HeadWords) return false;
        if ((above.Level ?? above.FallbackLevel) != AdministrativeLevel.Central || Enumerable.Range(0, current.Tokens.Count).Any(k => JurisdictionAt(current.Tokens, k) is not null)) return false;
        if (tokens[at].Folded == "chi" && at + 1 < tokens.Count && tokens[at + 1].Folded == "nhanh") return false;
        var end = at + 1;
        while (end < tokens.Count && !tokens[end].BreakBefore) end++;
        var line = tokens.Skip(at).Take(end - at).ToList();
        // Its own name first (one word at least), then the jurisdiction word and a place after it.
        for (var k = 1; k < line.Count - 1; k++)
            if (JurisdictionAt(line, k) is { } j) return k + j.Words < line.Count;
        return false;
    }

    // The fewest words of the line above a seal's rim repeats.
    private const int RingWords = 3;

    // "TRƯỜNG ĐẠI HỌC TÂY ĐÔ" / "CỬNG ĐẠI HỌC TÂY" (mq-dh-tay-do-tb-2025-1145-ocr): the seal stamped over the block's foot
    // carries the body's name round its rim, and the OCR read a stretch of it as the block's last line, its first word
    // cut by the curve. A last line whose words after the first are three or more of the line above in a row, the first
    // word opening no body's name and no word of that line, says the name again: no body of its own ("CỤC THUẾ" /
    // "THUẾ TỈNH VĨNH LONG" opens with a body's head word and goes on with its place).
    private IReadOnlyList<HeaderToken> WithoutSealRing(IReadOnlyList<HeaderToken> tokens)
    {
        var last = tokens.Count - 1;
        while (last > 0 && !tokens[last].BreakBefore) last--;
        if (last <= 0 || tokens.Count - last < RingWords + 1 || HeadAt(tokens, last).Head is not null) return tokens;
        var above = last - 1;
        while (above > 0 && !tokens[above].BreakBefore) above--;
        var ring = tokens.Count - last - 1;
        for (var k = above; k < last; k++)
            if (tokens[k].Folded == tokens[last].Folded) return tokens;
        for (var k = above; k + ring <= last; k++)
        {
            var repeats = true;
            for (var j = 0; j < ring && repeats; j++) repeats = tokens[k + j].Folded == tokens[last + 1 + j].Folded;
            if (repeats) return tokens.Take(last).ToList();
        }
        return tokens;
    }

    private static readonly string[] YouthMotto = ["doan", "tncs", "ho", "chi", "minh"];

    // "BCH ĐOÀN TỈNH LÂM ĐỒNG        ĐOÀN TNCS HỒ CHÍ MINH": the Đoàn sets its name in the motto's place (Hướng dẫn
    // 29-HD/TWĐTN); after a body that has named its place it is that motto, no part of the name. Before any place
    // ("BAN CHẤP HÀNH TRUNG ƯƠNG" / "ĐOÀN TNCS HỒ CHÍ MINH") it is the name of the body the block heads, and stays.
    private IReadOnlyList<HeaderToken> WithoutYouthMotto(IReadOnlyList<HeaderToken> tokens)
    {
        for (var k = 1; k + YouthMotto.Length <= tokens.Count; k++)
        {
            if (tokens[k].Folded != "doan" || !YouthMotto.Select((w, j) => tokens[k + j].Folded == w).All(x => x)) continue;
            if (!Enumerable.Range(0, k).Any(j => JurisdictionAt(tokens, j) is { } place && j + place.Words < k)) return tokens;
            return [.. tokens.Take(k), .. tokens.Skip(k + YouthMotto.Length)];
        }
        return tokens;
    }

    // "HỘI ĐỒNG NHÂN DÂN QUẬN X KHÓA IX, KỲ HỌP LẦN THỨ 11": the term and session say when the council sat; the
    // words from there to the next line that opens a body are dropped.
    private IReadOnlyList<HeaderToken> WithoutSession(IReadOnlyList<HeaderToken> tokens)
    {
        List<HeaderToken>? kept = null;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (i > 0 && CouncilSession.OpensAt(tokens[i].Text, i + 1 < tokens.Count ? tokens[i + 1].Text : null))
            {
                kept ??= tokens.Take(i).ToList();
                while (i + 1 < tokens.Count && !(tokens[i + 1].BreakBefore && HeadAt(tokens, i + 1).Head is not null)) i++;
                continue;
            }
            kept?.Add(tokens[i]);
        }
        return kept ?? tokens;
    }

    /// <summary>
    /// The issuing body of a block: the last unit, named with its parent's place when it has none of its own
    /// ("UBND TỈNH BẾN TRE" / "SỞ Y TẾ" → "Sở Y tế tỉnh Bến Tre"), with the level it inherits.
    /// </summary>
    public IssuerUnit? Issuer(IReadOnlyList<IssuerUnit> units) =>
        IssuerOf(units) is { } unit ? unit with { Name = CommitteeNames.Rename(unit.Name) } : null;

    private IssuerUnit? IssuerOf(IReadOnlyList<IssuerUnit> units)
    {
        if (units.Count == 0) return null;
        var unit = units[^1];
        var parent = units.Count > 1 ? units[^2] : null;
        if (parent is null) return unit;
        // Joint bodies sharing one place line (liên tịch): "UBND tỉnh Đắk Lắk - Ủy ban MTTQ Việt Nam tỉnh Đắk Lắk".
        if (IsBareParent(parent) && unit.Head is { IsChild: false } && unit.Jurisdiction is not null && unit.Place is not null && units.Count == 2)
            return unit with { Name = $"{parent.Name} {unit.Jurisdiction} {unit.Place} - {unit.Name}" };
        // "BAN CHẤP HÀNH TRUNG ƯƠNG" / "BAN TUYÊN GIÁO": the Central Committee's Ban is "Ban Tuyên giáo Trung ương".
        if (unit.Head is { IsChild: true } && parent.Head?.Text == "Ban Chấp hành Trung ương" && !unit.Tokens.Any(t => t.Folded == "uong"))
            return unit with { Name = ListedName(unit.Name + " Trung ương"), Level = AdministrativeLevel.Central };
        // "HỘI NÔNG DÂN VIỆT NAM" / "BAN CHẤP HÀNH TRUNG ƯƠNG": a mass organisation's central committee is named with the organisation.
        if (unit.Head?.Text == "Ban Chấp hành Trung ương" && parent.Head is { IsChild: false, Level: null } && parent.Place is null)
            return unit with { Name = $"{unit.Name} {parent.Name}", Level = AdministrativeLevel.Central };
        // "TRƯỜNG TH LƯƠNG YÊN" / "PHÒNG THƯ VIỆN": a unit inside a school is named with the school as its place, as a
        // Sở with its province, and sits where the school sits: "TRƯỜNG ĐH CÔNG NGHỆ THÔNG TIN" / "PHÒNG ĐÀO TẠO ĐẠI HỌC"
        // (jj-dh-cntt-phong-dtdh-tb-2014-03-word) where a university does, central.
        if (IsSchool(parent) && unit.Head is { IsChild: true } && !IsSchool(unit) && unit.Place is null && unit.Jurisdiction is null)
            return unit with { Name = $"{unit.Name} {parent.Name}", Level = parent.Level ?? unit.Level ?? parent.Head?.FallbackLevel, Place = parent.Place, Jurisdiction = parent.Jurisdiction };
        // "SỞ Y TẾ HÀ NỘI" / "TRUNG TÂM Y TẾ MÊ LINH": a unit named after a district of its department's province is
        // that district's (a school's level is its own, whatever place it is named after).
        var namesDistrict = unit.Place is null && !IsSchool(unit) && IsDepartment(parent.Head) && parent.Place is { } managed
            && _places.EndsWithDistrictOf(unit.Tokens, unit.Head?.Text.Split(' ').Length ?? 0, managed);
        var level = unit.Level ?? (namesDistrict ? AdministrativeLevel.District : null) ?? (unit.Head is null || unit.Head.IsChild ? parent.Level : null) ?? unit.Head?.FallbackLevel;
        // "SỞ GD&ĐT QUẢNG NGÃI" / "TRƯỜNG THPT BA GIA": a school whose head does not fix its level sits where the body
        // that manages it, named with its place above it, sits. A bare "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO" says nothing of that.
        var parentWords = parent.Head?.Text.Split(' ').Length ?? 0;
        var managing = parent.Place is not null ? parent.Level : NamesItsPlace(parent.Head, parent.Tokens, parentWords) ? parent.Level ?? parent.Head?.FallbackLevel : null;
        // A school whose head fixes its level (mầm non, tiểu học, THCS: a commune's) keeps it: "UBND HUYỆN LẤP VÒ" /
        // "TRƯỜNG THCS MỸ AN HƯNG A" names the office that manages it, not where it sits (corpus README, 2026-12-03).
        if (IsSchool(unit) && unit.Head?.Level is null && parent.Head?.Text != "Phòng" && managing is AdministrativeLevel.Province or AdministrativeLevel.District or AdministrativeLevel.Commune) level = managing;
        // "BỘ CÔNG THƯƠNG" / "TRƯỜNG ĐẠI HỌC CÔNG THƯƠNG THÀNH PHỐ HỒ CHÍ MINH": a ministry's school answers to the ministry
        // and is central, as its Cục is; the city in its name is where it sits (corpus README, the `iw-` rule).
        if (IsSchool(unit) && unit.Head?.Level is null && parent is { Head.IsChild: false, Place: null, Jurisdiction: null }
            && (parent.Level ?? parent.Head.Level ?? parent.Head.FallbackLevel) == AdministrativeLevel.Central) level = AdministrativeLevel.Central;
        var name = unit.Name;
        // "ĐẢNG ỦY XÃ TRÀNG AN" / "CHI BỘ TRƯỜNG THCS TRÀNG AN": the unit's name already ends with its parent's place.
        var namesPlace = parent.Place is not null && TextFolding.FoldLoose(name).EndsWith(" " + TextFolding.FoldLoose(parent.Place), StringComparison.Ordinal);
        // A body named after its school ("CÔNG ĐOÀN THCS HÙNG SƠN", "CÔNG ĐOÀN TRƯỜNG THCS …") is named as the school
        // is, without its manager's place.
        var namesSchool = unit.Head is not null && unit.Tokens.Count > HeadWords(unit)
            && (SchoolLevel(unit.Tokens, HeadWords(unit)) is not null || HeadAt(unit.Tokens, HeadWords(unit)).Head?.Text.StartsWith("Trường", StringComparison.Ordinal) == true);
        // "BAN TỔ CHỨC ĐẠI HỘI ĐẠI BIỂU CÁC DÂN TỘC THIỂU SỐ VIỆT NAM" / "TIỂU BAN THI ĐUA – KHEN THƯỞNG": a part of a body
        // named by its task, with no place of its own, is named with that body's whole name, as under a placed one.
        if (IsPartOf(unit) && unit.Place is null && unit.Jurisdiction is null && parent.Head is not null && parent.Place is null
            && parent.Jurisdiction is null && !IsBareParent(parent) && !namesPlace)
            name = $"{name} {parent.Name}";
        else if (unit.Place is null && !namesPlace && !namesDistrict && !IsSchool(unit) && !namesSchool && unit.Head?.Level != AdministrativeLevel.Central && parent.Level != AdministrativeLevel.Central)
        {
            if (parent.Place is not null) name = WithoutPlaceInitials(name, parent.Jurisdiction, parent.Place);
            // "ỦY BAN MTTQ VIỆT NAM THÀNH PHỐ CẦN THƠ" / "BAN TUYÊN GIÁO": a Front's or a Party committee's Ban is named
            // with its whole parent; a people's committee's Sở or Phòng only with the parent's place. So is a council's
            // Ban ("HĐND TỈNH NGHỆ AN" / "BAN KINH TẾ - NGÂN SÁCH": Ban Kinh tế - Ngân sách HĐND tỉnh, as the Law on the
            // organisation of local government names a council's committees), which is no body of the province.
            if (parent.Jurisdiction is not null && parent.Place is not null && unit.Head is { IsChild: true } && (IsFront(parent) || IsCouncil(parent) || IsPartOf(unit))) name = $"{name} {parent.Name}";
            // "ĐẢNG BỘ TỈNH BẾN TRE" / "ĐẢNG ỦY KHỐI CÁC CƠ QUAN TỈNH": a name ending with its parent's jurisdiction word
            // takes only the place after it.
            else if (parent.Jurisdiction is not null && parent.Place is not null && IssuerPlaceFinder.EndsWithWord(name, parent.Jurisdiction)) name = $"{name} {parent.Place}";
            else if (parent.Jurisdiction is not null && parent.Place is not null) name = $"{name} {parent.Jurisdiction} {parent.Place}";
            // "SỞ Y TẾ HÀ NỘI" / "TRUNG TÂM Y TẾ DỰ PHÒNG": the department's province, as its line writes it.
            else if (parent.Place is not null && IsDepartment(parent.Head)) name = $"{name} {parent.Place}";
            else if (parent.Place is not null) name = $"{name} {parent.Name}";
            // "UBND TỈNH CAO BẰNG" / "SỞ NÔNG NGHIỆP VÀ PTNT" / "CHI CỤC KIỂM LÂM": a unit two lines under the committee is
            // named with the committee's place, as the Sở between them would be.
            else if (parent.Head is { IsChild: true } && unit.Head is { IsChild: true } && units.Count > 2
                     && units[^3] is { Head.IsChild: false, Jurisdiction: { } above, Place: { } seat }) name = $"{name} {above} {seat}";
        }
        return unit with { Name = name, Level = level, Place = unit.Place ?? parent.Place, Jurisdiction = unit.Jurisdiction ?? parent.Jurisdiction };
    }

    // "SỞ Y TẾ TP CẦN THƠ / BỆNH VIỆN PHỤ SẢN TPCT": the unit's line ends with its place's initials (TP Cần Thơ),
    // which the name spells out from the line above (tests/corpus/README.md, the `ip-` rule for a hospital under its
    // Sở): the initials go, so the place is not written twice. Only the initials of the whole place (with or without
    // its jurisdiction word) are taken; any other code at the end is part of the name.
    private static string WithoutPlaceInitials(string name, string? jurisdiction, string place)
    {
        var cut = name.LastIndexOf(' ');
        if (cut <= 0) return name;
        var last = name[(cut + 1)..];
        if (last.Length is < 2 or > 6 || !last.All(char.IsUpper)) return name;
        var code = TextFolding.FoldLoose(last);
        var placeInitials = Initials(place);
        return code == placeInitials || jurisdiction is not null && code == Initials(jurisdiction) + placeInitials ? name[..cut] : name;
    }

    private static string Initials(string words) =>
        string.Concat(TextFolding.FoldLoose(words).Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => w[0]));

    private static int HeadWords(IssuerUnit unit) => unit.Head?.Text.Split(' ').Length ?? 0;

    // "CÔNG ĐOÀN THCS TRẦN CAO VÂN", "CHI BỘ MN HOA SEN": a school named by its level alone, "Trường" left out; the
    // body inside it sits where the school sits (corpus README, 2026-12-03), as the head table's "Trường THCS" says.
    // "ĐOÀN TRƯỜNG THPT BƯNG RIỀNG" (jt-doan-truong-thpt-bung-rieng-tt-2025-tham-quan-pdf): a THPT school is the
    // province's where nothing above it says otherwise (its fallback level), and so is the Đoàn inside it.
    // "CĐCS MẦM NON II" (ma-cdcs-mam-non-ii-hue-kh-2022-thang-6): the school's level in words of its own ("Trường Mầm non").
    private string? SchoolLevel(IReadOnlyList<HeaderToken> tokens, int at)
    {
        foreach (var (words, row) in _heads)
        {
            if (words.Length < 2 || words[0] != "truong" || at + words.Length - 1 > tokens.Count || (row.Level ?? row.FallbackLevel) is not { } level) continue;
            var all = true;
            for (var k = 1; k < words.Length && all; k++) all = tokens[at + k - 1].Folded == words[k];
            if (all) return level;
        }
        return null;
    }

    // "Văn phòng Trung ương" → "Văn phòng Trung ương Đảng": a central body whose official name, as the head table
    // lists it, runs on past the words the header gives; the name as read when no one row extends it.
    private string ListedName(string name)
    {
        var folded = TextFolding.FoldLoose(name) + " ";
        var rows = _heads.Where(h => string.Join(' ', h.Words).StartsWith(folded, StringComparison.Ordinal)).Take(2).ToList();
        return rows is [var only] ? only.Row.Text : name;
    }

    // "SỞ GD&ĐT QUẢNG NGÃI", "PHÒNG GD&ĐT DIỄN CHÂU": a department ending with its province's name, a district's
    // office with its district's.
    private bool NamesItsPlace(IssuerHeadRow? head, IReadOnlyList<HeaderToken> tokens, int headWords) =>
        IsDepartment(head) ? _places.ProvinceAtEnd(tokens, headWords) is not null
        : head is { IsChild: true, Level: null, FallbackLevel: AdministrativeLevel.District } && _places.EndsWithDistrict(tokens, headWords);

    // A province's department ("Sở"): its head fixes the province level.
    private static bool IsDepartment(IssuerHeadRow? head) => head is { IsChild: true, Level: AdministrativeLevel.Province };

    // "Trường THPT Ba Gia", "Trường Mầm non Vân Từ": a school is named by its level and its own proper name, never
    // with the place of the body that manages it.
    private static bool IsSchool(IssuerUnit unit) =>
        unit.Head?.Text.StartsWith("Trường", StringComparison.Ordinal) == true && unit.Tokens.Count > unit.Head.Text.Split(' ').Length;

    private static bool IsBareParent(IssuerUnit unit) =>
        unit is { Head: { IsChild: false, PlaceFollows: false, Level: null }, Jurisdiction: null, Place: null } && unit.Tokens.Count == unit.Head.Text.Split(' ').Length;

    // A standing board, sub-committee or delegation is a part of the body above it, not a body of the place ("TIỂU
    // BAN …" under "ỦY BAN BẦU CỬ XÃ …"; "ĐOÀN GIÁM SÁT" under "HỘI ĐỒNG NHÂN DÂN TỈNH BÌNH DƯƠNG"): the head table marks
    // them, and they are named with that body's whole name. So is a bare "VĂN PHÒNG": the office of the committee or
    // council above it ("Văn phòng UBND tỉnh …").
    private static bool IsPartOf(IssuerUnit unit) =>
        unit.Head is { PartOf: true } || unit.Head?.Text == "Văn phòng" && unit.Tokens.Count == 2
        // "BAN THƯỜNG TRỰC", "BAN THƯỜNG VỤ": the standing board or committee of the body above.
        || unit.Head?.Text == "Ban" && unit.Tokens.Count >= 3 && unit.Tokens[1].Folded == "thuong" && unit.Tokens[2].Folded is "truc" or "vu";

    private static bool IsCouncil(IssuerUnit unit) =>
        unit.Head?.Text is "Hội đồng nhân dân" or "HĐND";

    private static bool IsFront(IssuerUnit unit) =>
        unit.Head?.Text is "Ủy ban Mặt trận Tổ quốc" or "Ủy ban MTTQ";

    /// <summary>The issuing body a running-text name denotes ("Ủy ban nhân dân tỉnh", "Sở Y tế"), read as a header block would be.</summary>
    public IssuerUnit? ReadName(string name)
    {
        // A text names its bodies again and again ("UBND tỉnh", "Sở Y tế"), and the header, self-statement and place
        // readers each ask for the same names: the answer depends on the name alone, so it is kept for the parse (a
        // twelfth of a parse went to reading names anew). Per thread and per parse (PlanParser forgets them when a
        // parse starts): no lock, no growth in a long-running service, and a benchmark that parses one text again
        // and again measures one parse, not a warm cache.
        var kept = ReferenceEquals(t_namesOwner, this) && t_namesRead is { } names ? names : StartNames();
        if (kept.TryGetValue(name, out var known)) return known;
        return kept[name] = ReadNameAnew(name);
    }

    [ThreadStatic] private static Dictionary<string, IssuerUnit?>? t_namesRead;
    [ThreadStatic] private static IssuerUnitReader? t_namesOwner;

    private Dictionary<string, IssuerUnit?> StartNames()
    {
        t_namesOwner = this;
        var names = t_namesRead ??= new Dictionary<string, IssuerUnit?>(StringComparer.Ordinal);
        names.Clear();
        return names;
    }

    /// <summary>Forgets the names read on this thread: called when a parse starts, so the names kept are one text's.</summary>
    public static void ForgetNamesOnThisThread() => t_namesOwner = null;

    private IssuerUnit? ReadNameAnew(string name)
    {
        var tokens = new List<HeaderToken>();
        var at = 0;
        foreach (var word in name.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var upper = InvariantCasing.ToUpper(word);
            tokens.Add(new HeaderToken(upper, TextFolding.Fold(upper), at, at + word.Length, false));
            at += word.Length + 1;
        }
        return Issuer(Read(tokens));
    }

    private bool Splits((IssuerHeadRow? Head, int HeadWords, List<HeaderToken> Tokens) current, IssuerHeadRow head, bool breakBefore)
    {
        // "BAN CHẤP HÀNH TRUNG ƯƠNG" names a whole body with its head alone.
        var complete = current.Tokens.Count > current.HeadWords || current.Head?.Level == AdministrativeLevel.Central;
        // "ỦY BAN NHÂN DÂN" / "ỦY BAN MTTQ VIỆT NAM" / "TỈNH ĐẮK LẮK": two bodies' heads on lines of their own, one place (a joint document).
        if (breakBefore && head.Strong && !head.IsChild && current.Head is { IsChild: false } && current.Tokens.Count == current.HeadWords) return true;
        // "UBND HUYỆN THÁI THỤY PHÒNG GIÁO DỤC" on one line: a place of two words or more is whole ("HẢI PHÒNG" is not cut).
        if (!breakBefore && !head.Strong && complete && head.IsChild && !(current.Head?.IsChild ?? false) && PlaceWordsAtEnd(current.Tokens) >= 2) return true;
        // "LIÊN ĐOÀN LAO ĐỘNG TP HUẾ CĐCS MẦM NON II", "UBND QUẬN 5 PHÒNG GIÁO DỤC" on one line (the parent's line and the
        // issuing body's run together, ma-cdcs-mam-non-ii-hue-kh-2022-thang-6): a place of one word is whole where the
        // gazetteers know it as read and not with the head's first word after it ("HẢI" + "PHÒNG" is Hải Phòng).
        if (!breakBefore && !head.Strong && complete && head.IsChild && !(current.Head?.IsChild ?? false) && OneWordPlaceEnds(current.Tokens, head)) return true;
        // "SỞ GD&ĐT QUẢNG NGÃI TRƯỜNG THPT BA GIA" on one line: a department named with its province is whole, and
        // the body under it opens at its head word.
        if (!breakBefore && complete && head.IsChild && NamesItsPlace(current.Head, current.Tokens, current.HeadWords)) return true;
        // "TỈNH ỦY BÌNH DƯƠNG BAN TUYÊN GIÁO", "BAN CHẤP HÀNH TRUNG ƯƠNG ỦY BAN KIỂM TRA" on one line (a flattened Party
        // header): a committee named with its place of two words or more ("HẢI" of "THÀNH ỦY HẢI PHÒNG" is not cut), or a
        // central body named by its head alone, is whole, and the body under it opens at its head word.
        if (!breakBefore && head.IsChild && current.Head is { IsChild: false } parent
            && (parent.PlaceFollows && current.Tokens.Count - current.HeadWords >= 2
                || parent.Level == AdministrativeLevel.Central && current.Tokens.Count == current.HeadWords)) return true;
        // "BỘ CÔNG THƯƠNG TRƯỜNG ĐẠI HỌC ĐIỆN LỰC", "BỘ TÀI CHÍNH CỤC THUẾ", "BỘ Y TẾ CỤC QUẢN LÝ DƯỢC" on one line
        // (jt-dh-dien-luc-tb-2022-275, a transcription that ran the two header lines together; jd-cuc-thue-cv-2025-5332-md,
        // jb-cuc-qld-qd-2023-397-tvpl-bulletin with their line breaks lost): a ministry named whole, then the head of a body
        // under it (a school, a Cục, a Tổng cục), is the ministry's body under it; no ministry's name holds such a head. A
        // dash joins the two into one party of a joint header ("BỘ Y TẾ - CỤC QUẢN LÝ MÔI TRƯỜNG Y TẾ, BỘ CÔNG AN - …").
        if (!breakBefore && complete && head.IsChild && current.Head is { IsChild: false, Level: AdministrativeLevel.Central }
            && (head.Text.StartsWith("Trường ", StringComparison.Ordinal) || current.Tokens[^1].Folded is not ("-" or "–"))) return true;
        // "TỔNG LIÊN ĐOÀN LAO ĐỘNG VIỆT NAM CÔNG ĐOÀN GIÁO DỤC VIỆT NAM" on one line (kb-cd-giao-duc-viet-nam-cv-2018-175 with
        // its line breaks lost): a national body's name closed by the country's is whole, as a place of two words is, and
        // the head after it opens the body under it. The youth organisations' names, closed by "Hồ Chí Minh", head their
        // units' names instead ("ĐỘI TNTP HỒ CHÍ MINH TRƯỜNG TH TÂN HOÀ", "ĐOÀN TNCS HỒ CHÍ MINH BCH TRƯỜNG CĐ …").
        if (!breakBefore && complete && EndsWithCountry(current.Tokens)) return true;
        // "BAN TUYÊN GIÁO TỈNH ỦY": a parent word after a child body says whose body it is.
        var qualifies = current.Head is { IsChild: true } && !head.IsChild;
        return complete && !qualifies && (breakBefore || head.Strong);
    }

    private bool OneWordPlaceEnds(List<HeaderToken> tokens, IssuerHeadRow head)
    {
        var j = tokens.Count >= 2 && JurisdictionAt(tokens, tokens.Count - 2) is { Words: 1 } one ? one
            : tokens.Count >= 3 && JurisdictionAt(tokens, tokens.Count - 3) is { Words: 2 } two ? two : default((string Text, int Words, string Level)?);
        if (j is null) return false;
        var place = tokens[^1].Text;
        return KnownPlaces.Knows(_gazetteer, j.Value.Text, place) && !KnownPlaces.Knows(_gazetteer, j.Value.Text, place + " " + head.Text.Split(' ')[0]);
    }

    private int PlaceWordsAtEnd(List<HeaderToken> tokens)
    {
        for (var i = tokens.Count - 1; i >= 0; i--)
            if (JurisdictionAt(tokens, i) is { } j) return tokens.Count - i - j.Words;
        return 0;
    }

    // head only where the block lost its marks; in the middle of a line whose other words kept theirs it is the word as
    // written, a place's name. At a line's start only its neighbour can tell. The same reading as a jurisdiction
    // word's ("QUAN" after "CƠ").
    private static bool LostMarksAlone(IReadOnlyList<HeaderToken> tokens, int at, int words, string head)
    {
        if (!WordMarks.HasMarks(head) || Enumerable.Range(at, words).Any(k => WordMarks.HasMarks(tokens[k].Text))) return false;
        if (at > 0 && !tokens[at].BreakBefore)
        {
            var start = at;
            while (start > 0 && !tokens[start].BreakBefore) start--;
            var end = at + words;
            while (end < tokens.Count && !tokens[end].BreakBefore) end++;
            return Enumerable.Range(start, end - start).Any(k => (k < at || k >= at + words) && WordMarks.HasMarks(tokens[k].Text));
        }
        return at + words < tokens.Count && !tokens[at + words].BreakBefore && WordMarks.HasMarks(tokens[at + words].Text);
    }

    private (IssuerHeadRow? Head, int Words) HeadAt(IReadOnlyList<HeaderToken> tokens, int at)
    {
        // "ĐẢNG ỦY KHỐI CƠ SỞ BỘ …": "cơ sở" (grassroots, premises) is one word, its "SỞ" no department.
        if (at > 0 && tokens[at].Folded == "so" && tokens[at - 1].Folded == "co") return (null, 0);
        // "BỘ / KHOA HỌC VÀ CÔNG NGHỆ": "khoa học" (science) is a name's words, its "KHOA" no university's faculty.
        if (tokens[at].Folded == "khoa" && at + 1 < tokens.Count && tokens[at + 1].Folded == "hoc") return (null, 0);
        if (!_headsByFirstWord.TryGetValue(tokens[at].Folded, out var candidates)) return (null, 0);
        foreach (var (words, wordMarks, textMarks, row) in candidates)
        {
            if (at + words.Length > tokens.Count || row.LineStart && at > 0 && !tokens[at].BreakBefore) continue;
            var all = true;
            var slips = 0;
            for (var k = 0; k < words.Length && all; k++)
                all = tokens[at + k].Folded == words[k] && (WordMarks.SameMarkSet(tokens[at + k].Text, wordMarks, k)
                    || (words.Length >= 3 && WordMarks.ToneSlip(tokens[at + k].Text, wordMarks, k) || words.Length >= 2 && WordMarks.HatLost(tokens[at + k].Text, wordMarks, k)) && ++slips == 1);
            if (all && !LostMarksAlone(tokens, at, words.Length, row.Text)) return (row, words.Length);
            if (words.Length == 1 && WordMarks.LostTone(tokens[at].Text, textMarks) && NamesListedBody(tokens, at)) return (row, 1);
        }
        foreach (var (words, _, _, row) in candidates)
            if (LetterLostAcrossSpace(tokens, at, words)) return (row, words.Length);
        return (null, 0);
    }

    // "ỦY BANN ÂN DÂN" (iw-ubnd-phu-tho-cv-ra-soat-tthc-2011-ocr, for "ỦY BAN NHÂN DÂN"): OCR moved a word's space and lost
    // a letter beside it. A head of three words or more read on one line, its first word whole and its letters all there
    // but one, in order, is still that head: a one-letter slip in so long a name makes no other name.
    private static bool LetterLostAcrossSpace(IReadOnlyList<HeaderToken> tokens, int at, string[] words)
    {
        if (words.Length < 3 || at + words.Length > tokens.Count || tokens[at].Folded != words[0]) return false;
        var (writtenLength, expectedLength) = (0, 0);
        for (var k = 0; k < words.Length; k++)
        {
            if (k > 0 && tokens[at + k].BreakBefore) return false;
            (writtenLength, expectedLength) = (writtenLength + tokens[at + k].Folded.Length, expectedLength + words[k].Length);
        }
        if (writtenLength + 1 != expectedLength) return false;
        var w = string.Concat(tokens.Skip(at).Take(words.Length).Select(t => t.Folded));
        var e = string.Concat(words);
        var i = 0;
        while (i < w.Length && w[i] == e[i]) i++;
        return i >= words[0].Length && string.CompareOrdinal(w, i, e, i + 1, w.Length - i) == 0;
    }

    private bool NamesListedBody(IReadOnlyList<HeaderToken> tokens, int at)
    {
        if (at > 0 && !tokens[at].BreakBefore) return false;
        var end = at + 1;
        while (end < tokens.Count && !tokens[end].BreakBefore) end++;
        return end - at > 1 && _listedNames.Contains(string.Join(' ', tokens.Skip(at).Take(end - at).Select(t => t.Folded)));
    }

    private IssuerUnit Build(IssuerHeadRow? head, int headWords, List<HeaderToken> tokens, IssuerUnit? parent)
    {
        string? jurisdiction = null, place = null, level = head?.Level;
        IssuerHeadRow? qualifier = null;
        var name = new StringBuilder();
        var mode = Mode.Name;
        var properName = false;
        var nameWords = 0;
        var placeWords = new List<string>();
        for (var i = 0; i < tokens.Count;)
        {
            var t = tokens[i];
            var (q, n) = i < headWords ? (head, headWords) : HeadAt(tokens, i);
            if (q is not null && n > 0)
            {
                Append(name, IsAbbreviation(t.Text) && n == 1 ? t.Text : q.Text);
                // "BCH CÔNG ĐOÀN TRƯỜNG THCS …": the first inner head that fixes a level gives it (the school's).
                if (i > 0 && qualifier?.Level is null) qualifier = q;
                mode = q.PlaceFollows ? Mode.Place : Mode.Name;
                properName = q.ProperNameFollows;
                placeWords.Clear();
                nameWords = 0;
                i += n;
                continue;
            }
            if (JurisdictionAt(tokens, i) is { } j)
            {
                jurisdiction ??= j.Text;
                Append(name, j.Text);
                mode = Mode.Place;
                placeWords.Clear();
                i += j.Words;
                continue;
            }
            // "PHÒNG GIÁO DỤC & ĐÀO TẠO": the ampersand between two words is "và".
            // "TRƯỜNG TIỂU HỌC SỐ 1 …": a school's serial ("số 1") is the one word of its name in small letters.
            var cased = t.Text == "&" ? "và" : mode == Mode.Place ? TitleWord(t.Text)
                : IsAbbreviation(t.Text) || i == tokens.Count - 1 && IsRomanNumeral(t.Text) ? t.Text
                : properName && t.Folded == "so" && i + 1 < tokens.Count && tokens[i + 1].Text.All(char.IsAsciiDigit) ? InvariantCasing.ToLower(t.Text)
                : nameWords == 0 || properName || PreviousOpensName(tokens, i) || InProperName(tokens, i) ? TitleWord(t.Text) : InvariantCasing.ToLower(t.Text);
            // "TRUYÈN THÔNG", "TỎ CHỨC" (OCR): a word of the name one mark off a pair of words the agency tables write,
            // beside its other word read right, is that word; a place's words are names no table lists, and stay as written,
            // as do a school's (a proper name).
            if (mode == Mode.Name && !properName && cased != t.Text && _words.Repair(t, i > 0 ? tokens[i - 1] : null, i + 1 < tokens.Count ? tokens[i + 1] : null) is { } known)
                cased = char.IsUpper(cased[0]) ? char.ToUpperInvariant(known[0]) + known[1..] : known;
            if (mode == Mode.Place) placeWords.Add(cased);
            Append(name, cased);
            nameWords++;
            i++;
        }
        if (placeWords.Count > 0) place = string.Join(' ', placeWords);
        // "SỞ Y TẾ HÀ NỘI": a department names its province without the word "tỉnh" or "thành phố".
        if (place is null && jurisdiction is null && IsDepartment(head) && _places.ProvinceAtEnd(tokens, headWords) is { } province) place = province.Province;
        // "KHO BẠC NHÀ NƯỚC PHÚ THỌ", "CÔNG AN HÀ NỘI", "ỦY BAN NHÂN DÂN / LÀO CAI": a body whose head fixes no level, named
        // after a province without the word "tỉnh", is that province's; a committee or council, whose name takes its
        // jurisdiction (agencies.json), is written with the province's kind word, as the record names it. So is a unit
        // named alone, with no body above it, whose head gives no level: "Bệnh viện Đà Nẵng trân trọng kính báo!"
        // (kw-bv-da-nang-tb-2018-nghi-le-headerless), a city's hospital; a central one says so ("Bệnh viện Trung ương Huế").
        else if (place is null && jurisdiction is null && head is { Level: null, PlaceFollows: false } && tokens.Count > headWords
                 && (!head.IsChild || parent is null && head.FallbackLevel is null && !tokens.Any(t => t.Folded == "uong"))
                 && _places.ProvinceAtEnd(tokens, headWords) is { } seat && _gazetteer.Exact(seat.Province) is { } row)
        {
            (place, level) = (row.Name, level ?? AdministrativeLevel.Province);
            var words = name.ToString().Split(' ');
            var kind = _tables.Agencies.Any(a => a.TakesJurisdiction && a.Text == head.Text) ? row.Kind : null;
            jurisdiction = kind;
            name.Clear().Append(string.Join(' ', words[..^seat.Words].Append(kind).Append(row.Name).OfType<string>()));
        }
        // "TỔNG CỤC THUẾ" / "CỤC THUẾ TP.HCM" (lt-cuc-thue-tp-hcm-cv-2011-hoa-don-ocr): under its parent body, a unit named
        // after a city's short name that carries its kind word ("TP.HCM", "TPHCM", "TP HCM", provinces.json) names that
        // jurisdiction, as "TP HỒ CHÍ MINH" written out does. A body of its own so named ("ĐẠI HỌC QUỐC GIA TP.HCM") is not read so.
        else if (place is null && jurisdiction is null && head is { IsChild: true } && parent is not null && tokens.Count > headWords
                 && _places.ProvinceAtEnd(tokens, headWords) is { } city
                 && _gazetteer.Exact(city.Province) is { Kind: var cityKind } && IsKindInitials(tokens[^city.Words].Folded, cityKind))
            (place, jurisdiction) = (city.Province, cityKind);
        // "TỈNH LAM ĐỌNG", "TỈNH PHU THỌ", "TỈNH BÉN TRE" (OCR): a province's name read with its marks damaged is written
        // as the table writes it; only a name that is the province's letter for letter, after its kind word.
        // "THÁNH PHÔ HAI PHÒNG" (lq-ubnd-hai-phong-qd-2025-430-ocr): the name's last word is a head ("PHÒNG"), which closed
        // the place; the words after the kind word are still the place the table may spell.
        if (place is null && jurisdiction is "tỉnh" or "thành phố" && WordsAfterKind(name.ToString(), jurisdiction) is { } tail
            && _gazetteer.Misspelt(tail) is not null) place = tail;
        if (place is not null && jurisdiction is "tỉnh" or "thành phố" && _gazetteer.Misspelt(place) is { } spelled
            && name.ToString().EndsWith(" " + place, StringComparison.Ordinal))
        {
            name.Length -= place.Length;
            name.Append(spelled.Name);
            place = spelled.Name;
        }
        level ??= qualifier?.Level;
        if (jurisdiction is not null && level is null) level = LevelOf(jurisdiction, place);
        var headText = head?.Text ?? "";
        if (headText == "Thành ủy" && place is not null) level = IsCentralCity(place) ? AdministrativeLevel.Province : AdministrativeLevel.District;
        // "… TRUNG ƯƠNG", "… CÁC CƠ QUAN TW": a body of the centre (TW is how headers abbreviate Trung ương).
        if (level is null && (tokens.Any(t => t.Folded == "trung") && tokens.Any(t => t.Folded == "uong") || tokens.Any(t => t.Folded == "tw"))) level = AdministrativeLevel.Central;
        // "BẢO HIỂM XÃ HỘI VIỆT NAM", "HỘI NÔNG DÂN VIỆT NAM": a body named after the country, with no place of its
        // own, is a national one; a Front committee writes "VIỆT NAM" at every level, so its place decides.
        if (level is null && jurisdiction is null && head is { IsChild: false } && head.Text is not ("Ủy ban Mặt trận Tổ quốc" or "Ủy ban MTTQ")
            && tokens.Count > headWords + 1 && tokens[^2].Folded == "viet" && tokens[^1].Folded == "nam") level = AdministrativeLevel.Central;
        if (level is null && head is not null && headWords < tokens.Count) level = SchoolLevel(tokens, headWords);
        if (level is null && head is { IsChild: false } && parent is null) level = head.FallbackLevel;
        return new IssuerUnit { Head = head, Tokens = tokens, Jurisdiction = jurisdiction, Place = place, Level = level, Name = Respell(name.ToString()) };
    }

    // The words of a name after its last kind word ("Hai Phòng" of "Ủy ban nhân dân thành phố Hai Phòng"), or null.
    private static string? WordsAfterKind(string name, string kind)
    {
        var at = name.LastIndexOf(" " + kind + " ", StringComparison.Ordinal);
        return at < 0 ? null : name[(at + kind.Length + 2)..];
    }

    /// <summary>
    /// "PHÒNG GIÁO DỤC-ĐÀO TẠO", "PHÒNG GD&amp;ĐT", "TRƯỜNG TH", "Giáo dục- Đào tạo": a body's name in its full spelling
    /// (issuer-heads.json spellings).
    /// </summary>
    public string Respell(string name)
    {
        // Folded once, and again only after a spelling changed the name (a parse reads many names, most with none).
        var folded = TextFolding.FoldLoose(name);
        if (!MayHoldForm(folded)) return name;
        foreach (var (forms, full) in _spellings)
        {
            if (folded.Length != name.Length) return name; // offsets differ (decomposed marks): leave the name as written
            foreach (var form in forms)
            {
                var at = folded.IndexOf(form, StringComparison.Ordinal);
                if (at < 0 || at > 0 && folded[at - 1] != ' ' || at + form.Length < folded.Length && folded[at + form.Length] != ' ') continue;
                name = name[..at] + full + name[(at + form.Length)..];
                folded = TextFolding.FoldLoose(name);
                break;
            }
        }
        return name;
    }

    // A form is found only where it stands as whole words of the name (a space or an end on both sides), so the name's
    // word where it opens is the form's first word: a name none of whose words opens a form ("uy ban nhan dan tinh ben
    // tre", "so y te") holds none, and is passed over without looking for each of the table's forms (issue 12, parser
    // speed: Respell looked for some ninety forms in every name a parse reads, a hundredth of a parse).
    private bool MayHoldForm(string folded)
    {
        foreach (var word in folded.AsSpan().Split(' '))
            if (_formFirstWords.Contains(folded.AsSpan()[word])) return true;
        return false;
    }

    // "tp.hcm", "tphcm", "tp": the written short name opens with the initials of its kind ("thành phố" → "tp").
    private static bool IsKindInitials(string folded, string kind)
    {
        var initials = string.Concat(TextFolding.FoldLoose(kind).Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => w[0]));
        return initials.Length > 1 && folded.StartsWith(initials, StringComparison.Ordinal);
    }

    private (string Text, int Words, string Level)? JurisdictionAt(IReadOnlyList<HeaderToken> tokens, int at)
    {
        // "UBND TX. ĐỒNG XOÀI", "UBND TP. HUẾ", "CỤC HẢI QUAN TP HỒ CHÍ MINH": the abbreviated jurisdiction words ("TT"
        // without its full stop may be "Trung tâm", so it needs one).
        // "TRƯỜNG MN TT CẦN GIUỘC": after a school's level "TT" is the thị trấn the school is named after, full stop or not.
        if (at > 0 && at < tokens.Count - 1 && tokens[at].Folded == "tt" && tokens[at - 1].Folded is "mn" or "mg" or "th" or "thcs")
            return ("thị trấn", 1, AdministrativeLevel.Commune);
        if (at < tokens.Count - 1 && tokens[at].Folded is "tx." or "tp." or "tt." or "tx" or "tp")
            return tokens[at].Folded switch
            {
                "tx." or "tx" => ("thị xã", 1, AdministrativeLevel.District),
                "tt." => ("thị trấn", 1, AdministrativeLevel.Commune),
                _ => ("thành phố", 1, AdministrativeLevel.District),
            };
        foreach (var (folded, level, text) in JurisdictionWords)
        {
            // Asked at every word of a header block: most words open no jurisdiction, so they are turned away before
            // the entry is split (its first word is a prefix of it).
            if (!folded.StartsWith(tokens[at].Folded, StringComparison.Ordinal)) continue;
            var words = folded.Split(' ');
            if (at + words.Length > tokens.Count) continue;
            var all = true;
            for (var k = 0; k < words.Length && all; k++) all = tokens[at + k].Folded == words[k];
            // One word with its marks is enough for two ("THÀNH PHÔ" from OCR): no name is spelled as both words.
            if (!all || !AnySameMarks(tokens, at, words.Length, text) && !TildeForHook(tokens, at, text) && !ToneSlipsOnly(tokens, at, text)) continue;
            // "CƠ QUAN", "CƠ QUAN TW": a word with no marks is a jurisdiction ("QUAN" for "QUẬN") only where the block
            // lost its marks; after a word that kept them it is the word as written. OCR loses the marks line by line:
            // "ỦY BAN NHÂN DÂN" / "THANH PHO CAN THƠ" (jj-ubnd-can-tho-qd-2025-383-ocr), so a word on the line above
            // that kept them says nothing of this line's.
            if (!AnyHasMarks(tokens, at, words.Length) && at > 0 && !tokens[at].BreakBefore && WordMarks.HasMarks(tokens[at - 1].Text)) continue;
            var next = at + words.Length < tokens.Count ? tokens[at + words.Length].Folded : null;
            if (next is not null && NotJurisdictionAfter.Contains(next) && !PlaceNamedHoi(tokens, at, words.Length, text)) return null;
            return (text, words.Length, level);
        }
        return null;
    }

    // Bodies whose last word a commune's name follows: "ỦY BAN NHÂN DÂN", "UBND", "HĐND", "ĐẢNG ỦY".
    private static readonly string[] CommuneBodyEnds = ["dan", "ubnd", "hdnd", "uy"];

    // Words that go on with "xã hội" as the word for society: the motto's "CHỦ NGHĨA", "xã hội hóa", "Khoa học xã hội và
    // nhân văn", a field's body and its place ("Chính sách xã hội tỉnh …").
    private static readonly string[] SocietyGoesOn = ["chu", "hoa", "hoc", "va", "viet", "tinh", "huyen", "quan", "thi", "thanh", "xa", "phuong"];

    // "ỦY BAN NHÂN DÂN / XÃ HỘI AN", "UBND XÃ HỘI XUÂN", "UBND THÀNH PHỐ HỘI AN": places named Hội An, Hội Xuân. "XÃ HỘI" is the
    // word for society (the motto, "THƯƠNG BINH VÀ XÃ HỘI") unless a commune's body ends right before "XÃ" (or the
    // line opens on it) and a name's word follows "HỘI"; "xã hội" after such a body never means society in a header.
    private static bool PlaceNamedHoi(IReadOnlyList<HeaderToken> tokens, int at, int words, string jurisdiction)
    {
        // "Thành phố Hội An" too; "tỉnh hội", "huyện hội" are a province's or district's association, not a place.
        if (jurisdiction is not ("xã" or "thành phố") || at + words + 1 >= tokens.Count || tokens[at + words].Folded != "hoi") return false;
        var name = tokens[at + words + 1];
        return (at == 0 || CommuneBodyEnds.Contains(tokens[at - 1].Folded)) && !name.BreakBefore && name.Folded.All(char.IsAsciiLetter)
            && !SocietyGoesOn.Contains(name.Folded);
    }

    // "BCH HỘI NONG DAN TĨNH LAM ĐÓNG" (iu-hoi-nong-dan-lam-dong-cv-52-2025-ocr), "VP.UBND TĨNH BÌNH THUẬN" (jc-hdql-quy-
    // khuyen-hoc-binh-thuan-don-2025-ocr): a scan reads the hook of "TỈNH" as a tilde. "Tĩnh" as written is a name's word,
    // after "Hà" (Hà Tĩnh) or after a jurisdiction ("HUYỆN TĨNH GIA"); after any other word it is the province's kind.
    private static bool TildeForHook(IReadOnlyList<HeaderToken> tokens, int at, string jurisdiction) =>
        jurisdiction == "tỉnh" && at > 0 && InvariantCasing.ToLower(tokens[at].Text) == "tĩnh"
        && tokens[at - 1].Folded is not ("ha" or "tinh" or "huyen" or "quan" or "xa" or "phuong" or "pho" or "tran");

    // "UỶ BAN NHÂN DÂN / THÁNH PHÔ HAI PHÒNG" (lq-ubnd-hai-phong-qd-2025-430-ocr): OCR misread the tone of each word of a
    // two-word jurisdiction (acute for grave, a tone lost) and kept every other mark; no name is spelled as both words.
    private static bool ToneSlipsOnly(IReadOnlyList<HeaderToken> tokens, int at, string jurisdiction)
    {
        var parts = jurisdiction.Split(' ');
        if (parts.Length != 2) return false;
        for (var k = 0; k < parts.Length; k++)
            if (!WordMarks.ToneSlip(tokens[at + k].Text, [WordMarks.Marks(parts[k])], 0)) return false;
        return true;
    }

    // Loops rather than Enumerable.Range(…).Any(k => …) in JurisdictionAt: the lambdas captured the entry's words, so
    // a closure was allocated for every entry at every word, matched or not.
    private static bool AnySameMarks(IReadOnlyList<HeaderToken> tokens, int at, int count, string jurisdiction)
    {
        for (var k = 0; k < count; k++) if (SameMarks(tokens[at + k].Text, k, jurisdiction)) return true;
        return false;
    }

    private static bool AnyHasMarks(IReadOnlyList<HeaderToken> tokens, int at, int count)
    {
        for (var k = 0; k < count; k++) if (WordMarks.HasMarks(tokens[at + k].Text)) return true;
        return false;
    }

    private string LevelOf(string jurisdiction, string? place)
    {
        var folded = TextFolding.FoldLoose(jurisdiction);
        if (folded == "thanh pho") return place is not null && IsCentralCity(place) ? AdministrativeLevel.Province : AdministrativeLevel.District;
        return JurisdictionWords.First(j => j.Folded == folded).Level;
    }

    private bool IsCentralCity(string place) => _gazetteer.Exact(place) is { Kind: "thành phố" };

    private bool IsAbbreviation(string word) =>
        word.Length > 1 && (_tables.Abbreviations.ContainsKey(word) || _tables.IssuerByCode(word) is not null || !word.Any(IsVowel));

    // "CĐCS MẦM NON II" (ma-cdcs-mam-non-ii-hue-kh-2022-thang-6): a unit numbered after its name keeps its numeral's
    // capitals; only at the name's end, where no word ("XI MĂNG", "VI SINH") opens on the same letters.
    private static bool IsRomanNumeral(string word) =>
        Citations.RomanNumerals.Term(word.ToLowerInvariant()) is { } n && n <= 10 && Citations.RomanNumerals.ToRoman(n) == word;

    private static bool IsVowel(char c) => "aeiouy".Contains(TextFolding.Fold(c));

    // "VIỆT NAM" inside "ỦY BAN MTTQ VIỆT NAM", "HỒ CHÍ MINH" inside "ĐOÀN TNCS HỒ CHÍ MINH": token i is a word of one of
    // the proper names (issuer-heads.json), all of whose words stand around it.
    private bool InProperName(IReadOnlyList<HeaderToken> tokens, int i)
    {
        foreach (var words in _properNames)
            for (var k = 0; k < words.Length; k++)
            {
                var start = i - k;
                if (start < 0 || start + words.Length > tokens.Count) continue;
                var all = true;
                for (var w = 0; w < words.Length && all; w++) all = tokens[start + w].Folded == words[w];
                if (all) return true;
            }
        return false;
    }

    private static bool EndsWithCountry(List<HeaderToken> tokens) =>
        tokens.Count >= 2 && tokens[^2].Folded == "viet" && tokens[^1].Folded == "nam";

    private static bool PreviousOpensName(IReadOnlyList<HeaderToken> tokens, int i) =>
        i > 0 && (tokens[i - 1].Folded is "va" or "-" or "&" || tokens[i - 1].Text.EndsWith(','));

    private static string TitleWord(string word)
    {
        var sb = new StringBuilder(word.Length);
        var start = true;
        foreach (var c in word)
        {
            sb.Append(start ? InvariantCasing.ToUpper(c) : InvariantCasing.ToLower(c));
            start = c is '-' or '.' or '(';
        }
        return sb.ToString();
    }

    private static void Append(StringBuilder sb, string word)
    {
        if (sb.Length > 0) sb.Append(' ');
        sb.Append(word);
    }

    private enum Mode { Name, Place }


}
