using Ingest.Indexer.Parsing.Tables;
using Ingest.Indexer.Text;

namespace Ingest.Indexer.Parsing.Citations;

/// <summary>
/// Reads an issuer's name after "của": capitalized words plus the lower-case words that belong in names of
/// bodies ("Thủ tướng Chính phủ", "Ban chấp hành Trung ương Đảng (khóa IX)", "Hội đồng Thi đua - Khen thưởng
/// tỉnh"), stopping at punctuation or at the first word that starts the rest of the sentence ("về", "trên",
/// "phát động"). Pure and thread-safe.
/// </summary>
public sealed class IssuerReader
{
    private const int MaxWords = 14;
    private readonly HashSet<string> _connectors;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _connectorWords;

    private readonly string[] _andTails;
    private readonly string[] _massOrganisationWords;
    private readonly string[] _tiersAfterPeople;

    public IssuerReader(DomainTables tables)
    {
        _massOrganisationWords = (tables.Phrases.MassOrganisationWords ?? []).ToArray();
        _connectors = tables.Phrases.IssuerConnectors.Select(TextFolding.FoldLoose).ToHashSet(StringComparer.Ordinal);
        _connectorWords = _connectors.GetAlternateLookup<ReadOnlySpan<char>>();
        _andTails = (tables.Phrases.IssuerNameTailsAfterAnd ?? []).Select(t => " " + TextFolding.FoldLoose(t)).ToArray();
        _tiersAfterPeople = (tables.Phrases.JudicialTiers ?? []).Select(t => " " + TextFolding.FoldLoose(t)).ToArray();
    }

    /// <summary>The issuer starting at <paramref name="index"/> of the normalized text, with its end; null when none.</summary>
    public (string Text, int End)? Read(string normalized, string folded, int index)
    {
        var cursor = new WordCursor(normalized, index);
        int? first = null;
        var lastGood = -1;
        var words = 0;
        (int Start, int End) previous = (-1, -1), beforePrevious = (-1, -1);
        var tailEnd = -1;
        while (words < MaxWords && cursor.Next(out var s, out var e))
        {
            var core = TrimPunctuation(normalized, s, e, out var coreEnd, out var stopAfter);
            if (!core) break;
            var wordStart = s;
            if (normalized[s] == '(')
            {
                // "(khóa IX)": a term in parentheses belongs to the body's name.
                if (!folded.AsSpan(s).StartsWith("(khoa")) break;
                var close = normalized.IndexOf(')', s);
                if (close < 0 || close - s > 20) break;
                cursor = new WordCursor(normalized, close + 1);
                lastGood = close + 1;
                words++;
                continue;
            }
            // "của Bộ GDĐT ngày 10 tháng 4 năm 2026" (ka-012): "ngày" and a number open the date, never a body's name,
            // though it stands where a department's lower-case second word would ("Sở Y tế").
            if (OpensDate(folded, wordStart, coreEnd)) break;
            // "Sở Giáo dục và Đào tạo Thành phố ...": the words of a known tail after "và" belong to the name.
            if (wordStart >= tailEnd && LowerCaseSectorEnd(normalized, folded, wordStart, previous) is > 0 and var sectorEnd) tailEnd = sectorEnd;
            var inTail = wordStart < tailEnd;
            if (!inTail && !Accepts(normalized, folded, wordStart, coreEnd, cursor.Position) && !SecondWordOfDepartment(normalized, folded, wordStart, coreEnd, previous, beforePrevious)
                && !LaterSyllableOfHead(normalized, folded, wordStart, coreEnd, previous, beforePrevious)
                && !MassOrganisationSyllable(normalized, wordStart, coreEnd, previous)
                && !MassOrganisationOpening(normalized, wordStart, coreEnd, previous)
                && !LastSyllableBeforeDate(normalized, folded, wordStart, coreEnd, previous)
                && !NumberOfUnit(normalized, folded, wordStart, coreEnd, previous)) break;
            if (!inTail && Math.Max(Math.Max(AndTailLength(folded, wordStart, coreEnd, cursor.Position), JoinedTailLength(folded, wordStart, coreEnd, cursor.Position)),
                    TierLength(folded, wordStart, coreEnd, cursor.Position, previous)) is > 0 and var tail)
                tailEnd = cursor.Position + tail;
            (beforePrevious, previous) = (previous, (wordStart, coreEnd));
            first ??= s;
            if (normalized[wordStart] != '-') lastGood = coreEnd;
            // "Môi trường)./": the tail's last word ends the name, whatever is glued to it.
            if (inTail && coreEnd > tailEnd)
            {
                lastGood = tailEnd;
                break;
            }
            words++;
            if (stopAfter) break;
        }
        if (first is null || lastGood <= first) return null;
        return (normalized[first.Value..lastGood], lastGood);
    }

    private bool Accepts(string normalized, string folded, int s, int e, int after)
    {
        var c = normalized[s];
        if (c == '-') return NextIsCapitalized(normalized, after); // "Thi đua - Khen thưởng"
        if (c == '&') return JoinedTailLength(folded, s, e, after) > 0; // "Giáo dục & Đào tạo"
        // "của UBND huyện V/v tổ chức …": "V/v" (về việc) opens the subject, whatever its capital.
        if (e - s == 3 && folded.AsSpan(s, 3).SequenceEqual("v/v")) return false;
        if (char.IsUpper(c)) return true;
        if (char.IsDigit(c)) return false;
        // The word as a span, not a string: every lower-case word after "của" is asked here (issue 12, parser speed).
        var word = folded.AsSpan(s, e - s);
        // "Sở Giáo dục và Đào tạo", "Bộ Lao động - Thương binh và Xã hội": "và" inside a body's name, known by what
        // follows it; "của UBND tỉnh và Nghị quyết ..." ends the name at "và".
        if (word is "va") return AndTailLength(folded, s, e, after) > 0;
        // "Ủy ban Dân tộc" but not "UBND huyện ban hành Kế hoạch": "ban hành" is a verb that ends the name.
        if (word is "ban") return !folded.AsSpan(after).StartsWith(" hanh");
        return _connectorWords.Contains(word);
    }

    // "Tòa án nhân dân tối cao", "Viện kiểm sát nhân dân cấp cao" (jz-008, ky-025): the tier of a people's court or
    // procuracy after "nhân dân" belongs to its name, though "tối", "cấp" and "cao" end a name anywhere else. Its
    // length, or 0.
    private int TierLength(string folded, int s, int e, int after, (int Start, int End) previous)
    {
        if (previous.Start < 0 || !folded.AsSpan(s, e - s).SequenceEqual("dan") || !folded.AsSpan(previous.Start, previous.End - previous.Start).SequenceEqual("nhan")) return 0;
        // A court's or procuracy's only: "Ủy ban nhân dân cấp cao hơn" is a committee of a higher level (the review's).
        var body = folded.AsSpan(0, previous.Start).TrimEnd(' ');
        if (!body.EndsWith("toa an", StringComparison.Ordinal) && !body.EndsWith("vien kiem sat", StringComparison.Ordinal)) return 0;
        foreach (var t in _tiersAfterPeople)
            if (folded.AsSpan(after).StartsWith(t, StringComparison.Ordinal) && (after + t.Length >= folded.Length || !char.IsAsciiLetter(folded[after + t.Length])))
                return t.Length;
        return 0;
    }

    // The length of the known name tail that follows "và" at [s, e), or 0.
    private int AndTailLength(string folded, int s, int e, int after)
    {
        if (!folded.AsSpan(s, e - s).SequenceEqual("va")) return 0;
        foreach (var t in _andTails)
            if (folded.AsSpan(after).StartsWith(t, StringComparison.Ordinal) && (after + t.Length >= folded.Length || !char.IsAsciiLetter(folded[after + t.Length])))
                return t.Length;
        return 0;
    }

    // "Phòng Giáo dục- Đào tạo yêu cầu các trường học …", "Phòng Giáo dục& Đào tạo cử cán bộ …" (pd-pgddt-tp-hue-tb-tong-
    // ve-sinh-2018), "Phòng Giáo dục & Đào tạo" (li-pgddt-tra-cu-tb-2017-nghi-thuc-doi, pd-pgddt-dong-xoai-tb-2012-151): a
    // dash or an ampersand written for the "và" of a body's name, alone or glued to the word before it; the known tail
    // after it belongs to the name as after "và". The tail's length, or 0.
    private int JoinedTailLength(string folded, int s, int e, int after)
    {
        if (e <= s || folded[e - 1] is not ('-' or '&')) return 0;
        foreach (var t in _andTails)
            if (folded.AsSpan(after).StartsWith(t, StringComparison.Ordinal) && (after + t.Length >= folded.Length || !char.IsAsciiLetter(folded[after + t.Length])))
                return t.Length;
        return 0;
    }

    // "Ban Tuyên giáo", "Ban Tổ chức", "Sở Y tế": a body's head, a capitalized word, then the lower-case second
    // word of the department's name. Only right there, so "UBND tỉnh tổ chức thực hiện" stops at "tổ".
    private static readonly HashSet<string> Heads = new(StringComparer.Ordinal) { "ban", "vu", "so", "phong", "cuc", "vien", "uy", "hoi", "bo" };
    // The same set asked with a span of the folded text: no copy of the word (asked at every lower-case word after a
    // capitalized one).
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> HeadsBySpan = Heads.GetAlternateLookup<ReadOnlySpan<char>>();

    // The heads as written, their marks kept: "Nay ủy ban nhân dân xã Phong Hải thông báo cho nhân dân …"
    // (mc-ubnd-xa-phong-hai-tb-2019-tha-rong-headerless): a place's "Phong" folds to "phòng" but opens no department,
    // so "thông" after "Hải" is the verb, not a department's lower-case second word; nor do "Vũ", "Uy", "Bàn".
    private static readonly HashSet<string> HeadSpellings = new(StringComparer.OrdinalIgnoreCase)
        { "ban", "vụ", "sở", "phòng", "cục", "viện", "ủy", "uỷ", "hội", "bộ" };
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> HeadSpellingsBySpan = HeadSpellings.GetAlternateLookup<ReadOnlySpan<char>>();

    private static bool IsHeadAsWritten(ReadOnlySpan<char> word) => HeadSpellingsBySpan.Contains(word);

    private static bool SecondWordOfDepartment(string normalized, string folded, int s, int e, (int Start, int End) previous, (int Start, int End) beforePrevious)
    {
        if (previous.Start < 0 || beforePrevious.Start < 0 || !char.IsLower(normalized[s]) || !char.IsUpper(normalized[previous.Start])) return false;
        // "… của Bệnh viện Mắt về …" (pd-bv-mat-hcm-tb-2017-672): "về" opens the subject, never a department's second word.
        if (normalized.AsSpan(s, e - s).SequenceEqual("về")) return false;
        if (HeadsBySpan.Contains(folded.AsSpan(beforePrevious.Start, beforePrevious.End - beforePrevious.Start)))
            return IsHeadAsWritten(normalized.AsSpan(beforePrevious.Start, beforePrevious.End - beforePrevious.Start));
        // "Trung tâm Y tế Hữu Lũng": the department's name after a head of two syllables.
        var before = folded.AsSpan(0, previous.Start).TrimEnd(' ');
        foreach (var head in HeadsOfSeveralSyllables)
            if (before.EndsWith(head, StringComparison.Ordinal) && (before.Length == head.Length || before[^(head.Length + 1)] == ' ')) return true;
        return false;
    }

    // "CV số 985 của Phòng giáo dục và đào tạo Sông Công ngày 16/12/2021" (kw-021): a department's sector written in lower
    // case right after its head, up to "và" and a known tail of a body's name within a few words; the name runs through
    // that tail. The end of the tail, or 0.
    private int LowerCaseSectorEnd(string normalized, string folded, int s, (int Start, int End) previous)
    {
        if (previous.Start < 0 || previous.End + 1 != s || !char.IsLower(normalized[s]) || !char.IsUpper(normalized[previous.Start])
            || !HeadsBySpan.Contains(folded.AsSpan(previous.Start, previous.End - previous.Start))) return 0;
        var at = s;
        for (var words = 0; words < 4 && at < folded.Length; words++)
        {
            var space = folded.IndexOf(' ', at);
            if (space < 0) return 0;
            if (!IsLowerWord(normalized, at, space)) return 0;
            if (words > 0 && folded.AsSpan(at, space - at).SequenceEqual("va"))
                return AndTailLength(folded, at, space, space) is > 0 and var tail ? space + tail : 0;
            at = space + 1;
        }
        return 0;
    }

    private static bool IsLowerWord(string normalized, int s, int e)
    {
        if (e <= s) return false;
        foreach (var c in normalized.AsSpan(s, e - s)) if (!char.IsLower(c)) return false;
        return true;
    }

    // "Văn phòng Chính phủ", "Thanh tra tỉnh", "Kho bạc Nhà nước": a body's head word of two syllables, the second in
    // lower case after the capitalized first, where nothing else may stand (Nghị định 30/2020/NĐ-CP writes these heads
    // in sentence case). "Trung tâm Y tế Hữu Lũng thông báo …" (kw-ttyt-huu-lung-tb-2023-nghi-le-headerless): a public
    // service centre's head is written so too, and a hospital's ("Giám đốc Bệnh viện Đa khoa tỉnh", kd-bvdk-bac-ninh-cv-2021-6191-ocr).
    // "Viện trưởng Viện kiểm sát nhân dân tối cao" (jq-011, ky-025, ml-007): the procuracy's head is of three syllables.
    private static readonly HashSet<string> HeadsOfSeveralSyllables = new(StringComparer.Ordinal)
        { "van phong", "thanh tra", "kiem toan", "kho bac", "toa an", "mat tran", "cong an", "bao hiem", "ngan hang", "trung tam", "benh vien", "vien kiem sat" };

    // Every head above and its first syllables ("vien kiem"): a lower-case syllable belongs to the head while the
    // words from its capitalized first syllable are one of these.
    private static readonly HashSet<string> HeadBeginnings = HeadsOfSeveralSyllables
        .SelectMany(h => Enumerable.Range(2, h.Split(' ').Length - 1).Select(n => string.Join(' ', h.Split(' ').Take(n))))
        .ToHashSet(StringComparer.Ordinal);
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> HeadBeginningsBySpan = HeadBeginnings.GetAlternateLookup<ReadOnlySpan<char>>();

    private static bool LaterSyllableOfHead(string normalized, string folded, int s, int e, (int Start, int End) previous, (int Start, int End) beforePrevious)
    {
        if (previous.Start < 0 || previous.End + 1 != s || !char.IsLower(normalized[s])) return false;
        if (char.IsUpper(normalized[previous.Start])) return HeadBeginningsBySpan.Contains(folded.AsSpan(previous.Start, e - previous.Start));
        return beforePrevious.Start >= 0 && beforePrevious.End + 1 == previous.Start && char.IsUpper(normalized[beforePrevious.Start])
            && HeadBeginningsBySpan.Contains(folded.AsSpan(beforePrevious.Start, e - beforePrevious.Start));
    }

    // "Hội Liên hiệp Phụ nữ xã", "Hội Cựu chiến binh huyện", "Hội Chữ thập đỏ tỉnh", "Hội Người cao tuổi", "Đoàn Thanh
    // niên": the mass organisations write the later syllables of their names in lower case (their charters do). Two
    // syllables of one such word (phrases.json, massOrganisationWords), compared with their marks, so "thập đỏ" is not
    // "thập do" (by).
    private bool MassOrganisationSyllable(string normalized, int s, int e, (int Start, int End) previous)
    {
        if (previous.Start < 0 || previous.End + 1 != s || !char.IsLower(normalized[s])) return false;
        var pair = normalized.AsSpan(previous.Start, e - previous.Start);
        foreach (var w in _massOrganisationWords)
            if (pair.Length == w.Length && pair.Equals(w, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    // "Kế hoạch của Hội cựu chiến binh huyện Thanh Miện về tổ chức đại hội …" (kt-026): by the spelling rules only the
    // first word of a body's name takes its capital, so a mass organisation's word may open in lower case right after
    // its head as written ("Hội"). The word's first syllable, where it and the next syllable make one such word
    // (massOrganisationWords); the syllables after it are read as MassOrganisationSyllable reads them.
    private bool MassOrganisationOpening(string normalized, int s, int e, (int Start, int End) previous)
    {
        if (previous.Start < 0 || previous.End + 1 != s || !char.IsLower(normalized[s]) || !char.IsUpper(normalized[previous.Start])
            || !IsHeadAsWritten(normalized.AsSpan(previous.Start, previous.End - previous.Start))) return false;
        var rest = normalized.AsSpan(s);
        foreach (var w in _massOrganisationWords)
            if (w.Length > e - s && w[e - s] == ' ' && rest.StartsWith(w, StringComparison.OrdinalIgnoreCase)
                && (rest.Length == w.Length || !char.IsLetter(rest[w.Length]))) return true;
        return false;
    }

    // "Trường Mầm non Phường 1 xin thông báo …" (lv-mn-phuong-1-q10-tb-2020-nghi-hoc-headerless), "UBND Quận 3", "Trường
    // THCS Số 2": a ward, an urban district or a school numbered, not named; the number is the name's last word. Only
    // after the word with its capital, so "của UBND tỉnh số 123/UBND" and "phường 1 năm" of a sentence stay out.
    private static readonly string[] NumberedUnits = ["phuong", "quan", "so"];

    private static bool NumberOfUnit(string normalized, string folded, int s, int e, (int Start, int End) previous)
    {
        if (previous.Start < 0 || e - s > 3 || !char.IsUpper(normalized[previous.Start])) return false;
        for (var k = s; k < e; k++)
            if (!char.IsAsciiDigit(normalized[k])) return false;
        var word = folded.AsSpan(previous.Start, previous.End - previous.Start);
        foreach (var unit in NumberedUnits)
            if (word.SequenceEqual(unit)) return true;
        return false;
    }

    // "của Bộ Giao thông Vận tải ngày 30 tháng 12 năm 2016": a name's last word, its second syllable in lower case
    // after a capitalized one, where the citation's date follows at once; "ký ngày" is the signing, not the name.
    private static bool LastSyllableBeforeDate(string normalized, string folded, int s, int e, (int Start, int End) previous)
    {
        if (previous.Start < 0 || !char.IsUpper(normalized[previous.Start]) || !char.IsLower(normalized[s]) || e - s < 2) return false;
        if (folded.AsSpan(s, e - s) is "ky" or "gui" or "co" or "ra" or "da" or "nam") return false;
        var rest = folded.AsSpan(e);
        if (rest.StartsWith(",")) rest = rest[1..];
        return rest.StartsWith(" ngay ") && rest.Length > 6 && char.IsAsciiDigit(rest[6]);
    }

    private static bool OpensDate(string folded, int s, int e) =>
        e - s == 4 && folded[s] == 'n' && folded.AsSpan(s, 4).SequenceEqual("ngay") && e + 1 < folded.Length && folded[e] == ' '
        && char.IsAsciiDigit(folded[e + 1]);

    private static bool NextIsCapitalized(string normalized, int position)
    {
        var i = position;
        while (i < normalized.Length && normalized[i] == ' ') i++;
        return i < normalized.Length && char.IsUpper(normalized[i]);
    }

    // Splits trailing punctuation off a word: "Trị," ends the name after "Trị".
    private static bool TrimPunctuation(string text, int s, int e, out int coreEnd, out bool stopAfter)
    {
        coreEnd = e;
        stopAfter = false;
        // "Cục Thống kê)_": a repository's italics closing the annex note.
        while (coreEnd > s && text[coreEnd - 1] is ',' or ';' or '.' or ':' or ')' or '"' or '”' or '…' or '_' or '*')
        {
            coreEnd--;
            stopAfter = true;
        }
        if (text[s] is '"' or '“' or ',' or ';') return false;
        return coreEnd > s;
    }
}
