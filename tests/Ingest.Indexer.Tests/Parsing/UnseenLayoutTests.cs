using Ingest.Indexer.Parsing;

namespace Ingest.Indexer.Tests.Parsing;

/// <summary>
/// Header and signature layouts met on text outside the corpus (stored public pages, checked against
/// ../shared/EXCLUDED-PAGES.txt and the corpus's sources), each text cut from its page verbatim, its address beside
/// it. Expectations were read from the text by hand (corpus README rules), never copied from the parser.
/// </summary>
public sealed class UnseenLayoutTests
{
    private static readonly PlanParser Parser = new();

    // https://huongho.thuathienhue.gov.vn/?gd=4&cn=129&tc=1664: the portal's headline names the notice "KẾ HOẠCH …"
    // above the header; the ward's own heading under the motto is "THÔNG BÁO" with its "Về việc …" title.
    private const string WardNoticeUnderPortalHeadline =
        "Tìm kiếm tin tức\nLiên kết website\nKẾ HOẠCH TIÊM PHÒNG DẠI CHÓ QUẢN LÝ VẬT NUÔI NĂM 2021\nNgày cập nhật 13/04/2021\n" +
        "THÔNG BÁO\nVề việc tiêm vắc xin phòng dại chó quản lý vật nuôi và\nBảo hiểm trách nhiệm dân sự của chủ nuôi chó năm 2021\n\n" +
        "UỶ BAN NHÂN DÂN\n\nPHƯỜNG HƯƠNG HỒ\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\nĐộc lập - Tự do - Hạnh phúc\n\n \n\n" +
        "Số: 28/TB-UBND\n\n \n\n \n\nHương Hồ, ngày 02 tháng 4 năm 2021\n\n \n\n \n\nTHÔNG BÁO\n\n" +
        "Về việc tiêm vắc xin phòng dại chó quản lý vật nuôi và\n\nBảo hiểm trách nhiệm dân sự của chủ nuôi chó năm 2021\n\n \n\n \n\n \n\n" +
        "Thực hiện kế hoạch số: 1020/KH-UBND ngày 30 tháng 3 năm 2021 của UBND thị xã Hương Trà về việc tiêm vắc xin phòng dại " +
        "chó, mèo quản lý vật nuôi và bảo hiểm trách nhiệm dân sự của chủ nuôi chó năm 2021.\n\n" +
        "BCĐ tiêm phòng vắc xin phường Hương Hồ triển khai kế hoạch tiêm vắc xin phòng dại chó năm 2021 như sau:\n\n1. Mục tiêu:\n";

    [Fact]
    public void The_type_heading_under_the_motto_wins_over_a_portal_headline_of_another_type()
    {
        var r = Parser.Parse(WardNoticeUnderPortalHeadline);
        Assert.Equal("Thông báo", r.DocType);
        Assert.Equal("Về việc tiêm vắc xin phòng dại chó quản lý vật nuôi và Bảo hiểm trách nhiệm dân sự của chủ nuôi chó năm 2021", r.Title);
        Assert.Equal("28/TB-UBND", r.Number);
        Assert.Equal("commune", r.Issuer.Level);
    }

    // http://cinet.vn/van-ban-qppl-cinet/429bvhttdlvhcs-324162.html: the mirror prints the signature over the text and
    // glues its "Theo <issuer>" attribution after the name.
    private const string MirrorAttributionAfterName =
        "429/BVHTTDL-VHCS,\n\nKT BỘ TRƯỞNG THỨ TRƯỞNG Huỳnh Vĩnh Ái Theo BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH -\n\n" +
        "CÔNG VĂN Về việc tổ chức Liên hoan tuyên truyền lưu động chào mừng bầu cử Quốc hội khoá XIII và bầu cử đại biểu hội đồng nhân dân các cấp\n\n" +
        "Kính gửi: Ủy ban nhân dân tỉnh………\n\n" +
        "Thực hiện Chỉ thị số 50-CT/TW,  ngày 05 tháng 01 năm 2011 của Bộ Chính trị về bầu cử Đại biểu hội đồng nhân dân các cấp nhiệm kỳ " +
        "2011-2016, Căn cứ kế hoạch công tác năm 2001. Bộ Văn hoá, Thể thao và Du lịch phối hợp với Ủy ban nhân dân các tỉnh: Tuyên Quang, " +
        "Hà Giang, Cao Bằng, Lạng Sơn và Bắc Giang tổ chức tuyên truyền sự kiện trọng đại của đất nước bằng hình thức Liên hoan tuyên truyền lưu động.\n";

    [Fact]
    public void A_mirrors_attribution_word_after_the_name_is_no_part_of_it()
    {
        var r = Parser.Parse(MirrorAttributionAfterName);
        Assert.Equal("Huỳnh Vĩnh Ái", r.Signer?.Name);
        Assert.Equal("THỨ TRƯỞNG", r.Signer?.Title);
    }

    [Fact]
    public void Provinces_listed_as_partners_give_no_province()
    {
        // The ministry's letter names five provinces once each: none of them is the issuer's (a central body).
        var r = Parser.Parse(MirrorAttributionAfterName);
        Assert.Null(r.Issuer.Province);
    }

    [Fact]
    public void A_given_name_that_looks_like_a_sentence_word_is_kept()
    {
        // "Tài", "Vê" keep their marks and are names; only the sentence words themselves are cut.
        var r = Parser.Parse("UBND XÃ AN BÌNH\nSố: 15/UBND\nAn Bình, ngày 2 tháng 3 năm 2024\nV/v nghiệm thu công trình\n" +
            "Kính gửi: Các thôn\nĐề nghị các thôn thực hiện./.\nNơi nhận:\n- Như trên;\n- Lưu: VT.\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nNguyễn Văn Tài\n");
        Assert.Equal("Nguyễn Văn Tài", r.Signer?.Name);
    }
}
