using System.Buffers;
using Ingest.Indexer.Text;

namespace Ingest.Indexer.Parsing.Recipients;

/// <summary>
/// What an OCR'd or flattened page prints on a Nơi nhận line that is not the item (tests/corpus/README.md, recipients,
/// and the `ip-` rules): the signature's title in the right column ("- Nhưtrên, PHÓ TÔNG GIÁM ĐỐC"), the e-signature
/// stamp ("Ký bởi: VĂN THƯ VĂN", "- Các đảng uỷ bộ, ngành ở Trung ương; ` &lt; Ngày ký: 2026-05-28", "^= 17:24:51 +07:00")
/// and the seal's specks ("Trung ương; \Š", "giúp việc; đảng uỷ, [ng .", "- Tổng Giám đốc (để b/c); h"). Pure and
/// thread-safe.
/// </summary>
internal static class RecipientDebris
{
    // The words an e-signature stamp opens its lines with ("Ký bởi: …", "Ngày ký: 2026-05-28 17:24:51 +07:00").
    private static readonly string[] StampLeads = ["ky boi", "ngay ky:", "ngay ky :", "thoi gian ky:", "email:"];

    /// <summary>True for a line of the e-signature stamp, which is no item and does not end the list.</summary>
    /// <param name="body">The line without its list mark.</param>
    /// <param name="marked">The line had a list mark: an item, which only the stamp's own words can turn into stamp.</param>
    public static bool IsStampLine(string body, bool marked)
    {
        var f = TextFolding.FoldLoose(body.TrimStart(' ', ':', '-'));
        foreach (var lead in StampLeads)
            if (f.StartsWith(lead, StringComparison.Ordinal)) return true;
        // "vanthu@v tw.dcs.vn": the stamp's e-mail line, short and with no list mark ("- CT và các PCT UBND Phường; @ sư
        // Đà" is an item with a speck after it).
        return !marked && body.Length < 60 && body.Contains('@');
    }

    /// <summary>
    /// The item's words without the debris printed after them: a stamp's words inside the line, specks at its end,
    /// a part after ";" with no word in it, and the signature's title (<paramref name="titleHeads"/>, folded).
    /// </summary>
    /// <param name="body">The item as read, its list mark removed.</param>
    /// <param name="titleHeads">Heads of signature titles, folded ("chu tich", "giam doc"), cut where they follow the item.</param>
    /// <param name="titleCut">A signature title was cut from the item's end.</param>
    /// <param name="sealCut">Seal debris stood after the item's closing ";": the seal's column runs beside the list.</param>
    public static string Clean(string body, IReadOnlyList<string> titleHeads, out bool titleCut, out bool sealCut)
    {
        var cut = StampInside(body);
        if (cut >= 0) body = body[..cut];
        body = CutAtRim(body);
        body = RepairComrade(body);
        body = RepairChairmen(body);
        body = TrimAfterMisreadClose(body);
        body = TrimSpecks(body);
        var closed = TrimAfterSemicolon(body);
        sealCut = closed.Length < body.Length;
        body = TrimSpeckRun(TrimSpecks(closed));
        var trimmed = TrimTitle(body, titleHeads);
        titleCut = trimmed.Length < body.Length;
        return trimmed;
    }

    /// <summary>
    /// "- Các đơn vị trực thuộc Lê Khánh Toàn" / "Văn phòng Trung ương Đảng;" (ip-vptw-05-HD-VPTW-2026-ocr): with the
    /// signature column printed beside the list, the signer's name that ends an item's line before the item goes on is
    /// the column's (a family name from <paramref name="families"/> and one to three capitalised words); cut off. Not
    /// after a word of <paramref name="placeKinds"/>: "thành phố Hồ Chí Minh", "xã Lê Lợi" end an item with a place
    /// named after a person. "- VPUB: CVP, các PCVP, “ Irân Sỹ Thanh" (lc-ubnd-ha-noi-ct-2025-chuyen-doi-so-ocr), "… các
    /// PCVP, Trân Sỹ Thanh" (ll-…): the family name's first letter or marks damaged by the seal, as SignerNameRepair reads it.
    /// </summary>
    public static string TrimSignerName(string item, IReadOnlyList<string> families, IReadOnlySet<string> placeKinds)
    {
        var words = item.TrimEnd().Split(' ');
        for (var size = 4; size >= 2; size--)
        {
            var start = words.Length - size;
            if (start < 1 || SignerNameRepair.ReadFamily(words[start], families) is null) continue;
            if (placeKinds.Contains(words[start - 1])) return item;
            if (!words.Skip(start).All(w => w.Length > 1 && char.IsUpper(w[0]) && w.Skip(1).All(char.IsLower))) continue;
            return string.Join(' ', words, 0, start);
        }
        return item;
    }

    /// <summary>
    /// "s VP Đoàn ĐBQH và HĐND tỉnh; Ngưýến Hoàng Giang" (jw-ubnd-quang-ngai-ttr-2025-mien-nhiem-ocr): the signature
    /// column's name printed beside the item after its closing ";"; two to four capitalised words whose first has the
    /// letters of a family name of <paramref name="families"/> (its marks perhaps misread), cut off.
    /// </summary>
    public static string TrimNameAfterClose(string item, IReadOnlyList<string> families)
    {
        var semicolon = item.LastIndexOf(';');
        if (semicolon < 0 || semicolon == item.Length - 1) return item;
        if (SignerNameRepair.NameWords(item[(semicolon + 1)..], firstMayBeDamaged: true) is not { } words) return item;
        return SignerNameRepair.DamagedFamily(words, families) is null ? item : item[..(semicolon + 1)];
    }

    /// <summary>
    /// "Nơi nhận: CHỦ TỊCH" / "- Tổng cục Thuế (b/cáo); TN TÊN" / "- CT, PCT UBND tỉnh; ziểt, 2"
    /// (jj-ubnd-quang-ngai-ct-2020-ocr): with the signature column beside the list, the OCR read each line across both
    /// columns, and words after the item's last ";" that no ";" of their own closes are the column's seal and name, cut
    /// off. A second item on the line closes as every item does ("- TT Tỉnh ủy; TT HĐND tỉnh; \@S k4 2.467",
    /// jh-ubnd-quang-ngai-ct-2018-07-ocr) and a note after the ";" ("; (để b/c)") stays.
    /// </summary>
    public static string TrimColumnAfterClose(string item)
    {
        var semicolon = item.LastIndexOf(';');
        if (semicolon < 0) return item;
        var rest = item.AsSpan(semicolon + 1).Trim();
        return rest.Length == 0 || rest[0] == '(' ? item : item[..(semicolon + 1)];
    }

    // "- Phó Thủ tướng TT Trương Hòa Bình  < —k đecHủ TỊCH" (jh-ubnd-quang-ngai-ct-2018-07-ocr): a word of signs alone ("<",
    // "==", "»") inside an item's line, the line ending in a word of capitals, is the seal's rim where the page's two
    // columns meet and the signature column's position after it; no part of the item. No clerk writes such a word in a
    // recipient's name. ("… Môi trường \ vs" ends in no position: left to the specks' rule.)
    private static string CutAtRim(string body)
    {
        if (body.AsSpan().IndexOfAny(RimSigns) < 0) return body;
        var words = body.TrimEnd().Split(' ');
        if (words[^1].Length < 3 || !words[^1].All(char.IsUpper)) return body;
        for (var k = 1; k < words.Length - 1; k++)
            if (words[k].Length > 0 && words[k].AsSpan().IndexOfAnyExcept(RimSigns) < 0) return string.Join(' ', words, 0, k).TrimEnd();
        return body;
    }

    private static readonly SearchValues<char> RimSigns = SearchValues.Create("<>=«»^~|\\");

    // "D/e TCTrg TCT (dé b/c)" (jb-tong-cuc-thue-cv-2023-4222-ocr): OCR reads "Đ/c" (đồng chí) opening an item as
    // "D/e", "D/c" or "Đ/e"; no other abbreviation is written so, and the corpus repairs it (the `jb-` rules).
    private static string RepairComrade(string body) =>
        body.Length > 4 && body[1] == '/' && body[0] is 'D' or 'Đ' && body[2] is 'e' or 'c' && body[3] == ' ' && !(body[0] == 'Đ' && body[2] == 'c')
            ? "Đ/c" + body[3..] : body;

    // "- T, các PCT; ưnnÄnã" (iw-ubnd-phu-tho-cv-ra-soat-tthc-2011-ocr): the chairman and his deputies are written "CT,
    // các PCT" or "CT, PCT" in every list; a lone "T" before them is "CT" with its first letter lost to the scan, and
    // the corpus repairs it (the `iw` rules).
    private static string RepairChairmen(string body) =>
        body.StartsWith("T, ", StringComparison.Ordinal) && (body.AsSpan(3).StartsWith("các PCT") || body.AsSpan(3).StartsWith("PCT"))
            ? "C" + body : body;

    /// <summary>
    /// "BỘ TRƯỞNG, CHỦ NHIỆM", "PHO TONG CUC TRUONG": a signature's title alone, in capitals (accents lost or not), as the
    /// signature column prints it beside the list's heading or after an item on its line; no recipient.
    /// </summary>
    public static bool IsTitleAlone(string body, IReadOnlyList<string> titleHeads)
    {
        if (body.Length is < 6 or > 60 || body.Any(char.IsLower) || !body.Contains(' ')) return false;
        var run = " " + TextFolding.FoldLoose(body).Replace(',', ' ').Replace('.', ' ') + " ";
        return titleHeads.Any(h => run.StartsWith(" " + h + " ", StringComparison.Ordinal));
    }

    // "…; ` < Ngày ký: 2026-05-28": where the stamp starts inside an item's line, or -1.
    private static int StampInside(string body)
    {
        var f = TextFolding.FoldLoose(body);
        var best = -1;
        foreach (var lead in StampLeads)
        {
            var at = f.IndexOf(" " + lead, StringComparison.Ordinal);
            if (at > 0 && (best < 0 || at < best)) best = at;
        }
        return best;
    }

    // A speck is a word that is no word: one with a sign no clerk types ("⁄4", "[ng", "†", "\Š", "`", "^="), or a
    // lone "." the seal left.
    private static string TrimSpecks(string body)
    {
        var words = body.TrimEnd().Split(' ');
        var keep = words.Length;
        // "(Đề ð/⁄€) z ` [": a lone letter after the item's note is a speck too, as nothing follows a note but ";".
        while (keep > 1 && (IsSpeck(words[keep - 1]) || words[keep - 1].Length == 1 && char.IsLetter(words[keep - 1][0]) && words[keep - 2].EndsWith(')'))) keep--;
        return keep == words.Length ? body : string.Join(' ', words, 0, keep);
    }

    // Run after the rule on what follows ";", which reads the specks to tell debris from a second item.
    private static string TrimSpeckRun(string body)
    {
        // Most items hold no sign a speck is made of and no small letter before a capital: not split into words.
        if (body.AsSpan().IndexOfAnyExcept(PlainItemChars) < 0 && !CapitalAfterSmall(body) && !body.Contains(" .", StringComparison.Ordinal)) return body;
        var words = body.TrimEnd().Split(' ');
        var keep = SpeckRunStart(words, words.Length);
        return keep == words.Length ? body : string.Join(' ', words, 0, keep);
    }

    // "- Bộ Tài chính: _ { rẻ `" (jw-ubnd-quang-ngai-cv-2025-kttt-gop-y-ocr): the seal's rim read as specks with a
    // syllable or two of letters among them; from the first speck on, where no word after it has three letters, the
    // line is debris (no name of a body ends in a speck and a lone syllable).
    // "Xã l< h) 3", "Kế hoạch và H GƯ 'ýU" (jd-ubnd-quang-ngai-tb-2024-660-ocr): a bracket nothing opened and a capital
    // after a small letter are the rim's too, and so are the lone capitals just before the first speck.
    private static int SpeckRunStart(string[] words, int keep)
    {
        var start = keep;
        var opened = false;
        for (var k = 0; k < keep && !opened; k++) opened = words[k].Contains('(');
        for (var k = keep - 1; k >= 1; k--)
        {
            var w = words[k];
            if (IsSpeck(w) || w.Length <= 3 && CapitalAfterSmall(w)) start = k;
            else if (w.Count(char.IsLetter) > 2 || w.Contains('(') || w.Contains(')') && opened) break;
        }
        while (start < keep && start > 1 && words[start - 1].Length <= 2 && words[start - 1].All(char.IsUpper)) start--;
        return start;
    }

    /// <summary>True where the line's first word is a speck ("\\XơwN,”", "$"): no item or note opens so.</summary>
    public static bool OpensWithSpeck(string body)
    {
        var space = body.IndexOf(' ');
        var first = space < 0 ? body : body[..space];
        // "Bi}S) Í_ (BỆNH VIỆN Y2" (kd-bvdk-bac-ninh-cv-2021-6191-ocr): a bracket closing what the word never opened is
        // the seal's rim, not a misread note; weighed without it.
        if (first.EndsWith(')') && !first.Contains('(')) first = first[..^1];
        return IsSpeck(first);
    }

    private static readonly SearchValues<char> PlainItemChars = SearchValues.Create(
        " .,;:()/-–—'\"%&+*!?“”0123456789aăâbcdđeêghiklmnoôơpqrstuưvxyAĂÂBCDĐEÊGHIKLMNOÔƠPQRSTUƯVXY"
        + "àáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵÀÁẢÃẠẰẮẲẴẶẦẤẨẪẬÈÉẺẼẸỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌỒỐỔỖỘỜỚỞỠỢÙÚỦŨỤỪỨỬỮỰỲÝỶỸỴ");

    private static bool CapitalAfterSmall(string word)
    {
        for (var i = 1; i < word.Length; i++)
            if (char.IsUpper(word[i]) && char.IsLower(word[i - 1])) return true;
        return false;
    }

    private static bool IsSpeck(string word)
    {
        if (word.Length == 0 || word == ".") return true;
        // "(đễ b/©)": a note the OCR misread is still the note, which the reader of the list drops.
        if (word.Contains('(') || word.Contains(')')) return false;
        foreach (var c in word)
            if (!char.IsLetterOrDigit(c) && ".,;:()/-–—'\"%&+*!?“”".IndexOf(c) < 0) return true;
        // "lB": a small letter before a capital, in a word too short to be two words run together.
        return word.Length <= 3 && word.Length >= 2 && char.IsLower(word[0]) && char.IsUpper(word[^1]) && word.All(char.IsLetter);
    }

    // "- Tổng Giám đốc (để b/c); h", "…; sen ` G", "…; ^= 17:24:51 +07:00": after the item's ";" a part with no
    // letters, or with no word of four letters and a speck or a lone letter, is seal debris. "TT.HU; TT.HĐND
    // huyện" (one item, the corpus rule) and a note "; (để b/c)" are kept.
    private static string TrimAfterSemicolon(string body)
    {
        // "- Phòng KSTTHC (1P, các CP); 2P 5sý 2 ;" (jw-ubnd-bac-lieu-qd-2025-duong-bo-ocr): the debris closed by a ";" of
        // its own; that last ";" closes the line, not an item.
        var semi = body.AsSpan().TrimEnd(" ;").LastIndexOf(';');
        if (semi < 0 || semi == body.TrimEnd().Length - 1) return body;
        // "B ộ  X â y  d ự n g ; B ộ  T à i  c h í nh;" (co-ubnd-hcm-qd-2014-3210): a line printed letter by letter has
        // no words to weigh; its closing ";" is left as it is.
        if (body.TrimEnd().EndsWith(';') && IsLetterSpaced(body.AsSpan(0, semi))) return body;
        var rest = body[(semi + 1)..].Trim().TrimEnd(';', ' ');
        // "- Như Điều 4; (NA ï" (jh-ubnd-hai-phong-qd-2025-430-ocr): a bracket the seal's rim opened and nothing closed is
        // no note; it is weighed as debris below.
        if (rest.Length == 0 || rest.StartsWith('(') && rest.Contains(')')) return body;
        var words = rest.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var noLetters = !rest.Any(char.IsLetter);
        var noWord = words.All(w => w.Count(char.IsLetter) < 4);
        // "; TỊ H", "; h": a letter alone is no word of a name.
        // "- Như trên; D:" (jb-cuc-csdt-ma-tuy-bca-cv-2026-c04-p6-ocr): a lone letter with a stop or colon is one too.
        // "- VPUB: CVP, PCVP; 4S", "…; S4 sr SÀC" (jd-ubnd-quang-ngai-cv-2025-299-ocr, -tb-2024-660-ocr): a digit and a
        // capital, the seal's rim read as a code.
        // "- Cổng TT điện tử tỉnh; NAY “ÁN cáC/" (jh-ubnd-bac-lieu-qd-2025-210-ocr): a capital after a small letter inside a
        // short word, as in "lB", is no word either.
        var junk = words.Any(IsJunk);
        // "- CT, các PCT UBND tỉnh; === ñam Trường Th" (jh-ubnd-quang-ngai-ct-2018-07-ocr): neither an item nor a note opens
        // with a speck; what follows is the seal's rim and the signer's name the scan broke beside it.
        if (IsSpeck(words[0]) && !rest.Any(c => c is ';' or '(')) return body[..(semi + 1)];
        // "- Như trên; =. Ứ TRUƯ ỞNG": capitals broken by specks after the item are the signature column's position as
        // OCR read it beside the list (iq-bca-4552-BCA-C04-2025-ocr), no second item.
        var brokenCapitals = junk && !rest.Any(char.IsLower);
        // "- VPUB: CVP, PCVP; ZQÀN-r" (jw-ubnd-quang-ngai-cv-2025-kttt-gop-y-ocr): nothing but debris words.
        // "- — Phòng ban liên quan (để thực hiện); 8 CN „ `" (jj-dh-cntt-tb-2013-01-ocr): no item opens with a number.
        var numbered = noWord && char.IsAsciiDigit(rest[0]);
        return noLetters || noWord && junk || brokenCapitals || numbered || words.All(IsJunk) ? body[..(semi + 1)] : body;
    }

    // "- Sở Tài nguyên và Môi trường: &- 2/72", "- BGĐ Sở Y tế, Á4 „ NÓÀ", "- Công TTĐT thành phó: lzi VÀ cán Ả®>"
    // (js-ubnd-quang-ngai-tb-2025-53-ocr, ld-syt-tp-hcm-kh-2021-ra-soat-vbqppl-ocr, jj-ubnd-can-tho-qd-2025-383-ocr): the
    // item's ";" read as ":" or ",", and the seal's rim after it. What follows the line's last ":" or "," is the seal's
    // when it holds a speck or a sign alone and no word of four letters: no list of offices ("VPUB: CVP, PCVP", "Phòng:
    // KHTC, CTSV") and no note ("(để b/c)") is written so.
    private static string TrimAfterMisreadClose(string body)
    {
        var close = body.AsSpan().TrimEnd(' ').LastIndexOfAny(':', ',');
        if (close < 0 || body.IndexOf(';') >= 0) return body;
        var rest = body.AsSpan(close + 1);
        if (rest.IsWhiteSpace() || rest.IndexOfAny('(', ')') >= 0 || HasWordOfFourLetters(rest)) return body;
        var words = rest.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Any(w => IsSpeck(w) || !w.Any(char.IsLetterOrDigit)) ? body[..(close + 1)] : body;
    }

    internal static bool HasWordOfFourLetters(ReadOnlySpan<char> text)
    {
        var run = 0;
        foreach (var c in text)
            if (c == ' ') run = 0;
            else if (char.IsLetter(c) && ++run >= 4) return true;
        return false;
    }

    private static bool IsLetterSpaced(ReadOnlySpan<char> text)
    {
        int single = 0, longer = 0;
        foreach (var range in text.Split(' '))
        {
            var length = range.End.GetOffset(text.Length) - range.Start.GetOffset(text.Length);
            if (length == 1) single++;
            else if (length > 1) longer++;
        }
        return single > longer;
    }

    /// <summary>
    /// "%„", "Cờ 2 F) 2À" beside the heading (jw-ubnd-bac-lieu-qd-2025-duong-bo-ocr, jw-ubnd-quang-ngai-ttr-2025-mien-nhiem-ocr):
    /// a cell with no letters, or with no word of four letters and a debris word, is the seal's rim or the signature
    /// column's mark as OCR read it; no recipient.
    /// </summary>
    public static bool IsDebris(string body)
    {
        if (!body.Any(char.IsLetter)) return true;
        var words = body.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.All(w => w.Count(char.IsLetter) < 4) && words.Any(IsJunk) || IsDigitRunIntoSmallLetters(words[0]);
    }

    // "Nơi nhận: 2gp Khóc" (kd-bvdk-bac-ninh-cv-2021-6191-ocr): a figure run into small letters opens no body's name
    // ("2 Sở", "12 xã" keep their space); beside the heading it is the seal's rim read as text.
    private static bool IsDigitRunIntoSmallLetters(string word)
    {
        var digits = 0;
        while (digits < word.Length && char.IsAsciiDigit(word[digits])) digits++;
        return digits > 0 && digits < word.Length && word.AsSpan(digits).IndexOfAnyExcept(SmallAsciiLetters) < 0;
    }

    private static readonly SearchValues<char> SmallAsciiLetters = SearchValues.Create("abcdefghijklmnopqrstuvwxyz");

    /// <summary>
    /// "~ Như kính gửi: B Ẻ" (kd-bvdk-bac-ninh-cv-2021-6191-ocr): "Như kính gửi" and "Như trên" name the addressees above
    /// and are whole; a ":" right after them is the closing ";" misread, and what follows on the line is the seal's.
    /// </summary>
    public static string CloseAsAbove(string body)
    {
        if (!body.StartsWith("Như", StringComparison.Ordinal)) return body;
        var colon = body.IndexOf(':');
        if (colon < 0) return body;
        var phrase = TextFolding.FoldLoose(body[..colon].TrimEnd());
        return phrase is "nhu kinh gui" or "nhu tren" ? body[..colon].TrimEnd() + ";" : body;
    }

    // A word no clerk writes in a recipient's name: a speck, a lone letter, a capital with a stop ("D:"), a digit run
    // into a capital ("4S", "2À"), a capital after a small letter in a short word ("lB"), a sign alone, a quote closing
    // what nothing opened ("BN&”"), or a Vietnamese mark beside a letter Vietnamese does not write ("ZQÀN").
    private static bool IsJunk(string w) =>
        IsSpeck(w) || w.Length == 1 && char.IsLetter(w[0]) || w.Length == 2 && char.IsUpper(w[0]) && w[1] is ':' or '.'
        || w.Length == 2 && (char.IsAsciiDigit(w[0]) && char.IsUpper(w[1]) || char.IsUpper(w[0]) && char.IsAsciiDigit(w[1]))
        || w.Length <= 5 && CapitalAfterSmall(w)
        // "- Đăng web, trang sv.epu.edu.vn; MÁf :" (jh-dh-dien-luc-tb-2025-d20-ocr): a stop or colon standing alone.
        || !w.Any(char.IsLetterOrDigit)
        || w.EndsWith('”') && !w.Contains('“')
        // "…UBMTTQ VN tỉnh; BÀ CUÀ,-" (kb-mttq-lam-dong-cv-2025-chuc-danh-hoi-ocr): a dash after a sign ends no word.
        || w.Length > 2 && w[^1] is '-' or '—' or '–' && !char.IsLetterOrDigit(w[^2]) && w[^2] != ' '
        || w.AsSpan().IndexOfAny(ForeignLetters) >= 0 && w.Any(c => c > '\u007f' && char.IsLetter(c));

    private static readonly SearchValues<char> ForeignLetters = SearchValues.Create("FJWZfjwz");

    // "Nhưtrên, PHÓ TÔNG GIÁM ĐỐC", "Nhưtrên — PHONG GIÁM ĐÓC", "Uỷ viên Trung ương Đảng; PHO CHANH VAN PHONG": the
    // right column's title run on after the item: two or more capital words at the end that hold a title's head
    // ("giam doc", "chanh van phong"), after words that are not capitals. An item in capitals is left whole, and so
    // is a list of codes ("Các Ban: DVT, TCKT, CNTT"), which holds no title.
    private static string TrimTitle(string body, IReadOnlyList<string> titleHeads)
    {
        var words = body.TrimEnd().Split(' '); // cut once, for the title's search and the item kept before it
        return TitleStart(words, titleHeads) is { } start ? string.Join(' ', words, 0, start).TrimEnd(' ', ',', '—', '–', '-') : body;
    }

    /// <summary>The signature's title printed after an item on its line ("PHÓ TÔNG GIÁM ĐỐC"), or null.</summary>
    public static string? TitleAtEnd(string body, IReadOnlyList<string> titleHeads)
    {
        var words = body.TrimEnd().Split(' '); // cut once, for the title's search and the title
        if (TitleStart(words, titleHeads) is not { } start) return null;
        return Unhyphened(string.Join(' ', words, start, words.Length - start).Trim(' ', '—', '–', '-', ';', ','));
    }

    // "- Như kính gửi, PHÓ-TRƯỞNG BAN THƯỜNG TRỰC" (lq-ban-tgdv-tu-lam-dong-cv-2025-ocr): the OCR read the space between two
    // words of the position as a hyphen; a hyphen between two capital letters is that space.
    private static string Unhyphened(string capitals)
    {
        if (capitals.IndexOf('-') <= 0) return capitals;
        var chars = capitals.ToCharArray();
        for (var k = 1; k < chars.Length - 1; k++)
            if (chars[k] == '-' && char.IsUpper(chars[k - 1]) && char.IsUpper(chars[k + 1])) chars[k] = ' ';
        return new string(chars);
    }

    // The index of the word that opens the title run at the end of the item's line, or null.
    private static int? TitleStart(string[] words, IReadOnlyList<string> titleHeads)
    {
        var start = words.Length;
        while (start > 0 && IsCapitalWord(words[start - 1])) start--;
        while (start < words.Length && !words[start].Any(char.IsLetter)) start++;
        if (words.Length - start < 2 || start == 0) return null;
        // "KT.CHỦ TỊCH": the signature's mark glued to the title by its stop; the title's head is still a word of the run.
        var run = " " + TextFolding.FoldLoose(Unhyphened(string.Join(' ', words, start, words.Length - start))).Replace('.', ' ') + " ";
        // "- Các khoa quản lý SV, CVHT; : “TRƯỞNG PHÒNG CTSV" (lr-dh-dien-luc-tb-2025-le-ky-niem-ocr): a speck glued before the
        // run's first word hides the head that opens it ("truong phong"); the head is looked for with the speck set apart.
        if (!char.IsLetter(run[1])) run = " " + LeadingSpecksApart(run);
        return TitleHeadWords.AnyIn(run, titleHeads) || ClippedTitle.Head(run, titleHeads) is not null ? start : null;
    }

    private static string LeadingSpecksApart(string run)
    {
        var at = 1;
        while (at < run.Length && !char.IsLetterOrDigit(run[at])) at++;
        return run[at..];
    }

    private static bool IsCapitalWord(string word)
    {
        var letters = 0;
        foreach (var c in word)
        {
            if (!char.IsLetter(c)) continue;
            if (!char.IsUpper(c)) return false;
            letters++;
        }
        return letters > 0 || word is "—" or "–" or "-";
    }

    /// <summary>"Nhưtrên", "NhưĐiều 3": the OCR lost the space after "Như" that opens these items.</summary>
    public static string SplitGluedAsAbove(string body)
    {
        if (body.Length < 5 || !body.StartsWith("Như", StringComparison.Ordinal)) return body;
        var next = body[3];
        return char.IsUpper(next) || body.AsSpan(3).StartsWith("trên", StringComparison.Ordinal) ? "Như " + body[3..] : body;
    }
}
