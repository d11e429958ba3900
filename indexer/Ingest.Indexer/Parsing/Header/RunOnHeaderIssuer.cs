namespace Ingest.Indexer.Parsing.Header;

/// <summary>
/// What the header reading of a text that lost its line breaks takes from a second reading of its head cut back into
/// lines (<see cref="RunOnHeaderLines"/>): the issuer block and the enacting line, where the lines say where each
/// begins. On one line, "TỔNG CỤC THUẾ CỤC THUẾ TP HÀ NỘI" is one name and "… TỈNH BÌNH THUẬN ỦY BAN NHÂN DÂN TỈNH BÌNH
/// THUẬN Căn cứ …" the end of a title; cut back, they are two bodies' lines and the title's enacting line, as printed.
/// Pure and thread-safe.
/// </summary>
internal static class RunOnHeaderIssuer
{
    /// <summary><paramref name="header"/> with the cut reading's issuer block where it names more bodies, and its enacting
    /// line where the first reading found none.</summary>
    public static HeaderInfo Complete(HeaderInfo header, HeaderInfo cut)
    {
        // "ỦY BAN NHÂN DÂN | CỘNG HÒA … | BAN HÀNH QUY ĐỊNH … ỦY BAN NHÂN DÂN TỈNH BÌNH THUẬN Căn cứ …" (hy-ubnd-binh-thuan-qd-
        // 2006-63-flat on one line): the enacting line completes a bare issuer block, as it does on a printed page.
        if (header.Enacting is null && cut.Enacting is not null) header = header with { Enacting = cut.Enacting };
        // "THỦ TƯỚNG CHÍNH PHỦ" after a gazette's signature stamp (mh-thu-tuong-qd-2026-892-pdf), "BỘ TƯ PHÁP" / "BỘ TƯ PHÁP"
        // under a gazette's running head: the block read on its own lines names each body the first reading ran together.
        if (cut.IssuerUnits.Count > header.IssuerUnits.Count)
            header = header with { IssuerUnits = cut.IssuerUnits, IssuerLines = cut.IssuerLines };
        return header;
    }
}
