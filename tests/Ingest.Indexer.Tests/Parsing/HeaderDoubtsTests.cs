using Ingest.Indexer.Model;
using Ingest.Indexer.Parsing;

namespace Ingest.Indexer.Tests.Parsing;

/// <summary>
/// The review flag on confident misreadings: a header part that another part contradicts raises its doubt's code,
/// grades the doubted field below <see cref="FieldReading.ReviewBelow"/> and flags the record; a header whose parts
/// agree raises none. Rows are excerpts of tests/corpus documents (named beside them) or headers built on their
/// layout; matches first, then near misses.
/// </summary>
public sealed class HeaderDoubtsTests
{
    private static readonly PlanParser Parser = new();

    private static readonly string[] Codes =
        ["title-above-header", "type-against-code", "title-opens-on-punctuation", "title-closes-on-debris", "title-goes-on-in-brackets", "title-unheaded-letter",
         "issuer-shorthand", "issuer-code-as-name", "province-against-place", "issuer-line-debris"];

    public static TheoryData<string, string, string, string> Matches() => new()
    {
        // ij-mg-hoa-sen-kien-tuong-kh-110-2025-portal with the document's own heading dropped by the copy: only the portal's headline above the header is left to read as the title.
        { "a portal's headline above the header", "title-above-header", "title",
          "Thư viện Video\n\nKẾ HOẠCH THỰC HIỆN NHIỆM VỤ NĂM HỌC 2025-2026\n.     UBND PHƯỜNG KIẾN TƯỜNG   CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n           TRƯỜNG MẪU GIÁO  HOA SEN             Độc lập - Tự do - Hạnh phúc\n\n               Số: 110/KH-MGHS                   Kiến Tường, ngày 10 tháng 9  năm 2025\n\nCăn cứ Công văn số 1084/SGDĐT-GDMN, ngày 03/9/2025 của Sở Giáo dục và Đào tạo tỉnh Tây Ninh,\nTrường Mẫu giáo Hoa Sen xây dựng kế hoạch thực hiện nhiệm vụ giáo dục mầm non năm học 2025-2026 như sau:\nI. ĐẶC ĐIỂM TÌNH HÌNH" },
        // A ministry's number coded TT under another heading: the centre issues Thông tư, so the two disagree.
        { "a central body's TT code under another heading", "type-against-code", "title",
          "BỘ TÀI CHÍNH\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\nSố: 15/2021/TT-BTC\n\nHà Nội, ngày 05 tháng 3 năm 2021\n\nKẾ HOẠCH\nThực hiện công tác tài chính năm 2021\n\nCăn cứ Luật Ngân sách nhà nước;\n" },
        // a heading the number's code contradicts (a Kế hoạch numbered QĐ, the shape ii-hdnd-hue-36-2025-NQ-HDND-repo had before the two-line verb-led title was read).
        { "a type word the number's code contradicts", "type-against-code", "title",
          "ỦY BAN NHÂN DÂN\nTỈNH ĐỒNG NAI\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\nSố: 15/QĐ-UBND\n\nĐồng Nai, ngày 05 tháng 3 năm 2021\n\nKẾ HOẠCH\nThực hiện công tác dân tộc năm 2021\n\nCăn cứ Luật Tổ chức chính quyền địa phương;\n" },
        // hy-ttyt-me-linh-bc-2018-dan-so-ocr, its heading's type word lost to OCR as well as read with a speck before it
        // (the real page's ": BẢO CÁO …" is read right now): what is left opens on the colon.
        { "a title opening on a colon", "title-opens-on-punctuation", "title",
          "SỞ YTEHÀ NỘI CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTRUNG TÂM Y TẺ MÊ LINH Độc lập - Tự do - Hạnh phúc\nSố:/(x› /BC-TTYT Mê Linh, ngày Ô ‡ tháng 8 năm 2018.\n\n: NỘI DUNG GIAO BAN\nCÔNG TÁC DÂN SÓ - KHHGĐ THÁNG 8 NĂM 2018\n\n1. Kết quả thực hiện công tác Dân số - KHHGĐ tháng 7 năm 2018\n" },
        // il-ubnd-ha-noi-1878-QD-UBND-2026-pdf (batch il-) with its bracket broken over two lines: the title's last words in
        // a bracket the reader does not take (a bracket whole on its line is now read as the title's, TitleClosingLineTests).
        { "a title that goes on in brackets", "title-goes-on-in-brackets", "title",
          "ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HÀ NỘI\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\nSố: 1878 /QĐ-UBND\n\nHà Nội, ngày 13 tháng 4 năm 2026\n\nĐộc lập - Tự do - Hạnh phúc\n\nQUYẾT ĐỊNH\nVề việc phê duyệt Phương án, vị trí tuyến đường Quốc lộ 1A, tỷ lệ 1/500\n(đoạn từ nút giao Vành đai 1 - hầm Kim Liên\nđến nút giao cầu Giẽ).\nĐịa điểm: thành phố Hà Nội\nUỶ BAN NHÂN DÂN THÀNH PHỐ HÀ NỘI\nCăn cứ Luật Tổ chức Chính quyền địa phương ngày 16/6/2025;\n" },
        // ij-ubnd-xa-tan-phu-tlkt-08-2022-ocr's layout with a heading no type row names (the Trích lục itself is now typed by its row).
        { "an upper-case heading over a text typed Công văn", "title-unheaded-letter", "title",
          "TỈNH LONG AN  \nHUYỆN ĐỨC HÒA  \nUBND XÃ TÂN PHÚ\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM  \nĐộc lập - Tự do - Hạnh phúc\n\nSố: 08/XN-UBND\n\nTân Phú, ngày 11 tháng 01 năm 2022\n\n**GIẤY XÁC NHẬN**  \n(BẢN SAO)\n\n**Họ, chữ đệm, tên: PHAN THỊ NẰM**\n\nNgày, tháng, năm sinh: 1945\n" },
        // ij-phong-ldtbxh-ben-luc-298-2013-ocr's layout with a Phòng shorthand no table spells out (LĐTB&XH now is).
        { "a department left in shorthand", "issuer-shorthand", "issuer",
          "**UBND HUYỆN BẾN LÚC  \nPHÒNG QLĐT**\n\n**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM  \nĐộc lập – Tự do – Hạnh phúc**\n\nSố: 298/QLĐT\n\nBến Lức, ngày 10 tháng 10 năm 2013\n\nV/v giải quyết trợ cấp một lần\n\nKính gửi: - UBND xã Mỹ Yên\n\nCăn cứ Quyết định số 12/QĐ-UBND ngày 01/01/2013.\n" },
        // The layout of ik-hnd-dong-thap-09-HD-HNDT-2015-123docz (batch ik-): the Ban Chấp hành of an organisation named
        // by a shorthand the tables do not hold (the Red Cross's HCTĐ; the farmers' HND is now written out).
        { "an organisation left in shorthand", "issuer-shorthand", "issuer",
          "Trang 1HỘI CHỮ THẬP ĐỎ VIỆT NAM\nBCH HCTĐ TỈNH ĐỒNG THÁP\n*\nSố 09-HD/HCTĐ\nCao Lãnh, ngày 12 tháng 3 năm 2015\nHƯỚNG DẪN\ntiêu chuẩn và quy trình xét chọn hộ gia đình tiêu biểu,\ncác cấp\n-Căn cứ Quy định số 944-QĐ/TW, ngày 04 tháng 9 năm 2014 của Ban Thường vụ Trung ương Hội Chữ thập đỏ Việt Nam;\n" },
        // ig-lien-doi-th-quang-thach-ct-doi-2017-portal: two bodies on one flattened line, the Đội's code TNTP taken for a name.
        { "an agency's code written as a name", "issuer-code-as-name", "issuer",
          "Chương trình công tác đội năm học 2017 – 2018\n\nTháng Mười Một 15, 2017 8:57 sáng\n\nHỘI ĐỒNG ĐỘI HUYỆN QUẢNG TRẠCH                    ĐỘI TNTP HỒ CHÍ MINH   \n\nLiên đội trường TH Quảng  Thạch\n\nKế hoạch\n\nCông tác Đội và phong trào thiếu nhi năm học 2017 – 2018\n\nThực hiện Chương trình công tác Đội và phong trào thiếu nhi năm học 2017 – 2018 của Hội đồng Đội tỉnh Quảng Bình;\n" },
        // Built on the layout of id-pgd-thanh-oai-78-KH-PGD-2016: a district of one province (Thanh Oai, Hà Nội) over a
        // place line that is another province's name.
        { "a place line naming another province", "province-against-place", "province",
          "UBND HUYỆN THANH OAI | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nPHÒNG GIÁO DỤC VÀ ĐÀO TẠO | Độc lập - Tự do - Hạnh phúc\nSố: 78/KH-PGD | Hải Phòng, ngày 15 tháng 9 năm 2016\nKẾ HOẠCH\nHOẠT ĐỘNG PHÒNG CHỐNG TAI NẠN THƯƠNG TÍCH NĂM HỌC 2016-2017\nCăn cứ Công văn số 1234/SGDĐT-CTTT;\n" },
        // jj-dh-cntt-tb-2013-01-ocr: the seal's specks "1¬ œ6" after the school's name, whose letters the scan damaged too.
        { "seal debris on the issuer's line", "issuer-line-debris", "issuer",
          "ĐẠI HỌC QUỐC GIA TP.HCM CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n. TRƯỜNG ĐẠI HỌC Độc lập - Tự do - Hạnh phúc\nCÔNG NGHỊ THONG TIN 1¬ œ6\nsố: 01/TB-BGH Tp. Hô Chí Minh, ngày22tháng 01 năm 2013\nTHÔNG BÁO\n(V/v Tăng cường giám sát trong phòng thì)\nHiện nay Phòng Công tác Sinh viên đã nhận được 3 bản tường trình của sinh viên.\n" },
    };

    [Theory]
    [MemberData(nameof(Matches))]
    public void A_contradicted_reading_is_flagged_with_its_reason(string name, string code, string field, string text)
    {
        var r = Parser.Parse(text);
        Assert.True(r.Diagnostics.Any(d => d.Code == code), name);
        Assert.True(r.Fields.Single(f => f.Field == field).Confidence < FieldReading.ReviewBelow, name);
        Assert.True(r.NeedsReview, name);
    }

    public static TheoryData<string, string> NearMisses() => new()
    {
        // A district office's Tờ trình whose code writes "TT-Tr": only the centre issues a Thông tư, so a local body's
        // "TT" does not contradict its heading.
        { "a local body's TT code under a Tờ trình heading",
          "UBND HUYỆN TÂN THẠNH\nPHÒNG LAO ĐỘNG TB&XH\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\nSố: 312 /TT-Tr-LĐTB&XH\n\nTân Thạnh, ngày 18 tháng 10 năm 2010\n\nTỜ TRÌNH\n\nV/v trợ cấp một lần cho thân nhân Anh hùng LLVT\n\nCăn cứ Nghị định số 54/2006/NĐ-CP ngày 26/6/2006 của Chính phủ;\n" },
        // id-th-luong-yen-kh-ngay-hoi-doc-sach-2020-portal: the page's title above the header, and the header's own
        // heading under it repeating it in capitals.
        { "a page title the header repeats",
          "Tổ chức Ngày hội đọc sách năm học 2019 - 2020\n\nTRƯỜNG TH LƯƠNG YÊN\n\nPHÒNG THƯ VIỆN\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\nĐộc lập – Tự do – Hạnh phúc\n\n    Số: 02 -KH/TVLY                                   Lương Yên, ngày 30 tháng 9 năm 2020\n\nKẾ HOẠCH TỔ CHỨC NGÀY HỘI ĐỌC SÁCH\n\nNăm học 2019 -2020 \n\n         Căn cứ Quyết định số 248/QĐ – TTg ngày 24/02/2014 của Thủ tướng Chính phủ\n" },
        // A letter's V/v subject, which a flattened copy puts above the place-date line.
        { "a letter's subject above its place-date",
          "UBND TỈNH ĐỒNG THÁP\nSỞ GIÁO DỤC VÀ ĐÀO TẠO\nSố: 291/SGDĐT-VP\nV/v cho học sinh nghỉ học do dịch bệnh viêm đường hô hấp cấp\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nĐồng Tháp, ngày 02 tháng 02 năm 2020\nKính gửi: Các trường trung học phổ thông\n" },
        // nw-bch-trung-uong-quy-dinh-2023-97: the Party writes its Quy định "QĐ".
        { "a Party Quy định numbered QĐ",
          "BAN CHẤP HÀNH TRUNG ƯƠNG\n*\nSố 97-QĐ/TW\nĐẢNG CỘNG SẢN VIỆT NAM\nHà Nội, ngày 22 tháng 2 năm 2023\nQUY ĐỊNH\nSỬA ĐỔI, BỔ SUNG MỘT SỐ ĐIỀU TRONG QUY ĐỊNH SỐ 105-QĐ/TW\n- Căn cứ Điều lệ Đảng;\n" },
        // cp-ubnd-hung-yen-ctr-2022-28: a Chương trình hành động is numbered CTr.
        { "a Chương trình hành động numbered CTr",
          "ỦY\nBAN NHÂN DÂN\nTỈNH HƯNG YÊN\n-------\n|\nCỘNG\nHÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n---------------\n|\nSố: 28/CTr-UBND\n|\nHưng\nYên, ngày 18 tháng 02 năm 2022\n|\nCHƯƠNG TRÌNH HÀNH ĐỘNG\nTHỰC HIỆN NGHỊ QUYẾT SỐ 11/NQ-CP NGÀY 30/01/2022 CỦA CHÍNH PHỦ\nThực hiện Nghị quyết số 11/NQ-CP ngày 30/01/2022 của Chính phủ." },
        // A department the reader spells out.
        { "a department in a shorthand the tables know",
          "UBND HUYỆN THANH OAI | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nPHÒNG GD&ĐT | Độc lập - Tự do - Hạnh phúc\nSố: 78/KH-PGD | Thanh Oai, ngày 15 tháng 9 năm 2016\nKẾ HOẠCH\nHOẠT ĐỘNG PHÒNG CHỐNG TAI NẠN THƯƠNG TÍCH NĂM HỌC 2016-2017\nCăn cứ Công văn số 1234/SGDĐT-CTTT;\n" },
        // co-ubnd-binh-phuoc-quy-dinh-2010-van-thu: the annex note in brackets under the title is no part of it.
        { "an annex note in brackets under the title",
          "QUY ĐỊNH\nCÔNG TÁC VĂN THƯ TRÊN ĐỊA BÀN TỈNH BÌNH PHƯỚC\n(Ban hành kèm theo Quyết định số 63/2010/QĐ-UBND ngày 29 tháng 9 năm 2010 của\nUBND tỉnh)\nChương I\nQUY ĐỊNH CHUNG\nĐiều 1. Phạm\nvi và đối tượng điều chỉnh\n" },
        // dc-bcd-pcgd-nga-son-bc-255-2020: a Ban Chỉ đạo is named by its task, kept in shorthand.
        { "a steering committee named by its task in shorthand",
          "UBND HUYỆN NGA SƠN\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\nBAN CHỈ ĐẠO PCGD, XMC\n\nĐộc lập – Tự do – Hạnh phúc\n\nSố: 255 / BC-BCĐPCGD-\n\nNga Sơn, ngày 13 tháng 11 năm 2020\n\nXMC\n\nBÁO CÁO\nTÌNH HÌNH THỰC HIỆN VÀ KẾT QUẢ\nPHỔ CẬP GIÁO DỤC, XÓA MÙ CHỮ\nThời điểm tháng 10 năm 2020\nPHẦN THỨ NHẤT\n" },
        // A department in a shorthand written as the abbreviation table writes it: its field is certain.
        { "a department in a shorthand the table holds",
          "UBND TỈNH LONG AN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSỞ VHTTDL | Độc lập - Tự do - Hạnh phúc\nSố: 12/KH-SVHTTDL | Long An, ngày 15 tháng 9 năm 2016\nKẾ HOẠCH\nTỔ CHỨC NGÀY HỘI VĂN HÓA CÁC DÂN TỘC NĂM 2016\nCăn cứ Công văn số 1234/BVHTTDL-VHDT;\n" },
        // id-dak-lak-0130-KH-UBND-2025-repo: a place name of the highlands is no Vietnamese syllable, but has its vowels.
        { "a highland place name",
          "ỦY BAN NHÂN DÂN\nTỈNH ĐẮK LẮK\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 130/KH-UBND\nĐắk Lắk, ngày 10 tháng 7 năm 2025\nKẾ HOẠCH\nKHẮC PHỤC MÔI TRƯỜNG VÀ PHÒNG, CHỐNG DỊCH BỆNH SAU BÃO\nCăn cứ Luật Phòng, chống bệnh truyền nhiễm;\n" },
        // in-cuc-thue-5664-CT-CS-2025-repo (https://github.com/tnt305/tai_lieu_noi_bo/blob/94c5034af72cc7e5020694d06eceb126a103d48b/src/etl/dataset/3eb6b0065020aac4.md):
        // a letter numbered with its issuer's initials, CT for Cục Thuế, not a Chỉ thị's code.
        { "a letter numbered with its issuer's initials",
          "BỘ TÀI CHÍNH\nC**ỤC THUẾ**\n**-------**\n|\n**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**\nĐộc lập - Tự do - Hạnh phúc\n---------------\n|\n|\nSố:\n5664/CT-CS\n*V/v ch**ính sách thu**ế*\n|\n*Hà Nội, ng**ày\n01 tháng 12 năm 2025*\n|\n**Kính gửi:** Ông Thái Mạnh\nCường" },
        // cp-ubnd-ha-tinh-qd-2014-1281: a province's committee, named with its province, signing in Hà Nội.
        { "an issuer named with its province over another city's place line",
          "ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH\n-------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n---------------\nSố: 1281/QĐ-UBND\nHà Nội, ngày 13 tháng 05 năm 2014\nQUYẾT ĐỊNH\nVỀ VIỆC CÔNG BỐ THỦ TỤC HÀNH CHÍNH ĐƯỢC BỔ SUNG\nCăn cứ Luật Tổ chức HĐND và UBND;\n" },
        // jj-dh-cntt-phong-dtdh-tb-2014-03-word: a Word file's header flattened into a table, its "|" no debris.
        { "a flattened table's bars on the issuer's line",
          "|TRƯỜNG ĐH CÔNG NGHỆ THÔNG TIN        |CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM       |\n|PHÒNG ĐÀO TẠO ĐẠI HỌC                |Độc lập – Tự do – Hạnh phúc              |\n|                                     |Tp.HCM, ngày 10 tháng 3 năm 2014         |\n|Số: 03/TB-ĐTĐH                       |                                         |\n\n                                  THÔNG BÁO\n                      V/v xét tốt nghiệp đợt 1 năm 2014\n\n    Căn cứ vào kế hoạch đào tạo đại học hệ chính quy năm học 2013  –  2014,\n" },
    };

    [Theory]
    [MemberData(nameof(NearMisses))]
    public void A_header_whose_parts_agree_raises_no_doubt(string name, string text)
    {
        var r = Parser.Parse(text);
        Assert.False(r.Diagnostics.Any(d => Codes.Contains(d.Code)), name + ": " + string.Join(", ", r.Diagnostics.Select(d => d.Code)));
    }
}
