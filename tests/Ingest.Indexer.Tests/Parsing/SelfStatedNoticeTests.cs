using Ingest.Indexer.Parsing;

namespace Ingest.Indexer.Tests.Parsing;

/// <summary>
/// Notices printed on a school's or ward's own page without a header (corpus README, `li` and `le` batches): the body
/// names itself in the sentence in which it gives notice to its readers ("… thông báo cho / đến / tới …"), whose head
/// may be written in lower case where it opens the main clause. Rows cut from the corpus documents named in each test.
/// </summary>
public sealed class SelfStatedNoticeTests
{
    private static readonly PlanParser Parser = new();

    [Fact]
    public void A_notice_to_its_audience_is_the_bodys_own_notice_without_an_announcement()
    {
        // li-mn-son-ca-tb-2020-nghi-hoc-headerless: no "như sau", no colon; the audience after the verb.
        const string text = """
            Thực hiện công văn số 27/CV- PGDĐT v/v cho học sinh nghỉ học phòng chống dịch bệnh đường hô hấp cấp do virut Corona gây ra trong trường học.

                   Trường Mầm Non Sơn Ca thông báo cho phụ huynh có con em đang học tại trường tiếp tục nghỉ học trong 03 ngày từ ngày 03 - 05/02/2020.Trong thời gian học sinh nghỉ học, cán bộ - giáo viên - công nhân viên nhà trường thực hiện tổng vệ sinh môi trường.

                    Tiếp tục theo dõi và thực hiện kịp thời các thông báo của nhà trường.
            """;

        var record = Parser.Parse(text);

        Assert.Equal("Trường Mầm Non Sơn Ca", record.Issuer.Name);
        Assert.Equal("commune", record.Issuer.Level);
        Assert.Equal("Thông báo", record.DocType);
    }

    [Fact]
    public void A_pages_button_asking_to_be_notified_is_no_notice()
    {
        // hx-hoi-dong-chinh-phu-qd-1979-52 (the whole page): the law site's "Thông báo cho tôi …" under the signature.
        const string text = """
            17/02/1979 | 3622 Lượt xem |

            HỘI ĐỒNG CHÍNH PHỦ
            ******

            CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
            Độc lập - Tự do - Hạnh phúc
            *******

            Số: 52-CP

            Hà Nội, ngày 17 tháng 02 năm 1979



            QUYẾT ĐỊNH

            VỀ VIỆC ĐIỀU CHỈNH ĐỊA GIỚI MỘT SỐ PHƯỜNG THUỘC QUẬN 6 VÀ QUẬN 10, THÀNH PHỐ HỒ CHÍ MINH

            HỘI ĐỒNG CHÍNH PHỦ

            Căn cứ vào Điều 74 của Hiến pháp năm 1959 quy định quyền hạn của Hội đồng Chính phủ;
            Theo đề nghị của Ủy ban nhân dân thành phố Hồ Chí Minh,

            QUYẾT ĐỊNH:

            Điều 1. Nay phê chuẩn việc điều chỉnh địa giới một số phường thuộc quận 6 và quận 10, thành phố Hồ Chí Minh như sau:

            Quận 6:

            1. Giải thể phường 3; đất và dân cư của phường này sáp nhập vào các phường 1, 4 và 6;

            2. Giải thể phường 11; đất và dân cư của phường này sáp nhập vào các phường 5, 10 và 12;

            3. Giải thể phường 15; đất và dân cư của phường này sáp nhập vào các phường 14, 16 và 17.

            Quận 10:

            1. Giải thể phường 13; đất và dân cư của phường này sáp nhập vào các phường 12 và 14;

            2. Giải thể phường 10; đất và dân cư của phường này sáp nhập vào các phường 9 và 15;

            3. Giải thể phường 18; đất và dân cư của phường này sáp nhập vào các phường 16 và 19;

            Điều 2. Ủy ban nhân dân thành phố Hồ Chí Minh chịu trách nhiệm thi hành Quyết định này./.





            TM. VÀ THỪA ỦY NHIỆM CỦA HỘI ĐỒNG CHÍNH PHỦ
            BỘ TRƯỞNG PHỦ THỦ TƯỚNG
            Vũ Tuân



            Thông báo cho tôi khi VB này có hoặc hết hiệu lực

            Tags: 52-CP, QUYET DINH 52-CP, HOI DONG CHINH PHU, DIEU CHINH DIA GIOI PHUONG, QUAN 6, QUAN 10, THANH PHO HO CHI MINH, BO MAY HANH CHINH
            """;

        var record = Parser.Parse(text);

        Assert.Equal("Hội đồng Chính phủ", record.Issuer.Name);
    }

    [Fact]
    public void A_lower_case_head_after_the_operative_nay_names_the_author()
    {
        // li-mg-tan-hoa-tb-2020-nghi-hoc-headerless.
        const string text = """
            Căn cứ  công văn  số 50/ PGDĐT ngày 15/02/2020 của Phòng Giáo dục và đào tạo về việc  kéo dài thời gian nghỉ học của học sinh do dịch bệnh Covid-19

                Nay trường Mẫu Giáo Tân Hòa thông báo đến học sinh, Cán bộ, Giáo viên, nhân viên Về Việc cho học sinh tiếp tục nghỉ học  do dịch bệnh Covid-19 một số nội dung như sau:

              1. Học sinh
            """;

        var record = Parser.Parse(text);

        Assert.Equal("Trường Mẫu Giáo Tân Hòa", record.Issuer.Name);
        Assert.Equal("Thông báo", record.DocType);
    }

    [Fact]
    public void A_lower_case_head_after_the_grounds_comma_names_the_author_of_the_plan()
    {
        // li-mn-cam-linh-a-kh-2020-tuyen-sinh-headerless.
        const string text = """
            Căn cứ kết quả điều tra phổ cập năm 2019-2020 .

            Căn cứ điều kiện thực tế của nhà  trường, trường Mầm non Cẩm Lĩnh A  xây dựng kế hoạch tuyển sinh năm học 2020 – 2021 của nhà trường như sau:

            I. MỤC ĐÍCH YÊU CẦU
            """;

        var record = Parser.Parse(text);

        Assert.Equal("Trường Mầm non Cẩm Lĩnh A", record.Issuer.Name);
        Assert.Equal("Kế hoạch", record.DocType);
    }

    [Fact]
    public void A_notice_announcing_its_content_specifically_names_its_ward()
    {
        // le-ubnd-phuong-cu-khoi-tb-2020-niem-yet-ho-ngheo-headerless: "… cụ thể sau:" as "… như sau:".
        const string text = """
            Căn cứ công văn số 2003/UBND-LĐTBXH ngày 05/10/2020 của UBND quận Long Biên về rà soát đánh giá kết quả giảm nghèo năm 2020.

            UBND phường Cự Khối thông báo việc niêm yết công khai danh sách hộ thoát nghèo, hộ thoát cận nghèo trên địa bàn phường cuối năm 2020 cụ thể sau:

            1. Đối tượng niêm yết
            """;

        var record = Parser.Parse(text);

        Assert.Equal("UBND phường Cự Khối", record.Issuer.Name);
    }
}
