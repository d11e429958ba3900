using Ingest.Indexer.Parsing;
using Issuer = Ingest.Indexer.Tests.Parsing.ExpectedIssuer;
using Ingest.Indexer.Parsing.Header;

namespace Ingest.Indexer.Tests.Parsing;

/// <summary>
/// The issuer's kind, level and place read from how bodies name themselves (Nghị định 30/2020/NĐ-CP Phụ lục I,
/// Hướng dẫn 36-HD/VPTW), on layouts the samples never showed. Each row is a short synthetic text written for
/// its rule; matches first, then near misses that must not change the reading.
/// </summary>
public sealed class IssuerKindTests
{
    private static readonly PlanParser Parser = new();

    // Body lines enough to push a signature past the header's reach, as in a whole document.
    private static readonly string Body = string.Concat(Enumerable.Repeat("Các xã tổ chức tuyên truyền trên loa truyền thanh và treo băng rôn tại trụ sở, nhà văn hóa thôn.\n", 20));

    public static TheoryData<string, string, Issuer> Matches() => new()
    {
        // "CƠ QUAN" keeps its marks on "CƠ": the unmarked "QUAN" after it is the word "quan", no district's "QUẬN";
        // "TW" abbreviates Trung ương, so the body is central and has no province.
        { "Party committee of the central agencies", "ĐẢNG ỦY KHỐI CÁC CƠ QUAN TW\n*\nĐẢNG CỘNG SẢN VIỆT NAM\nHà Nội, ngày 10 tháng 01 năm 2022\nBÁO CÁO\ntổng kết công tác năm 2021",
          new("Đảng ủy Khối các cơ quan TW", "central", null) },
        // "CƠ SỞ" is one word (grassroots), its "SỞ" no department; the ministry in the name makes the body central.
        { "Party committee of a ministry's grassroots", "ĐẢNG ỦY KHỐI CƠ SỞ BỘ CÔNG THƯƠNG\n*\nSố 12-CV/ĐUK\nĐẢNG CỘNG SẢN VIỆT NAM\nHà Nội, ngày 02 tháng 3 năm 2021\nCÔNG VĂN\nVề việc đại hội",
          new("Đảng ủy Khối cơ sở Bộ Công thương", "central", null) },
        // A mass organisation's name on top, its local association below under the abbreviation of Nghị định 30's
        // Phụ lục I ("HỘI LHPN", "HỘI CCB"): the local association issues.
        { "women's union of a commune under the national name", "HỘI LIÊN HIỆP PHỤ NỮ VIỆT NAM\nHỘI LHPN XÃ NAM MẪU\nSố: 12/KH-HPN\nNam Mẫu, ngày 02 tháng 3 năm 2021\nKẾ HOẠCH\nTổ chức ngày hội",
          new("Hội LHPN xã Nam Mẫu", "commune", null) },
        { "veterans' association of a district under the national name", "HỘI CỰU CHIẾN BINH VIỆT NAM\nHỘI CCB HUYỆN BA BỂ\nSố: 12/KH-CCB\nBa Bể, ngày 02 tháng 3 năm 2021\nKẾ HOẠCH\nTổ chức ngày hội",
          new("Hội CCB huyện Ba Bể", "district", "Bắc Kạn") },
        // A district's centre that names itself with its district, over a place line naming it: not completed again.
        { "district centre already named with its district", "SỞ Y TẾ HÀ NỘI CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTRUNG TÂM Y TẾ MÊ LINH Độc lập - Tự do - Hạnh phúc\nSố: 12/TTYT-HCTC Mê Linh, ngày 10 tháng 9 năm 2018\nKính gửi: Sở Y tế Hà Nội.",
          new("Trung tâm Y tế Mê Linh", "district", "Hà Nội") },
        // Damaged case cut the block inside the province's name; the words after it complete one province's name.
        { "province name cut by damaged case", "ỦY BAN NHÂN DÂN TỈNH TUYÊN quang quẻ -------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 236/QĐ-UBND\nTuyên Quang, ngày 22 tháng 4 năm 2022\nQUYẾT ĐỊNH\nPhê duyệt kế hoạch tuyển sinh",
          new("Ủy ban nhân dân tỉnh Tuyên Quang", "province", "Tuyên Quang") },
        // A block whose every word lost its marks still names the district by its unmarked word (the name stays as written).
        { "OCR lost every mark", "UBND QUAN BINH THANH\nCONG HOA XA HOI CHU NGHIA VIET NAM\nSo: 12/KH-UBND\nBình Thạnh, ngày 02 tháng 3 năm 2021",
          new("UBND quận Binh Thanh", "district", "Hồ Chí Minh") },
        // A broken decoding of capitals wrote "PHỊNG" for "PHÒNG", "CỘNG HỊA" for "CỘNG HÒA", "KRƠNG BƠNG" for "KRÔNG BÔNG":
        // the office is still the Party committee's office, and the district still names the province.
        { "office under a Party committee, broken capitals", "TỈNH ỦY LÂM ĐỒNG\nVĂN PHỊNG\n*\nĐẢNG CỘNG SẢN VIỆT NAM\nĐà Lạt, ngày 12 tháng 3 năm 2020\nBÁO CÁO\nkết quả công tác văn phòng",
          new("Văn phòng Tỉnh ủy Lâm Đồng", "province", "Lâm Đồng") },
        { "district office, broken capitals, motto on its line", "PHỊNG GD&ĐT KRƠNG BƠNG CỘNG HỊA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 15/KH-PGDĐT\nKrông Kmar, ngày 02 tháng 9 năm 2012\nKẾ HOẠCH\nKiểm tra nội bộ năm học",
          new("Phòng Giáo dục và Đào tạo Krông Bông", "district", "Đắk Lắk") },
        // A bare "VĂN PHÒNG" is the office of the committee above it, named with that committee's whole name; a
        // Sở under the same committee keeps only its place.
        { "office of a people's committee", "ỦY BAN NHÂN DÂN\nTỈNH QUẢNG TRỊ\nVĂN PHÒNG\n-------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 210/VP-TH\nV/v triển khai thực hiện chỉ đạo\nQuảng Trị, ngày 09 tháng 02 năm 2015",
          new("Văn phòng Ủy ban nhân dân tỉnh Quảng Trị", "province", "Quảng Trị") },
        { "department under the same committee", "ỦY BAN NHÂN DÂN\nTỈNH QUẢNG TRỊ\nSỞ Y TẾ\n-------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 210/SYT-NV\nV/v triển khai thực hiện chỉ đạo\nQuảng Trị, ngày 09 tháng 02 năm 2015",
          new("Sở Y tế tỉnh Quảng Trị", "province", "Quảng Trị") },
        // A province's committee block over a number coded for one of its departments: the department's line was
        // lost (a committee numbers its own documents -UBND); its own code keeps the committee.
        { "committee block, department's number", "UBND TỈNH HÀ NAM\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 55/SGDĐT-KT\nV/v hướng dẫn kiểm tra học kỳ\nHà Nam, ngày 02 tháng 12 năm 2019",
          new("Sở Giáo dục và Đào tạo tỉnh Hà Nam", "province", "Hà Nam") },
        { "committee block, committee's number", "UBND TỈNH HÀ NAM\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 55/UBND-KGVX\nV/v hướng dẫn kiểm tra học kỳ\nHà Nam, ngày 02 tháng 12 năm 2019",
          new("UBND tỉnh Hà Nam", "province", "Hà Nam") },
        // The executive committee of a place's Party organisation is its cấp ủy (Hướng dẫn 36-HD/VPTW): "BAN CHẤP
        // HÀNH ĐẢNG BỘ HUYỆN …" is the Huyện ủy, "BCH ĐẢNG BỘ TỈNH …" the Tỉnh ủy; the Youth Union's keeps "BCH" as the header
        // writes it (corpus README, the `ik-` and `iu-` rules).
        { "BCH of a district's Party organisation under its province's", "ĐẢNG BỘ TỈNH NGHỆ AN\nBAN CHẤP HÀNH ĐẢNG BỘ HUYỆN NAM ĐÀN\n*\nSố 12-KH/HU\nĐẢNG CỘNG SẢN VIỆT NAM\nNam Đàn, ngày 02 tháng 3 năm 2021\nKẾ HOẠCH\nthực hiện nghị quyết",
          new("Huyện ủy Nam Đàn", "district", "Nghệ An") },
        { "BCH of a province's Party organisation, abbreviated", "BCH ĐẢNG BỘ TỈNH HÀ TĨNH\n*\nSố 12-KH/TU\nĐẢNG CỘNG SẢN VIỆT NAM\nHà Tĩnh, ngày 02 tháng 3 năm 2021\nKẾ HOẠCH\nthực hiện nghị quyết",
          new("Tỉnh ủy Hà Tĩnh", "province", "Hà Tĩnh") },
        { "BCH of a commune's Party organisation", "BAN CHẤP HÀNH ĐẢNG BỘ XÃ NAM HƯNG\n*\nSố 12-KH/ĐU\nĐẢNG CỘNG SẢN VIỆT NAM\nNam Hưng, ngày 02 tháng 3 năm 2021\nKẾ HOẠCH\nthực hiện nghị quyết",
          new("Đảng ủy xã Nam Hưng", "commune", null) },
        { "BCH of a district's Youth Union under the Union's name", "ĐOÀN TNCS HỒ CHÍ MINH\nBCH ĐOÀN HUYỆN NAM ĐÀN\n***\nSố: 12-KH/HĐTN\nNam Đàn, ngày 02 tháng 3 năm 2021\nKẾ HOẠCH\nthực hiện nghị quyết",
          new("Ban Chấp hành Đoàn huyện Nam Đàn", "district", "Nghệ An") },
        // Near miss: the Party's Central Committee keeps its own name.
        { "Central Committee", "BAN CHẤP HÀNH TRUNG ƯƠNG\n*\nSố 45-QĐ/TW\nĐẢNG CỘNG SẢN VIỆT NAM\nHà Nội, ngày 02 tháng 3 năm 2021\nQUY ĐỊNH\nvề công tác kiểm tra",
          new("Ban Chấp hành Trung ương Đảng", "central", null) },
        // No header: the body speaks without its place, and its own text names it with its place elsewhere.
        { "council speaking without its district", "Thông báo lịch tiếp công dân của Chủ tịch HĐND huyện Ba Bể khóa XX\n\nLịch tiếp công dân định kỳ vào ngày 15 hằng tháng tại trụ sở.\n\nHĐND huyện thông báo để các đơn vị, nhân dân biết và thực hiện./.",
          new("HĐND huyện Ba Bể", "district", "Bắc Kạn") },
        { "standing board speaking without its commune", "Hội đồng nhân dân xã Cẩm Lạc căn cứ:\n- Luật Tổ chức chính quyền địa phương;\nThường trực Hội đồng nhân dân xã xây dựng Kế hoạch tiếp xúc cử tri như sau:\n1. Thời gian.",
          new("Thường trực Hội đồng nhân dân xã Cẩm Lạc", "commune", null) },
        { "district office speaking without its district", "Phòng Giáo dục và Đào tạo đề nghị Hiệu trưởng các trường thực hiện các nội dung sau:\n1. Rà soát danh sách học sinh.\nMọi vướng mắc báo về Phòng GD&ĐT huyện Nhà Bè để được hướng dẫn.",
          new("Phòng Giáo dục và Đào tạo huyện Nhà Bè", "district", "Hồ Chí Minh") },
        // A district's office writes its district as the place of its place-date line.
        { "district office over its district's place line", "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 12/PGDĐT-TH\nNhà Bè, ngày 02 tháng 3 năm 2021\nV/v kiểm tra nội bộ\nKính gửi: Hiệu trưởng các trường",
          new("Phòng Giáo dục và Đào tạo huyện Nhà Bè", "district", "Hồ Chí Minh") },
        // Near miss: a Phòng named after a district two provinces have, whose name is also a province's (corpus README,
        // `if-` batch): no province, from the block or from its words read again as a mention.
        { "office named after a district that is also a province's name", "PHÒNG GD & ĐT HÒA BÌNH\nTRƯỜNG TH VĨNH BÌNH A\nSố: 12/KH-THVBA\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nVĩnh Bình, ngày 10 tháng 9 năm 2017\nKẾ HOẠCH\nKiểm tra nội bộ năm học 2017-2018",
          new("Trường Tiểu học Vĩnh Bình A", "commune", null) },
        // Near miss: a place line naming a district several provinces have completes no name.
        { "district office over a shared district name", "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 12/PGDĐT-TH\nChâu Thành, ngày 02 tháng 3 năm 2021\nV/v kiểm tra nội bộ\nKính gửi: Hiệu trưởng các trường",
          new("Phòng Giáo dục và Đào tạo", "district", null) },
        // Near miss: two different places named.
        { "two districts named", "Phòng Giáo dục và Đào tạo đề nghị các trường thực hiện các nội dung sau:\n1. Học tập kinh nghiệm của Phòng GD&ĐT huyện Nhà Bè và Phòng GD&ĐT huyện Cần Giờ.",
          new(null, "district", null) },
        // The same kind of body named whole only as the issuer of a document the text cites is the speaker itself (corpus
        // README, `ii-` batch: "… của UBND huyện Phú Vang … Vậy, UBND huyện thông báo …" is UBND huyện Phú Vang).
        { "place only in a citation of the same body", "Thực hiện Kế hoạch số 12/KH-HĐND ngày 02/3/2021 của HĐND huyện Ba Bể về tiếp công dân;\nHĐND huyện thông báo lịch tiếp công dân như sau:\n1. Thời gian.",
          new("HĐND huyện Ba Bể", "district", "Bắc Kạn") },
        // A commune's committee speaks as "UBND thị trấn"; the document it issues in that sentence names its commune.
        { "commune committee named by its own document's subject", "Thông báo lịch hội nghị cử tri\n\nThực hiện Kế hoạch số 12/KH-UBND ngày 02/3/2024 của UBND huyện về lấy ý kiến cử tri.\n\nUBND thị trấn ban hành Kế hoạch số 5/KH-UBND ngày 04/3/2024 về sắp xếp đơn vị hành chính thị trấn Na Dương theo lịch như sau:\n1. Khu 1.",
          new("UBND thị trấn Na Dương", "commune", null) },
        // A commune's body that nothing names is its kind, as written (corpus README, settled in the twenty-third
        // session: the hand-checked sample's "UBND huyện"); two communes named give neither's name; "thị xã" is a
        // district and "XÃ HỘI" the motto's.
        { "commune committee named nowhere", "Thực hiện Nghị quyết của HĐND xã năm 2020, ủy ban nhân dân xã xây dựng kế hoạch làm vườn năm 2020 với những nội dung như sau:\n1. Mục đích.",
          new("Ủy ban nhân dân xã", "commune", null) },
        { "two communes named", "Ủy ban nhân dân xã xây dựng kế hoạch làm vườn với những nội dung như sau:\n1. Học tập mô hình của xã Tân Phú và xã Tân An.",
          new("Ủy ban nhân dân xã", "commune", null) },
        // A joint document lists its bodies side by side, separated by commas: no one of them is its issuer, the
        // level they share is its level. A ministry's name running on over a comma is one body.
        { "joint header of two ministries' departments", "BỘ Y TẾ - CỤC QUẢN LÝ MÔI TRƯỜNG Y TẾ, BỘ CÔNG AN - CỤC CẢNH SÁT GIAO THÔNG\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 12/KHLT-MT-C08\nHà Nội, ngày 02 tháng 3 năm 2021\nKẾ HOẠCH\nPhối hợp liên tịch phòng chống tai nạn",
          new(null, "central", null) },
        { "ministry named over a comma", "BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 12/KH-BVHTTDL\nHà Nội, ngày 02 tháng 3 năm 2021\nKẾ HOẠCH\nTổ chức ngày hội",
          new("Bộ Văn hóa, Thể thao và Du lịch", "central", null) },
        // A text printed without its header: a collective body signs on its own behalf ("TM. ỦY BAN NHÂN DÂN …").
        { "collective signature of a commune", "Kế hoạch tổ chức ngày hội văn hóa năm 2024\n\nĐể tổ chức tốt ngày hội, các thôn chuẩn bị các nội dung sau:\n1. Thời gian: ngày 10/3/2024.\n\nNơi nhận:\n- Các thôn;\n- Lưu: VT.\nTM. ỦY BAN NHÂN DÂN XÃ TÂN LẬP\nCHỦ TỊCH\n\nNguyễn Văn An\n",
          new("Ủy ban nhân dân xã Tân Lập", "commune", null) },
        { "collective signature of a district", "Kế hoạch tuyên truyền ngày Di sản văn hóa năm 2020\n\n1. Thời gian: tháng 11 năm 2020.\n" + Body + "\nNơi nhận:\n- Các xã;\n- Lưu: VT.\nTM. ỦY BAN NHÂN DÂN HUYỆN NGÂN SƠN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nNguyễn Văn An\n",
          new("Ủy ban nhân dân huyện Ngân Sơn", "district", "Bắc Kạn") },
        // Near miss: a body signing without its place names none.
        { "collective signature without a place", "Kế hoạch tổ chức ngày hội văn hóa năm 2024\n\n1. Thời gian: ngày 10/3/2024.\n\nNơi nhận:\n- Lưu: VT.\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\nNguyễn Văn An\n",
          new(null, null, null) },
        { "a town and the motto are no commune", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nỦy ban nhân dân xã xây dựng kế hoạch làm vườn với những nội dung như sau:\n1. Học tập mô hình của thị xã Hồng Ngự.",
          new("Ủy ban nhân dân xã", "commune", null) },
    };

    [Fact]
    public void A_joint_header_is_flagged_rather_than_read_as_its_last_body()
    {
        var r = Parser.Parse("BỘ Y TẾ - CỤC QUẢN LÝ MÔI TRƯỜNG Y TẾ, BỘ CÔNG AN - CỤC CẢNH SÁT GIAO THÔNG, TRUNG ƯƠNG HỘI NÔNG DÂN - TRUNG TÂM DẠY NGHỀ\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 12/KHLT-MT-C08\nHà Nội, ngày 02 tháng 3 năm 2021\nKẾ HOẠCH\nPhối hợp liên tịch");
        Assert.Null(r.Issuer.Name);
        Assert.Null(r.Issuer.Province);
        Assert.Contains(r.Diagnostics, d => d.Code == "issuer-joint");
        Assert.True(r.NeedsReview);
    }

    [Fact]
    public void A_cut_place_is_not_completed_by_words_that_do_not_continue_it()
    {
        var r = Parser.Parse("ỦY BAN NHÂN DÂN TỈNH QUẢNG\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 12/KH-UBND\nngày 02 tháng 3 năm 2021\nKẾ HOẠCH\nTổ chức ngày hội");
        Assert.DoesNotMatch(@"Quảng (Nam|Ninh|Ngãi|Bình|Trị)", r.Issuer.Name ?? "");
    }

    [Theory]
    [InlineData("Ban Chấp hành Đảng bộ thành phố Vinh", "Thành ủy Vinh")]
    [InlineData("BCH Đoàn tỉnh Nghệ An", "BCH Đoàn tỉnh Nghệ An")]
    [InlineData("Ban Chấp hành Công đoàn ngành Giáo dục", "Ban Chấp hành Công đoàn ngành Giáo dục")]
    [InlineData("Ban Chấp hành Đảng bộ", "Ban Chấp hành Đảng bộ")]
    public void Names_a_committee_by_its_rules(string written, string named) =>
        Assert.Equal(named, CommitteeNames.Rename(written));

    [Theory]
    [InlineData("PHỊNG", "PHÒNG")]
    [InlineData("phịng", "phòng")]
    [InlineData("KRƠNG", "KRÔNG")]
    [InlineData("cơng", "công")]
    public void Repairs_rhymes_no_Vietnamese_word_has(string damaged, string repaired) =>
        Assert.Equal(repaired, CapitalLookAlikes.Repair(damaged));

    [Theory]
    [InlineData("PHƯƠNG")]
    [InlineData("TRƯƠNG")]
    [InlineData("ĐỊNH")]
    [InlineData("NGHỊ")]
    [InlineData("THỊNH")]
    [InlineData("ƠN")]
    public void Leaves_words_that_are_Vietnamese_as_written(string word) =>
        Assert.Equal(word, CapitalLookAlikes.Repair(word));

    [Theory, MemberData(nameof(Matches))]
    public void Reads_the_issuer(string layout, string text, Issuer expected) => expected.AssertReadIn(layout, Parser.Parse(text));
}
