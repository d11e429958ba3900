using System.Text.RegularExpressions;
using Ingest.Indexer.Model;
using Ingest.Indexer.Parsing.Tables;
using Ingest.Indexer.Text;

namespace Ingest.Indexer.Parsing.Dates;

/// <summary>
/// Finds deadlines: a trigger ("trước ngày", "chậm nhất", "hạn chót", from phrases.json) followed by a date,
/// with what is due read from the clause before it ("Hồ sơ đề nghị xét sáng kiến gửi về trước ngày
/// 01/11/2021"). A date without a year takes the plan's year (the next one when the day has passed by the plan's
/// date) and says so in a diagnostic. A date before the plan's own is no deadline: what a document sets is due
/// after it is issued, and "trước ngày 01/7/2014" in a law or a decree says which cases a rule covers; unless it
/// is last year's by a slip of the year (<see cref="LastYearBySlip"/>). Pure.
/// </summary>
public sealed partial class DeadlineParser
{
    private const int MaxDeadlines = 5000;
    private readonly DeadlineTriggers _triggers;
    private readonly string[] _duties;
    private readonly string[] _sending;
    private readonly string[] _events;

    public DeadlineParser(DomainTables tables)
    {
        _triggers = new DeadlineTriggers(tables.Phrases.DeadlineTriggers.Select(TextFolding.FoldLoose));
        _duties = (tables.Phrases.DutyWords ?? []).Select(w => " " + TextFolding.FoldLoose(w) + " ").ToArray();
        _sending = (tables.Phrases.SendingVerbs ?? []).Select(w => " " + TextFolding.FoldLoose(w) + " ").ToArray();
        _events = (tables.Phrases.EventVerbsBeforeDate ?? []).Select(w => " " + TextFolding.FoldLoose(w)).ToArray();
    }

    /// <summary>
    /// Every deadline, in order. <paramref name="planYear"/> fills a missing year; <paramref name="issued"/>, the
    /// plan's date when known, is the earliest a deadline can be; without it, <paramref name="ownYear"/> (the year the
    /// plan's number or title gives, not a fallback) makes the first of that year the earliest. Without a readable
    /// date, <paramref name="latestCited"/> (the latest date of a document the plan cites, which it cannot precede)
    /// also bounds a deadline written with its year; it does not move a year-less day, since the plan's own date may
    /// lie well after it.
    /// </summary>
    public IReadOnlyList<Deadline> Parse(TextView view, int? planYear, List<Diagnostic> diagnostics, DateValue? issued = null, int? ownYear = null, string? latestCited = null)
    {
        var found = new List<Deadline>();
        var previousEnd = 0;
        // "Nghị quyết số 254/2025/QH15" with no readable date: "trước ngày 01 tháng 7 năm 2014" is still years before it.
        var earliest = issued?.Iso ?? (ownYear is { } y ? $"{y:D4}-01-01" : null);
        // A consolidated text whose date was left blank (kx-bo-quoc-phong-vbhn-2026-tang-le-ocr), citing a circular of
        // 2026: its "Cán bộ hoạt động cách mạng trước ngày 01 tháng 01 năm 1945" says who is covered, no limit.
        var floor = issued is null && latestCited is not null && (earliest is null || string.CompareOrdinal(latestCited, earliest) > 0) ? latestCited : earliest;
        Collect(view, planYear, earliest, floor, diagnostics, found, ref previousEnd);
        CollectScheduleLimits(view, planYear, earliest, floor, diagnostics, found);
        CollectTableCells(view, floor, found);
        return found;
    }

    // "… | Trước ngày | …" with its date on the row's next line (TableCellLimits); kept in the text's order.
    private static void CollectTableCells(TextView view, string? floor, List<Deadline> found)
    {
        var added = false;
        foreach (var (row, trigger, date, end) in TableCellLimits.Find(view))
        {
            if (found.Count >= MaxDeadlines) break;
            if (date.Iso is not { } iso || (floor is not null && string.CompareOrdinal(iso, floor) < 0)) continue;
            var (s, e) = view.ToOriginalSpan(row, end);
            found.Add(new Deadline(iso, view.Normalized[row..trigger].Trim(' ', '|'), view.Original[s..e], s, e));
            added = true;
        }
        if (added) found.Sort((a, b) => a.Start.CompareTo(b.Start));
    }

    // "25/11: Hạn đăng ký nhóm" in a schedule whose heading gives the year (kd-thpt-phuoc-buu-kh-2025-230-pdf): the day
    // comes before its limit word, so no trigger finds it. Kept in the text's order among the others.
    private static void CollectScheduleLimits(TextView view, int? planYear, string? earliest, string? floor, List<Diagnostic> diagnostics, List<Deadline> found)
    {
        var added = false;
        foreach (var (start, date, limit, end) in ScheduleLimitLines.Find(view))
        {
            if (found.Count >= MaxDeadlines) break;
            var value = date;
            if (value.Year is null)
            {
                if (planYear is null) continue;
                value = value with { Year = planYear };
                if (earliest is not null && string.CompareOrdinal(value.Iso, earliest) < 0) value = value with { Year = planYear + 1 };
                diagnostics.Add(new("deadline-year-assumed", "info", "a deadline without a year takes the plan's year (the next one when the day has passed)", view.ToOriginal(start)));
            }
            if (value.Iso is not { } iso || (floor is not null && string.CompareOrdinal(iso, floor) < 0)) continue;
            var (s, e) = view.ToOriginalSpan(start, end);
            found.Add(new Deadline(iso, view.Normalized[limit..end].TrimEnd(), view.Original[s..e], s, e));
            added = true;
        }
        if (added) found.Sort((a, b) => a.Start.CompareTo(b.Start));
    }

    private void Collect(TextView view, int? planYear, string? earliest, string? floor, List<Diagnostic> diagnostics, List<Deadline> found, ref int previousEnd)
    {
        var consumed = 0;
        foreach (var (start, space) in _triggers.Find(view.Folded))
        {
            if (found.Count >= MaxDeadlines) break;
            // "trước ngày 15/5": "trước" before "ngày 15/5" was read; "trước ngày" before "15/5" is the same phrase again.
            if (start < consumed) continue;
            var at = consumed = space + 1;
            // Before the date is read: most "là ngày" are no limit's, and reading their dates costs a match each.
            if (IsCopula(view.Folded, start) && !NamesLimit(view.Folded, ClauseStart(view.Normalized, start))) continue;
            if (IsPeriodEnd(view.Folded, start) && !OpensWithLimit(view.Folded, view.Normalized, ClauseStart(view.Normalized, start))
                && !SentBy(view.Folded, ClauseStart(view.Normalized, start), start)) continue;
            if (view.Folded.AsSpan(at).StartsWith("den ngay ")) at += 4; // "chậm nhất đến ngày 01 tháng 7 năm 2026"
            else at = AfterTimeOfDay(view.Folded, at);
            if (DateParser.ParseAt(view.Folded, at, allowMissingYear: true) is not { } date) continue;
            var value = date.Value;
            if (value.Year is null)
            {
                if (planYear is null || IsRecurring(view.Folded, ClauseStart(view.Normalized, start, newSubject: false), date.End)) continue;
                value = value with { Year = planYear };
                // "trước ngày 15/01" in a plan of 20/12: the coming January.
                if (earliest is not null && string.CompareOrdinal(value.Iso, earliest) < 0) value = value with { Year = planYear + 1 };
                diagnostics.Add(new("deadline-year-assumed", "info", "a deadline without a year takes the plan's year (the next one when the day has passed)", view.ToOriginal(start)));
            }
            if (value.Iso is not { } iso) continue;
            if (floor is not null && string.CompareOrdinal(iso, floor) < 0 && !LastYearBySlip(value, floor)) continue;
            var clause = Math.Max(ClauseStart(view.Normalized, start), previousEnd);
            if (IsCondition(view, clause, start) || InCitedNote(view.Folded, start)) continue;
            var what = view.Normalized[clause..start].Trim(' ', ',', '(');
            var (s, e) = view.ToOriginalSpan(clause, date.End);
            found.Add(new Deadline(iso, what, view.Original[s..e], s, e));
            previousEnd = Skip(view.Normalized, date.End);
            if (view.Folded.AsSpan(previousEnd).StartsWith("va ")) previousEnd += 3; // "... trước ngày X và hồ sơ ..."
            else continue;
            // "Thực hiện báo cáo kết quả thực hiện định kỳ trước ngày 20/5/2021 và 20/11/2021" (ld-syt-tp-hcm-kh-2021-ra-soat-
            // vbqppl-ocr): one trigger for two whole dates, two deadlines for the same duty.
            if (DateParser.ParseAt(view.Folded, previousEnd) is not { Value: { Year: not null, Iso: { } second } } other
                || (floor is not null && string.CompareOrdinal(second, floor) < 0)) continue;
            var (s2, e2) = view.ToOriginalSpan(clause, other.End);
            found.Add(new Deadline(second, what, view.Original[s2..e2], s2, e2));
            previousEnd = Skip(view.Normalized, other.End);
        }
    }

    // "gửi Văn phòng Chính phủ trước 14 giờ ngày 08 tháng 10 năm 2025", "trước 14 giờ, ngày 08 …" (iu-vpcp-cd-2003-2025-pdf),
    // "trước 17h00 ngày 20/11/2021": the hour the day's deadline closes stands between the trigger and the date; the
    // day is the deadline. Only an hour followed by "ngày" and a digit, so "trước 14 giờ" alone dates nothing.
    // "chậm nhất đến 16 giờ 00 ngày 18/7/2025" (mr-dh-tay-do-tb-2025-731-ocr): the hour may be led in by "đến".
    private static int AfterTimeOfDay(string folded, int at)
    {
        if (at >= folded.Length || !(char.IsAsciiDigit(folded[at]) || folded[at] == 'd')) return at;
        var m = TimeOfDay().Match(folded, at);
        return m.Success ? at + m.Length : at;
    }

    [GeneratedRegex(@"\G(?:den\x20)?\d{1,2}\x20?(?:gio|h)(?:\x20?\d{2}(?:\x20?phut|')?)?\x20?,?\x20?(?=ngay\x20?\d)", RegexOptions.CultureInvariant)]
    private static partial Regex TimeOfDay();

    // Words that make a day without a year recur: "hàng năm" and "hằng năm" fold alike; "mỗi quý", "định kỳ".
    private static readonly string[] RecurringAfter = ["hang nam", "hang quy", "hang thang", "moi nam", "moi quy", "cua nam sau"];
    private static readonly string[] RecurringBefore = [" hang nam", " hang quy", " hang thang", " moi nam", " moi quy", " dinh ky"];

    // A day without a year that comes back each period is no dated deadline (tests/corpus/README.md, deadlines: the
    // `nw-`, `ih-` and `ip-` rules): the period after the day ("báo cáo … trước ngày 31 tháng 8 hàng năm") or in the
    // clause before it ("Định kỳ hằng năm (trước ngày 05 tháng 12), doanh nghiệp phải báo cáo …"). A day with its year
    // is a deadline even in a recurring clause: the text has named the one time it means.
    private static bool IsRecurring(string folded, int clause, int dateEnd)
    {
        var after = folded.AsSpan(dateEnd).TrimStart(" ,(");
        foreach (var word in RecurringAfter)
            if (after.StartsWith(word, StringComparison.Ordinal) && (after.Length == word.Length || !char.IsAsciiLetterOrDigit(after[word.Length]))) return true;
        var before = " " + folded[clause..dateEnd] + " ";
        foreach (var word in RecurringBefore)
        {
            var at = before.IndexOf(word, StringComparison.Ordinal);
            if (at >= 0 && !char.IsAsciiLetterOrDigit(before[at + word.Length])) return true;
        }
        return false;
    }

    // A date after "trước ngày" that says which cases a rule covers, not what must be done by then (tests/corpus/README.md,
    // deadlines): what happened before it, the end of a period of cases ("từ ngày 01/7/2014 đến trước ngày 01/8/2024"), or a completed action
    // ("Dự án đã lựa chọn được nhà đầu tư … trước ngày 01/01/2025", "đã nộp hồ sơ hợp lệ … trước ngày"), with no duty
    // after its verb ("Các xã đã đăng ký gửi báo cáo trước ngày 15/5" is a duty). A PDF font that drops "ã" leaves "đ".
    private bool IsCondition(TextView view, int clause, int trigger)
    {
        var (n, f) = (view.Normalized, view.Folded);
        var k = trigger;
        while (k > clause && f[k - 1] == ' ') k--;
        if (k - 4 >= clause && f.AsSpan(k - 4, 4).SequenceEqual(" den")) return true;
        // "… dịch vụ vũ trường phát sinh trước ngày 01/01/2026 thì …" (mu-bo-tai-chinh-tt-2025-110): cases that happened
        // before the date (phrases.json eventVerbsBeforeDate).
        foreach (var happened in _events)
            if (f.AsSpan(clause, k - clause).EndsWith(happened, StringComparison.Ordinal)) return true;
        var done = LastCompleted(n, f, clause, k);
        if (done < 0) return false;
        var rest = f.AsSpan(done, k - done);
        if (rest.StartsWith("duoc ")) rest = rest[5..];
        var verb = rest.IndexOf(' ');
        if (verb < 0) return true;
        return !FoldedWords.HoldsAny(rest[verb..], _duties);
    }

    // "là ngày" sets a deadline only when its subject is a limit: "Thời hạn cuối cùng Ban tổ chức có trách nhiệm trao
    // thưởng cho người thắng giải là ngày 15/12/2025" (kd-sgddt-tp-hcm-kh-2025-4644-pdf); "Ngày khai mạc là ngày 5/6" is
    // the day of an event.
    private static bool IsCopula(string folded, int trigger) => folded.AsSpan(trigger).StartsWith("la ngay ");

    // "từ ngày … đến hết ngày 11/7/2021" ends a period, which is a deadline only when the clause opens with the word for a
    // limit: "Hạn nộp đơn từ ngày 30/6/2021 đến hết ngày 11/7/2021" (jw-dh-dien-luc-tb-2021-dkmh-ocr, the last day to hand
    // in); "treo cờ … từ ngày … đến hết ngày …" is the days of an event, and "thời hạn áp dụng của Nghị định … đến hết ngày
    // 30 tháng 6 năm 2026" the end of a rule's time (corpus README, deadlines), so "thời hạn" alone does not open one.
    private static bool IsPeriodEnd(string folded, int trigger) => folded.AsSpan(trigger).StartsWith("den het ngay ");

    // "… gửi bằng văn bản … về Phòng Quản lý Khoa học & Hợp tác quốc tế … đến hết ngày 07/11/2025" (mq-dh-tay-do-tb-2025-1145-ocr):
    // with no "từ ngày" opening a period before it, "đến hết ngày" after a verb of sending or finishing work (phrases.json
    // sendingVerbs: "gửi", "nộp", "báo cáo") is the last day to do it; "thời hạn áp dụng … đến hết ngày" names none,
    // "từ ngày … đến hết ngày" is a period's span. Not the wider duty words: "cần" is also "Cần Thơ" folded.
    private bool SentBy(string folded, int clause, int trigger)
    {
        var before = folded.AsSpan(clause, trigger - clause);
        if (before.Contains(" tu ngay ", StringComparison.Ordinal) || before.StartsWith("tu ngay ")) return false;
        return FoldedWords.HoldsAny(before, _sending);
    }

    // "4. Thời gian hoàn thành: đến hết ngày 09/6/2025." (mj-dh-tay-do-tb-2025-561-ocr): a label before the colon that names
    // the time to finish opens the limit as "Hạn" does; "Thời gian: Từ ngày … đến hết ngày …" is the days of an event.
    private static bool OpensWithLimit(string folded, string normalized, int clause)
    {
        if (folded.AsSpan(clause).StartsWith("han ")) return true;
        var colon = clause - 1;
        while (colon >= 0 && folded[colon] == ' ') colon--;
        if (colon < 1 || folded[colon] != ':') return false;
        var label = ClauseStart(normalized, colon);
        return folded.AsSpan(label, colon - label).TrimEnd().EndsWith("hoan thanh");
    }

    private static bool NamesLimit(string folded, int clause)
    {
        var subject = folded.AsSpan(clause);
        return subject.StartsWith("thoi han ") || subject.StartsWith("han ");
    }

    // How far back from the trigger a bracket that opened a cited document's note is looked for.
    private const int NoteReach = 240;

    // "… tại Báo cáo số 1776/BC-VPCP ngày 02/3/2026 (trình Thủ tướng Chính phủ giao dự toán … trước ngày 05/3/2026)"
    // (jb-cuc-csdt-ma-tuy-bca-cv-2026-c04-p6-ocr, a footnote): a bracket opened right after a cited document's number
    // and date reports what that document asks; its deadline is not one this text sets (corpus README, the `jb-` rules).
    private static bool InCitedNote(string folded, int trigger)
    {
        var open = -1;
        for (var i = trigger - 1; i >= Math.Max(0, trigger - NoteReach); i--)
        {
            if (folded[i] == ')') return false;
            if (folded[i] == '(') { open = i; break; }
        }
        if (open < 0) return false;
        var from = Math.Max(0, open - 90);
        return CitedBeforeNote().IsMatch(folded.AsSpan(from, open - from));
    }

    // "số 1776/BC-VPCP ngày 02/3/2026 ", "số 23/NQ-CP ngày 07 tháng 02 năm 2026": a number with its codes, then its date,
    // closing the words before the bracket.
    [GeneratedRegex(@"\bso\x20?\d{1,6}/[\w/.-]*\x20ngay\x20?\d{1,2}(?:/\d{1,2}/|\x20thang\x20\d{1,2}\x20nam\x20)\d{4}\x20?$", RegexOptions.CultureInvariant)]
    private static partial Regex CitedBeforeNote();

    // Where the words after the last "đã" (or "đ" alone, its mark lost) of the clause start, or -1. "đã quy định tại"
    // says where a rule is written, not what was done: "khẩn trương thực hiện theo đúng thẩm quyền đã quy định tại Nghị
    // định số 75/2023/NĐ-CP của Chính phủ xong trước ngày 01 tháng 5 năm 2026" (kx-chinh-phu-nq-2026-113-pdf) is a duty.
    private static int LastCompleted(string n, string f, int clause, int end)
    {
        for (var i = end - 2; i > clause; i--)
        {
            if (n[i] is not ('đ' or 'Đ') || n[i - 1] != ' ') continue;
            var j = i + 1;
            if (j < end && n[j] is 'ã' or 'Ã') j++;
            if (j >= end || n[j] != ' ') continue;
            var words = f.AsSpan(j + 1, end - j - 1);
            if (words.StartsWith("duoc ")) words = words[5..];
            if (words.StartsWith("quy dinh tai ")) continue;
            return j + 1;
        }
        return -1;
    }

    // "trước ngày 15/02/2020" in a plan of 18/01/2021: the year the writer carried over from the year before, kept
    // as written (the samples' and the corpus's rule); the same day in the plan's year would still be ahead.
    private static bool LastYearBySlip(DateValue value, string issued) =>
        value.Year == int.Parse(issued[..4]) - 1 && string.CompareOrdinal((value with { Year = value.Year + 1 }).Iso, issued) >= 0;

    // The clause that says what is due starts after a sentence end, a semicolon or colon, a list item, or a
    // comma followed by a capital (a new subject: "..., Hồ sơ đề nghị ... gửi về trước ngày ..."). Without
    // <paramref name="newSubject"/> a comma never ends it: a recurring clause's words stand before a list of bodies with
    // capitals ("… định kỳ hàng năm báo cáo …, gửi về cơ quan chuyên môn của bộ ngành, Ủy ban nhân dân tỉnh, thành phố
    // trực thuộc Trung ương trước ngày 31 tháng 12", lp-thu-tuong-qd-2023-09-pdf, Quyết định 09/2023/QĐ-TTg).
    private static int ClauseStart(string n, int trigger, bool newSubject = true)
    {
        var floor = Math.Max(0, trigger - 400);
        var closed = 0;
        for (var k = trigger - 1; k > floor; k--)
        {
            var c = n[k];
            // "… về Phòng Quản lý Khoa học (Cô Nguyễn Ngọc Quỳnh Anh, email: nnganh@tdu.edu.vn) đến hết ngày 07/11/2025"
            // (mq-dh-tay-do-tb-2025-1145-ocr): a bracket closed before the trigger is an aside; its colon and commas
            // end no clause of the sentence it stands in.
            if (c == ')') closed++;
            else if (c == '(' && closed > 0) closed--;
            if (closed > 0 || c == ')') continue;
            if (c is ';' or ':' or '!' or '?') return Skip(n, k + 1);
            if (c == '.' && k + 1 < n.Length && n[k + 1] == ' ') return Skip(n, k + 1);
            if (newSubject && c == ',' && k + 2 < n.Length && n[k + 1] == ' ' && char.IsUpper(n[k + 2])) return Skip(n, k + 1);
            if (c == ' ' && k + 2 < n.Length && n[k + 1] == '-' && n[k + 2] == ' ') return Skip(n, k + 2);
            if (c == ' ' && IsListNumber(n, k + 1)) return Skip(n, k + 1 + NumberLength(n, k + 1));
        }
        return Skip(n, floor);
    }

    private static int Skip(string n, int i)
    {
        while (i < n.Length && n[i] == ' ') i++;
        return i;
    }

    private static bool IsListNumber(string n, int i) => NumberLength(n, i) > 0;

    // "2. " at the start of a list item (digits, a dot, a space, then a capital).
    private static int NumberLength(string n, int i)
    {
        var j = i;
        while (j < n.Length && j - i < 3 && char.IsDigit(n[j])) j++;
        if (j == i || j + 2 >= n.Length || n[j] != '.' || n[j + 1] != ' ' || !char.IsUpper(n[j + 2])) return 0;
        return j + 1 - i;
    }
}
