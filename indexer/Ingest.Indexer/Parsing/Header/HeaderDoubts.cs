using Ingest.Indexer.Model;
using Ingest.Indexer.Parsing.Places;
using Ingest.Indexer.Parsing.Tables;
using Ingest.Indexer.Text;

namespace Ingest.Indexer.Parsing.Header;

/// <summary>
/// Cross-checks what the header parser read against the rest of the header, for misreadings the parser is sure of:
/// a title taken from a page's headline above the header, a type word the number's type code contradicts, a title
/// that opens on punctuation or stops before its own bracketed words, an upper-case heading over a text typed Công
/// văn, a department or an organisation left in a shorthand the tables do not hold, an agency's code written as a
/// name, a province the place line contradicts, a title a headerless text only says in a sentence. Each finding is a <see cref="HeaderDoubt"/> that
/// <see cref="HeaderReview.Doubt"/> turns into a review flag: a misread header should be flagged rather than
/// guessed. Reads only the evidence the header parser and the issuer resolver produce. Pure and thread-safe; never
/// throws on any header.
/// </summary>
public sealed class HeaderDoubts
{
    // How far below the number or the place-date the header's own title may stand (the heading block under them).
    private const int HeaderZone = 1500;
    // The title's opening read for the search: long enough to be the title's own words, short enough to survive a
    // line break or a repaired letter further on.
    private const int TitleKey = 24;

    private readonly DomainTables _tables;
    private readonly ProvinceGazetteer _gazetteer;

    /// <summary>Checks over the given tables and gazetteer (the parser's own).</summary>
    public HeaderDoubts(DomainTables tables, ProvinceGazetteer gazetteer)
    {
        ArgumentNullException.ThrowIfNull(tables);
        ArgumentNullException.ThrowIfNull(gazetteer);
        _tables = tables;
        _gazetteer = gazetteer;
    }

    /// <summary>The doubts about <paramref name="header"/> and the issuer read from it; empty when the parts agree.</summary>
    public IReadOnlyList<HeaderDoubt> Find(TextView view, HeaderInfo header, IssuerReading reading)
    {
        var doubts = new List<HeaderDoubt>();
        if (TitleAboveHeader(view, header) is { } above) doubts.Add(above);
        if (TypeAgainstCode(header, reading) is { } type) doubts.Add(type);
        if (TitleOpensOnPunctuation(header) is { } punctuation) doubts.Add(punctuation);
        if (TitleClosesOnDebris(header) is { } closing) doubts.Add(closing);
        if (TitleGoesOnInBrackets(view, header) is { } bracket) doubts.Add(bracket);
        if (HeadedLetter(header) is { } letter) doubts.Add(letter);
        if (DepartmentShorthand(reading.Name.Value) is { } shorthand) doubts.Add(shorthand);
        if (CodeAsName(reading.Name.Value) is { } code) doubts.Add(code);
        if (ProvinceAgainstPlace(header, reading) is { } province) doubts.Add(province);
        if (TitleFromText(header, reading) is { } said) doubts.Add(said);
        if (IssuerLineDebris.Find(view.Original, reading) is { } debris) doubts.Add(debris);
        if (PlaceAfterCutMotto(view, header) is { } cut) doubts.Add(cut);
        if (DayBesideSign(view, header) is { } day) doubts.Add(day);
        return doubts;
    }

    // A text with no header block whose issuer only a sentence says (a portal's news report "… đã ban hành Kế hoạch số
    // 1888/KH-VPUBND về công tác cải cách hành chính năm 2026", a notice printed without its header): the title taken
    // from such a sentence is the report's words, which no heading of the document confirms.
    private static HeaderDoubt? TitleFromText(HeaderInfo header, IssuerReading reading) =>
        reading.SaidOnlyInText && header is { Title: not null, TitleSource: "self-statement" }
            ? new("title", "title-from-text", "the text has no header block; its title was read from a sentence of the text")
            : null;

    // Nghị định 30/2020/NĐ-CP, Phụ lục I: the type heading and the trích yếu stand under the number and the
    // place-date. A title found only above them is a portal's or a mirror's headline ("KẾ HOẠCH THỰC HIỆN NHIỆM VỤ
    // NĂM HỌC 2025-2026" over a header whose own heading reads "Thực hiện nhiệm vụ giáo dục mầm non, năm học
    // 2025-2026"), which shortens or rewords the document's title. A letter's V/v subject sits in the left column
    // beside the place-date, so a flattened copy may put it above that line: subjects are not judged here. Without
    // a number the place-date may be a closing line at the foot of the text, so only a header with a number is.
    private static HeaderDoubt? TitleAboveHeader(TextView view, HeaderInfo header)
    {
        if (header.Title is not { } title || header.TitleSource is null or "subject" or "self-statement" || header.NumberSpan is not { } number)
            return null;
        var top = HeaderTop(view, header, number.Start);
        if (Key(title) is not { } key) return null;
        var folded = view.Folded;
        var first = folded.IndexOf(key, StringComparison.Ordinal);
        // Not found (a title repaired or joined across lines) or found under the header: nothing to doubt.
        if (first < 0 || first >= top) return null;
        // Found again under the header in the title's own case: the heading block has it. A body's sentence naming
        // the same subject in lower case ("… phát triển kinh tế xã hội năm 2022;") is not that block.
        var upper = HeaderText.IsUpper(title[..Math.Min(title.Length, key.Length)]);
        var end = Math.Min(folded.Length, top + HeaderZone);
        for (var at = top; at < end && (at = folded.IndexOf(key, at, end - at, StringComparison.Ordinal)) >= 0; at += key.Length)
            if (HeaderText.IsUpper(view.Normalized.Substring(at, key.Length)) == upper) return null;
        var (s, e) = view.ToOriginalSpan(first, first + key.Length);
        return new("title", "title-above-header", "the title was read only above the number and the place-date line, where a page's headline stands", s, e);
    }

    // "Về việc phê duyệt Phương án, vị trí tuyến đường Quốc lộ 1A, tỷ lệ 1/500" / "(đoạn từ nút giao Vành đai 1 - hầm
    // Kim Liên đến nút giao cầu Giẽ)": a bracket opening in lower case right after the title goes on with the title's
    // own words, and the reader stopped before it. What a bracket opening on a capital or a digit holds after a title
    // is a note of its own: "(Ban hành kèm theo Quyết định số …)", "(BẢN SAO)", "(3585/VP-KTN, ngày 23/10/2017)".
    private static HeaderDoubt? TitleGoesOnInBrackets(TextView view, HeaderInfo header)
    {
        if (header.Title is not { Length: >= 12 } title || header.TitleSource is null or "self-statement") return null;
        var folded = TextFolding.FoldLoose(title);
        var tail = folded[^Math.Min(folded.Length, TitleKey)..];
        var from = HeaderTop(view, header, header.NumberSpan?.Start ?? 0);
        var end = Math.Min(view.Folded.Length, from + HeaderZone);
        if (end <= from) return null;
        var at = view.Folded.IndexOf(tail, from, end - from, StringComparison.Ordinal);
        if (at < 0) return null;
        var n = view.Normalized;
        var p = at + tail.Length;
        while (p < n.Length && n[p] is ' ' or '*' or '|' or '_') p++;
        if (p + 1 >= n.Length || n[p] != '(' || !char.IsLower(n[p + 1])) return null;
        var (s, e) = view.ToOriginalSpan(p, Math.Min(n.Length, p + 40));
        return new("title", "title-goes-on-in-brackets", "a bracket in lower case right after the title goes on with its words", s, e);
    }

    // Where the number and place-date block starts in the normalized text: the earlier of the number (or
    // <paramref name="number"/> when it has none) and the place-date line.
    private static int HeaderTop(TextView view, HeaderInfo header, int number) =>
        header.PlaceDateEvidence is { } place ? Math.Min(number, view.ToNormalizedSpan(place.Start, place.End).Start) : number;

    // The folded opening words of a title, cut at a word's end; null for a title too short to be told apart.
    private static string? Key(string title)
    {
        var folded = TextFolding.FoldLoose(title);
        if (folded.Length < 12) return null;
        if (folded.Length <= TitleKey) return folded;
        var cut = folded.LastIndexOf(' ', TitleKey);
        return cut < 12 ? folded[..TitleKey] : folded[..cut];
    }

    // "NGHỊ QUYẾT" split over two lines by a repository's emphasis, then "QUY ĐỊNH VỀ CHÍNH SÁCH HỌC PHÍ …" under
    // "Số: 36/2025/NQ-HĐND": the type was read from the title's first word, and the title lost it. A number's type
    // code names its type (Nghị định 30/2020/NĐ-CP, Phụ lục III); when the type read disagrees with it ("Kế hoạch"
    // over "236/QĐ-UBND", "Công văn" over "…/KH-…"), the heading or the number was misread, and the title is read
    // from the heading. Two pairs agree though their names differ: a Chương trình hành động is numbered CTr, and the
    // Party writes its Quy định QĐ (Quy định 97-QĐ/TW), as Hướng dẫn 36-HD/VPTW shows.
    private HeaderDoubt? TypeAgainstCode(HeaderInfo header, IssuerReading reading)
    {
        // A number read where the text names itself may be the decision's that an annexed Phương án or Quy chế comes
        // with ("Ban hành kèm theo Quyết định số …", the `id-` rule): its code names the decision, not the annex.
        if (header.SelfNamedEvidence is not null) return null;
        if (header.Title is null || header.Symbol is not { TypeCode: { } code } symbol || header.DocTypeId is not { } id) return null;
        if (_tables.TypeByCode(code, symbol.Party) is not { } coded || coded.Id == id) return null;
        // "CỤC THUẾ" / "Số: 5664/CT-CS" / "V/v chính sách thuế": a letter numbered with its issuer's initials (Cục Thuế,
        // CT) and a unit's code has no type code (Nghị định 30/2020/NĐ-CP, Phụ lục I); "CT" there is no Chỉ thị.
        if (header.TitleSource == "subject" && !symbol.Party && Initials(reading.Name.Value) == TextFolding.Fold(code)) return null;
        var read = _tables.TypeById(id);
        if (read.Name.StartsWith(coded.Name + " ", StringComparison.Ordinal)) return null;
        if (symbol.Party && read.Id == "quy-dinh" && coded.Id == "quyet-dinh") return null;
        // Luật Ban hành văn bản quy phạm pháp luật: only the Government issues a Nghị định and only the centre's heads
        // a Thông tư. A local body whose header reads "TỜ TRÌNH" over "312/TT-Tr-LĐTB&XH" wrote a code that cannot
        // name those types; the heading, read where Phụ lục I sets it, is its type.
        if (coded.Id is "thong-tu" or "nghi-dinh" && header.TypeFromHeading && reading.Level.Value is { } level
            && level != AdministrativeLevel.Central && reading.Level.Confidence >= FieldReading.ReviewBelow) return null;
        return new("title", "type-against-code", $"the type read ({read.Name}) is not the one the number's code {code} names ({coded.Name})");
    }

    // The folded first letters of a body's name ("Cục Thuế" → "ct"); null for no name.
    private static string? Initials(string? name) =>
        name is null ? null : string.Concat(TextFolding.FoldLoose(name).Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => w[0]));

    // ": BẢO CÁO NỘI DUNG GIAO BAN …": a trích yếu opens on a word; one that opens on a colon, a comma or a dash
    // begins inside a line the reader cut at the wrong place (a label's colon, an OCR'd type word it did not know).
    private static HeaderDoubt? TitleOpensOnPunctuation(HeaderInfo header) =>
        header.Title is { Length: > 0 } title && title[0] is ':' or ';' or ',' or '.' or '-' or '–' or '|' or '/' or ')'
            ? new("title", "title-opens-on-punctuation", "the title opens on punctuation, inside a line cut at the wrong place")
            : null;

    // "V/v kiểm tra, khảo sát, đánh giá thực "— . ẩ g" (kx-bo-gddt-cv-2026-1849-ocr): a scan's seal or signature beside the
    // subject's line, OCR'd into marks and lone letters. A trích yếu ends on words; two or more of its last four that are
    // a mark alone or one letter alone are debris the reader took into it, and the line's own words may be lost.
    private const int TitleTail = 4;

    private static HeaderDoubt? TitleClosesOnDebris(HeaderInfo header)
    {
        if (header.Title is not { } title) return null;
        var words = title.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var debris = 0;
        for (var i = Math.Max(0, words.Length - TitleTail); i < words.Length; i++)
            if (words[i].Length == 1 && char.IsLetter(words[i][0]) || !words[i].Any(char.IsLetterOrDigit)) debris++;
        return debris >= 2 ? new("title", "title-closes-on-debris", "the title ends on lone marks or letters, OCR debris beside its line") : null;
    }

    // "Số: 08/TLKT-BS" over "TRÍCH LỤC KHAI TỬ (BẢN SAO)": no type word the tables know, a number with no type code
    // they know, so the text was typed a Công văn; but a Công văn's trích yếu is its V/v subject (Nghị định
    // 30/2020/NĐ-CP, Phụ lục I), not an upper-case block under the number. Such a block is the heading of a type
    // the tables lack (a civil-status extract, a form), so both the type and the title are guesses.
    private static HeaderDoubt? HeadedLetter(HeaderInfo header) =>
        header is { DocTypeId: "cong-van", TypeFromHeading: false, TitleSource: "unheaded", Title: not null }
            ? new("title", "title-unheaded-letter", "a text typed Công văn has an upper-case heading, not a V/v subject, for its title")
            : null;

    // Heads whose next words name a field or an organisation, which the rules write out: a department's field, and
    // the organisation whose executive committee (Ban Chấp hành) issues ("BCH HND TỈNH ĐỒNG THÁP" is the Ban Chấp
    // hành Hội Nông dân), and a council's charge ("HỘI ĐÒNG QL QUỸ KHUYÉN HỌC" is the Hội đồng quản lý Quỹ Khuyến học,
    // jc-hdql-quy-khuyen-hoc-binh-thuan-nq-01-2025-ocr). A Ban Chỉ đạo is followed by its task, often kept in shorthand
    // ("Ban Chỉ đạo PCGD XMC").
    private static readonly string[] DepartmentHeads = ["Phòng", "Sở", "Chi cục", "Cục", "Trung tâm", "Ban Chấp hành", "Hội đồng"];

    // "Phòng LĐTB&XH huyện Bến Lúc", "Phòng LD-TB và XH thành phố Tân An": a department is written with its field
    // spelled out ("Phòng Lao động - Thương binh và Xã hội huyện Tân Trụ"), and the issuer reader spells out the
    // shorthand it knows ("PHÒNG GD&ĐT" → "Phòng Giáo dục và Đào tạo"). A field left in capitals after the head is
    // a shorthand it could not read, often an OCR'd one ("LD" for "LĐ"), and the name beside it may be damaged too.
    // A shorthand written exactly as the abbreviation table writes it ("Sở VHTTDL") names its field for certain.
    private HeaderDoubt? DepartmentShorthand(string? name)
    {
        if (name is null) return null;
        foreach (var head in DepartmentHeads)
        {
            if (!name.StartsWith(head + " ", StringComparison.Ordinal)) continue;
            var rest = name.AsSpan(head.Length + 1);
            var end = rest.IndexOf(' ');
            var word = (end < 0 ? rest : rest[..end]).ToString();
            if (word.Length >= 2 && word.Count(char.IsLetter) >= 2 && word.All(c => char.IsUpper(c) || c is '&' or '-' or '.')
                && !_tables.Abbreviations.ContainsKey(word))
                return new("issuer", "issuer-shorthand", $"the department's field is left in a shorthand the tables do not hold ({word})");
            return null;
        }
        return null;
    }

    // "Ttyt huyện Linh Pkđk Đại Thịnh", "Hội đồng Đội huyện Quảng Trạch Đội Tntp Hồ Chí Minh": the reader writes a
    // name's words in title case, and an agency's code (TTYT, PKĐK, TNTP) it took for a name comes out as a word no
    // language of Vietnam's places spells: no vowel at all, or one consonant doubled at its start. The block it
    // came from was not read as the reader thinks (two bodies run together, a line cut).
    private static HeaderDoubt? CodeAsName(string? name)
    {
        if (name is null) return null;
        foreach (var word in name.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (word.Length < 3 || !char.IsUpper(word[0]) || !word.Skip(1).All(char.IsLower)) continue;
            var folded = TextFolding.FoldLoose(word);
            var vowelless = !folded.Any(IsVowel);
            if (vowelless || folded[0] == folded[1] && !IsVowel(folded[0]))
                return new("issuer", "issuer-code-as-name", $"the issuer's name has a code written as a name ({word})");
        }
        return null;
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y';

    // "Hà Nội, ngày …" under a header read as a body of Đồng Nai: a province's bodies write their own province's
    // or one of its towns' names on the place line, so a place line that is itself another province's name says
    // that the issuer, or its province, was misread (a province taken from a citation, a district name that two
    // provinces share).
    // "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT ỦY BAN NHÂN DÂN HUYỆN NAM CẦN GIỜ" (mc-ubnd-huyen-can-gio-kh-2008-25-pdf): a text
    // layer that cut the motto short may have set its lost word among the issuer's; where the issuer's place is then
    // one the gazetteers do not know (a commune's, or one the lost word landed in that CutMotto could not tell), the
    // issuer may hold a word of the motto.
    private HeaderDoubt? PlaceAfterCutMotto(TextView view, HeaderInfo header)
    {
        if (header.CutMotto is not { } motto || header.IssuerUnits is not [.., { Jurisdiction: { } kind, Place: { } place } unit]) return null;
        if (KnownPlaces.Knows(_gazetteer, kind, place)) return null;
        var (start, end) = view.ToOriginalSpan(motto.Start, motto.End);
        return new("issuer", "issuer-after-cut-motto", $"the motto is cut short before its last word, and the issuer's place '{place}' is not in the gazetteers", start, end);
    }

    private HeaderDoubt? ProvinceAgainstPlace(HeaderInfo header, IssuerReading reading)
    {
        if (reading.KeyProvince is not { } province || header.Place is not { } place || _gazetteer.Exact(place) is not { } written) return null;
        if (written.Name == province) return null;
        // An issuer whose own name carries its province ("UBND tỉnh Hà Tĩnh") was read from the header itself; a
        // place line naming another city is then the writer's (a decision signed in Hà Nội), not a misreading.
        if (reading.Name.Value is { } name && TextFolding.FoldLoose(name).Contains(TextFolding.FoldLoose(province), StringComparison.Ordinal)) return null;
        return new("province", "province-against-place", $"the place line names {written.Name}, not the issuer's province {province}",
            header.PlaceDateEvidence?.Start, header.PlaceDateEvidence?.End);
    }

    // "Hà Nội, ngày 2# tháng 3 năm 2026" (lu-vp-ubnd-ha-noi-tb-2026-229-ocr, the page's day is 24): a hand-filled or stamped
    // day whose second digit the OCR read as a sign. The text view drops '#' as Markdown, so the day read is the first
    // digit alone; the other signs ("4©", "3|") already leave the day blank. A day read beside a sign is a guess.
    private static HeaderDoubt? DayBesideSign(TextView view, HeaderInfo header)
    {
        if (header.IssueDate is not { IsComplete: true } || header.PlaceDateEvidence is not { } place || place.End > view.Original.Length) return null;
        var line = view.Original.AsSpan(place.Start, place.End - place.Start);
        var day = line.IndexOf("ngày", StringComparison.OrdinalIgnoreCase);
        if (day < 0) return null;
        var slot = line[(day + "ngày".Length)..].TrimStart(' ');
        var digits = 0;
        while (digits < slot.Length && char.IsAsciiDigit(slot[digits])) digits++;
        if (digits != 1 || digits == slot.Length || slot[digits] != '#') return null;
        return new("issueDate", "issue-day-beside-sign", "the place-date's day has a sign where its second digit stands", place.Start, place.End);
    }
}
