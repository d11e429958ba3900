namespace Ingest.Indexer.Parsing.Header;

/// <summary>
/// Reads the matter of a headerless notice said in one sentence, with no announcement of content after it: "Trường Mầm non
/// Hoài Hương trân trọng thông báo đến quý bậc phụ huynh cho trẻ nghỉ học đến hết ngày 15/3/2020 …" (lv-mn-hoai-huong-tb-
/// 2020-nghi-hoc-headerless), "Trường Mầm Non Sơn Ca thông báo cho phụ huynh có con em đang học tại trường tiếp tục nghỉ
/// học …" (li-mn-son-ca-tb-2020-nghi-hoc-headerless). The title is the object of "thông báo" without the addressee phrase
/// ("đến quý bậc phụ huynh", "tới các bậc PHHS"), as the corpus README's `lv` section reads it; a "cho" right after the verb
/// says whom the matter is for and is kept. Pure and thread-safe.
/// </summary>
internal static class NoticeMatter
{
    // What opens the matter after the addressee: the beneficiary ("cho trẻ nghỉ học …"), the purpose ("để quản lý con em tại
    // nhà …", lv-mn-hoa-mi-tb-2021-tam-dung-den-truong-headerless), or "về" / "về việc", which the title is without.
    private static readonly (string Opener, bool Kept)[] MatterOpeners = [(" cho ", true), (" de ", true), (" ve viec ", false), (" ve ", false)];
    private static readonly string[] Addressees = ["den ", "toi "];
    private const string ForWhom = "cho ";
    // "… thông báo cho toàn thể nhân dân được biết.": an audience told to know, no matter said. "… thông báo cho nhân dân
    // trên địa bàn xã cụ thể như sau.Đặc biệt là …" (mc-ubnd-xa-phong-hai-tb-2019-tha-rong-headerless): the announcement
    // of content after the audience, its colon lost; the matter is in what follows, not in this sentence.
    private const string ToKnow = " biet";
    private static readonly string[] Announcements = [" nhu sau", " cu the"];
    private const int MinWords = 3;
    private const int MaxChars = 400;

    /// <summary>
    /// The matter after the verb, whose object starts at <paramref name="start"/> in the folded text <paramref name="f"/>,
    /// up to the sentence's end at <paramref name="end"/>, as written in <paramref name="n"/>; null when the sentence names
    /// only an audience.
    /// </summary>
    public static string? Read(string n, string f, int start, int end)
    {
        end = Math.Min(end, f.Length);
        if (start >= end) return null;
        int from;
        if (string.CompareOrdinal(f, start, ForWhom, 0, ForWhom.Length) == 0) from = start;
        else if (OpensWithAddressee(f, start) && AfterAddressee(f, start, end) is { } matter) from = matter;
        else return null;
        var stop = SentenceEnd(n, from, end);
        var title = n[from..stop].Trim().TrimEnd('.', ',', ';', ' ');
        if (EndsWith(f, from, stop, ToKnow) || Announces(f, start, stop)) return null;
        return title.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= MinWords && title.Length <= MaxChars ? title : null;
    }

    private static bool OpensWithAddressee(string f, int at)
    {
        foreach (var a in Addressees)
            if (string.CompareOrdinal(f, at, a, 0, a.Length) == 0) return true;
        return false;
    }

    // The earliest opener of the matter after the addressee's first word ("về việc" before "về" where both start there);
    // where the title starts.
    private static int? AfterAddressee(string f, int start, int end)
    {
        var (first, at) = (-1, 0);
        foreach (var (opener, kept) in MatterOpeners)
        {
            var k = f.IndexOf(opener, start, end - start, StringComparison.Ordinal);
            if (k >= 0 && (first < 0 || k < first)) (first, at) = (k, kept ? k + 1 : k + opener.Length);
        }
        return first < 0 ? null : at;
    }

    // "… từ ngày 03 - 05/02/2020.Trong thời gian học sinh nghỉ học, …" (li-mn-son-ca): a page that dropped the space after
    // the full stop; the next sentence opens with its capital. A stop between capitals ("TP.HCM") is an abbreviation's.
    private static int SentenceEnd(string n, int from, int end)
    {
        for (var k = from + 1; k + 1 < end; k++)
            if (n[k] == '.' && (n[k + 1] == ' ' || char.IsUpper(n[k + 1]) && (char.IsDigit(n[k - 1]) || char.IsLower(n[k - 1])))) return k;
        return end;
    }

    private static bool Announces(string f, int start, int stop)
    {
        foreach (var cue in Announcements)
            if (f.IndexOf(cue, start, stop - start, StringComparison.Ordinal) >= 0) return true;
        return false;
    }

    private static bool EndsWith(string f, int from, int stop, string tail)
    {
        var span = f.AsSpan(from, stop - from).TrimEnd(" .,;!");
        return span.EndsWith(tail, StringComparison.Ordinal);
    }
}
