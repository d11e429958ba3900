using Ingest.Cli.Evaluation;
using Ingest.Indexer.Parsing;

namespace Ingest.Indexer.Tests.Evaluation;

/// <summary>The scoreboard's own arithmetic, on a corpus small enough to count by hand.</summary>
public class ScoreboardTests
{
    private static CorpusPassage Passage(string id, string text, params CorpusCitation[] citations) =>
        new() { Id = id, Text = text, Source = "test", Negative = citations.Length == 0, Citations = citations };

    [Theory]
    [InlineData("issuer", "UBND tỉnh Bến Tre", "Ủy ban nhân dân TỈNH BẾN TRE", true)]
    [InlineData("issuer", "UBND tỉnh Bến Tre", "UBND huyện Bến Tre", false)]
    [InlineData("issuer", "Liên đội Trường TH Hòa Bình", "Liên đội Trường Tiểu học Hòa Bình", true)]
    [InlineData("issuer", "Trường THCS Hòa Bình", "Trường Tiểu học Hòa Bình", false)]
    [InlineData("issuer", "Trường MN Hoa Sen", "Trường Mầm non Hoa Sen", true)]
    [InlineData("issuer", "Phòng GD&ĐT huyện Thanh Oai", "Phòng Giáo dục và Đào tạo huyện Thanh Oai", true)]
    [InlineData("issuer", "Phòng GD&ĐT huyện Thanh Oai", "Phòng Giáo dục & Đào tạo huyện Thanh Oai", true)]
    [InlineData("issuer", "Phòng LĐTB&XH huyện Tân Thạnh", "Phòng Lao động - Thương binh và Xã hội huyện Tân Thạnh", true)]
    [InlineData("issuer", "BCH Hội Nông dân tỉnh Đồng Tháp", "Ban Chấp hành HND tỉnh Đồng Tháp", true)]
    [InlineData("issuer", "Phòng GD&ĐT huyện Thanh Oai", "Phòng Tài nguyên và Môi trường huyện Thanh Oai", false)]
    [InlineData("number", "34-CT/TW", "34 - ct/tw", true)]
    [InlineData("number", "34-CT/TW", "35-CT/TW", false)]
    [InlineData("title", "V/v triển khai kế hoạch", "triển khai kế hoạch", true)]
    [InlineData("province", "Bến Tre", "tỉnh Bến Tre", true)]
    [InlineData("issue_date", "2021-07-16", null, false)]
    [InlineData("signer", null, null, true)]
    public void Fields_compare_by_words_not_by_spelling(string field, string? expected, string? actual, bool same) =>
        Assert.Equal(same, FieldComparer.Same(field, expected, actual));

    [Fact]
    public void Citations_are_counted_as_found_missed_and_spurious()
    {
        var corpus = new AnnotatedCorpus([], [
            Passage("a", "Căn cứ Chỉ thị số 19/CT-TTg ngày 16/7/2021 của Thủ tướng Chính phủ;",
                new CorpusCitation("Chỉ thị", "19/CT-TTg", "2021-07-16", "Chỉ thị số 19/CT-TTg ngày 16/7/2021 của Thủ tướng Chính phủ")),
            Passage("b", "Thực hiện Luật Thi đua, khen thưởng và văn bản không có số.",
                new CorpusCitation("Luật", null, null, "Luật Thi đua, khen thưởng"),
                new CorpusCitation("Quyết định", "999/QĐ-XYZ", null, "văn bản không có số")),
            Passage("c", "Điện thoại: 0274 3822 123."),
        ], []);
        var r = Scoreboard.Run(corpus, new PlanParser());
        Assert.Equal(new RatioScore(1, 1, 0), r.Numbered);
        Assert.Equal(2, r.All.Found);
        Assert.Equal(1, r.All.Missed);
        Assert.Equal(new RatioScore(1, 0, 0), r.Dates);
        Assert.Equal(1, r.NegativesClean);
        Assert.True(r.Outcomes["p:a:0"]);
        Assert.False(r.Outcomes["p:b:1"]);
    }

    [Fact]
    public void Recipients_and_deadlines_are_scored_only_where_annotated()
    {
        const string text = """
            ỦY BAN NHÂN DÂN
            XÃ AN BÌNH
            Số: 5/KH-UBND
            KẾ HOẠCH
            Tổng vệ sinh môi trường
            Các thôn báo cáo kết quả về UBND xã trước ngày 15/5/2024.
            Nơi nhận:
            - Đảng ủy xã (b/c);
            - Các thôn;
            - Lưu: VP.
            CHỦ TỊCH
            Nguyễn Văn An
            """;
        CorpusDocument Doc(string slug, IReadOnlyList<string>? recipients, IReadOnlyList<string>? deadlines) => new()
        {
            Slug = slug, Text = text, Source = "test", Citations = [], Recipients = recipients, Deadlines = deadlines,
            Fields = CorpusReader.FieldNames.ToDictionary(f => f, _ => (string?)null),
        };
        var corpus = new AnnotatedCorpus([
            Doc("a", ["Đảng ủy xã", "Các thôn", "MTTQ xã"], ["2024-05-15", "2024-06-30"]),
            Doc("b", null, null),
        ], [], []);
        var r = Scoreboard.Run(corpus, new PlanParser());
        Assert.Equal((1, 1), r.Annotated);
        Assert.Equal(new RatioScore(2, 1, 0), r.Recipients);
        Assert.Equal(new RatioScore(1, 1, 0), r.Deadlines);
        Assert.False(r.Outcomes["d:a:recipient:mat tran to quoc xa"]);
        Assert.True(r.Outcomes["d:a:deadline:2024-05-15"]);
        Assert.DoesNotContain(r.Outcomes.Keys, k => k.StartsWith("d:b:recipient", StringComparison.Ordinal));
        Assert.Equal(2.0 / 3, r.Metrics()["recipients.recall"], 3);
    }

    [Fact]
    public void The_review_flag_is_scored_against_misread_headers()
    {
        // A complete header read right and not flagged; the same header with a wrong issuer annotated (the parser
        // reads it confidently, so the misreading is missed); a text with no header, whose annotation gives no
        // number or date: flagged, but no false alarm, since no header field could be read.
        const string header = "ỦY BAN NHÂN DÂN\nTỈNH BẾN TRE\nSố: 12/KH-UBND\nBến Tre, ngày 3 tháng 4 năm 2023\nKẾ HOẠCH\nTổng vệ sinh môi trường\nUBND tỉnh triển khai.\n";
        CorpusDocument Doc(string slug, string text, string? issuer, string? number, string? date) => new()
        {
            Slug = slug, Text = text, Source = "test", Citations = [],
            Fields = CorpusReader.FieldNames.ToDictionary(f => f, f => f switch
            {
                "issuer" => issuer, "number" => number, "issue_date" => date, "level" => issuer is null ? null : "province",
                "province" => issuer is null ? null : "Bến Tre", "title" => issuer is null ? null : "Tổng vệ sinh môi trường", _ => (string?)null,
            }),
        };
        var corpus = new AnnotatedCorpus([
            Doc("right", header, "UBND tỉnh Bến Tre", "12/KH-UBND", "2023-04-03"),
            Doc("wrong", header, "Sở Y tế tỉnh Bến Tre", "12/KH-UBND", "2023-04-03"),
            Doc("bare", "Các thôn dọn vệ sinh đường làng vào sáng chủ nhật.\n", null, null, null),
        ], [], []);
        var r = Scoreboard.Run(corpus, new PlanParser());
        Assert.Equal(new RatioScore(0, 1, 0), r.Review);
        Assert.Equal((1, 1.0), (r.ReviewQuiet, r.Metrics()["review.specificity"]));
        Assert.True(r.Outcomes["d:right:review"]);
        Assert.False(r.Outcomes["d:wrong:review"]);
        Assert.Contains("issuer", r.Explanations["d:wrong:review"]);
        Assert.DoesNotContain("d:bare:review", r.Outcomes.Keys);
    }

    [Theory]
    [InlineData("- Đảng ủy xã (b/c);", "Đảng uỷ xã")]
    [InlineData("+ UBND các huyện, TX, TP.", "Ủy ban nhân dân các huyện, TX, TP")]
    public void Recipients_compare_by_words_without_list_marks_or_notes(string a, string b) =>
        Assert.Equal(FieldComparer.Recipient(a), FieldComparer.Recipient(b));

    [Fact]
    public void Gains_and_losses_are_told_apart_from_new_items()
    {
        var before = new Dictionary<string, bool> { ["p:a:0"] = false, ["p:a:1"] = true, ["p:b:extra:5"] = false };
        var after = new Dictionary<string, bool> { ["p:a:0"] = true, ["p:a:1"] = false, ["p:c:0"] = false };
        var diff = ScoreboardDiff.Compare(before, after);
        Assert.Equal(["p:a:0", "p:b:extra:5"], diff.Gains);
        Assert.Equal(["p:a:1"], diff.Losses);
        Assert.Equal(1, diff.NewItems);
    }
}
