using Ingest.Indexer.Parsing;

namespace Ingest.Indexer.Tests.Parsing;

/// <summary>
/// A plan in the standard layout of the national rules (issuer and national motto side by side, number and
/// place-date side by side, signature block beside Nơi nhận), as a text layer of a digital PDF renders it.
/// The text is written for this test; none of the samples has this layout.
/// </summary>
public sealed class StandardLayoutTests
{
    private const string Plan = """
        ỦY BAN NHÂN DÂN                    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
        HUYỆN XUÂN LỘC                           Độc lập - Tự do - Hạnh phúc
              ———                                        ————————
        Số: 125/KH-UBND                    Xuân Lộc, ngày 05 tháng 3 năm 2022

        KẾ HOẠCH
        Triển khai thực hiện Kế hoạch số 45/KH-UBND ngày 12/01/2022
        của UBND tỉnh Đồng Nai về cải cách hành chính năm 2022

        Căn cứ Quyết định số 1234/QĐ-UBND ngày 30/12/2021 của UBND tỉnh Đồng Nai về việc giao chỉ tiêu;
        Ủy ban nhân dân huyện Xuân Lộc ban hành Kế hoạch thực hiện như sau:
        1. Các xã báo cáo kết quả về Phòng Nội vụ chậm nhất ngày 20/6/2022.
        2. Phòng Nội vụ tổng hợp, báo cáo UBND tỉnh trước ngày 30 tháng 6 năm 2022.
        Nơi nhận:                                          KT. CHỦ TỊCH
        - UBND tỉnh (b/c);                                  PHÓ CHỦ TỊCH
        - TT.HU, TT.HĐND huyện;
        - UBND các xã, thị trấn;
        - Lưu: VT, NV.                                       (Đã ký)

                                                          Nguyễn Văn Bình
        """;

    private static readonly Ingest.Indexer.Model.PlanRecord Record = new PlanParser().Parse(Plan);

    [Fact]
    public void Reads_the_side_by_side_header()
    {
        Assert.Equal("125/KH-UBND", Record.Number);
        Assert.Equal("Xuân Lộc", Record.Place);
        Assert.Equal("2022-03-05", Record.IssueDate);
        Assert.Equal("Triển khai thực hiện Kế hoạch số 45/KH-UBND ngày 12/01/2022 của UBND tỉnh Đồng Nai về cải cách hành chính năm 2022", Record.Title);
    }

    [Fact]
    public void Reads_a_two_line_issuer_and_the_province_from_cited_documents()
    {
        Assert.Equal("Ủy ban nhân dân huyện Xuân Lộc", Record.Issuer.Name);
        Assert.Equal("district", Record.Issuer.Level);
        Assert.Equal("Đồng Nai", Record.Issuer.Province);
        Assert.Contains(Record.Issuer.Evidence, e => e.Source == "header");
    }

    [Fact]
    public void Reads_the_signature_beside_the_recipients()
    {
        Assert.Equal("PHÓ CHỦ TỊCH", Record.Signer!.Title);
        Assert.Equal(["KT. CHỦ TỊCH"], Record.Signer.Authority);
        Assert.Equal("Nguyễn Văn Bình", Record.Signer.Name);
        Assert.Equal(["UBND tỉnh (b/c)", "TT.HU, TT.HĐND huyện", "UBND các xã, thị trấn"], Record.Recipients.Select(r => r.Text));
        Assert.Equal("Thường trực Huyện ủy, Thường trực Hội đồng nhân dân huyện", Record.Recipients[1].Name);
        Assert.Equal("Lưu: VT, NV.", Record.Archive);
    }

    [Fact]
    public void The_own_number_is_not_a_citation_and_the_cited_ones_are()
    {
        Assert.DoesNotContain(Record.Citations, c => c.Number == "125/KH-UBND");
        Assert.Equal(["45/KH-UBND", "1234/QĐ-UBND"], Record.Citations.Select(c => c.Number));
        Assert.Equal("basis", Record.Citations[1].Relation);
        Assert.Equal("45/KH-UBND|2022|dong-nai", Record.Citations[0].Key);
    }

    [Fact]
    public void Reads_both_deadlines_with_what_is_due()
    {
        Assert.Equal(["2022-06-20", "2022-06-30"], Record.Deadlines.Select(d => d.Date));
        Assert.Equal("Các xã báo cáo kết quả về Phòng Nội vụ", Record.Deadlines[0].What);
    }
}
