using Ingest.Indexer.Parsing;
using Ingest.Indexer.Text;

namespace Ingest.Indexer.Tests.Text;

/// <summary>
/// Syllables split by spaces are joined: lines a PDF laid out letter by letter (co-ubnd-hcm-qd-2014-3210's Nơi nhận and
/// signature) and a header word whose first letter a scan set apart (lu-vp-ubnd-ha-noi-tb-2026-229-ocr); lines whose
/// letters a font lost (dc-149), ordinary lines with a letter alone and lines in lower case with a lone "ng" stay as they
/// are. Lines are verbatim from the corpus documents and passages named.
/// </summary>
public sealed class SplitSyllableNormalizerTests
{
    [Theory]
    [InlineData("-  T hủ tướ ng C h í nh ph ủ ; ", "- Thủ tướng Chính phủ; ")]
    [InlineData("-  T h ườ ng  t r ự c  T h à nh ủ y ; ", "- Thường trực Thành ủy; ")]
    [InlineData("-  Hội Cự u  C h i ế n b i nh  T h à nh p h ố ; ", "- Hội Cựu Chiến binh Thành phố; ")]
    [InlineData(" P HÓ CHỦ T Ị CH ", " PHÓ CHỦ TỊCH ")]
    [InlineData("KT.  CHỦ TỊ CH ", "KT. CHỦ TỊCH ")]
    [InlineData("V ĂN PHÒNG Độc lập _ Tự do — Hạnh phúc", "VĂN PHÒNG Độc lập _ Tự do — Hạnh phúc")]
    // sg-chinh-phu-nd-2021-21 and co-chinh-phu-nd-2025-226, laid out letter by letter where a final could go either way.
    [InlineData("Giấy t ờ có giá, ch ứng khoán, s ố d ư ti ền g ửi t ại t ổ ch ức tín d ụng, chi nhánh", "Giấy tờ có giá, chứng khoán, số dư tiền gửi tại tổ chức tín dụng, chi nhánh")]
    [InlineData("3. Ng ười có ngh ĩa vụ được b ảo đảm là ng ười mà ngh ĩa vụ c ủa h ọ được b ảo", "3. Người có nghĩa vụ được bảo đảm là người mà nghĩa vụ của họ được bảo")]
    [InlineData("Căn c ứ Ngh ị quy ết s ố 198/2025/QH15 c ủa Qu ốc h ội quy định v ề m ột s ố c ơ", "Căn cứ Nghị quyết số 198/2025/QH15 của Quốc hội quy định về một số cơ")]
    public void A_split_syllable_is_joined(string line, string joined) => Assert.Equal(joined, SplitSyllableNormalizer.Join(line));

    [Theory]
    [InlineData("Căn c Lu t T ch c H i ng nhân dân và y ban nhân dân ngày 26 tháng 11 năm 2003;")]
    [InlineData("a) Giao Sở Y tế chủ trì, phối hợp với UBND các xã thực hiện")]
    [InlineData("PHỤ LỤC I")]
    [InlineData("- Lưu: VT, P. A")]
    [InlineData("Điều 5. Ông Y Moan Niê và bà H Hen Êban chịu trách nhiệm")]
    [InlineData("QUYẾT ĐỊNH SỐ 5 A VỀ VIỆC")]
    [InlineData("PHẦN V ỨNG DỤNG CÔNG NGHỆ THÔNG TIN")]
    [InlineData("NHÓM B ƯU TIÊN")]
    [InlineData("Nơi nhận: a) ở b) ý c) ô")]
    [InlineData("Mục II, Mục III và Mục IV của Phụ lục I")]
    // ie-quang-tri-06-CT-UBND-2025-repo: "Chỉ", "thị", "Thủ" start with two consonants but hold a vowel.
    [InlineData("Chỉ thị số 05/CT-TTg ngày 18/5/2022 của Thủ tướng Chính phủ về tăng cường công")]
    public void A_line_with_no_split_syllable_is_the_same_instance(string line) => Assert.Same(line, SplitSyllableNormalizer.Join(line));

    [Fact]
    public void A_capital_that_opens_the_next_piece_stays_with_it()
    {
        Assert.Equal("- Ông Y Moan Niê, Phó Chủ tịch;", SplitSyllableNormalizer.Join("-  Ô ng Y M oan N iê , Phó C hủ tị ch ;"));
    }

    [Fact]
    public void The_text_map_points_each_joined_letter_at_its_place_in_the_given_text()
    {
        const string text = "Kính gửi:\n-  T hủ tướ ng C h í nh ph ủ ;\nHết";
        var joined = SplitSyllableNormalizer.Normalize(text, out var map);
        Assert.Equal("Kính gửi:\n- Thủ tướng Chính phủ;\nHết", joined);
        Assert.NotNull(map);
        Assert.Equal(joined.Length + 1, map.Length);
        for (var k = 0; k < joined.Length; k++)
            if (joined[k] != ' ') Assert.Equal(joined[k], text[map[k]]);
    }

    [Fact]
    public void A_letter_spaced_recipient_list_is_read_as_words()
    {
        var record = new PlanParser().Parse(System.IO.File.ReadAllText(System.IO.Path.Combine(TestPaths.RepositoryRoot, "tests", "corpus", "documents", "co-ubnd-hcm-qd-2014-3210.txt")));
        var recipients = record.Recipients.Select(r => r.Text).ToList();
        Assert.Contains("Thủ tướng Chính phủ", recipients);
        Assert.Contains("Thường trực Thành ủy", recipients);
        Assert.Contains("Hội Cựu Chiến binh Thành phố", recipients);
    }

    [Fact]
    public void A_text_whose_view_finds_a_split_syllable_has_its_lines_joined()
    {
        var text = System.IO.File.ReadAllText(System.IO.Path.Combine(TestPaths.RepositoryRoot, "tests", "corpus", "documents", "lu-vp-ubnd-ha-noi-tb-2026-229-ocr.txt"));
        var view = TextViewBuilder.Build(text);
        Assert.True(view.MayHoldSplitSyllables);
        var lines = PlanLineSplitter.Split(text, view.MayHoldSplitSyllables);
        Assert.Contains(lines, l => l.Clean == "VĂN PHÒNG Độc lập _ Tự do — Hạnh phúc");
    }

    [Fact]
    public void A_text_with_no_piece_of_a_syllable_spares_its_lines_the_test()
    {
        // ie-quang-tri-06-CT-UBND-2025-repo: its lines name directives ("Chỉ thị", "Thủ tướng") and list items.
        var text = System.IO.File.ReadAllText(System.IO.Path.Combine(TestPaths.RepositoryRoot, "tests", "corpus", "documents", "ie-quang-tri-06-CT-UBND-2025-repo.txt"));
        Assert.False(TextViewBuilder.Build(text).MayHoldSplitSyllables);
    }

    [Theory]
    // A header's two columns in one line: the second opens with a capital the scan set apart (lu-vp-ubnd-ha-noi's "V ĂN
    // PHÒNG" after its city's name, as a two-column layout flattens them).
    [InlineData("THÀNH PHỐ HÀ NỘI V ĂN PHÒNG", true)]
    [InlineData("PHẦN V ỨNG DỤNG CÔNG NGHỆ THÔNG TIN", true)]
    [InlineData("Chỉ thị số 05/CT-TTg ngày 18/5/2022 của Thủ tướng Chính phủ về tăng cường công", false)]
    [InlineData("Mục II, Mục III và Mục V của Phụ lục I", false)]
    public void A_part_of_a_line_may_hold_a_split_syllable(string line, bool mayHold) => Assert.Equal(mayHold, SplitSyllableNormalizer.MayHoldInPart(line));

    [Theory]
    // Lines whose cleaned words differ from the view's (the code review's): an inline tag, a quote's ">", U+FEFF inside a
    // word, a written-out "\n" among real line breaks. The view's look must not spare them the joiner.
    [InlineData("Kính gửi:\n<b>KT. CHỦ TỊ CH</b>\nHết")]
    [InlineData("UBND TỈNH   V <b>ĂN PHÒNG</b>\nHết")]
    [InlineData(">V ĂN PHÒNG\nHết")]
    [InlineData("&gt;V ĂN PHÒNG\nHết")]
    [InlineData("KT. CHỦ TỊ C\uFEFFH\nHết")]
    [InlineData("dòng một\na b\\n ph ủ")]
    public void Lines_are_cleaned_alike_whether_or_not_the_view_spared_them(string text) => AssertCleanedAlike(text);

    [Fact]
    public void Every_corpus_text_is_cleaned_alike_whether_or_not_the_view_spared_it()
    {
        foreach (var file in System.IO.Directory.GetFiles(System.IO.Path.Combine(TestPaths.RepositoryRoot, "tests", "corpus", "documents"), "*.txt"))
            AssertCleanedAlike(System.IO.File.ReadAllText(file));
    }

    private static void AssertCleanedAlike(string text)
    {
        var always = PlanLineSplitter.Split(text);
        var spared = PlanLineSplitter.Split(text, TextViewBuilder.Build(text).MayHoldSplitSyllables);
        for (var i = 0; i < always.Count; i++)
        {
            Assert.Equal(always[i].Clean, spared[i].Clean);
            Assert.Equal(always[i].Columns, spared[i].Columns);
        }
    }
}
