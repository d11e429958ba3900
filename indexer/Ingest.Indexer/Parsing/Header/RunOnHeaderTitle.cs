namespace Ingest.Indexer.Parsing.Header;

/// <summary>
/// The title the header reading of a text that lost its line breaks takes from a second reading of its head cut back
/// into lines (<see cref="RunOnHeaderLines"/>), where the heading's title ends at the first words of the part under it.
/// Pure and thread-safe.
/// </summary>
internal static class RunOnHeaderTitle
{
    /// <summary><paramref name="header"/> with the cut reading's heading and title where the first reading found no
    /// title, or ran a sentence-case title on into the enacting line in capitals under it.</summary>
    public static HeaderInfo Complete(HeaderInfo header, HeaderInfo cut)
    {
        if (cut is not { Title: { } title, TypeFromHeading: true } || header.DocTypeId is not null && header.DocTypeId != cut.DocTypeId) return header;
        if (header.Title is null || EnactingLineAfter(header.Title, title))
            return header with { Title = title, TitleSource = cut.TitleSource, DocType = cut.DocType, DocTypeId = cut.DocTypeId, TypeFromHeading = true };
        return header;
    }

    /// <summary>
    /// <paramref name="header"/> with the type and title of a page's headline the cut reading found on a line of its own
    /// (<see cref="RunOnHeaderLines"/>), where nothing else gave the text a title: neither its header nor the sentence in
    /// which its body makes it ("… ủy ban nhân dân xã xây dựng kế hoạch chương trình xây dựng nông thôn mới … với những nội
    /// dung", ic-thuong-quang-kh-ntm-lam-vuon-2020-portal, whose portal headline names it in other words).
    /// </summary>
    public static HeaderInfo WithHeadline(HeaderInfo header, HeaderInfo? cut)
    {
        if (cut is { Title: { } headline, TitleSource: "headline", DocTypeId: { } type } && header.Title is null
            && (header.DocTypeId is null || header.DocTypeId == type))
            return header with { Title = headline, TitleSource = cut.TitleSource, DocType = cut.DocType, DocTypeId = type };
        return header;
    }

    // "Về việc phê duyệt thành viên … tỉnh Lâm Đồng TỔ TRƯỞNG TỔ GIÚP VIỆC VỀ CẢI CÁCH HÀNH CHÍNH" (iq-to-giup-viec-cchc-lam-
    // dong-qd-2025-du-thao-doc on one line): the first reading's title is the cut one and then words in capitals only,
    // the enacting line Nghị định 30/2020/NĐ-CP sets under the title, over "Căn cứ".
    private static bool EnactingLineAfter(string first, string cut)
    {
        if (first.Length <= cut.Length + 3 || !first.StartsWith(cut, StringComparison.Ordinal) || first[cut.Length] != ' ') return false;
        if (!cut.Any(char.IsLower)) return false;
        var rest = first.AsSpan(cut.Length + 1);
        var letters = false;
        foreach (var c in rest)
        {
            if (char.IsLower(c)) return false;
            letters |= char.IsLetter(c);
        }
        return letters;
    }
}
