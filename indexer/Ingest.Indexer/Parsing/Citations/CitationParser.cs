using Ingest.Indexer.Parsing.Dates;
using Ingest.Indexer.Model;
using Ingest.Indexer.Parsing.Places;
using Ingest.Indexer.Parsing.Tables;
using Ingest.Indexer.Text;

namespace Ingest.Indexer.Parsing.Citations;

/// <summary>
/// The citation stages in their fixed order: find (type words and bare symbols) → symbols the OCR misread → dates that open a clause → link annexes → relations →
/// short forms → keys → records with original spans. Pure and thread-safe; never throws on any text.
/// </summary>
public sealed class CitationParser
{
    private readonly CitationFinder _finder;
    private readonly RelationResolver _relations;
    private readonly CitationKeyBuilder _keys;
    private readonly LeadDateReader _leadDates;
    private readonly DomainTables _tables;
    private readonly string[] _disseminating;

    public CitationParser(DomainTables tables, SymbolParser symbols, IssuerReader issuers, ProvinceGazetteer gazetteer)
    {
        _tables = tables;
        _disseminating = (tables.Phrases.DisseminatingVerbs ?? []).Select(v => " " + TextFolding.FoldLoose(v)).ToArray();
        // One reader of clause-opening dates: the finder asks it whether a bare "ban hành" reports a past act.
        _leadDates = new LeadDateReader(tables);
        _finder = new CitationFinder(tables, symbols, issuers, _leadDates);
        _relations = new RelationResolver(tables);
        _keys = new CitationKeyBuilder(tables, gazetteer);
    }

    /// <summary>The builder of citation keys, shared with queries that must spell keys the same way.</summary>
    public CitationKeyBuilder Keys => _keys;

    /// <summary>
    /// Finds and resolves every citation. <paramref name="excluded"/>: normalized spans to skip (the own number);
    /// <paramref name="ownDate"/>: the document's own issue date, which tells a repeat of its own number from
    /// another body's or another year's document of the same number; <paramref name="headerStart"/>: where a header with no
    /// number line begins (its issuer block), above which the page's own matter stands. The result turns into records once the
    /// plan's province (needed by keys of local documents) is known. <paramref name="placeDateStart"/>: where the header's
    /// place-date line begins (normalized), or -1; what stands before it on its line is the header's number row.
    /// </summary>
    public FoundCitations Find(TextView view, IReadOnlyList<(int Start, int End)> excluded, string? ownTitle,
        int maxCitations = int.MaxValue, DateValue? ownDate = null, int headerStart = 0, int placeDateStart = -1)
    {
        var drafts = _finder.Find(view, excluded, ownTitle is null ? null : TextFolding.FoldLoose(ownTitle), maxCitations, ownDate, out var self, headerStart, placeDateStart);
        // "Ngày 30/12/2025, Văn phòng UBND tỉnh Lai Châu đã ban hành Kế hoạch số 1888/KH-VPUBND …": the text naming
        // itself so is dated as a citation would be.
        if (self is { Date: null } && _leadDates.DateBefore(view, view.ToNormalizedSpan(self.Evidence.Start, self.Evidence.End).Start) is { } opening)
            self = self with { Date = opening };
        DropNamedInsideSubjects(view, drafts);
        OwnAnnex.Drop(view, drafts);
        LookAlikeSymbols.Resolve(drafts, _tables);
        _leadDates.Attach(view, drafts);
        LinkAnnexes(drafts);
        BracketedRestatement.Resolve(view.Normalized, drafts);
        _relations.ResolveAll(view, drafts);
        ShortFormResolver.Resolve(drafts);
        ShortFormResolver.ResolveNamedLaws(drafts);
        return new FoundCitations(this, view, drafts) { Self = self };
    }

    /// <summary>Citations found in one text, before keys are built.</summary>
    public sealed class FoundCitations
    {
        private readonly CitationParser _parser;
        private readonly TextView _view;
        private readonly List<CitationDraft> _drafts;

        internal FoundCitations(CitationParser parser, TextView view, List<CitationDraft> drafts)
        {
            (_parser, _view, _drafts) = (parser, view, drafts);
        }

        /// <summary>Where a text whose header gives no number names itself (never one of its citations), or null.</summary>
        internal SelfNaming? Self { get; init; }

        /// <summary>How many citations were found.</summary>
        public int Count => _drafts.Count;

        /// <summary>Normalized spans of the citations, subjects excluded.</summary>
        public IReadOnlyList<(int Start, int End)> Spans => _drafts.Select(d => (d.Start, d.End)).ToList();

        /// <summary>Normalized spans of the subjects ("về việc ...").</summary>
        public IReadOnlyList<(int Start, int End)> SubjectSpans =>
            _drafts.Where(d => d.ScopeEnd > d.End).Select(d => (d.End, d.ScopeEnd)).ToList();

        /// <summary>The records, keyed with the plan's province for documents of local issuers.</summary>
        public IReadOnlyList<Citation> ToRecords(string? planProvince)
        {
            var issuers = new IssuerReadings();
            var records = new List<Citation>(_drafts.Count);
            foreach (var d in _drafts) records.Add(_parser.ToRecord(_view, d, _drafts, planProvince, issuers));
            return records;
        }
    }

    // A document the of-issuer form read: its issuer after "của", no name of its own.
    private static bool NamedByIssuer(CitationDraft d) => d.Name is null && d.Issuer is not null && d.Symbol is null;

    // Whether a comma and a space stand right before the citation: the next item of a list.
    private static bool AfterComma(TextView view, CitationDraft d) =>
        d.Start >= 2 && view.Normalized[d.Start - 2] == ',' && view.Normalized[d.Start - 1] == ' ';

    /// <summary>
    /// A document named without a number inside another citation's subject ("Chỉ thị số 19/CT-TTg … về việc phát
    /// động thi đua … theo Nghị quyết Đại hội …") is part of that subject, not a citation of this plan. Numbered ones
    /// stay, and so does the first naming of a law, or of a plenum's or congress's resolution the subject is about.
    /// </summary>
    private void DropNamedInsideSubjects(TextView view, List<CitationDraft> drafts)
    {
        // A plan's name holds a law the way a subject does ("Đề án … phổ biến Luật Dân quân tự vệ").
        var subjects = new SpanSet(drafts.Where(d => d.Subject is not null).Select(d => (d.End, d.ScopeEnd))
            .Concat(drafts.Where(d => !d.IsNumbered && d.Name is not null && !d.SharesItsName).Select(d => (d.Start + 1, d.End))));
        // A law stays the first time: "quy định chi tiết thi hành Luật Đất đai" cites the one law there is by that
        // name; where the plan has already cited it, the subject only restates it.
        var seen = new HashSet<string>(StringComparer.Ordinal);
        drafts.RemoveAll(d =>
        {
            // "Căn cứ Luật Đất đai số 31/2024/QH15 …; Căn cứ Nghị định số 102/2024/NĐ-CP … quy định chi tiết thi hành một
            // số điều của Luật Đất đai" (mo-018): a law cited with its number and name is cited already.
            if (d.IsNumbered)
            {
                if (d.Type.KeptInSubjects && d.Name is not null) seen.Add(NameKey(d));
                return false;
            }
            // A resolution that is what the subject disseminates ("Kế hoạch số 29-KH/TU … về tổ chức học tập, quán
            // triệt, tuyên truyền Nghị quyết Hội nghị lần thứ tư Ban Chấp hành Trung ương Đảng khóa XI") is cited too.
            // So is a document named by the body that issued it and a subject ("quán triệt Chỉ thị 35 của Bộ Chính trị về Đại
            // hội Đảng bộ các cấp …, Kế hoạch của Tỉnh ủy và Kế hoạch của cấp huyện về tổ chức Đại hội …", hx-051): a capitalized
            // type word and "của" after the comma open the next item, as they end a subject read from a named document's
            // words (SubjectNamingReader, ju-008).
            if (!d.Type.KeptInSubjects && !d.NamesOneDocument) return subjects.Contains(d.Start) && !(NamedByIssuer(d) && AfterComma(view, d));
            var key = NameKey(d);
            // A naming in lower case cites the law all the same, so the subject's naming after it restates it: "Theo
            // pháp Lệnh lưu trữ quốc gia …, Nghị định số 110/2004/NĐ-CP … hướng dẫn thi hành … Pháp lệnh lưu trữ Quốc
            // gia" (hz-003; tests/corpus/README.md, by-name repeats).
            var first = seen.Add(key);
            if (!subjects.Contains(d.Start)) return false;
            // A congress's or plenum's resolution listed after the subject's comma is the next basis in the list, not what
            // the subject is based on ("Nghị quyết số 68-NQ/TW … về phát triển kinh tế tư nhân, Nghị quyết Đại hội Đảng bộ
            // tỉnh lần thứ I …", kk-003; "… về phát động thi đua … theo Nghị quyết Đại hội …" stays part of the subject).
            var listed = d.NamesOneDocument && AfterComma(view, d);
            var kept = d.Type.KeptInSubjects || listed || IsDisseminated(view, d.Start);
            return !(kept && first);
        });
    }

    // A document named without a number, by its type and name ("luat:dat-dai"): what tells a first naming from a repeat.
    private static string NameKey(CitationDraft d) => d.Type.Id + ":" + TextFolding.Slug(d.Name ?? "");

    private bool IsDisseminated(TextView view, int start)
    {
        var before = view.Folded.AsSpan(Math.Max(0, start - 24), Math.Min(24, start)).TrimEnd();
        foreach (var verb in _disseminating) if (before.EndsWith(verb, StringComparison.Ordinal)) return true;
        return false;
    }

    private static void LinkAnnexes(List<CitationDraft> drafts)
    {
        foreach (var d in drafts)
        {
            if (d.AnnexHostStart is not { } at) continue;
            var host = drafts.Find(h => h.Start == at && h.IsNumbered);
            if (host is null) continue;
            d.Date ??= host.Date;
            d.Issuer ??= host.Issuer;
        }
    }

    // What the records of one text read from their issuers' names, each distinct name once: a text cites the same body
    // dozens of times, and its province and level were read again for each citation (issue 12, parser speed).
    private sealed class IssuerReadings
    {
        public readonly Dictionary<string, string> ProvinceSlugs = new(StringComparer.Ordinal);
        public readonly Dictionary<string, string?> Levels = new(StringComparer.Ordinal);
    }

    private Citation ToRecord(TextView view, CitationDraft d, List<CitationDraft> all, string? planProvince, IssuerReadings issuers)
    {
        var (start, end) = view.ToOriginalSpan(d.Start, d.End);
        var resolved = d.ResolvedFrom is { } r ? all[r] : null;
        var year = d.Date?.Year ?? resolved?.Date?.Year;
        var issuerForKey = d.Issuer ?? resolved?.Issuer;
        // A number written alone ("Quy định 144") or with its type code alone ("33/CT") that the text ties to its
        // full citation is that document: it takes the full symbol, so it keys and counts with it.
        var symbol = d.Symbol is { } own && !(ShortFormResolver.IsTruncated(own) && resolved?.Symbol is { } full && !ShortFormResolver.IsTruncated(full))
            ? own : resolved?.Symbol ?? d.Symbol;
        // "Nghị định số 41/2012": the number stays as written; the whole symbol its type implies keys it.
        var keySymbol = symbol ?? d.ImpliedSymbol;
        var key = keySymbol is not null ? _keys.ForSymbol(keySymbol, year, issuerForKey, planProvince, issuers.ProvinceSlugs)
            : d.BareNumber is not null ? CitationKeyBuilder.ForBareNumber(d.Type.Id, d.BareNumber, year)
            : _keys.ForName(d.Type.Id, d.Name, d.Issuer);
        return new Citation
        {
            Type = d.Type.Name,
            TypeId = d.Type.Id,
            Number = symbol?.Number ?? d.BareNumber,
            Date = d.Date?.Iso,
            Issuer = d.Issuer,
            Name = d.Name,
            Subject = d.Subject,
            Relation = d.Relation,
            Key = key,
            System = keySymbol is null ? null : keySymbol.Party ? "party" : "state",
            Level = LevelOf(keySymbol, issuerForKey, issuers.Levels),
            ResolvedFrom = d.ResolvedFrom,
            Text = view.Original[start..end],
            Start = start,
            End = end,
        };
    }

    private string? LevelOf(DocumentSymbol? symbol, string? issuer, Dictionary<string, string?> levelsByIssuer)
    {
        if (symbol?.IssuerCode is { } code && _tables.IssuerByCode(code)?.Level is { } level) return level;
        if (issuer is null) return null;
        if (!levelsByIssuer.TryGetValue(issuer, out var read)) levelsByIssuer[issuer] = read = IssuerLevels.FromText(_tables, issuer);
        return read;
    }
}
