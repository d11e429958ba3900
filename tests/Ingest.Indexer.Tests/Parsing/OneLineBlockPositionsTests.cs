using Ingest.Indexer.Parsing;

namespace Ingest.Indexer.Tests.Parsing;

/// <summary>
/// The signature block at the foot of a text that lost its line breaks, where a position opens a line of its own: a
/// deputy's word after the principal's position ("TRƯỞNG BAN PHÓ THỦ TƯỚNG", "KT. CHỦ TỊCH P.CHỦ TỊCH"), across a
/// flattened table's bar, and the name after the copy's "(Đã ký)". Each text is a corpus document's foot with its lines
/// joined.
/// </summary>
public sealed class OneLineBlockPositionsTests
{
    private static readonly PlanParser Parser = new();
    private static readonly Dictionary<string, string> Texts = SlugTexts.Read(OneLineTexts);

    [Theory]
    // "- Lưu: VT, BCĐNNDL (2b). | **TRƯỞNG BAN** PHÓ THỦ TƯỚNG Mai Văn Chính |".
    [InlineData("ie-bcd-du-lich-170-QD-BCDNNDL-2025-repo", "PHÓ THỦ TƯỚNG", "Mai Văn Chính")]
    // "- Lưu vp. TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH P.CHỦ TỊCH Lê Quang Hòa".
    [InlineData("hy-ubnd-xa-gia-pho-cv-2018-111", "P.CHỦ TỊCH", "Lê Quang Hòa")]
    // "KT. BỘ TRƯỞNG, CHỦ NHIỆM PHÓ CHỦ NHIỆM (Đã ký) Nguyễn Hữu Vũ Đánh giá bài viết …": a portal's words after the name.
    [InlineData("jb-vpcp-cv-2013-4894-hoatieu", "PHÓ CHỦ NHIỆM", "Nguyễn Hữu Vũ")]
    public void The_signers_own_position_and_name_are_read(string slug, string title, string name)
    {
        var r = Parser.Parse(Texts[slug]);
        Assert.Equal(name, r.Signer?.Name);
        Assert.Equal(title, r.Signer?.Title);
    }

    [Fact]
    public void A_deputys_word_inside_an_item_in_capitals_opens_no_position()
    {
        // Near miss: an item with no dash whose capitals hold a list's comma ("TT HĐND, PHÓ CHỦ TỊCH UBND huyện;") is an item.
        var text = string.Concat(Enumerable.Repeat("Các thôn, xóm và các cơ quan trên địa bàn xã triển khai thực hiện nghiêm túc nội dung thông báo này. ", 4))
            + "Nơi nhận: Như trên; TT HĐND, PHÓ CHỦ TỊCH UBND huyện; Lưu: VT. TM. ỦY BAN NHÂN DÂN CHỦ TỊCH Nguyễn Văn An";
        var r = Parser.Parse(text);
        Assert.Equal("CHỦ TỊCH", r.Signer?.Title);
        Assert.Equal("Nguyễn Văn An", r.Signer?.Name);
        Assert.Contains(r.Recipients, x => x.Text.StartsWith("TT HĐND, PHÓ CHỦ TỊCH"));
    }

    // Slug, then its text's foot (some 600 to 1,000 signs) with the line breaks lost, as a JSON string.
    private const string OneLineTexts = """
ie-bcd-du-lich-170-QD-BCDNNDL-2025-repo
"Quyết định này có hiệu lực thi hành kể từ ngày ký và thay thế Quyết định số 167/QĐ-BCĐNNDL ngày 29 tháng 7 năm 2013 của Trưởng Ban Chỉ đạo Nhà nước về Du lịch ban hành Quy chế hoạt động của Ban Chỉ đạo Nhà nước về Du lịch. **Điều 3.** Các thành viên Ban Chỉ đạo, Bộ trưởng, Thủ trưởng cơ quan ngang bộ, Thủ trưởng cơ quan thuộc Chính phủ, Chủ tịch Ủy ban nhân dân tỉnh, thành phố trực thuộc trung ương chịu trách nhiệm thi hành Quyết định này. | Nơi nhận: - Thủ tướng, các Phó Thủ tướng Chính phủ; - Các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ; - HĐND, UBND các tỉnh, thành phố trực thuộc trung ương; - Văn phòng Trung ương và các Ban của Đảng; - Văn phòng Tổng Bí thư; - Văn phòng Chủ tịch nước; - Văn phòng Quốc hội; - Hội đồng Dân tộc và các Ủy ban của Quốc hội; - Các thành viên Ban Chỉ đạo; - VPCP: BTCN, các PCN, trợ lý TTg, TGĐ Cổng TTĐT, các Vụ, Cục; - Lưu: VT, BCĐNNDL (2b). | **TRƯỞNG BAN** PHÓ THỦ TƯỚNG Mai Văn Chính | **QUY CHẾ** HOẠT ĐỘNG CỦA BAN CHỈ ĐẠO NHÀ NƯỚC VỀ DU LỊCH *(Kèm theo Quyết định số 170/QĐ-BCĐNNDL ngày 21 tháng 11 nă"
hy-ubnd-xa-gia-pho-cv-2018-111
"được tổ chức theo nghi thức Quốc tang, từ ngày 26/9 đến ngày 27/9/2018. Thực hiện nghi thức Quốc tang và để tỏ lòng tưởng nhớ của Đảng bộ, chính quyền và nhân dân xã Gia Phố đối với đồng chí Trần Đại Quang. UBND xã đề nghị các đơn vị thôn, hiệu trưởng các trường và trạm Y tế xã tổ chức treo rủ tại nhà văn hóa thôn và các cơ quan, trường học trong 2 ngày 26/9 và 27/9/2018. Yêu cầu các đơn vị thôn và các cơ quan trường học thực hiện nghiêm túc. Nơi nhận: - BT Đảng ủy, Ban TG ĐU (Báo cáo) - Bt, xóm trưởng 12 thôn; - Các trường học- Trạm y tế; - Lưu vp. TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH P.CHỦ TỊCH Lê Quang Hòa . . . . ."
jb-vpcp-cv-2013-4894-hoatieu
"tình hình quản lý, sử dụng đất của các nông, lâm trường quốc doanh, Thủ tướng Nguyễn Tấn Dũng có ý kiến như sau: Giao Bộ trưởng Bộ Tài nguyên và Môi trường thay mặt Chính phủ, thừa ủy quyền Thủ tướng Chính phủ báo cáo Quốc hội tình hình quản lý, sử dụng đất của các nông, lâm trường quốc doanh như dự thảo gửi kèm công văn của Bộ Tài nguyên và Môi trường nêu trên. Văn phòng Chính phủ xin thông báo để Bộ Tài nguyên và Môi trường biết, thực hiện./. Nơi nhận: - Như trên; - Thủ tướng, các Phó Thủ tướng; - Bộ Nông nghiệp và Phát triển nông thôn; - VPCP: BTCN, các PCN, Trợ lý Thủ tướng, Cổng TTĐT, các Vụ PL, V.III, TH; - Lưu: VT, KTN (3). KT. BỘ TRƯỞNG, CHỦ NHIỆM PHÓ CHỦ NHIỆM (Đã ký) Nguyễn Hữu Vũ Đánh giá bài viết 1 38 0 Bình luận Sắp xếp theo"
""";
}
