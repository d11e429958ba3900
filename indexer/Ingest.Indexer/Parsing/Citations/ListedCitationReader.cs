using System.Text.RegularExpressions;
using Ingest.Indexer.Parsing.Tables;
using Ingest.Indexer.Text;

namespace Ingest.Indexer.Parsing.Citations;

/// <summary>
/// Reads the documents a list names after one type word: numbers each with its own "số" ("các Luật số 43/2024/QH15,
/// số 47/2024/QH15 và số 58/2024/QH15") or none after the first ("công văn số 695/TCHQ-GSQL …, 4032/TCHQ-GSQL …"),
/// serials before the codes they share ("Quyết định 217, 218 – QĐ/TW"), and serials with no codes closed by their
/// issuer, date or plenum ("các Nghị quyết số 18, 19 Hội nghị Trung ương 6 khóa XII"). Pure and thread-safe.
/// </summary>
internal sealed partial class ListedCitationReader
{
    private readonly DomainTables _tables;
    private readonly SymbolParser _symbols;
    private readonly CitationTailReader _tail;
    private readonly PhraseMatcher _typeWords;
    private readonly SymbolCodes _codes;

    public ListedCitationReader(DomainTables tables, SymbolParser symbols, CitationTailReader tail, PhraseMatcher typeWords, SymbolCodes codes) =>
        (_tables, _symbols, _tail, _typeWords, _codes) = (tables, symbols, tail, typeWords, codes);

    // "các Luật số 43/2024/QH15, số 47/2024/QH15 và số 58/2024/QH15": numbers listed after one type word, each
    // with its own "số", cite documents of that type (or of the type their own code says). PDF text extraction
    // splits a word before its marked vowel ("s ố 47/2024/QH15"); a lone "s" then "o" before a number is that "số".
    [GeneratedRegex(@"\G[,;]?\x20(?:va\x20|hoac\x20)?(?:so|s0|s\x20o)\x20?[:.]?\x20?(?=\d)", RegexOptions.CultureInvariant)]
    private static partial Regex ListedNumberLead();

    // "các công văn số 695/TCHQ-GSQL ngày 05/02/2021, 4032/TCHQ-GSQL ngày 16/8/2021 và 1238/GSQL-GQ2 ngày 29/7/2024"
    // (km-cuc-hai-quan-cv-2025-39712-md): the later numbers of the list without their own "số"; only a whole symbol, its
    // codes written, is taken so (a bare "15" or a date after the comma is no document).
    [GeneratedRegex(@"\G[,;]\x20?(?:va\x20|hoac\x20)?(?=\d)|\G\x20(?:va|hoac)\x20(?=\d)", RegexOptions.CultureInvariant)]
    private static partial Regex ListedSymbolLead();

    public void AddListed(TextView view, CitationDraft first, List<CitationDraft> drafts, int maxCitations)
    {
        var at = first.End;
        while (drafts.Count < maxCitations)
        {
            var lead = ListedNumberLead().Match(view.Folded, at);
            if (!lead.Success && ListedSymbolLead().Match(view.Folded, at) is { Success: true } bare
                && _symbols.ParseAt(view, bare.Index + bare.Length) is { Symbol.IssuerCodes.Count: > 0 })
                lead = bare;
            if (!lead.Success || _symbols.ParseAt(view, lead.Index + lead.Length) is not { } parsed) return;
            var coded = parsed.Symbol.TypeCode is { } code ? _tables.TypeByCode(code, parsed.Symbol.Party) : null;
            var next = new CitationDraft { Type = coded ?? first.Type, Symbol = parsed.Symbol, Start = lead.Index + lead.Length };
            _tail.Read(view, next, parsed.End, _codes.IssuerNameFromCode(parsed.Symbol));
            next.Symbol = _symbols.ConfirmedByIssuer(parsed.Symbol, next.Issuer);
            drafts.Add(next);
            at = next.End;
        }
    }

    // "Quyết định 217, 218 – QĐ/TW", "Chỉ thị số 05 và 06/CT-UBND": serials listed before the codes they share; each
    // is a document with those codes. The first citation's span runs over the whole list, the next ones start at
    // their own serial.
    [GeneratedRegex(@"\G\x20?(?:so\x20?[:.]?\x20?)?(?<n>\d{1,5})(?:\x20?,\x20?(?<n>\d{1,5}))*(?:\x20?,?\x20va\x20(?<n>\d{1,5})|\x20?,\x20?(?<n>\d{1,5}))(?=\x20?[-/])", RegexOptions.CultureInvariant)]
    private static partial Regex SerialList();

    public List<CitationDraft>? SharedCodeList(TextView view, DocumentTypeRow type, TypeWord m)
    {
        // Neither list (this one, nor BareSerialList's) without a comma or "và" after the first serial.
        if (!ListGoesOnAfterFirstSerial(view.Folded, m.Index + m.Length)) return null;
        var list = SerialList().Match(view.Folded, m.Index + m.Length);
        if (!list.Success) return BareSerialList(view, type, m);
        var serials = list.Groups["n"].Captures;
        var last = serials[^1];
        if (_symbols.ParseAt(view, last.Index) is not { } shared || shared.Symbol.Serial != last.Value) return null;
        var drafts = new List<CitationDraft>(serials.Count);
        for (var k = 0; k < serials.Count; k++)
        {
            var c = serials[k];
            var symbol = shared.Symbol with { Number = c.Value + shared.Symbol.Number[last.Value.Length..], Serial = c.Value };
            var d = new CitationDraft { Type = _codes.RefineType(type, symbol), Symbol = symbol, Start = k == 0 ? m.Index : c.Index };
            drafts.Add(d);
        }
        _tail.Read(view, drafts[^1], shared.End, _codes.IssuerNameFromCode(shared.Symbol));
        foreach (var d in drafts.Take(drafts.Count - 1))
        {
            (d.Date, d.Issuer, d.End, d.ScopeEnd) = (drafts[^1].Date, drafts[^1].Issuer, drafts[^1].End, drafts[^1].End);
            d.Subject = drafts[^1].Subject;
        }
        for (var k = 1; k < drafts.Count - 1; k++) drafts[k].End = drafts[k].ScopeEnd = serials[k].Index + serials[k].Length;
        return drafts;
    }

    // "quyết định số 217 và 218 của Bộ Chính trị", "các Nghị quyết số 18, 19 Hội nghị Trung ương 6 khóa XII": serials
    // with no codes listed after "số", then the issuer, the date or the plenum that says they are documents; each is
    // a document of the type, kept as written.
    // "ba Nghị quyết 04, 05, 06 (khóa VII) của Trung ương Hội": without "số", a capitalized type word known by its number
    // alone (numberAlone), the list closed by the issuer, a date, a plenum or the term in brackets.
    [GeneratedRegex(@"\G\x20?(?<so>so\x20?[:.]?\x20?)?(?<n>\d{1,4})(?:\x20?,\x20?(?<n>\d{1,4}))*(?:\x20?,?\x20va\x20(?<n>\d{1,4})|\x20?,\x20?(?<n>\d{1,4}))(?:(?<closed>)(?=(?:\x20\(khoa\x20[a-z0-9]{1,5}\))?\x20(?:cua|ngay|hoi nghi|trung uong)\x20))?(?![\d/-])", RegexOptions.CultureInvariant)]
    private static partial Regex BareSerialListPattern();

    private List<CitationDraft>? BareSerialList(TextView view, DocumentTypeRow type, TypeWord m)
    {
        var at = m.Index + m.Length;
        var f = view.Folded;
        if (at + 3 >= f.Length) return null;
        var so = f.AsSpan(at, 3).SequenceEqual(" so") || f.AsSpan(at, 2).SequenceEqual("so");
        var counted = !so && f[at] == ' ' && char.IsAsciiDigit(f[at + 1]) ? SpelledCounts.SpelledCount(view, m.Index) : 0;
        if (!so && counted == 0 && !(char.IsUpper(view.Normalized[m.Index]) && f[at] == ' ' && char.IsAsciiDigit(f[at + 1]))) return null;
        var list = BareSerialListPattern().Match(f, at);
        if (!list.Success || list.Groups["so"].Success != so) return null;
        var serials = list.Groups["n"].Captures;
        // "Ba nghị quyết 70, 71, 72 là chuyển nhanh …" (kk-075): a count spelled out before the type word, and as many
        // numbers listed after it, says each number is one of those documents, in lower case and with nothing after the
        // list; otherwise the list must be closed by its issuer, a date, a plenum or the term.
        var countMatches = counted == serials.Count;
        if (!countMatches && (!list.Groups["closed"].Success || !so && !char.IsUpper(view.Normalized[m.Index]))) return null;
        // "Đề án 938, 939 của Chính phủ" (kz-071): the issuer after the list makes documents of a type not known by its
        // number alone, as it makes one of "Đề án 02 của …"; "Dự án 4, 5 của Chương trình …" count parts of a document.
        if (!so && !countMatches && !type.NumberAlone && !IssuerAfterList(f, list.Index + list.Length)) return null;
        var drafts = new List<CitationDraft>(serials.Count);
        for (var k = 0; k < serials.Count; k++)
        {
            var c = serials[k];
            drafts.Add(new CitationDraft { Type = type, BareNumber = c.Value, Start = k == 0 ? m.Index : c.Index, End = c.Index + c.Length, ScopeEnd = c.Index + c.Length });
        }
        _tail.Read(view, drafts[^1], list.Index + list.Length, null);
        foreach (var d in drafts.Take(drafts.Count - 1))
        {
            (d.Date, d.Issuer) = (drafts[^1].Date, drafts[^1].Issuer);
            d.Subject = drafts[^1].Subject;
        }
        drafts[0].End = drafts[0].ScopeEnd = drafts[^1].End;
        return drafts;
    }

    // The most characters SerialList and BareSerialListPattern put before the first serial: " số : ".
    private const int MaxLeadBeforeSerial = 6;

    // A necessary condition of SerialList and BareSerialListPattern at `at`: after the lead (spaces, "số", ':' or '.',
    // never a digit) the first serial is a whole run of digits, and right after it the list goes on with a comma or
    // "và", a space before it allowed ("217, 218", "05 và 06", "18 ,19"). Most numbers after a type word are a symbol's
    // serial ("12/QĐ-UBND") or stand alone, and the patterns are not tried there (issue 12, parser speed).
    private static bool ListGoesOnAfterFirstSerial(string f, int at)
    {
        var start = at;
        while (start < f.Length && start - at <= MaxLeadBeforeSerial && !char.IsDigit(f[start])) start++;
        if (start >= f.Length || !char.IsDigit(f[start])) return false;
        var end = start;
        while (end < f.Length && char.IsDigit(f[end])) end++;
        if (end >= f.Length) return false;
        return f[end] == ',' || f[end] == ' ' && end + 1 < f.Length && f[end + 1] is ',' or 'v' or ' ';
    }

    private bool IssuerAfterList(string f, int end) =>
        f.AsSpan(end).StartsWith(" cua ") && _typeWords.MatchAt(f, end + 5) is null;
}
