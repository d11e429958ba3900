namespace Ingest.Indexer.Parsing.Citations;

/// <summary>
/// Whether a document named as an item of a list set apart by semicolons is one of the drafts the list's opening
/// discusses: "Ban Thường vụ T.Ư Đoàn tập trung cho ý kiến về Kế hoạch kỷ niệm …; Chương trình công tác Đoàn …; Quy chế
/// Thi đua – khen thưởng (sửa đổi, bổ sung); cùng Đề án phân bổ đại biểu …" (jq-074), "Hội nghị thông qua các dự thảo:
/// báo cáo tổng kết …; Nghị quyết về phương hướng …; Chương trình công tác Huyện ủy …" (jp-019). The drafting verb governs
/// every item, as it does a list joined by commas (rule 3 of the plans rule, tests/corpus/README.md). Pure and thread-safe.
/// </summary>
internal sealed class DraftedList
{
    // A sentence is rarely longer; a list past it is not the same clause.
    private const int MaxClauseChars = 600;
    private readonly string[] _drafting;
    private readonly string[] _typeWords;

    private readonly string[] _listLeads;

    /// <param name="drafting">Folded drafting verbs, each with its closing space.</param>
    /// <param name="typeWords">Folded type words.</param>
    /// <param name="listLeads">Folded words that close a clause before the colon of its list ("gồm").</param>
    public DraftedList(string[] drafting, string[] typeWords, string[] listLeads) => (_drafting, _typeWords, _listLeads) = (drafting, typeWords, listLeads);

    // "các đại biểu đã nghe và cho ý kiến vào nhiều nội dung quan trọng, gồm: Báo cáo …; Chương trình công tác quý I …"
    // (mg-020): the drafting verb's object, then a word that leads a list (listLeads in phrases.json), then the colon; no
    // document is named between the verb and the colon, so the list is what the verb discusses.
    private bool LedAfterDrafting(string f, int from, int colon)
    {
        var lead = f.AsSpan(from, colon - from).TrimEnd();
        var led = false;
        foreach (var l in _listLeads)
            led |= lead.EndsWith(l, StringComparison.Ordinal) && (lead.Length == l.Length || lead[^(l.Length + 1)] is ' ' or ',');
        if (!led) return false;
        foreach (var verb in _drafting)
        {
            var at = lead.LastIndexOf(verb, StringComparison.Ordinal);
            if (at < 0 || at > 0 && char.IsAsciiLetter(lead[at - 1])) continue;
            var after = from + at + verb.Length - 1;
            if (FirstTypeWord(f, after, colon) < 0) return true;
        }
        return false;
    }

    /// <summary>True when the type word at <paramref name="start"/> of the folded text opens a later item of a drafted list.</summary>
    public bool Governs(string n, string f, int start)
    {
        var k = start;
        if (k >= 7 && f.AsSpan(k - 7, 7).SequenceEqual(", cung ")) return GovernsJoined(f, k - 7);
        // "các đại biểu đã thảo luận, góp ý vào dự thảo Báo cáo kết quả công tác Mặt trận năm 2025, Chương trình phối hợp
        // và thống nhất hành động năm 2026 của Ủy ban Trung ương MTTQ Việt Nam." (iw-033): a list joined by commas whose
        // first item the drafting verb governs; the later items are drafts too.
        if (k >= 2 && f[k - 2] == ',' && f[k - 1] == ' ') return GovernsCommaItem(n, f, k - 2);
        if (k >= 5 && f.AsSpan(k - 5, 5).SequenceEqual("cung ")) k -= 5; // "; cùng Đề án …": the last item
        else if (k >= 3 && f.AsSpan(k - 3, 3).SequenceEqual("va ")) k -= 3;
        if (k < 2 || f[k - 2] != ';' || f[k - 1] != ' ') return false;
        var from = Math.Max(Math.Max(f.LastIndexOf(". ", k - 2, Math.Min(k - 1, MaxClauseChars), StringComparison.Ordinal),
            f.LastIndexOf('\n', k - 2, Math.Min(k - 1, MaxClauseChars))) + 1, Math.Max(0, k - MaxClauseChars));
        var first = f.IndexOf("; ", from, k - from, StringComparison.Ordinal);
        var colon = f.LastIndexOf(": ", first, first - from, StringComparison.Ordinal);
        // "các dự thảo: …": the list opens after the colon, its verb before it.
        if (colon >= from) return DraftingVerbs.EndBefore((f[from..colon] + " ").AsSpan(), _drafting) || LedAfterDrafting(f, from, colon);
        var item = FirstTypeWord(f, from, first);
        return item > from && DraftingVerbs.EndBefore(f.AsSpan(from, item - from), _drafting);
    }

    // "… trình bày Quy chế hoạt động của Ủy ban và Ban Thường trực MTTQ Việt Nam phường Long Xuyên khóa I, nhiệm kỳ 2025–2030,
    // cùng Quy chế làm việc của Ủy ban MTTQ Việt Nam phường." (ih-057): ", cùng" (together with) adds the last item to the
    // list its clause's first document opens; a drafting verb before that first one governs it too. The list's end is at
    // <paramref name="end"/>.
    private bool GovernsJoined(string f, int end)
    {
        var from = Math.Max(Math.Max(f.LastIndexOf(". ", end, Math.Min(end + 1, MaxClauseChars), StringComparison.Ordinal),
            f.LastIndexOf(';', end, Math.Min(end + 1, MaxClauseChars))) + 1, Math.Max(0, end - MaxClauseChars));
        var item = FirstTypeWord(f, from, end);
        return item > from && DraftingVerbs.EndBefore(f.AsSpan(from, item - from), _drafting);
    }

    // The item before the comma at <paramref name="comma"/> is one document named in title case, opened by its type word
    // right after the drafting verb, with no comma of its own: "dự thảo Báo cáo kết quả công tác Mặt trận năm 2025, ".
    // "… thực hiện kế hoạch 5 năm (2011-2015), Nghị quyết Đại hội …" (nw-053) lists no draft: its item is no document
    // named, whatever verb opened the sentence.
    private bool GovernsCommaItem(string n, string f, int comma)
    {
        var lo = Math.Max(0, comma - MaxClauseChars);
        var from = lo;
        for (var k = comma - 1; k >= lo; k--)
            if (f[k] is '.' or ';' or ':' or ',' or '\n') { from = k + 1; break; }
        var item = FirstTypeWord(f, from, comma);
        return item > from && char.IsUpper(n[item]) && DraftingVerbs.EndBefore(f.AsSpan(from, item - from), _drafting);
    }

    // Where the first item's type word stands, a whole word after a space, or -1.
    private int FirstTypeWord(string f, int from, int to)
    {
        var best = -1;
        foreach (var w in _typeWords)
        {
            for (var at = f.IndexOf(w, from, to - from, StringComparison.Ordinal); at > from && (best < 0 || at < best);
                 at = at + 1 < to ? f.IndexOf(w, at + 1, to - at - 1, StringComparison.Ordinal) : -1)
            {
                if (f[at - 1] != ' ' || at + w.Length >= to || f[at + w.Length] != ' ') continue;
                best = at;
                break;
            }
        }
        return best;
    }
}
