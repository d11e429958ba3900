using Ingest.Indexer.Model;
using Ingest.Indexer.Parsing.Citations;
using Ingest.Indexer.Parsing.Places;
using Ingest.Indexer.Parsing.Recipients;
using Ingest.Indexer.Parsing.Tables;
using Ingest.Indexer.Text;

namespace Ingest.Indexer.Parsing.Header;

/// <summary>
/// Reads a plan's header: the own number ("Số: 15 /KH-BDT"), the place and date line ("Đồng Nai, ngày 18 tháng
/// 01 năm 2021", a blank day giving a partial date), the type heading ("KẾ HOẠCH", "## KẾ HOẠCH") and the title
/// under it, and the issuer lines above. Any part may be missing. Pure and thread-safe.
/// </summary>
public sealed class HeaderParser
{
    private const int HeaderLines = 40;
    private const int HeaderChars = 1500;
    private readonly DomainTables _tables;
    private readonly HeaderScanner _scanner;
    private readonly IssuerUnitReader _units;
    private readonly string[] _positions;

    // Made once: a list written in a Trim call is a new array at each call (issue 12, parser speed).
    private static readonly char[] CellBar = ['|', ' '];
    private readonly HeaderNumberReader _numbers;
    private readonly HeaderTitleReader _titles;
    private readonly ProvinceGazetteer _gazetteer;
    private readonly EnactingLineBeforePreamble _enacting;
    private readonly RunOnSubject _subjects;

    /// <summary>A header reader over the given tables; throws at construction if a table is invalid.</summary>
    public HeaderParser(DomainTables tables, SymbolParser symbols, ProvinceGazetteer gazetteer)
    {
        _tables = tables;
        _gazetteer = gazetteer;
        _scanner = new HeaderScanner(gazetteer, tables.FoldedTypeWords(), tables.Phrases.Weekdays ?? [],
            tables.Phrases.PlaceKindAbbreviations ?? [], tables.Jurisdictions.Select(j => j.Text).Where(t => t.Count(c => c == ' ') == 1));
        _units = new IssuerUnitReader(tables, gazetteer);
        // The enacting line of a decision names a position ("CHỦ TỊCH ...") or the body itself ("ỦY BAN NHÂN DÂN ...").
        var authorities = tables.Phrases.SignerTitleHeads.Where(h => !h.EndsWith('.')).Select(TextFolding.FoldLoose)
            .Concat(["uy ban nhan dan", "hoi dong nhan dan", "ban thuong vu", "ban chap hanh", "chinh phu", "quoc hoi", "uy ban thuong vu", "ban bi thu",
                // The Government's names before 1981 and until 1992.
                "hoi dong chinh phu", "hoi dong bo truong"]).ToArray();
        _positions = tables.Phrases.SignerTitleHeads.Where(h => !h.EndsWith('.')).Select(TextFolding.FoldLoose).OrderByDescending(h => h.Length).ToArray();
        _numbers = new HeaderNumberReader(symbols, tables.FoldedTypeWords());
        _titles = new HeaderTitleReader(tables, _units, authorities);
        _enacting = new EnactingLineBeforePreamble(_titles, _units, _positions);
        _subjects = new RunOnSubject(_titles, _enacting);
        _inline = new InlineHeadingReader(tables, _titles, _units, _positions, _enacting);
        _headline = new RunOnHeadline(tables);
    }

    private readonly InlineHeadingReader _inline;
    private readonly RunOnHeadline _headline;

    /// <summary>The reader of issuer blocks, shared with the issuer resolver.</summary>
    public IssuerUnitReader Units => _units;

    /// <summary>The reader of the enacting line over a preamble, shared with <see cref="RunOnHeaderLines"/>.</summary>
    internal EnactingLineBeforePreamble Enacting => _enacting;

    /// <summary>Parses the header region of the given lines and view.</summary>
    public HeaderInfo Parse(TextView view, IReadOnlyList<PlanLine> lines)
    {
        var diagnostics = new List<Diagnostic>();
        var limit = RecipientsStart(view, LineEnd(view, WindowEnd(view)));
        var masks = _scanner.Masks(view, limit, out var cutMotto);
        // A receiving office's stamp above the header: neither its office nor its register number is the document's.
        var stamp = ArrivalStamp.Find(view, limit);
        if (stamp is { } stamped) masks = [stamped, .. masks];
        var (symbol, span) = _numbers.Read(view, lines, limit, diagnostics, stamp?.End ?? 0);
        if (span is { } first && RepeatedNumber(view, first, limit) is { } repeated) span = repeated;
        // Where the motto begins: the place-date, a bare header and a page's own title above the header are read from it.
        var motto = HeaderScanner.MottoStart(view, limit);
        var placeDate = _scanner.ReadPlaceDate(view, limit, masks, motto) ?? AnnexDateReader.Read(view, limit);
        if (symbol is not null && placeDate is not null && HandFilledDate.MonthLost(view, placeDate))
        {
            diagnostics.Add(new("number-illegible", "warning", "the number was filled in by the hand whose month the OCR lost", view.ToOriginal(span!.Value.Item1)));
            (symbol, span) = (null, null);
        }
        // A charter a congress adopts: "(Đại hội … thông qua ngày 13/12/2017)" under its title is its date and issuer.
        var adopted = placeDate is null ? AdoptionNoteReader.Read(view, limit) : null;
        placeDate ??= adopted?.Date;
        var (type, typeName, headingLine, titleOnLine) = _titles.ReadHeading(lines);
        if (symbol is null && type?.StateCodes is [var typeCode, ..] && _numbers.ReadWithLostType(view, limit, typeCode, diagnostics) is { } completed)
            (symbol, span) = completed;
        if (symbol is null && type?.StateCodes is [var ownCode, ..] && _numbers.ReadWithLostSlash(view, limit, ownCode, stamp?.End ?? 0, diagnostics) is { } slashed)
            (symbol, span) = slashed;
        if (symbol is null && _numbers.ReadWithSpaceForSlash(view, limit, stamp?.End ?? 0, diagnostics) is { } spaced)
            (symbol, span) = spaced;
        if (symbol is null && _numbers.ReadFilledBlank(view, limit, stamp?.End ?? 0, diagnostics) is { } filled)
            (symbol, span) = filled;
        // "Số: 42Ÿ LĐLSVN-BTV", "Số: ÝƑ  /STP-VB" (iu-ldlsvn-btv-cv-hop-nhat-2025-ocr, lc-so-tu-phap-tp-hcm-cv-2021-ho-tro-
        // phap-ly-ocr): a number filled in by hand and lost to the OCR still stands on its label's line, and the letter's
        // subject is written under it as under any number (Nghị định 30/2020/NĐ-CP Phụ lục I).
        var numberLine = span is { } own ? LineOf(lines, view.ToOriginal(own.Item1 + 1))
            : HeaderNumberReader.BareLabel().Match(view.Folded, stamp?.End ?? 0, limit - (stamp?.End ?? 0)) is { Success: true } lost
                ? LineOf(lines, view.ToOriginal(lost.Index + 1)) : -1;
        var subject = headingLine >= 0 ? null : HeaderSubjectReader.Read(lines, numberLine);
        if (subject is { } read && placeDate is not null) subject = (RunOnSubjectTail.Complete(view, read.Text, placeDate), read.LineStart);
        // "HƯỚNG DẪN TUYỂN SINH TCCN 2016-2017" over "UBNDTHÀNH PHỐ HÀ NỘI / SỞ GIÁO DỤC VÀ ĐÀO TẠO / Số: 3929/ SGD&ĐT-GDTX-CN /
        // V/v hướng dẫn công tác tuyển sinh …" (kw-sgddt-ha-noi-cv-2016-3929): a type word above the whole header is the
        // page's title; the subject right under the number is the letter's own trích yếu.
        // "Số: 36/TANDTC-KHTC" / "V/v: Hướng dẫn quản lý, sử dụng ngân sách …" over a body that opens "HƯỚNG DẪN QUẢN LÝ, SỬ
        // DỤNG …" (ml-tandtc-cv-2020-36): a number with no type part and a subject under it are both a letter's (Nghị định
        // 30/2020/NĐ-CP, Phụ lục I), so the heading under the header names what the letter carries, not the text's type.
        // The cheap tests first: the subject is read only where one of them leaves a letter possible.
        var headingAbove = headingLine >= 0 && HeadingAboveHeader(view, lines, headingLine, motto, span, placeDate);
        if (headingLine >= 0 && (headingAbove || symbol is { TypeCode: null, Party: false })
            && HeaderSubjectReader.Read(lines, numberLine) is { } letter && LineOf(lines, letter.LineStart) is var letterLine
            && letterLine - numberLine is > 0 and <= SubjectUnderNumber && (headingAbove || letterLine < headingLine))
            (subject, type, typeName, headingLine, titleOnLine) = (letter, null, null, -1, null);
        var headline = headingLine >= 0 || subject is not null ? null : _titles.ReadHeadline(lines);
        string? title = null;
        var titleSource = "heading";
        if (headingLine >= 0) title = (titleOnLine is null ? null : _titles.TitleUnderRepeatedHeadline(lines, headingLine, typeName!)) ?? _titles.ReadTitle(lines, headingLine, typeName, titleOnLine);
        else if (subject is not null) (title, titleSource) = (subject.Value.Text, "subject");
        else if (headline is not null) (title, titleSource, type, typeName) = (headline.Value.Title, "headline", headline.Value.Type, headline.Value.Type.Name);
        else if (HeaderSubjectReader.Unheaded(lines, view, placeDate, span, _titles) is { } bare) (title, titleSource) = (bare, "unheaded");
        if (headingLine >= 0 && title is not null && NamesItsAuthorOnly(title) && SubjectUnder(lines, headingLine) is { } under) title = under;
        else if (headingLine >= 0 && titleOnLine is not null && title is not null && AuthorThenSubject.Join(lines, headingLine, title) is { } joined) title = joined;
        if (headingLine >= 0 && titleOnLine is not null && title is not null && VerbLedTitle(lines[headingLine].Clean, titleOnLine, title, type, symbol) is { } led)
            (type, typeName, title) = (led.Type, led.Type.Name, led.Title);
        if (type is null && subject is not null) { type = _tables.TypeById("cong-van"); typeName = type.Name; }
        if (type is null && symbol?.TypeCode is { } code && _tables.TypeByCode(code, symbol.Party) is { } byCode) { type = byCode; typeName = byCode.Name; }
        if (type is null && span is { } labelled && LabelType(view, labelled.Item1) is { } byLabel) { type = byLabel; typeName = byLabel.Name; }
        // Nghị định 30/2020/NĐ-CP: a letter's number has no type part ("14447/BTC-ĐT") and it is addressed ("Kính gửi").
        if (type is null && (symbol is { TypeCode: null, Party: false } || IsAddressed(lines) || AddressedAfterPlaceDate(view, lines, placeDate))) { type = _tables.TypeById("cong-van"); typeName = type.Name; }
        // A telegram printed without its header: the V/v under the page's title, then "… điện:" (TelegramSender).
        // A Công điện whose header table a conversion lost keeps its sender line under its heading ("**THỦ TƯỚNG CHÍNH PHỦ
        // điện:**", ky-thu-tuong-cd-2025-xuat-khau-headerless): it names the sender there too.
        var sender = type is null || type.Id == "cong-dien" || type.Id == "cong-van" && headingLine < 0 ? TelegramSender.Find(view, limit) : null;
        if (sender is not null && _tables.TypeById("cong-dien") is { } telegram) (type, typeName) = (telegram, telegram.Name);
        // A resolution with no place-date line (printed without its header, or a Công báo copy of the National
        // Assembly's or its Standing Committee's, which prints none) is dated by its closing "… thông qua ngày …": an
        // elected body's resolution is issued the day it is adopted (corpus README, settled in the twenty-second
        // session: jx-ubtvqh-nq-2022-17-repo, sg-quoc-hoi-nq-2025-254).
        var closing = placeDate is null && type?.Id == "nghi-quyet" ? AdoptionNoteReader.ReadClosing(view) : null;
        var date = placeDate?.Date ?? closing?.Date;
        if (date is { IsComplete: false }) diagnostics.Add(new("issue-date-partial", "info", "the issue date has a blank day or month"));

        // The issuer block ends where the number, the place-date, the subject or the heading begins.
        var end = limit;
        if (span is { } ns) end = Math.Min(end, ns.Item1);
        if (placeDate is not null) end = Math.Min(end, placeDate.Start);
        if (headingLine >= 0 && !AboveHeader(view.ToNormalizedSpan(lines[headingLine].Start, lines[headingLine].End).Start, motto, span, placeDate))
            end = Math.Min(end, view.ToNormalizedSpan(lines[headingLine].Start, lines[headingLine].End).Start);
        if (subject is not null && !AboveHeader(view.ToNormalizedSpan(subject.Value.LineStart, subject.Value.LineStart).Start, motto, span, placeDate))
            end = Math.Min(end, view.ToNormalizedSpan(subject.Value.LineStart, subject.Value.LineStart).Start);
        // A "Số:" label ends the block even when no number follows it ("Số:      /KH-TMN").
        // With a number read, its own label is where it starts; another "số:" is a citation's ("thông báo số: 291/…").
        if (span is null && RegexSpans.FirstIn(HeaderNumberReader.BareLabel(), view.Folded.AsSpan(0, limit), stamp?.End ?? 0) is { } label) end = Math.Min(end, label.Index);
        var bareHeader = span is null && placeDate is null && motto is null;
        var tokens = _scanner.IssuerTokens(view, end, masks, out var inlineHeading, bareHeader);
        var heading = new RunOnHeading(type, typeName, title, titleSource, headingLine);
        ReadRunOnHeading(ref heading, view, lines, limit, span, placeDate, motto, inlineHeading);
        (type, typeName, title, titleSource, headingLine) = (heading.Type, heading.TypeName, heading.Title, heading.TitleSource, heading.Line);
        if (headingLine < 0 && titleSource == "heading" && title is not null && RunOnVerbLedTitle.Read(_tables, view, type, title, symbol, limit) is { } verbLed)
            (type, typeName, title) = (verbLed.Type, verbLed.Type.Name, verbLed.Title);
        // "TRÍCH LỤC KHAI TỬ" / "(BẢN SAO)" / "Họ, chữ đệm, tên: …": a record has no trích yếu (document-types.json, untitled).
        if (type is { Untitled: true }) title = null;
        // "QUY CHẾ HOẠTĐỘNG CỦA …": a mirror's markup ran two words together; the trích yếu is written with its space.
        // "… NHIỆM KỲ 2026-2031 HỘI ĐỒNG BẦU CỬ QUỐC GIA": the enacting line the header's issuer block names, read onto the title.
        if (title is not null) title = EnactingIssuerTail.Without(title, tokens, _positions);
        if (title is not null) title = ScanLookAlikeG.Repair(SubjectFormulaRepair.Repair(GluedSyllableNormalizer.Normalize(title)));
        if (title is not null && IsFragment(title)) titleSource = "fragment";
        var units = _units.Read(tokens);
        var place = CutPlaceLine.Complete(placeDate?.Place, units, _gazetteer, DistrictGazetteer.Default);
        if (place != placeDate?.Place && placeDate?.Evidence is { } cutAt)
            diagnostics.Add(new("place-completed", "info", $"the place line's '{placeDate.Place}' is read whole as the header's '{place}'", cutAt.Start, cutAt.End));
        var bodyStart = Math.Max(span?.Item2 ?? 0, placeDate?.End ?? 0);
        if (headingLine >= 0) bodyStart = Math.Max(bodyStart, view.ToNormalizedSpan(lines[headingLine].Start, lines[headingLine].End).End);
        return new HeaderInfo
        {
            Symbol = symbol,
            NumberSpan = span,
            AdoptedBy = adopted?.Congress,
            DocType = typeName,
            DocTypeId = type?.Id,
            TypeFromHeading = headingLine >= 0,
            Title = title,
            TitleSource = title is null ? null : titleSource,
            Place = place,
            PlaceWritten = place == placeDate?.Place ? placeDate?.Written : null,
            IssueDate = date,
            PlaceDateEvidence = placeDate?.Evidence ?? closing?.Evidence,
            IssuerUnits = units,
            CutMotto = cutMotto,
            Sender = sender,
            Enacting = ReadEnacting(view, lines, headingLine >= 0 ? headingLine : bodyStart > 0 ? LineOf(lines, view.ToOriginal(bodyStart - 1)) : -1),
            BodyStart = bodyStart,
            IssuerLines = units.Select(u => Evidence(view, u.Start, u.End)).ToList(),
            Diagnostics = diagnostics,
        };
    }


    // The heading of a header whose lines ran together, where the lines gave none or a page's own title: after the issuer
    // block, after the place-date, under the number, or a title in capitals with its type word lost.
    private void ReadRunOnHeading(ref RunOnHeading h, TextView view, IReadOnlyList<PlanLine> lines, int limit, (int Start, int End)? span,
        PlaceDate? placeDate, int? motto, int inlineHeading)
    {
        // One flattened line: "ỦY BAN NHÂN DÂN … XÃ PHÚ MẬU … KẾ HOẠCH PHÒNG CHỐNG THIÊN TAI NĂM 2014 Căn cứ …".
        if (h.Line < 0 && inlineHeading >= 0 && _inline.Heading(view, inlineHeading) is { } inline)
        {
            (h.Type, h.TypeName, h.Title, h.TitleSource) = (inline.Type, inline.Type.Name, inline.Title ?? h.Title, inline.Title is null ? h.TitleSource : "heading");
            h.Line = -1;
        }
        // "Số: 23/2007/QĐ-BLĐTBXH Hà Nội, ngày 05 tháng 10 năm 2007 QUYẾT ĐỊNH BAN HÀNH …": the heading right
        // after the place-date on one flattened line.
        // A draft's mark may stand before it ("… năm 2020 DỰ THẢO KẾ HOẠCH" / "HOẠT ĐỘNG …"); and a heading line above
        // the motto, the number and the place-date is the page's own title repeating it ("KE HOACH SINH HOAT …"):
        // the header's heading under them is the document's (Nghị định 30/2020/NĐ-CP Phụ lục I).
        var pageTitle = h.Line >= 0 && AboveHeader(view.ToNormalizedSpan(lines[h.Line].Start, lines[h.Line].End).Start, motto, span, placeDate);
        // "… năm 2016 | QUYẾT ĐỊNH V/V CÔNG BỐ THỦ TỤC HÀNH CHÍNH …" (hy-ubnd-phu-yen-qd-2016-361 on one line): the "V/V" the
        // subject reader found on a line that lost its breaks stands under the type heading after the place-date; it is
        // the heading's title, and the document no letter.
        var runOnSubject = h.Line < 0 && h.TitleSource == "subject" && placeDate is not null && RunsOn(view, lines, placeDate.Start);
        // A subject dropped below gave the text its type (a letter's) and no title: a heading read after it names both.
        var subjectDropped = false;
        if ((h.Line < 0 && (h.Title is null || h.Type is null || runOnSubject) || pageTitle) && placeDate is not null
            && AfterDraftMark(view, HeaderText.NextWord(view.Normalized, placeDate.End)) is var at && _inline.Heading(view, at) is { } after
            && (after.Title is not null || h.Line < 0 && !runOnSubject && HeaderText.IsUpperWordAt(view.Normalized, at)))
        {
            // An upper-case type word right after the place-date is the heading even when its title is not read.
            (h.Type, h.TypeName) = (after.Type, after.Type.Name);
            if (h.Title is null || pageTitle || runOnSubject)
                (h.Title, h.TitleSource) = (after.Title is { } inlineTitle ? HeaderTitleReader.WithPeriodLineUnder(lines, LineOf(lines, view.ToOriginal(at)), inlineTitle) : null, "heading");
            // "Lấp Vò, ngày tháng 01 năm 2021" / "CHƯƠNG TRÌNH" / "Công tác Đoàn và phong trào …" (jr-bch-doan-huyen-lap-vo-
            // ctr-2021-cong-tac-doan, a page's teaser "Căn cứ …" above the header): the type word alone on its line is
            // the heading, and the trích yếu is on the lines under it as under any heading.
            if (h.Title is null && LineOf(lines, view.ToOriginal(at)) is var headingAt and >= 0 && _titles.IsTypeHeading(lines[headingAt].Clean.Trim('|', ' ')))
            {
                h.Title = _titles.ReadTitle(lines, headingAt, after.Type.Name);
                if (!pageTitle) h.Line = headingAt;
            }
            if (pageTitle) h.Line = -1;
        }
        // "… Số hồ sơ: LA/TB: 1026 QUYẾT ĐỊNH V/v thời trả trợ cấp … ỦY BAN NHÂN DÂN HUYỆN ĐỨC HÒA Căn cứ …" (ig-ubnd-duc-hoa-
        // 1026-QD-UBND-2012-ocr on one line): the letter's subject the lines' reader took runs on into the body, and the type
        // heading right before its "V/v" stands apart from the place-date; the heading is the document's and the "V/v" its
        // trích yếu, read up to where the body opens, as on the page's lines. A subject the lines' reader ended at the address
        // ("KẾ HOẠCH V/V TỔ CHỨC “ ĐÊM HỘI TRĂNG RẰM” … TRUNG THU Kính gửi: …", sg-lien-doi-th-nguyen-hue-kh-2010-trung-thu)
        // stays the title.
        if (h.Line < 0 && h.TitleSource == "subject" && h.Title is { } letter && _inline.HeadingBeforeSubject(view, limit) is var typed and >= 0
            && RunsOn(view, lines, typed) && _inline.Heading(view, typed) is { } letterHeading)
        {
            (h.Type, h.TypeName) = (letterHeading.Type, letterHeading.Type.Name);
            if (letterHeading.Title is { } typedTitle && RunOnSubject.RanOn(letter)) (h.Title, h.TitleSource) = (typedTitle, "heading");
        }
        // "… V/v Tổ chức lễ, hội khai giảng Năm học 2012 – 2013 Căn cứ công văn số 966/SGDĐT-VP …" (ic-thcs-lieng-trang-kh-
        // khai-giang-2012-123docz on one line): a subject the lines' reader ran on into the body ends where the body opens.
        if (h.Line < 0 && h.TitleSource == "subject" && h.Title is { } ranOn && RunOnSubject.RanOn(ranOn)
            && view.Normalized.IndexOf(ranOn[..Math.Min(ranOn.Length, 16)], StringComparison.Ordinal) is var subjectAt and >= 0
            && RunOnText.Holds(view, subjectAt))
            (h.Title, subjectDropped) = _subjects.CutRunOn(ranOn) is { } cut ? (cut, false) : (null, true);
        // "Thọ Xuân, ngày 09 tháng 10 năm 2015 Số: 151-KH/UBH KẾ HOẠCH Tổ chức các hoạt động …" (jr-hoi-lhtn-huyen-tho-xuan-kh-
        // 2015-151 on one line): the heading stands under the header, after whichever of its number and place-date comes last.
        if (h.Line < 0 && h.Title is null && HeadingAfterHeader(view, span, placeDate) is var below and >= 0 && _inline.Heading(view, below) is { Title: { } headingTitle } belowHeader)
            (h.Type, h.TypeName, h.Title, h.TitleSource) = (belowHeader.Type, belowHeader.Type.Name, headingTitle, "heading");
        // "QUYẾT ĐỊNH VỀ VIỆC CÔNG BỐ THỦ TỤC HÀNH CHÍNH … THỐNG ĐỐC NGÂN HÀNG NHÀ NƯỚC Căn cứ …" (ky-ngan-hang-nha-nuoc-qd-2024-
        // 1117-headerless on one line): a text printed without its header opens with its heading, and its title after it.
        if (h.Line < 0 && h.Title is null && RunsOn(view, lines, 0) && HeadingFrom(view, 0) is var opening and >= 0
            && _inline.Heading(view, opening) is { Title: { } openingTitle } top && (h.Type is null || h.Type.Id == top.Type.Id || subjectDropped))
            (h.Type, h.TypeName, h.Title, h.TitleSource) = (top.Type, top.Type.Name, openingTitle, "heading");
        if (h.Title is null && h.Line < 0 && (span?.Item1 ?? placeDate?.Start) is { } headerAt && RunsOn(view, lines, headerAt)
            && _subjects.Read(view, headerAt, limit, placeDate?.Start ?? -1, span?.Item2 ?? -1, placeDate?.End ?? -1) is { } runOn)
            (h.Title, h.TitleSource) = (runOn, "subject");
        // "| Số: 2254/KH-UBND | Quảng Bình, ngày 29 tháng 11 năm 2017 | PHÒNG, CHỐNG DỊCH BỆNH TRUYỀN NHIỄM NĂM 2018 Căn cứ …"
        // (cp-ubnd-quang-binh-kh-2017-2254 on one line): a page that dropped the heading's type word (the number still says
        // the type) and then its line breaks sets the title in capitals right after the place-date, where it stood on a
        // line of its own.
        if (h.Title is null && h.Line < 0 && h.Type is not null && placeDate is not null && RunsOn(view, lines, placeDate.Start)
            && _inline.Untyped(view, placeDate.End) is { } untyped)
            (h.Title, h.TitleSource) = (untyped, "heading");
        // "Tập tin đính kèm ĐỀ CƯƠNG TUYÊN TRUYỀN KỶ NIỆM 78 NĂM … (23/11/1946 – 23/11/2024) Vinh dự, tự hào …", "… CÔNG ĐOÀN THCS
        // TRẦN CAO VÂN BÁO CÁO TỔNG KẾT HOẠT ĐỘNG … NĂM HỌC 2014-2015 - A. KẾT QUẢ …" (ja-hoi-ctd-ninh-binh-dc-2024-headerless,
        // hz-cd-thcs-tran-cao-van-bc-2014 on one line): a copy with no number, place-date or motto, whose type heading and
        // title in capitals stood on lines of their own under a page's words; the first type word in capitals with a title in
        // capitals after it, ended where a word in small letters opens the body, is that heading.
        if (h.Type is null && h.Title is null && h.Line < 0 && span is null && placeDate is null && motto is null && RunsOn(view, lines, 0)
            && !_headline.Cut(view.Normalized, 0, Math.Min(view.Normalized.Length, limit), []) && CapitalHeading(view, limit) is { } bare)
            (h.Type, h.TypeName, h.Title, h.TitleSource) = (bare.Type, bare.Type.Name, bare.Title, "heading");
    }

    // The first type word in capitals, written with its marks ("HUONG DAN 20-TCTW-…" is a file's name), in [0, limit) with a
    // title in capitals of three words or more after it; the title ends before a part's mark ("… 2014-2015 - A. KẾT QUẢ …").
    // None where the first such heading's title only names its author ("NGHỊ QUYẾT CỦA BỘ CHÍNH TRỊ về …", its subject in
    // small letters) or runs on into another heading of its type (a page's issuer block and heading printed twice).
    private (DocumentTypeRow Type, string Title)? CapitalHeading(TextView view, int limit)
    {
        const int MinTitleWords = 3;
        var n = view.Normalized;
        for (var p = 0; p < limit; p = HeaderText.NextWord(n, p))
        {
            if ((p == 0 || n[p - 1] == ' ') && HeaderText.IsUpperWordAt(n, p) && _inline.Heading(view, p) is { Title: { } title } heading
                && n.AsSpan(p).StartsWith(heading.Type.Name.ToUpperInvariant(), StringComparison.Ordinal))
            {
                var words = BeforePartMark(title.Split(' '));
                if (words.Length < MinTitleWords || words[0] == "CỦA" || string.Join(' ', words).Contains(heading.Type.Name.ToUpperInvariant(), StringComparison.Ordinal))
                    return null;
                return (heading.Type, string.Join(' ', words).TrimEnd(' ', '-', '–'));
            }
            while (p < n.Length && n[p] != ' ') p++;
        }
        return null;
    }

    // The words before the first part's mark ("A.", "I.", "1.", "II-").
    private static string[] BeforePartMark(string[] words)
    {
        for (var i = 1; i < words.Length; i++)
            if (words[i].Length is >= 2 and <= 5 && words[i][^1] is '.' or '-' && words[i][..^1].All(c => c is >= 'A' and <= 'D' or 'I' or 'V' or 'X' || char.IsAsciiDigit(c)))
                return words[..i];
        return words;
    }

    // What a run-on header's reading may change: the type, the title and where its heading stands.
    private struct RunOnHeading(DocumentTypeRow? type, string? typeName, string? title, string titleSource, int line)
    {
        public DocumentTypeRow? Type = type;
        public string? TypeName = typeName;
        public string? Title = title;
        public string TitleSource = titleSource;
        public int Line = line;
    }

    /// <summary>
    /// The enacting line under a decision's or resolution's title: an upper-case body, after a position or not.
    /// With no heading (its line lost), read from the line of the number or the place-date down.
    /// </summary>
    private (IssuerUnit, Evidence)? ReadEnacting(TextView view, IReadOnlyList<PlanLine> lines, int heading)
    {
        if (heading < 0) return null;
        for (var i = heading + 1; i < lines.Count && i < heading + 16; i++)
        {
            // Only a line in capitals enacts: the body's paragraphs under the heading are passed over without cleaning
            // each (a hundredth of a parse).
            if (lines[i].KeepsSmallLetter) continue;
            var clean = lines[i].Clean.Trim(CellBar);
            if (clean.Length == 0 || !HeaderText.IsUpper(clean)) continue;
            if (HeaderText.BodyStart().IsMatch(TextFolding.Fold(clean))) break;
            if (!_titles.IsAuthority(clean)) continue;
            var folded = TextFolding.FoldLoose(clean);
            var position = FoldedWords.FirstOpening(folded, _positions);
            var whole = _units.ReadName(clean);
            IssuerUnit? unit = whole;
            if (position is not null && (whole?.Head is null || TextFolding.FoldLoose(whole.Head.Text).Length <= position.Length))
                unit = _units.ReadName(clean[Math.Min(clean.Length, position.Length + 1)..]);
            if (unit?.Head is null || unit.Level is null) continue;
            return (unit, new Evidence("enacting", view.Original[lines[i].Start..lines[i].End], lines[i].Start, lines[i].End));
        }
        return null;
    }

    // "QUY ĐỊNH MỨC CHI CỤ THỂ …" under "Số: 23/2025/NQ-HĐND", the "NGHỊ QUYẾT" line lost by the page: a type
    // word that is also a verb opening a title (leadsTitles) is the title's first word when the number's type
    // code names another type; the code gives the type. A type word alone on its line stays the heading. The title
    // may run on over the next lines ("QUY ĐỊNH VỀ CHÍNH SÁCH HỌC PHÍ … TRÊN ĐỊA BÀN" / "THÀNH PHỐ HUẾ …"): the type
    // word is found before the part on the heading's own line.
    private (DocumentTypeRow Type, string Title)? VerbLedTitle(string line, string onLine, string title, DocumentTypeRow? type, DocumentSymbol? symbol)
    {
        if (type is not { LeadsTitles: true } || symbol?.TypeCode is not { } code) return null;
        if (_tables.TypeByCode(code, symbol.Party) is not { } coded || coded.Id == type.Id) return null;
        var at = line.IndexOf(title.StartsWith(onLine, StringComparison.Ordinal) ? onLine : title, StringComparison.Ordinal);
        if (at <= 0) return null;
        var lead = line[..at].Trim(' ', '|', '*', ':');
        // Only the type word itself before the title: "THÔNG TƯ LIÊN TỊCH QUY ĐỊNH …" is another layout.
        var folded = TextFolding.FoldLoose(lead);
        return type.Words.Any(w => TextFolding.FoldLoose(w) == folded) ? (coded, lead + " " + title) : null;
    }

    // A title that is one word ("HƯỚN": a heading cut short by the page) or only says whose document it is ("CỦA CHỦ
    // TỊCH UBND THÀNH PHỐ ĐÀ NẴNG", its subject lost) is no trích yếu a clerk could file by: kept, and graded for review.
    private bool IsFragment(string title)
    {
        var words = title.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length < 2) return true;
        var folded = TextFolding.FoldLoose(title);
        if (!folded.StartsWith("cua ", StringComparison.Ordinal) || folded.Length != title.Length) return false;
        var rest = title[4..].Trim();
        var position = _positions.FirstOrDefault(p => TextFolding.FoldLoose(rest).StartsWith(p + " ", StringComparison.Ordinal));
        if (position is not null) rest = rest[(position.Length + 1)..];
        // The body's name ends with its place, a few words after its jurisdiction word; a subject would run on.
        return _units.ReadName(rest) is { Head: not null, Jurisdiction: not null, Place: { } place } && place.Split(' ').Length <= 4 && !place.Any(char.IsDigit);
    }

    // "THÔNG BÁO" / "UBND xã Minh Đức" / the portal's stamps and addresses / "Về việc thu gom rác thải …"
    // (kg-tt-dvth-xa-minh-duc-tb-2025-thu-gom-rac-headerless), "THÔNG BÁO CỦA UBND XÃ TIỀN TIẾN" / "V/v tiêm phòng …"
    // (kg-ubnd-xa-tien-tien-tb-2023-tiem-phong-dai-headerless): under a heading, a line that only names the author (a
    // portal's byline, or "của" and the body) is no trích yếu; the notice's subject line below it is.
    private const int MaxAuthorLine = 90;
    private static readonly string[] JurisdictionsBeforePlace = IssuerUnitReader.FoldedJurisdictionWords.Select(j => $" {j} ").ToArray();

    private bool NamesItsAuthorOnly(string title)
    {
        // A name with its place is short ("CỦA UBND XÃ TIỀN TIẾN"); most trích yếu are not, and they skip the fold.
        if (title.Length > MaxAuthorLine) return false;
        var folded = TextFolding.FoldLoose(title);
        if (folded.Length != title.Length || title.Count(c => c == ' ') >= 12) return false;
        // Reading a name costs a parse a few KB: only a line with a jurisdiction word before its place can be one.
        // and a body's name puts it within its first words ("Trung tâm Dịch vụ tổng hợp xã …"), a subject further on.
        var first = -1;
        foreach (var j in JurisdictionsBeforePlace)
            if (folded.IndexOf(j, StringComparison.Ordinal) is var at and >= 0 && (first < 0 || at < first)) first = at;
        if (first < 0 || folded.AsSpan(0, first).Count(' ') > 6) return false;
        var name = folded.StartsWith("cua ", StringComparison.Ordinal) ? title[4..].Trim() : title;
        // The whole line is the body's name, ending with its place a few words after its jurisdiction word.
        return _units.ReadName(name) is { Head: not null, Jurisdiction: not null, Place: { } place } unit && place.Split(' ').Length <= 4
            && TextFolding.FoldLoose(unit.Name) == TextFolding.FoldLoose(name);
    }

    private static string? SubjectUnder(IReadOnlyList<PlanLine> lines, int heading) =>
        HeaderSubjectReader.Read(lines, -1) is { } subject && subject.LineStart > lines[heading].End ? subject.Text : null;

    // "ỦY BAN NHÂN DÂN Số: 129/KH-UBND | CỘNG HÒA … Hà Nội, ngày 07 tháng 06 n": a header flattened onto one line that a
    // mirror's preamble pushed to the window's edge (jd-ubnd-ha-noi-kh-2018-129) is read to the end of that line, within
    // a line's length; a window cut mid-line would lose its place-date.
    private const int MaxLineRunOn = 240;

    // A mirror's news summary above the copied header ("Ngày 21/11/2025, Bộ Nội vụ đã ban hành Công văn 10988/BNV-CQĐP …
    // Xem chi tiết tại Công văn …", jg-bo-noi-vu-cv-2025-10988-md) can push the whole header past the window. With no
    // motto in the window, a motto's "Độc lập - Tự do - Hạnh phúc" further down marks where the header stands: the
    // window runs on past it by the place-date, subject and heading a header holds under its motto.
    private const int BannerChars = 6000;
    private const int UnderMottoChars = HeaderChars / 2;

    private static int WindowEnd(TextView view)
    {
        var folded = view.Folded;
        if (folded.Length <= HeaderChars) return folded.Length;
        var reach = Math.Min(folded.Length, BannerChars);
        var at = folded.IndexOf("hanh phuc", HeaderChars, reach - HeaderChars, StringComparison.Ordinal);
        if (at < 0 || HeaderScanner.MottoStart(view, HeaderChars) is not null) return HeaderChars;
        var line = folded.AsSpan(Math.Max(0, at - 40), Math.Min(40, at));
        return line.Contains("doc lap", StringComparison.Ordinal) ? Math.Min(folded.Length, at + UnderMottoChars) : HeaderChars;
    }

    private static int LineEnd(TextView view, int limit)
    {
        if (limit >= view.Folded.Length) return limit;
        if (view.IsLineStart(limit)) return limit;
        var starts = view.LineStarts;
        var k = starts.BinarySearch(limit);
        var next = ~k < starts.Length ? starts[~k] : view.Folded.Length;
        return next - limit <= MaxLineRunOn ? next : limit;
    }

    // "Nơi nhận:" opens the foot of a document (recipients, then the signature block): a short headerless letter's
    // "ĐẢNG ỦY" or "TM. ỦY BAN NHÂN DÂN" below it is the signature's, never the header's block. The header ends there.
    private static int RecipientsStart(TextView view, int limit) =>
        RecipientHeading.FirstIn(view, 0, limit) is var at and >= 0 ? at : limit;

    // "Số 38- HD/BTGHU" / "HƯỚNG DẪN …" / "HUYỆN ỦY TAM ĐƯỜNG" / "BAN TUYÊN GIÁO" / "Số 38- HD/BTGHU": a portal's title
    // line repeats the number above the header; the same number opening a later line is the header's own, and the
    // issuer block stands above that one. Only the same label and number, written again at a line start.
    // A portal's metadata table may print it after its field's label ("Số kí hiệu Số: 218 /BC-UBND" over the header's
    // "Số: 218 /BC-UBND"), the same label and number as the header's; a mirror's title line after the type word alone
    // ("Công văn số: 5452/TCHQ-GSQL V/v vướng mắc …" over "BỘ TÀI CHÍNH / TỔNG CỤC HẢI QUAN" and "Số: 5452/TCHQ-GSQL",
    // km-tong-cuc-hai-quan-cv-2018-5452).
    private (int, int)? RepeatedNumber(TextView view, (int Start, int End) first, int limit)
    {
        if (!view.IsLineStart(first.Start) && !AfterFieldLabel(view, first.Start) && !AfterTypeWordAlone(view, first.Start) || first.End - first.Start < 6) return null;
        var text = view.Folded.Substring(first.Start, first.End - first.Start);
        var at = view.Folded.IndexOf(text, first.End, limit - first.End, StringComparison.Ordinal);
        if (at < 0 || !view.IsLineStart(at)) return null;
        var end = at + text.Length;
        return end < view.Folded.Length && char.IsLetterOrDigit(view.Folded[end]) ? null : (at, end);
    }

    private static readonly string[] FieldLabels = ["so ki hieu", "so ky hieu", "so hieu", "ki hieu", "ky hieu"];

    private static bool AfterFieldLabel(TextView view, int at) =>
        LineHead(view, at, 16) is { } head && FieldLabels.Contains(head.Trim(' ', ':', '|'));

    private bool AfterTypeWordAlone(TextView view, int at) =>
        LineHead(view, at, 24) is { } head && _tables.TypeByWord(head.Trim(' ', '|', '*', '#')) is not null;

    // The folded text from the start of its line to an offset, when that is at most a few words long.
    private static string? LineHead(TextView view, int at, int reach)
    {
        var start = at;
        while (start > 0 && !view.IsLineStart(start) && at - start <= reach) start--;
        return view.IsLineStart(start) ? view.Folded[start..at] : null;
    }

    // A type heading or a letter's subject stands under the number and the place-date (Nghị định 30/2020/NĐ-CP,
    // Phụ lục I); one above the motto, the number and the place-date is a page's own title repeating it
    // ("<br> KẾ HOẠCH<br> …"), and the header block below it is still to be read.
    // How far under its number a letter's "V/v" line stands in a header that a page's title tops.
    private const int SubjectUnderNumber = 4;

    private static bool HeadingAboveHeader(TextView view, IReadOnlyList<PlanLine> lines, int headingLine, int? motto, (int Start, int End)? number, PlaceDate? placeDate) =>
        number is not null && AboveHeader(view.ToNormalizedSpan(lines[headingLine].Start, lines[headingLine].End).Start, motto, number, placeDate);

    private static bool AboveHeader(int at, int? motto, (int Start, int End)? number, PlaceDate? placeDate)
    {
        var fixedParts = new[] { motto, number?.Start, placeDate?.Start }.OfType<int>().ToList();
        return fixedParts.Count > 0 && fixedParts.All(p => p > at);
    }

    private static Evidence Evidence(TextView view, int start, int end)
    {
        var (s, e) = view.ToOriginalSpan(start, end);
        return new Evidence("header", view.Original[s..e], s, e);
    }

    // A header on a line this long lost its line breaks (a printed header line holds some 60 signs).
    private const int RunOnLine = 400;

    private static bool RunsOn(TextView view, IReadOnlyList<PlanLine> lines, int at) =>
        LineOf(lines, view.ToOriginal(at)) is var i and >= 0 && lines[i].Length >= RunOnLine;

    // How far under the header's last part its heading is looked for: a draft's mark, a seal's specks.
    private const int HeadingReach = 80;

    // The first type word in capitals a few words after the header's number or place-date, whichever ends later; -1 if none.
    private int HeadingAfterHeader(TextView view, (int Start, int End)? number, PlaceDate? placeDate) =>
        HeadingFrom(view, Math.Max(number?.End ?? -1, placeDate?.End ?? -1));

    // The first type word in capitals a few words from a normalized offset on; -1 if none.
    private int HeadingFrom(TextView view, int from)
    {
        if (from < 0) return -1;
        var n = view.Normalized;
        var to = Math.Min(n.Length, from + HeadingReach);
        for (var p = HeaderText.NextWord(n, from); p < to; p = HeaderText.NextWord(n, p))
        {
            // "| # QUYẾT ĐỊNH", "*** KẾ HOẠCH": a table's bar, Markdown's marks, a rule are passed over; the first word
            // is the heading or there is none (a type word further on is the title's own, "VỀ VIỆC BAN HÀNH QUY ĐỊNH …").
            while (p < to && n[p] is '*' or '#' or '_' or '-') p++;
            if (p < n.Length && char.IsLetter(n[p]))
            {
                if (!HeaderText.IsUpperWordAt(n, p)) return -1;
                foreach (var word in _tables.FoldedTypeWords())
                    if (string.CompareOrdinal(view.Folded, p, word, 0, word.Length) == 0 && p + word.Length < n.Length && n[p + word.Length] == ' ') return p;
                return -1;
            }
            while (p < n.Length && n[p] != ' ') p++;
        }
        return -1;
    }

    // "DỰ THẢO KẾ HOẠCH": past the mark of a draft, to the type word.
    private static int AfterDraftMark(TextView view, int at)
    {
        if (string.CompareOrdinal(view.Folded, at, "du thao ", 0, 8) != 0 || !HeaderText.IsUpper(view.Normalized.Substring(at, 7))) return at;
        return HeaderText.NextWord(view.Normalized, at + 8);
    }

    // The line holding an offset of the header; a mirror's notes may push the header's number far below the first lines
    // ("Số hiệu | Loại văn bản | …" then the header), so the lines are read up to the offset, not a fixed count.
    private static int LineOf(IReadOnlyList<PlanLine> lines, int originalOffset)
    {
        for (var i = 0; i < lines.Count && lines[i].Start <= originalOffset; i++)
            if (originalOffset <= lines[i].End) return i;
        return -1;
    }

    // "QUỐC HỘI Luật số: 43/2024/QH15 CỘNG HÒA …" (sg-quoc-hoi-luat-2024-43 on one line): a law's or the National Assembly's
    // resolution's number has no type code ("43/2024/QH15"); the label names its type, as the heading does further down.
    private DocumentTypeRow? LabelType(TextView view, int labelAt)
    {
        var f = view.Folded;
        var p = labelAt - 1;
        while (p >= 0 && f[p] == ' ') p--;
        foreach (var word in _tables.FoldedTypeWords())
        {
            var at = p + 1 - word.Length;
            if (at >= 0 && string.CompareOrdinal(f, at, word, 0, word.Length) == 0 && (at == 0 || f[at - 1] == ' ')) return _tables.TypeByWord(word);
        }
        return null;
    }

    // How far after the place-date a letter's address stands: past its subject ("V/v …"), which runs over a few lines.
    private const int AddressReach = 300;

    // "… Lâm Đông, ngày 09 tháng 9 năm 2025 W⁄%w cử đại điện lãnh đạo … Kính gửi: Sở Nội vụ tỉnh Lâm Đồng …" (iu-hoi-nong-dan-
    // lam-dong-cv-52-2025-ocr on one line): with the line breaks lost no line opens the address, but "Kính gửi" with its
    // capital a subject's length after the place-date, before any "Căn cứ", is a letter's address all the same.
    private static bool AddressedAfterPlaceDate(TextView view, IReadOnlyList<PlanLine> lines, PlaceDate? placeDate)
    {
        if (placeDate is null || !RunsOn(view, lines, placeDate.Start)) return false;
        var from = placeDate.End;
        var reach = Math.Min(view.Folded.Length, from + AddressReach) - from;
        var at = view.Folded.IndexOf("kinh gui", from, reach, StringComparison.Ordinal);
        if (at < 0 || view.Normalized[at] != 'K') return false;
        return view.Folded.IndexOf("can cu ", from, at - from, StringComparison.Ordinal) < 0;
    }

    // "Kính gửi:" opening a line of the header, before the body: the address of a letter. A mirror's table cell may
    // break it after its first word, in emphasis ("**Kính" / "gửi:**", ka-cuc-lanh-su-cv-2025-ho-chieu-truc-tuyen-headerless-md).
    private static bool IsAddressed(IReadOnlyList<PlanLine> lines)
    {
        for (var i = 0; i < Math.Min(lines.Count, HeaderLines); i++)
        {
            var folded = TextFolding.Fold(lines[i].Clean.Trim('|', ' ', '*'));
            if (folded.StartsWith("kinh gui", StringComparison.Ordinal)) return true;
            if (folded == "kinh" && i + 1 < lines.Count && TextFolding.Fold(lines[i + 1].Clean.TrimStart('|', ' ', '*')).StartsWith("gui", StringComparison.Ordinal)) return true;
            if (folded.StartsWith("can cu", StringComparison.Ordinal) || HeaderText.SectionStart().IsMatch(folded)) return false;
        }
        return false;
    }
}
