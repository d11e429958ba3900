using Ingest.Indexer.Parsing;

namespace Ingest.Indexer.Tests.Parsing;

/// <summary>
/// Symbols whose slashes became spaces, underscores or hyphens (URL slugs, file names, text without marks), read
/// after a type word by the grammar of the number; and look-alikes that must stay no symbol. Synthetic sentences.
/// </summary>
public sealed class SeparatorLostSymbolTests
{
    private static readonly PlanParser Parser = new();

    private static List<string?> Numbers(string text) => Parser.Parse(text).Citations.Select(c => c.Number).ToList();

    [Theory]
    [InlineData("tai ve luat so 35 2018 qh14 sua doi luat quy hoach", "35/2018/QH14")]
    [InlineData("Xem Thông tư 22_2021_BGDĐT quy định đánh giá học sinh", "22/2021/BGDĐT")]
    [InlineData("van ban lien quan: nghi quyet so 45 nq cp ve chuong trinh hanh dong", "45/NQ-CP")]
    [InlineData("download quyet dinh 1234 qd ttg ve phe duyet de an", "1234/QĐ-TTg")]
    public void A_symbol_with_spaces_or_underscores_for_its_slashes_is_read_after_a_type_word(string text, string number)
    {
        Assert.Equal([number], Numbers(text));
    }

    [Theory]
    // A year alone, then running text: no code, so no symbol.
    [InlineData("Quyết định số 12 2019 về việc thành lập tổ công tác")]
    // A code that is not the type word's own type code.
    [InlineData("Kế hoạch 5 nq cp của chi bộ")]
    // Numbers and words with no type word before them.
    [InlineData("Đường 30 2020 qh14 nối hai xã")]
    public void Look_alikes_are_no_symbol(string text)
    {
        Assert.DoesNotContain(Numbers(text), n => n is not null && n.Contains('/'));
    }

    [Theory]
    // A URL slug: the type word's spaces are hyphens too.
    [InlineData("tai-ve-quyet-dinh-4308-qd-byt-cong-bo-thu-tuc", "4308/QĐ-BYT")]
    [InlineData("/van-ban/nghi-dinh-30-2020-nd-cp-ve-cong-tac-van-thu.html", "30/2020/NĐ-CP")]
    [InlineData("Thong_tu_so_05_2012_TT-BLDTBXH.pdf", "05/2012/TT-BLĐTBXH")]
    // Party documents' slugs take the Party layout, a Party type code (QĐi) included.
    [InlineData("/van-ban/ket-luan-01-kl-tw-tiep-tuc-thuc-hien.html", "01-KL/TW")]
    [InlineData("/van-ban/quy-dinh-08-qdi-tw-trach-nhiem-neu-guong.html", "08-QĐi/TW")]
    [InlineData("/van-ban/huong-dan-36-hd-vptw-the-thuc.html", "36-HD/VPTW")]
    // A công văn has no type code: its issuer's and unit's codes follow the serial, two at least.
    [InlineData("download cong van 2591 bnv tcbc ve quan ly bien che", "2591/BNV-TCBC")]
    [InlineData("CONG-VAN-73658-CT-TTHT-VE-VIEC-GIA-HAN", "73658/CT-TTHT")]
    // After "số" with no type word, a serial, a year, a type code and an issuer's code.
    [InlineData("tải về Số 12 2019 TT BYT hướng dẫn", "12/2019/TT-BYT")]
    public void A_slug_or_file_name_spells_the_symbol_after_its_type_word_or_number_word(string text, string number)
    {
        Assert.Equal([number], Numbers(text));
    }

    [Fact]
    public void A_cong_van_slug_keeps_its_type_though_an_issuer_code_looks_like_a_type_code()
    {
        var citation = Assert.Single(Parser.Parse("CONG-VAN-73658-CT-TTHT-VE-VIEC-GIA-HAN").Citations);
        Assert.Equal("Công văn", citation.Type);
    }

    [Theory]
    // One code after a công văn's serial may be running text.
    [InlineData("theo cong van 15 ubnd ve viec nay")]
    // A slug's type word with no whole symbol after it.
    [InlineData("tin-tuc/quyet-dinh-khen-thuong-2021")]
    // "số", a number and a year with no codes, or codes that are words.
    [InlineData("Báo số 12 2020 ra ngày thứ hai")]
    [InlineData("nhà số 12 2020 tổ dân phố")]
    public void Slug_look_alikes_are_no_symbol(string text)
    {
        Assert.DoesNotContain(Numbers(text), n => n is not null && n.Contains('/'));
    }

    [Theory]
    // The serial glued to its type code ("307qđ ttg").
    [InlineData("tải về chỉ thị số 15ct ttg về phòng chống dịch", "15/CT-TTg")]
    [InlineData("xem kế hoạch 12kh ubnd của xã", "12/KH-UBND")]
    public void A_serial_glued_to_its_type_code_is_read_after_the_type_word(string text, string number)
    {
        Assert.Contains(number, Numbers(text));
    }

    [Theory]
    // No code after the type code: running text follows.
    [InlineData("theo quyết định số 5qđ về việc khen thưởng")]
    // Another type's code.
    [InlineData("theo nghị quyết số 12kh ubnd của xã")]
    // A unit, not a code.
    [InlineData("quyết định giao 3ha đất cho hộ gia đình")]
    public void Other_glued_letters_are_no_symbol(string text)
    {
        Assert.DoesNotContain(Numbers(text), n => n is not null && n.Contains('/'));
    }
}
