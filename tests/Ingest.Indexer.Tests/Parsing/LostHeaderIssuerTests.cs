using Ingest.Indexer.Parsing;

namespace Ingest.Indexer.Tests.Parsing;

/// <summary>
/// Copies that lost their header block but kept the lines under the heading (corpus README, `ky` batch): a Công
/// điện's sender line and a decision's authority line name the issuer. Rows cut from the corpus documents named in each test.
/// </summary>
public sealed class LostHeaderIssuerTests
{
    private static readonly PlanParser Parser = new();

    [Fact]
    public void A_telegrams_sender_line_under_its_heading_names_the_sender()
    {
        // ky-thu-tuong-cd-2025-xuat-khau-headerless: a Markdown conversion lost the header table.
        var r = Parser.Parse("**CÔNG ĐIỆN**\n\nVỀ TẬP TRUNG ƯU TIÊN\nGIỮ VỮNG ỔN ĐỊNH KINH TẾ VĨ MÔ, THÚC ĐẨY XUẤT KHẨU\n\n"
            + "**THỦ TƯỚNG CHÍNH PHỦ điện:**\n\n|\n|\n- Bộ trưởng, Thủ trưởng cơ quan ngang Bộ, cơ quan\nthuộc Chính phủ;\n|\n\n"
            + "Từ đầu năm 2025 đến nay, Chính phủ, Thủ tướng Chính\nphủ đã có nhiều văn bản chỉ đạo.\n");
        Assert.Equal("Công điện", r.DocType);
        Assert.Equal("Thủ tướng Chính phủ", r.Issuer.Name);
        Assert.Equal("central", r.Issuer.Level);
    }

    [Theory]
    // mv-thu-tuong-cd-2025-226: the sender line broken after its first word by the copy's bold marks ("**TH****Ủ").
    [InlineData("BỘ\n**TH****Ủ\nTƯỚNG CHÍNH PHỦ điện:**")]
    // Near miss: the title's own last word alone on a line, then a whole sender line: no authority starts "BỘ THỦ TƯỚNG".
    [InlineData("\nBỘ\nTHỦ TƯỚNG CHÍNH PHỦ điện:")]
    public void A_telegrams_sender_line_broken_after_its_first_word_ends_the_title(string after)
    {
        var r = Parser.Parse("THỦ TƯỚNG CHÍNH PHỦ\nSố: 226/CĐ-TTg\nHà Nội, ngày 21 tháng 11 năm 2025\n**CÔNG ĐIỆN**\n"
            + "VỀ VIỆC TĂNG CƯỜNG CÔNG TÁC QUẢN LÝ VÀ SỬ DỤNG HÀNG DỰ TRỮ QUỐC GIA ĐỂ HỖ\nTRỢ, ỨNG PHÓ MƯA, LŨ TẠI KHU VỰC TRUNG "
            + after + "\n- Bộ trưởng các Bộ: Quốc phòng, Công an.\n");
        Assert.Equal("VỀ VIỆC TĂNG CƯỜNG CÔNG TÁC QUẢN LÝ VÀ SỬ DỤNG HÀNG DỰ TRỮ QUỐC GIA ĐỂ HỖ TRỢ, ỨNG PHÓ MƯA, LŨ TẠI KHU VỰC TRUNG BỘ", r.Title);
    }

    [Theory]
    [InlineData("QUẢN LÝ CỦA NGÂN HÀNG NHÀ NƯỚC VIỆT NAM", "Ngân hàng Nhà nước Việt Nam")]
    [InlineData("QUẢN LÝ CỦA NGÂN HÀNG NHÀ NƯỚC", "Ngân hàng Nhà nước")]
    public void An_authority_lines_short_name_is_completed_by_the_title_naming_it_with_the_country(string titleEnd, string issuer)
    {
        // ky-ngan-hang-nha-nuoc-qd-2024-1117-headerless: the page starts at "QUYẾT ĐỊNH".
        var r = Parser.Parse("QUYẾT ĐỊNH\nVỀ\nVIỆC CÔNG BỐ THỦ TỤC HÀNH CHÍNH THUỘC PHẠM VI CHỨC NĂNG\n" + titleEnd
            + "\nTHỐNG ĐỐC NGÂN HÀNG NHÀ NƯỚC\nCăn cứ Luật Ngân\nhàng Nhà nước Việt Nam ngày 16 tháng 6 năm 2010;\n");
        Assert.Equal(issuer, r.Issuer.Name);
    }
}
