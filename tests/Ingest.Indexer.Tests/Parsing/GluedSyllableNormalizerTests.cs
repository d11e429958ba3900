using Ingest.Indexer.Parsing;
using Ingest.Indexer.Text;

namespace Ingest.Indexer.Tests.Parsing;

/// <summary>
/// Two syllables a page's markup ran together where the second opens on Đ ("HOẠTĐỘNG"), which no Vietnamese syllable
/// has inside it, are written apart; agency codes holding Đ stay as written. Shapes written for this test: matches,
/// then near misses, then the header's title read through it.
/// </summary>
public sealed class GluedSyllableNormalizerTests
{
    [Theory]
    [InlineData("QUY CHẾ HOẠTĐỘNG CỦA HỘI ĐỒNG", "QUY CHẾ HOẠT ĐỘNG CỦA HỘI ĐỒNG")]
    [InlineData("tổ chức hoạtđộng của ban", "tổ chức hoạt động của ban")]
    [InlineData("CÔNG TÁC ĐOÀNĐỘI NĂM 2020", "CÔNG TÁC ĐOÀN ĐỘI NĂM 2020")]
    [InlineData("xây dựng nông thôn mới xã HàĐông", "xây dựng nông thôn mới xã Hà Đông")]
    public void Two_syllables_run_together_before_Đ_are_written_apart(string text, string expected) =>
        Assert.Equal(expected, GluedSyllableNormalizer.Normalize(text));

    [Theory]
    // Agency and document codes: a part before or after the Đ is no syllable.
    [InlineData("NGHỊ QUYẾT CỦA HĐND TỈNH")]
    [InlineData("Phòng GDĐT huyện, Sở GD&ĐT")]
    [InlineData("Quyết định số 12/QĐ-UBND và 15/NĐ-CP")]
    [InlineData("CÔNG TÁC ATVSLĐ VÀ PCCN")]
    [InlineData("Ban Chỉ đạo (BCĐ) 389 và TTĐT tỉnh")]
    // Đ opening a word, and a run of several words glued (one part is no syllable): as written.
    [InlineData("ĐẠI HỘI ĐOÀN CÁC CẤP")]
    [InlineData("CƠSỞĐÀO TẠO")]
    public void Codes_and_words_opening_on_Đ_stay_as_written(string text) =>
        Assert.Same(text, GluedSyllableNormalizer.Normalize(text));

    [Fact]
    public void The_headers_title_is_read_with_its_space()
    {
        var r = new PlanParser().Parse("QUỐC HỘI | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\nSố: 27/2004/QH11 | Hà Nội, ngày 15 tháng 6 năm 2004 |\nNGHỊ QUYẾT\nVỀ VIỆC BAN HÀNH QUY CHẾ HOẠTĐỘNG CỦA CÁC UỶ BAN\nCăn cứ Hiến pháp;");
        Assert.Equal("VỀ VIỆC BAN HÀNH QUY CHẾ HOẠT ĐỘNG CỦA CÁC UỶ BAN", r.Title);
    }

    // "BẢO HIỂM XÃ HỘI VIỆTNAM_" (ip-bhxh-vn-cv-csyt-2015-ocr): a marked word of two syllables splits between them.
    [Theory]
    [InlineData("VIỆTNAM", 4)]
    [InlineData("TỈNHQUẢNG", 4)]
    // Codes, unmarked words, single syllables and runs of three or more: as written.
    [InlineData("HĐND", -1)]
    [InlineData("VIETNAM", -1)]
    [InlineData("NGHIÊNG", -1)]
    [InlineData("CƠSỞĐÀO", -1)]
    public void A_marked_word_of_two_syllables_splits_between_them(string word, int at) =>
        Assert.Equal(at, GluedSyllableNormalizer.TwoSyllableSplit(word));
}
