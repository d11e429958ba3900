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
