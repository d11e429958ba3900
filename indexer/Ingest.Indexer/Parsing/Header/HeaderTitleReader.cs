using System.Text.RegularExpressions;
using Ingest.Indexer.Parsing.Tables;
using Ingest.Indexer.Text;
using static Ingest.Indexer.Parsing.Header.HeaderText;

namespace Ingest.Indexer.Parsing.Header;

/// <summary>
/// Reads a header's type heading and the title (trích yếu) under it, as Nghị định 30/2020/NĐ-CP Phụ lục I and
/// Hướng dẫn 36-HD/VPTW lay them out: the type name on its own line, the title on the lines below up to the
/// first body line. Pure and thread-safe.
/// </summary>
internal sealed partial class HeaderTitleReader
{
    private const int HeaderLines = 40;
    // A title is a line or a few; past this it is a body paragraph read by mistake. A title naming two decrees with
    // their subjects runs to 565 characters (jx-chinh-phu-nq-2026-25-repo).
    private const int MaxTitle = 640;
    private const int TitleLines = 11;
    // "BÃI BỎ QUYẾT ĐỊNH SỐ 55/2014/QĐ-UBND NGÀY 31/12/2014 CỦA UBND THÀNH PHỐ ĐÀ NẴNG QUY ĐỊNH VỀ … VÀ QUYẾT ĐỊNH SỐ
    // 08/2023/QĐ-UBND …" (me-ubnd-da-nang-qd-2025-81, 1,161 characters over 16 lines): a decision that repeals or amends
    // several documents names each in its trích yếu with its date, issuer and subject. Set in capitals, such a title is
    // told from the body by its case (the body opens "Căn cứ …" in sentence case), so it reads on past the caps above.
    private const int MaxUpperTitle = 1400;
    private const int UpperTitleLines = 24;
    private readonly DomainTables _tables;
    private readonly IssuerUnitReader _units;
    private readonly string[] _authorities;

    // Words that extend a type word into the heading's own name ("CHƯƠNG TRÌNH HÀNH ĐỘNG", "THÔNG TƯ LIÊN TỊCH").
    private static readonly string[] HeadingExtensions = ["hanh dong", "lien tich", "phoi hop", "lien nganh"];

    // What is trimmed from each line read: held once, as a char list written in the call is an array made for every line.
    private static readonly char[] CellEdges = ['|', ' '];
    private static readonly char[] SpecksBeforeHeading = [':', '.', ',', ' ', '_', '¬', '~', '`', '—', '–'];
    private static readonly char[] RuleAfterHeading = [' ', '-', '—', '–', '_'];

    // "KẾ HOẠCH LIÊN NGÀNH" (kw-syt-sgddt-ha-noi-kh-2025-5440), "HƯỚNG DẪN LIÊN NGÀNH" (ib-syt-bhxh-lao-cai-43-HDLN-2016-
    // vbplco): "liên ngành" says that several sectors issue it, as the code KHLN does; the type is the type word's.
    private const string JointIssuers = "lien nganh";

    // "(BT), đoạn từ …", "(PPP) và …": an abbreviation in brackets, then the title's words in lower case.
    [GeneratedRegex(@"^\([\p{Lu}\d&-]{2,10}\)[,;]?\x20\p{Ll}", RegexOptions.CultureInvariant)]
    private static partial Regex BracketThenWords();

    // "… năm 2009tải về 143.48 Kb.": a document-sharing page glues its download link's size to its headline (the same
    // page writes "Chuyển đổi dữ liệu24.07.2016" and "Kích143.48 Kb." under it): page furniture, not the title.
    [GeneratedRegex(@"\s?t[aả]i\x20v[eề]\x20\d+(?:[.,]\d+)?\x20?[KkMm][Bb]\.?$", RegexOptions.CultureInvariant)]
    private static partial Regex DownloadSize();

    // "Phụ lục I DANH MỤC …", "PHỤ LỤC 02: BIỂU MẪU …", "Phụ lục số 3 …": an annex's own number is no part of its title.
    [GeneratedRegex(@"^(?:s[oố]\x20)?(?:[IVXLC]{1,6}|\d{1,3}[a-z]?)(?:[.:)\-–]|\x20[-–:])?\x20+(?=\S)", RegexOptions.CultureInvariant)]
    private static partial Regex AnnexNumber();

    private static string WithoutAnnexNumber(DocumentTypeRow type, string rest) =>
        type.Id == "phu-luc" && AnnexNumber().Match(rest) is { Success: true } m ? rest[m.Length..] : rest;

    [GeneratedRegex(@"^\(\s*\d{1,2}/\d{1,2}/\d{4}\s*[-–]\s*\d{1,2}/\d{1,2}/\d{4}\s*\)$", RegexOptions.CultureInvariant)]
    private static partial Regex BracketedDates();

    [GeneratedRegex(@"^(?:so\x20?[:.]?\x20?\d|ngay\x20?\d{1,2}\x20?thang\x20?\d{1,2}\x20?nam\x20?\d{4}\W*$)", RegexOptions.CultureInvariant)]
    private static partial Regex NumberOrDateLine();

    public HeaderTitleReader(DomainTables tables, IssuerUnitReader units, string[] authorities)
    {
        _tables = tables;
        _units = units;
        _authorities = authorities;
        _shortestTypeWord = tables.FoldedTypeWords().Min(w => w.Length);
    }

    // The length of the shortest folded type word.
    private readonly int _shortestTypeWord;

    /// <summary>
    /// The type heading: an upper-case line that is a type word ("KẾ HOẠCH", "CHƯƠNG TRÌNH HÀNH ĐỘNG"), or one
    /// that opens with it and carries the title on the same line ("KẾ HOẠCH | TRIỂN KHAI ..."), table bars aside.
    /// A draft's mark before it ("DỰ THẢO BÁO CÁO") is no part of it.
    /// </summary>
    public (DocumentTypeRow?, string?, int, string?) ReadHeading(IReadOnlyList<PlanLine> lines)
    {
        var found = ReadHeading(lines, 0, Math.Min(lines.Count, HeaderLines));
        if (found.Item3 >= 0 || lines.Count <= HeaderLines) return found;
        // A mirror's notes ("Số hiệu | Loại văn bản | Người ký …") push the header below the first lines: the heading is
        // looked for under the motto, wherever a page's banner left it (only when the first lines had none).
        // A motto within the first lines means the header stood there and has no heading (a letter): an annex's heading
        // further down is not the text's.
        var motto = MottoLine(lines);
        return motto < HeaderLines - 4 ? found : ReadHeading(lines, motto + 1, Math.Min(lines.Count, motto + HeaderLines / 2));
    }

    // How far down a page's banner may push the header's motto.
    private const int BannerLines = 120;

    // The motto's second line, "Độc lập - Tự do - Hạnh phúc" (a line is cleaned only where "ph" of "phúc" stands).
    private static int MottoLine(IReadOnlyList<PlanLine> lines)
    {
        for (var i = 0; i < Math.Min(lines.Count, BannerLines); i++)
        {
            var raw = lines[i].Raw;
            if (raw.Length < 12 || raw.IndexOf("ph", StringComparison.OrdinalIgnoreCase) < 0) continue;
            var folded = TextFolding.Fold(lines[i].Clean);
            if (folded.Contains("doc lap", StringComparison.Ordinal) && folded.Contains("hanh phuc", StringComparison.Ordinal)) return i;
        }
        return -1;
    }

    private (DocumentTypeRow?, string?, int, string?) ReadHeading(IReadOnlyList<PlanLine> lines, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            // ": BẢO CÁO NỘI DUNG GIAO BAN" (hy-ttyt-me-linh, OCR): a speck read as a colon or a dot before the heading;
            // "¬ _ ĐƠN ĐÈ NGHỊ" (jc-hdql-quy-khuyen-hoc-binh-thuan-don-2025-ocr): as a sign or an underscore. The rule
            // drawn under the heading, read as dashes beside it: "_—_ QUYẾT ĐỊNH" (jj-ubnd-can-tho-qd-2025-383-ocr),
            // "QUYÉT ĐỊNH -" (js-ubnd-tien-giang-qd-2025-ocr). A hyphen before it would be a list item's mark: kept.
            // A speck after it read as a colon set apart: "_ TỜ TRÌNH :" (jw-ubnd-quang-ngai-ttr-2025-mien-nhiem-ocr); the
            // enacting "QUYẾT ĐỊNH:" keeps its colon on the word and comes after "Căn cứ …", where the scan has stopped.
            var line = WithoutSpacedColon(lines[i].Clean.Trim(CellEdges).TrimStart(SpecksBeforeHeading).TrimEnd(RuleAfterHeading));
            // A body's paragraph in the first lines is no heading whatever mark it opens with: passed over before it is
            // folded (exact: a draft's mark takes its own length off the line at most).
            if (line.Length == 0 || line.Length > MaxHeadingLine + LongestDraftMark) continue;
            var (clean, folded) = WithoutDraftMark(line);
            if (clean.Length == 0 || clean.Length > MaxHeadingLine) continue;
            // The legal basis ("Căn cứ …") follows the heading (Nghị định 30/2020/NĐ-CP, Phụ lục I): a type word
            // below it is the enacting clause ("QUYẾT ĐỊNH:") or the body's text, not the heading.
            if (folded.StartsWith("can cu ", StringComparison.Ordinal)) break;
            if (!IsUpper(clean))
            {
                // "# KẾ HOẠCH Thực hiện công tác ...": an upper-case type word, then the title in sentence case.
                if (MixedHeading(clean, folded) is { } mixed) return (mixed.Item1, mixed.Item2, i, mixed.Item4);
                continue;
            }
            if (_tables.TypeByWord(folded) is { } type) return (type, type.Name, i, null);
            if (VowelDrawnTwice(folded) is { } once && _tables.TypeByWord(once) is { } split) return (split, split.Name, i, null);
            foreach (var ext in HeadingExtensions)
                if (folded.EndsWith(" " + ext, StringComparison.Ordinal) && _tables.TypeByWord(folded[..^(ext.Length + 1)]) is { } extended)
                    return (extended, ext == JointIssuers ? extended.Name : Sentence(clean), i, null);
            // "KẾ HOẠCH TRIỂN KHAI ..." on one line: a type word, then at least three words of title.
            foreach (var word in _tables.FoldedTypeWords())
            {
                if (!OpensWithWord(folded, word) || clean.Length != folded.Length) continue;
                // "VĂN BẢN QUY PHẠM PHÁP LUẬT" is a gazette's section, not a letter's heading.
                if (word == "van ban") break;
                var rest = clean[word.Length..].Trim('|', ' ', ':');
                // "QUY ĐỊNH VÀ HƯỚNG DẪN" / "VỀ VIỆC TIẾP NHẬN …" (kw-sgddt-ninh-thuan-quy-dinh-2003-1228): a heading of two
                // type names is the heading whole, typed by the first; the trích yếu is on the lines under it.
                if (folded.Length > word.Length + 4 && folded.AsSpan(word.Length).StartsWith(" va ") && _tables.TypeByWord(folded[(word.Length + 4)..]) is not null
                    && _tables.TypeByWord(word) is { } first)
                    return (first, first.Name, i, null);
                // "ĐỀ CƯƠNG TUYÊN TRUYỀN" / "KỶ NIỆM 78 NĂM NGÀY THÀNH LẬP …": a title's first words on the heading line,
                // the rest in capitals on the lines under it (a heading of two words is no type name of its own).
                // "KẾ HOẠCH CÔNG ĐOÀN" / "Năm học 2018 – 2019" (hz-cd-thcs-luc-ba-kh-2018-headerless; "KẾ HOẠCH GIÁO DỤC" / "Năm
                // học 2025-2026" in jr-truong-th-khanh-thanh-kh-2025-17): a school plan's short title, its year under it.
                var opens = rest.Split(' ').Length >= 3 || rest.Length > 0 && (NextUpperLine(lines, i) || NextClean(lines, i) is { } period && IsPeriodLine(period));
                if (opens && _tables.TypeByWord(word) is { } opened)
                    return HeadingUnderMotto(lines, i) is { } own ? (own.Type, own.Type.Name, own.Line, null) : (opened, opened.Name, i, WithoutAnnexNumber(opened, rest));
                break;
            }
        }
        return (null, null, -1, null);
    }

    // "KÉẺ HOẠCH" (mq-dh-tay-do-kh-2025-1146-ocr): Tesseract drew one vowel with two marks as two letters, each with one
    // of them ("Ế" as "ÉẺ"); folded, the vowel stands twice running. The heading line with that vowel once, where it is a
    // type word as a whole line, is that type's heading. Null where no vowel stands twice (nothing allocated).
    private static string? VowelDrawnTwice(string folded)
    {
        for (var i = 1; i < folded.Length; i++)
            if (folded[i] == folded[i - 1] && folded[i] is 'a' or 'e' or 'i' or 'o' or 'u' or 'y')
                return string.Concat(folded.AsSpan(0, i), folded.AsSpan(i + 1));
        return null;
    }

    // "KẾ HOẠCH TUYỂN SINH CỦA PHÒNG …" over the page, then the header's motto and the document's own "KẾ HOẠCH" with
    // its trích yếu under it: the page's headline above the header block gives way to the document's heading. The
    // page may name the document by another type than its own ("KẾ HOẠCH TIÊM PHÒNG DẠI …" over a ward's "THÔNG BÁO"
    // / "Về việc tiêm vắc xin …"): the heading under the motto is the document's whatever its type (Nghị định
    // 30/2020/NĐ-CP Phụ lục I sets the type name under the motto and the number, never above them).
    private (DocumentTypeRow Type, int Line)? HeadingUnderMotto(IReadOnlyList<PlanLine> lines, int at)
    {
        var mottoSeen = false;
        // Counted from the headline, not the page's top: a portal's empty table cells push the header block down
        // ("BÁO CÁO KINH TẾ XÃ HỘI NĂM 2022" on line 6, the motto on 26, the document's "BÁO CÁO" on 41 in
        // ig-ubnd-xa-vinh-ha-bc-743-2022-portal).
        for (var k = at + 1; k < Math.Min(lines.Count, at + HeaderLines); k++)
        {
            var (clean, folded) = WithoutDraftMark(lines[k].Clean.Trim(CellEdges));
            if (clean.Length == 0) continue;
            // Under the motto the legal basis opens the body; above it, a "Căn cứ …" is the page's teaser, the start of
            // the body printed under the headline before the header itself (ij-mg-hoa-sen-kien-tuong-kh-110-2025-portal).
            if (mottoSeen && folded.StartsWith("can cu ", StringComparison.Ordinal)) return null;
            if (folded.Contains("doc lap", StringComparison.Ordinal) && folded.Contains("hanh phuc", StringComparison.Ordinal)) { mottoSeen = true; continue; }
            if (mottoSeen && IsUpper(clean) && _tables.TypeByWord(folded) is { } own) return (own, k);
        }
        return null;
    }

    // "THÔNG BÁO CỦA UBND XÃ TIỀN TIẾN VỀ VIỆC TIÊM PHÒNG …" / "08/11/2023 07:49:55" / "THÔNG BÁO CỦA UBND XÃ TIỀN TIẾN" /
    // "V/v tiêm phòng, phòng chống bệnh dại …" (kg-ubnd-xa-tien-tien-tb-2023-tiem-phong-dai-headerless): a portal's
    // headline writes the document's heading and its subject on one line; the document's own heading, the headline's
    // first words alone on a line a few lines below, is where its trích yếu stands.
    // The heading line stays the headline's: the issuer block ends there, as above any heading.
    private const int HeadlineToHeading = 6;

    /// <summary>
    /// The title under the document's own heading when the heading on line <paramref name="headline"/> is a page's
    /// headline that the heading repeats in part a few lines below, or null.
    /// </summary>
    public string? TitleUnderRepeatedHeadline(IReadOnlyList<PlanLine> lines, int headline, string typeName)
    {
        var word = TextFolding.FoldLoose(typeName);
        string? whole = null;
        for (var k = headline + 1; k < Math.Min(lines.Count, headline + HeadlineToHeading); k++)
        {
            var clean = lines[k].Clean.Trim(CellEdges);
            if (clean.Length <= word.Length || !IsUpper(clean)) continue;
            // The repeated heading opens as the headline does; a title's next line in capitals does not, and skips the fold.
            var head = lines[headline].Clean.TrimStart('|', ' ');
            if (head.Length == 0 || char.ToUpperInvariant(head[0]) != char.ToUpperInvariant(clean[0])) continue;
            var folded = TextFolding.FoldLoose(clean);
            if (folded.Length != clean.Length || !OpensWithWord(folded, word)) continue;
            whole ??= TextFolding.FoldLoose(lines[headline].Clean.Trim(CellEdges));
            if (whole.StartsWith(folded + " ", StringComparison.Ordinal))
                return ReadTitle(lines, k, typeName, clean[word.Length..].Trim());
        }
        return null;
    }

    // "DỰ THẢO BÁO CÁO", "(DỰ THẢO) KẾ HOẠCH": the mark of a draft stands before the heading, not in it.
    // "THÔNG BÁO ;" (lt-bo-tu-phap-tb-2015-1135-ocr): the same speck read as a semicolon.
    private static string WithoutSpacedColon(string clean) =>
        clean.EndsWith(" :", StringComparison.Ordinal) || clean.EndsWith(" ;", StringComparison.Ordinal) ? clean[..^2].TrimEnd() : clean;

    // The line without the mark, and folded: the fold that looks for the mark is the line's own where none stands there
    // (each line of a header is read so, and folding it twice was about a seventh of the heading reader's CPU samples; issue 12).
    private static (string Clean, string Folded) WithoutDraftMark(string clean)
    {
        var folded = TextFolding.FoldLoose(clean);
        foreach (var mark in DraftMarks)
            if (folded.StartsWith(mark, StringComparison.Ordinal) && folded.Length == clean.Length && IsUpper(clean[..mark.Length]))
            {
                var heading = clean[mark.Length..].Trim();
                return (heading, TextFolding.FoldLoose(heading));
            }
        return (clean, folded);
    }

    private static readonly string[] DraftMarks = ["(du thao) ", "du thao "];
    private static readonly int LongestDraftMark = DraftMarks.Max(m => m.Length);

    // The longest line read as a heading (with its title on the same line).
    private const int MaxHeadingLine = 200;

    // The first line with words under line at: in capitals, and no line of a header's block.
    private static bool NextUpperLine(IReadOnlyList<PlanLine> lines, int at)
    {
        for (var k = at + 1; k < Math.Min(lines.Count, at + 3); k++)
        {
            var clean = lines[k].Clean.Trim(CellEdges);
            if (clean.Length == 0) continue;
            return IsUpperTitle(clean) && !IsHeaderBlockLine(clean);
        }
        return false;
    }

    // "THÔNG Tư LIÊN TỊCH Hướng dẫn việc thẩm định …" (jb-btc-btnmt-ttlt-2016-87-issuu-ocr-header): OCR may read a capital
    // whose small letter has its shape (Ư and ư, O and o, C, S, U, V, W, X, Z) as the small one. A type word in capitals
    // but for one such letter is in capitals; two small letters, or another one, are the writer's case ("Thông tư").
    private const string SameShapeLetters = "ocsuvwxz";

    // Whether the first `count` characters hold two small letters, one of them at least one that upper case changes: no
    // word opening the line in those characters is in capitals (IsUpper) or in capitals but for one (UpperButOneSameShape).
    private static bool SmallLettersOpen(string clean, int count)
    {
        var (small, changed) = (0, false);
        for (var i = 0; i < Math.Min(count, clean.Length); i++)
        {
            if (!char.IsLower(clean[i])) continue;
            small++;
            changed |= InvariantCasing.ToUpper(clean[i]) != clean[i];
        }
        return small >= 2 && changed;
    }

    private static bool UpperButOneSameShape(string typed)
    {
        var small = '\0';
        foreach (var c in typed)
        {
            if (!char.IsLower(c)) continue;
            if (small != '\0') return false;
            small = c;
        }
        return small != '\0' && TextFolding.FoldLoose(small.ToString()) is [var bare] && SameShapeLetters.Contains(bare);
    }

    private (DocumentTypeRow?, string?, int, string?)? MixedHeading(string clean, string folded)
    {
        // Each line of a header in sentence case comes here ("Căn cứ …", "Thực hiện …"): where no type word could open it
        // in capitals, the type words are not tried one by one. Exact: a type word is matched only where the line folds to
        // its own length, and its letters as written must be capitals, or capitals but for one small letter (below).
        if (clean.Length != folded.Length || SmallLettersOpen(clean, _shortestTypeWord)) return null;
        foreach (var word in _tables.FoldedTypeWords())
        {
            // "HƯỚNG DẪN: Công tác phòng, chống tội phạm; …": a colon may part the type word from the title.
            var colon = folded.Length > word.Length + 1 && folded[word.Length] == ':' && folded[word.Length + 1] == ' ';
            if (!colon && !OpensWithWord(folded, word) || clean.Length != folded.Length) continue;
            if (colon && !folded.StartsWith(word, StringComparison.Ordinal)) continue;
            var typed = clean[..word.Length];
            var rest = clean[(word.Length + (colon ? 1 : 0))..].Trim();
            if (!IsUpper(typed) && !UpperButOneSameShape(typed) || rest.Length == 0 || !char.IsUpper(rest[0]) || IsUpper(rest) || rest.Split(' ').Length < 3) return null;
            // "KẾ HOẠCH PHÁT TRIỂN GIÁO DỤC NĂM 2014 Căn cứ ...": an upper-case title, then the body on the same line,
            // opening with a capital. "NGHỊ QUYẾT CỦA BỘ CHÍNH TRỊ về đổi mới ...": a lower-case word goes on with the title.
            var words = rest.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var upperRun = words.TakeWhile(w => !w.Any(char.IsLetter) || IsUpper(w)).Count();
            if (upperRun >= 2 && (upperRun == words.Length || !char.IsLower(words[upperRun][0]))) rest = string.Join(' ', words.Take(upperRun));
            return _tables.TypeByWord(word) is { } type ? (type, type.Name, -1, WithoutAnnexNumber(type, rest)) : null;
        }
        return null;
    }

    /// <summary>
    /// A web page's headline over the text, before any header line: the type name in sentence case and the
    /// title after it ("Thông báo về việc tổ chức tổng vệ sinh ...", "Báo cáo Kết quả thực hiện ...").
    /// A reference line ("Kế hoạch số 12/KH-UBND ...") is no headline.
    /// </summary>
    public (DocumentTypeRow Type, string Title)? ReadHeadline(IReadOnlyList<PlanLine> lines)
    {
        var seen = 0;
        for (var i = 0; i < lines.Count && seen < 3; i++)
        {
            var clean = lines[i].Clean.Trim(CellEdges);
            if (clean.Length == 0) continue;
            seen++;
            if (clean.Length > 250 || IsUpper(clean) || clean.EndsWith(':')) continue;
            var folded = TextFolding.FoldLoose(clean);
            if (folded.Length != clean.Length) continue;
            foreach (var word in _tables.FoldedTypeWords())
            {
                if (!OpensWithWord(folded, word)) continue;
                var typed = clean[..word.Length];
                // Sentence case, as a page writes its headline: "Thông báo", not "THÔNG BÁO" nor "thông báo".
                if (!char.IsUpper(typed[0]) || typed[1..].Any(char.IsUpper) || word == "van ban") break;
                var rest = clean[word.Length..].Trim(' ', ':', '-', '–');
                if (rest.EndsWith('.') && DownloadSize().Match(rest) is { Success: true } size) rest = rest[..size.Index].TrimEnd();
                var restFolded = TextFolding.FoldLoose(rest);
                if (rest.Split(' ').Length < 3 || IsReference(restFolded)) break;
                // "Quyết định 04/2007/QĐ-UBND quy chế …": a mirror names the page by the document's number and its own
                // summary of the title; the trích yếu is the header's.
                if (IsSymbol(rest.Split(' ')[0])) break;
                if (_tables.TypeByWord(word) is { } type) return (type, WithoutAnnexNumber(type, rest));
                break;
            }
            // The header itself has begun: no headline stands below it.
            if (folded.Contains("cong hoa", StringComparison.Ordinal) || folded.StartsWith("so", StringComparison.Ordinal)) return null;
        }
        return null;
    }

    // "Kế hoạch số 12/KH-UBND ...", "... 12/KH-UBND ngày ...", a mirror's "Quyết định 3100/QĐ-UBND năm 2017 về ...":
    // a line that names a document by its number lists or cites it; a headline gives the title alone.
    private static bool IsReference(string restFolded)
    {
        if (restFolded.StartsWith("so ", StringComparison.Ordinal)) return true;
        var firstWord = restFolded.Split(' ', 2)[0];
        if (firstWord.Length > 0 && char.IsAsciiDigit(firstWord[0]) && firstWord.Contains('/')) return true;
        // "Luật … được Quốc hội khóa XV thông qua ngày 10-11-2022 …": a whole date written with hyphens or dots dates the
        // document named as surely as one with slashes.
        return restFolded.Any(char.IsAsciiDigit) && (restFolded.Contains('/') || WholeDateWithDashes().IsMatch(restFolded)) && DatedAt(restFolded);
    }

    [GeneratedRegex(@"\bngay\x20?\d{1,2}[-.]\d{1,2}[-.](?:19|20)\d{2}(?!\d)", RegexOptions.CultureInvariant)]
    private static partial Regex WholeDateWithDashes();

    // "… 12/KH-UBND ngày 05/3/2020": a date follows "ngày"; "kỷ niệm 78 năm ngày Thương binh - Liệt sĩ (27/7/1947 -
    // 27/7/2025)" names a day of remembrance, whose dates in brackets cite nothing.
    private static bool DatedAt(string folded)
    {
        for (var i = folded.IndexOf(" ngay ", StringComparison.Ordinal); i >= 0; i = folded.IndexOf(" ngay ", i + 1, StringComparison.Ordinal))
            if (i + 6 < folded.Length && char.IsAsciiDigit(folded[i + 6])) return true;
        return false;
    }

    // "04/2007/QĐ-UBND", "856/QĐ-TTg": a document's symbol, a number with its codes.
    private static bool IsSymbol(string word) => word.Any(char.IsDigit) && word.Contains('/') && word.Any(char.IsLetter);

    // An upper-case title line, the symbols it cites aside: their codes keep their own case ("856/QĐ-TTg", "NĐ-CP").
    // Read word by word where the words stand (each line under a heading is asked, some twice; the words split, kept and
    // joined again were a fiftieth of a parse's allocation): the same answer as the kept words joined, since casing a
    // word never reaches past the space after it.
    private static bool IsUpperTitle(string clean)
    {
        var (kept, letter) = (false, false);
        foreach (var range in clean.AsSpan().Split(' '))
        {
            var word = clean.AsSpan(range);
            if (word.Length == 0 || IsSymbol(word)) continue;
            if (!InvariantCasing.IsUpper(word)) return false;
            kept = true;
            letter = letter || LetterRuns.HasLetter(word);
        }
        return kept && letter;
    }

    private static bool IsSymbol(ReadOnlySpan<char> word) => HasDigit(word) && word.Contains('/') && LetterRuns.HasLetter(word);

    private static bool HasDigit(ReadOnlySpan<char> word)
    {
        foreach (var c in word) if (char.IsDigit(c)) return true;
        return false;
    }

    private static string Sentence(string upper) => upper.Length == 0 ? upper : upper[0] + upper[1..].ToLowerInvariant();

    // "HƯỚNG DẪN: Công tác phòng, chống tội phạm; mua bán người; ma túy" / "mại dâm; HIV/AIDS & …": a page broke the
    // title, and the line that opens in lower case goes on with it; a capital opens the page's notes or the body.
    private static string WithLowerContinuation(IReadOnlyList<PlanLine> lines, int heading, string title)
    {
        if (title.EndsWith('.') || title.EndsWith(':')) return title;
        for (var k = heading + 1; k < Math.Min(lines.Count, heading + 3); k++)
        {
            var clean = lines[k].Clean.Trim(CellEdges);
            if (clean.Length == 0) continue;
            return char.IsLower(clean[0]) && clean.Length + title.Length < MaxTitle ? title + " " + clean.TrimEnd('.') : title;
        }
        return title;
    }

    /// <summary>
    /// The title under the heading on line <paramref name="heading"/>, over its lines, up to the first body line.
    /// <paramref name="onHeading"/>: the title's start the heading line itself carries ("QUY CHẾ LÀM VIỆC CỦA BAN
    /// CHẤP HÀNH"); upper-case lines under it go on with it ("ĐẢNG BỘ HUYỆN ... (NHIỆM KỲ 2005 - 2010)").
    /// </summary>
    public string? ReadTitle(IReadOnlyList<PlanLine> lines, int heading, string? typeWord, string? onHeading = null)
    {
        // A sentence-case title on the heading line is whole ("KẾ HOẠCH Thông tin, tuyên truyền ..."); the page's
        // notes under it ("Ngày cập nhật 19/04/2018") are no part of it.
        // Its period on the next line is its last ("KẾ HOẠCH V/v tổ chức hội thi lồng đèn đẹp cấp trường" / "Năm học 2010 -
        // 2011", ja-lien-doi-th-tan-hoa-kh-01-2010), as under a heading; a line in lower case goes on with it.
        if (onHeading is not null && !IsUpper(onHeading))
            return NextClean(lines, heading) is { } period && IsPeriodLine(period) && !onHeading.EndsWith('.') ? onHeading + " " + period
                : WithLowerContinuation(lines, heading, onHeading);
        var parts = onHeading is null ? new List<string>() : [onHeading];
        for (var i = heading + 1; i < lines.Count && (i <= heading + TitleLines || RunsOnInCapitals(lines, i, heading, parts)); i++)
        {
            var clean = lines[i].Clean.Trim(CellEdges);
            if (clean.Length == 0 || IsRule(clean)) continue;
            // "Về việc đăng ký kế hoạch báo cáo seminar … trực thuộc Trường" / "——————_ n UA," (mq-dh-tay-do-tb-2025-1145-ocr):
            // the rule under the trích yếu (Nghị định 30/2020/NĐ-CP, Phụ lục I) closes it; what the OCR read beside the rule
            // is the seal's or the signature's strokes.
            if (parts.Count > 0 && TitleScanDebris.OpensWithRule(clean)) break;
            clean = TitleScanDebris.WithoutEdgeSpecks(TitleScanDebris.WithoutSpecks(clean));
            if (parts.Count == 0)
            {
                clean = TitleScanDebris.WithoutStampBeforeSubject(WithoutRepeatedType(clean, typeWord));
                // Hướng dẫn 36-HD/VPTW: a Party letter may set its number and date under the heading ("CÔNG VĂN" /
                // "Số 1313-CV/ĐUK" / "ngày 11 tháng 5 năm 2015" / "Về ...").
                if (clean.Length == 0 || clean.Length <= 40 && NumberOrDateLine().IsMatch(TextFolding.Fold(clean))) continue;
                // A title may well begin "Thực hiện ..." or "Triển khai ..."; only a legal basis or an address
                // right under the heading means the plan has no title.
                // Nor does an enacting body right under it ("NGHỊ QUYẾT" / "HỘI ĐỒNG NHÂN DÂN TỈNH VĨNH PHÚC").
                if (NoTitle().IsMatch(TextFolding.Fold(clean)) || IsUpper(clean) && IsEnacting(clean)) return null;
                parts.Add(clean);
                continue;
            }
            // "VỀ … CẤP HUYỆN HỘI ĐỒNG NHÂN DÂN HUYỆN CẦN GIỜ" / "KHÓA IX, KỲ HỌP LẦN THỨ 13": a resolution's council
            // and its sitting stand under the title (Nghị định 30/2020/NĐ-CP Phụ lục I); a page may glue the council's
            // line onto the title's.
            if (CouncilSession.IsSessionLine(clean)) { parts[^1] = WithoutEnactingTail(parts[^1]); break; }
            if (!IsUpper(parts[0])) clean = TitleScanDebris.WithoutDebrisOpening(TitleScanDebris.WithoutStampOpening(clean));
            var last = parts[^1];
            var length = string.Join(' ', parts).Length;
            if (length > MaxTitle && (length > MaxUpperTitle || !AllUpper(parts))) break;
            // A scan's seal or signature read as non-words under the title ends it: the body follows.
            if (TitleScanDebris.IsDebrisLine(clean)) break;
            var ended = last.EndsWith('.');
            // "... GIAI ĐOẠN" / "2017-2021": a title broken before its years.
            if (!ended && IsYearsOnly(clean)) { parts.Add(clean); continue; }
            // "Năm học 2021-2022", "Thời điểm tháng 10 năm 2020" on a line of its own: the title's last line.
            if (!ended && IsPeriodLine(clean)) { parts.Add(clean); break; }
            // "… kỷ niệm 20 năm Ngày thành lập huyện" / "(21/9/2002- 21/9/2022)": an anniversary's dates in brackets on a
            // line of their own close the title, unless a line in lower case goes on with it ("(15/10/1956 - 15/10/2015)"
            // / "và tổ chức chào mừng Đại hội Đảng các cấp.", jr-hoi-lhtn-huyen-tho-xuan-kh-2015-151): the body opens
            // with a capital.
            if (!ended && BracketedDates().IsMatch(clean))
            {
                parts.Add(clean);
                if (LowerCaseNext(lines, i)) continue;
                break;
            }
            // "… thuộc thẩm quyền giải quyết của Sở Giao thông vận tải;" / "__ Sở Xây dựng; Ủy ban nhân dân cấp huyện;" / ": Ủy
            // ban nhân dân cấp xã …" / "(Lĩnh vực: Đường bộ)" (jw-ubnd-bac-lieu-qd-2025-duong-bo-ocr): a title listing bodies
            // with ";" goes on over the next line whatever its capital (OCR specks before it dropped), and a line wholly in
            // brackets under it is the title's own qualifier; a legal basis or the enacting authority still ends it.
            if (!ended && (last.EndsWith(';') || IsBracketedLine(clean)) && !NoTitle().IsMatch(TextFolding.Fold(clean)) && !(IsUpper(clean) && IsAuthority(clean)))
            {
                parts.Add(clean.TrimStart('_', ':', ' '));
                continue;
            }
            var bothUpper = IsUpperTitle(last) && IsUpperTitle(clean);
            // "… ban hành kèm theo Nghị định số" / "26/2023/NĐ-CP ngày 31 tháng 5 năm 2023 …" (jx-chinh-phu-nq-2026-25-repo):
            // a line ending on the label "số" goes on with the number that opens the next.
            // "… trên địa bàn tỉnh Quảng Ngãi" / (blank) / "thời gian qua, công tác triển khai thi hành Luật tố tụng hành"
            // (lr-ubnd-quang-ngai-ct-2018-07-ocr): the body's first line, its first word lost to the OCR, runs the page's
            // width and goes on into the next line; a title's next line is centred under it.
            if (!IsUpper(last) && !IsUpper(clean) && TitleScanDebris.OpensBodyParagraph(lines, i, parts)) break;
            var continues = onHeading is null ? char.IsLower(clean[0]) || (bothUpper && !ended) || EndsWithNumberLabel(last) && char.IsDigit(clean[0])
                    || AsksForItsObject(last) && !NoTitle().IsMatch(TextFolding.Fold(clean))
                : bothUpper && !ended && !IsHeaderBlockLine(clean);
            if (!continues)
            {
                // A capital after a blank opens the body (ParagraphAfterBlank), except under a title whose own lines the OCR
                // set apart by blanks: there the blank tells nothing, and a block closed by the title's full stop is its end.
                var afterBlank = ParagraphAfterBlank(lines, i);
                if (!ended && !IsUpper(last) && (!afterBlank || LinesSetApart(lines, heading, i))
                    && CapitalizedLines(lines, i) is { } block && (!afterBlank || block[^1].EndsWith('.'))) parts.AddRange(block);
                break;
            }
            // "I. CĂN CỨ XÂY DỰNG KẾ HOẠCH" opens the body, and so does "- A. KẾT QUẢ …" (a list mark before the section's).
            if (SectionStart().IsMatch(TextFolding.Fold(clean.TrimStart('-', '–', ' ')))) break;
            // A decision's enacting authority under its title ("THỦ TƯỚNG CHÍNH PHỦ", "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH").
            if (IsUpper(clean) && IsAuthority(clean) && !EndsWithConnector(last)) break;
            // "ỦY" / "BAN NHÂN DÂN TỈNH QUẢNG BÌNH": the PDF broke the enacting line after its first word; so did a
            // telegram's sender line, "THỦ" / "TƯỚNG CHÍNH PHỦ điện:" (mv-thu-tuong-cd-2025-226, the word split by
            // bold marks).
            if (IsUpper(clean) && !clean.Contains(' ') && clean.Length <= 4 && !EndsWithConnector(last)
                && NextClean(lines, i) is { } next && IsUpper(TelegramSender.WithoutFormula(next)) && IsAuthority(clean + " " + next)) break;
            parts.Add(clean);
        }
        return parts.Count == 0 ? null : AuthorThenSubject.BracketedSubject(parts) ?? string.Join(' ', parts).TrimEnd('.', ' ');
    }

    // "… trong tình hình mới trên địa bàn tỉnh Quảng Ngãi" / (blank) / "Trong thời gian qua, công tác phòng, chống tham
    // nhũng, tiêu cực của tỉnh" / "(gọi tắt là PCTNTC) đã được …" (lj-ubnd-quang-ngai-ct-2024-pctntc-ocr): OCR that reads
    // the page by blocks (tesseract --psm 3) sets the trích yếu's block apart from the body's by a blank line; a capital
    // after that blank, its line going straight on into the next, opens a paragraph of the body, not a title broken
    // before a capitalized word.
    private static bool ParagraphAfterBlank(IReadOnlyList<PlanLine> lines, int i) =>
        i >= 1 && i + 1 < lines.Count && lines[i - 1].Raw.IsWhiteSpace() && !lines[i + 1].Clean.AsSpan().Trim("| ").IsEmpty;

    // "Kết luận của Phó Chủ tịch Thường trực UBND Thành phố Dương Đức Tuấn" / (blank) / "tại cuộc họp … trục không gian" /
    // (blank) / "Quốc lộ 1A gắn với … đối tác công" / "tư (PPP), … (BT)." / (blank) / "Ngày 18/3/2026, …"
    // (lu-vp-ubnd-ha-noi-tb-2026-229-ocr): a scan read line by line may leave a blank between every line of the trích yếu.
    // True when a blank line stands between two of the lines read under the heading before line <paramref name="i"/>.
    private static bool LinesSetApart(IReadOnlyList<PlanLine> lines, int heading, int i)
    {
        var written = false;
        for (var k = heading + 1; k < i - 1; k++)
        {
            var blank = lines[k].Clean.AsSpan().Trim("| ").IsEmpty;
            if (!blank) written = true;
            else if (written && !lines[k + 1].Clean.AsSpan().Trim("| ").IsEmpty) return true;
        }
        return false;
    }

    /// <summary>
    /// The title read on the heading's line with the period line under it ("KẾ HOẠCH GIÁO DỤC NHÀ TRƯỜNG" / "Năm học: 2024 -
    /// 2025" after the place-date, under a page's "KẾ HOẠCH GIÁO DỤC", mg-th-dien-hung-kh-2024-19): the period closes the
    /// title, as under a heading on its own line.
    /// </summary>
    public static string WithPeriodLineUnder(IReadOnlyList<PlanLine> lines, int headingAt, string title)
    {
        if (headingAt < 0 || title.EndsWith('.')) return title;
        for (var k = headingAt; k < Math.Min(lines.Count, headingAt + TitleLines); k++)
        {
            var clean = lines[k].Clean.Trim(CellEdges);
            if (clean.Length == 0) continue;
            if (!clean.EndsWith(title.Length <= clean.Length ? title : title[^Math.Min(title.Length, 12)..], StringComparison.Ordinal)) continue;
            return NextClean(lines, k) is { } period && IsPeriodLine(period) ? title + " " + period : title;
        }
        return title;
    }

    private static bool AllUpper(List<string> parts) => parts.Count > 0 && parts.TrueForAll(IsUpperTitle);

    // Past the usual window only a title in capitals reads on, and only line after line: a blank line there ends it, as
    // the blank lines between a report's cover title and the school's name under it do (il-mn-mun-chung-bc-tu-danh-gia-2020-portal).
    private static bool RunsOnInCapitals(IReadOnlyList<PlanLine> lines, int i, int heading, List<string> parts) =>
        i <= heading + UpperTitleLines && !lines[i - 1].Clean.AsSpan().Trim("| ").IsEmpty && AllUpper(parts);

    // "Về việc phê duyệt Phương án, vị trí tuyến đường Quốc lộ 1A, tỷ lệ 1/500" / "(đoạn từ nút giao Vành đai 1 - hầm Kim Liên
    // đến nút giao cầu Giẽ)." (il-ubnd-ha-noi-1878-QD-UBND-2026-pdf): the bracketed qualifier may carry the title's closing
    // full stop after its bracket.
    private static bool IsBracketedLine(string clean)
    {
        var end = clean.EndsWith(").", StringComparison.Ordinal) ? clean.Length - 2 : clean.Length - 1;
        return end > 1 && clean[0] == '(' && clean[end] == ')' && clean.IndexOf(')') == end;
    }

    // "… Quy định cụ thể ban hành kèm theo" / "Quyết định số 99-QĐ/TW ngày 30-5-2012 …" (ly-vptw-hd-2013-21-flat): a title
    // line ending on a word that asks for its object ("kèm theo", "của", "về", "và", "cho") goes on with the next line,
    // whose capital opens that object (a document, a body), not the body of the text.
    private static bool AsksForItsObject(string line) =>
        HeaderText.EndsWithConnector(line) && !line.EndsWith(',') && !line.EndsWith('-')
        || TextFolding.FoldLoose(line).EndsWith(" kem theo", StringComparison.Ordinal);

    private static bool EndsWithNumberLabel(string line) =>
        line.EndsWith(" số", StringComparison.Ordinal) || line.EndsWith(" Số", StringComparison.Ordinal);

    // Words after which a body's name belongs to the title ("… CỦA HỘI ĐỒNG NHÂN DÂN TỈNH", "NỘI QUY KỲ HỌP HĐND …").
    private static readonly string[] TitleConnectors = ["cua", "va", "ve", "cho", "thuoc", "voi", "tai", "hop", "den", "giua"];

    // The title line without the enacting body glued at its end ("… CẤP HUYỆN HỘI ĐỒNG NHÂN DÂN HUYỆN CẦN GIỜ"):
    // the first word from which the rest is the whole name of a body with its level, after a word that does not ask
    // for a name.
    private string WithoutEnactingTail(string part)
    {
        var words = part.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var k = 1; k < words.Length; k++)
        {
            if (TitleConnectors.Contains(TextFolding.FoldLoose(words[k - 1]))) continue;
            var rest = string.Join(' ', words.Skip(k));
            if (IsUpper(rest) && IsEnacting(rest)) return string.Join(' ', words.Take(k));
        }
        return part;
    }

    // A heading line above the header (a page's or file's title) is followed by the header's own lines: the
    // issuer and the motto ("PHÒNG GD&ĐT DIỄN CHÂU CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM"), the number, the place-date.
    private static bool IsHeaderBlockLine(string clean)
    {
        var folded = TextFolding.FoldLoose(clean);
        return folded.Contains("cong hoa xa hoi", StringComparison.Ordinal) || folded.Contains("doc lap", StringComparison.Ordinal)
            || folded.Contains("dang cong san viet nam", StringComparison.Ordinal) || folded.StartsWith("so", StringComparison.Ordinal)
            || PlaceDateLike().IsMatch(folded);
    }

    // "THÔNG TƯ" / "THÔNG TƯ QUY ĐỊNH ...", "QUYẾT ĐỊNH" / "QUYẾT ĐỊNH" / "VỀ ...", "NGHỊQUYẾT VỀ VIỆC ...": the heading
    // repeated (a mirror prints it twice; its spaces may be lost) before the title; the title starts after it.
    private static string WithoutRepeatedType(string clean, string? typeWord)
    {
        if (typeWord is null || !IsUpper(clean)) return clean;
        var type = TextFolding.FoldLoose(typeWord);
        var folded = TextFolding.FoldLoose(clean);
        if (folded.Length == clean.Length && (folded == type || folded.StartsWith(type + " ", StringComparison.Ordinal)))
            return clean[type.Length..].Trim();
        var squeezedType = Squeezed(typeWord);
        var words = clean.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length > 0 && typeWord.Contains(' ') && Squeezed(words[0]) == squeezedType ? string.Join(' ', words.Skip(1)) : clean;
    }

    /// <summary>
    /// A title in sentence case broken before a capitalized word ("... đại biểu" / "Đoàn TNCS Hồ Chí Minh ..."):
    /// the lines from <paramref name="from"/> up to the first body line, when they are few, short and unpunctuated
    /// as title lines are; null when what follows reads as a body paragraph.
    /// </summary>
    private static List<string>? CapitalizedLines(IReadOnlyList<PlanLine> lines, int from)
    {
        var block = new List<string>();
        for (var k = from; k < lines.Count && k < from + 10; k++)
        {
            var clean = lines[k].Clean.Trim(CellEdges);
            // "… thực hiện 02" / "Chương trình MTQG: …" / "dân tộc thiểu số …" / (blank) / "Ngày 12/11/2024, tại …": a PDF's
            // text layer leaves a blank line between the title's last line and the body (jc-ubnd-quang-ngai-tb-565).
            if (clean.Length == 0 && block.Count > 0 && lines[k].Raw.IsWhiteSpace()) return block;
            if (clean.Length == 0 || IsRule(clean)) continue;
            if (TitleScanDebris.IsDebrisLine(clean)) return block.Count > 0 ? block : null;
            clean = TitleScanDebris.WithoutStampOpening(TitleScanDebris.WithoutSpecks(clean));
            var folded = TextFolding.Fold(clean);
            // "... năm tuổi" / "năm 2020": the period closes the title.
            // "… Võ nhạc Vovinam - Bài" / "số 1 và số lượng học sinh …" (kd-sgddt-tp-hcm-kh-2025-4644-pdf): a line in lower case
            // finishing a word group the line above broke off (no punctuation closing it) may follow a block of three.
            if (IsPeriodLine(clean) || char.IsLower(clean[0]) && !BodyStart().IsMatch(folded) && clean.Length <= 160 && clean[^1] is not (':' or ';')
                && (block.Count < 3 || block.Count == 3 && char.IsLetterOrDigit(block[^1][^1])))
            {
                block.Add(clean);
                if (IsPeriodLine(clean)) return block;
                continue;
            }
            // "… loại hợp đồng xây dựng - chuyển giao" / "(BT), đoạn từ đường Vành đai 1 đến nút giao Cầu Giẽ.": a short bracket
            // opening the line, the title's words going on after it (an abbreviation the line break put first), not a note.
            if (block.Count > 0 && block.Count < 4 && BracketThenWords().IsMatch(clean))
            {
                block.Add(clean.TrimEnd('.'));
                if (clean[^1] == '.') return block;
                continue;
            }
            // "Ngày truyền thống Hội LHTN Việt Nam" / "(15/10/1956 - 15/10/2015)" / "và tổ chức chào mừng …"
            // (jr-hoi-lhtn-huyen-tho-xuan-kh-2015-151): an anniversary's dates in brackets go on with the title, as under
            // the heading, where another bracket opens a note.
            if (block.Count > 0 && BracketedDates().IsMatch(clean))
            {
                block.Add(clean);
                if (LowerCaseNext(lines, k)) continue;
                return block;
            }
            // "- Căn cứ Hướng dẫn 5937/BGDĐT-GDTH …": the first of the body's listed bases, its list mark before it.
            var stops = BodyStart().IsMatch(folded) || clean[0] is '-' or '+' or '–' && BodyStart().IsMatch(folded.TrimStart('-', '+', '–', ' ')) || SectionStart().IsMatch(folded) || IsUpper(clean) && !IsYearsOnly(clean)
                || clean.StartsWith('(') || PlaceDateLike().IsMatch(folded) || folded.StartsWith("kinh thua", StringComparison.Ordinal);
            if (stops) return block.Count > 0 ? block : null;
            if (block.Count >= 3 || clean.Length > 160 || clean[^1] is ':' or ';' or '.' or '!' or '?') return null;
            block.Add(clean);
        }
        return null;
    }

    /// <summary>True when the line is a type name alone ("CHƯƠNG TRÌNH", "KẾ HOẠCH"): a heading, never a title.</summary>
    public bool IsTypeHeading(string clean) => _tables.TypeByWord(TextFolding.FoldLoose(clean)) is not null;

    public bool IsEnacting(string upper) => IsAuthority(upper) && _units.ReadName(upper) is { Head: not null, Level: not null };

    // The next line opens in lower case, so goes on with the title: a body opens with a capital.
    private static bool LowerCaseNext(IReadOnlyList<PlanLine> lines, int i) => NextClean(lines, i) is { } next && char.IsLower(next[0]);

    private static string? NextClean(IReadOnlyList<PlanLine> lines, int i)
    {
        for (var k = i + 1; k < lines.Count && k <= i + 2; k++)
            if (lines[k].Clean.Trim(CellEdges) is { Length: > 0 } next) return next;
        return null;
    }

    /// <summary>True when an upper-case line opens with an enacting authority (a position or a body).</summary>
    public bool IsAuthority(string upper)
    {
        var f = TextFolding.FoldLoose(upper);
        return _authorities.Any(a => f.StartsWith(a, StringComparison.Ordinal));
    }

    // "kế hoạch " at the line's start, without building the word and its space for every type word at every line.
    private static bool OpensWithWord(string folded, string word) =>
        folded.Length > word.Length && folded[word.Length] == ' ' && folded.StartsWith(word, StringComparison.Ordinal);
}
