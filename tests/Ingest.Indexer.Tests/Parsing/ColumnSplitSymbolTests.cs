using static Ingest.Indexer.Tests.Parsing.CitationRows;

namespace Ingest.Indexer.Tests.Parsing;

/// <summary>
/// A symbol broken over the rows of a flattened table (pdftotext -layout) is read whole: its open piece ends its cell and
/// its tail, a code, is the next text at the cell's column one to three rows below, with other cells' words between
/// (ColumnSplitSymbol). Near miss: a scan that does not keep the columns puts another cell's word at the column, and
/// nothing is joined.
/// </summary>
public sealed class ColumnSplitSymbolTests
{
    // js-ubnd-yen-bai-qd-2025-278-pdf, the table of procedures: "Thông tư số 30/2024/TT-" over "BGDĐT ngày 30/12/2024".
    private const string YenBai =
        """
                3.000181 Tuyển sinh Theo hướng        Cá nhân, tổ chức nộp hồ sơ đến các    Không        Thông tư số 30/2024/TT-
                         Trung học dẫn       của      điểm trường nơi đăng ký dự thi,                    BGDĐT ngày 30/12/2024
                         phổ thông  Sở Giáo dục       qua một trong các hình thức sau:                   của Bộ trưởng Bộ Giáo dục
        """;

    // jt-ubnd-tra-vinh-qd-2025-225-pdf: "- Quyết định số 370/QĐ-" with "BCA-C06" two rows below, under the bullet's text.
    private const string TraVinh =
        """
                                                                            Bộ    phận                                        - Quyết định số 370/QĐ-
             Xác nhận về điều kiện diện                                                                        bưu      chính
                                                                            Một cửa cấp                                       BCA-C06              ngày
             tích bình quân nhà ở để                  02 ngày làm việc, kể xã                                  công ích;
        """;

    // ls-ubnd-lao-cai-qd-2025-308-pdf: "Thông tư số" over "183/2016/TT-" over an empty row over "BTC".
    private const string LaoCai =
        """
             quy đối với các sản       tiếp hoặc qua dịch   việc kể từ ngày     hóa hồ sơ và trả kết quả   Thông      tư   số   thuật ngày 29/6/2006;
             phẩm, hàng hóa được       vụ bưu chính         nhận được hồ sơ     Trung tâm Phục vụ hành     183/2016/TT-
                                                                                                                                - Luật Chất lượng sản phẩm, hàng
             quản lý bởi các quy       công ích             công bố hợp quy     chính công tỉnh Lào Cai    BTC           ngày   hoá ngày 21/11/2007;
             chuẩn kỹ thuật quốc gia                        đầy đủ theo quy     (Quầy giao dịch Sở Lao     08/11/2016 của
        """;

    // jj-ubnd-hue-qd-2025-441-pdf: "Thông tư" / "số" / "30/2024/TT" / "-BGDĐT" down one narrow cell.
    private const string Hue =
        """
                                                                                          Thông tư
                                                       Địa điểm: Nộp trực tuyến trên      số                              - Cách thức
                                Theo    kế             Hệ thống thông tin giải quyết      30/2024/TT                      thực hiện;
                                                                                                                - Sở Giáo
             Tuyển sinh trung   hoạch và               TTHC        thành    phố    Huế    -BGDĐT        Giáo              - Yêu cầu,
        """;

    // jj-ubnd-can-tho-qd-2025-383-ocr: the OCR kept no columns; under "281/2016/TT-" stands another cell's "quyền)".
    private const string CanTho =
        """
        êm Tân An, | Nam dân chủ cộng |- Thông tư số 281/2016/TT-
        quyền) quận hòa, Chính phủ | BTC ngày l4 tháng II năm
        Ninh Cách mạng lâm |2016 của Bộ trưởng Bộ Tài
        """;

    [Fact]
    public void A_symbol_with_its_tail_in_the_row_below_is_read_whole_with_the_tails_date()
    {
        Assert.Contains(("Thông tư", "30/2024/TT-BGDĐT", "2024-12-30"), Read(YenBai));
    }

    [Theory]
    [InlineData(TraVinh, "Quyết định", "370/QĐ-BCA-C06")]
    [InlineData(LaoCai, "Thông tư", "183/2016/TT-BTC")]
    [InlineData(Hue, "Thông tư", "30/2024/TT-BGDĐT")]
    public void A_symbol_with_its_tail_rows_below_at_its_cells_column_is_read_whole(string text, string type, string number)
    {
        Assert.Contains(Read(text), c => c.Type == type && c.Number == number);
    }

    [Fact]
    public void Another_cells_word_at_the_column_joins_nothing()
    {
        Assert.DoesNotContain(Read(CanTho), c => c.Number is not null && c.Number.StartsWith("281/2016/TT-", StringComparison.Ordinal));
    }
}
