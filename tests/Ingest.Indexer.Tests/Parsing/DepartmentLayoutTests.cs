using Ingest.Indexer.Parsing;

namespace Ingest.Indexer.Tests.Parsing;

/// <summary>A provincial department's plan (Sở Nội vụ under UBND tỉnh), written for this test.</summary>
public sealed class DepartmentLayoutTests
{
    private const string Plan = """
        UBND TỈNH BÌNH ĐỊNH                CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM
            SỞ NỘI VỤ                          Độc lập - Tự do - Hạnh phúc

        Số: 123 /KH-SNV                    Bình Định, ngày 05 tháng 3 năm 2024

        KẾ HOẠCH
        Tổ chức thực hiện công tác thi đua, khen thưởng năm 2024

        Căn cứ Quyết định số 12/2021/QĐ-UBND ngày 10/3/2021 của UBND tỉnh quy định chức năng, nhiệm vụ của Sở Nội vụ;
        Thực hiện Kế hoạch số 45/KH-UBND ngày 01/02/2024 của UBND tỉnh về công tác thi đua, khen thưởng năm 2024, Sở Nội vụ xây dựng Kế hoạch với các nội dung sau:
        1. Các phòng, đơn vị gửi đăng ký thi đua về Văn phòng Sở trước ngày 15/3/2024.
        2. Phối hợp với Ban Thi đua - Khen thưởng tổ chức Hội nghị tổng kết trong Quý IV/2024.
        Nơi nhận:                                                      KT. GIÁM ĐỐC
        - UBND tỉnh (b/c);                                             PHÓ GIÁM ĐỐC
        - Giám đốc, các PGĐ Sở;
        - Các phòng, đơn vị thuộc Sở;
        - Lưu: VT, TĐKT.
                                                                       Lê Thị Hoa
        """;

    private static readonly Model.PlanRecord Record = new PlanParser().Parse(Plan);

    [Fact]
    public void The_department_not_its_parent_is_the_issuer()
    {
        Assert.Equal("123/KH-SNV", Record.Number);
        Assert.Equal("Sở Nội vụ tỉnh Bình Định", Record.Issuer.Name);
        Assert.Equal(("province", "Bình Định"), (Record.Issuer.Level, Record.Issuer.Province));
    }

    [Fact]
    public void Citations_keys_signer_and_dates()
    {
        Assert.Equal(["12/2021/QĐ-UBND|binh-dinh", "45/KH-UBND|2024|binh-dinh"], Record.Citations.Select(c => c.Key));
        Assert.Equal(["basis", "implements"], Record.Citations.Select(c => c.Relation));
        Assert.Equal(("PHÓ GIÁM ĐỐC", "Lê Thị Hoa"), (Record.Signer!.Title, Record.Signer.Name));
        Assert.Equal(["KT. GIÁM ĐỐC"], Record.Signer.Authority);
        Assert.Equal("2024-03-15", Assert.Single(Record.Deadlines).Date);
        Assert.Contains(Record.Dates, d => d.Kind == "quarter" && d.From == "2024");
    }
}
