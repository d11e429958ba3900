using System.Text.RegularExpressions;
using Ingest.Indexer.Parsing.Tables;
using Ingest.Indexer.Text;

namespace Ingest.Indexer.Parsing.Citations;

/// <summary>
/// Decides whether a law, code, ordinance or charter named after a lower-case type word is one document. In lower
/// case the type word is mostly the common noun ("pháp luật", "kỷ luật", "theo luật"), so the name must say which
/// one: a known subject of law ("luật bình đẳng giới", "pháp Lệnh lưu trữ quốc gia"), a capitalized word ("luật Căn
/// cước", "điều lệ Đoàn TNCS Hồ Chí Minh") or the year of adoption ("luật việc làm 2013"). Pure and thread-safe.
/// </summary>
internal sealed partial class LowerCaseLawName
{
    private readonly string[] _subjects;
    private readonly string[] _commonBefore;
    private readonly string[] _generic;
    private readonly string[] _notDocuments;
    private readonly HashSet<string> _stops;

    public LowerCaseLawName(DomainTables tables)
    {
        // Commas dropped on both sides: "luật phòng chống tham nhũng" is "Phòng, chống tham nhũng".
        _subjects = (tables.Phrases.LawSubjects ?? []).Select(Loose).OrderByDescending(s => s.Length).ToArray();
        _commonBefore = (tables.Phrases.CommonNounBefore ?? []).Select(s => " " + TextFolding.FoldLoose(s) + " ").ToArray();
        _generic = tables.Phrases.GenericDeterminers.Select(g => " " + TextFolding.FoldLoose(g) + " ").ToArray();
        _notDocuments = tables.Phrases.NotDocuments.Select(TextFolding.FoldLoose).ToArray();
        _stops = tables.Phrases.LawNameStops.Select(TextFolding.FoldLoose).ToHashSet(StringComparer.Ordinal);
    }

    // " pháp " at the end of the words before; at the text's start the leading space is implied.
    private static bool EndsWithWord(ReadOnlySpan<char> before, string spaced, bool atTextStart) =>
        before.EndsWith(spaced, StringComparison.Ordinal) || (atTextStart && before.SequenceEqual(spaced.AsSpan(1)));

    private static string Loose(string s) => TextFolding.FoldLoose(s.Replace(",", ""));

    /// <summary>
    /// False where the words before the type word make it a common noun or a draft: "pháp luật", "kỷ luật", "điều
    /// luật", "các luật thuế", "sửa đổi điều lệ MTTQ Việt Nam" (a charter still to be adopted).
    /// </summary>
    public bool MayName(TextView view, DocumentTypeRow type, int typeStart, int typeEnd)
    {
        var f = view.Folded;
        // The words before: "pháp luật", "các luật"; compared with a space before each word, as the text is at its start.
        var from = Math.Max(0, typeStart - 24);
        var before = f.AsSpan(from, typeStart - from);
        foreach (var b in _commonBefore) if (EndsWithWord(before, b, from == 0)) return false;
        foreach (var g in _generic) if (EndsWithWord(before, g, from == 0)) return false;
        if (!WrittenMarks.AgreeWithAny(view.Normalized, typeStart, typeEnd, type.Words)) return false;
        foreach (var nd in _notDocuments)
            if (f.AsSpan(typeStart).StartsWith(nd) && (typeStart + nd.Length >= f.Length || !char.IsAsciiLetter(f[typeStart + nd.Length])))
                return false;
        return typeEnd < f.Length;
    }

    /// <summary>
    /// "Hệ Thống Pháp Luật" (ly-012, a portal's menu in title case): a word of commonNounBefore written with its capital
    /// right before a capitalized "Luật" is the common noun "pháp luật" in title case, as in lower case; "Hiến pháp Luật …"
    /// keeps the lower-case "pháp" of the Constitution's name.
    /// </summary>
    public bool TitleCasedCommonNoun(TextView view, int typeStart)
    {
        var (n, f) = (view.Normalized, view.Folded);
        var from = Math.Max(0, typeStart - 24);
        var before = f.AsSpan(from, typeStart - from);
        foreach (var b in _commonBefore)
        {
            if (!EndsWithWord(before, b, from == 0)) continue;
            // Every word in capitals: "Sửa đổi Luật …" opening a sentence is the verb, "Sửa Đổi Luật" a title.
            var words = n.AsSpan(typeStart - b.Length + 1, b.Length - 2);
            var titled = true;
            for (var k = 0; k < words.Length; k++)
                if ((k == 0 || words[k - 1] == ' ') && !char.IsUpper(words[k])) titled = false;
            if (titled) return true;
        }
        return false;
    }

    /// <summary>
    /// True when the name read into <paramref name="draft"/> names one document; a known subject sets the name's end
    /// ("luật tổ chức chính quyền địa phương thông qua ngày …" → "tổ chức chính quyền địa phương"), and a year
    /// right after the name joins the citation's text.
    /// </summary>
    public bool IsSpecific(TextView view, CitationDraft draft, int nameStart)
    {
        if (draft.Name is not { Length: > 0 } name) return false;
        // "pháp luật của Nhà nước": a name does not open with "của", "về", "theo".
        if (_stops.Contains(TextFolding.FoldLoose(name.Split(' ')[0]))) return false;
        var n = view.Normalized;
        var capitalized = name.Split(' ', StringSplitOptions.RemoveEmptyEntries).Any(w => char.IsUpper(w[0]));
        // The subject is looked for in the text, not in the name read: a subject may hold a word that ends a name
        // ("hôn nhân và gia đình", "dân số").
        var subjectEnd = KnownSubjectEnd(n, view.Folded, nameStart);
        if (subjectEnd is { } se && (!capitalized || se > draft.End)) draft.End = se;
        var year = Year().Match(view.Folded, draft.End);
        if (subjectEnd is null && !capitalized && !year.Success && !YearAtEnd().IsMatch(name)) return false;
        draft.Name = n[nameStart..draft.End].TrimEnd();
        // The year is the text's, not the name's, so "luật việc làm 2013" keys as "Luật Việc làm" does.
        if (year.Success) draft.End = year.Index + year.Length;
        return true;
    }

    // Where a known subject of law written at nameStart ends in the text (commas as written), or null.
    private int? KnownSubjectEnd(string n, string f, int nameStart)
    {
        if (nameStart >= f.Length) return null;
        var window = f[nameStart..Math.Min(f.Length, nameStart + MaxSubjectChars)];
        var loose = Loose(window);
        foreach (var s in _subjects)
        {
            if (!loose.StartsWith(s, StringComparison.Ordinal) || (loose.Length > s.Length && char.IsLetterOrDigit(loose[s.Length]))) continue;
            // The subject's length as written: the text may carry commas the subject dropped.
            var end = nameStart;
            for (var words = s.Count(c => c == ' ') + 1; words > 0 && end < n.Length; words--)
            {
                while (end < n.Length && n[end] == ' ') end++;
                while (end < n.Length && n[end] != ' ') end++;
            }
            while (end > nameStart && n[end - 1] is ',' or ';' or '.' or ':' or ')') end--;
            return end;
        }
        return null;
    }

    private const int MaxSubjectChars = 80;

    [GeneratedRegex(@"\G\x20(?:nam\x20)?(?:19|20)\d{2}(?![\d/])", RegexOptions.CultureInvariant)]
    private static partial Regex Year();

    [GeneratedRegex(@"(?:^|\x20)(?:19|20)\d{2}$", RegexOptions.CultureInvariant)]
    private static partial Regex YearAtEnd();
}
