using System.Text.RegularExpressions;
using Ingest.Indexer.Model;
using Ingest.Indexer.Parsing.Tables;
using Ingest.Indexer.Text;

namespace Ingest.Indexer.Parsing.Header;

/// <summary>
/// Reads the type and title of a document printed without its header from the sentence in which its body makes it
/// ("UBND xã Giao Thiện xây dựng Kế hoạch tổ chức ngày hội văn hóa … với những nội dung cụ thể sau:", "Trường mầm
/// non Vân Từ xây dựng “Kế hoạch phát triển giáo dục … giai đoạn 2021-2025” như sau:"), as the corpus rules on
/// headerless documents read them. A numbered document in that sentence ("ban hành Kế hoạch số 24/KH-UBND") is
/// another document, or the own one <see cref="SelfNamedHeader"/> reads. Pure and thread-safe; reads the one
/// sentence only.
/// </summary>
public sealed partial class SelfStatedDocumentReader
{
    // Verbs by which a body makes the document it speaks in; "triển khai", "thực hiện" carry out another's.
    private static readonly string[] MakingVerbs = [" xay dung ", " ban hanh "];
    // What closes the title inside the sentence: the announcement of the content ("… năm 2024 với những nội dung cụ
    // thể sau:", "… do dịch bệnh Covid-19 một số nội dung như sau:"), or a colon. "…, cụ thể như sau:", "… cụ thể sau:": the announcement's "cụ thể" is no part of the title.
    private static readonly string[] TitleEnds = [" voi nhung noi dung", " voi cac noi dung", " voi noi dung", " mot so noi dung", ", cu the ", " cu the nhu sau", " cu the sau", " nhu sau", ":"];
    private const int MinTitleWords = 2;
    private const int MaxTitleChars = 400;
    private readonly DomainTables _tables;
    private readonly string[] _typeWords;

    /// <summary>A reader naming types with the tables' type words.</summary>
    public SelfStatedDocumentReader(DomainTables tables)
    {
        _tables = tables;
        _typeWords = tables.FoldedTypeWords().ToArray();
    }

    /// <summary>
    /// The type and title the sentence <paramref name="statement"/> (a self-statement's evidence) makes, or null. The
    /// title is null where only the type is said ("Vậy, UBND huyện thông báo để … được biết./.").
    /// </summary>
    public (DocumentTypeRow Type, string? Title)? Read(TextView view, Evidence statement)
    {
        var (s, e) = view.ToNormalizedSpan(statement.Start, statement.End);
        var (n, f) = (view.Normalized, view.Folded);
        e = Math.Min(e, f.Length);
        var at = -1;
        foreach (var verb in MakingVerbs)
        {
            var v = f.IndexOf(verb, s, e - s, StringComparison.Ordinal);
            if (v >= 0 && (at < 0 || v < at)) at = v + verb.Length;
        }
        // The verb is the speaker's own, not one of a clause after it ("…, các trường xây dựng …").
        if (at < 0 || f.AsSpan(s, at - s).Contains(',')) return HeadlineNotice(view, s) ?? SpokenType(n, f, s, e);
        var quoted = at < e && f[at] == '"';
        if (quoted) at++;
        if (TypeAt(f, at, e) is not { } word) return null;
        var start = at + word.Length + 1;
        if (start >= e || char.IsDigit(f[start]) || f.AsSpan(start).StartsWith("so ", StringComparison.Ordinal) || f.AsSpan(start).StartsWith("so:", StringComparison.Ordinal)) return null;
        // "… ban hành Kế hoạch như sau:": the type alone, no subject to be the title.
        if (!quoted && TitleEnds.Any(cue => f.AsSpan(start).StartsWith(cue.AsSpan().TrimStart(' '), StringComparison.Ordinal)))
            return _tables.TypeByWord(word) is { } untitled ? (untitled, null) : null;
        var end = TitleEnd(f, start, e, quoted);
        var title = n[start..end].Trim().TrimEnd('.', ',', ';', ' ');
        if (title.Length == 0 || title.Length > MaxTitleChars || title.Split(' ').Length < MinTitleWords) return null;
        return _tables.TypeByWord(word) is { } type ? (type, title) : null;
    }

    // Type words that are also the verb by which a body speaks its document: "UBND xã Tây Sơn thông báo lịch tiếp công
    // dân … như sau:", "Vậy, UBND huyện thông báo để … được biết./." (a Thông báo's closing formula).
    private static readonly string[] SpeakingTypes = ["thong bao"];
    private const int MaxSpeakerChars = 120;

    // The type a body's own verb names, where the sentence introduces the content (":"), closes the text, or addresses
    // its audience ("Trường Mầm Non Sơn Ca thông báo cho phụ huynh …", li-mn-son-ca-tb-2020-nghi-hoc-headerless); null else.
    private DocumentTypeRow? SpokenTypeRow(string f, int s, int e)
    {
        var introduces = e < f.Length && f[e] == ':';
        var closes = f.AsSpan(e).Trim(" ./\n|*").Length == 0;
        foreach (var word in SpeakingTypes)
        {
            var v = f.IndexOf(" " + word + " ", s, Math.Min(e - s, MaxSpeakerChars), StringComparison.Ordinal);
            if (v < 0 || f.AsSpan(s, v - s).Contains(',')) continue;
            if (introduces || closes || NoticeAudience.OpensAt(f, v + word.Length + 2)) return _tables.TypeByWord(word);
        }
        return null;
    }

    private const string NoticeOfMatter = " thong bao ve viec ";

    // "UBND xã Vĩnh Hưng thông báo về việc niêm yết danh sách cử tri … theo quy định của pháp luật 03/02/2026 11:08"
    // (je-ubnd-xa-vinh-hung-tb-2026-niem-yet-cu-tri-headerless): a portal's post whose first line is the body's notice
    // "về việc …" is a Thông báo, that subject its title up to the line's end, without the post's date and time (corpus
    // README, `je-` batch).
    private (DocumentTypeRow Type, string? Title)? HeadlineNotice(TextView view, int s)
    {
        var (n, f) = (view.Normalized, view.Folded);
        if (f.AsSpan(0, s).ContainsAnyInRange('a', 'z')) return null;
        var lineEnd = f.Length;
        foreach (var start in view.LineStarts)
            if (start > s) { lineEnd = start; break; }
        var v = f.IndexOf(NoticeOfMatter, s, Math.Min(lineEnd - s, MaxSpeakerChars), StringComparison.Ordinal);
        if (v < 0 || f.AsSpan(s, v - s).Contains(',') || _tables.TypeByWord("thong bao") is not { } type) return null;
        var title = PostStamp().Replace(n[(v + " thong bao ".Length)..lineEnd], "").Trim().TrimEnd('.', ',', ';', ' ');
        return title.Length <= MaxTitleChars ? (type, title) : null;
    }

    // The post's date and time a portal prints after its headline ("03/02/2026 11:08").
    [GeneratedRegex(@"\s+\d{1,2}/\d{1,2}/\d{4}(?:\s+\d{1,2}:\d{2})?\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex PostStamp();

    private (DocumentTypeRow Type, string? Title)? SpokenType(string n, string f, int s, int e) =>
        SpokenTypeRow(f, s, e) is { } type ? (type, SpokenTitle(n, f, s, e)) : null;

    // "Ban Thường vụ Huyện uỷ thông báo lịch tiếp công dân của đồng chí Bí thư Huyện uỷ năm 2019, như sau:", "Nay UBND
    // phường Hương Xuân thông báo thời gian và địa điểm ngừng cấp điện trên địa bàn phường như sau:" (jc- batch): the words
    // the verb announces, up to the announcement of the content, are the notice's subject. Only where the sentence
    // introduces the content; "thông báo tới Nhân dân …", "thông báo để …" name an audience or a purpose, not a subject.
    private static readonly string[] NoSubjectAfter = ["toi ", "den ", "cho ", "de ", "ve ", "nhu sau", "cu the"];
    private const int MinSpokenTitleWords = 3;

    // "UBND phường trân trọng thông báo tới Nhân dân các dân tộc trên địa bàn phường Quyết Tiến về thời gian, địa điểm tổ
    // chức Hội thi … năm 2022 như sau:" (iz-ubnd-phuong-quyet-tien-tb-2022-hoi-thi-headerless), "… thông báo đến học sinh,
    // Cán bộ, Giáo viên, nhân viên Về Việc cho học sinh tiếp tục nghỉ học do dịch bệnh Covid-19 một số nội dung như sau:"
    // (li-mg-tan-hoa-tb-2020-nghi-hoc-headerless): after the audience, "về việc" or "về" opens the notice's subject, which
    // the title is without them (corpus README, "Settled in the twenty-seventh session").
    private static readonly string[] SubjectOpeners = [" ve viec ", " ve "];

    private static int? SubjectAfterAudience(string f, int start, int end)
    {
        foreach (var opener in SubjectOpeners)
        {
            var k = f.IndexOf(opener, start, end - start, StringComparison.Ordinal);
            if (k > start) return k + opener.Length;
        }
        return null;
    }

    private static int? SubjectRightAfterVerb(string f, int start, int end)
    {
        foreach (var opener in SubjectOpeners)
            if (start + opener.Length - 1 < end && string.CompareOrdinal(f, start - 1, opener, 0, opener.Length) == 0) return start + opener.Length - 1;
        return null;
    }

    private static string? SpokenTitle(string n, string f, int s, int e)
    {
        var v = f.IndexOf(" thong bao ", s, Math.Min(e - s, MaxSpeakerChars), StringComparison.Ordinal);
        if (v < 0) return null;
        var start = v + " thong bao ".Length;
        // No announcement of the content: the one sentence says the notice's matter itself (NoticeMatter).
        if (e >= f.Length || f[e] != ':') return NoticeMatter.Read(n, f, start, e);
        if (start < e && NoticeAudience.OpensAt(f, start) && SubjectAfterAudience(f, start, e) is { } subject)
            start = subject;
        // "Ủy ban nhân dân huyện Phù Cừ thông báo về treo cờ Tổ quốc nhân dịp Lễ Giỗ Tổ Hùng Vương … như sau:"
        // (ks-ubnd-huyen-phu-cu-tb-2021-treo-co-headerless): "về" right after the verb opens the subject, which the title
        // is without (corpus README, "Settled in the twenty-seventh session").
        else if (SubjectRightAfterVerb(f, start, e) is { } matter) start = matter;
        else if (start >= e || NoSubjectAfter.Any(w => f.AsSpan(start).StartsWith(w, StringComparison.Ordinal))) return null;
        var title = n[start..TitleEnd(f, start, e, quoted: false)].Trim().TrimEnd('.', ',', ';', ' ');
        return title.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= MinSpokenTitleWords && title.Length <= MaxTitleChars ? title : null;
    }

    // Where a closing remark restates the document ("Trên đây là thông báo về việc tháo băng zôn … trên địa bàn phường
    // Phúc La, đề nghị các ban ngành …"): the first words of the request after it end the title.
    private static readonly string[] ClosingTitleEnds = [", de nghi ", ", yeu cau ", ", kinh de nghi ", ", kinh mong ", "./.", ". ", "\n"];
    private const int ClosingWindow = 3000;

    /// <summary>
    /// The type and title a headerless text's closing remark restates ("Trên đây là thông báo về việc …", "Trên đây là
    /// Kế hoạch tổ chức …"), the last one in the text's last part; null when there is none or it names no type.
    /// </summary>
    public (DocumentTypeRow Type, string? Title)? ReadClosing(TextView view)
    {
        var (n, f) = (view.Normalized, view.Folded);
        var from = Math.Max(0, f.Length - ClosingWindow);
        var at = f.LastIndexOf("tren day la ", StringComparison.Ordinal);
        if (at < from || at > 0 && char.IsLetterOrDigit(f[at - 1])) return null;
        var start = at + "tren day la ".Length;
        if (TypeAt(f, start, f.Length) is not { } word || _tables.TypeByWord(word) is not { } type) return null;
        start += word.Length + 1;
        // "Trên đây là báo cáo số 12/BC-UBND …": another document, or its own number; no title from it.
        if (start >= f.Length || char.IsDigit(f[start]) || f.AsSpan(start).StartsWith("so ", StringComparison.Ordinal)) return (type, null);
        var end = Math.Min(f.Length, start + MaxTitleChars);
        foreach (var cue in ClosingTitleEnds)
        {
            var k = f.IndexOf(cue, start, end - start, StringComparison.Ordinal);
            if (k > start) end = k;
        }
        var title = n[start..end].Trim().TrimEnd('.', ',', ';', ' ');
        return title.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length < MinTitleWords ? (type, null) : (type, title);
    }

    private string? TypeAt(string f, int at, int end)
    {
        foreach (var word in _typeWords)
            if (at + word.Length < end && string.CompareOrdinal(f, at, word, 0, word.Length) == 0 && f[at + word.Length] == ' ') return word;
        return null;
    }

    // A quoted name ends with its quote; else the first announcement of the content, colon or full stop.
    private static int TitleEnd(string f, int start, int end, bool quoted)
    {
        if (quoted)
        {
            var close = f.IndexOf('"', start, end - start);
            return close > start ? close : end;
        }
        foreach (var cue in TitleEnds)
        {
            var k = f.IndexOf(cue, start, end - start, StringComparison.Ordinal);
            if (k > start && k < end) end = k;
        }
        var stop = f.IndexOf(". ", start, end - start, StringComparison.Ordinal);
        return stop > start ? stop : end;
    }
}
