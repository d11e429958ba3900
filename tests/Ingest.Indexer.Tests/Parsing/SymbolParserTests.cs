using Ingest.Indexer.Parsing.Citations;
using Ingest.Indexer.Parsing.Tables;

namespace Ingest.Indexer.Tests.Parsing;

/// <summary>Table tests for document symbols: matches in many spellings, and near misses that must yield nothing.</summary>
public sealed class SymbolParserTests
{
    private static readonly SymbolParser Symbols = new(DomainTables.Default);

    [Theory]
    [InlineData("34-CT/TW", "34-CT/TW", true)]
    [InlineData("34-ct/tw", "34-CT/TW", true)]
    [InlineData("34 - CT / TW", "34-CT/TW", true)]
    [InlineData("16-\n\nCT/TU", "16-CT/TU", true)]
    [InlineData("08-QĐi/TW", "08-QĐi/TW", true)]
    [InlineData("28-TT/TU", "28-TT/TU", true)]
    [InlineData("34-C1/TW", "34-CT/TW", true)]
    [InlineData("34-CT/IW", "34-CT/TW", true)]
    [InlineData("15 /KH-BDT", "15/KH-BDT", false)]
    [InlineData("19/CT-TTg", "19/CT-TTg", false)]
    [InlineData("19/ct-ttg", "19/CT-TTg", false)]
    [InlineData("91/2017/NĐ-CP", "91/2017/NĐ-CP", false)]
    [InlineData("91/2017/NÐ-CP", "91/2017/NĐ-CP", false)]
    [InlineData("17/2008/QH12", "17/2008/QH12", false)]
    [InlineData("238/UBND-KGVX", "238/UBND-KGVX", false)]
    [InlineData("1.234/QĐ-UBND", "1234/QĐ-UBND", false)]
    [InlineData("01/KH-HĐTĐKT", "01/KH-HĐTĐKT", false)]
    // After a type word or "Số:" any well-formed code sequence is a symbol (Nghị định 30/2020/NĐ-CP; the Law on legal
    // documents; Hướng dẫn 36-HD/VPTW), and damage from OCR and HTML is repaired. Sources of the real spellings are
    // the corpus passages named beside each row (tests/corpus/passages).
    [InlineData("3078/SGDĐT-GDTH", "3078/SGDĐT-GDTH", false)]           // dc-008: a department's own unit code
    [InlineData("182/ PGDĐT", "182/PGDĐT", false)]                     // dc-008: a district office, no unit
    [InlineData("1635/SGDĐT- GDTrH", "1635/SGDĐT-GDTrH", false)]       // dc-013: lower case inside a unit code
    [InlineData("24/2012/TTLT-BLĐTBXH-BNV-BTC", "24/2012/TTLT-BLĐTBXH-BNV-BTC", false)] // joint circular; two bodies' codes stay two
    [InlineData("16/2013/TTLT-BYT-BNN&PTNT", "16/2013/TTLT-BYT-BNNPTNT", false)]        // cp-036: a ministry's code as it numbers (see /work/annotation-queries.md)
    [InlineData("26/2005/PL-UBTVQH11", "26/2005/PL-UBTVQH11", false)]  // cp-165: an ordinance
    [InlineData("759/2014/UBTVQH13", "759/2014/UBTVQH13", false)]      // cp-110
    [InlineData("72/2025/NQLT/UBTVQH15-CP", "72/2025/NQLT-UBTVQH15-CP", false)] // a joint type takes its issuers after a hyphen
    [InlineData("19/2001/CT/UB", "19/2001/CT/UB", false)] // an older body's own slash stays as written
    [InlineData("78/2002/QĐ /BNN-KL", "78/2002/QĐ/BNN-KL", false)]     // km-001: before 2005 the slash after the type code stays, the unit too
    [InlineData("4110/QĐ/BNN-KHCN", "4110/QĐ-BNN-KHCN", false)]        // hz-ubnd-lam-dong-qd-2007-31-da-lat: no year, the present layout
    [InlineData("889/2005/NQ/UBTVQH11", "889/2005/NQ-UBTVQH11", false)] // lp-003: the Standing Committee's code with its term
    [InlineData("147-CTHĐ/TU", "147-CTHĐ/TU", true)]                    // dc-020: a committee's own type code
    [InlineData("03-CTr/TU", "03-CTr/TU", true)]
    [InlineData("02-CTrHĐ/TU", "02-CTrHĐ/TU", true)]                    // kq-026: a committee's code in the rules' mixed case
    [InlineData("105 KH/TĐ", "105-KH/TĐ", true)]                        // dc-026: the hyphen lost
    [InlineData("31NQ/TU", "31-NQ/TU", true)]                           // the hyphen lost, serial and type code glued
    [InlineData("19 CT-TTg", "19/CT-TTg", false)]                       // the slash lost
    [InlineData("19/CT- TTg", "19/CT-TTg", false)]
    [InlineData("34 -CT/TW", "34-CT/TW", true)]
    [InlineData("19⁄CT‐TTg", "19/CT-TTg", false)]                       // fraction slash and Unicode hyphen from HTML
    [InlineData("12/QĐ.UBND", "12/QĐ-UBND", false)]                     // a dot between codes
    [InlineData("931/TTr-PGD.Q8", "931/TTr-PGD.Q8", false)]             // dc-138: a dot inside a unit's code
    [InlineData("12/QĐUBND", "12/QĐ-UBND", false)]                      // the hyphen lost, codes glued
    [InlineData("1161/UBNDYT", "1161/UBND-YT", false)]                  // pd-084
    [InlineData("28/2016/TT-BGD ĐT", "28/2016/TT-BGDĐT", false)]        // dc-094: a space inside a code
    [InlineData("113/KH-BCA-C04", "113/KH-BCA-C04", false)]             // pd-031
    [InlineData("22/CT-TW", "22-CT/TW", true)]                          // cp-099: a Party document in the state layout
    [InlineData("1980-QĐ/TTg", "1980/QĐ-TTg", false)]                   // dc-234: a state document in the Party layout
    [InlineData("196-HĐBT", "196-HĐBT", false)]                         // cp-052: numbered before the present rules
    [InlineData("12-HD/BTC", "12-HD/BTC", true)]                        // hz-024: BTC is also a committee's Ban Tổ chức
    [InlineData("21-CT/T.Ư", "21-CT/TW", true)]                         // hy-092: a dot inside TƯ, written TW
    [InlineData("45-KH/HƯ", "45-KH/HU", true)]                          // Ư for U in a Party code
    [InlineData("12/2008/TTLT-BTC-BGD-ĐT", "12/2008/TTLT-BTC-BGDĐT", false)] // a hyphen inside a central body's code
    [InlineData("07/2010/TTLT-BGD-ĐT-BNV", "07/2010/TTLT-BGDĐT-BNV", false)]
    public void Reads_a_symbol_in_any_spelling(string written, string canonical, bool party)
    {
        var symbol = Symbols.ParseLoose(written);
        Assert.NotNull(symbol);
        Assert.Equal(canonical, symbol!.Number);
        Assert.Equal(party, symbol.Party);
    }

    [Theory]
    [InlineData("2021-2025")]
    [InlineData("20/01/2022")]
    [InlineData("10/12 xã")]
    [InlineData("15 %/năm")]
    [InlineData("0913.456.789")]
    [InlineData("Covid-19")]
    [InlineData("5/tháng")]
    [InlineData("(C/2021/TĐKT)")]
    [InlineData("12/ngày")]
    [InlineData("3/Các")]
    [InlineData("5 Covid-19")]
    public void Yields_nothing_for_look_alikes(string text) => Assert.Null(Symbols.ParseLoose(text));

    // Standing alone in running text a symbol needs stronger evidence: a type code the rules list, or a known issuer.
    [Theory]
    [InlineData("đạt 182/PGDĐT", 0)]
    [InlineData("theo 34-CT/TW", 1)]
    [InlineData("theo 1234/BYT-KCB", 1)]
    [InlineData("có 105 KH/TĐ", 1)]
    [InlineData("tỷ lệ 20/100 KH", 0)]
    public void Alone_a_symbol_needs_a_known_code(string text, int expected)
    {
        var found = Symbols.FindAll(Ingest.Indexer.Text.TextViewBuilder.Build(text)).Count();
        Assert.Equal(expected, found);
    }

    // hy-ubnd-nghe-an-kh-2025-695: the sweep for bare symbols passes over a citation another reader took and reads on
    // after its end.
    [Fact]
    public void A_number_inside_a_span_passed_over_is_not_read()
    {
        var view = Ingest.Indexer.Text.TextViewBuilder.Build("Bộ Chính trị ban hành Kết luận số 132-KL/TW về tiếp tục thực hiện Chỉ thị số 36-CT/TW ngày 16/8/2019");
        var taken = view.Normalized.IndexOf("Kết luận", StringComparison.Ordinal);
        var takenEnd = view.Normalized.IndexOf(" về", StringComparison.Ordinal);

        var all = Symbols.FindAll(view).Select(s => s.Symbol.Number).ToList();
        var rest = Symbols.FindAll(view, new Ingest.Indexer.Text.SpanSet([(taken, takenEnd)])).Select(s => s.Symbol.Number).ToList();

        Assert.Equal(["132-KL/TW", "36-CT/TW"], all);
        Assert.Equal(["36-CT/TW"], rest);
    }

    [Fact]
    public void Leading_zeros_do_not_separate_keys()
    {
        Assert.Equal(Symbols.ParseLoose("01/CT-UBND")!.KeyForm, Symbols.ParseLoose("1/CT-UBND")!.KeyForm);
    }

    // The legislature's term after QH or UBTVQH is two digits: an I or l the OCR read for 1 there is certainly 1 (il-014).
    [Theory]
    [InlineData("258/2025/QHI5", "258/2025/QH15")]
    [InlineData("102/2025/UBTVQHl5", "102/2025/UBTVQH15")]
    public void A_term_whose_digit_one_was_read_as_a_letter_is_repaired(string written, string canonical)
    {
        var symbol = Symbols.ParseLoose(written);
        Assert.Equal((canonical, true), (symbol?.Number, symbol?.Repaired ?? false));
    }

    [Theory]
    [InlineData("12/2025/QHII")]   // no digit left to say it is a term
    [InlineData("12/2025/UBNDI5")] // no legislature's code
    public void A_letter_in_another_code_is_not_read_as_a_term(string written)
    {
        Assert.DoesNotContain("15", Symbols.ParseLoose(written)?.Number?.Split('/')[^1] ?? "");
    }

    [Fact]
    public void Repairs_are_reported()
    {
        Assert.True(Symbols.ParseLoose("34-C1/TW")!.Repaired);
        Assert.False(Symbols.ParseLoose("34-CT/TW")!.Repaired);
    }
}
