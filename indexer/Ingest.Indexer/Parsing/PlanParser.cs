using System.Buffers;
using System.Text.RegularExpressions;
using Ingest.Indexer.Model;
using Ingest.Indexer.Parsing.Citations;
using Ingest.Indexer.Parsing.Dates;
using Ingest.Indexer.Parsing.Header;
using Ingest.Indexer.Parsing.Places;
using Ingest.Indexer.Parsing.Recipients;
using Ingest.Indexer.Parsing.Tables;
using Ingest.Indexer.Text;

namespace Ingest.Indexer.Parsing;

/// <summary>
/// Turns the text of one plan (OCR output, Markdown, plain text, or a fragment) into a <see cref="PlanRecord"/>.
/// The stages run in the order declared in <see cref="Parse"/>: normalize → header → citations → issuer →
/// signature and Nơi nhận → deadlines and dates. Pure: no I/O, clock or culture; never throws on any string
/// (problems come back as diagnostics); thread-safe, so one instance serves all callers.
/// </summary>
public sealed partial class PlanParser
{
    private readonly HeaderParser _header;
    private readonly CitationParser _citations;
    private readonly IssuerResolver _issuer;
    private readonly SignerParser _signer;
    private readonly ServiceRank _ranks;
    private readonly RecipientParser _recipients;
    private readonly DeadlineParser _deadlines;
    private readonly SelfStatedDocumentReader _stated;
    private readonly SelfReferenceType _selfReference;
    private readonly HeaderDoubts _doubts;
    private readonly RunOnHeaderLines _runOnHeader;

    /// <summary>A parser over the given tables (the shipped ones by default).</summary>
    public PlanParser(DomainTables? tables = null)
    {
        Tables = tables ?? DomainTables.Default;
        Symbols = new SymbolParser(Tables);
        var gazetteer = new ProvinceGazetteer(Tables);
        var issuers = new IssuerReader(Tables);
        _header = new HeaderParser(Tables, Symbols, gazetteer);
        _citations = new CitationParser(Tables, Symbols, issuers, gazetteer);
        _issuer = new IssuerResolver(Tables, gazetteer, issuers, _header.Units);
        _signer = new SignerParser(Tables);
        _ranks = new ServiceRank(Tables.Phrases.ServiceRanks ?? []);
        _recipients = new RecipientParser(Tables);
        _deadlines = new DeadlineParser(Tables);
        _stated = new SelfStatedDocumentReader(Tables);
        _selfReference = new SelfReferenceType(Tables);
        _doubts = new HeaderDoubts(Tables, gazetteer);
        _runOnHeader = new RunOnHeaderLines(Tables, gazetteer, _header.Enacting, _header.Units.ChildHeadTexts);
    }

    /// <summary>The tables this parser reads.</summary>
    public DomainTables Tables { get; }

    /// <summary>The symbol reader, shared with queries that take a document number in any spelling.</summary>
    public SymbolParser Symbols { get; }

    /// <summary>The citation-key builder, shared with the index so that queries and records agree.</summary>
    public CitationKeyBuilder Keys => _citations.Keys;

    [GeneratedRegex(@"(?<![\d/])(?:19|20)\d{2}(?!\d)", RegexOptions.CultureInvariant)]
    private static partial Regex YearPattern();

    /// <summary>
    /// The documents a reference a user typed names ("Luật Thi đua, khen thưởng", "Kế hoạch 2/KH-UBND năm 2022 của
    /// UBND tỉnh Đồng Nai"): the citation reading alone. No header is read, so nothing in it is taken for a
    /// document's own number or title (which a document never cites), and no issuer, signer or deadline: a full
    /// parse of the reference was four fifths of a cites query's time.
    /// </summary>
    public IReadOnlyList<Citation> ReadReference(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var bounded = Bound(text, ParseOptions.Default, []);
        var spaced = PlainSpacing.Apply(bounded);
        var found = _citations.Find(TextViewBuilder.Build(spaced), [], null, ParseOptions.Default.MaxCitations, null).ToRecords(null);
        return ReferenceEquals(spaced, bounded) ? found : OriginalSlices.Restore(found, bounded);
    }

    // The line that holds an offset of the text: the last that starts at or before it.
    private static int LineAt(IReadOnlyList<PlanLine> lines, int offset)
    {
        int lo = 0, hi = lines.Count - 1, at = 0;
        while (lo <= hi)
        {
            var mid = (lo + hi) / 2;
            if (lines[mid].Start <= offset) { at = mid; lo = mid + 1; }
            else hi = mid - 1;
        }
        return at;
    }

    /// <summary>Parses <paramref name="text"/>. Never throws for any string; null is a programming error.</summary>
    public PlanRecord Parse(string text, ParseOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        options ??= ParseOptions.Default;
        IssuerUnitReader.ForgetNamesOnThisThread();
        var diagnostics = new List<Diagnostic>();
        var given = Bound(text, options, diagnostics);
        text = DoubledLineBreaks.Undo(PlainSpacing.Apply(given));

        var view = TextViewBuilder.Build(text);
        var lines = PlanLineSplitter.Split(text, view.MayHoldSplitSyllables);
        var header = _header.Parse(view, lines);
        // A text that lost its breaks has its head cut back into the lines a printed header stands on and read again:
        // a heading and its title read there are kept where the first reading found no title or ran it into the enacting
        // line (RunOnHeaderTitle), and the issuer block and enacting line where the first reading missed them
        // (RunOnHeaderIssuer). The normalized text is the same (a line break is a space there), so are its offsets; the
        // rest is read on the text as given.
        HeaderInfo? cut = null;
        if (_runOnHeader.Apply(text) is var headText && !ReferenceEquals(headText, text))
        {
            var headView = TextViewBuilder.Build(headText);
            cut = _header.Parse(headView, PlanLineSplitter.Split(headText, headView.MayHoldSplitSyllables));
            header = RunOnHeaderTitle.Complete(header, cut);
            header = RunOnHeaderIssuer.Complete(header, cut);
        }
        diagnostics.AddRange(header.Diagnostics);
        var excluded = header.NumberSpan is { } own ? new List<(int, int)> { own } : [];

        // The issuer's province is needed for citation keys, and citation spans for the issuer: resolve the
        // issuer on a first citation pass's spans, then key the citations with its province.
        var found = _citations.Find(view, excluded, header.Title, options.MaxCitations, header.IssueDate, HeaderBlockStart(view, header),
            PlaceDateStart(view, header));
        if (found.Count >= options.MaxCitations)
            diagnostics.Add(new("citations-capped", "warning", $"only the first {options.MaxCitations} citations were read"));
        var spans = found.Spans;
        // "Kế hoạch cải cách hành chính năm 2026 Ngày 30/12/2025, Văn phòng UBND tỉnh Lai Châu đã ban hành Kế hoạch số 1888/KH-VPUBND
        // về công tác cải cách hành chính năm 2026. …" (ib-vp-ubnd-lai-chau-1888-KH-VPUBND-2025-headerless on one line): the page's
        // headline the cut reading found is weighed against the text's naming of itself, as a headline line is.
        if (found.Self is not null && header.Symbol is null) header = RunOnHeaderTitle.WithHeadline(header, cut);
        header = SelfNamedHeader.Complete(header, found.Self, view.Original);
        // A text that lost its line breaks has its foot cut back into lines for the signature and the list.
        lines = RunOnFoot.Split(text, lines, _ranks);
        var signer = _signer.ParseUnderHeader(lines, LineAt(lines, view.ToOriginal(header.BodyStart)),
            header.NumberSpan is { } number ? LineAt(lines, view.ToOriginal(number.End)) + 1 : 0);
        var reading = _issuer.Resolve(view, header, spans, signer);
        var issuer = reading.Issuer;
        // No header, no headline: the sentence in which the body makes the document gives its type and title.
        if (header.DocType is null && header.Title is null
            && (reading.Statement is { } statement ? _stated.Read(view, statement) : null) is var said
            && (said?.Title is null && header.Symbol is null && _stated.ReadClosing(view) is { } closing ? closing : said) is { } stated)
            header = header with { DocType = stated.Type.Name, DocTypeId = stated.Type.Id, Title = stated.Title, TitleSource = stated.Title is null ? null : "self-statement" };
        // "Về việc niêm yết công khai danh sách hộ thoát nghèo …" over "UBND phường Cự Khối thông báo việc niêm yết … cụ thể
        // sau:" (le-ubnd-phuong-cu-khoi-tb-2020-niem-yet-ho-ngheo-headerless): a subject line makes a letter only by default
        // (Nghị định 30/2020/NĐ-CP); with no number and no heading, the body's own "thông báo" says it is a Thông báo.
        else if (header is { DocTypeId: "cong-van", TypeFromHeading: false, TitleSource: "subject", Symbol: null }
            && reading.Statement is { } spoken && _stated.Read(view, spoken) is { Type.Id: "thong-bao" } notice)
            header = header with { DocType = notice.Type.Name, DocTypeId = notice.Type.Id };
        // "Về việc treo Quốc kỳ …" over a body that closes "… thực hiện nghiêm tinh thần Thông báo này" and names no speaker
        // that reads (mf-ubnd-xa-o-lam-tb-2025-treo-quoc-ky-headerless): the text's own "Thông báo này" says its type.
        else if (header is { DocTypeId: "cong-van", TypeFromHeading: false, TitleSource: "subject", Symbol: null }
            && _selfReference.Find(view) is { } selfType)
            header = header with { DocType = selfType.Name, DocTypeId = selfType.Id };
        // "Thông báo về việc quy định treo cờ Tổ quốc" over "Ủy ban nhân dân huyện Trạm Tấu thông báo treo cờ Tổ quốc, băng
        // zôn khẩu hiệu như sau:" (ks-ubnd-huyen-tram-tau-tb-2019-treo-co-headerless): a portal's headline names the page; the
        // notice's own subject is what its body announces (corpus README, a headerless notice's title) where it says more,
        // unless the page kept the notice's own title line under its headline.
        else if (header is { DocTypeId: "thong-bao", TitleSource: "headline", Symbol: null, Title: { } headline } && reading.Statement is { } announcing
            && !PageHeadline.KeepsOwnTitleUnder(lines, headline)
            && _stated.Read(view, announcing) is { Type.Id: "thong-bao", Title: { } announced }
            && PageHeadline.SaysLessThan(headline, announced))
            header = header with { Title = announced, TitleSource = "self-statement" };
        // A page's headline the cut reading found, where neither the header nor the body's own sentence gave a title.
        header = RunOnHeaderTitle.WithHeadline(header, cut);
        var citations = found.ToRecords(reading.KeyProvince);
        // A header number its own series' citations contradict is a misread one: not kept, so the header is reviewed.
        if (header is { Symbol: { } ownSymbol, SelfNamedEvidence: null } && NumberSeries.Contradicts(ownSymbol.Number, header.IssueDate, issuer.Name, citations))
        {
            var (s, e) = header.NumberSpan is { } span ? view.ToOriginalSpan(span.Start, span.End) : (0, 0);
            diagnostics.Add(new("number-against-series", "warning", "a document of the same series issued earlier bears a higher number", s, e));
            header = header with { Symbol = null };
        }
        var fields = HeaderReview.Grade(header, diagnostics).ToList();
        fields.AddRange([reading.Name, reading.Level, reading.Province]);
        diagnostics.AddRange(reading.Diagnostics);
        var doubts = _doubts.Find(view, header, reading);
        if (CitedAfterIssue.Find(header, citations) is { } citedLater) doubts = [.. doubts, citedLater];
        HeaderReview.Doubt(fields, doubts, diagnostics);
        fields.Add(HeaderReview.Grade(signer, diagnostics));

        var (recipients, archive) = _recipients.Parse(lines);
        var year = header.IssueDate?.Year ?? header.Symbol?.Year ?? YearOf(header.Title);
        var deadlines = _deadlines.Parse(view, year ?? options.FallbackYear, diagnostics, header.IssueDate, year, LatestDate(citations));
        var dates = DateMentionParser.Parse(view, spans.Concat(found.SubjectSpans).ToList());
        if (view.Normalized.Length == 0) diagnostics.Add(new("empty-input", "warning", "the text is empty"));

        var record = new PlanRecord
        {
            Number = header.Symbol?.Number,
            DocType = header.DocType,
            DocTypeId = header.DocTypeId,
            Title = header.Title,
            Place = header.PlaceWritten ?? header.Place,
            IssueDate = header.IssueDate?.Iso,
            IssueDatePartial = header.IssueDate?.PartialIso,
            Year = year,
            Issuer = issuer,
            Signer = signer,
            Recipients = recipients,
            Archive = archive,
            Citations = citations,
            Deadlines = deadlines,
            Dates = dates,
            Diagnostics = diagnostics,
            Fields = fields,
            NeedsReview = HeaderReview.NeedsReview(fields, issuer.Level),
        };
        return ReferenceEquals(text, given) ? record : OriginalSlices.Restore(record, given);
    }

    // Nghị định 30/2020/NĐ-CP sets the issuer at the top of the header: where a header has no number line but its issuer
    // block stands on lines of its own in capitals with the type heading under it, the header begins at that block's
    // line. With a number line the citation finder knows the header by its "Số:"; with no heading the block may be a
    // body sentence's words, and nothing is said.
    private static int HeaderBlockStart(TextView view, HeaderInfo header)
    {
        if (header.NumberSpan is not null || !header.TypeFromHeading || header.IssuerUnits.Count == 0) return 0;
        var start = header.IssuerUnits[0].Start;
        if (!view.IsLineStart(start)) return 0;
        var starts = view.LineStarts;
        var next = starts.BinarySearch(start + 1);
        if (next < 0) next = ~next;
        var line = view.Normalized[start..(next < starts.Length ? starts[next] : view.Normalized.Length)];
        return line.Any(char.IsLetter) && InvariantCasing.IsUpper(line) ? start : 0;
    }

    // The header's place-date line as the header scanner read it ("Tây Ninh, ngày … tháng 02 năm 2025"): not an annex's
    // note or an adoption note, which a citation opens on the same line.
    private static int PlaceDateStart(TextView view, HeaderInfo header) =>
        header.PlaceDateEvidence is { Source: "place" } evidence ? view.ToNormalizedSpan(evidence.Start, evidence.End).Start : -1;

    private static string Bound(string text, ParseOptions options, List<Diagnostic> diagnostics)
    {
        if (text.Length > options.MaxInputChars)
        {
            diagnostics.Add(new("input-truncated", "warning", $"only the first {options.MaxInputChars} characters were parsed"));
            text = text[..options.MaxInputChars];
        }
        var sample = Math.Min(text.Length, 65_536);
        var control = CountBinaryControls(text.AsSpan(0, sample));
        if (sample > 0 && control * 20 > sample) diagnostics.Add(new("binary-input", "warning", "the input looks like binary data, not text"));
        return text;
    }

    // The control characters that are not spacing; a text holds none or a few, so a vectorised search finds them (a loop
    // over every character of every text was about a two-hundredth of a parse; issue 12, parser speed).
    private static readonly SearchValues<char> BinaryControls =
        SearchValues.Create(Enumerable.Range(0, 0xA0).Select(c => (char)c).Where(c => char.IsControl(c) && !char.IsWhiteSpace(c)).ToArray());

    private static int CountBinaryControls(ReadOnlySpan<char> sample)
    {
        var count = 0;
        for (var at = sample.IndexOfAny(BinaryControls); at >= 0; at = sample.IndexOfAny(BinaryControls))
        {
            count++;
            sample = sample[(at + 1)..];
        }
        return count;
    }

    // The latest ISO date of a cited document: the plan cannot be older than what it cites.
    private static string? LatestDate(IReadOnlyList<Citation> citations)
    {
        string? latest = null;
        foreach (var c in citations)
            if (c.Date is { Length: 10 } d && (latest is null || string.CompareOrdinal(d, latest) > 0)) latest = d;
        return latest;
    }

    private static int? YearOf(string? title)
    {
        if (title is null) return null;
        var m = YearPattern().Match(title);
        return m.Success ? int.Parse(m.Value) : null;
    }
}
