using Ingest.Indexer.Parsing;

namespace Ingest.Indexer.Tests.Parsing;

/// <summary>
/// Words that look like a document named without a number and are not one: a name that says "này" (the text itself or
/// a part of it), the sentence by which a text sums itself up ("Trên đây là thông báo …"), and "Pháp Luật" written in
/// title case, which is the common noun as "pháp luật" is. Each beside the near miss that still names a document.
/// </summary>
public sealed class SelfAndCommonNounNamesTests
{
    private static readonly PlanParser Parser = new();

    private static List<string> Texts(string text) => Parser.Parse(text).Citations.Select(c => c.Text).ToList();

    // ki-006 (Quy chế of the Đại hội đại biểu Đoàn TNCS Hồ Chí Minh Công an tỉnh Đắk Lắk, 2025): the regulation's own
    // opening sentence.
    [Fact]
    public void A_name_that_says_this_is_the_text_itself()
    {
        Assert.Empty(Texts("Quy chế Đại hội này được quy định như sau:"));
    }

    // The near miss: "nay" (now) of "(nay là xã …)", written without the grave accent, is no "này".
    [Fact]
    public void A_name_that_says_now_is_still_cited()
    {
        const string text = "Thực hiện Kế hoạch tổ chức Đại hội Hội Nông dân xã Tân Phú (nay là xã Phú Mỹ) nhiệm kỳ 2023-2028, Ban Thường vụ họp.";
        Assert.Equal(["Kế hoạch tổ chức Đại hội Hội Nông dân xã Tân Phú (nay là xã Phú Mỹ) nhiệm kỳ 2023-2028"], Texts(text));
    }

    // lv-010 (UBND xã Sơn Vĩ's notice) and jw-sgddt-tp-hcm-cv-2025-4646 (Sở GD&ĐT TP.HCM): "Trên đây là" opens the closing
    // sentence of the text, whose document word in lower case, with its issuer and subject, is that text.
    [Theory]
    [InlineData("Trên đây là thông báo của UBND xã Sơn Vĩ về việc Tạm dừng họp chợ phiên xã Sơn Vĩ yêu cầu các tổ chức, cá nhân trong và ngoài xã tham gia kinh doanh, buôn bán tại Chợ xã Sơn Vĩ nghiêm túc thực hiện./.")]
    [InlineData("Trên đây là hướng dẫn của Sở Giáo dục và Đào tạo về bổ nhiệm chức danh nghề nghiệp viên chức.")]
    public void The_sentence_that_sums_the_text_up_names_the_text_itself(string text)
    {
        Assert.Empty(Texts(text));
    }

    // The near miss: a notice reported with its issuer and subject after the day it came (ia-046's kind, with its issuer).
    [Fact]
    public void A_notice_reported_with_its_issuer_is_still_cited()
    {
        const string text = "Ngày 14/7/2021, UBND tỉnh có thông báo của Chủ tịch UBND tỉnh về việc tạm hoãn lịch tiếp công dân định kỳ tháng 7.";
        Assert.Equal(["thông báo của Chủ tịch UBND tỉnh"], Texts(text));
    }

    // ly-012 (a legal portal's notice) and hy-ubnd-ca-mau-kh-2021-98's heading in capitals: "Pháp Luật", "PHÁP LUẬT".
    [Theory]
    [InlineData("Để sử dụng toàn bộ tiện ích nâng cao của Hệ Thống Pháp Luật vui lòng lựa chọn và đăng ký gói cước.")]
    [InlineData("KẾ HOẠCH\nTuyên truyền, phổ biến, giáo dục PHÁP LUẬT GIAI ĐOẠN 2021-2025")]
    public void Law_in_title_case_after_its_common_noun_names_no_law(string text)
    {
        Assert.DoesNotContain(Parser.Parse(text).Citations, c => c.Type == "Luật");
    }

    // The near miss: the Constitution's lower-case "pháp" before a law named in a basis list.
    [Fact]
    public void A_law_after_the_constitution_is_still_cited()
    {
        Assert.Contains(Parser.Parse("Căn cứ Hiến pháp Luật Đất đai ngày 18 tháng 01 năm 2024;").Citations, c => c.Type == "Luật");
    }
}
