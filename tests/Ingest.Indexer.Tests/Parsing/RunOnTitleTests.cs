using Ingest.Indexer.Parsing;

namespace Ingest.Indexer.Tests.Parsing;

/// <summary>
/// The title of a document whose line breaks are lost (a page scraped into one paragraph, a PDF's text layer without
/// newlines): it stands between the heading (or the place-date) and where the body opens. Each text is the opening of a
/// corpus document with its lines joined by spaces, as such a page gives it.
/// </summary>
public sealed class RunOnTitleTests
{
    private static readonly PlanParser Parser = new();

    [Fact]
    public void A_sentence_case_title_of_fifty_words_runs_to_the_preamble()
    {
        // lh-bo-khdt-tt-2022-18, its lines joined: a Thông tư's trích yếu of 46 words, ended by "Căn cứ".
        var r = Parser.Parse("94 CÔNG BÁO/Số 693 + 694/Ngày 21-8-2022 BỘ KẾ HOẠCH VÀ ĐẦU TƯ Số: 18/2022/TT-BKHĐT CỘNG HÒA XÃ HỘI CHỦ NGHĨA V"
            + "IỆT NAM Độc lập - Tự do - Hạnh phúc Hà Nội, ngày 08 tháng 8 năm 2022 THÔNG TƯ Quy định danh mục và thời hạn đị"
            + "nh kỳ chuyển đổi vị trí công tác đối với công chức không giữ chức vụ lãnh đạo, quản lý và viên chức trực tiếp "
            + "tiếp xúc và giải quyết công việc thuộc lĩnh vực Đầu tư ở địa phương Căn cứ Luật Phòng, chống tham nhũng ngày 2"
            + "0 tháng 11 năm 2018; Căn cứ Nghị định số 59/2019/NĐ-CP ngày 01 tháng 7 năm 2019 của Chính phủ quy định chi tiế"
            + "t một số điều và biện pháp thi hành Luật Phòng, chống tham nhũng; Căn cứ Nghị định số 86/2017/NĐ-CP ngày 26 th"
            + "áng 7 năm 2017 của Chính phủ quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Bộ Kế hoạch và Đầu "
            + "tư; Căn cứ Nghị định số 134/2021/NĐ-CP ngày 30/12/2021 của Chính phủ sửa đổi, bổ sung một số điều của Nghị địn"
            + "h số 59/2019/NĐ-CP");
        Assert.Equal("Quy định danh mục và thời hạn định kỳ chuyển đổi vị trí công tác đối với công chức không giữ chức vụ lãnh đạo, quản lý và viên chức trực tiếp tiếp xúc và giải quyết công việc thuộc lĩnh vực Đầu tư ở địa phương", r.Title);
    }

    [Fact]
    public void A_chairmans_position_before_the_body_is_cut_with_the_enacting_line()
    {
        // cp-ubnd-lai-chau-qd-2025-tthc-stc, its lines joined: "… tỉnh Lai Châu CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH LAI CHÂU Căn cứ …".
        var r = Parser.Parse("# CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc Số: /QĐ-UBND Lai Châu, ngày tháng năm 2025 # "
            + "QUYẾT ĐỊNH Về việc công bố danh mục thủ tục hành chính mới ban hành và phê duyệt quy trình nội bộ giải quyết t"
            + "hủ tục hành chính trong lĩnh vực hỗ trợ đầu tư thuộc phạm vi chức năng quản lý của Sở Tài chính tỉnh Lai Châu "
            + "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH LAI CHÂU Căn cứ Luật Tổ chức chính quyền địa phương ngày 16/6/2025; Căn cứ Nghị "
            + "định số 63/2010/NĐ-CP ngày 08/6/20210 của Chính phủ về kiểm soát thủ tục hành chính; Nghị định số 92/2017/NĐ-C"
            + "P ngày 07/8/2017 của Chính phủ sửa đổi, bổ sung một số điều của các Nghị định liên quan đến kiểm soát thủ tục "
            + "hành chính; Căn cứ Nghị định số 45/2020/NĐ-CP ngày 08 tháng 4 năm 2020 của Chính phủ về thực hiện thủ tục hành"
            + " chính trên môi trường điện");
        Assert.Equal("Về việc công bố danh mục thủ tục hành chính mới ban hành và phê duyệt quy trình nội bộ giải quyết thủ tục hành chính trong lĩnh vực hỗ trợ đầu tư thuộc phạm vi chức năng quản lý của Sở Tài chính tỉnh Lai Châu", r.Title);
    }

    [Fact]
    public void A_conclusion_notices_dated_opening_ends_its_title()
    {
        // jc-ubnd-quang-ngai-tb-11-2025-pdf, its lines joined: "… trong thời gian đến Ngày 03/01/2025, Phó Chủ tịch …".
        var r = Parser.Parse("TRUNG TÂM CÔNG BÁO VÀ TIN HỌC ttcbth@quangngai.gov.vn 09.01.2025 10:21:11 +07:00 ỦY BAN NHÂN DÂN CỘNG HÒA XÃ H"
            + "ỘI CHỦ NGHĨA VIỆT NAM TỈNH QUẢNG NGÃI Độc lập - Tự do - Hạnh phúc Số: 11 /TB-UBND Quảng Ngãi, ngày 08 tháng 01"
            + " năm 2025 THÔNG BÁO Kết luận của Phó Chủ tịch UBND tỉnh Võ Phiên tại cuộc họp nghe báo cáo về tình hình thực h"
            + "iện công tác cổ phần hóa Công ty TNHH MTV Đầu tư, Xây dựng và Kinh doanh dịch vụ Quảng Ngãi trong thời gian qu"
            + "a và nhiệm vụ trọng tâm trong thời gian đến Ngày 03/01/2025, Phó Chủ tịch UBND tỉnh Võ Phiên chủ trì họp nghe "
            + "báo cáo về tình hình thực hiện công tác cổ phần hóa Công ty TNHH MTV Đầu tư, Xây dựng và Kinh doanh dịch vụ Qu"
            + "ảng Ngãi (QISC) trong thời gian qua và nhiệm vụ trọng tâm trong thời gian đến. Tham dự họp có đại diện lãnh đạ"
            + "o các Sở, ban, ngành: Tài chính, Kế hoạch và Đầu tư, Tài nguyên và Môi trường, Xây dựng, Lao động - Thương bin"
            + "h và Xã hội, Nội");
        Assert.Equal("Kết luận của Phó Chủ tịch UBND tỉnh Võ Phiên tại cuộc họp nghe báo cáo về tình hình thực hiện công tác cổ phần hóa Công ty TNHH MTV Đầu tư, Xây dựng và Kinh doanh dịch vụ Quảng Ngãi trong thời gian qua và nhiệm vụ trọng tâm trong thời gian đến", r.Title);
    }

    [Fact]
    public void The_note_of_the_decision_that_issues_a_rule_ends_its_title()
    {
        // dc-phuong-suoi-tre-quy-che-dan-chu-2024, its lines joined: "… tỉnh Đồng Nai (Ban hành kèm theo Quyết định số 01/2024/QĐ-UBND …)".
        var r = Parser.Parse("ỦY BAN NHÂN DÂN PHƯỜNG SUỐI TRE CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc QUY CHẾ Thực hi"
            + "ện dân chủ ở cơ sở trên địa bàn phường Suối Tre thành phố Long Khánh, tỉnh Đồng Nai (Ban hành kèm theo Quyết đ"
            + "ịnh số 01/2024/QĐ-UBND ngày 06 tháng 9 năm 2024 của Ủy ban nhân dân Phường Suối Tre) Chương I NHỮNG QUY ĐỊNH C"
            + "HUNG Điều 1. Phạm vi điều chỉnh Quy chế này quy định về nội dung, cách thức thực hiện dân chủ ở cơ sở, quyền v"
            + "à nghĩa vụ của công dân trong thực hiện dân chủ ở cơ sở và trách nhiệm của cơ quan, đơn vị, tổ chức, cá nhân t"
            + "rong việc bảo đảm thực hiện dân chủ ở cơ sở trên địa bàn phường Sưới Tre, thành phố Long Khánh, tỉnh Đồng Nai."
            + " Điều 2. Đối tượng áp dụng Nhân dân trên địa bàn phường, cán bộ, công chức, người hoạt động không chuyên trách"
            + ", người lao động làm việc tại UBND phường, Trưởng các khu phố, tổ chức, cá nhân có liên quan khi liên hệ công "
            + "tác. Điều 3. Nguyên");
        Assert.Equal("Thực hiện dân chủ ở cơ sở trên địa bàn phường Suối Tre thành phố Long Khánh, tỉnh Đồng Nai", r.Title);
    }

    [Fact]
    public void A_party_guides_title_in_small_letters_under_its_heading_is_read()
    {
        // kj-ban-to-chuc-tw-hd-2025-38-pdf, its lines joined: "HƯỚNG DẪN nghiệp vụ công tác đảng viên ----- Căn cứ …".
        var r = Parser.Parse("BAN CHẤP HÀNH TRUNG ƯƠNG ĐẢNG CỘNG SẢN VIỆT NAM BAN TỔ CHỨC * Hà Nội, ngày 29 tháng 9 năm 2025 Số 38 - HD/BTCT"
            + "W HƯỚNG DẪN nghiệp vụ công tác đảng viên ----- Căn cứ Điều lệ Đảng, Quy định số 294-QĐ/TW, ngày 26-5-2025 của "
            + "Ban Chấp hành Trung ương “Thi hành Điều lệ Đảng”, Hướng dẫn 06-HD/TW, ngày 09-6-2025 của Ban Bí thư “Một số vấ"
            + "n đề cụ thể thi hành Điều lệ Đảng”, Ban Tổ chức Trung ương hướng dẫn một số vấn đề về nghiệp vụ công tác đảng "
            + "viên như sau: I. KẾT NẠP ĐẢNG VIÊN 1. Quy trình, thủ tục kết nạp đảng viên 1.1- Xây dựng và thực hiện kế hoạch"
            + " kết nạp đảng viên a) Cấp ủy trực thuộc Trung ương - Căn cứ phương châm, phương hướng, tiêu chuẩn, điều kiện k"
            + "ết nạp người vào Đảng của Trung ương và kết quả khảo sát về nguồn kết nạp Đảng để đề ra kế hoạch kết nạp đảng "
            + "viên phù hợp với điều kiện, đặc điểm của đảng bộ và những biện pháp chỉ đạo thực hiện. - Chỉ đạo ban tổ chức c"
            + "hủ trì, phối hợp");
        Assert.Equal("nghiệp vụ công tác đảng viên", r.Title);
    }

    [Fact]
    public void A_title_in_capitals_after_the_place_date_with_no_type_word_is_read()
    {
        // cp-ubnd-quang-binh-kh-2017-2254, its lines joined: a page that dropped "KẾ HOẠCH": "… năm 2017 | PHÒNG, CHỐNG DỊCH BỆNH … NĂM 2018 Căn cứ …".
        var r = Parser.Parse("ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM | Số: 2254/KH-UBND | Quảng Bình, ngày 29 tháng 11 năm 201"
            + "7 | PHÒNG, CHỐNG DỊCH BỆNH TRUYỀN NHIỄM NĂM 2018 Căn cứ kết quả phân tích dịch tể các bệnh truyền nhiễm trên đ"
            + "ịa bàn tỉnh trong những năm gần đây và diễn biến tình hình dịch bệnh năm 2017, để chủ động phòng chống dịch bệ"
            + "nh năm 2018, Ủy ban nhân dân tỉnh Quảng Bình xây dựng Kế hoạch phòng, chống dịch bệnh truyền nhiễm năm 2018 nh"
            + "ư sau: Tăng cường các biện pháp dự phòng tích cực và chủ động, giảm tỷ lệ mắc và tử vong do các bệnh truyền nh"
            + "iễm, khống chế kịp thời dịch bệnh, không để dịch lớn xảy ra và lan rộng trên địa bàn tỉnh, góp phần bảo vệ, ch"
            + "ăm sóc và nâng cao sức khỏe nhân dân, ổn định phát triển kinh tế - xã hội của tỉnh. - Tăng cường công tác chỉ "
            + "đạo phòng chống dịch của tỉnh, kiện toàn Ban Chỉ đạo phòng chống dịch các cấp; tăng cường trách nhiệm và phân "
            + "công cụ thể cho");
        Assert.Equal("PHÒNG, CHỐNG DỊCH BỆNH TRUYỀN NHIỄM NĂM 2018", r.Title);
    }
}
