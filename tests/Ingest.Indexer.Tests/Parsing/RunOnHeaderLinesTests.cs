using Ingest.Indexer.Parsing;

namespace Ingest.Indexer.Tests.Parsing;

/// <summary>
/// The head of a text that lost its line breaks, cut back into the lines of a printed header where the header readers
/// found no title on the one long line: the type heading in capitals, its title in sentence case, and where the body
/// opens. Each text is the opening of a corpus document with all its whitespace joined into one space, as the
/// "oneline" probe (docs/scripts/respaced-corpus.py) and a portal page without breaks give it.
/// </summary>
public sealed class RunOnHeaderLinesTests
{
    private static readonly PlanParser Parser = new();

    [Fact]
    public void A_heading_after_the_number_gives_its_sentence_case_title_up_to_thuc_hien()
    {
        // ir-lien-doi-th-giang-bien-kh-duoi-nuoc-2024-portal, joined: "… Số: KH/LĐ KẾ HOẠCH Tăng cường … năm 2024 Thực hiện Chỉ thị …".
        var r = Parser.Parse("ĐỘI TNTP HỒ CHÍ MINH LIÊN ĐỘI TRƯỜNG TIỂU HỌC GIANG BIÊNGiang Biên, ngày tháng 1 năm 2024 *** Số: KH/LĐ KẾ HOẠ"
            + "CH Tăng cường các giải pháp phòng, chống đuối nước, tai nạn thương tích cho trẻ em, học sinh năm 2024 Thực hiệ"
            + "n Chỉ thị số 1527/CT-BGDĐT ngày 12/5/2016 của Bộ trưởng Bộ Giáo dục và Đào tạo về việc tăng cường các giải phá"
            + "p phòng, chống tai nạn thương tích, đuối nước cho trẻ em, học sinh; Thực hiện kế hoạch giáo dục năm 2024 của t"
            + "rường Tiểu học Giang Biên. Liên đội trường Tiểu học Giang Biên xây dựng kế hoạch phòng, chống tai nạn thương t"
            + "ích, xâm hại trẻ em; phòng, chống đuối nước cho học sinh năm 2024 cụ thể như sau: I. MỤC TIÊU 1. Mục tiêu chun"
            + "g: a. Tiếp tục nâng cao nhận thức,");
        Assert.Equal("Kế hoạch", r.DocType);
        Assert.Equal("Tăng cường các giải pháp phòng, chống đuối nước, tai nạn thương tích cho trẻ em, học sinh năm 2024", r.Title);
    }

    [Fact]
    public void A_heading_after_the_place_date_gives_its_title_up_to_the_preamble()
    {
        // ig-bnv-03-2005-TT-BNV-123docz, joined: "… năm 2005 THÔNG TƯ Hướng dẫn … viên chức. Thi hành Nghị định …".
        var r = Parser.Parse("BỘ NỘI VỤ –––– Số: 03/2005/TT-BNV CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc –––––––––––––"
            + "––––––––––– Hà Nội, ngày 05 tháng 01 năm 2005 THÔNG TƯ Hướng dẫn thực hiện chế độ nâng bậc lương thường xuyên "
            + "và nâng bậc lương trước thời hạn đối với cán bộ, công chức, viên chức. Thi hành Nghị định số 204/2004/NĐ-CP ng"
            + "ày 14 tháng 12 năm 2004 của Chính phủ về chế độ tiền lương đối với cán bộ, công chức, viên chức và lực lượng v"
            + "ũ trang; sau khi trao đổi ý kiến với Bộ Tài- chính và các Bộ, ngành liên quan, Bộ Nội vụ hướng dẫn thực hiện c"
            + "hế độ nâng bậc lương thường xuyên và nâng bậc lương trước thời hạn đối với cán bộ, công chức, viên chức như sa"
            + "u: I. PHẠM VI VÀ ĐỐI TƯỢNG. 1. Phạm vi");
        Assert.Equal("Thông tư", r.DocType);
        Assert.StartsWith("Hướng dẫn thực hiện chế độ nâng bậc lương thường xuyên", r.Title);
        Assert.DoesNotContain("Thi hành", r.Title);
    }

    // ig-bnv-03-2005-TT-BNV-123docz joined as above, its title put for one that names an article or a country: such words
    // are the title's, and the title ends where the preamble opens ("Thi hành").
    [Theory]
    [InlineData("Sửa đổi, bổ sung Điều 1 Thông tư số 01/2004/TT-BNV về chế độ nâng bậc lương thường xuyên")]
    [InlineData("Hướng dẫn hợp tác với Phần Lan về đào tạo cán bộ, công chức, viên chức")]
    public void An_article_or_a_country_named_in_the_title_does_not_end_it(string title)
    {
        var r = Parser.Parse("BỘ NỘI VỤ –––– Số: 03/2005/TT-BNV CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc –––––––"
            + "––––––––––––––––– Hà Nội, ngày 05 tháng 01 năm 2005 THÔNG TƯ " + title + ". Thi hành Nghị định số 204/2004/NĐ-CP ng"
            + "ày 14 tháng 12 năm 2004 của Chính phủ về chế độ tiền lương đối với cán bộ, công chức, viên chức và lực lượng v"
            + "ũ trang; sau khi trao đổi ý kiến với Bộ Tài- chính và các Bộ, ngành liên quan, Bộ Nội vụ hướng dẫn thực hiện c"
            + "hế độ nâng bậc lương thường xuyên và nâng bậc lương trước thời hạn đối với cán bộ, công chức, viên chức như sa"
            + "u: I. PHẠM VI VÀ ĐỐI TƯỢNG. 1. Phạm vi");
        Assert.Equal(title, r.Title);
    }

    [Fact]
    public void A_text_that_kept_its_breaks_is_given_back_as_it_is()
    {
        // The same head with its lines (ig-bnv-03-2005-TT-BNV-123docz as printed): nothing to cut.
        var r = Parser.Parse("BỘ NỘI VỤ\nSố: 03/2005/TT-BNV\nHà Nội, ngày 05 tháng 01 năm 2005\nTHÔNG TƯ\nHướng dẫn thực hiện chế độ nâng bậc lương\nThi hành Nghị định số 204/2004/NĐ-CP");
        Assert.Equal("Hướng dẫn thực hiện chế độ nâng bậc lương", r.Title);
    }
}
