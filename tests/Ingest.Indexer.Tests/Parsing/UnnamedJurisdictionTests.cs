using Ingest.Indexer.Parsing;

namespace Ingest.Indexer.Tests.Parsing;

/// <summary>
/// Headerless copies whose text names its committee only by kind ("UBND huyện", "ỦY BAN NHÂN DÂN XÃ"): a line ending with
/// the jurisdiction's word leaves the place unnamed, and the next line's first word opens a sentence (corpus README,
/// `je-` and `ji-` batches).
/// </summary>
public sealed class UnnamedJurisdictionTests
{
    private static readonly PlanParser Parser = new();

    [Fact]
    public void The_line_after_a_headline_ending_with_the_districts_word_names_no_district()
    {
        // ji-ubnd-huyen-tb-2021-81-headerless (quangtrach.quangbinh.gov.vn).
        const string text = """
            Thông báo về việc hoãn tổ chức phiên tiếp công dân định kỳ tháng 6 của Thường trực HĐND, Lãnh đạo UBND huyện 

            Hiện nay, tình hình dịch bệnh Covid - 19 tiếp tục diễn biến phức tạp, lây lan trong cộng đồng.

            Để thực hiện nghiêm các văn bản chỉ đạo của Thủ tướng Chính phủ, UBND huyện thông báo các Phiên tiếp công dân định kỳ tháng 6 năm 2021 của Thường trực HĐND, Lãnh đạo UBND huyện tại phòng Tiếp công dân huyện hoãn tổ chức để đảm bảo phòng, chống dịch bệnh.
            """;

        var record = Parser.Parse(text);

        Assert.Equal("UBND huyện", record.Issuer.Name);
        Assert.Equal("district", record.Issuer.Level);
    }

    [Fact]
    public void The_sentence_after_an_enacting_line_ending_with_the_communes_word_is_no_place()
    {
        // je-chu-tich-ubnd-xa-qd-2020-gia-dinh-van-hoa-headerless: blank and indented lines between the two.
        const string text = "QUYẾT ĐỊNH\n\nVề việc công nhận Gia đình văn hóa năm 2020\n\n \n\nCHỦ TỊCH ỦY BAN NHÂN DÂN XÃ\n\n \n\n"
            + "          Căn cứ Luật tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\n\n"
            + "Xét đề nghị của Công chức văn phòng Thống kê UBND xã,\n\nQUYẾT ĐỊNH:\n\n"
            + "Điều 1. Công nhận 1255 hộ gia đình trên địa bàn xã đạt danh hiệu Gia đình văn hóa năm 2020.\n";

        var record = Parser.Parse(text);

        // The commune's word is no place: the body is its kind alone, as the corpus writes it ("UBND xã").
        Assert.Contains(record.Issuer.Name, new[] { "UBND xã", "Ủy ban nhân dân xã" });
        Assert.Null(record.Issuer.Province);
        Assert.Equal("commune", record.Issuer.Level);
    }

    [Fact]
    public void A_commune_carrying_out_its_districts_front_committees_plan_takes_that_districts_province()
    {
        // je-ubnd-xa-tam-phuoc-kh-2020-ngay-hoi-dai-doan-ket-headerless (Long Điền is a district of Bà Rịa - Vũng Tàu only).
        const string text = """
            Kế hoạch tổ chức “Ngày hội Đại đoàn kết toàn dân tộc” ở khu dân cư năm 2020
            02/11/2020

            Thực hiện Hướng dẫn số 25/HD-MTTQ-BTT ngày 15/9/2020 của Ban Thường trực Ủy ban MTTQ Việt Nam huyện Long Điền về việc tổ chức “Ngày hội Đại đoàn kết toàn dân tộc” năm 2020. UBND xã  Tam Phước xây dựng Kế hoạch phối hợp với Ban Thường trực Ủy ban MTTQ Việt Nam xã tổ chức “Ngày hội Đại đoàn kết toàn dân tộc” ở khu dân cư năm 2020, cụ thể như sau:
            """;

        var record = Parser.Parse(text);

        Assert.Equal("Bà Rịa - Vũng Tàu", record.Issuer.Province);
    }
}
