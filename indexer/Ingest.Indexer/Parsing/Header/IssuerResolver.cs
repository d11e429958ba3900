using System.Text;
using System.Text.RegularExpressions;
using Ingest.Indexer.Model;
using Ingest.Indexer.Parsing.Citations;
using Ingest.Indexer.Parsing.Places;
using Ingest.Indexer.Parsing.Tables;
using Ingest.Indexer.Text;

namespace Ingest.Indexer.Parsing.Header;

/// <summary>
/// Decides who issued a plan, its level and province, from every clue and with the evidence for each: the
/// header lines, a self-statement in the body ("Ban Dân tộc ban hành Kế hoạch ... như sau"), the issuer code
/// of the own number (-BDT, -UBND), the place line, phrases such as "trên địa bàn huyện", and the provinces
/// the text names. Unknown is a valid answer. Pure and thread-safe.
/// </summary>
public sealed partial class IssuerResolver
{
    private const int SelfStatementWindow = 6000;
    private readonly DomainTables _tables;
    private readonly ProvinceGazetteer _gazetteer;
    private readonly IssuerReader _reader;
    private readonly Regex _agencies;
    private readonly string[] _selfVerbs;
    private readonly string[] _selfCues;

    public IssuerResolver(DomainTables tables, ProvinceGazetteer gazetteer, IssuerReader reader)
    {
        _tables = tables;
        _gazetteer = gazetteer;
        _reader = reader;
        var names = string.Join('|', tables.Agencies.Select(a => Regex.Escape(TextFolding.FoldLoose(a.Text))));
        _agencies = new Regex($@"(?<![a-z0-9])(?:{names})(?![a-z0-9])", RegexOptions.Compiled | RegexOptions.CultureInvariant);
        var raw = DomainTables.Read<AgencyPhrases>("agencies.json");
        _selfVerbs = raw.SelfVerbs.Select(TextFolding.FoldLoose).ToArray();
        _selfCues = raw.SelfCues.Select(TextFolding.FoldLoose).ToArray();
    }

    [GeneratedRegex(@"tren dia ban\x20(?<j>tinh|huyen|xa|thanh pho|quan|phuong|thi xa)(?![a-z])", RegexOptions.CultureInvariant)]
    private static partial Regex AreaPhrase();

    /// <summary>Resolves the issuer. <paramref name="citationSpans"/>: normalized spans of citations (mentions of other bodies there are not evidence).</summary>
    public IssuerInfo Resolve(TextView view, HeaderInfo header, IReadOnlyList<(int Start, int End)> citationSpans)
    {
        var evidence = new List<Evidence>();
        string? name = null;
        if (header.IssuerLines.Count > 0)
        {
            name = DisplayName(IssuingUnit(header.IssuerLines));
            evidence.AddRange(header.IssuerLines);
        }
        var self = SelfStatement(view, citationSpans);
        if (self is not null)
        {
            name ??= self.Value.Name;
            evidence.Add(self.Value.Evidence);
        }
        var codeRow = header.Symbol?.IssuerCode is { } code ? _tables.IssuerByCode(code) : null;
        if (codeRow is not null && header.NumberSpan is { } ns)
        {
            name ??= codeRow.Name;
            var (s, e) = view.ToOriginalSpan(ns.Start, ns.End);
            evidence.Add(new Evidence("number", view.Original[s..e], s, e));
        }

        var level = name is null ? null : IssuerLevels.FromText(_tables, name);
        level ??= codeRow?.Level;
        var area = AreaLevel(view, evidence);
        level ??= area;

        var province = ProvinceOf(view, header, name, level, citationSpans, evidence);
        if (header.PlaceEvidence is not null) evidence.Add(header.PlaceEvidence);
        name = WithProvince(name, province);
        return new IssuerInfo { Name = name, Level = level, Province = province, Evidence = evidence };
    }

    private (string Name, Evidence Evidence)? SelfStatement(TextView view, IReadOnlyList<(int Start, int End)> citations)
    {
        var f = view.Folded;
        var limit = Math.Min(f.Length, SelfStatementWindow);
        var cited = new SpanSet(citations);
        foreach (Match m in _agencies.Matches(f[..limit]))
        {
            if (cited.Contains(m.Index)) continue;
            if (_reader.Read(view.Normalized, f, m.Index) is not { } issuer) continue;
            var sentenceEnd = CitationTailReader.ClauseEnd(view.Normalized, issuer.End);
            var sentence = f[issuer.End..sentenceEnd].TrimStart(' ');
            var verbAt = sentence.StartsWith("da ", StringComparison.Ordinal) ? 3 : 0;
            if (!_selfVerbs.Any(v => sentence.AsSpan(verbAt).StartsWith(v + " "))) continue;
            if (!_selfCues.Any(c => sentence.Contains(c, StringComparison.Ordinal))) continue;
            var (s, e) = view.ToOriginalSpan(m.Index, sentenceEnd);
            return (issuer.Text, new Evidence("self-statement", view.Original[s..e], s, e));
        }
        return null;
    }

    private string? AreaLevel(TextView view, List<Evidence> evidence)
    {
        var counts = new Dictionary<string, int>();
        Match? first = null;
        foreach (Match m in AreaPhrase().Matches(view.Folded))
        {
            // "trên địa bàn tỉnh Khánh Hòa" names a place; "trên địa bàn huyện" says where the plan applies.
            var level = _tables.FoldedJurisdictions.First(j => j.Folded.AsSpan(1, j.Folded.Length - 2).SequenceEqual(m.Groups["j"].Value)).Row.Level;
            counts[level] = counts.GetValueOrDefault(level) + 1;
            first ??= m;
        }
        if (counts.Count == 0 || first is null) return null;
        var best = counts.OrderByDescending(kv => kv.Value).ThenByDescending(kv => AdministrativeLevel.Rank(kv.Key)).First().Key;
        var (s, e) = view.ToOriginalSpan(first.Index, first.Index + first.Length);
        evidence.Add(new Evidence("phrase", view.Original[s..e], s, e));
        return best;
    }

    private string? ProvinceOf(TextView view, HeaderInfo header, string? name, string? level, IReadOnlyList<(int Start, int End)> citations, List<Evidence> evidence)
    {
        if (level == AdministrativeLevel.Central) return null;
        if (header.Place is not null && _gazetteer.Exact(header.Place) is { } placed) return placed.Name;
        if (name is not null && _gazetteer.FirstIn(name) is { } named) return named.Name;
        foreach (var line in header.IssuerLines)
            if (_gazetteer.FirstIn(line.Text) is { } inHeader) return inHeader.Name;
        // No header: the province the text names most often, outside citations of other bodies' documents.
        var cited = new SpanSet(citations);
        var all = _gazetteer.FindAll(view.Normalized, view.Folded).ToList();
        var mentions = all.Where(x => !cited.Contains(x.Start)).ToList();
        // Last resort: a district or commune plan names its province in the documents it cites
        // ("Kế hoạch số 45/KH-UBND ... của UBND tỉnh Đồng Nai").
        var source = "mention";
        if (mentions.Count == 0) (mentions, source) = (all, "citation");
        if (mentions.Count == 0) return null;
        var top = mentions.GroupBy(x => x.Row.Name).OrderByDescending(g => g.Count()).ThenBy(g => g.Min(x => x.Start)).First();
        var firstMention = top.OrderBy(x => x.Start).First();
        var (s, e) = view.ToOriginalSpan(firstMention.Start, firstMention.End);
        evidence.Add(new Evidence(source, view.Original[s..e], s, e));
        return top.Key;
    }

    // "Ban Dân tộc" of a province is written without the province in its own plans; records name it in full.
    private string? WithProvince(string? name, string? province)
    {
        if (name is null || province is null) return name;
        var agency = _tables.Agencies.FirstOrDefault(a => TextFolding.FoldLoose(name) == TextFolding.FoldLoose(a.Text));
        if (agency is not { ProvinceSuffix: true }) return name;
        var kind = _tables.Provinces.First(p => p.Name == province).Kind;
        return $"{name} {kind} {province}";
    }

    /// <summary>
    /// The issuing unit from the header lines: the last line ("UBND TỈNH X" / "BAN DÂN TỘC" → the Ban), joined
    /// with the line above when it only names the jurisdiction ("ỦY BAN NHÂN DÂN" / "HUYỆN XUÂN LỘC").
    /// </summary>
    private string IssuingUnit(IReadOnlyList<Evidence> lines)
    {
        var last = lines[^1].Text;
        var folded = " " + TextFolding.FoldLoose(last) + " ";
        // "HUYỆN ỦY ĐỨC TRỌNG" names a body (Huyện ủy); "HUYỆN XUÂN LỘC" only the jurisdiction of the line above.
        if (_tables.FoldedAgencies.Any(a => folded.StartsWith(a.Folded, StringComparison.Ordinal))) return last;
        var jurisdictionOnly = _tables.FoldedJurisdictions.Any(j => folded.StartsWith(j.Folded, StringComparison.Ordinal));
        return jurisdictionOnly && lines.Count > 1 ? lines[^2].Text + " " + last : last;
    }

    /// <summary>"UBND TỈNH KHÁNH HÒA" → "UBND tỉnh Khánh Hòa"; "BAN DÂN TỘC" → "Ban Dân tộc" (from the agency table).</summary>
    private string DisplayName(string upper)
    {
        var folded = " " + TextFolding.FoldLoose(upper) + " ";
        foreach (var (agencyFolded, agency) in _tables.FoldedAgencies)
        {
            if (!folded.StartsWith(agencyFolded, StringComparison.Ordinal)) continue;
            var words = upper.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var agencyWords = agencyFolded.Trim().Split(' ').Length;
            var rest = TitleCase(words.Skip(agencyWords));
            return rest.Length == 0 ? agency.Text : agency.Text + " " + rest;
        }
        return TitleCase(upper.Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }

    // Upper-case header words in running-text case: jurisdiction words lower case, codes kept, names capitalized.
    private string TitleCase(IEnumerable<string> words)
    {
        var sb = new StringBuilder();
        foreach (var word in words)
        {
            if (sb.Length > 0) sb.Append(' ');
            // Compared with marks: folded, "TỊNH" (a name) and "tỉnh" (province) are one word.
            var lower = word.ToLowerInvariant();
            if (_tables.Abbreviations.ContainsKey(word) || _tables.IssuerByCode(word) is not null) sb.Append(word);
            else if (_tables.Jurisdictions.Any(j => j.Text.Split(' ').Contains(lower))) sb.Append(lower);
            else sb.Append(char.ToUpperInvariant(word[0])).Append(word[1..].ToLowerInvariant());
        }
        return sb.ToString();
    }

    private sealed record AgencyPhrases(IReadOnlyList<string> SelfVerbs, IReadOnlyList<string> SelfCues);
}
