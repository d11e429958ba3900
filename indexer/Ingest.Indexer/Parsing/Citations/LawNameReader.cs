using System.Text.RegularExpressions;
using Ingest.Indexer.Parsing.Dates;
using Ingest.Indexer.Parsing.Tables;
using Ingest.Indexer.Text;

namespace Ingest.Indexer.Parsing.Citations;

/// <summary>
/// Reads a law, code or ordinance named by its subject after the type word ("Luật Thi đua, khen thưởng", "Bộ luật Lao
/// động 2019", "Luật sửa đổi, bổ sung một số điều của Luật …"), or by "về" and its subject where that names one ("Pháp
/// lệnh về lực lượng dự bị động viên ngày 27 tháng 8 năm 1996", "Công ước về …"). Where the name ends is the tables'
/// (lawNameStops, lawNamesWithCommas, lawSubjects): a law's name is short and lower-case after its first word, so the
/// verb, conjunction, year, number or article that follows it ends it. Pure and thread-safe.
/// </summary>
internal sealed partial class LawNameReader
{
    private readonly HashSet<string> _lawStops;
    private readonly (string First, string Second)[] _lawStopPairs;
    private readonly string[] _commaNames;
    private readonly string[] _lawSubjects;

    public LawNameReader(DomainTables tables)
    {
        _lawStops = tables.Phrases.LawNameStops.Select(w => w.Normalize(System.Text.NormalizationForm.FormC).ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);
        _lawStopPairs = _lawStops.Where(w => w.Count(c => c == ' ') == 1).Select(w => (w[..w.IndexOf(' ')], w[(w.IndexOf(' ') + 1)..])).ToArray();
        _commaNames = tables.Phrases.LawNamesWithCommas.Select(TextFolding.FoldLoose).OrderByDescending(s => s.Length).ToArray();
        _lawSubjects = (tables.Phrases.LawSubjects ?? []).Select(TextFolding.FoldLoose).OrderByDescending(s => s.Length).ToArray();
    }

    /// <summary>Reads a law named after its type word, which ends at <paramref name="p"/>; false where none.</summary>
    public bool Read(TextView view, CitationDraft draft, int p)
    {
        var (n, f) = (view.Normalized, view.Folded);
        var end = ReadLawName(n, f, p);
        if (end <= p) return AboutSubject(view, draft, p, dated: true);
        var nameStart = p + 1;
        // "Luật sửa đổi, bổ sung một số điều của Luật Thi đua, khen thưởng": the amended law is part of the name.
        var amend = AmendedLaw().Match(f, end);
        if (f.AsSpan(nameStart, end - nameStart).StartsWith("sua doi, bo sung") && amend.Success)
        {
            end = ReadLawName(n, f, amend.Index + amend.Length - 1);
            // "Luật sửa đổi, bổ sung một số điều của Luật Chứng khoán, Luật Kế toán, … và Luật Quản lý thuế số
            // 56/2024/QH15" (mr-014, Luật 56/2024/QH15 as UBND thành phố Hải Phòng cites it): one law amends several,
            // and its name lists them all; the number after the list is the amending law's.
            for (var next = NextAmendedLaw().Match(f, end); next.Success && end > next.Index - 1; next = NextAmendedLaw().Match(f, end))
            {
                var listed = ReadLawName(n, f, next.Index + next.Length - 1);
                if (listed <= next.Index + next.Length) break;
                end = listed;
            }
        }
        draft.Name = n[nameStart..end].TrimEnd();
        draft.End = end;
        return true;
    }

    // "Căn cứ Pháp lệnh về lực lượng dự bị động viên ngày 27 tháng 8 năm 1996;" (jz-041): a law named by "về" and its
    // subject is one law where the date of its passing follows, as "Pháp lệnh Tổ chức luật sư ngày 18/12/1987" is; without
    // it, "luật về đất đai" is the laws on land. A convention's name opens with "về" as a rule ("Công ước về buôn bán quốc
    // tế các loài động vật, thực vật hoang dã nguy cấp", jz-067; the "about" form): its capital is enough.
    public bool AboutSubject(TextView view, CitationDraft draft, int p, bool dated)
    {
        var (n, f) = (view.Normalized, view.Folded);
        if (!char.IsUpper(n[draft.Start]) || p + 4 >= n.Length || !f.AsSpan(p).StartsWith(" ve ") || n[p + 2] != 'ề') return false;
        var end = ReadLawName(n, f, p + 3);
        if (end <= p + 4 || dated && !(f.AsSpan(end).StartsWith(" ngay ") && DateParser.ParseAt(f, end + 1) is not null)) return false;
        draft.Name = n[(p + 1)..end].TrimEnd();
        draft.End = end;
        return true;
    }

    [GeneratedRegex(@"\G(?:\x20mot so dieu)?(?:\x20cua)?(?:\x20cac)?\x20(?:bo luat|luat|phap lenh)\x20", RegexOptions.CultureInvariant)]
    private static partial Regex AmendedLaw();

    // The next law of an amending law's list: ", Luật Kế toán", " và Luật Quản lý thuế" (a line break may stand for the space).
    [GeneratedRegex(@"\G(?:,|\x20va)[\x20\n](?:bo luat|luat|phap lenh)\x20", RegexOptions.CultureInvariant)]
    private static partial Regex NextAmendedLaw();

    private int ReadLawName(string n, string f, int p)
    {
        var cursor = new WordCursor(n, p);
        var end = p;
        var words = 0;
        while (words < NamedCitationReader.MaxNameWords && cursor.Next(out var s, out var e))
        {
            var core = e;
            while (core > s && n[core - 1] is ',' or ';' or '.' or ':' or ')' or '"' or '”') core--;
            if (core == s || n[s] is '(' or '"' or '“') break;
            // Stops compare with their marks: folded, "những" (a stop) and "nhũng" (tham nhũng) are one word.
            var word = InvariantCasing.ToLower(n[s..core]);
            // "Hiến pháp và Luật Đất đai": a conjunction right after the type word means no name follows ("Luật Các tổ
            // chức tín dụng" has a name that starts with a stop word).
            if (words > 0 ? _lawStops.Contains(word) || StartsStopPair(n, word, core) : word is "và" or "hoặc" || OpensNoName(n, s, core, word))
            {
                // "Pháp lệnh Ưu đãi người có công với cách mạng ngày …": a stop word inside a known subject of law
                // ("có" of "người có công") is part of the name; the name runs to the subject's end.
                var subject = words > 0 ? _lawSubjects.FirstOrDefault(k => f.AsSpan(p + 1).StartsWith(k) && p + 1 + k.Length > s
                    && (p + 1 + k.Length == f.Length || !char.IsAsciiLetterOrDigit(f[p + 1 + k.Length]))) : null;
                if (subject is null) break;
                end = p + 1 + subject.Length;
                cursor = new WordCursor(n, end);
                words += subject.Count(c => c == ' ');
                continue;
            }
            // "Căn cứ Luật Xây dựng ngày26/11/2003": the date's word glued to its digits by a copy that lost the space.
            if (words > 0 && core - s > 4 && f.AsSpan(s, 4).SequenceEqual("ngay") && char.IsAsciiDigit(f[s + 4])) break;
            // "Luật Đất đai sô 31/2024/QH15": "số" before a number, whatever marks the scan left on it.
            if (words > 0 && IsNumberLabel(f, s, core)) break;
            // "Luật Ngân sách nhà nước 2015": the year of its passing, with or without "năm", ends the name.
            if (char.IsDigit(n[s]) && !(words > 0 && s >= 4 && f.AsSpan(s - 4, 4).SequenceEqual("nam ")) && !(words > 0 && IsYearWord(f, s, core))) break;
            // "Pháp lệnh lưu trữ quốc gia Điều 14, Khoản 2": an article's number is no part of the name.
            if (words > 0 && core == e && e + 1 < n.Length && char.IsAsciiDigit(n[e + 1]) && IsPartWord(f.AsSpan(s, core - s))) break;
            end = core;
            words++;
            // "Luật Đất đai năm 2024 có hiệu lực", "Bộ luật Lao động 2019 quy định": the year of passing closes the name.
            if (words > 1 && IsYearWord(f, s, core)) break;
            if (core == e) continue;
            if (n[core] != ',') break;
            // A comma ends the name unless the name is a known one that contains a comma ("Thi đua, khen thưởng").
            var known = _commaNames.FirstOrDefault(k => f.AsSpan(p + 1).StartsWith(k) && p + 1 + k.Length > core);
            if (known is null)
            {
                if (NameRunsOnToItsNumber(n, f, core) is { } numbered) end = numbered;
                break;
            }
            end = p + 1 + known.Length;
            if (known.StartsWith("sua doi")) break; // the amended law's name follows; the caller reads it
            cursor = new WordCursor(n, end);
            words += known.Count(c => c == ' ');
        }
        return end;
    }

    // "Luật Khám bệnh, chữa bệnh số 15/2023/QH15": after a comma, lower-case words running straight on to the law's
    // own "số <number>" are the rest of its name (Vietnamese law names pair their subjects with a comma: "Phòng,
    // chống …", "Khám bệnh, chữa bệnh"); the number is the evidence no list of names can give. So are a name's
    // further pairs and its "và" ("Luật phòng cháy, chữa cháy và cứu nạn, cứu hộ số 55/2024/QH15", mt-ubnd-hai-phong-qd-
    // 2025-213). Where the name ends.
    private int? NameRunsOnToItsNumber(string n, string f, int comma)
    {
        var cursor = new WordCursor(n, comma + 1);
        int? last = null;
        var overAnd = false;
        for (var words = 0; words < 10 && cursor.Next(out var s, out var e); words++)
        {
            // Over a "và" only to a law's own number ("… và thông tư số 32/2020/TT-BGDĐT" is the next document, the review's).
            if (IsNumberLabel(f, s, e)) return !overAnd || IsLawNumberAt(f, e + 1) ? last : null;
            var core = n[e - 1] == ',' ? e - 1 : e;
            foreach (var c in n.AsSpan(s, core - s)) if (!char.IsLower(c)) return null;
            // A stop ("được") or another law ("luật Đầu tư") ends the name before any number; "và" joins its subjects.
            if (_lawStops.Contains(n[s..core]) && !(last is not null && f.AsSpan(s, core - s).SequenceEqual("va")) || f.AsSpan(s, core - s).SequenceEqual("luat")) return null;
            overAnd |= f.AsSpan(s, core - s).SequenceEqual("va");
            last = core;
        }
        return null;
    }

    // "Luật được Quốc hội … thông qua ngày …", "Luật đã quy định": a stop word in lower case right after the type word
    // is the sentence going on, the law the text speaks of; a name may open with "các" or "những" ("Luật các tổ chức tín
    // dụng"), which are stops only inside it.
    // "Luật quy định toàn diện …" (kk-040) likewise: a verb of two words (a stop pair) in lower case.
    private bool OpensNoName(string n, int s, int end, string word) =>
        char.IsLower(n[s]) && word is not ("các" or "những") && (_lawStops.Contains(word) || StartsStopPair(n, word, end));

    // "Luật Đất đai quy định …": a stop of two words (lawNameStops), the verb after a name, compared with its marks.
    private bool StartsStopPair(string n, string word, int end)
    {
        foreach (var (first, second) in _lawStopPairs)
        {
            if (word != first || end + 1 + second.Length > n.Length || n[end] != ' ') continue;
            var next = end + 1 + second.Length;
            if ((next == n.Length || !char.IsLetter(n[next])) && InvariantCasing.ToLower(n.Substring(end + 1, second.Length)) == second) return true;
        }
        return false;
    }

    // A law's number: its codes name the National Assembly or its Standing Committee ("55/2024/QH15", "12/2022/UBTVQH15").
    private static bool IsLawNumberAt(string f, int at)
    {
        var end = f.IndexOf(' ', at);
        var symbol = f.AsSpan(at, (end < 0 ? f.Length : end) - at);
        return symbol.Contains("/qh", StringComparison.Ordinal) || symbol.Contains("qh1", StringComparison.Ordinal) || symbol.Contains("-qh", StringComparison.Ordinal);
    }

    // A year alone as a word: "2015", not "2015/QH13" nor the first of "2015 - 2020".
    private static bool IsYearWord(string f, int start, int end) =>
        end - start == 4 && f.AsSpan(start, 2) is "19" or "20" && char.IsAsciiDigit(f[start + 2]) && char.IsAsciiDigit(f[start + 3])
        && (end == f.Length || f[end] is ' ' or ',' or ';' or '.' or ')' or ':') && !f.AsSpan(end).TrimStart(' ').StartsWith("-");

    // "số" (folded "so", whatever marks a scan left on it) with a number right after it: the law's own number follows.
    private static bool IsNumberLabel(string f, int start, int end) =>
        f.AsSpan(start, end - start).SequenceEqual("so") && end + 1 < f.Length && char.IsAsciiDigit(f[end + 1]);

    private static bool IsPartWord(ReadOnlySpan<char> folded) =>
        folded.SequenceEqual("dieu") || folded.SequenceEqual("khoan") || folded.SequenceEqual("chuong");
}
