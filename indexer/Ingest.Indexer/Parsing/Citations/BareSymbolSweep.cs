using System.Text.RegularExpressions;
using Ingest.Indexer.Parsing.Tables;
using Ingest.Indexer.Text;

namespace Ingest.Indexer.Parsing.Citations;

/// <summary>
/// The finder's second sweep: symbols no type word introduced ("34-CT/TW", "1234/BYT-KCB ngày 12/3/2021", "QĐ932/QĐ-UBND"),
/// typed by their own type code or a type word glued before them; symbols split over a flattened table's rows; and a
/// slug's symbol after "số" ("tải về Số 05 2012 TT BLDTBXH"). Not a form or annex numbered inside a document ("Mẫu số
/// 02/BB-KP"), a body's name or a file offered for download. Pure and thread-safe.
/// </summary>
internal sealed partial class BareSymbolSweep
{
    private readonly DomainTables _tables;
    private readonly SymbolParser _symbols;
    private readonly CitationTailReader _tail;
    private readonly GluedTypeWords _glued;
    private readonly SeparatorLostSymbol _separatorLost;
    private readonly ListedCitationReader _listed;
    private readonly SymbolCodes _codes;
    private readonly PluralListHead _listHead;
    private readonly string[] _partsBefore;

    public BareSymbolSweep(DomainTables tables, SymbolParser symbols, CitationTailReader tail, SeparatorLostSymbol separatorLost,
        ListedCitationReader listed, SymbolCodes codes)
    {
        (_tables, _symbols, _tail, _separatorLost, _listed, _codes) = (tables, symbols, tail, separatorLost, listed, codes);
        _glued = new GluedTypeWords(tables);
        _listHead = new PluralListHead(tables);
        _partsBefore = (tables.Phrases.DocumentPartsBefore ?? []).Select(s => " " + TextFolding.FoldLoose(s)).ToArray();
    }

    public void AddBareSymbols(TextView view, List<CitationDraft> drafts, IReadOnlyList<(int Start, int End)> excluded, int maxCitations)
    {
        var covered = new SpanSet(drafts.Select(d => (d.Start, d.End)));
        var excludedSet = new SpanSet(excluded);
        var added = new List<CitationDraft>();
        var listedEnd = 0;
        foreach (var (symbol, start, end) in _symbols.FindAll(view, passOver: covered))
        {
            if (drafts.Count + added.Count >= maxCitations) break;
            if (start < listedEnd || covered.Overlaps(start, end) || excludedSet.Overlaps(start, end) || IsDocumentPart(view.Folded, start)
                || CommitteeName.Before(view.Folded, start) || IsFileName(view.Folded, end)) continue;
            var glued = _glued.Before(view.Folded, start);
            if (glued is { } g && CommitteeName.Before(view.Folded, g.Start)) continue;
            var type = glued?.Type ?? (symbol.TypeCode is not null ? _tables.TypeByCode(symbol.TypeCode, symbol.Party)
                : symbol.Year is null && IsCalledANumber(view.Folded, start, end) ? _tables.TypeById("cong-van") : null);
            // "các Nghị quyết của Quốc hội: số 55/2010/QH12 …; số 28/2016/QH14 …": a lone issuer code names no type, so the
            // item takes the heading's. Two codes with no type among them ("22/2024/OĐ-UBND") hold a type code the copy
            // damaged, which the heading does not repair (lu-ubnd-quang-ngai-qd-2025-99-ocr).
            if (type is null && symbol.TypeCode is null && symbol.IssuerCodes.Count == 1) type = _listHead.TypeBefore(view.Folded, start);
            if (type is null) continue;
            var draft = new CitationDraft { Type = type, Symbol = symbol, Start = glued?.Start ?? AbbreviationGluedBefore(view, start, type) ?? start };
            if (covered.Overlaps(draft.Start, end)) draft.Start = start;
            _tail.Read(view, draft, end, _codes.IssuerNameFromCode(symbol));
            added.Add(draft);
            // "các Lu ật s ố 43/2024/QH15, số 47/2024/QH15": a type word split by PDF extraction still heads a list.
            if (glued is null) continue;
            _listed.AddListed(view, draft, added, maxCitations - drafts.Count);
            listedEnd = added[^1].End;
        }
        if (added.Count == 0) return;
        drafts.AddRange(added);
        drafts.Sort((a, b) => a.Start.CompareTo(b.Start));
    }

    // A symbol split over a flattened table's rows with no type word before it on its line (ColumnSplitSymbol.FindAll):
    // typed by its own type code; its span stays on the piece's line, and the date and issuer are read after the tail.
    public void AddColumnSplitSymbols(TextView view, List<CitationDraft> drafts, IReadOnlyList<(int Start, int End)> excluded, int maxCitations)
    {
        List<CitationDraft>? added = null;
        foreach (var (symbol, start, pieceEnd, tailEnd) in ColumnSplitSymbol.FindAll(view, _symbols))
        {
            if (drafts.Count + (added?.Count ?? 0) >= maxCitations) break;
            if (drafts.Exists(d => d.Start < pieceEnd && start < d.End) || CitationFinder.Overlaps(excluded, start, pieceEnd)
                || _tables.TypeByCode(symbol.TypeCode!, symbol.Party) is not { } type) continue;
            var draft = new CitationDraft { Type = type, Symbol = symbol, Start = start };
            _tail.Read(view, draft, tailEnd, _codes.IssuerNameFromCode(symbol));
            draft.End = draft.ScopeEnd = pieceEnd;
            (added ??= []).Add(draft);
        }
        if (added is null) return;
        drafts.AddRange(added);
        drafts.Sort((a, b) => a.Start.CompareTo(b.Start));
    }

    // "Tải về: 217-2019-TB-UBND.signed.pdf": a symbol glued to a file's extension is the name of a file a portal offers
    // for download (iz-ubnd-tx-dien-ban-tb-2019-217-treo-co-headerless), the document itself, never a citation.
    private static bool IsFileName(string f, int end) =>
        end < f.Length && f[end] == '.' && FileExtension().IsMatch(f.AsSpan(end));

    [GeneratedRegex(@"^\.(?:signed|pdf|docx?|xlsx?|zip|rar)\b", RegexOptions.CultureInvariant)]
    private static partial Regex FileExtension();

    // "- Các Thành viên TCT CCHC theo QĐ932/QĐ-UBND;": the type's abbreviation glued to the symbol, in capitals as the
    // tables write it, is the citation's type word; where it starts, or null.
    private int? AbbreviationGluedBefore(TextView view, int start, DocumentTypeRow type)
    {
        var n = view.Normalized;
        var k = start;
        while (k > 0 && start - k < MaxGluedAbbreviation && char.IsUpper(n[k - 1])) k--;
        if (k == start || k > 0 && char.IsLetterOrDigit(n[k - 1])) return null;
        return _tables.AbbreviationByWord(view.Folded[k..start]) is { Name: null } abbreviation && abbreviation.Type.Id == type.Id
            && n.AsSpan(k, start - k).SequenceEqual(abbreviation.Written) ? k : null;
    }

    private const int MaxGluedAbbreviation = 4;

    // "tải về Số 05 2012 TT BLDTBXH": a slug's symbol after "số" with no type word (SeparatorLostSymbol).
    public void AddSluggedAfterNumberWord(TextView view, List<CitationDraft> drafts, IReadOnlyList<(int Start, int End)> excluded, int maxCitations)
    {
        List<CitationDraft>? added = null;
        foreach (var (symbol, type, start, end) in _separatorLost.FindAfterNumberWord(view.Folded))
        {
            if (drafts.Count + (added?.Count ?? 0) >= maxCitations) break;
            if (CitationFinder.Overlaps(excluded, start, end) || drafts.Exists(d => d.Start < end && start < d.End)) continue;
            var draft = new CitationDraft { Type = type, Symbol = symbol, Start = start };
            _tail.Read(view, draft, end, _codes.IssuerNameFromCode(symbol));
            (added ??= []).Add(draft);
        }
        if (added is null) return;
        drafts.AddRange(added);
        drafts.Sort((a, b) => a.Start.CompareTo(b.Start));
    }

    [GeneratedRegex(@"(?:^|\x20)so\x20?[:.]?\x20?$", RegexOptions.CultureInvariant)]
    private static partial Regex NumberWordBefore();

    // "lập biên bản theo Mẫu số 02/BB-KP", "Phụ lục số 01/KH": a form or annex numbered inside a document, which
    // no one issues on its own (documentPartsBefore in phrases.json).
    private bool IsDocumentPart(string f, int start)
    {
        var k = start;
        while (k > 0 && f[k - 1] == ' ') k--;
        if (k > 0 && f[k - 1] is ':' or '.') k--;
        while (k > 0 && f[k - 1] == ' ') k--;
        if (k >= 2 && f.AsSpan(k - 2, 2).SequenceEqual("so") && (k == 2 || f[k - 3] == ' ')) k -= 2;
        // The space: "mau" as a word of its own; a bracket opens it as well ("(mẫu số 3A-SHĐ)", kj-ban-to-chuc-tw-hd-2025-38-pdf).
        var before = " " + f[Math.Max(0, k - 12)..k].TrimEnd(' ').Replace('(', ' ');
        return _partsBefore.Any(part => before.EndsWith(part, StringComparison.Ordinal));
    }

    [GeneratedRegex(@"\G,?\x20(?:ngay\x20?\d|cua\x20)", RegexOptions.CultureInvariant)]
    private static partial Regex DateOrIssuerAfter();

    // A công văn's number ("1234/BYT-KCB") has no type code: alone it counts after "số" or before its date or issuer
    // ("... số 1052/UBND-VX về việc", "1234/BYT-KCB ngày 12/3/2021").
    private static bool IsCalledANumber(string f, int start, int end) =>
        NumberWordBefore().IsMatch(f.AsSpan(Math.Max(0, start - 8), Math.Min(8, start))) || DateOrIssuerAfter().Match(f, end).Success;
}
