using Ingest.Indexer.Parsing;
using Issuer = Ingest.Indexer.Tests.Parsing.ExpectedIssuer;

namespace Ingest.Indexer.Tests.Parsing;

/// <summary>
/// Headers of schools, Đoàn branches and councils under a body (the `jt` batch): what of the block names the issuer and
/// who signs for it. Each row is a header shaped like its corpus document, named in the comment.
/// </summary>
public sealed class SchoolAndCouncilHeaderTests
{
    private static readonly PlanParser Parser = new();

    public static TheoryData<string, string, Issuer> Issuers() => new()
    {
        // jt-thpt-cao-lanh-2-kh-2026-58-pdf: a school numbered after its place keeps its number.
        { "numbered school", " SỞ GDĐT TỈNH ĐỒNG THÁP             CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTRƯỜNG THPT THANH BÌNH 2                   Độc lập - Tự do - Hạnh phúc\n\n       Số: 41/KH-THPTTB2                  Đồng Tháp, ngày 15 tháng 4 năm 2026\n\n                                    KẾ HOẠCH\n                     Tổ chức ngày hội đọc sách\n\n      Căn cứ Kế hoạch 620/KH-SGDĐT ngày 26/12/2025 của Sở Giáo dục và Đào tạo Đồng Tháp;\n",
          new("Trường THPT Thanh Bình 2", "province", "Đồng Tháp") },
        // jt-dh-dien-luc-tb-2022-275: a transcription ran the ministry's line and its school's together; the school issues.
        { "ministry and school on one line", "BỘ XÂY DỰNG TRƯỜNG ĐẠI HỌC KIẾN TRÚC\nSố: 118/TB-ĐHKT\nCỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc\nHà Nội, ngày 28 tháng 02 năm 2022\nTHÔNG BÁO\nVề kế hoạch giảng dạy từ ngày 01/3/2022\nTrường Đại học Kiến trúc thông báo kế hoạch giảng dạy như sau:\n",
          new("Trường Đại học Kiến trúc", "central", null) },
        // jt-doan-truong-thpt-bung-rieng-tt-2025-tham-quan-pdf: a THPT school's Đoàn under its commune's Đoàn line issues, at
        // the school's province level; the Đoàn's motto beside the block is no part of it.
        { "school's Đoàn under the commune's", "    XÃ ĐOÀN LONG ĐIỀN                           ĐOÀN TNCS HỒ CHÍ MINH\nĐOÀN TRƯỜNG THPT VÕ THỊ SÁU\n   Số:     /TT-ĐTN                   TP. Hồ Chí Minh, ngày 17 tháng 11 năm 2025\n\n\n                                    TỜ TRÌNH\n                  V/v Hỗ trợ học sinh đi tham quan bảo tàng\n         Kính gửi: - Hội Cha mẹ học sinh trường THPT Võ Thị Sáu.\n        Nay Đoàn trường THPT Võ Thị Sáu làm tờ trình xin Ban Đại diện Cha\n   mẹ học sinh hỗ trợ tiền ăn cho các em tham quan.\n",
          new("Đoàn trường THPT Võ Thị Sáu", "province", "Hồ Chí Minh") },
    };

    [Theory]
    [MemberData(nameof(Issuers))]
    public void The_issuer_is_the_unit_the_block_names(string layout, string text, Issuer issuer) =>
        issuer.AssertReadIn(layout, Parser.Parse(text));

    // jt-dh-dien-luc-tb-2022-275: the seal's letters, transcribed without marks, stand between the position and the name.
    [Fact]
    public void The_seals_capitals_under_the_position_are_not_the_name()
    {
        var r = Parser.Parse("BỘ XÂY DỰNG TRƯỜNG ĐẠI HỌC KIẾN TRÚC\nSố: 118/TB-ĐHKT\nCỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc\nHà Nội, ngày 28 tháng 02 năm 2022\nTHÔNG BÁO\nVề kế hoạch giảng dạy\nTrường thông báo kế hoạch giảng dạy như sau:\n1. Sinh viên học trực tuyến.\nNơi nhận:\n- Các đơn vị;\n- Lưu: VT, ĐT.\nBO\nKT. HIỆU TRƯỞNG PHÓ HIỆU TRƯỞNG\nXAY\nTRUONG DAI HO\nKIẾN TRÚC\nLê Văn Thành\n");
        Assert.Equal("Lê Văn Thành", r.Signer?.Name);
    }

    // jt-doan-truong-thpt-bung-rieng-tt-2025-tham-quan-pdf: the addressee's column (its body's name alone) beside the
    // author's position; the author signs under the position.
    [Fact]
    public void The_author_signs_beside_the_addressees_column()
    {
        var r = Parser.Parse("    XÃ ĐOÀN LONG ĐIỀN                           ĐOÀN TNCS HỒ CHÍ MINH\nĐOÀN TRƯỜNG THPT VÕ THỊ SÁU\n   Số:     /TT-ĐTN                   TP. Hồ Chí Minh, ngày 17 tháng 11 năm 2025\n\n\n                                    TỜ TRÌNH\n                  V/v Hỗ trợ học sinh đi tham quan bảo tàng\n         Kính gửi: - Hội Cha mẹ học sinh trường THPT Võ Thị Sáu.\n        Nay Đoàn trường THPT Võ Thị Sáu làm tờ trình xin Ban Đại diện Cha\n   mẹ học sinh hỗ trợ tiền ăn cho các em tham quan.\n   HỘI CHA MẸ HỌC SINH                               BÍ THƯ ĐOÀN TRƯỜNG\n\n\n\n\n         Nguyễn Văn Hà                                Trần Thị Hương\n");
        Assert.Equal("Trần Thị Hương", r.Signer?.Name);
        Assert.Equal("BÍ THƯ ĐOÀN TRƯỜNG", r.Signer?.Title);
    }

    // jt-hd-xet-thang-hang-gddt-dong-thap-bc-2026-355-pdf: the council's chair signs as CHỦ TỊCH; the line under the seal
    // names his office as the Sở's director.
    [Fact]
    public void The_position_under_the_body_is_the_title_not_the_office_below()
    {
        var r = Parser.Parse("SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n         AN GIANG                 Độc lập - Tự do - Hạnh phúc\n HỘI ĐỒNG XÉT THĂNG HẠNG        An Giang, ngày 13 tháng 4 năm 2026\n\n      Số: 21 /BC-HĐXTH\n                                   BÁO CÁO\n  Kết quả xét thăng hạng giáo viên năm 2025\n\n        Hội đồng báo cáo kết quả như sau.\n"
            + "Nơi nhận:                                        TM. HỘI ĐỒNG\n- Như trên;                                        CHỦ TỊCH\n- Lưu: VT, HĐXTH.\n\n\n\n                                          GIÁM ĐỐC SỞ GIÁO DỤC VÀ\n                                                 ĐÀO TẠO\n                                                Nguyễn Văn Bình\n");
        Assert.Equal("CHỦ TỊCH", r.Signer?.Title);
        Assert.Equal("Nguyễn Văn Bình", r.Signer?.Name);
    }
}
