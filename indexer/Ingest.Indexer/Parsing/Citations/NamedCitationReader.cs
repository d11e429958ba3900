using System.Text.RegularExpressions;
using Ingest.Indexer.Parsing.Tables;
using Ingest.Indexer.Text;

namespace Ingest.Indexer.Parsing.Citations;

/// <summary>
/// Reads citations by name, with no number: a law ("Luật Thi đua, khen thưởng"), a congress resolution
/// ("Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng"), a plenum ("Nghị quyết Trung ương 4 khóa
/// XII"), a body's document ("Kế hoạch của UBND tỉnh"), a quoted title, a yearly plan, a named regulation.
/// Which forms a type allows is data (document-types.json, namedForms). Pure and thread-safe.
/// </summary>
internal sealed partial class NamedCitationReader
{
    private const int MaxNameWords = 16;
    private readonly IssuerReader _issuers;
    private readonly HashSet<string> _lawStops;
    private readonly string[] _commaNames;

    public NamedCitationReader(DomainTables tables, IssuerReader issuers)
    {
        _issuers = issuers;
        _lawStops = tables.Phrases.LawNameStops.Select(w => w.Normalize(System.Text.NormalizationForm.FormC).ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);
        _commaNames = tables.Phrases.LawNamesWithCommas.Select(TextFolding.FoldLoose).OrderByDescending(s => s.Length).ToArray();
    }

    [GeneratedRegex(@"\G\x20dai hoi\x20(?:[^;.:]{0,120}?)\blan thu\x20(?<r>[ivxlc]+)(?![a-z])(?<dang>\x20cua\x20dang(?![a-z]))?(?<term>,?\x20nhiem ky\x20\d{4}\x20?-\x20?\d{4})?", RegexOptions.CultureInvariant)]
    private static partial Regex Congress();

    [GeneratedRegex(@"\G\x20(?:hoi nghi\x20)?(?:lan thu\x20)?trung uong\x20(?:lan thu\x20)?(?<n>\d{1,2}|[ivx]{1,4})\x20khoa\x20(?<k>[ivxl]{1,5})(?![a-z])", RegexOptions.CultureInvariant)]
    private static partial Regex Plenum();

    [GeneratedRegex(@"\G\x20cua\x20", RegexOptions.CultureInvariant)]
    private static partial Regex OfLead();

    [GeneratedRegex(@"\G\x20?""", RegexOptions.CultureInvariant)]
    private static partial Regex QuoteLead();

    [GeneratedRegex(@"\G(?:\x20[a-z]+){1,7}?\x20nam\x20(?:19|20)\d{2}(?![\d/])", RegexOptions.CultureInvariant)]
    private static partial Regex Yearly();

    /// <summary>Tries each named form the type allows; the first that reads wins. <paramref name="p"/> is the end of the type word.</summary>
    public bool TryRead(TextView view, CitationDraft draft, int p)
    {
        foreach (var form in draft.Type.NamedForms)
        {
            var ok = form switch
            {
                "law" => Law(view, draft, p),
                "congress" => CongressForm(view, draft, p),
                "plenum" => PlenumForm(view, draft, p),
                "of-issuer" => OfIssuer(view, draft, p),
                "capitalized-of-issuer" => CapitalizedOfIssuer(view, draft, p),
                "quoted" => Quoted(view, draft, p),
                "yearly" => YearlyForm(view, draft, p),
                "name" => NameForm(view, draft, p),
                "annex" => Annex(view, draft, p),
                _ => false, // "annex-host": the host side of an annex, nothing to read here
            };
            if (ok) return true;
        }
        return false;
    }

    private bool Law(TextView view, CitationDraft draft, int p)
    {
        var (n, f) = (view.Normalized, view.Folded);
        var end = ReadLawName(n, f, p);
        if (end <= p) return false;
        var nameStart = p + 1;
        // "Luật sửa đổi, bổ sung một số điều của Luật Thi đua, khen thưởng": the amended law is part of the name.
        var amend = AmendedLaw().Match(f, end);
        if (f.AsSpan(nameStart, end - nameStart).StartsWith("sua doi, bo sung") && amend.Success)
            end = ReadLawName(n, f, amend.Index + amend.Length - 1);
        draft.Name = n[nameStart..end].TrimEnd();
        draft.End = end;
        return true;
    }

    [GeneratedRegex(@"\G(?:\x20mot so dieu)?(?:\x20cua)?(?:\x20cac)?\x20(?:bo luat|luat|phap lenh)\x20", RegexOptions.CultureInvariant)]
    private static partial Regex AmendedLaw();

    private int ReadLawName(string n, string f, int p)
    {
        var cursor = new WordCursor(n, p);
        var end = p;
        var words = 0;
        while (words < MaxNameWords && cursor.Next(out var s, out var e))
        {
            var core = e;
            while (core > s && n[core - 1] is ',' or ';' or '.' or ':' or ')' or '"' or '”') core--;
            if (core == s || n[s] is '(' or '"' or '“') break;
            // Stops compare with their marks: folded, "những" (a stop) and "nhũng" (tham nhũng) are one word.
            var word = n[s..core].ToLowerInvariant();
            if (words > 0 && _lawStops.Contains(word)) break;
            if (char.IsDigit(n[s]) && !(words > 0 && s >= 4 && f.AsSpan(s - 4, 4).SequenceEqual("nam "))) break;
            end = core;
            words++;
            if (core == e) continue;
            if (n[core] != ',') break;
            // A comma ends the name unless the name is a known one that contains a comma ("Thi đua, khen thưởng").
            var known = _commaNames.FirstOrDefault(k => f.AsSpan(p + 1).StartsWith(k) && p + 1 + k.Length > core);
            if (known is null) break;
            end = p + 1 + known.Length;
            if (known.StartsWith("sua doi")) break; // the amended law's name follows; the caller reads it
            cursor = new WordCursor(n, end);
            words += known.Count(c => c == ' ');
        }
        return end;
    }

    private static bool CongressForm(TextView view, CitationDraft draft, int p)
    {
        var m = Congress().Match(view.Folded, p);
        if (!m.Success) return false;
        var issuerEnd = m.Groups["dang"].Success ? m.Groups["dang"].Index + m.Groups["dang"].Length : m.Groups["r"].Index + m.Groups["r"].Length;
        draft.Issuer = view.Normalized[(p + 1)..issuerEnd];
        draft.Name = draft.Issuer;
        draft.End = m.Index + m.Length;
        return true;
    }

    private static bool PlenumForm(TextView view, CitationDraft draft, int p)
    {
        var m = Plenum().Match(view.Folded, p);
        if (!m.Success) return false;
        draft.Issuer = "Ban Chấp hành Trung ương Đảng khóa " + m.Groups["k"].Value.ToUpperInvariant();
        draft.Name = view.Normalized[(p + 1)..(m.Index + m.Length)];
        draft.End = m.Index + m.Length;
        return true;
    }

    private bool OfIssuer(TextView view, CitationDraft draft, int p)
    {
        var m = OfLead().Match(view.Folded, p);
        if (!m.Success || _issuers.Read(view.Normalized, view.Folded, m.Index + m.Length) is not { } issuer) return false;
        if (!char.IsUpper(issuer.Text[0])) return false;
        draft.Issuer = issuer.Text;
        draft.End = issuer.End;
        return true;
    }

    private bool CapitalizedOfIssuer(TextView view, CitationDraft draft, int p)
    {
        var n = view.Normalized;
        if (p + 1 >= n.Length || !char.IsUpper(n[p + 1])) return false;
        var cursor = new WordCursor(n, p);
        for (var words = 0; words < 20 && cursor.Next(out var s, out var e); words++)
        {
            if (n.AsSpan(s, e - s).IndexOfAny(";.:") >= 0) return false;
            if (view.Folded.AsSpan(s, e - s).SequenceEqual("cua") &&
                _issuers.Read(n, view.Folded, e + 1) is { } issuer)
            {
                draft.Name = n[(p + 1)..(s - 1)];
                draft.Issuer = issuer.Text;
                draft.End = issuer.End;
                return true;
            }
        }
        return false;
    }

    private static bool Quoted(TextView view, CitationDraft draft, int p)
    {
        var m = QuoteLead().Match(view.Folded, p);
        if (!m.Success) return false;
        var close = view.Folded.IndexOf('"', m.Index + m.Length);
        if (close < 0 || close - p > 250) return false;
        draft.Name = view.Normalized[(m.Index + m.Length)..close];
        draft.End = close + 1;
        var annex = AnnexLead().Match(view.Folded, draft.End);
        if (annex.Success) draft.AnnexHostStart = annex.Index + annex.Length;
        return true;
    }

    [GeneratedRegex(@"\G,?\x20(?:duoc\x20)?ban hanh\x20kem theo\x20", RegexOptions.CultureInvariant)]
    private static partial Regex AnnexLead();

    [GeneratedRegex(@"\G(?:\x20[^\x20;.:,""]+){1,12}?(?=,?\x20(?:duoc\x20)?ban hanh\x20kem theo\x20)", RegexOptions.CultureInvariant)]
    private static partial Regex AnnexName();

    // "Kế hoạch phát động thi đua được ban hành kèm theo Quyết định số 786/QĐ-UBDT ...": the plan is cited
    // with its host decision's date and issuer, linked once the decision itself has been read.
    private static bool Annex(TextView view, CitationDraft draft, int p)
    {
        var m = AnnexName().Match(view.Folded, p);
        if (!m.Success) return false;
        draft.Name = view.Normalized[(p + 1)..(m.Index + m.Length)];
        draft.End = m.Index + m.Length;
        draft.AnnexHostStart = AnnexLead().Match(view.Folded, draft.End) is { Success: true } lead ? lead.Index + lead.Length : null;
        return draft.AnnexHostStart is not null;
    }

    private static bool YearlyForm(TextView view, CitationDraft draft, int p)
    {
        var m = Yearly().Match(view.Folded, p);
        if (!m.Success) return false;
        // Only lower-case words: "Kế hoạch công tác năm 2021", not "... tỉnh Đồng Nai năm 2021" (the plan's own title).
        var n = view.Normalized;
        for (var k = p; k < m.Index + m.Length; k++)
            if (char.IsUpper(n[k])) return false;
        draft.Name = n[(p + 1)..(m.Index + m.Length)];
        draft.End = m.Index + m.Length;
        return true;
    }

    private bool NameForm(TextView view, CitationDraft draft, int p)
    {
        var n = view.Normalized;
        var end = CitationTailReader.ClauseEnd(n, p);
        var comma = n.IndexOf(',', p, end - p);
        if (comma >= 0) end = comma;
        var and = view.Folded.IndexOf(" va ", p, end - p, StringComparison.Ordinal);
        if (and >= 0) end = and;
        var words = n[p..end].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length is 0 or > MaxNameWords) return false;
        // The name of a specific regulation carries a capitalized body or subject ("Quy chế Thi đua khen thưởng").
        if (!words.Any(w => char.IsUpper(w[0]))) return false;
        draft.Name = n[(p + 1)..end].TrimEnd();
        draft.End = end;
        var of = view.Folded.IndexOf(" cua ", p, end - p, StringComparison.Ordinal);
        if (of >= 0 && _issuers.Read(n, view.Folded, of + 5) is { } issuer && issuer.End == end) draft.Issuer = issuer.Text;
        return true;
    }
}
