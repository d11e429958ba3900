using Ingest.Indexer.Parsing.Tables;

namespace Ingest.Indexer.Parsing.Header;

/// <summary>
/// The headline a portal page with no printed header opens with, on a line that lost its breaks: a type name in sentence
/// case and the title, up to where the body opens; <see cref="RunOnHeaderLines"/> cuts it onto a line of its own when it
/// finds no header to cut. Pure and thread-safe.
/// </summary>
internal sealed class RunOnHeadline
{
    // How far into the line a portal's headline may stand, after its banner and menu ("Chào mừng bạn đến với Trang thông
    // tin điện tử Hội Chữ thập đỏ tỉnh Vĩnh Phúc! Kế hoạch …"), in words; and how long it runs before the body opens.
    private const int HeadlineReach = 20;
    private const int MaxHeadlineWords = 50;

    private readonly string[] _names;

    /// <summary>The given tables' type names as a headline writes them ("Thông báo", "Kế hoạch"), longest first.</summary>
    public RunOnHeadline(DomainTables tables) =>
        // "Văn bản" names a page's list of texts ("Văn bản của cơ quan cấp trên"), as HeaderTitleReader.ReadHeadline skips it.
        _names = tables.DocumentTypes.Select(t => t.Name).Where(n => n != "Văn bản").Distinct().OrderByDescending(n => n.Length).ToArray();

    /// <summary>Adds to <paramref name="breaks"/> the cuts before the headline and where the body opens after it, in
    /// [<paramref name="start"/>, <paramref name="end"/>) of <paramref name="text"/>; false, and nothing added, when the
    /// line opens with no headline.</summary>
    public bool Cut(string text, int start, int end, List<int> breaks)
    {
        // "Site banner Thông báo ngày bầu cử Trưởng ấp nhiệm kỳ VII (2015-2018) Căn cứ Công văn số 5382/UBND-TH …", "Hướng dẫn dạy
        // học môn Lịch Sử HK II năm học 2013-2014 Kính gửi: …", "Kế hoạch cải cách hành chính năm 2026 Ngày 30/12/2025, Văn
        // phòng UBND tỉnh …" (co-xa-my-thanh-giong-trom-tb-2015-bau-cu, dc-pgd-mong-cai-hd-lich-su-2014, ib-vp-ubnd-lai-chau-1888-
        // KH-VPUBND-2025-headerless on one line): a page with no printed header opens with its headline, a type name in sentence
        // case and the title, on a line of its own over the body (HeaderTitleReader.ReadHeadline reads it there). The headline
        // ends where the body opens; a motto, a number or an issuer block in capitals before that is a header, and nothing is cut.
        var words = 0;
        for (var at = start; at < end && words < HeadlineReach; at = RunOnHeaderLines.NextWord(text, at, end), words++)
        {
            if (at > start && text[at - 1] != ' ') continue;
            // "Căn cứ Điều lệ Đảng Cộng sản Việt Nam; Căn cứ Kết luận số 18-KL/TW …" (a passage of jq-040): the body has begun.
            if (RunOnHeaderLines.OpensBody(text, at) || RunOnTitleEnd.OpensAtGiven(text, at)) return false;
            if (SentenceCaseTypeAt(text, at, end) is not (var length and > 0)) continue;
            var titleWords = 0;
            for (var word = RunOnHeaderLines.NextWord(text, at + length, end); word < end && titleWords <= MaxHeadlineWords;
                 word = RunOnHeaderLines.NextWord(text, word, end), titleWords++)
            {
                if (RunOnHeaderLines.StartsAny(text, word, RunOnHeaderLines.LineOpenings) || RunOnHeaderLines.IssuerBlockAt(text, word, end)) return false;
                if (titleWords < 2 || !OpensBody(text, word, end)) continue;
                RunOnHeaderLines.CutBefore(at, start, breaks);
                RunOnHeaderLines.CutBefore(word, start, breaks);
                return true;
            }
            return false;
        }
        return false;
    }

    private static bool OpensBody(string text, int at, int end) =>
        RunOnHeaderLines.OpensBody(text, at) || RunOnTitleEnd.OpensAtGiven(text, at) || RunOnHeaderLines.RuleOrDashedOpening(text, at, end);

    // The length of a type name in sentence case at an offset ("Thông báo", "Kế hoạch") followed by a title's word: not
    // its number ("Thông báo số 149/TB-UBND …" is a sentence naming it) nor a body's opening.
    private int SentenceCaseTypeAt(string text, int at, int end)
    {
        if (!char.IsUpper(text[at]) || at + 1 >= end || !char.IsLower(text[at + 1])) return 0;
        foreach (var name in _names)
        {
            var next = at + name.Length + 1;
            if (next >= end || text[next - 1] != ' ' || !text.AsSpan(at).StartsWith(name, StringComparison.Ordinal)) continue;
            var stop = text.IndexOf(' ', next, end - next);
            var word = text.AsSpan(next, (stop < 0 ? end : stop) - next);
            if (word.IsEmpty || word.IndexOfAny("0123456789/") >= 0 || word is "số" or "Số" or "số:" or "Số:" || RunOnHeaderLines.OpensBody(text, next)) return 0;
            return name.Length;
        }
        return 0;
    }
}
