using System.Text.RegularExpressions;
using Ingest.Indexer.Model;
using Ingest.Indexer.Parsing.Citations;
using Ingest.Indexer.Parsing.Dates;
using Ingest.Indexer.Parsing.Places;
using Ingest.Indexer.Parsing.Tables;
using Ingest.Indexer.Text;

namespace Ingest.Indexer.Parsing.Header;

/// <summary>
/// Reads a plan's header: the own number ("Số: 15 /KH-BDT"), the place and date line ("Đồng Nai, ngày 18 tháng
/// 01 năm 2021", a blank day giving a partial date), the type heading ("KẾ HOẠCH", "## KẾ HOẠCH") and the title
/// under it, and the issuer lines above. Any part may be missing. Pure and thread-safe.
/// </summary>
public sealed partial class HeaderParser
{
    private const int HeaderLines = 40;
    private const int HeaderChars = 1500;
    private readonly DomainTables _tables;
    private readonly SymbolParser _symbols;
    private readonly ProvinceGazetteer _gazetteer;

    public HeaderParser(DomainTables tables, SymbolParser symbols, ProvinceGazetteer gazetteer)
    {
        _tables = tables;
        _symbols = symbols;
        _gazetteer = gazetteer;
    }

    [GeneratedRegex(@"(?:^|\x20)(?:so|s0)\x20?[:.]?\x20?(?=\d)", RegexOptions.CultureInvariant)]
    private static partial Regex NumberLabel();

    [GeneratedRegex(@"^(?<place>[^,]{2,60}?)\x20?,\x20?(?=ngay\b)", RegexOptions.CultureInvariant)]
    private static partial Regex PlaceDate();

    [GeneratedRegex(@"^(?:can cu|thuc hien|kinh gui|nam \d{4}|trien khai)\b", RegexOptions.CultureInvariant)]
    private static partial Regex BodyStart();

    [GeneratedRegex(@"^so\x20?(?::|\.|\x20?\d)", RegexOptions.CultureInvariant)]
    private static partial Regex NumberLine();

    [GeneratedRegex(@"^(?:can cu|kinh gui)\b", RegexOptions.CultureInvariant)]
    private static partial Regex NoTitle();

    /// <summary>Parses the header region of the given lines and view.</summary>
    public HeaderInfo Parse(TextView view, IReadOnlyList<PlanLine> lines)
    {
        var diagnostics = new List<Diagnostic>();
        var (symbol, span) = ReadNumber(view, diagnostics);
        var (place, date, placeEvidence, placeLine) = ReadPlaceAndDate(lines);
        var (type, headingLine) = ReadHeading(lines);
        var title = headingLine >= 0 ? ReadTitle(lines, headingLine) : null;
        type ??= symbol?.TypeCode is { } code ? _tables.TypeByCode(code, symbol.Party) : null;
        if (date is { IsComplete: false }) diagnostics.Add(new("issue-date-partial", "info", "the issue date has a blank day or month"));
        return new HeaderInfo
        {
            Symbol = symbol,
            NumberSpan = span,
            DocType = type?.Name,
            DocTypeId = type?.Id,
            Title = title,
            Place = place,
            IssueDate = date,
            PlaceEvidence = placeEvidence,
            IssuerLines = ReadIssuerLines(lines, headingLine, placeLine),
            Diagnostics = diagnostics,
        };
    }

    private (DocumentSymbol?, (int, int)?) ReadNumber(TextView view, List<Diagnostic> diagnostics)
    {
        var limit = Math.Min(view.Folded.Length, HeaderChars);
        foreach (Match m in NumberLabel().Matches(view.Folded[..limit]))
        {
            var at = m.Index + m.Length;
            // "Số: 15/KH-BDT" anywhere in the header; "Số 45-KH/HU" (Party style, no colon) only opening a line.
            var label = m.Value.TrimStart(' ');
            var labelAt = m.Index + (m.Value.Length - label.Length);
            if (!label.Contains(':') && !label.Contains('.') && !(view.IsLineStart(labelAt) && view.Normalized[labelAt] == 'S')) continue;
            if (_symbols.ParseAt(view, at) is { } parsed)
            {
                if (parsed.Symbol.Repaired) diagnostics.Add(new("symbol-repaired", "info", "look-alike characters repaired in the number", view.ToOriginal(at)));
                return (parsed.Symbol, (m.Index, parsed.End));
            }
            if (at < view.Folded.Length && view.Folded[at] == '/')
                diagnostics.Add(new("number-blank", "warning", "the number line has no serial (an unsigned draft?)", view.ToOriginal(m.Index)));
        }
        return (null, null);
    }

    private (string?, DateValue?, Evidence?, int) ReadPlaceAndDate(IReadOnlyList<PlanLine> lines)
    {
        for (var i = 0; i < Math.Min(lines.Count, HeaderLines); i++)
        {
            if (lines[i].End - lines[i].Start > 300) continue; // a paragraph, not a header line
            var columns = lines[i].Columns;
            // Each column alone, then each column with what follows it: a blank day ("ngày     tháng 3") looks
            // like a column gap, while "Số: 15/KH-UBND      Xuân Lộc, ngày ..." holds two real columns.
            var candidates = columns.Concat(Enumerable.Range(0, columns.Count).Select(c => string.Join(' ', columns.Skip(c))));
            foreach (var column in candidates)
            {
                var folded = TextFolding.Fold(column);
                var m = PlaceDate().Match(folded);
                if (!m.Success) continue;
                var date = DateParser.ParseAt(folded, m.Index + m.Length);
                if (date is null) continue;
                var written = column[..m.Groups["place"].Length].Trim();
                var place = _gazetteer.Exact(written)?.Name ?? written;
                return (place, date.Value.Value, new Evidence("place", lines[i].Clean, lines[i].Start, lines[i].End), i);
            }
        }
        return (null, null, null, -1);
    }

    private (DocumentTypeRow?, int) ReadHeading(IReadOnlyList<PlanLine> lines)
    {
        for (var i = 0; i < Math.Min(lines.Count, HeaderLines); i++)
        {
            var clean = lines[i].Clean;
            if (clean.Length == 0 || clean.Length > 40 || clean.ToUpperInvariant() != clean) continue;
            if (_tables.TypeByWord(TextFolding.FoldLoose(clean)) is { } type) return (type, i);
        }
        return (null, -1);
    }

    private static string? ReadTitle(IReadOnlyList<PlanLine> lines, int heading)
    {
        var parts = new List<string>();
        for (var i = heading + 1; i < lines.Count && i < heading + 12; i++)
        {
            var clean = lines[i].Clean;
            if (clean.Length == 0 || IsRule(clean)) continue;
            if (parts.Count == 0)
            {
                // A title may well begin "Thực hiện ..." or "Triển khai ..."; only a legal basis or an address
                // right under the heading means the plan has no title.
                if (NoTitle().IsMatch(TextFolding.Fold(clean))) return null;
                parts.Add(clean);
                continue;
            }
            var last = parts[^1];
            var continues = char.IsLower(clean[0]) || (IsUpper(last) && IsUpper(clean) && !last.EndsWith('.'));
            if (!continues || (!char.IsLower(clean[0]) && BodyStart().IsMatch(TextFolding.Fold(clean)))) break;
            parts.Add(clean);
        }
        return parts.Count == 0 ? null : string.Join(' ', parts).TrimEnd('.', ' ');
    }

    private static IReadOnlyList<Evidence> ReadIssuerLines(IReadOnlyList<PlanLine> lines, int heading, int placeLine)
    {
        var stop = heading >= 0 ? heading : Math.Min(lines.Count, 8);
        var found = new List<Evidence>();
        for (var i = 0; i < stop; i++)
        {
            if (i == placeLine) continue;
            var column = lines[i].Columns.FirstOrDefault();
            if (column is null || !IsUpper(column) || IsRule(column)) continue;
            var f = TextFolding.Fold(column);
            // The motto and the number line are not the issuer; "SỞ NỘI VỤ" is (it folds to "so noi vu").
            if (f.StartsWith("cong hoa") || f.StartsWith("doc lap") || NumberLine().IsMatch(f)) continue;
            found.Add(new Evidence("header", column, lines[i].Start, lines[i].End));
        }
        return found;
    }

    private static bool IsRule(string s) => s.All(c => c is '-' or '_' or '=' or '—' or '–' or ' ' or '.');

    private static bool IsUpper(string s) => s.Any(char.IsLetter) && s.ToUpperInvariant() == s;
}
