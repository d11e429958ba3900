using System.Text.RegularExpressions;
using Ingest.Indexer.Parsing.Tables;
using Ingest.Indexer.Text;

namespace Ingest.Indexer.Parsing.Citations;

/// <summary>
/// Finds citations in a plan's text, in two sweeps over the folded view: type words ("Chỉ thị", "Luật", ...)
/// followed by a number or a name, then bare symbols ("34-CT/TW") that no type word introduced.
/// Pure and thread-safe; bounded by the caller's citation limit.
/// </summary>
internal sealed partial class CitationFinder
{
    private readonly DomainTables _tables;
    private readonly SymbolParser _symbols;
    private readonly CitationTailReader _tail;
    private readonly NamedCitationReader _named;
    private readonly PhraseMatcher _typeWords;
    private readonly string[] _generic;
    private readonly string[] _notDocuments;
    private readonly string[] _selfBefore;

    public CitationFinder(DomainTables tables, SymbolParser symbols, IssuerReader issuers)
    {
        _tables = tables;
        _symbols = symbols;
        _tail = new CitationTailReader(issuers);
        _named = new NamedCitationReader(tables, issuers);
        _typeWords = new PhraseMatcher(tables.FoldedTypeWords());
        _generic = tables.Phrases.GenericDeterminers.Select(g => TextFolding.FoldLoose(g) + " ").ToArray();
        _notDocuments = tables.Phrases.NotDocuments.Select(TextFolding.FoldLoose).ToArray();
        _selfBefore = tables.Phrases.SelfReferenceBefore.Select(s => TextFolding.FoldLoose(s) + " ").ToArray();
    }

    [GeneratedRegex(@"\G\x20?(?:(?:so|s0)\x20?[:.]?\x20?)?", RegexOptions.CultureInvariant)]
    private static partial Regex NumberLead();

    [GeneratedRegex(@"\G\x20?(?:(?<so>so\x20?[:.]?)\x20?|\x20)(?<n>\d{1,5})(?![\d/.-])(?<then>\x20(?:ngay|cua)(?![a-z]))?", RegexOptions.CultureInvariant)]
    private static partial Regex BareNumber();

    /// <summary>All citations, ordered by position. <paramref name="excluded"/> spans (the plan's own number) are skipped.</summary>
    public List<CitationDraft> Find(TextView view, IReadOnlyList<(int Start, int End)> excluded, string? ownTitleFolded, int maxCitations)
    {
        var drafts = new List<CitationDraft>();
        var f = view.Folded;
        foreach (var (start, end, word) in _typeWords.Matches(f))
        {
            if (drafts.Count >= maxCitations) break;
            if (drafts.Count > 0 && start < drafts[^1].End) continue; // inside the previous citation
            var m = new TypeWord(start, end - start);
            var type = _tables.TypeByWord(word);
            if (type is null) continue;
            var draft = Numbered(view, type, m) ?? Named(view, type, m, ownTitleFolded);
            if (draft is not null && !Overlaps(excluded, draft.Start, draft.End)) drafts.Add(draft);
        }
        AddBareSymbols(view, drafts, excluded, maxCitations);
        return drafts;
    }

    private CitationDraft? Numbered(TextView view, DocumentTypeRow type, TypeWord m)
    {
        var lead = NumberLead().Match(view.Folded, m.Index + m.Length);
        if (_symbols.ParseAt(view, lead.Index + lead.Length) is { } parsed)
        {
            var draft = new CitationDraft { Type = RefineType(type, parsed.Symbol), Symbol = parsed.Symbol, Start = m.Index };
            _tail.Read(view, draft, parsed.End, IssuerNameFromCode(parsed.Symbol));
            return draft;
        }
        var bare = BareNumber().Match(view.Folded, m.Index + m.Length);
        // "Chỉ thị số 34" or "Chỉ thị 34 ngày/của ...": a number alone counts only with "số" or a date or issuer
        // after it, so "Kế hoạch 5 năm" stays a period, not a citation.
        if (bare.Success && (bare.Groups["so"].Success || bare.Groups["then"].Success))
        {
            var draft = new CitationDraft { Type = type, BareNumber = bare.Groups["n"].Value, Start = m.Index };
            _tail.Read(view, draft, bare.Groups["n"].Index + bare.Groups["n"].Length, null);
            return draft;
        }
        return null;
    }

    private CitationDraft? Named(TextView view, DocumentTypeRow type, TypeWord m, string? ownTitleFolded)
    {
        if (type.NamedForms.Count == 0) return null;
        var n = view.Normalized;
        if (!char.IsUpper(n[m.Index])) return null; // "kế hoạch năm 2021", "pháp luật": generic or a plain word
        var f = view.Folded;
        var before = f.AsSpan(Math.Max(0, m.Index - 24), Math.Min(24, m.Index));
        foreach (var g in _generic) if (before.EndsWith(g)) return null; // "các Nghị quyết của Quốc hội"
        foreach (var nd in _notDocuments) if (StartsWithWord(f, m.Index, nd)) return null; // "Luật sư", not "Luật sửa đổi"
        if (f.AsSpan(m.Index + m.Length).StartsWith(" nay")) return null; // "Kế hoạch này": the plan itself
        var draft = new CitationDraft { Type = type, Start = m.Index, End = m.Index + m.Length };
        if (!_named.TryRead(view, draft, m.Index + m.Length)) return null;
        _tail.ReadDate(view, draft); // "Luật Thi đua, khen thưởng ngày 26/11/2003"
        if (IsSelfReference(view, draft, m.Index, ownTitleFolded)) return null;
        if (draft.Issuer is null && type.DefaultIssuer is not null) draft.Issuer = type.DefaultIssuer;
        draft.ScopeEnd = draft.End;
        return draft;
    }

    // "Ban Dân tộc xây dựng Kế hoạch ...", "Trên đây là Kế hoạch ...", or the plan's own title: not a citation.
    private bool IsSelfReference(TextView view, CitationDraft draft, int start, string? ownTitleFolded)
    {
        var before = view.Folded.AsSpan(Math.Max(0, start - 40), Math.Min(40, start));
        foreach (var s in _selfBefore) if (before.EndsWith(s)) return true;
        if (ownTitleFolded is null || draft.Name is null) return false;
        var name = TextFolding.FoldLoose(draft.Name);
        return name.Length > 10 && ownTitleFolded.StartsWith(name, StringComparison.Ordinal);
    }

    private void AddBareSymbols(TextView view, List<CitationDraft> drafts, IReadOnlyList<(int Start, int End)> excluded, int maxCitations)
    {
        var covered = new SpanSet(drafts.Select(d => (d.Start, d.End)));
        var excludedSet = new SpanSet(excluded);
        var added = new List<CitationDraft>();
        foreach (var (symbol, start, end) in _symbols.FindAll(view))
        {
            if (drafts.Count + added.Count >= maxCitations) break;
            if (covered.Overlaps(start, end) || excludedSet.Overlaps(start, end) || symbol.TypeCode is null) continue;
            var type = _tables.TypeByCode(symbol.TypeCode, symbol.Party);
            if (type is null) continue;
            var draft = new CitationDraft { Type = type, Symbol = symbol, Start = start };
            _tail.Read(view, draft, end, IssuerNameFromCode(symbol));
            added.Add(draft);
        }
        if (added.Count == 0) return;
        drafts.AddRange(added);
        drafts.Sort((a, b) => a.Start.CompareTo(b.Start));
    }

    // The type word wins, except where the symbol's own type code says more precisely what it is
    // ("Thông tư" written, "TT" in a Party symbol: a thông tri).
    private DocumentTypeRow RefineType(DocumentTypeRow written, DocumentSymbol symbol)
    {
        if (symbol.TypeCode is null) return written;
        var coded = _tables.TypeByCode(symbol.TypeCode, symbol.Party);
        return coded is not null && written.Id is "cong-van" ? coded : written;
    }

    private string? IssuerNameFromCode(DocumentSymbol symbol) =>
        symbol.IssuerCode is { } code ? _tables.IssuerByCode(code)?.Name : null;

    /// <summary>Where a type word stands in the folded text.</summary>
    private readonly record struct TypeWord(int Index, int Length);

    private static bool StartsWithWord(string f, int at, string word) =>
        f.AsSpan(at).StartsWith(word) && (at + word.Length >= f.Length || !char.IsLetterOrDigit(f[at + word.Length]));

    private static bool Overlaps(IReadOnlyList<(int Start, int End)> spans, int start, int end)
    {
        foreach (var (s, e) in spans) if (start < e && s < end) return true;
        return false;
    }
}
