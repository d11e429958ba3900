namespace Ingest.Indexer.Corpus;

/// <summary>
/// Vietnamese filler sentences for generated plans, full of look-alike numbers that are not citations:
/// phone numbers, periods ("2021-2025"), percentages, ratios, "Covid-19", dates without a document.
/// </summary>
public static class FillerText
{
    private static readonly string[] Sentences =
    [
        "Tiếp tục nâng cao chất lượng công tác thi đua, khen thưởng trên địa bàn tỉnh giai đoạn 2021-2025.",
        "Phấn đấu 100% cán bộ, công chức hoàn thành tốt nhiệm vụ, trong đó 15 % đạt danh hiệu chiến sĩ thi đua cơ sở.",
        "Mọi thông tin xin liên hệ số điện thoại 0258.3822.123 hoặc 0913 456 789 trong giờ hành chính.",
        "Tỷ lệ hộ nghèo giảm 2-3% mỗi năm; 10/12 xã đạt chuẩn nông thôn mới.",
        "Công tác phòng, chống dịch Covid-19 được duy trì 24/7 tại các khu dân cư.",
        "Hội nghị tổng kết được tổ chức vào ngày 15/12/2021 tại hội trường Ủy ban nhân dân huyện.",
        "Các phòng chuyên môn tổng hợp số liệu quý III/2021 và 6 tháng đầu năm 2022.",
        "Kinh phí thực hiện là 1.250.000.000 đồng, bố trí từ nguồn ngân sách năm 2022.",
        "Đẩy mạnh phong trào thi đua yêu nước, phát huy tinh thần đoàn kết, sáng tạo của đồng bào các dân tộc.",
        "Kế hoạch 5 năm (2021 - 2025) được xây dựng trên cơ sở các chỉ tiêu 1/3 nhiệm kỳ.",
        "Tập trung tuyên truyền các ngày lễ lớn, kỷ niệm 75 năm ngày truyền thống (03/5/1946 – 03/5/2021).",
        "Mã hồ sơ TĐKT-2021/15 được lưu tại Văn phòng.",
    ];

    /// <summary>A random filler sentence.</summary>
    public static string Next(Random rng) => Sentences[rng.Next(Sentences.Length)];

    /// <summary>All filler sentences, for tests that check none of them yields a citation.</summary>
    public static IReadOnlyList<string> All => Sentences;
}
