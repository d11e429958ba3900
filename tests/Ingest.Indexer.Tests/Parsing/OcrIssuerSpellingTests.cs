using Ingest.Indexer.Parsing;
using Issuer = Ingest.Indexer.Tests.Parsing.ExpectedIssuer;

namespace Ingest.Indexer.Tests.Parsing;

/// <summary>
/// Issuer names a scan damaged (tests/corpus/README.md: an OCR'd issuer is written in the table's spelling): a head's
/// word with a tone or the stroke of Đ misread is still the head, and a province read with its marks damaged is written
/// as the gazetteer writes it. Each row is the opening of a real OCR'd document, verbatim; near misses last.
/// </summary>
public sealed class OcrIssuerSpellingTests
{
    private static readonly PlanParser Parser = new();

    public static TheoryData<string, string, Issuer> Rows() => new()
    {
        // ls-ubnd-tay-ninh-qd-2025-kcb-ocr: "ĐÂN" for DÂN (a D read with the stroke) in the committee's head.
        { "stroke of Đ on a head's D", "ỦY BAN NHÂN ĐÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTÍNH TAY NINH Độc lập - Tự do - Hạnh phúc\nsố; 2Ó /QĐ-UBND Tây Ninh, ngày l§ tháng 02 năm 2025\nQUYÉT ĐỊNH\nCông bồ Danh mục và Quy trình nội bộ giải quyết thủ tục hành chính",
          new("Ủy ban nhân dân tỉnh Tây Ninh", "province", "Tây Ninh") },
        // lr-ubnd-dien-bien-qd-2025-ocr: the province's "BIẾN" for BIÊN, a tone read on a word that has none.
        { "province's tone misread", "ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỌI CHỦ NGHĨA VIỆT NAM\nTINH ĐIỆN BIẾN Độc lập - Tự do - Hạnh phúc\nSố: ZZ2 /QĐ-UBND Điện Biên, ngày /2 tháng 02 năm 2025\nQUYÉT ĐỊNH",
          new("Ủy ban nhân dân tỉnh Điện Biên", "province", "Điện Biên") },
        // iq-cat-lam-dong-ttr-pc04-2025-ocr: "LÂM ĐÒNG" for LÂM ĐỒNG, the circumflex lost.
        { "province's circumflex lost", "BỘ CÔNG AN CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\nCÔNG AN TỈNH LÂM ĐÒNG Độc lập - Tự do - Hạnh phúc\nSố /TTr- CAT-PC04 Lâm Đồng, ngày24 tháng 10 năm 2025",
          new("Công an tỉnh Lâm Đồng", "province", "Lâm Đồng") },
        // Near miss: a province written with its own marks in the older placement of the tone ("HOÀ" for Hòa) is not
        // damaged, and stays as written.
        { "older tone placement kept", "UBND TỈNH KHÁNH HOÀ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 12/KH-UBND Khánh Hòa, ngày 03 tháng 02 năm 2020\nKẾ HOẠCH\nTổ chức ngày hội đọc sách",
          new("UBND tỉnh Khánh Hoà", "province", "Khánh Hòa") },
    };

    [Theory]
    [MemberData(nameof(Rows))]
    public void A_damaged_name_is_read_in_the_tables_spelling(string layout, string text, Issuer expected) =>
        expected.AssertReadIn(layout, Parser.Parse(text));
}
