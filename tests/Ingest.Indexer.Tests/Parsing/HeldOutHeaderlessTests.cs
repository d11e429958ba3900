using Ingest.Indexer.Parsing;

namespace Ingest.Indexer.Tests.Parsing;

/// <summary>
/// Headerless copies from the nineteenth session's held-out batches (corpus README, `iy-`, `iz-`, `ja-`, `jb-`): what
/// the text's own lines say of it where no header stands. Rows cut from the corpus documents named in each test.
/// </summary>
public sealed class HeldOutHeaderlessTests
{
    private static readonly PlanParser Parser = new();

    [Fact]
    public void A_telegrams_sender_line_gives_its_type_and_sender()
    {
        // iz-chu-tich-ubnd-huyen-tho-xuan-cd-2024-atnd-headerless (thoxuan.vn).
        const string text = """
            CĐ - UBND

            Đăng lúc: 18/09/2024 (GMT+7)

            Về việc chủ động ứng phó với áp thấp nhiệt đới có khả năng mạnh lên thành bão

                                   CHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN THỌ XUÂN điện:
                                         - Chủ tịch UBND các xã, thị trấn;
                                         - Trưởng các phòng, ngành, đơn vị trên địa bàn huyện.

                     Thực hiện Công điện số 21/CĐ-UBND ngày 17/9/2024 của Chủ tịch UBND tỉnh Thanh Hoá về việc chủ động ứng phó với áp thấp nhiệt đới.
            """;

        var record = Parser.Parse(text);

        Assert.Equal("Công điện", record.DocType);
        // The corpus writes "Chủ tịch UBND huyện Thọ Xuân"; the scorer reads UBND and Ủy ban nhân dân as one.
        Assert.Equal("Chủ tịch Ủy ban nhân dân huyện Thọ Xuân", record.Issuer.Name);
        Assert.Equal("district", record.Issuer.Level);
    }

    [Fact]
    public void A_short_type_heading_takes_its_title_from_the_capital_lines_under_it()
    {
        // ja-hoi-ctd-ninh-binh-dc-2024-headerless.
        const string text = """
            Tập tin đính kèm
            ĐỀ CƯƠNG TUYÊN TRUYỀN
            KỶ NIỆM 78 NĂM NGÀY THÀNH LẬP HỘI CHỮ THẬP ĐỎ VIỆT NAM
            (23/11/1946 – 23/11/2024)
            Vinh dự, tự hào là tổ chức xã hội nhân đạo của quần chúng do Chủ tịch Hồ Chí Minh sáng lập.
            """;

        var record = Parser.Parse(text);

        Assert.Equal("Đề cương", record.DocType);
        Assert.Equal("TUYÊN TRUYỀN KỶ NIỆM 78 NĂM NGÀY THÀNH LẬP HỘI CHỮ THẬP ĐỎ VIỆT NAM (23/11/1946 – 23/11/2024)", record.Title);
    }

    [Fact]
    public void A_type_word_and_colon_heads_a_title_broken_onto_a_lower_case_line()
    {
        // ja-hoi-ccb-vn-bcd-hd-2019-headerless.
        const string text = """
            HƯỚNG DẪN: Công tác phòng, chống tội phạm; mua bán người; ma túy

            mại dâm; HIV/AIDS & thực hiện phong trào BVANTQ năm 2019

                Năm 2019 tình hình an ninh thế giới và khu vực diễn biến khó lường.
            """;

        var record = Parser.Parse(text);

        Assert.Equal("Hướng dẫn", record.DocType);
        Assert.Equal("Công tác phòng, chống tội phạm; mua bán người; ma túy mại dâm; HIV/AIDS & thực hiện phong trào BVANTQ năm 2019", record.Title);
    }

    [Fact]
    public void A_line_that_is_only_a_documents_whole_naming_is_the_copys_heading()
    {
        // iy-btc-tw-20-HD-BTCTW-2008-headerless-docsharing.
        const string text = """
            Tải bản đầy đủ (.doc) (6 trang)

            Hướng dẫn số 20-HD/BTCTW, ngày 10/10/2008 của Ban Tổ chức Trung ương về đánh giá
            chất lượng tổ chức cơ sở đảng và đảng viên
            16:21 | 27/10/2008
            A - MỤC ĐÍCH, YÊU CẦU
            - Đánh giá đúng chất lượng tổ chức cơ sở đảng và đảng viên theo tinh thần Nghị quyết Đại hội X của Đảng.
            """;

        var record = Parser.Parse(text);

        Assert.Equal("20-HD/BTCTW", record.Number);
        Assert.Equal("Hướng dẫn", record.DocType);
        Assert.Equal("2008-10-10", record.IssueDate);
        Assert.Equal("Ban Tổ chức Trung ương", record.Issuer.Name);
        Assert.Equal("về đánh giá chất lượng tổ chức cơ sở đảng và đảng viên", record.Title);
        Assert.DoesNotContain(record.Citations, c => c.Number == "20-HD/BTCTW");
    }

    [Fact]
    public void A_naming_that_closes_a_sentence_or_a_list_item_is_a_citation()
    {
        // Passages ip-015 and dc- (corpus passages): the same form ended by a stop or continuing a list.
        var record = Parser.Parse("Nghị quyết số 160/NQ-HĐBCQG ngày 22 tháng 3 năm 2021 của\nHội đồng bầu cử quốc gia.");
        Assert.Null(record.Number);
        Assert.Contains(record.Citations, c => c.Number == "160/NQ-HĐBCQG");
    }

    [Fact]
    public void A_portal_lead_gives_the_type_and_placed_issuer_over_a_V_v_and_a_placeless_statement()
    {
        // iz-ubnd-tx-dien-ban-tb-2019-217-treo-co-headerless (dienban.gov.vn).
        const string text = """
            Thông báo treo cờ Tổ quốc và tiếp thanh chương trình truyền thanh trực tiếp phiên khai mạc Đại hội đại biểu MTTQ Việt Nam thị xã Điện Bàn lần thứ IX, nhiệm kỳ 2019-2024
            Thông báo số 217/TB-UBND ngày 08/5/2019 của UBND thị xã Điện Bàn V/v treo cờ Tổ quốc và tiếp thanh chương trình truyền thanh trực tiếp phiên khai mạc Đại hội đại biểu MTTQ Việt Nam thị xã Điện Bàn lần thứ IX, nhiệm kỳ 2019-2024

            Theo đề nghị của Ban Thường trực Ủy ban MTTQ Việt Nam thị xã tại Công văn số 275/MTTQ-BTT ngày 06/5/2019 về việc phối hợp tổ chức Đại hội, UBND thị xã thông báo:

            1. Các cơ quan, đơn vị treo cờ Tổ quốc ở công sở và gia đình.
            """;

        var record = Parser.Parse(text);

        Assert.Equal("Thông báo", record.DocType);
        Assert.Equal("UBND thị xã Điện Bàn", record.Issuer.Name);
    }

    [Fact]
    public void Courtesy_before_the_verb_is_no_part_of_the_speakers_name()
    {
        // iz-ubnd-phuong-quyet-tien-tb-2022-hoi-thi-headerless.
        const string text = """
            Thông báo thời gian tổ chức Hội thi văn nghệ quần chúng
            Thực hiện Kế hoạch số 327/KH-UBND ngày 08 tháng 7 năm 2022 của Ủy ban nhân dân phường Quyết Tiến về việc tổ chức Hội thi văn nghệ quần chúng phường Quyết Tiến lần thứ IV năm 2022.
            UBND phường trân trọng thông báo tới Nhân dân các dân tộc trên địa bàn phường Quyết Tiến về thời gian, địa điểm tổ chức Hội thi như sau:
            Địa điểm: Nhà văn hóa phường Quyết Tiến.
            """;

        var record = Parser.Parse(text);

        Assert.Equal("UBND phường Quyết Tiến", record.Issuer.Name);
    }

    [Fact]
    public void A_letter_that_asks_Quy_co_quan_names_its_issuer()
    {
        // jb-tong-cuc-thong-ke-cv-2022-gop-y-headerless (gso.gov.vn).
        const string text = """
            Kính gửi:

            – Ủy ban nhân dân tỉnh, thành phố trực thuộc Trung ương;

            – Cục Thống kê tỉnh, thành phố trực thuộc Trung ương.

            Theo quy định của Luật Ban hành văn bản quy phạm pháp luật, Tổng cục Thống kê đề nghị Quý Cơ quan cho ý kiến về dự thảo Thông tư nêu trên.

            Văn bản góp ý của Quý Cơ quan gửi về Tổng cục Thống kê, số 54 Nguyễn Chí Thanh, Đống Đa, Hà Nội trước ngày 20/11/2022.
            """;

        var record = Parser.Parse(text);

        Assert.Equal("Tổng cục Thống kê", record.Issuer.Name);
        Assert.Equal("central", record.Issuer.Level);
        Assert.Null(record.Issuer.Province);
    }

    [Fact]
    public void A_posts_first_line_in_which_the_body_gives_notice_about_a_matter_is_a_notice_so_titled()
    {
        // je-ubnd-xa-vinh-hung-tb-2026-niem-yet-cu-tri-headerless: the portal's date and time close the line.
        const string text = """
            UBND xã Vĩnh Hưng thông báo về việc niêm yết danh sách cử tri trên địa bàn xã phục vụ công tác bầu cử theo quy định của pháp luật 03/02/2026 11:08
            Căn cứ các quy định hiện hành về bầu cử và kế hoạch tổ chức thực hiện của cấp trên, UBND xã Vĩnh Hưng tổ chức niêm yết danh sách cử tri để Nhân dân biết, theo dõi và thực hiện quyền, nghĩa vụ của mình.
            """;

        var record = Parser.Parse(text);

        Assert.Equal("Thông báo", record.DocType);
        Assert.Equal("về việc niêm yết danh sách cử tri trên địa bàn xã phục vụ công tác bầu cử theo quy định của pháp luật", record.Title);
    }

    [Fact]
    public void A_self_naming_verb_written_with_a_capital_ends_the_issuers_name()
    {
        // jp-ubnd-xa-hiep-hoa-tb-2024-nghi-tet-headerless: "…, UBND xã Hiệp Hoà Thông báo như sau:" closing the bases.
        var record = Parser.Parse("Căn cứ Bộ luật Lao động ngày 20/11/2019; Thông báo số 20/TB-UBND ngày 17/01/2024 của UBND huyện Hiệp Đức về nghỉ Tết Âm lịch năm 2024, "
            + "UBND xã Quế Bình Thông báo như sau:\n1. Cán bộ, công chức xã được nghỉ Tết Âm lịch năm 2024 từ ngày 08/02/2024.\n");
        Assert.Equal("UBND xã Quế Bình", record.Issuer.Name);
        Assert.Equal("commune", record.Issuer.Level);
        Assert.Equal("Thông báo", record.DocType);
    }
}
