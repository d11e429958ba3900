using Ingest.Indexer.Parsing;
using Issuer = Ingest.Indexer.Tests.Parsing.ExpectedIssuer;

namespace Ingest.Indexer.Tests.Parsing;

/// <summary>
/// Where the issuer block sits and what makes a body (Nghị định 30/2020/NĐ-CP Phụ lục I: the body in the left
/// column, beside the motto and above the number; Hướng dẫn 36-HD/VPTW for Party bodies). Each row is a short
/// synthetic header written for its rule, not copied from a source; matches first, then near misses.
/// </summary>
public sealed class IssuerBlockTests
{
    private static readonly PlanParser Parser = new();

    public static TheoryData<string, string, Issuer> Matches() => new()
    {
        // A portal's chrome (an upper-case banner, a metadata table) above the header is not the issuer.
        { "chrome above the block", "TIN TỨC NỔI BẬT\nCập nhật lúc 10:20 ngày 01/02/2020 bởi quản trị viên trang\nLoại văn bản: | Kế hoạch | Người ký: | Nguyễn Văn An |\nNơi ban hành: | Tỉnh Lào Cai | Lĩnh vực: | Văn hóa |\nTình trạng: | Còn hiệu lực | Ngày hiệu lực: | Đang cập nhật |\nTrích yếu: | Kế hoạch tổ chức ngày hội đọc sách trên địa bàn toàn tỉnh năm 2020 |\nỦY BAN NHÂN DÂN\nTỈNH LÀO CAI\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 12/KH-UBND\nLào Cai, ngày 03 tháng 02 năm 2020\nKẾ HOẠCH\nTổ chức ngày hội đọc sách",
          new("Ủy ban nhân dân tỉnh Lào Cai", "province", "Lào Cai") },
        { "banner, heading, then the block", "THÔNG BÁO MỚI\nKẾ HOẠCH\nVề việc tổ chức giải chạy\nSỞ Y TẾ TỈNH NAM ĐỊNH\nSố: 7/KH-SYT\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nNam Định, ngày 05 tháng 3 năm 2019\nKẾ HOẠCH\nVề việc tổ chức giải chạy",
          new("Sở Y tế tỉnh Nam Định", "province", "Nam Định") },
        // "THÀNH PHÔ" with a tone lost by OCR is still the jurisdiction; a centrally-run city is a province.
        { "OCR lost a tone of thành phố", "ỦY BAN NHÂN DÂN\nTHÀNH PHÔ ĐÀ NẴNG\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 5/KH-UBND\nĐà Nẵng, ngày 02 tháng 3 năm 2021",
          new("Ủy ban nhân dân thành phố Đà Nẵng", "province", "Đà Nẵng") },
        // The government's bodies of earlier constitutions (Phủ Thủ tướng to 1981, Hội đồng Bộ trưởng to 1992) are central.
        { "Phủ Thủ tướng, flattened table", "PHỦ THỦ TƯỚNG | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\nSố: 12-BT | Hà Nội, ngày 02 tháng 3 năm 1976 |\nQUYẾT ĐỊNH\nVề việc thành lập xã",
          new("Phủ Thủ tướng", "central", null) },
        // Before 1976 the motto line was the state's former name, "VIỆT NAM DÂN CHỦ CỘNG HÒA": no part of the issuer.
        { "former state motto, flattened table", "BỘ NỘI VỤ | VIỆT NAM DÂN CHỦ CỘNG HOÀ |\nSố: 88-NV | Hà Nội, ngày 02 tháng 3 năm 1968 |\nQUYẾT ĐỊNH\nPhê chuẩn việc thành lập thị trấn",
          new("Bộ Nội vụ", "central", null) },
        // The supreme court and procuracy are central bodies: "TỐI CAO" is no place, and "NHÂN DÂN" no people's
        // committee (ky-tand-toi-cao-cv-2012-70, ky-vks-toi-cao-hd-2022-35, with the procuracy's own code VKSTC).
        { "supreme court, head over two lines", "TÒA ÁN NHÂN DÂN\nTỐI CAO\n-------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 70/TA-TKTH\nHà Nội, ngày 13 tháng 07 năm 2012\nKính gửi: Chánh án Tòa án nhân dân tỉnh",
          new("Tòa án nhân dân tối cao", "central", null) },
        { "supreme procuracy, head over three lines", "VIỆN KIỂM SÁT\nNHÂN DÂN\nTỐI CAO\n-------\n|\nCỘNG HÒA XÃ HỘI\nCHỦ NGHĨA VIỆT NAM\n|\nSố: 35/HD-VKSTC\n|\nHà Nội, ngày 15\ntháng 12 năm 2022\n|\nHƯỚNG DẪN\nCÔNG TÁC KIỂM SÁT NĂM 2023",
          new("Viện kiểm sát nhân dân tối cao", "central", null) },
        { "Hội đồng Bộ trưởng", "HỘI ĐỒNG BỘ TRƯỞNG\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 7-HĐBT\nHà Nội, ngày 02 tháng 3 năm 1985\nNGHỊ ĐỊNH\nVề việc tổ chức",
          new("Hội đồng Bộ trưởng", "central", null) },
        // Tesseract on BHXH Việt Nam's letters (ip-bhxh-vn-1923-BHXH-CNTT-2024-ocr, ip-bhxh-vn-cv-csyt-2015-ocr): a tone
        // taken for another ("HIẾM" for HIỂM) in a head of four words, and the rule under the block read as "_" after
        // two syllables run together ("VIỆTNAM_").
        { "OCR misread a tone of the head", "BẢO HIẾM XÃ HỘI VIỆT NAM CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\nSố: 1923/BHXH-CNTT Hà Nội, ngày 20 tháng 06 năm 2024\nV/V tăng cường bảo đảm an toàn",
          new("Bảo hiểm xã hội Việt Nam", "central", null) },
        { "OCR glued two syllables under a rule", "BẢO HIỂM XÃ HỘI VIỆTNAM_ CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\nSố: 3360/BHXH-CSYT Hà Nội, ngày 04 tháng 9 năm 2015\nV/v sửa đổi, bổ sung chỉ tiêu dữ liệu",
          new("Bảo hiểm xã hội Việt Nam", "central", null) },
        // iu-ldld-lam-dong-cv-ctcd-2025-ocr: Tesseract dropped a tone ("ĐOAN" for ĐOÀN) in the unit's head of three words
        // under its federation's line; the lower line is still the issuing body.
        { "OCR lost a tone of the unit's head", "TỔNG LIÊN ĐOÀN LAO ĐỘNG  CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nVIỆT NAM Độc lập - Tự do - Hạnh phúc\nLIÊN ĐOAN LAO ĐỘNG\nTỈNH LÂM ĐỒNG Lâm Đồng, ngày 10 tháng 9 năm 2025\nSố: 35/LĐLĐ-CTCĐ\nV/v giới thiệu lãnh đạo tham gia Ban\nKính gửi: Sở Nội vụ.",
          new("Liên đoàn Lao động tỉnh Lâm Đồng", "province", "Lâm Đồng") },
        // ka-bcd-ptlnbv-dong-nai-tb-2024-canh-bao-chay-rung-portal, ic-bcd-ntm-nhan-khang-01-KH-BCD-2016-123doc: "BCĐ" is the
        // steering committee's short name (Ban Chỉ đạo), a unit under the committee above it as "BAN CHỈ ĐẠO" is.
        { "steering committee abbreviated under its committee", "UBND TỈNH ĐỒNG NAI\nBCĐ CHƯƠNG TRÌNH PTLNBV\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nBiên Hòa, ngày 31 tháng 05 năm 2024\nTHÔNG BÁO\nCảnh báo cháy rừng",
          new("BCĐ Chương trình PTLNBV tỉnh Đồng Nai", "province", "Đồng Nai") },
        // jh-dh-cntt-khoa-httt-tb-2014-ocr: a university's faculty (Khoa) writes its own line under the university's, and is
        // named with it, at the university's level; "KHOA HỌC" opening a line is a body's name, not a faculty.
        { "faculty under its university", "TRƯỜNG ĐẠI HỌC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nCÔNG NGHỆ THÔNG TIN Độc lập - Tự do - Hạnh phúc\nKHOA HỆ THỐNG THÔNG TIN\nTp. Hồ Chí Minh, ngày 13 tháng 1 năm 2014\nSố: 01/TB-HTTT\nTHÔNG BÁO\nKế hoạch bảo vệ Thực tập Tốt nghiệp",
          new("Khoa Hệ thống Thông tin Trường Đại học Công nghệ Thông tin", "central", null) },
        { "science ministry's name on two lines", "BỘ\nKHOA HỌC VÀ CÔNG NGHỆ\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 7/KH-BKHCN\nHà Nội, ngày 05 tháng 3 năm 2019\nKẾ HOẠCH\nVề việc tổ chức",
          new("Bộ Khoa học và Công nghệ", "central", null) },
        // ip-bv-phu-san-can-tho-cv-1067-2023-ocr: the unit's line ends with its place's initials (TP Cần Thơ), spelled out once.
        { "place initials after the unit", "_ SỞ Y TẾ TP CẦN THƠ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nBỆNH VIỆN PHỤ SẢN TPCT Độc lập - Tự do - Hạnh phúc\n\nSố: 1067/BVPS Cần Thơ, ngày 12 tháng 5 năm 2023\n\nV/v đề nghị bổ sung một số chức",
          new("Bệnh viện Phụ sản thành phố Cần Thơ", "province", "Cần Thơ") },
        // ip-ubnd-phuong-sa-dec-qd-157-2025-pdf: a ward's villages bear a province's name ("các khóm: Khánh Hòa"); the
        // header names no province, so none is read.
        { "villages named like a province", "   ỦY BAN NHÂN DÂN            CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n    PHƯỜNG SA ĐÉC                     Độc lập - Tự do - Hạnh phúc\n   Số: 157 /QĐ-UBND-TL             Sa Đéc, ngày 31 tháng 12 năm 2025\n\n                              QUYẾT ĐỊNH\n         Về việc thành lập Ban bầu cử đại biểu Hội đồng nhân dân\n\n"
            + "       Điều 1. Thành lập Ban bầu cử đại biểu Hội đồng nhân dân phường Sa Đéc,\nnhiệm kỳ 2026 - 2031 ở đơn vị bầu cử số 9, gồm các khóm: Khánh Hòa, Đông Quới,\nKhánh Nhơn.\n      9. Ông Ngô Hồng Tân, Bí thư Chi bộ, Trưởng khóm Khánh Hoà, Ủy viên;\n",
          new("Ủy ban nhân dân phường Sa Đéc", "commune", null) },
        // A hospital is a public service unit under its Sở: named with the Sở's place, at the Sở's level.
        { "hospital under its Sở", "SỞ Y TẾ TỈNH BẮC NINH\nBỆNH VIỆN ĐA KHOA\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 40/TB-BV\nBắc Ninh, ngày 02 tháng 3 năm 2021",
          new("Bệnh viện Đa khoa tỉnh Bắc Ninh", "province", "Bắc Ninh") },
        // A sub-committee is part of the election committee above it, named with that committee's whole name.
        { "election sub-committee", "ỦY BAN BẦU CỬ PHƯỜNG AN LẠC\nTIỂU BAN AN NINH, TRẬT TỰ\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 02/KH-TBANTT\nAn Lạc, ngày 12 tháng 1 năm 2026",
          new("Tiểu ban An ninh, trật tự Ủy ban bầu cử phường An Lạc", "commune", null) },
        // mi-doan-giam-sat-hdnd-binh-duong-tb-2021-11-pdf (a signed PDF of the council's supervision team, verbatim as the
        // product extracts it): a delegation the council sends out is a part of it, named with the council's whole name.
        { "supervision team under its council", "HỘI ĐỒNG NHÂN DÂN\nTỈNH BÌNH DƯƠNG\nĐOÀN GIÁM SÁT\nSố: 11/TB-ĐGS\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nBình Dương, ngày 21 tháng 10 năm 2021\nTHÔNG BÁO\nPhân công nhiệm vụ\nthành viên Đoàn giám sát",
          new("Đoàn giám sát Hội đồng nhân dân tỉnh Bình Dương", "province", "Bình Dương") },
        // A council's committee is no body of the province: it is named with the council, as its own portal writes it
        // ("Ban Pháp chế HĐND tỉnh họp với lãnh đạo các cơ quan chức năng", vphdnd.bacninh.gov.vn, 2023).
        { "committee of a provincial council", "HĐND TỈNH NGHỆ AN\nBAN KINH TẾ - NGÂN SÁCH\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 45/BC-KTNS\nNghệ An, ngày 02 tháng 12 năm 2023\nBÁO CÁO\nThẩm tra dự thảo nghị quyết",
          new("Ban Kinh tế - Ngân sách HĐND tỉnh Nghệ An", "province", "Nghệ An") },
        // A sub-committee of a body named by its task, with no place (a congress's steering or organising committee), is
        // named with that body's whole name too, at its level.
        { "sub-committee of a placeless committee", "BAN CHỈ ĐẠO ĐẠI HỘI ĐẠI BIỂU\nCÁC DÂN TỘC THIỂU SỐ VIỆT NAM\nTIỂU BAN TUYÊN TRUYỀN\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 07/KH-TT\nHà Nội, ngày 10 tháng 5 năm 2019\nKẾ HOẠCH\nTuyên truyền Đại hội",
          new("Tiểu ban Tuyên truyền Ban Chỉ đạo đại hội đại biểu các dân tộc thiểu số Việt Nam", "central", null) },
        // A THCS, tiểu học or mầm non school sits in its commune whoever manages it: the district's committee above it
        // gives the province, not the level (corpus README, 2026-12-03); a numbered school keeps its number.
        { "school under a district's committee", "UBND HUYỆN LẤP VÒ\nTRƯỜNG THCS BÌNH THẠNH TRUNG\nCỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập – Tự do – Hạnh phúc\nSố: 12/KH-THCS\nBình Thạnh Trung, ngày 19 tháng 04 năm 2022\nKẾ HOẠCH\nTổ chức Ngày Sách",
          new("Trường THCS Bình Thạnh Trung", "commune", "Đồng Tháp") },
        // "TRƯỜNG MG" is a mẫu giáo school, a commune's, spelled out in the record.
        { "kindergarten under a city's committee", "UBND THÀNH PHỐ BẢO LỘC\nTRƯỜNG MG HOA HỒNG\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 21/KH-MGHH\nLộc Phát, ngày 05 tháng 9 năm 2022\nKẾ HOẠCH\nTổ chức Tết Trung thu",
          new("Trường Mẫu giáo Hoa Hồng", "commune", "Lâm Đồng") },
        // A unit with its own line under its school is named with the school as its place, at the school's level.
        { "unit under its school", "TRƯỜNG TIỂU HỌC AN PHÚ\nBAN ĐẠI DIỆN CHA MẸ HỌC SINH\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 03/KH-BĐD\nAn Phú, ngày 12 tháng 10 năm 2021\nKẾ HOẠCH\nHoạt động năm học 2021 - 2022",
          new("Ban đại diện cha mẹ học sinh Trường Tiểu học An Phú", "commune", null) },
        // A document-sharing page: the block glued to the page counter's tags, the Phòng glued to its committee on one
        // line, a full stop ending the cell.
        { "page counter's tags before a flattened block", "Tải bản đầy đủ (.docx) (6 trang)\n\nKH an toan giao thong cua PGD\n\nBạn đang xem bản rút gọn của tài liệu.\n\n<span class='text_page_counter'>(1)</span>UBND HUYỆN YÊN THẾ PHÒNG GIÁO DỤC VÀ ĐÀO TẠO. Số: 12 /KH-PGD&ĐT. CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc Yên Thế, ngày 02 tháng 3 năm 2019. KẾ HOẠCH Bảo đảm an toàn giao thông năm 2019 Căn cứ tình hình thực tế",
          new("Phòng Giáo dục và Đào tạo huyện Yên Thế", "district", "Bắc Giang") },
        // A listed body's name with a space lost between two words: the listed spelling, not the glued words.
        { "listed name with a lost space", "BỘ TÀI NGUYÊN VÀMÔI TRƯỜNG\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 1234/BTNMT-KHTC\nV/v hướng dẫn lập kế hoạch năm 2020\nHà Nội, ngày 10 tháng 4 năm 2019\nKính gửi: Ủy ban nhân dân các tỉnh",
          new("Bộ Tài nguyên và Môi trường", "central", null) },
        // "BAN CHẤP HÀNH TRUNG ƯƠNG" alone, the number's code (-/TWĐTN) saying whose central committee.
        { "central committee named by its code", "BAN CHẤP HÀNH TRUNG ƯƠNG\n*\nSố: 45-KH/TWĐTN-VP\nĐOÀN TNCS HỒ CHÍ MINH\nHà Nội, ngày 10 tháng 4 năm 2019\nKẾ HOẠCH\nTổ chức Tháng Thanh niên năm 2019",
          new("Ban Chấp hành Trung ương Đoàn TNCS Hồ Chí Minh", "central", null) },
        // A portal's title line repeats the number above the header: the header's own number line is the later one,
        // and the Ban's block stands above it; the Huyện ủy's district gives the province.
        { "number repeated by a portal's title", "Số 12- KH/BDVHU\nKẾ HOẠCH Tuyên truyền kỷ niệm ngày thành lập huyện\nHUYỆN ỦY SÌN HỒ\nBAN DÂN VẬN\n*\nSố 12- KH/BDVHU\nĐẢNG CỘNG SẢN VIỆT NAM\nSìn Hồ, ngày 10 tháng 3 năm 2019\nKẾ HOẠCH\nTuyên truyền kỷ niệm ngày thành lập huyện",
          new("Ban Dân vận Huyện ủy Sìn Hồ", "district", "Lai Châu") },
        // http://xacamha.hatinh.gov.vn/vi/laws/detail/Bao-cao-Ket-qua-thuc-hien-ke-hoach-kinh-te-xa-hoi-quoc-phong-an-ninh-6-thang-dau-nam-va-nhiem-vu-giai-phap-thuc-hien-6-thang-cuoi-nam-2022-205/:
        // a portal's metadata table prints the number after its field's label; the header's own number line is the later one.
        { "number repeated by a portal's metadata table", "Báo cáo Kết quả thực hiện kế hoạch kinh tế - xã hội 6 tháng đầu năm 2022\n\nSố kí hiệu Số: 218 /BC-UBND\nNgày ban hành 24/06/2022\nCơ quan ban hành Khác\nNgười ký Nguyễn Văn Hùng\n\nNội dung\n\nỦY BAN NHÂN DÂN\n     XÃ CẨM HÀ\n\n\nSố: 218 /BC-UBND\n \nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n\nCẩm Hà, ngày  24 tháng 6  năm 2022\nBÁO CÁO\nKết quả thực hiện kế hoạch kinh tế - xã hội, quốc phòng - an ninh 6 tháng",
          new("Ủy ban nhân dân xã Cẩm Hà", "commune", null) },
        // A mirror's title line names the letter by its type and number above the copied header
        // (km-tong-cuc-hai-quan-cv-2018-5452): the header's own number line is the later one, its block above it.
        { "number repeated by a mirror's title line", "Công văn số: 5452/TCHQ-GSQL V/v vướng mắc Luật Quản lý ngoại thương.\n\n \n\nBỘ TÀI CHÍNH\nTỔNG CỤC HẢI QUAN\n-------\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n---------------\n\nSố: 5452/TCHQ-GSQL\nV/v vướng mắc Luật Quản lý ngoại thương.\n\nHà Nội, ngày 19 tháng 09 năm 2018\n\nKính gửi: Bộ Công Thương.",
          new("Tổng cục Hải quan", "central", null) },
        // The header copied from Word with the motto and the school's line in a VNI font, spaces lost between cells.
        { "header lines in a VNI font", "PHÒNG GDĐT HOÀI NHƠNCOÄNG HOAØ XAÕ HOÄI CHUÛ NGHÓAVIEÄT NAM\nTRÖÔØNG TH SOÁ 2 XAÕ HOAØI TAÂNÑoäclaäp – Töï do – Haïnhphuùc\nSố:       /KH-TH2                               Hoài Tân, ngày 12tháng 4 năm 2022\nKEÁ HOAÏCH\nTỔ CHỨC NGÀY HỘI ĐỌC SÁCH\n- Căn cứ nhiệm vụ năm học;",
          new("Trường Tiểu học số 2 xã Hoài Tân", "commune", null) },
        // A mass organisation's name over "BAN CHẤP HÀNH TRUNG ƯƠNG": its central committee.
        { "mass organisation's central committee", "HỘI CỰU CHIẾN BINH VIỆT NAM\nBAN CHẤP HÀNH TRUNG ƯƠNG\n*\nSố 88-CV/CCB\nHà Nội, ngày 20 tháng 7 năm 2019",
          new("Ban Chấp hành Trung ương Hội Cựu chiến binh Việt Nam", "central", null) },
        // A mass organisation under its district's or commune's committee is named with that committee's place
        // (the lower line is the issuer): "UBND HUYỆN THANH OAI" / "HỘI KHUYẾN HỌC" is "Hội Khuyến học huyện Thanh Oai".
        { "mass organisation under its district's committee", "UBND HUYỆN THANH OAI CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\nHỘI KHUYẾN HỌC Độc lập - Tự do - Hạnh phúc\nSố: /BC-HKH Thanh Oai, ngày tháng 4 năm 2012\nBÁO CÁO\nTổng kết công tác khuyến học nhiệm kỳ thứ nhất",
          new("Hội Khuyến học huyện Thanh Oai", "district", "Hà Nội") },
        { "mass organisation under its commune's committee", "UBND XÃ AN BÌNH\nHỘI NGƯỜI CAO TUỔI\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 05/KH-NCT\nAn Bình, ngày 04 tháng 5 năm 2022\nKẾ HOẠCH\nTổ chức mừng thọ người cao tuổi",
          new("Hội Người cao tuổi xã An Bình", "commune", null) },
        // A school's Liên đội sits at the school's level.
        { "Liên đội of a school", "ĐỘI TNTP HỒ CHÍ MINH\nLIÊN ĐỘI TRƯỜNG THCS LÊ LỢI\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 3/KH-LĐ\nĐông Hà, ngày 1 tháng 9 năm 2019",
          new("Liên đội Trường THCS Lê Lợi", "commune", null) },
        // A Front committee's standing board, the cell's "/" left before the first word.
        { "standing board, slash debris", "|\n/ỦY BAN MTTQ VIỆT NAM\nPHƯỜNG HÒA AN\nBAN THƯỜNG TRỰC\nSố: 9/KH-MTTQ-BTT\n|\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nHòa An, ngày 3 tháng 2 năm 2026",
          new("Ban Thường trực Ủy ban MTTQ Việt Nam phường Hòa An", "commune", null) },
        // A school page quoting the letter ("thông báo số: …", its subject) above the letter's own header.
        { "page quoting the letter above its header", "Trường THPT An Lạc\n\nTHÔNG BÁO LỊCH THI\n\nThực hiện thông báo số: 55/SGDĐT-KT của Sở về lịch thi học kỳ.\n\nVề lịch thi học kỳ I năm học 2020-2021\n\nỦY BAN NHÂN DÂN\nTỈNH LONG AN\nSỞ GIÁO DỤC VÀ ĐÀO TẠO\n\nSố: 55/SGDĐT-KT\nVề lịch thi học kỳ I năm học 2020-2021\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nLong An, ngày 02 tháng 12 năm 2020",
          new("Sở Giáo dục và Đào tạo tỉnh Long An", "province", "Long An") },
        // The heading line lost: the enacting line under the title names the body, read from the place-date down;
        // "QUYẾT ĐỊNH:" under "Căn cứ" is the enacting clause, not the heading.
        { "enacting line with no heading", "ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\nSố: 21/2010/QĐ-UBND | Vĩnh Yên, ngày 05 tháng 4 năm 2010 |\nVỀ VIỆC BAN HÀNH QUY CHẾ QUẢN LÝ VẬT LIỆU NỔ\nỦY BAN NHÂN DÂN TỈNH VĨNH PHÚC\nCăn cứ Luật Tổ chức HĐND và UBND ngày 26/11/2003;\nQUYẾT ĐỊNH:\nĐiều 1. Ban hành kèm theo Quyết định này Quy chế.",
          new("Ủy ban nhân dân tỉnh Vĩnh Phúc", "province", "Vĩnh Phúc") },
        // "ỦY BAN NHÂN DÂN TỈNH" of 2018 over "Thừa Thiên Huế, ngày …": the province of that date, under the word written.
        { "bare jurisdiction, province renamed since", "ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\nSố: 12/QĐ-UBND | Thừa Thiên Huế, ngày 3 tháng 3 năm 2018 |\nVỀ VIỆC GIAO CHỈ TIÊU TUYỂN SINH\nỦY BAN NHÂN DÂN TỈNH\nCăn cứ Luật Giáo dục ngày 14/6/2005;\nQUYẾT ĐỊNH:\nĐiều 1. Giao chỉ tiêu tuyển sinh năm 2018.",
          new("Ủy ban nhân dân tỉnh Thừa Thiên Huế", "province", "Thừa Thiên Huế") },
        // No date and a blank number: the title's school year dates the plan, so the province has its name of then.
        { "undated plan, province renamed since", "SỞ GIÁO DỤC VÀ ĐÀO TẠO\nTHÀNH PHỐ HUẾ\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố:      /KH-SGDĐT\nKẾ HOẠCH\nNhiệm vụ trọng tâm năm học 2014-2015\nCăn cứ Luật Giáo dục;",
          new("Sở Giáo dục và Đào tạo thành phố Huế", "province", "Thừa Thiên Huế") },
        // No header: the body says who speaks. "… thông báo:" introduces the document's own content; a commune
        // named like a province ("xã Hòa Bình") names no province.
        { "self-statement before a colon", "Lịch tiếp công dân tháng 5\n\nĐể phục vụ nhân dân được thuận lợi, UBND xã Hòa Bình thông báo:\n1. Lịch tiếp công dân vào thứ Hai hằng tuần.",
          new("UBND xã Hòa Bình", "commune", null) },
        // A Thông báo whose body says "… thông báo …": the verb is the document's own type.
        { "self-statement of a notice", "Thông báo ngày ra quân làm sạch môi trường\n\nỦy ban nhân dân phường Tân Mai thông báo chính thức ngày ra quân là ngày 12 tháng 3 năm 2023 đến toàn thể nhân dân.",
          new("Ủy ban nhân dân phường Tân Mai", "commune", null) },
        // A portal's copy without the header: the sentence that gives the document's own number names who issued it.
        { "portal copy naming its issuer by the own number", "Thông báo tổ chức tiếp công dân định kỳ tháng 4 năm 2024\n09:30 12/3/2024\nNgày 12/3/2024, UBND xã Tân Hòa ban hành Thông báo số 45/TB-UBND về việc tổ chức tiếp công dân định kỳ tháng 4 năm 2024.\nTheo đó, Chủ tịch UBND xã tiếp công dân vào ngày 15 hằng tháng tại trụ sở.",
          new("UBND xã Tân Hòa", "commune", null) },
        // A portal's schedule: the heading names whose schedule it is ("CỦA CHỦ TỊCH ỦY BAN …"), which is no issuer
        // block; the joint office of the council and committee speaks, and the text names its city elsewhere.
        { "joint office under a heading naming the chairman", "Thông báo lịch tiếp công dân định kỳ\n\nLỊCH TIẾP CÔNG DÂN ĐỊNH KỲ\n\nCỦA CHỦ TỊCH ỦY BAN NHÂN DÂN THÀNH PHỐ LONG XUYÊN\n\nCăn cứ Luật Tiếp công dân ngày 25 tháng 11 năm 2013;\n\nVăn phòng HĐND và UBND thành phố thông báo lịch tiếp công dân của Chủ tịch UBND thành phố Long Xuyên hoặc ủy quyền cho Phó Chủ tịch UBND thành phố tiếp công dân cụ thể như sau:\n\n1. Tiếp công dân định kỳ: vào ngày 05 và 20 hàng tháng.\n\n- Địa điểm: Trụ sở Tiếp công dân thành phố Long Xuyên, tỉnh An Giang.",
          new("Văn phòng HĐND và UBND thành phố Long Xuyên", "district", "An Giang") },
        // A ministry's name lists its fields with commas; the letter's header was lost by the mirror.
        { "ministry named with commas in a self-statement", "CÔNG VĂN Về việc Tuyên truyền, giáo dục các ngày lễ lớn năm 2010\n\nKính gửi: Các cơ quan báo chí thuộc Bộ\n\nBộ Văn hóa, Thể thao và Du lịch nhận được Hướng dẫn số 91-HD/BTGTW về việc Tuyên truyền, giáo dục các Ngày lễ lớn năm 2010. Để đảm bảo công tác tuyên truyền thiết thực, hiệu quả, Bộ Văn hóa, Thể thao và Du lịch đề nghị:\n\nCác cơ quan báo chí thuộc Bộ chủ động xây dựng kế hoạch.",
          new("Bộ Văn hóa, Thể thao và Du lịch", "central", null) },
        // A central Ban's letter whose header the mirror lost: the only block is its annex's model ("ĐẢNG ỦY …..", a
        // kind of body); the letter's own number, given under the annex's title, has the code of one central body.
        { "model block beside a central code", "Kính\ngửi: Các tỉnh ủy, thành ủy, đảng ủy trực thuộc Trung ương\nĐề nghị các tỉnh ủy chỉ đạo xây dựng quy chế làm việc.\nNơi nhận:\n- Như trên,\n- Lưu VP.\n|\nK/T\nTRƯỞNG BAN\nPHÓ TRƯỞNG BAN\nNguyễn Quang Dương\n|\nMẫu 1-QCLV\nĐẢNG\nBỘ …..\nĐẢNG ỦY …..\n-------\n|\nĐẢNG\nCỘNG SẢN VIỆT NAM\n|\nSố:\n- QC/ĐU\n|\n……,\nngày ... tháng ... năm ...\n|\nHướng dẫn khung Quy chế làm việc mẫu của đảng ủy cơ\nsở\n(Ban hành kèm theo Công văn số 7619-CV/BTCTW, ngày 30/12/2024 của Ban Tổ\nchức Trung ương)\nQUY\nCHẾ\nlàm\nviệc của Ban Chấp hành Đảng bộ khóa..., nhiệm kỳ...",
          new("Ban Tổ chức Trung ương", "central", null) },
        // A commune named Hội An or Hội Xuân: "XÃ HỘI" after the committee's name is the commune's jurisdiction and the
        // first word of its name, not the motto's society; on its own line, run into the motto, or after "UBND".
        { "commune named Hội …, own line", "ỦY BAN NHÂN DÂN\nXÃ HỘI AN\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 12/KH-UBND\nHội An, ngày 10 tháng 3 năm 2022\nKẾ HOẠCH\nPhòng chống thiên tai năm 2022",
          new("Ủy ban nhân dân xã Hội An", "commune", null) },
        { "commune named Hội …, run into the motto", "ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nXÃ HỘI XUÂN Độc lập - Tự do - Hạnh phúc\nSố: 12/TB-UBND Hội Xuân, ngày 10 tháng 3 năm 2022\nTHÔNG BÁO\nLịch tiếp công dân",
          new("Ủy ban nhân dân xã Hội Xuân", "commune", null) },
        { "commune named Hội …, one line", "UBND XÃ HỘI AN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc Số: 12/KH-UBND Hội An, ngày 10 tháng 3 năm 2022 KẾ HOẠCH Phòng chống thiên tai năm 2022",
          new("UBND xã Hội An", "commune", null) },
        { "city named Hội An, run into the motto", "UỶ BAN NHÂN DÂN CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM THÀNH PHỐ HỘI AN Độc lập - Tự do - Hạnh phúc Số: 94 /KH-UBND Hội An, ngày 28 tháng 7 năm 2015 KẾ HOẠCH Phòng, chống thiên tai năm 2015",
          new("Ủy ban nhân dân thành phố Hội An", "district", "Quảng Nam") },
        { "commune's Party committee named Hội …", "ĐẢNG BỘ HUYỆN CHỢ MỚI\nĐẢNG ỦY XÃ HỘI AN\n*\nSố 05-NQ/ĐU\nĐẢNG CỘNG SẢN VIỆT NAM\nHội An, ngày 10 tháng 3 năm 2022\nNGHỊ QUYẾT\nVề lãnh đạo sản xuất",
          new("Đảng ủy xã Hội An", "commune", null) },
        // "XÃ HỘI" in a body's field is society: the labour office keeps its whole name and its district.
        { "society in an office's field", "UBND HUYỆN TÂN TRỤ\nPHÒNG LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI\nSố: 29/LĐTBXH\nTân Trụ, ngày 10 tháng 10 năm 2013\nV/v trợ cấp một lần\nKính gửi: Sở LĐTB&XH",
          new("Phòng Lao động - Thương binh và Xã hội huyện Tân Trụ", "district", "Long An") },
        { "society in a board's task", "UBND TỈNH AN GIANG\nBAN CHỈ ĐẠO CÔNG TÁC GIẢM NGHÈO VÀ AN SINH XÃ HỘI\nSố: 12/KH-BCĐ\nAn Giang, ngày 10 tháng 3 năm 2022\nKẾ HOẠCH\nGiảm nghèo",
          new("Ban Chỉ đạo công tác giảm nghèo và An sinh xã hội tỉnh An Giang", "province", "An Giang") },
        // A school named after its thị trấn writes it "TT" after its level, glued ("MNTT") or not: the thị trấn's name
        // follows, the school sits in that commune-level town, and the district's office above it gives the province.
        { "school level glued to TT", "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTRƯỜNG MNTT PHÚ MỸ Độc lập - Tự do - Hạnh phúc\nSố: 08/KH-MNTT Phú Mỹ, ngày 10 tháng 9 năm 2020\nKẾ HOẠCH\nNăm học 2020-2021",
          new("Trường Mầm non Thị trấn Phú Mỹ", "commune", null) },
        { "primary school glued to TT", "UBND HUYỆN ĐÔNG ANH\nTRƯỜNG THTT ĐÔNG ANH\nSố: 21/KH-TH\nĐông Anh, ngày 10 tháng 9 năm 2020\nKẾ HOẠCH\nNăm học 2020-2021",
          new("Trường Tiểu học Thị trấn Đông Anh", "commune", "Hà Nội") },
        { "school level, then TT", "PHÒNG GD&ĐT CẦN GIUỘC\nTRƯỜNG THCS TT CẦN GIUỘC\nSố: 12/KH-THCS\nCần Giuộc, ngày 02 tháng 01 năm 2020\nKẾ HOẠCH\nNăm học 2019-2020",
          new("Trường THCS thị trấn Cần Giuộc", "commune", "Long An") },
        // The listed name ends a longer body's name: the office speaks, not the committee.
        { "self-statement of an office", "Về việc xử lý kiến nghị của cử tri (1234/VP-KT, ngày 03/5/2019).\n\nVăn phòng UBND tỉnh thông báo để các sở, ngành biết và thực hiện như sau: giao Sở Xây dựng chủ trì.",
          new("Văn phòng UBND tỉnh", "province", null) },
    };

    // A page's title or a list number closed by a full stop, then the block on the same line: the block is read from the
    // header, not guessed from the number's code.
    [Theory]
    [InlineData("Quyết định 12/2024/QĐ-TTg. THỦ TƯỚNG CHÍNH PHỦ ------- CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc\nSố: 12/2024/QĐ-TTg\nHà Nội, ngày 10 tháng 3 năm 2024\nQUYẾT ĐỊNH\nBAN HÀNH QUY CHẾ LÀM VIỆC\nCăn cứ Luật Tổ chức Chính phủ;", "Thủ tướng Chính phủ")]
    [InlineData("Nội dung Text: Quyết định số 88/QĐ-BYT\n\n  1. BỘ Y TẾ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM  Độc lập  Tự do  Hạnh phúc   Số: 88/QĐ-BYT Hà Nội, ngày 04 tháng 12 năm 2021    QUYẾT ĐỊNH VỀ VIỆC PHÊ DUYỆT KẾ HOẠCH HÀNH ĐỘNG BỘ TRƯỞNG BỘ Y TẾ Căn cứ Nghị định số 75/2017/NĐ-CP;", "Bộ Y tế")]
    public void A_block_after_a_closed_line_start_is_the_headers(string text, string issuer)
    {
        var r = Parser.Parse(text);
        Assert.Equal(issuer, r.Issuer.Name);
        Assert.Equal("central", r.Issuer.Level);
        Assert.Contains(r.Fields.Single(f => f.Field == "issuer").Evidence, e => e.Source == "header");
        Assert.False(r.NeedsReview);
    }

    // A listed body's name is written as the tables spell it, whatever case the block's words were read in: "TƯ" is
    // also the Party's code for Trung ương, but "ĐẦU TƯ" and "TƯ PHÁP" are words.
    [Theory]
    [InlineData("BỘ KẾ HOẠCH VÀ ĐẦU TƯ\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 3397/BKHĐT-QLKTTW\nHà Nội, ngày 23 tháng 5 năm 2019\nV/v hướng dẫn áp dụng\nKính gửi: Tổng công ty", "Bộ Kế hoạch và Đầu tư")]
    [InlineData("BỘ TƯ PHÁP | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\nSố: 05/2025/TT-BTP | Hà Nội, ngày 10 tháng 3 năm 2025 |\nTHÔNG TƯ\nQuy định chi tiết\nCăn cứ Luật;", "Bộ Tư pháp")]
    // lu-vp-hdnd-hung-yen-kh-2017-288-ocr: the province's name closing the block with its space lost.
    [InlineData("HĐND TỈNH HƯNGYÊN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\nVĂN PHÒNG Độc lập - Tự do - Hạnh phúc\nSố: 288/KH-VP Hưng Yên, ngày 14 tháng 12 năm 2017\nKẾ HOẠCH\nTổ chức kỳ họp", "Văn phòng HĐND tỉnh Hưng Yên")]
    // lt-so-tu-phap-tuyen-quang-qd-2018-110-ocr: the listed body's head, then its province; "ngày:" with a colon.
    [InlineData("UBND TỈNH TUYÊN QUANG   CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSỞ TƯ PHÁP   Độc lập - Tự do - Hạnh phúc\nSố: 110/QĐ-STP   Tuyên Quang, ngày: 28 tháng 6 năm 2018\nQUYẾT ĐỊNH\nBan hành Quy chế", "Sở Tư pháp tỉnh Tuyên Quang")]
    public void A_listed_body_keeps_the_tables_spelling(string text, string issuer) =>
        Assert.Equal(issuer, Parser.Parse(text).Issuer.Name);

    [Fact]
    public void A_lost_type_code_in_the_number_is_the_headings()
    {
        var r = Parser.Parse("ỦY BAN NHÂN DÂN\nTỈNH SƠN LA\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 452/-UBND\nSơn La, ngày 02 tháng 3 năm 2016\nQUYẾT ĐỊNH\nVỀ VIỆC PHÊ DUYỆT DỰ TOÁN\nCăn cứ Luật Ngân sách nhà nước ngày 16/12/2002;");
        Assert.Equal("452/QĐ-UBND", r.Number);
        Assert.Contains(r.Diagnostics, d => d.Code == "symbol-repaired");
    }

    [Fact]
    public void A_type_word_below_the_legal_basis_is_not_the_heading()
    {
        var r = Parser.Parse("ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\nSố: 21/2010/QĐ-UBND | Vĩnh Yên, ngày 05 tháng 4 năm 2010 |\nVỀ VIỆC BAN HÀNH QUY CHẾ QUẢN LÝ VẬT LIỆU NỔ\nCăn cứ Luật Tổ chức HĐND và UBND ngày 26/11/2003;\nQUYẾT ĐỊNH:\nĐiều 1. Ban hành kèm theo Quyết định này Quy chế.");
        Assert.False(r.Title?.StartsWith("Điều", StringComparison.Ordinal) ?? false, r.Title);
    }

    [Fact]
    public void A_date_line_in_a_table_below_the_legal_basis_is_not_the_headers()
    {
        // A portal's copy: "Căn cứ …" opens the body, and the schedule's table has a "Ngày 11/3/2024" cell on its own line.
        var r = Parser.Parse("THÔNG BÁO Lịch tổ chức Hội nghị cử tri tại các khu phố trên địa bàn thị trấn\n\nCăn cứ Kế hoạch số 64/KH-UBND ngày 16/02/2024 của UBND huyện Hữu Lũng về việc tổ chức lấy ý kiến cử tri.\n\nNgày 19/02/2024, UBND thị trấn ban hành Kế hoạch số 24/KH-UBND ngày 19/02/2024 tổ chức lấy ý kiến cử tri theo lịch cụ thể như sau:\n\nSTT\n\nTên đơn vị\n\n1\n\nKhu An Ninh\n\nTối 19h30’\n\nNgày 11/3/2024\n\nĐại diện lãnh đạo Đảng ủy");
        Assert.Null(r.IssueDate);
        Assert.Equal("commune", r.Issuer.Level);
        // Its commune named nowhere (the corpus's portal copy names it in the plan's subject): the committee's kind, as
        // written, flagged for review.
        Assert.Equal("UBND thị trấn", r.Issuer.Name);
        Assert.True(r.NeedsReview);
    }

    [Theory, MemberData(nameof(Matches))]
    public void Reads_the_issuer(string layout, string text, Issuer expected) => expected.AssertReadIn(layout, Parser.Parse(text));

    public static TheoryData<string, string> NearMisses() => new()
    {
        // A page number glued to the block's first word: the block still reads from its line, not from mid-line.
        // A heading or a portal's banner where the block should be: no body, so no issuer rather than a wrong one.
        { "type heading at the top", "CÔNG VĂN\nSố 15-CV/ĐU\nngày 11 tháng 5 năm 2016\nVề việc chuẩn bị đại hội chi bộ\nKính gửi: Các chi bộ trực thuộc" },
        { "portal banner", "TIN NỔI BẬT\n\nV/v Chuyển đổi mục đích sử dụng đất\n\nỦy ban có ý kiến như sau: giao Sở Xây dựng chủ trì." },
        { "glued page number", "Trang 2ỦY BAN NHÂN DÂN\nXÃ AN BÌNH\nSố: 3/TB-UBND\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nAn Bình, ngày 04 tháng 5 năm 2022" },
    };

    // A short headerless letter, then "Nơi nhận:", its signature and an annexed model's blank header: the header ends
    // where the recipients begin, so the model's "ĐẢNG ỦY XÃ AN PHÚ" and its place line are no issuer or place.
    [Fact]
    public void The_foot_below_the_recipients_is_no_header()
    {
        var r = Parser.Parse("Kính gửi: Các đảng ủy cơ sở\nĐể thống nhất việc xây dựng quy chế làm việc, đề nghị các đảng ủy cơ sở căn cứ quy chế mẫu gửi kèm để xây dựng quy chế của cấp mình.\nNơi nhận:\n- Như trên;\n- Lưu VP.\n|\nK/T\nTRƯỞNG BAN\nPHÓ TRƯỞNG BAN\nNguyễn Văn An\n|\nMẫu 1\nĐẢNG BỘ XÃ AN PHÚ\nĐẢNG ỦY XÃ AN PHÚ\n-------\n|\nĐẢNG CỘNG SẢN VIỆT NAM\n|\nSố: - QC/ĐU\n|\nAn Phú, ngày ... tháng ... năm ...\nQUY CHẾ\nlàm việc của Ban Chấp hành Đảng bộ");
        Assert.Null(r.Issuer.Name);
        Assert.Null(r.Place);
        Assert.Contains(r.Diagnostics, d => d.Code == "issuer-missing");
    }

    [Theory, MemberData(nameof(NearMisses))]
    public void Never_takes_chrome_for_the_issuer(string layout, string text)
    {
        var r = Parser.Parse(text);
        Assert.False(r.Issuer.Name is { } n && (n.StartsWith("Trang", StringComparison.OrdinalIgnoreCase) || n.Contains("nổi bật", StringComparison.OrdinalIgnoreCase)
            || n.StartsWith("Công văn", StringComparison.OrdinalIgnoreCase)), $"{layout}: issuer {r.Issuer.Name}");
    }

    // lt-so-tu-phap-tuyen-quang-qd-2018-110-ocr: a colon typed or read after "ngày" on the place-date line.
    [Fact]
    public void A_colon_after_ngay_on_the_place_date_line_keeps_the_date() =>
        Assert.Equal("2018-06-28", Parser.Parse("UBND TỈNH TUYÊN QUANG   CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSỞ TƯ PHÁP   Độc lập - Tự do - Hạnh phúc\nSố: 110/QĐ-STP   Tuyên Quang, ngày: 28 tháng 6 năm 2018\nQUYẾT ĐỊNH\nBan hành Quy chế").IssueDate);

    // lt-cuc-thue-tp-hcm-cv-2011-hoa-don-ocr: a unit under its parent named after the city's short name ("TP.HCM", its kind
    // word's initials written in) is that city's; a body of its own so named, the national university, stays central.
    [Theory]
    [InlineData("TỔNG CỤC THUẾ   CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nCỤC THUẾ TP.HCM   Độc lập - Tự do - Hạnh phúc\nSố: 621/CT-KTT3   TP. Hồ Chí Minh, ngày 14 tháng 7 năm 2011\nV/v: Không đóng dấu trên hoá đơn đặt in.\nKính gởi: Công ty\n", "province", "Hồ Chí Minh")]
    [InlineData("ĐẠI HỌC QUỐC GIA TP.HCM CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTRƯỜNG ĐẠI HỌC CÔNG NGHỆ THÔNG TIN Độc lập - Tự do - Hạnh phúc\nSố: 01/TB-BGH Tp. Hồ Chí Minh, ngày 22 tháng 01 năm 2013\nTHÔNG BÁO\nVề việc nghỉ Tết\n", "central", null)]
    public void A_unit_named_after_the_citys_short_name_is_the_citys(string text, string level, string? province)
    {
        var r = Parser.Parse(text);
        Assert.Equal((level, province), (r.Issuer.Level, r.Issuer.Province));
    }
}
