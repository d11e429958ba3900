using Ingest.Indexer.Parsing;

namespace Ingest.Indexer.Tests.Parsing;

/// <summary>
/// A one-line foot whose file copy lists a body among its codes ("- Lưu: VT, Sở DTTG, TTPVHCC."): a body's
/// capitalised name after a comma is one more code of the list, not the signer's name; the name is the one after the
/// block's capitals.
/// </summary>
public sealed class FileCopyBodyCodeTests
{
    // tests/corpus ja-ttpvhcc-ha-noi-qd-1594-2025-tnt305 (Trung tâm Phục vụ hành chính công Hà Nội), its foot's lines joined.
    private const string Foot = "Nơi nhận: - Như Điều 4; - Bộ Dân tộc và Tôn giáo; *(để b/c)* - Cục KSTTHC - Văn phòng Chính phủ; *(để b/c)* - Thường trực: Thành ủy, HDND; *(để b/c)* - UBND Thành phố: Chủ tịch, các PCT; - UB MTTQ Việt Nam Thành phố; - Công an Thành phố; - Cổng Thông tin điện tử Thành phố; - Trung tâm PVHCC: GĐ, PGĐ, các phòng, đơn vị thuộc TT; - Lưu: VT, Sở DTTG, TTPVHCC. | **GIÁM ĐỐC** **Cù Ngọc Trang**";

    [Fact]
    public void A_body_in_the_file_copys_codes_is_no_signer()
    {
        var record = new PlanParser().Parse(Foot);
        Assert.Equal(("GIÁM ĐỐC", "Cù Ngọc Trang"), (record.Signer?.Title, record.Signer?.Name));
        Assert.Contains(record.Recipients, r => r.Text == "Công an Thành phố");
    }
}
