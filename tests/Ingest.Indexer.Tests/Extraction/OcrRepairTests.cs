using Ingest.Indexer.Extraction;
using Ingest.Indexer.Parsing.Tables;

namespace Ingest.Indexer.Tests.Extraction;

/// <summary>Table tests for the OCR repair pass: symbols and dates mended, ordinary words untouched.</summary>
public sealed class OcrRepairTests
{
    private static readonly OcrRepair Repair = new(DomainTables.Default);

    [Theory]
    [InlineData("Quyết định số 15lKH-UBND ngày", "Quyết định số 15/KH-UBND ngày")]
    [InlineData("Chỉ thị số 19/CTTTg ngày", "Chỉ thị số 19/CT-TTg ngày")]
    [InlineData("Chỉ thị số 14/CTEUBND của", "Chỉ thị số 14/CT-UBND của")]
    [InlineData("Quyết định số 93/QĐÐ-UBND ngày", "Quyết định số 93/QĐ-UBND ngày")]
    [InlineData("Quyết định số 12/QD-UBND ngày", "Quyết định số 12/QĐ-UBND ngày")]
    [InlineData("Chỉ thị số 34 -CT/TW ngày", "Chỉ thị số 34-CT/TW ngày")]
    [InlineData("ngày 0l/O2/2021 của", "ngày 01/02/2021 của")]
    [InlineData("Chỉ thị số 19/CT'TTg ngày", "Chỉ thị số 19/CT-TTg ngày")]
    [InlineData("Chỉ thị số 14/CT-.UBND ngày", "Chỉ thị số 14/CT-UBND ngày")]
    public void Mends_symbols_and_dates(string ocr, string expected) => Assert.Equal(expected, Repair.Apply(ocr).Text);

    [Theory]
    [InlineData("Tôi có 3 lần đi công tác trong năm 2021.")]
    [InlineData("năm 2021 I. MỤC ĐÍCH, YÊU CẦU")]
    [InlineData("Đạt 10/12 xã, trực 24/7, phòng chống Covid-19.")]
    [InlineData("Công văn số 238/UBND-KGVX ngày 05/01/2021")]
    [InlineData("Giai đoạn 2021-2025, tăng 15% so với 2020.")]
    [InlineData("Kế hoạch số 08/KH-UBND. UBND tỉnh giao")]
    public void Leaves_ordinary_text_alone(string text)
    {
        var (repaired, count) = Repair.Apply(text);
        Assert.Equal(text, repaired);
        Assert.Equal(0, count);
    }
}
