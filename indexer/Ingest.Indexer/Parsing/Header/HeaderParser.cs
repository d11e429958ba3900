using System.Text.RegularExpressions;
using Ingest.Indexer.Model;
using Ingest.Indexer.Parsing.Citations;
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
    private readonly HeaderScanner _scanner;
    private readonly IssuerUnitReader _units;
    private readonly string[] _authorities;
    private readonly string[] _positions;

    /// <summary>A header reader over the given tables; throws at construction if a table is invalid.</summary>
    public HeaderParser(DomainTables tables, SymbolParser symbols, ProvinceGazetteer gazetteer)
    {
        _tables = tables;
        _symbols = symbols;
        _scanner = new HeaderScanner(gazetteer, tables.FoldedTypeWords());
        _units = new IssuerUnitReader(tables, gazetteer);
        // The enacting line of a decision names a position ("CHỦ TỊCH ...") or the body itself ("ỦY BAN NHÂN DÂN ...").
        _authorities = tables.Phrases.SignerTitleHeads.Where(h => !h.EndsWith('.')).Select(TextFolding.FoldLoose)
            .Concat(["uy ban nhan dan", "hoi dong nhan dan", "ban thuong vu", "ban chap hanh", "chinh phu", "quoc hoi", "uy ban thuong vu", "ban bi thu"]).ToArray();
        _positions = tables.Phrases.SignerTitleHeads.Where(h => !h.EndsWith('.')).Select(TextFolding.FoldLoose).OrderByDescending(h => h.Length).ToArray();
    }

    /// <summary>The reader of issuer blocks, shared with the issuer resolver.</summary>
    public IssuerUnitReader Units => _units;

    [GeneratedRegex(@"(?:^|\x20)(?:so|s0)\x20?[:.]?\x20?(?=\d)", RegexOptions.CultureInvariant)]
    private static partial Regex NumberLabel();

    [GeneratedRegex(@"^(?:can cu|thuc hien|kinh gui|nam \d{4}|trien khai)\b", RegexOptions.CultureInvariant)]
    private static partial Regex BodyStart();

    [GeneratedRegex(@"^(?:can cu|kinh gui)\b", RegexOptions.CultureInvariant)]
    private static partial Regex NoTitle();

    // "V/v", "V/V:", "V/v." opening the subject of a letter (công văn).
    [GeneratedRegex(@"(?:^|(?<=[\x20|]))v\x20?/\x20?v\b\.?:?\x20?", RegexOptions.CultureInvariant)]
    private static partial Regex Subject();

    // Where a subject written on the header's lines stops: the address, the place-date, a motto.
    [GeneratedRegex(@"kinh\x20gui|\x20?[^,\x20]+(?:\x20[^,\x20]+){0,4}\x20?,\x20?ngay\x20|cong\x20hoa\x20xa|doc\x20lap\x20|\|", RegexOptions.CultureInvariant)]
    private static partial Regex SubjectStop();

    /// <summary>Parses the header region of the given lines and view.</summary>
    public HeaderInfo Parse(TextView view, IReadOnlyList<PlanLine> lines)
    {
        var diagnostics = new List<Diagnostic>();
        var limit = Math.Min(view.Folded.Length, HeaderChars);
        var masks = _scanner.Masks(view, limit);
        var (symbol, span) = ReadNumber(view, diagnostics);
        var placeDate = _scanner.ReadPlaceDate(view, limit, masks);
        var (type, typeName, headingLine, titleOnLine) = ReadHeading(lines);
        var numberLine = span is { } own ? LineOf(lines, view.ToOriginal(own.Item1 + 1)) : -1;
        var subject = headingLine >= 0 ? null : ReadSubject(lines, numberLine);
        string? title = null;
        var titleSource = "heading";
        if (headingLine >= 0) title = titleOnLine ?? ReadTitle(lines, headingLine);
        else if (subject is not null) (title, titleSource) = (subject.Value.Text, "subject");
        else if (UnheadedTitle(lines, view, placeDate, span) is { } bare) (title, titleSource) = (bare, "unheaded");
        if (type is null && subject is not null) { type = _tables.TypeById("cong-van"); typeName = type.Name; }
        if (type is null && symbol?.TypeCode is { } code && _tables.TypeByCode(code, symbol.Party) is { } byCode) { type = byCode; typeName = byCode.Name; }
        var date = placeDate?.Date;
        if (date is { IsComplete: false }) diagnostics.Add(new("issue-date-partial", "info", "the issue date has a blank day or month"));

        // The issuer block ends where the number, the place-date, the subject or the heading begins.
        var end = limit;
        if (span is { } ns) end = Math.Min(end, ns.Item1);
        if (placeDate is not null) end = Math.Min(end, placeDate.Start);
        if (headingLine >= 0) end = Math.Min(end, view.ToNormalizedSpan(lines[headingLine].Start, lines[headingLine].End).Start);
        if (subject is not null) end = Math.Min(end, view.ToNormalizedSpan(subject.Value.LineStart, subject.Value.LineStart).Start);
        // A "Số:" label ends the block even when no number follows it ("Số:      /KH-TMN").
        if (BareLabel().Match(view.Folded[..limit]) is { Success: true } label) end = Math.Min(end, label.Index);
        var tokens = _scanner.IssuerTokens(view, end, masks, out var inlineHeading);
        // One flattened line: "ỦY BAN NHÂN DÂN … XÃ PHÚ MẬU … KẾ HOẠCH PHÒNG CHỐNG THIÊN TAI NĂM 2014 Căn cứ …".
        if (headingLine < 0 && inlineHeading >= 0 && InlineHeading(view, inlineHeading) is { } inline)
        {
            (type, typeName, title, titleSource) = (inline.Type, inline.Type.Name, inline.Title ?? title, inline.Title is null ? titleSource : "heading");
            headingLine = -1;
        }
        var units = _units.Read(tokens);
        var bodyStart = Math.Max(span?.Item2 ?? 0, placeDate?.End ?? 0);
        if (headingLine >= 0) bodyStart = Math.Max(bodyStart, view.ToNormalizedSpan(lines[headingLine].Start, lines[headingLine].End).End);
        return new HeaderInfo
        {
            Symbol = symbol,
            NumberSpan = span,
            DocType = typeName,
            DocTypeId = type?.Id,
            TypeFromHeading = headingLine >= 0,
            Title = title,
            TitleSource = title is null ? null : titleSource,
            Place = placeDate?.Place,
            IssueDate = date,
            PlaceEvidence = placeDate?.Evidence,
            IssuerUnits = units,
            Enacting = headingLine >= 0 ? ReadEnacting(view, lines, headingLine) : null,
            BodyStart = bodyStart,
            IssuerLines = units.Select(u => Evidence(view, u.Start, u.End)).ToList(),
            Diagnostics = diagnostics,
        };
    }

    // The type word at a normalized offset and the upper-case words after it, up to the first lower-case word.
    private (DocumentTypeRow Type, string? Title)? InlineHeading(TextView view, int at)
    {
        foreach (var word in _tables.FoldedTypeWords())
        {
            if (!view.Folded.AsSpan(at).StartsWith(word + " ", StringComparison.Ordinal) || _tables.TypeByWord(word) is not { } type) continue;
            var words = new List<string>();
            foreach (var w in view.Normalized[(at + word.Length)..Math.Min(view.Normalized.Length, at + word.Length + 400)].Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                if (!w.Any(char.IsLetterOrDigit) || w.Any(char.IsLetter) && w.ToUpperInvariant() != w) break;
                words.Add(w);
            }
            return (type, words.Count >= 2 ? string.Join(' ', words) : null);
        }
        return null;
    }

    [GeneratedRegex(@"(?:^|(?<=[\x20|]))so\x20?:", RegexOptions.CultureInvariant)]
    private static partial Regex BareLabel();

    /// <summary>The enacting line under a decision's or resolution's title: an upper-case body, after a position or not.</summary>
    private (IssuerUnit, Evidence)? ReadEnacting(TextView view, IReadOnlyList<PlanLine> lines, int heading)
    {
        for (var i = heading + 1; i < lines.Count && i < heading + 16; i++)
        {
            var clean = lines[i].Clean.Trim('|', ' ');
            if (clean.Length == 0 || !IsUpper(clean)) continue;
            if (BodyStart().IsMatch(TextFolding.Fold(clean))) break;
            if (!IsAuthority(clean)) continue;
            var folded = TextFolding.FoldLoose(clean);
            var position = _positions.FirstOrDefault(p => folded.StartsWith(p + " ", StringComparison.Ordinal));
            var whole = _units.ReadName(clean);
            IssuerUnit? unit = whole;
            if (position is not null && (whole?.Head is null || TextFolding.FoldLoose(whole.Head.Text).Length <= position.Length))
                unit = _units.ReadName(clean[Math.Min(clean.Length, position.Length + 1)..]);
            if (unit?.Head is null || unit.Level is null) continue;
            return (unit, new Evidence("enacting", view.Original[lines[i].Start..lines[i].End], lines[i].Start, lines[i].End));
        }
        return null;
    }

    private static Evidence Evidence(TextView view, int start, int end)
    {
        var (s, e) = view.ToOriginalSpan(start, end);
        return new Evidence("header", view.Original[s..e], s, e);
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

    /// <summary>
    /// The subject of a letter: "V/v ..." in the header, or a "Về ..." line under the number, over the lines
    /// that continue it up to "Kính gửi" ("V/v Hướng dẫn thực hiện nhiệm vụ" / "Giáo dục trung học năm học ...").
    /// </summary>
    private static (string Text, int LineStart)? ReadSubject(IReadOnlyList<PlanLine> lines, int numberLine)
    {
        for (var i = 0; i < Math.Min(lines.Count, HeaderLines); i++)
        {
            var clean = lines[i].Clean;
            var folded = TextFolding.Fold(clean);
            var m = Subject().Match(folded);
            var rest = m.Success ? clean[(m.Index + m.Length)..] : null;
            // "Về cho học sinh nghỉ học" right under the number line: a subject written without "V/v".
            if (!m.Success && numberLine >= 0 && i > numberLine && i <= numberLine + 4 && folded.StartsWith("ve ", StringComparison.Ordinal) && !IsUpper(clean))
                rest = clean;
            if (rest is null) continue;
            if (BodyStart().IsMatch(folded)) return null;
            var stop = SubjectStop().Match(TextFolding.Fold(rest));
            var cut = stop.Success;
            if (cut) rest = rest[..stop.Index];
            var parts = new List<string> { rest.Trim() };
            var pending = new List<string>();
            for (var k = i + 1; !cut && k < lines.Count && k < i + 8; k++)
            {
                var next = lines[k].Columns.FirstOrDefault()?.Trim('|', ' ');
                if (string.IsNullOrEmpty(next)) continue;
                var nextFolded = TextFolding.Fold(next);
                // Up to the address: what stands between is the subject, blank lines or capitals notwithstanding.
                if (nextFolded.StartsWith("kinh gui", StringComparison.Ordinal)) { parts.AddRange(pending.Take(3)); break; }
                if (BodyStart().IsMatch(nextFolded) || IsUpper(next) || PlaceDateLike().IsMatch(nextFolded)) break;
                var nextStop = SubjectStop().Match(nextFolded);
                if (nextStop.Success) { next = next[..nextStop.Index]; cut = true; }
                if (char.IsLower(next[0]) && pending.Count == 0) parts.Add(next.Trim());
                else pending.Add(next.Trim());
            }
            var text = string.Join(' ', parts.Where(p => p.Length > 0)).Trim(' ', ';', ',');
            return text.Length < 3 ? null : (text, lines[i].Start);
        }
        return null;
    }

    private static int LineOf(IReadOnlyList<PlanLine> lines, int originalOffset)
    {
        for (var i = 0; i < Math.Min(lines.Count, HeaderLines); i++)
            if (originalOffset >= lines[i].Start && originalOffset <= lines[i].End) return i;
        return -1;
    }

    [GeneratedRegex(@",\x20?ngay\x20", RegexOptions.CultureInvariant)]
    private static partial Regex PlaceDateLike();

    [GeneratedRegex(@"^(?:[ivx]{1,4}|\d{1,2}|[a-d])[.)]\x20", RegexOptions.CultureInvariant)]
    private static partial Regex SectionStart();

    // No heading (lost in extraction): the upper-case line(s) right under the number or place-date are the title.
    private string? UnheadedTitle(IReadOnlyList<PlanLine> lines, TextView view, PlaceDate? placeDate, (int Start, int End)? number)
    {
        var after = Math.Max(placeDate?.End ?? -1, number?.End ?? -1);
        if (after < 0) return null;
        var originalAfter = view.ToOriginal(after);
        var parts = new List<string>();
        for (var i = 0; i < Math.Min(lines.Count, HeaderLines); i++)
        {
            if (lines[i].Start <= originalAfter) continue;
            var clean = lines[i].Clean.Trim('|', ' ');
            if (clean.Length == 0 || IsRule(clean)) { if (parts.Count > 0) break; continue; }
            if (!IsUpper(clean) || clean.Length < 12 || TextFolding.Fold(clean).StartsWith("cong hoa", StringComparison.Ordinal) || SectionStart().IsMatch(TextFolding.Fold(clean))) break;
            if (parts.Count > 0 && IsAuthority(clean) && !EndsWithConnector(parts[^1]) || parts.Count == 0 && IsEnacting(clean)) break;
            parts.Add(clean);
        }
        return parts.Count == 0 ? null : string.Join(' ', parts).TrimEnd('.', ' ');
    }

    // Words that extend a type word into the heading's own name ("CHƯƠNG TRÌNH HÀNH ĐỘNG", "THÔNG TƯ LIÊN TỊCH").
    private static readonly string[] HeadingExtensions = ["hanh dong", "lien tich", "phoi hop", "lien nganh"];

    /// <summary>
    /// The type heading: an upper-case line that is a type word ("KẾ HOẠCH", "CHƯƠNG TRÌNH HÀNH ĐỘNG"), or one
    /// that opens with it and carries the title on the same line ("KẾ HOẠCH | TRIỂN KHAI ..."), table bars aside.
    /// </summary>
    private (DocumentTypeRow?, string?, int, string?) ReadHeading(IReadOnlyList<PlanLine> lines)
    {
        for (var i = 0; i < Math.Min(lines.Count, HeaderLines); i++)
        {
            var clean = lines[i].Clean.Trim('|', ' ');
            if (clean.Length == 0 || clean.Length > 200) continue;
            var folded = TextFolding.FoldLoose(clean);
            if (!IsUpper(clean))
            {
                // "# KẾ HOẠCH Thực hiện công tác ...": an upper-case type word, then the title in sentence case.
                if (MixedHeading(clean, folded) is { } mixed) return (mixed.Item1, mixed.Item2, i, mixed.Item4);
                continue;
            }
            if (_tables.TypeByWord(folded) is { } type) return (type, type.Name, i, null);
            foreach (var ext in HeadingExtensions)
                if (folded.EndsWith(" " + ext, StringComparison.Ordinal) && _tables.TypeByWord(folded[..^(ext.Length + 1)]) is { } extended)
                    return (extended, Sentence(clean), i, null);
            // "KẾ HOẠCH TRIỂN KHAI ..." on one line: a type word, then at least three words of title.
            foreach (var word in _tables.FoldedTypeWords())
            {
                if (!folded.StartsWith(word + " ", StringComparison.Ordinal) || clean.Length != folded.Length) continue;
                // "VĂN BẢN QUY PHẠM PHÁP LUẬT" is a gazette's section, not a letter's heading.
                if (word == "van ban") break;
                var rest = clean[word.Length..].Trim('|', ' ', ':');
                if (rest.Split(' ').Length >= 3 && _tables.TypeByWord(word) is { } opened) return (opened, opened.Name, i, rest);
                break;
            }
        }
        return (null, null, -1, null);
    }

    private (DocumentTypeRow?, string?, int, string?)? MixedHeading(string clean, string folded)
    {
        foreach (var word in _tables.FoldedTypeWords())
        {
            if (!folded.StartsWith(word + " ", StringComparison.Ordinal) || clean.Length != folded.Length) continue;
            var typed = clean[..word.Length];
            var rest = clean[word.Length..].Trim();
            if (!IsUpper(typed) || rest.Length == 0 || !char.IsUpper(rest[0]) || IsUpper(rest) || rest.Split(' ').Length < 3) return null;
            return _tables.TypeByWord(word) is { } type ? (type, type.Name, -1, rest) : null;
        }
        return null;
    }

    private static string Sentence(string upper) => upper.Length == 0 ? upper : upper[0] + upper[1..].ToLowerInvariant();

    private string? ReadTitle(IReadOnlyList<PlanLine> lines, int heading)
    {
        var parts = new List<string>();
        for (var i = heading + 1; i < lines.Count && i < heading + 12; i++)
        {
            var clean = lines[i].Clean.Trim('|', ' ');
            if (clean.Length == 0 || IsRule(clean)) continue;
            if (parts.Count == 0)
            {
                // A title may well begin "Thực hiện ..." or "Triển khai ..."; only a legal basis or an address
                // right under the heading means the plan has no title.
                // Nor does an enacting body right under it ("NGHỊ QUYẾT" / "HỘI ĐỒNG NHÂN DÂN TỈNH VĨNH PHÚC").
                if (NoTitle().IsMatch(TextFolding.Fold(clean)) || IsUpper(clean) && IsEnacting(clean)) return null;
                parts.Add(clean);
                continue;
            }
            var last = parts[^1];
            var bothUpper = IsUpper(last) && IsUpper(clean);
            var continues = char.IsLower(clean[0]) || (bothUpper && !last.EndsWith('.'));
            // "I. CĂN CỨ XÂY DỰNG KẾ HOẠCH" opens the body; "NĂM 2020" under an upper-case title ends it.
            if (!continues || SectionStart().IsMatch(TextFolding.Fold(clean)) || (!char.IsLower(clean[0]) && !bothUpper && BodyStart().IsMatch(TextFolding.Fold(clean)))) break;
            // A decision's enacting authority under its title ("THỦ TƯỚNG CHÍNH PHỦ", "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH").
            if (IsUpper(clean) && IsAuthority(clean) && !EndsWithConnector(last)) break;
            parts.Add(clean);
        }
        return parts.Count == 0 ? null : string.Join(' ', parts).TrimEnd('.', ' ');
    }

    private bool IsEnacting(string upper) => IsAuthority(upper) && _units.ReadName(upper) is { Head: not null, Level: not null };

    private bool IsAuthority(string upper)
    {
        var f = TextFolding.FoldLoose(upper);
        return _authorities.Any(a => f.StartsWith(a, StringComparison.Ordinal));
    }

    // "... CỦA" / "THỦ TƯỚNG CHÍNH PHỦ VỀ ...": a title broken before a body's name goes on.
    private static bool EndsWithConnector(string text)
    {
        var f = TextFolding.FoldLoose(text);
        return f.EndsWith(" cua", StringComparison.Ordinal) || f.EndsWith(" va", StringComparison.Ordinal) || f.EndsWith(" ve", StringComparison.Ordinal)
            || f.EndsWith(" cho", StringComparison.Ordinal) || f.EndsWith(',') || f.EndsWith('-');
    }

    private static bool IsRule(string s) => s.All(c => c is '-' or '_' or '=' or '—' or '–' or ' ' or '.');

    private static bool IsUpper(string s) => s.Any(char.IsLetter) && s.ToUpperInvariant() == s;
}
