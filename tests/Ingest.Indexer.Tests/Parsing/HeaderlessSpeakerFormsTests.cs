using Ingest.Indexer.Parsing;

namespace Ingest.Indexer.Tests.Parsing;

/// <summary>
/// Documents printed without their header whose body names its speaker in forms the older readers missed (corpus
/// README, `mc` batch and the twenty-third session's rule for a body named by its kind alone): a place whose first
/// word folds to a department's head, a body named by its kind alone that assigns or rests on its grounds, and a
/// courtesy "kính gửi" before the verb. Rows cut verbatim from the corpus documents named in each test.
/// </summary>
public sealed class HeaderlessSpeakerFormsTests
{
    private static readonly PlanParser Parser = new();

    [Fact]
    public void A_commune_whose_name_opens_with_a_word_like_a_department_head_speaks_whole()
    {
        // mc-ubnd-xa-phong-hai-tb-2019-tha-rong-headerless: "Phong" folds to "phòng" but opens no department.
        const string text = """
            Thông báo cấm thả rông gia súc,gia cầm trên địa bàn xã
            Ngày cập nhật 05/08/2019
            Căn cứ Điều 5, khoản 1, điểm c, e và điều 7 khoản 1, điểm e, của nghị định 167/2013NĐ-CP ngày 12/11/2013 về quy định xử phạt hành chính trong lĩnh vực an ninh, an toàn xã hội,

            Nay ủy ban nhân dân xã Phong Hải thông báo cho nhân dân trên địa bàn xã cụ thể như sau.Đặc biệt là các hộ chăn nuôi bò.
            -Các hộ dân có nuôi gia súc: bò,. Nghiêm cấm thả rông trong khu dân cư trên địa bàn xã.
            """;

        var record = Parser.Parse(text);

        Assert.Equal("Ủy ban nhân dân xã Phong Hải", record.Issuer.Name);
        Assert.Equal("commune", record.Issuer.Level);
    }

    [Fact]
    public void A_district_committee_named_by_its_kind_that_assigns_after_its_grounds_speaks()
    {
        // mc-ubnd-huyen-cv-2022-lay-y-kien-quy-hoach-ha-tinh-headerless: the main clause after "Thực hiện …,".
        const string text = """
            Kính gửi:    UBND các xã Lưu Vĩnh Sơn, Thạch Đài, Thạch Xuân, Thạch Hải, Thạch Khê.

            Thực hiện Công văn số 821/SXD-QHHT5 ngày 12 tháng 4 năm 2022 của Sở Xây dựng về việc lấy ý kiến cộng đồng dân cư về Đề cương nhiệm vụ lập điều chỉnh quy hoạch chung thành phố Hà Tĩnh và vùng phụ cận, UBND huyện giao UBND các xã nêu trên tổ chức lấy ý kiến của đại diện cộng đồng dân cư có liên quan.

            Yêu cầu UBND các xã nêu trên nghiêm túc thực hiện./.
            """;

        var record = Parser.Parse(text);

        Assert.Equal("UBND huyện", record.Issuer.Name);
        Assert.Equal("district", record.Issuer.Level);
    }

    [Fact]
    public void A_commune_committee_named_by_its_kind_that_opens_a_paragraph_on_its_grounds_speaks()
    {
        // mc-ubnd-xa-tb-2022-cam-chan-tha-nghia-trang-headerless: the level is the speaker's, not that of the province
        // named in a cited directive's subject ("… trên địa bàn tỉnh").
        const string text = """
            THÔNG BÁO

                Về việc cấm chăn thả trâu, bò và đổ rác thải tại khu vực Nghĩa trang Quán Ngái và Nội Công

            Kính gửi: Cán bộ và nhân trong xã

            UBND xã căn cứ Nghị định số: 23/2016/NĐ-CP ngày 05/4/2016 của Chính phủ; về xây dựng, quản lý, sử dụng Nghĩa trang; Chỉ thị số 31/CT-UBND ngày 29/12/2017 của UBND tỉnh Thái Bình; về việc tăng cường quản lý quy hoạch, xây dựng và quản lý nghĩa trang trên địa bàn tỉnh.
            """;

        var record = Parser.Parse(text);

        Assert.Equal("UBND xã", record.Issuer.Name);
        Assert.Equal("commune", record.Issuer.Level);
    }

    [Fact]
    public void An_office_holder_assigning_is_no_body_named_by_its_kind_speaking()
    {
        // jc-ubnd-quang-ngai-cv-507-2025-pdf: "Chủ tịch UBND tỉnh giao Sở …" conveys the chairman's instruction.
        const string text = """
            Thực hiện ý kiến chỉ đạo của Chủ tịch UBND tỉnh, Chủ tịch UBND tỉnh giao Sở Thông tin và Truyền thông chủ trì, phối hợp với các cơ quan liên quan.
            """;

        var record = Parser.Parse(text);

        Assert.NotEqual("UBND tỉnh", record.Issuer.Name);
    }

    [Fact]
    public void A_school_that_courteously_says_kinh_gui_before_its_notice_speaks_for_it()
    {
        // lv-mn-trung-gia-tb-2021-nghi-hoc-headerless.
        const string text = """
            Thực hiện công văn số 460/UBND- KGVX ngày 15/02/2021 của UBND Thành phố Hà Nội về việc cho học sinh, sinh viên tạm dừng đến trường nhằm đảm bảo công tác phòng chống dịch bệnh Covid-19. Trường MN Trung Giã kính gửi thông báo đến quý phụ huynh học sinh:

             Học sinh toàn trường tạm dừng đến trường từ ngày 17/02/2021 đến hết ngày 28/02/2021.
            """;

        var record = Parser.Parse(text);

        Assert.Equal("Trường MN Trung Giã", record.Issuer.Name);
        Assert.Equal("commune", record.Issuer.Level);
        Assert.Equal("Thông báo", record.DocType);
    }
}
