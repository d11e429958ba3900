using Ingest.Indexer.Parsing;
using Ingest.Indexer.Parsing.Recipients;
using Ingest.Indexer.Text;

namespace Ingest.Indexer.Tests.Parsing;

/// <summary>
/// The foot of a document whose line breaks were all lost: the list's items after "Nơi nhận:" (each closed by its ";"),
/// the signature block's capacity and position in capitals between them or after the body's closing sentence, and the
/// name after the file copy "Lưu: …" or the capitals. Each text is a corpus document's last part with its lines joined.
/// </summary>
public sealed class OneLineFootTests
{
    private static readonly PlanParser Parser = new();
    private static readonly Dictionary<string, string> Texts = SlugTexts.Read(OneLineTexts);

    [Fact]
    public void The_list_and_the_block_interleaved_on_one_line_are_read_apart()
    {
        var r = Parser.Parse(Texts["jj-ubnd-ca-mau-qd-2025-246-pdf"]);
        Assert.Equal("Lâm Văn Bi", r.Signer?.Name);
        Assert.Equal("PHÓ CHỦ TỊCH", r.Signer?.Title);
        Assert.Contains(r.Recipients, x => x.Text == "Cổng TTĐT tỉnh");
        Assert.Contains(r.Recipients, x => x.Text == "CT, các PCT UBND tỉnh");
    }

    [Fact]
    public void A_real_one_line_document_reads_its_list()
    {
        // tests/corpus pd-tw-doan-qd-2013-367, a forum's copy with every line break lost.
        var r = Parser.Parse(Texts["pd-tw-doan-qd-2013-367"]);
        Assert.Contains(r.Recipients, x => x.Text == "Như điều 4");
    }

    [Theory]
    // The block closing the text after the adoption sentence, no list.
    [InlineData("sg-quoc-hoi-nq-2025-254", "CHỦ TỊCH QUỐC HỘI", "Trần Thanh Mẫn")]
    // "KT." with the principal's position, then the deputy's own.
    [InlineData("jv-bo-tai-chinh-qd-2026-333-repo", "THỨ TRƯỞNG", "Nguyễn Đức Chi")]
    // The block after the file copy, a page's links after the name.
    [InlineData("id-bo-ldtbxh-1499-LDTBXH-TE-2018-luatminhkhue", "THỨ TRƯỞNG", "Nguyễn Thị Hà")]
    public void The_block_closing_a_one_line_text_is_read(string slug, string title, string name)
    {
        var r = Parser.Parse(Texts[slug]);
        Assert.Equal(name, r.Signer?.Name);
        Assert.Equal(title, r.Signer?.Title);
    }

    [Theory]
    // "… trực thuộc TW; Mai Lương Khôi - Lưu: VT, Cục BTTP.": the column's name printed beside an item, run on between
    // one item's ";" and the next one's dash (both PDF texts with their lines joined).
    [InlineData("iu-btp-cv-3917-2025-pdf", "THỨ TRƯỞNG", "Mai Lương Khôi")]
    [InlineData("js-bo-tnmt-qd-2025-270-pdf", "THỨ TRƯỞNG", "Trần Quý Kiên")]
    public void A_name_run_on_between_two_items_of_the_list_is_the_signer(string slug, string title, string name)
    {
        var r = Parser.Parse(Texts[slug]);
        Assert.Equal(name, r.Signer?.Name);
        Assert.Equal(title, r.Signer?.Title);
        Assert.Contains(r.Recipients, x => x.Text.StartsWith("Hội Công chứng viên") || x.Text.StartsWith("Liên đoàn Thương mại"));
    }

    [Theory]
    // "- Lưu: VT, TCCC.(Ngan) Đỗ Văn Chung", "- Lưu: VT, TTPVHCC. NHD Trịnh Minh Hoàng": the drafter's initials after the
    // file copy's codes, then the name (both PDF texts with their lines joined).
    [InlineData("io-so-noi-vu-binh-thuan-ttr-3367-2024-pdf", "GIÁM ĐỐC", "Đỗ Văn Chung")]
    [InlineData("jw-ubnd-ninh-thuan-qd-2025-184-pdf", "PHÓ CHỦ TỊCH", "Trịnh Minh Hoàng")]
    public void A_name_after_the_drafters_initials_in_the_file_copy_is_the_signer(string slug, string title, string name)
    {
        var r = Parser.Parse(Texts[slug]);
        Assert.Equal(name, r.Signer?.Name);
        Assert.Equal(title, r.Signer?.Title);
    }

    [Fact]
    public void A_body_named_after_a_sentence_of_the_last_paragraph_is_no_signature_block()
    {
        // "… theo đúng quy định. UBND xã Vĩnh Hưng đề nghị Nhân dân …": capitals, a word in small letters, then a name.
        var text = File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot, "tests", "corpus", "documents",
            "je-ubnd-xa-vinh-hung-tb-2026-niem-yet-cu-tri-headerless.txt"));
        var lines = PlanLineSplitter.Split(text);
        Assert.Same(lines, RunOnFoot.Split(text, lines));
    }

    [Fact]
    public void A_long_last_paragraph_of_a_document_that_kept_its_lines_is_not_cut()
    {
        var lines = string.Concat(Enumerable.Range(1, 12).Select(i => $"{i}. Các đơn vị triển khai nội dung số {i} của kế hoạch theo đúng tiến độ đề ra.\n"));
        var last = "Kết quả thực hiện được tổng hợp, báo cáo định kỳ hằng quý về Ủy ban nhân dân huyện để theo dõi, chỉ đạo. "
            + "Trong quá trình triển khai, nếu có khó khăn, vướng mắc, các đơn vị kịp thời phản ánh để được hướng dẫn, giải quyết. "
            + "Hội nghị sơ kết đã được tổ chức vào cuối năm. BAN CHỈ ĐẠO HUYỆN Nguyễn Văn An, Trưởng ban, phát biểu chỉ đạo hội nghị "
            + "và giao nhiệm vụ cho các thành viên theo dõi địa bàn được phân công trong năm tới.";
        var text = "KẾ HOẠCH\nTriển khai công tác năm 2024\n" + lines + last;
        Assert.True(last.Length >= 400);
        var split = PlanLineSplitter.Split(text);
        Assert.Same(split, RunOnFoot.Split(text, split));
    }

    [Fact]
    public void A_sentences_nơi_nhận_in_small_letters_opens_no_list()
    {
        var text = "Thông báo tuyển sinh năm học 2024-2025. Phụ huynh học sinh nộp hồ sơ tại trường theo thời gian quy định, "
            + "mỗi hồ sơ gồm đơn đăng ký, bản sao giấy khai sinh và sổ hộ khẩu, giấy xác nhận hoàn thành chương trình lớp dưới. "
            + "Hồ sơ nộp trực tiếp hoặc gửi qua bưu điện về nơi nhận: - Văn phòng nhà trường, số 12 đường Lê Lợi; - Bộ phận một cửa "
            + "của phường; mọi thắc mắc xin liên hệ số điện thoại của nhà trường trong giờ hành chính các ngày làm việc trong tuần để được giải đáp.";
        Assert.True(text.Length >= 400);
        var lines = PlanLineSplitter.Split(text);
        Assert.Same(lines, RunOnFoot.Split(text, lines));
    }

    [Fact]
    public void A_long_foot_in_capitals_is_read_in_one_pass()
    {
        // An annex in capitals run on after the heading: each part's small letters were looked for again at every
        // stop, some 14 s for these 700 000 signs; a few milliseconds read in one pass.
        var text = "Trân trọng./. NƠI NHẬN: " + string.Concat(Enumerable.Repeat("ĐIỀU 1. QUY ĐỊNH CHUNG VỀ PHẠM VI. ", 20_000)) + "x";
        var lines = PlanLineSplitter.Split(text);
        var clock = System.Diagnostics.Stopwatch.StartNew();
        RunOnFoot.Split(text, lines);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(2), $"{clock.Elapsed}");
    }

    // Slug, then its text's last part (some 800 signs) with the line breaks lost, as a JSON string.
    private const string OneLineTexts = """
pd-tw-doan-qd-2013-367
"nhất trong toàn hệ thống việc ban hành văn bản của Đoàn TNCS Hồ Chí Minh, QUYẾT ĐỊNH Điều 1. Ban hành kèm theo quyết định này Quy định về ban hành văn bản của Đoàn TNCS Hồ Chí Minh. Điều 2. Quyết định này thay thế Quyết định số 1836 QĐ/TWĐTN ngày 23/6/2006 của Ban Bí thư Trung ương Đoàn về “Ban hành Quy định về thể loại, thẩm quyền ban hành và thể thức văn bản của Đoàn”. Điều 3. Giao Văn phòng Trung ương Đoàn tham mưu hướng dẫn, kiểm tra, đôn đốc việc thực hiện Quyết định này. Điều 4. Quyết định này có hiệu lực từ ngày ký. Các tỉnh, thành đoàn, đoàn trực thuộc, các ban, đơn vị thuộc Trung ương Đoàn căn cứ Quyết định thi hành./. Nơi nhận: - Như điều 4; - VP: CVP, PCVP, Các phòng, bộ phận thuộc VP; - Lưu TH-TĐ10b, VT-LT. TM. BAN BÍ THƯ TRUNG ƯƠNG ĐOÀNBÍ THƯ THƯỜNG TRỰC (đã ký) Phan Văn Mãi\n"
jj-ubnd-ca-mau-qd-2025-246-pdf
"khai Danh mục thủ tục hành chính và Quy trình nêu tại Điều 1 Quyết định này tại Trung tâm Giải quyết thủ tục hành chính tỉnh, Bộ phận Tiếp nhận và Trả kết quả cấp huyện theo đúng quy định. Hoàn thành xong trong thời hạn 03 ngày làm việc, kể từ ngày Quyết định có hiệu lực thi hành. Điều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Giáo dục và Đào tạo, Giám đốc Trung tâm Giải quyết thủ tục hành chính tỉnh, Chủ tịch Ủy ban nhân dân cấp huyện, Trưởng Phòng Giáo dục và Đào tạo và các cơ quan, tổ chức, cá nhân có liên quan chịu trách nhiệm thi hành Quyết định này./. Nơi nhận: KT. CHỦ TỊCH - Như Điều 3; PHÓ CHỦ TỊCH - Cục KSTTHC, VPCP (CDVCQG); - CT, các PCT UBND tỉnh; - Văn phòng: Tỉnh ủy, HĐND tỉnh; - CVP, các PVP UBND tỉnh; - Cổng TTĐT tỉnh; - Phòng CCHC(VLi); - Lưu: VT. Lâm Văn Bi"
sg-quoc-hoi-nq-2025-254
"thi hành từ ngày 01 tháng 01 năm 2026, trừ trường hợp quy định tại khoản 2 Điều này. 2 . Điểm b khoản 3 Điều 12 của Nghị quyết này có hiệu lực thi hành từ ngày 11 tháng 12 năm 2025. 3 . Trong thời gian Nghị quyết này có hiệu lực thi hành , trường hợp Nghị quyết này và các luật khác có quy định khác nhau về cùng một vấn đề thì thực hiện theo quy định của Nghị quyết này. Trường hợp các nghị quyết của Quốc hội về thí điểm cơ chế, chính sách đặc thù tại địa phương có quy định khác với quy định của Nghị quyết này thì cho phép Hội đồng nhân dân cấp tỉnh quyết định lựa chn việc áp dụng cho phù hợp với tình hình thực tế của địa phương. Nghị quyết này được Quốc hội nước Cộng hòa xã hội chủ nghĩa Việt Nam khóa XV, kỳ họp thứ 10 thông qua ngày 11 tháng 12 năm 2025. CHỦ TỊCH QUỐC HỘI Trần Thanh Mẫn"
jv-bo-tai-chinh-qd-2026-333-repo
"số 51/2021/TT-BTC ngày 30 tháng 6 năm 2021 của Bộ trưởng Bộ Tài chính hướng dẫn nghĩa vụ của tổ chức, cá nhân trong hoạt động đầu tư nước ngoài trên thị trường chứng khoán Việt Nam được sửa đổi, bổ sung bởi Thông tư số 20/2025/TT-BTC ngày 05 tháng 5 năm 2025. Điều 2. Việc áp dụng Nghị định số 245/2025/NĐ-CP và các văn bản quy phạm pháp luật quy định tại Điều 1 Quyết định này thực hiện theo quy định tại khoản 3 Điều 58 Luật Ban hành văn bản quy phạm pháp luật năm 2025 (Trường hợp các văn bản quy phạm pháp luật có quy định khác nhau về cùng một vấn đề thì áp dụng văn bản có hiệu lực pháp lý cao hơn). Điều 3. Quyết định này có hiệu lực kể từ ngày ký. Thủ trưởng các đơn vị thuộc Bộ và các cơ quan có liên quan chịu trách nhiệm thi hành Quyết định này./. KT. BỘ TRƯỞNG THỨ TRƯỞNG Nguyễn Đức Chi"
id-bo-ldtbxh-1499-LDTBXH-TE-2018-luatminhkhue
"động vì trẻ em năm 2018 với chủ đề “Vì cuộc sống an toàn, lành mạnh cho trẻ em trong thế giới công nghệ số” phù hợp với điều kiện thực tế của địa phương (theo Quyết định của Bộ trưởng Bộ Lao động - Thương binh và Xã hội phê duyệt Kế hoạch triển khai Tháng hành động vì trẻ em năm 2018). 2. Báo cáo kết quả triển khai Tháng hành động vì trẻ em năm 2018 gửi về Bộ Lao động - Thương binh và Xã hội (qua Cục Trẻ em, số 35 Trần Phú, quận Ba Đình, thành phố Hà Nội; điện thoại: 024.3747.5628) trước ngày 10 tháng 7 năm 2018 để tổng hợp, báo cáo Thủ tướng Chính phủ. Trân trọng cảm ơn./. Nơi nhận: - Như trên; - Bộ trưởng (để báo cáo); - Sở LĐTBXH 63 tỉnh, thành phố; - Lưu: VT, Cục TE. KT. BỘ TRƯỞNG THỨ TRƯỞNG Nguyễn Thị Hà >> Xem thêm: Có được đổi tên đệm khi đã 30 tuổi không ? Đổi tên cho con 9 tuổi c"
iu-btp-cv-3917-2025-pdf
"trình tổ chức thực hiện, đề nghị Ủy ban nhân dân tỉnh, thành phố, Đoàn Luật sư, Hội Công chứng viên căn cứ chức năng, nhiệm vụ của Mặt trận Tổ quốc Việt Nam, Bộ Tư pháp, Bộ Nội vụ, Liên đoàn Luật sư Việt Nam, Hiệp hội công chứng viên Việt Nam phản ánh khó khăn, vướng mắc (nếu có) để được hướng dẫn theo đúng thẩm quyền. Bộ Tư pháp trân trọng đề nghị Ủy ban nhân dân các tỉnh, thành phố quan tâm chỉ đạo thực hiện. Nơi nhận: KT. BỘ TRƯỞNG - Như trên; - Bộ trưởng (để báo cáo); THỨ TRƯỞNG - Bộ Nội vụ; - Ủy ban TW Mặt trận Tổ quốc Việt Nam; - Liên đoàn Luật sư Việt Nam; - Hiệp hội công chứng viên Việt Nam; - Sở Tư pháp các tỉnh, thành phố trực thuộc TW; - Đoàn Luật sư các tỉnh, thành phố trực thuộc TW; - Hội Công chứng viên các tỉnh, thành phố trực thuộc TW; Mai Lương Khôi - Lưu: VT, Cục BTTP."
js-bo-tnmt-qd-2025-270-pdf
"2 Điều 2. Quyết định này có hiệu lực kể từ ngày ký. Điều 3. Chánh Văn phòng Bộ, Vụ trưởng Vụ Pháp chế, Cục trưởng Cục Khoáng sản Việt Nam, Cục trưởng Cục Địa chất Việt Nam, Thủ trưởng các đơn vị trực thuộc Bộ và tổ chức, cá nhân có liên quan chịu trách nhiệm thi hành Quyết định này./. Nơi nhận: KT. BỘ TRƯỞNG - Như Điều 3; THỨ TRƯỞNG - Phó Thủ tướng Chính phủ Trần Hồng Hà (để báo cáo); - Các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ; - Bộ trưởng (để báo cáo); - UBND các tỉnh, thành phố trực thuộc Trung ương; - Sở TN&MT các tỉnh, thành phố trực thuộc Trung ương; - Cục Kiểm soát TTHC, Văn phòng Chính phủ; - Bộ Tài nguyên và Môi trường: các Thứ trưởng, các Vụ, Văn phòng Bộ, Cổng Thông tin điện tử Bộ; - Liên đoàn Thương mại và Công nghiệp Việt Nam; Trần Quý Kiên - Lưu: VT, VPB, KSVN."
io-so-noi-vu-binh-thuan-ttr-3367-2024-pdf
"đại hội thì Ủy ban nhân dân tỉnh sẽ xem xét xử lý theo quy định. Giao các sở: Giao thông vận tải, Nông nghiệp và Phát triển nông thôn, Thông tin và Truyền thông, Xây dựng đôn đốc, hướng dẫn, tổ chức làm việc với các hội được phân công quản lý để hoàn thành tổ chức đại hội đúng thời hạn. Giao Sở Nội vụ theo dõi việc thực hiện các nội dung trên và tổng hợp báo cáo, đề xuất Chủ tịch Ủy ban nhân dân tỉnh xem xét, có ý kiến. 6 b) Thông báo về việc giải thể 06 hội gồm: Hội Cựu giáo chức, Hội Bảo vệ thiên nhiên và môi trường, Hội Làm vườn, Hội Thân nhân kiều bào, Hiệp hội Thủy sản và Hội Lâm nghiệp. Kính trình Chủ tịch Ủy ban nhân dân tỉnh xem xét, có ý kiến./. Nơi nhận: GIÁM ĐỐC - Như trên; - Phó GĐ Sở: ông Trần Ngọc Tân; - Các sở được phân công quản lý hội; - Lưu: VT, TCCC.(Ngan) Đỗ Văn Chung"
jw-ubnd-ninh-thuan-qd-2025-184-pdf
"Ninh Thuận và Quy trình nội bộ giải quyết Thủ tục hành chính số 1, 2, 3, 4, 7 Mục N, Lĩnh vực vật liệu nổ công nghiệp, tiền chất thuốc nổ, Phần II - Ban hành kèm theo Quyết định số 1538/QĐ-UBND ngày 06/8/2021 của Chủ tịch Ủy ban nhân dân tỉnh. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc các Sở: Công Thương, Thông tin và Truyền thông; Thủ trưởng các Sở, Ban, ngành cấp tỉnh; Giám đốc Trung tâm Phục vụ hành chính công tỉnh; Chủ tịch Ủy ban nhân dân các huyện, thành phố và các tổ chức, cá nhân có liên quan chịu trách nhiệm thi hành Quyết định này./. Nơi nhận: KT. CHỦ TỊCH - Như Điều 3; PHÓ CHỦ TỊCH - Bộ Công Thương; - Cục kiểm soát TTHC (VPCP); - Chủ tịch, các PCT UBND tỉnh; - Cổng Thông tin điện tử tỉnh; - TT CNTT&TT (Sở TTTT); - VPUB: LĐ, KTTH; - Lưu: VT, TTPVHCC. NHD Trịnh Minh Hoàng"
""";
}
