using Ingest.Indexer.Indexing;
using Ingest.Indexer.Parsing;
using Ingest.Indexer.Pipeline;

namespace Ingest.Indexer.Tests.Contracts;

/// <summary>Plans for index tests: the five samples, and small plans written here to build a hierarchy.</summary>
internal static class PlanFixtures
{
    public static readonly PlanParser Parser = new();
    public static readonly PlanPreparer Preparer = new(Parser);

    public static IReadOnlyList<IndexedPlan> Samples() =>
        Directory.GetFiles(TestPaths.Plans).OrderBy(f => f)
            .Select(f => Preparer.Prepare("samples/" + Path.GetFileName(f), File.ReadAllText(f)))
            .ToList();

    /// <summary>A minimal plan in the standard layout, citing <paramref name="cites"/> after "Thực hiện".</summary>
    public static IndexedPlan Plan(string id, string issuerLines, string number, string placeDate, string title, string cites, string body = "")
    {
        var text = $"""
            {issuerLines}
            Số: {number}                    {placeDate}

            KẾ HOẠCH
            {title}

            Thực hiện {cites}, ban hành Kế hoạch với các nội dung như sau:
            {body}
            Nơi nhận:
            - Như trên;
            - Lưu: VT.
                                                  CHỦ TỊCH

                                                  Nguyễn Văn An
            """;
        return Preparer.Prepare(id, text);
    }

    /// <summary>Three plans for ranking and syntax: a place name with marks, words that fold to it, a phrase.</summary>
    public static IReadOnlyList<IndexedPlan> Places() =>
    [
        Plan("p/dinh-quan.txt", "UBND TỈNH ĐỒNG NAI", "3/KH-UBND", "Đồng Nai, ngày 01 tháng 3 năm 2022", "Phát triển huyện Định Quán", "Chỉ thị số 1/CT-UBND ngày 01/01/2022 của UBND tỉnh Đồng Nai"),
        Plan("p/quan.txt", "UBND TỈNH ĐỒNG NAI", "4/KH-UBND", "Đồng Nai, ngày 02 tháng 3 năm 2022", "Quản lý đô thị", "Chỉ thị số 1/CT-UBND ngày 01/01/2022 của UBND tỉnh Đồng Nai", "Định kỳ báo cáo quận, huyện về công tác quản lý."),
        Plan("p/phrase.txt", "UBND TỈNH AN GIANG", "5/KH-UBND", "An Giang, ngày 03 tháng 3 năm 2022", "Chuyển đổi số", "Chỉ thị số 1/CT-UBND ngày 01/01/2022 của UBND tỉnh An Giang", "Đẩy mạnh thi đua khen thưởng và chuyển đổi số."),
    ];

    /// <summary>A four-level chain: a Prime Minister's directive, a province plan, a district plan, a commune plan.</summary>
    public static IReadOnlyList<IndexedPlan> Hierarchy() =>
    [
        Plan("h/central.txt", "THỦ TƯỚNG CHÍNH PHỦ", "19/CT-TTg", "Hà Nội, ngày 16 tháng 7 năm 2021",
            "Về việc phát động thi đua", "Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng"),
        Plan("h/province.txt", "ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NGÃI", "08/KH-UBND", "Quảng Ngãi, ngày 20 tháng 01 năm 2022",
            "Phát động phong trào thi đua năm 2022", "Chỉ thị số 19/CT-TTg ngày 16/7/2021 của Thủ tướng Chính phủ"),
        Plan("h/district.txt", "ỦY BAN NHÂN DÂN\nHUYỆN SƠN TỊNH", "15/KH-UBND", "Sơn Tịnh, ngày 10 tháng 02 năm 2022",
            "Thi đua trên địa bàn huyện năm 2022", "Kế hoạch số 08/KH-UBND ngày 20/01/2022 của UBND tỉnh Quảng Ngãi",
            "Các xã gửi báo cáo trước ngày 15/3/2022."),
        Plan("h/commune.txt", "ỦY BAN NHÂN DÂN\nXÃ TỊNH HÀ", "03/KH-UBND", "Tịnh Hà, ngày 20 tháng 02 năm 2022",
            "Thi đua trên địa bàn xã năm 2022", "Kế hoạch số 15/KH-UBND ngày 10/02/2022 của UBND huyện Sơn Tịnh tỉnh Quảng Ngãi"),
    ];
}
