using Ingest.Indexer.Parsing;

namespace Ingest.Indexer.Tests.Parsing;

/// <summary>
/// Pieces of the national motto that a PDF's layout scattered among the issuer's rows are never the issuer's words.
/// Rows cut from the corpus documents named in each test.
/// </summary>
public sealed class MottoPiecesTests
{
    private static readonly PlanParser Parser = new();

    [Fact]
    public void A_motto_whose_first_word_wrapped_onto_the_next_row_is_left_out_of_the_issuer()
    {
        // jw-ubnd-ninh-thuan-qd-2025-184-pdf (pdftotext -layout, the page number "1" beside it).
        const string text = """
                  ỦY BAN NHÂN DÂN                  1 HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                                                CỘNG
                  TỈNH NINH THUẬN                        Độc lập - Tự do - Hạnh phúc

                  Số: 184   /QĐ-UBND                Ninh Thuận, ngày 19 tháng 02 năm 2025

                                              QUYẾT ĐỊNH
               Về việc công bố Danh mục thủ tục hành chính được sửa đổi, bổ sung

                        CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH NINH THUẬN

                  Căn cứ Luật Tổ chức Chính quyền địa phương ngày 19/6/2015;
            """;

        var record = Parser.Parse(text);

        Assert.Equal("UBND tỉnh Ninh Thuận", record.Issuer.Name);
    }

    [Fact]
    public void A_speck_the_OCR_read_between_the_motto_s_words_leaves_the_motto_whole()
    {
        // lw-ubnd-tay-ninh-qd-2025-358-ocr: the product's OCR of the scan read a speck after "NGHĨA" as a stop.
        const string text = """
            ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA. VIỆT NAM

            TỈNH TÂY NINH Độc lập - Tự do - Hạnh phúc
            Số: bà) /QĐ-UBND Tây Ninh, ngày 3Ò) tháng 02 nềšm 2025
            QUYÉT ĐỊNH

            Về việc công bố Danh mục và Quy trình nội bộ giải quyết
            thủ tục hành chính mới, ban hành trong lĩnh vực đăng ký, quản lý cư trú
            thuộc thầm quyền giải quyết của Ủy ban nhân dân cấp xã

            CHỦ TỊCH ỦY BAN NHÂN ĐÂN TÍNH
            """;

        var record = Parser.Parse(text);

        // Before: "Ủy ban nhân dân Cộng hòa xã hội chủ nghĩa việt nam tỉnh Tây Ninh".
        Assert.Equal("Ủy ban nhân dân tỉnh Tây Ninh", record.Issuer.Name);
        Assert.Equal("province", record.Issuer.Level);
    }
}
