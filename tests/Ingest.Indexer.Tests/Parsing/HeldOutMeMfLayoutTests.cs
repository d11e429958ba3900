using Ingest.Indexer.Parsing;

using static Ingest.Indexer.Tests.Parsing.CitationRows;

namespace Ingest.Indexer.Tests.Parsing;

/// <summary>
/// Layouts the held-out `me` and `mf` documents showed misread: a word glued to a symbol's last code, a list item's mark
/// under a heading that ends on a type word, a trích yếu in capitals longer than the usual window, a headerless notice
/// that calls itself "Thông báo này", and a founding decision named with its capital inside a sentence. Each excerpt is
/// verbatim from the document or passage named beside it.
/// </summary>
public sealed class HeldOutMeMfLayoutTests
{
    private static readonly PlanParser Parser = new();

    [Theory]
    // me-hdnd-hue-nq-2025-35 (a mirror's copy that lost the space after the code).
    [InlineData("*Căn cứ Quyết định số\n35/2025/QĐ-TTgcủa Thủ tướng Chính phủ sửa đổi, bổ sung một số điều của Quyết định\n",
        new[] { "Quyết định|35/2025/QĐ-TTg|-" })]
    // A contractor's page (find_string "NĐ-CPcủa"): "Thông tư" before a decree's symbol (the type as written); the code is CP, in capitals.
    [InlineData("- Căn cứ Thông tư số 37/2015/NĐ-CPcủa Chính Phủ về việc hướng dẫn hợp đồng trong hoạt động xây dựng;",
        new[] { "Thông tư|37/2015/NĐ-CP|-" })]
    // A form's caption (find_string "-BTCngày"): "ngày" glued, a day after it, as before.
    [InlineData("(Ban hành theo QĐ số: 19/2017/QĐ-BTCngày 30/03/2017  của Bộ trưởng BTC)",
        new[] { "Quyết định|19/2017/QĐ-BTC|2017-03-30" })]
    public void A_word_glued_to_a_symbols_last_code_ends_the_code(string text, string[] rows)
    {
        Assert.Equal(Expected(rows), Read(text));
    }

    [Fact]
    public void A_word_glued_to_a_lower_case_word_makes_no_code()
    {
        // hz-cd-thcs-tran-cao-van-bc-2014: "NVvà" glued, with no serial before it.
        Assert.Empty(Read("Hội An – Đà Nẵng – Cảnh dương cho CB,GV,NVvà con em CBGV trong dịp hè 2014"));
    }

    [Fact]
    public void A_list_items_mark_under_a_heading_ending_on_a_type_word_is_no_serial()
    {
        // me-ubnd-da-nang-qd-2025-81: the article's heading, then its first item.
        const string text = "**Điều 1.** **Bãi bỏ toàn bộ các Quyết định**\n1. Bãi bỏ toàn bộ Quyết định số 55/2014/QĐ-UBND\n"
            + "ngày 31/12/2014 của UBND thành phố Đà Nẵng Quy định về quản lý và sử dụng tạm\n";
        Assert.DoesNotContain(Parser.Parse(text).Citations, c => c.Number == "1");
        Assert.Contains(Parser.Parse(text).Citations, c => c.Number == "55/2014/QĐ-UBND");
    }

    [Fact]
    public void A_trich_yeu_in_capitals_reads_on_over_many_lines_to_the_body()
    {
        // me-ubnd-da-nang-qd-2025-81: a repealing decision's title over 16 lines, "Căn cứ" in sentence case after it.
        const string text = """
            ỦY BAN NHÂN DÂN
            THÀNH PHỐ ĐÀ NẴNG
            Số: 81/2025/QĐ-UBND
            Đà Nẵng, ngày 17 tháng 11 năm 2025
            QUYẾT ĐỊNH
            BÃI BỎ QUYẾT ĐỊNH
            SỐ 55/2014/QĐ-UBND NGÀY 31/12/2014 CỦA UBND THÀNH PHỐ ĐÀ NẴNG QUY ĐỊNH VỀ QUẢN
            LÝ VÀ SỬ DỤNG TẠM THỜI VỈA HÈ NGOÀI MỤC ĐÍCH GIAO THÔNG TRÊN CÁC TUYẾN ĐƯỜNG
            THUỘC ĐỊA BÀN THÀNH PHỐ ĐÀ NẴNG, QUYẾT ĐỊNH SỐ 24/2019/QĐ-UBND NGÀY 02/5/2019
            CỦA UBND THÀNH PHỐ ĐÀ NẴNG SỬA ĐỔI, BỔ SUNG MỘT SỐ ĐIỀU CỦA QUY ĐỊNH VỀ QUẢN LÝ
            VÀ SỬ DỤNG TẠM THỜI VỈA HÈ NGOÀI MỤC ĐÍCH GIAO THÔNG TRÊN CÁC TUYẾN ĐƯỜNG THUỘC
            ĐỊA BÀN THÀNH PHỐ ĐÀ NẴNG BAN HÀNH KÈM THEO QUYẾT ĐỊNH SỐ 55/2014/QĐ-UBND NGÀY
            31/12/2014 CỦA UBND THÀNH PHỐ ĐÀ NẴNG VÀ QUYẾT ĐỊNH SỐ 08/2023/QĐ-UBND NGÀY
            23/02/2023 CỦA UBND THÀNH PHỐ ĐÀ NẴNG SỬA ĐỔI, BỔ SUNG MỘT SỐ ĐIỀU CỦA QUY ĐỊNH
            BAN HÀNH KÈM THEO QUYẾT ĐỊNH SỐ 55/2014/QĐ-UBND QUY ĐỊNH VỀ QUẢN LÝ VÀ SỬ DỤNG
            TẠM THỜI VỈA HÈ NGOÀI MỤC ĐÍCH GIAO THÔNG TRÊN CÁC TUYẾN ĐƯỜNG THUỘC ĐỊA BÀN
            THÀNH PHỐ ĐÀ NẴNG VÀ BÃI BỎ MỘT PHẦN QUYẾT ĐỊNH SỐ 24/2019/QĐ-UBND NGÀY
            02/5/2019 CỦA UBND THÀNH PHỐ ĐÀ NẴNG SỬA ĐỔI, BỔ SUNG MỘT SỐ ĐIỀU CỦA QUY ĐỊNH
            VỀ QUẢN LÝ VÀ SỬ DỤNG TẠM THỜI VỈA HÈ NGOÀI MỤC ĐÍCH GIAO THÔNG TRÊN CÁC TUYẾN
            ĐƯỜNG THUỘC ĐỊA BÀN THÀNH PHỐ ĐÀ NẴNG BAN HÀNH KÈM THEO QUYẾT ĐỊNH SỐ
            55/2014/QĐ-UBND NGÀY 31/12/2014 CỦA UBND THÀNH PHỐ ĐÀ NẴNG
            *Căn cứ Luật Tổ chức chính quyền địa phương
            ngày 16 tháng 6 năm 2025;*
            """;
        var title = Parser.Parse(text).Title;
        Assert.StartsWith("BÃI BỎ QUYẾT ĐỊNH SỐ 55/2014/QĐ-UBND", title);
        Assert.EndsWith("BAN HÀNH KÈM THEO QUYẾT ĐỊNH SỐ 55/2014/QĐ-UBND NGÀY 31/12/2014 CỦA UBND THÀNH PHỐ ĐÀ NẴNG", title);
    }

    [Fact]
    public void A_headerless_notice_that_calls_itself_thong_bao_nay_is_a_notice_of_the_commune_it_names()
    {
        // mf-ubnd-xa-o-lam-tb-2025-treo-quoc-ky-headerless (olam.angiang.gov.vn), shortened to its speaking lines.
        const string text = """
            Về việc treo Quốc kỳ nhân dịp kỷ niệm 78 năm Ngày Thương binh - Liệt sĩ (27/7/1947 - 27/7/2025)

            Thực hiện Thông báo số 12/TB-UBND ngày 16 tháng 07 năm 2025 của UBND tỉnh An Giang về việc treo Quốc kỳ nhân dịp kỷ niệm 78 năm Ngày Thương binh – Liệt sĩ (27/07/1947 – 27/-7/2025).

            2. Các cơ quan, đơn vị, Ban nhân dân các ấp và các hộ dân trên địa bàn xã Ô Lâm tổ chức treo Quốc kỳ từ chiều ngày 17/7/2025 đến hết ngày 27/7/2025.

            Ủy ban nhân dân xã yêu cầu các cơ quan, đơn vị và các hộ dân trên địa bàn xã thực hiện nghiêm tinh thần Thông báo này ./
            """;
        var record = Parser.Parse(text);
        Assert.Equal("Thông báo", record.DocType);
        Assert.Equal("Ủy ban nhân dân xã Ô Lâm", record.Issuer.Name);
        Assert.Equal("Về việc treo Quốc kỳ nhân dịp kỷ niệm 78 năm Ngày Thương binh - Liệt sĩ (27/7/1947 - 27/7/2025)", record.Title);
    }

    [Fact]
    public void A_capitalized_founding_decision_inside_a_sentence_is_cited_by_name()
    {
        // mf-002 (binhchanh.thangbinh.quangnam.gov.vn).
        var citations = Parser.Parse("Sau khi văn phòng UBND xã thông qua Quyết định thành lập Ban chỉ đạo phòng, chống dịch bệnh đường hô hấp cấp do chủng mới vi rút Corona gây ra.").Citations;
        Assert.Contains(citations, c => c.Type == "Quyết định" && c.Number is null);
    }
}
