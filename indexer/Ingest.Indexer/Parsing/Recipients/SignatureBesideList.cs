using System.Buffers;
using Ingest.Indexer.Model;
using Ingest.Indexer.Text;

namespace Ingest.Indexer.Parsing.Recipients;

/// <summary>
/// Reads a signature block that OCR or a flattened page printed beside the Nơi nhận list rather than under the body:
/// the position after the list's heading ("Nơi nhận: CỤC TRƯỞNG"), a deputy's position beside one of the items
/// ("- Như trên; PHÓ CHỦ TỊCH"), the name at the end of an item or after the file copy ("- Lưu: VT. Nguyễn Văn Tùng"),
/// the seal's debris before them, a position clipped or one letter off. SignerParser turns here when no block stands
/// on lines of its own. Pure and thread-safe.
/// </summary>
internal sealed class SignatureBesideList(
    string[] titleHeads, string[] families, IReadOnlySet<string> placeKinds, DeputyTitle deputy,
    IReadOnlyDictionary<string, string> spelled, Func<string, bool> isTitle, Func<string, string> unclipped, ServiceRank ranks)
{
    private readonly ServiceRank _ranks = ranks;
    private readonly string[] _titleHeads = titleHeads;
    private readonly string[] _families = families;
    private readonly IReadOnlySet<string> _placeKinds = placeKinds;
    private readonly DeputyTitle _deputy = deputy;
    private readonly IReadOnlyDictionary<string, string> _spelled = spelled;
    private readonly Func<string, bool> _isTitle = isTitle;
    private readonly Func<string, string> _unclipped = unclipped;

    // Where the list's heading line carries capitals after its colon ("Nơi nhận: CỤC TRƯƠNG"), the index they start at.
    internal static int? BesideHeadingAt(string cell)
    {
        if (cell.Length < 11 || RecipientHeading.Read(cell, out var end) != RecipientHeading.Reading.Sure) return null;
        // "Nơi nhận: zz?>»CHỦ TỊCH", "Nơi nhận: Š* HIỆDTRƯỞNG" (jh-ubnd-hai-phong-qd-2025-430-ocr, jh-dh-dien-luc-tb-2025-d20-ocr):
        // the seal's debris before the position ends at a sign no clerk types there.
        // Specks after it ("Nơi nhận: _ KT. CHỦ TỊCH ““", js-ubnd-tien-giang-qd-2025-ocr) are the seal's too: passed over first.
        var from = end + WithoutTrailingSpecks(cell.AsSpan(end)).LastIndexOfAny(SpeckSigns) + 1;
        var rest = cell[from..].Trim();
        if (rest.Length > 2 && rest.Any(char.IsLetter) && InvariantCasing.IsUpper(rest)) return from;
        return CapitalsGluedToDebris(cell, from);
    }

    // "Nơi nhận: : Ị] b,CHỦ TỊCH" (ld-ubnd-quang-ngai-ct-2024-pctntc-ocr), "ơi nhận: „2G ›\iCHỦ TỊCH"
    // (lr-ubnd-dien-bien-qd-2025-ocr): the seal's stroke read as a small letter, or a small letter and a sign, glued to
    // the position's first word. Words in capitals closing the line, two at least, the first glued (no space) to a
    // small letter or a sign: the debris ends where the capitals begin. A clerk leaves a space before the position.
    private static int? CapitalsGluedToDebris(string cell, int from)
    {
        var at = cell.Length;
        while (at > from && (char.IsUpper(cell[at - 1]) || cell[at - 1] is ' ' or '.')) at--;
        while (at < cell.Length && !char.IsLetter(cell[at])) at++;
        if (at == from || at >= cell.Length || cell[at - 1] == ' ' || char.IsUpper(cell[at - 1])) return null;
        var capitals = cell.AsSpan(at).TrimEnd();
        return capitals.Length > 4 && capitals.Contains(' ') ? at : null;
    }

    // The text without the words closing it that hold no letter ("2", "⁄", "-").
    private static string WithoutTrailingSpecksWords(string s)
    {
        var end = s.Length;
        while (end > 0)
        {
            var space = s.LastIndexOf(' ', end - 1);
            if (LetterRuns.HasLetter(s.AsSpan(space + 1, end - space - 1))) break;
            end = Math.Max(0, space);
            while (end > 0 && s[end - 1] == ' ') end--;
        }
        return s[..end];
    }

    private static ReadOnlySpan<char> WithoutTrailingSpecks(ReadOnlySpan<char> s)
    {
        var end = s.Length;
        while (end > 0 && (s[end - 1] == ' ' || SpeckSigns.Contains(s[end - 1]))) end--;
        return s[..end];
    }

    private static readonly SearchValues<char> SpeckSigns = SearchValues.Create("*?<>»«“”\"'^~`|\\{}[]§¬");

    internal Signer? BesideLastHeading(IReadOnlyList<PlanLine> lines) =>
        HeadingWithCapitals(lines) is var heading and >= 0 ? BesideHeading(lines, heading) : null;

    // "Nơi nhận: CHỦ TỊCH" … "- Các Văn phòng: Thành ủy, Đoàn ĐBQH và Phùng Thị Hồng Hà" / "HĐND TP, UBND TP;": the
    // signature column's name printed at the end of an item's line, the item going on under it (the recipients' rule,
    // RecipientDebris.TrimSignerName); the first such name before the file copy, or null.
    private string? NameBesideItem(IReadOnlyList<PlanLine> lines, int heading)
    {
        for (var k = heading + 1; k < lines.Count - 1 && k <= heading + 30; k++)
        {
            var line = lines[k].Clean.Trim();
            // "Ạ - Lưu: VT": a speck read as a letter before the mark (RecipientList).
            if (line.Length > 4 && line[1] == ' ' && line[2] is '-' or '+' && line[3] == ' ') line = line[2..];
            if (line.Length == 0) continue;
            // "~ Lưu: VT, Vụ 10.": OCR reads an item's dash as a tilde (RecipientList.Marks takes it as a mark too).
            if (line.Length > 2 && line[0] == '~' && line[1] == ' ') line = "-" + line[1..];
            // "Và các Khu công nghiệp Quảng Ngãi; guyền Quốc Việt" (jd-ubnd-quang-ngai-tb-2024-660-ocr): an item's second
            // line closes it, and the column's name may stand beside that close as beside an item's first line.
            if (line[0] is not ('-' or '+'))
            {
                if (NameAfterClosedItem(line) is { } continued) return continued;
                continue;
            }
            var item = line.TrimStart('-', '+', ' ');
            if (TextFolding.FoldLoose(item).StartsWith("luu", StringComparison.Ordinal)) return NameAfterArchive(item) ?? NameUnderArchive(lines, k);
            if (NameAfterClosedItem(item) is { } closed) return closed;
            if (item.EndsWith(';') || item.EndsWith('.')) continue;
            // "- Các đơn vị trực thuộc Lê Khánh Toàn" / (blank) / "Văn phòng Trung ương Đảng;" (ip-vptw-05-HD-VPTW-2026-ocr): a scan
            // may set the item's second line apart by a blank; the item goes on over it all the same.
            var next = NextWritten(lines, k);
            if (next.Length == 0 || next[0] is '-' or '+') continue;
            var kept = RecipientDebris.TrimSignerName(item, _families, _placeKinds);
            if (kept.Length < item.Length) return WithFamilyRead(item[kept.Length..].Trim());
        }
        return null;
    }

    /// <summary>
    /// "Nơi nhận: K/T CHÁNH VĂN PHÒNG" … "- Các đơn vị trực thuộc Lê Khánh Toàn" / (blank) / "Văn phòng Trung ương Đảng;"
    /// (ip-vptw-05-HD-VPTW-2026-ocr): where the capitals read under the position were the signing stamp's or the seal's
    /// ("VĂN THƯ VĂN", "VĂN PHỌNG"), the name the column printed beside one of the list's items under the last heading
    /// (NameBesideItem); null where none stands there.
    /// </summary>
    internal string? NameBesideListItem(IReadOnlyList<PlanLine> lines) =>
        LastHeading(lines, lines.Count - 1, lines.Count - SignerParser.TailLines) is var heading and >= 0 ? NameBesideItem(lines, heading) : null;

    // The next line with words after line <paramref name="k"/>, one blank line passed over at most; empty if none.
    private static string NextWritten(IReadOnlyList<PlanLine> lines, int k)
    {
        var next = lines[k + 1].Clean.Trim();
        return next.Length == 0 && k + 2 < lines.Count ? lines[k + 2].Clean.Trim() : next;
    }

    /// <summary>
    /// "- Đoàn Nghỉ lễ Quân đội; Thượng tướng Nguyên Văn Gấu" (kx-bo-quoc-phong-vbhn-2026-tang-le-ocr): the signature column's
    /// name beside an item after its closing ";", an officer's rank before it. The rank says it is the signer's; the name
    /// without it, its family name read through the seal's damage to its marks ("Nguyên" for "Nguyễn"); null where no rank
    /// opens the text beside the item, or no name of two to four capitalised words follows it.
    /// </summary>
    internal string? RankedNameBeside(string item)
    {
        var semicolon = item.LastIndexOf(';');
        if (semicolon < 0 || item.Length - semicolon < 12) return null;
        var beside = item[(semicolon + 1)..].Trim().TrimEnd('.', ' ');
        var name = _ranks.Without(beside);
        if (ReferenceEquals(name, beside) || name.Length == beside.Length || SignerNameRepair.NameWords(name) is not [var first, .. var rest]) return null;
        return (_families.Contains(first) ? first : SignerNameRepair.FamilyByLetters(first, _families)) is { } family
            ? family + " " + string.Join(' ', rest) : null;
    }

    // "Irân Sỹ Thanh" cut from an item (RecipientDebris.TrimSignerName): its family name as the damage is read, "Trần".
    private string WithFamilyRead(string name)
    {
        var space = name.IndexOf(' ');
        return space > 0 && SignerNameRepair.ReadFamily(name[..space], _families) is { } family ? family + name[space..] : name;
    }

    // "- UBND các huyện, thị xã, thành phố; Trần Ngọc Căng" (jj-ubnd-quang-ngai-ct-2020-ocr): the column's name printed
    // beside an item after its closing semicolon; two to four capitalised words opening with a family name, or null.
    // "…Quảng Ngãi; guyền Quốc Việt" (jd-ubnd-quang-ngai-tb-2024-660-ocr), "…trực thuộc tỉnh; rần Hoàng Tuấn"
    // (ld-ubnd-quang-ngai-ct-2024-pctntc-ocr): the seal's rim took the family name's first letter, or the OCR misread its
    // marks; the letters left are those of one family name only, which is read (as the list cuts it off:
    // RecipientDebris.TrimNameAfterClose).
    // "- BHXH Bộ Quốc phòng: Trân Văn Thuân" (iv-byt-qd-130-2023-ocr): beside an item whose line has no ";", after the colon
    // that closes the item's head, the same.
    private string? NameAfterClosedItem(string item)
    {
        var semicolon = item.LastIndexOf(';');
        if (semicolon < 0) semicolon = item.LastIndexOf(':');
        if (semicolon < 0 || semicolon == item.Length - 1) return null;
        var beside = item[(semicolon + 1)..].Trim();
        if (SignerNameRepair.NameWords(beside, firstMayBeDamaged: true) is not [_, .. var rest] words) return null;
        return SignerNameRepair.DamagedFamily(words, _families) is { } family ? family + " " + string.Join(' ', rest) : null;
    }

    // "- Lưu: VT, RETRIGH vu. Nguyên Văn Tùng" (jh-ubnd-hai-phong-qd-2025-430-ocr): the column's name printed after the file
    // copy's closing stop, its family name's marks perhaps misread; a name of two to four capitalised words, or null.
    // "- Lưu: VT, P6. Thiếu tướng Ngô Thanh Bình" (lr-c04-cv-3980-2025-ocr): an officer's rank before it is no part of it
    // (ServiceRank). "- Lưu: VT; KSTTHC (MN,0?). ⁄ eHuỳấh Hữu Trí" (lg-ubnd-bac-lieu-qd-2025-tthc-duong-bo-ocr), "…(MN,07).
    // ⁄ Š. Huyỳi Hữu Trí" (jh-ubnd-bac-lieu-qd-2025-210-ocr): the seal's specks glued before it are no part of it either
    // (SignerParser.WithoutDebris), and a family name whose last letters the seal damaged opens as one family name only
    // (SignerNameRepair.FamilyByOpening).
    private string? NameAfterArchive(string item)
    {
        var stop = item.LastIndexOf(". ", StringComparison.Ordinal);
        if (stop < 0) return null;
        var text = _ranks.Without(SignaturePieces.WithoutDebris(item[(stop + 2)..].Trim()));
        if (SignerNameRepair.NameWords(text) is not { } words) return null;
        var family = SignerNameRepair.FamilyByLetters(words[0], _families) ?? SignerNameRepair.FamilyByOpening(words[0], _families);
        return family is not null ? family + " " + string.Join(' ', words.Skip(1)) : null;
    }

    // How many lines under the file copy the column's name may stand, the seal's debris between.
    private const int ArchiveLines = 6;

    // "- Lưu: VT, P.KTTHTien502. ro SP Ác" / ". z) * So) `" / "_ trần Phước Hiên" (jd-ubnd-quang-ngai-bc-2024-280-ocr): the
    // column's name on a line of its own under the list, below the seal, signs and specks before it and its family name
    // read through the seal's damage (SignerNameRepair.DamagedFamily: "trần" with its capital lost); the first such
    // line among the next few, or null.
    internal string? NameUnderArchive(IReadOnlyList<PlanLine> lines, int archive)
    {
        // Lines written, not blank ones: a scan sets the seal's debris apart by blank lines ("[Di xe)" / (blank) / "Xu ——"
        // / "`S*~ Lê Minh Trí", lg-vks-toi-cao-qd-2019-quy-trinh-vu-an-hanh-chinh-ocr).
        for (int k = archive + 1, written = 0; k < lines.Count && written < ArchiveLines; k++)
        {
            var line = lines[k].Clean.AsSpan().Trim();
            if (line.IsEmpty) continue;
            written++;
            var at = 0;
            while (at < line.Length && !char.IsLetter(line[at])) at++;
            if (line.Length - at < 5 || line[at..].Contains('-')) continue;
            var text = SignerNameRepair.WithMiddleNameCapital(SignaturePieces.WithoutSpeckWords(line[at..].TrimEnd('.').ToString()));
            if (SignerNameRepair.NameWords(text, firstMayBeDamaged: true) is not [_, .. var rest] words) continue;
            return SignerNameRepair.DamagedFamily(words, _families) is { } family ? family + " " + string.Join(' ', rest) : null;
        }
        return null;
    }

    // A capacity mark glued to its principal ("KT.CHỦ TỊCH") with, beside one of the list's next items, capitals that end
    // on the principal's last word ("ĐỌC TỊCH"): what is left of the deputy's position.
    private static bool DamagedPositionBelow(IReadOnlyList<PlanLine> lines, int heading, string capacity)
    {
        if (capacity.Length < 5 || capacity[2] != '.' || capacity[3] == ' ' || !capacity.StartsWith("KT", StringComparison.Ordinal)) return false;
        var principalEnd = capacity[(capacity.LastIndexOf(' ') + 1)..];
        for (var k = heading + 1; k < lines.Count && k <= heading + 3; k++)
        {
            var line = lines[k].Clean.TrimEnd();
            var semicolon = line.LastIndexOf(';');
            if (semicolon < 0) continue;
            // "- Cục KSTTHC, VPCP (để ð⁄‹); ZZ21N TỊCH 2" (lg-ubnd-bac-lieu-qd-2025-tthc-duong-bo-ocr): a speck after the
            // position's last word, as after "⁄Z2 ĐỌC TỊCH" (jh-ubnd-bac-lieu-qd-2025-210-ocr) none, is no word of it.
            var beside = WithoutTrailingSpecksWords(line[(semicolon + 1)..].Trim());
            if (beside.Length > principalEnd.Length && beside.EndsWith(" " + principalEnd, StringComparison.Ordinal)) return true;
        }
        return false;
    }

    /// <summary>
    /// "Nơi nhận: CỤC TRƯƠNG" / "- Như kính gửi;" … with no name under the position anywhere (an OCR'd letter whose
    /// signature image and name were lost): the position beside the heading, with no name. "Nơi nhận: KT. BỘ TRƯỞNG" over
    /// a line of debris that is the deputy's position damaged ("- Như trên; =. Ứ TRUƯ ỞNG") gives that position.
    /// </summary>
    internal Signer? BesideHeading(IReadOnlyList<PlanLine> lines, int heading)
    {
        var line = lines[heading].Clean.Trim(HeadingEdges);
        if (BesideHeadingAt(line) is not { } cut) return null;
        var pieces = SignaturePieces.Of(WithoutTrailingSpecks(line.AsSpan(cut)).Trim().ToString()).ToList();
        if (pieces is [.., var damaged] && !_isTitle(damaged) && (OneLetterOff(damaged) ?? HeadOneLetterOff(damaged)) is { } repaired) pieces[^1] = repaired;
        if (pieces is [.., var debrisFirst] && !_isTitle(debrisFirst) && TitleAfterDebris(debrisFirst) is { } cleared) pieces[^1] = cleared;
        if (pieces is not [.., var last] || !_isTitle(last)) return null;
        var authority = pieces.Take(pieces.Count - 1).ToList();
        // "Nơi nhận: “ KT.CHỦ TỊCH" over "- Cục KSTTHC, VPCP (để ở/⁄c); ⁄Z2 ĐỌC TỊCH" (jh-ubnd-bac-lieu-qd-2025-210-ocr), over
        // "- Như Điều 3; _PE Ù TỊCH" (jw-ubnd-bac-lieu-qd-2025-duong-bo-ocr): the deputy's position stood beside the list,
        // damaged past spelling; the capacity line is not it, but one signing "KT." for the principal is the principal's
        // deputy (the `jw` rule repairs "_PE Ù TỊCH" to "PHÓ CHỦ TỊCH"). Where nothing of it survives, the capacity line
        // is kept (the `jb-` rule).
        if (DamagedPositionBelow(lines, heading, last))
            return _deputy.Of(last) is { } implied ? new Signer(implied, NameBesideItem(lines, heading)) { Authority = [.. authority, last] } : null;
        var next = heading;
        if (!SignerParser.Capacity().IsMatch(last))
        {
            // "Nơi nhận: SN M, CHỦ TỊCH" / "- Như trên; ° ' ))'§ CHỦ TỊCH" (js-ubnd-quang-ngai-tb-2025-53-ocr): one block
            // holds one position; the principal's written twice is "KT. CHỦ TỊCH" over "PHÓ CHỦ TỊCH", the mark and the
            // "PHÓ" lost in the seal's debris (corpus README, the `js` batch).
            if (BesideNextItem(lines, ref next) is { } repeated && (RepeatsClipped(repeated, last) || TitleAfterDebris(repeated) is { } again
                && TextFolding.FoldLoose(again) == TextFolding.FoldLoose(last)) && _deputy.Implied("KT. " + last, last) is { } lostDeputy)
                return new Signer(lostDeputy, NameBesideItem(lines, heading)) { Authority = [.. authority, last] };
            return new Signer(last, NameBesideItem(lines, heading)) { Authority = authority };
        }
        // A bare "KT." line: the deputy's position stands on the next line, beside the list's first item.
        if (BesideNextItem(lines, ref next) is not { } below) return null;
        authority.Add(last);
        // "Nơi nhận: TM. ỦY BAN NHÂN DÂN" / "- Như trên; KT. CHỦ TỊCH" / "- Thường trực HĐND tỉnh; PHÓ CHỦ TỊC"
        // (jd-ubnd-quang-ngai-bc-2024-280-ocr): a body's capacity line, then the principal's, then the deputy's position.
        if (SignerParser.Capacity().IsMatch(below.Trim(' ', '|')) && _isTitle(below.Trim(' ', '|')) && BesideNextItem(lines, ref next) is { } underPrincipal)
        {
            last = below.Trim(' ', '|');
            authority.Add(last);
            below = underPrincipal;
        }
        // "Nơi nhận: TM. HỘI ĐÒNG QUẢN LÝ QUỸ" / "- UBND tỉnh; CHỦ TỊCH" (jc-hdql-quy-khuyen-hoc-binh-thuan-nq-01-2025-ocr):
        // the position read whole beside the first item.
        var position = below.Trim(' ', '|');
        if (_isTitle(position) && !SignerParser.Capacity().IsMatch(position)) return new Signer(position, NameBesideItem(lines, heading)) { Authority = authority };
        if ((_deputy.Implied(last, below) ?? DeputyBesideItems(lines, next, last)) is { } deputy) return new Signer(deputy, NameBesideItem(lines, heading)) { Authority = authority };
        // "Nơi nhận: _ TL. CHỦ TỊCH" / "- Thường trực Tỉnh ủy (b/cáo); = ÁNH VĂN PHÒNG" (jd-ubnd-quang-ngai-tb-2024-660-ocr):
        // the position beside the first item with its first letters lost to the seal's rim, written whole.
        if (ClippedBeside(position) is { } clipped) return new Signer(clipped, NameBesideItem(lines, heading)) { Authority = authority };
        return HeadBesideItems(lines, heading, last) is { } head ? new Signer(head, NameBesideItem(lines, heading)) { Authority = authority } : null;
    }

    // Capitals after debris that are a title, whole or clipped at one end ("ÁNH VĂN PHÒNG"), as the table spells it; or null.
    private string? ClippedBeside(string cell)
    {
        if (RecipientDebris.TitleAtEnd(cell, _titleHeads) is not { } run) return null;
        var whole = _unclipped(run);
        return _isTitle(whole) && !SignerParser.Capacity().IsMatch(whole) ? whole : null;
    }

    // How many of the list's items the deputy's position may stand beside, the seal's debris beside those above it.
    private const int DeputyItems = 3;

    // "Nơi nhận: _ KT. CHỦ TỊCH" / "- Như Điêu 4; ˆ Ử" / "- Văn phòng Chính phủ (Cục KS TTHC); — no CHU TỊCH"
    // (js-ubnd-tien-giang-qd-2025-ocr): the deputy's position that the capacity line implies, damaged, beside one of the
    // next items after <paramref name="line"/> (corpus README, the `js` batch); or null.
    private string? DeputyBesideItems(IReadOnlyList<PlanLine> lines, int line, string capacity)
    {
        for (var n = 0; n < DeputyItems; n++)
            if (BesideNextItem(lines, ref line) is { } beside && _deputy.Implied(capacity, beside) is { } deputy) return deputy;
        return null;
    }

    // The position of the body's head, folded: one signing "TM." for a council, a committee or a board is its Chủ tịch.
    private const string BodyHead = "chu tich";

    /// <summary>
    /// "Nơi nhận: TM. HỘI ĐÒNG QUẢN LÝ QUỸ" / "- UBND tỉnh; CHỦ" (ll-hdql-quy-khuyen-hoc-binh-thuan-nq-01-2025-ocr), "Nơi nhận:
    /// TM. UỶ BAN NHÂN DÂN" / "- Như Điêu 4; TỊ H" (lo-phuong-sa-dec-qd-2025-151-ban-bau-cu-ocr), "vn nhận: TM. BAN THƯỜNG VỤ" /
    /// "- Như trên; C" / "- Bộ trưởng Bộ Tư pháp (đề b/c); : GHỦ Su" (lr-ldlsvn-btv-cv-hop-nhat-2025-ocr): the position under a
    /// "TM." line beside the list, its letters lost to the seal but for a few. Capitals beside one of the next items whose
    /// letters, three to seven, are a piece of "CHỦ TỊCH" with one letter off at most, are the head's position (a deputy
    /// signing "TM." writes "PHÓ", whose letters are no piece of it; a Party committee's "BÍ THƯ" neither); null otherwise,
    /// and for any other capacity line.
    /// </summary>
    private string? HeadBesideItems(IReadOnlyList<PlanLine> lines, int line, string capacity)
    {
        var mark = TextFolding.FoldLoose(capacity);
        if (!mark.StartsWith("tm", StringComparison.Ordinal) && !mark.StartsWith("t/m", StringComparison.Ordinal)) return null;
        if (!_spelled.TryGetValue(BodyHead, out var head)) return null;
        for (var n = 0; n < DeputyItems; n++)
            if (BesideNextItem(lines, ref line) is { } beside && IsPieceOfHead(CapitalLetters(beside))) return head;
        return null;
    }

    // The letters of the words in capitals only ("TỊ H" → "tih"; "GHỦ Su" → "ghu").
    private static string CapitalLetters(string text)
    {
        var letters = new System.Text.StringBuilder();
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var within = LettersWithin(word);
            if (within.Length > 0 && within.All(char.IsLetter) && InvariantCasing.IsUpper(within)) letters.Append(within);
        }
        return LetterDistance.Letters(letters.ToString());
    }

    private static bool IsPieceOfHead(string letters)
    {
        var whole = BodyHead.Replace(" ", "", StringComparison.Ordinal);
        if (letters.Length < 3 || letters.Length > whole.Length) return false;
        for (var length = letters.Length - 1; length <= letters.Length + 1; length++)
            for (var at = 0; at + length <= whole.Length; at++)
                if (LetterDistance.Edits(letters, whole.Substring(at, length)) <= 1) return true;
        return false;
    }

    // "Nơi nhận: KT. CHỦ TỊCH" / "- Như Điều 3; H Ä HỦ TỊCH" / … / "Nguyễn Ngọc Hè" (jj-ubnd-can-tho-qd-2025-383-ocr): a
    // block read with its name under a capacity line and no position; the list's heading carries that line, and the
    // deputy's position it implies stands damaged beside an item under it.
    internal Signer DeputyBesideList(IReadOnlyList<PlanLine> lines, Signer signer, int heading)
    {
        if (heading < 0 || signer is not { Title: null, Authority: [.., var capacity] } || !SignerParser.Capacity().IsMatch(capacity)) return signer;
        var line = lines[heading].Clean.Trim(HeadingEdges);
        if (BesideHeadingAt(line) is not { } cut || !WithoutTrailingSpecks(line.AsSpan(cut)).Trim().SequenceEqual(capacity)) return signer;
        return (DeputyBesideItems(lines, heading, capacity) ?? HeadBesideItems(lines, heading, capacity)) is { } position ? signer with { Title = position } : signer;
    }

    // What may stand around the heading's line: Markdown's marks, a bar, and a quote a scan's speck was read as
    // ("\"Nơi nhận: VIỆN TRƯỞNG", lg-vks-toi-cao-qd-2019-quy-trinh-vu-an-hanh-chinh-ocr).
    private static readonly char[] HeadingEdges = [' ', '*', '_', '|', '"', '“', '”'];

    // The last line among the last ones that opens the list with capitals beside its heading, or -1.
    internal static int HeadingWithCapitals(IReadOnlyList<PlanLine> lines)
    {
        for (var i = lines.Count - 1; i >= Math.Max(0, lines.Count - SignerParser.TailLines); i--)
            if (RecipientHeading.MayOpen(lines[i].Raw) && BesideHeadingAt(lines[i].Clean.Trim(HeadingEdges)) is not null) return i;
        return -1;
    }

    // The text beside the list's next item, after <paramref name="line"/> (moved onto that item): what follows the item's
    // closing ";" ("- Như trên; KT. CHỦ TỊCH"), or the whole line where it is no item; null where nothing stands beside it.
    // "- Nhưtrên, PHÓ TÔNG GIÁM ĐỐC" (ip-bhxh-vn-1923-BHXH-CNTT-2024-ocr), "-Nhưtrên — PHONG GIÁM ĐÓC"
    // (ip-bhxh-vn-cv-csyt-2015-ocr): the OCR read the item's ";" as another sign, and the capitals of a position closing
    // the line are what stands beside it.
    private string? BesideNextItem(IReadOnlyList<PlanLine> lines, ref int line)
    {
        line++;
        while (line < lines.Count && lines[line].Clean.Trim().Length == 0) line++;
        if (line >= lines.Count) return null;
        var text = lines[line].Clean.Trim();
        if (!text.StartsWith('-') && !text.StartsWith('+')) return text;
        var semicolon = text.LastIndexOf(';');
        return semicolon < 0 ? RecipientDebris.TitleAtEnd(text, _titleHeads) : text[(semicolon + 1)..];
    }

    // "- Thanh tra Chính phủ; + 2=tH@ HỦ TỊCH" under "Nơi nhận: : Ị] b,CHỦ TỊCH" (ld-ubnd-quang-ngai-ct-2024-pctntc-ocr):
    // the principal written again with its first letters lost to the seal's rim. The capitals closing the line, as many
    // words as the position, its last words whole and its first a tail of the position's first word.
    private static bool RepeatsClipped(string beside, string position)
    {
        var words = beside.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var heads = TextFolding.FoldLoose(position).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (heads.Length < 2 || words.Length < heads.Length) return false;
        var run = words.AsSpan(words.Length - heads.Length);
        for (var k = 0; k < heads.Length; k++)
        {
            var word = run[k];
            if (word.Length == 0 || !word.All(char.IsLetter) || !InvariantCasing.IsUpper(word)) return false;
            var folded = TextFolding.FoldLoose(word);
            if (k == 0 ? folded.Length < 2 || !heads[0].EndsWith(folded, StringComparison.Ordinal) : folded != heads[k]) return false;
        }
        return true;
    }

    // "SN M, CHỦ TỊCH", "° ' ))'§ CHỦ TỊCH": the seal's debris before a position beside the list; the longest run of words
    // at the end that is a position, or null.
    private string? TitleAfterDebris(string cell)
    {
        var words = cell.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var k = 1; k < words.Length; k++)
        {
            var rest = string.Join(' ', words, k, words.Length - k);
            if (_isTitle(rest)) return rest;
        }
        return null;
    }

    // Few enough letters and one misread may make another position: a long one only.
    private const int OneLetterOffMin = 8;

    // "Š HIỆDTRƯỞNG" beside the heading (jh-dh-dien-luc-tb-2025-d20-ocr): capitals one letter (or a lost space) away from one
    // position only are that position, spelled as the table spells it; a lone letter before them is the seal's speck.
    private string? OneLetterOff(string capitals)
    {
        if (!InvariantCasing.IsUpper(capitals)) return null;
        var words = capitals.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var specks = 0;
        while (specks < words.Length - 1 && words[specks].Length == 1) specks++;
        var letters = LetterDistance.Letters(string.Concat(words.AsSpan(specks)));
        if (letters.Length < OneLetterOffMin) return null;
        string? only = null;
        foreach (var head in _titleHeads)
        {
            var headLetters = head.Replace(" ", "", StringComparison.Ordinal);
            if (Math.Abs(headLetters.Length - letters.Length) > 1 || LetterDistance.Edits(letters, headLetters) > 1) continue;
            if (only is not null && only != head) return null;
            only = head;
        }
        return only is not null && _spelled.TryGetValue(only, out var whole) ? whole : null;
    }

    /// <summary>
    /// The capitals beside the list's heading, repaired where OCR put a position's first words one letter off ("PHO
    /// CHƯLICH HƯỢNG TRỰC" → "PHÓ CHỦ TỊCH HƯỢNG TRỰC"); as written otherwise.
    /// </summary>
    internal string BesideHeadingRepaired(string capitals) =>
        capitals.Length < OneLetterOffMin || _isTitle(capitals) ? capitals : HeadOneLetterOff(capitals) ?? capitals;

    // "Nơi nhận: PHO CHƯLICH HƯỢNG TRỰC" (kp-hiep-hoi-dn-binh-thuan-tt-2025-310-ocr, the scan's "PHÓ CHỦ TỊCH HƯỜNG TRỰC"):
    // a position whose first words are one letter (or a lost space) away from one position only, the words after it
    // kept as the OCR read them; that position spelled as the table spells it, then the rest.
    private string? HeadOneLetterOff(string capitals)
    {
        if (!InvariantCasing.IsUpper(capitals)) return null;
        var words = capitals.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        // "- BỘ TRƯỞNG, CHỦ NHIỆM" (jb-vpcp-tb-2022-330-ocr): a position after a mark or a speck is whole already.
        if (_isTitle(string.Join(' ', words.SkipWhile(w => w.Length == 1)))) return null;
        for (var k = words.Length - 1; k >= 1; k--)
            if (OneLetterOff(string.Join(' ', words, 0, k)) is { } head) return head + " " + string.Join(' ', words, k, words.Length - k);
        return null;
    }

    // "TRƯỞNG KHOA" / "Nơi nhận: '" / "- Như trên;" / "- Lưu: VT, HTTT." / "Nguyễn Đình Thuân" (jh-dh-cntt-khoa-httt-tb-2014-ocr):
    // the OCR read the signature column's position before the list beside it, its name after; the position stands on
    // the line right over the heading. A capacity line ("KT. CHỦ TỊCH") is no position (the `ih-` rule).
    internal string? TitleOverHeading(IReadOnlyList<PlanLine> lines, int heading)
    {
        var above = heading - 1;
        while (above >= 0 && lines[above].Clean.Trim(' ', '|').Length == 0) above--;
        if (above < 0) return null;
        var cell = lines[above].Clean.Trim(' ', '|', '*');
        return _isTitle(cell) && !SignerParser.Capacity().IsMatch(cell) ? cell : null;
    }

    /// <summary>
    /// "Ân `XNÚ TỊCH" / "Nơi nhận: Cờ 2 F) 2À" / … / "s VP Đoàn ĐBQH và HĐND tỉnh; Ngưýến Hoàng Giang"
    /// (jw-ubnd-quang-ngai-ttr-2025-mien-nhiem-ocr): the OCR read the signature column's position over the list's heading,
    /// damaged by the seal, and its name beside an item after the item's closing ";". Both repaired where one reading
    /// only is possible (the `jw` rule: "CHỦ TỊCH", "Nguyễn Hoàng Giang"); null unless both are read. The last heading
    /// among the last lines is the one read.
    /// </summary>
    internal Signer? OverLastHeading(IReadOnlyList<PlanLine> lines) =>
        LastHeading(lines, lines.Count - 1, lines.Count - SignerParser.TailLines) is var heading and >= 0 ? OverHeadingNameBesideItem(lines, heading) : null;

    // How many lines of the seal's debris may stand between the position and the heading under it.
    private const int DebrisLinesOverHeading = 2;

    /// <summary>
    /// "__ ——.HIỆU TRƯỞNG" / (blank) / "ơi nhận:" / "- Như trên." / "- Lưu: VT, TC-HC," (mj-dh-tay-do-cv-2025-1135-ocr), "Ð,
    /// HIỆU TRƯỜNG —" / (blank) / "; 5" / (blank) / "Nơi nhận:" (lq-dh-cntt-tb-2013-01-ocr): the OCR printed the signature
    /// column's position before the list beside it, the seal's specks around it, and read no name. The position closing the
    /// line over the last heading (a line or two of specks between), its specks off, with no name (the corpus keeps a
    /// block whose name the OCR lost with its title); null where that line closes with no position, or a capacity line.
    /// </summary>
    internal Signer? TitleAloneOverLastHeading(IReadOnlyList<PlanLine> lines)
    {
        var heading = LastHeading(lines, lines.Count - 1, lines.Count - SignerParser.TailLines);
        if (heading < 0) return null;
        var above = heading - 1;
        for (var debris = 0; above >= 0; above--)
        {
            var cell = lines[above].Clean.Trim(' ', '|');
            if (cell.Length == 0) continue;
            if (LetterRuns.HasLetterPair(cell) || ++debris > DebrisLinesOverHeading) break;
        }
        if (above < 0) return null;
        var words = lines[above].Clean.Trim().TrimEnd(NotLetter).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        // "FT ĐÀ T HIỂU TRƯỞNG" (iw-dh-cong-thuong-hcm-kh-khao-sat-2026-ocr, the page's "KT. HIỆU TRƯỞNG"): letters before the
        // position may be what is left of a capacity mark, and the position then the principal's; only specks may stand there.
        for (var k = 0; k < words.Length && (k == 0 || !LetterRuns.HasLetterPair(words[k - 1])); k++)
        {
            var run = string.Join(' ', words, k, words.Length - k).TrimStart(NotLetter);
            if (run.Length == 0 || !_isTitle(run)) continue;
            return SignerParser.Capacity().IsMatch(run) ? null : new Signer(run, null);
        }
        return null;
    }

    private static readonly char[] NotLetter = [' ', '.', ',', ';', ':', '/', '—', '–', '-', '_', '|', '*', '"', '“', '”', '\'', '`', '(', ')', '[', ']', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9'];

    /// <summary>
    /// The last line from <paramref name="from"/> down to <paramref name="downTo"/> that opens the Nơi nhận list
    /// (<see cref="RecipientHeading.At"/>), or -1.
    /// </summary>
    internal static int LastHeading(IReadOnlyList<PlanLine> lines, int from, int downTo)
    {
        for (var i = from; i >= Math.Max(0, downTo); i--)
            if (RecipientHeading.At(lines, i, out _, out _))
                return i;
        return -1;
    }

    // The position over the heading and the first name beside a closed item before the file copy.
    private Signer? OverHeadingNameBesideItem(IReadOnlyList<PlanLine> lines, int heading)
    {
        var above = heading - 1;
        while (above >= 0 && lines[above].Clean.Trim(' ', '|').Length == 0) above--;
        if (above < 0 || DamagedTitle(lines[above].Clean) is not { } title) return null;
        for (var k = heading + 1; k < lines.Count && k <= heading + 30; k++)
        {
            var line = lines[k].Clean.Trim();
            if (TextFolding.FoldLoose(line.TrimStart('-', '+', ' ')).StartsWith("luu", StringComparison.Ordinal)) break;
            var semicolon = line.LastIndexOf(';');
            if (semicolon < 0) continue;
            if (SignerNameRepair.NameWords(line[(semicolon + 1)..]) is not { } words) continue;
            if (SignerNameRepair.FamilyByLetters(words[0], _families) is { } family) return new Signer(title, family + " " + string.Join(' ', words.Skip(1)));
        }
        return null;
    }

    // "Ân `XNÚ TỊCH": the capitals closing the line, the seal's specks off their edges, as many words as one position
    // only, its last word whole and each other word as long as the position's: that position, as the table spells it.
    private string? DamagedTitle(string cell)
    {
        var words = cell.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(LettersWithin).ToArray();
        var start = words.Length;
        while (start > 0 && words[start - 1].Length > 0 && words[start - 1].All(char.IsUpper)) start--;
        if (words.Length - start < 2) return null;
        var run = words[start..].Select(w => LetterDistance.Letters(w)).ToArray();
        string? only = null;
        foreach (var head in _titleHeads)
        {
            var headWords = head.Split(' ');
            if (headWords.Length != run.Length || headWords[^1] != run[^1]) continue;
            if (!headWords.Zip(run).All(p => p.First.Length == p.Second.Length)) continue;
            if (only is not null) return null;
            only = head;
        }
        return only is not null && _spelled.TryGetValue(only, out var whole) ? whole : null;
    }

    // "=——=>.GIÁM" (iw-so-tttt-ben-tre-tb-chu-ky-2011-ocr), "`XNÚ": the seal's strokes read as signs glued to a word's
    // edges are no letters of it; the word from its first letter to its last.
    internal static string LettersWithin(string word)
    {
        var start = 0;
        var end = word.Length;
        while (start < end && !char.IsLetter(word[start])) start++;
        while (end > start && !char.IsLetter(word[end - 1])) end--;
        return word[start..end];
    }
}
