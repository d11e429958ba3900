using System.Text;
using Ingest.Tests.Shared;

namespace Ingest.Functions.Tests;

/// <summary>
/// Files made to hurt a reader, built at test time: a .docx zip bomb, a PDF of 10,000 pages, a PDF page of 200 ×
/// 200 inches with nothing on it (OCR would rasterize 1.6 gigapixels), 5 MiB of text on one line, a truncated
/// PDF, and a file that starts like a Word .doc and is not one. Each is past a limit or unreadable
/// (<c>Readable</c> false): it must fail with a report.
/// </summary>
public static class HostileFiles
{
    public sealed record HostileFile(string Name, byte[] Bytes, bool Readable);

    public static IReadOnlyList<HostileFile> All() =>
    [
        new("bomb.docx", WordZipBomb.Build(1L << 30), false),
        new("ten-thousand-pages.pdf", Pdf(10_000, 612, 792), false),
        new("huge-page.pdf", Pdf(1, 14_400, 14_400), false),
        new("one-line.txt", OneLine(5 << 20), false),
        new("truncated.pdf", Pdf(3, 612, 792, text: "Ke hoach so 1/KH-UBND")[..400], false),
        new("not-a-doc.doc", NotADoc(), false),
    ];

    /// <summary>A well-formed PDF of <paramref name="pages"/> pages of the given size in points, with a line of text or none.</summary>
    private static byte[] Pdf(int pages, int width, int height, string? text = null)
    {
        var objects = new List<string>
        {
            "<< /Type /Catalog /Pages 2 0 R >>",
            $"<< /Type /Pages /Count {pages} /Kids [{string.Join(' ', Enumerable.Range(0, pages).Select(i => $"{i + 5} 0 R"))}] >>",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        };
        var content = text is null ? "" : $"BT /F1 12 Tf 72 720 Td ({text}) Tj ET";
        objects.Add($"<< /Length {content.Length} >>\nstream\n{content}\nendstream");
        for (var i = 0; i < pages; i++)
            objects.Add($"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {width} {height}] /Resources << /Font << /F1 3 0 R >> >> /Contents 4 0 R >>");
        var pdf = new StringBuilder("%PDF-1.4\n");
        var offsets = new List<int>();
        for (var i = 0; i < objects.Count; i++)
        {
            offsets.Add(pdf.Length);
            pdf.Append(i + 1).Append(" 0 obj\n").Append(objects[i]).Append("\nendobj\n");
        }
        var xref = pdf.Length;
        pdf.Append("xref\n0 ").Append(objects.Count + 1).Append("\n0000000000 65535 f \n");
        foreach (var offset in offsets) pdf.Append(offset.ToString("D10")).Append(" 00000 n \n");
        pdf.Append("trailer\n<< /Size ").Append(objects.Count + 1).Append(" /Root 1 0 R >>\nstartxref\n").Append(xref).Append("\n%%EOF\n");
        return Encoding.ASCII.GetBytes(pdf.ToString());
    }

    private static byte[] OneLine(int bytes)
    {
        var words = "Thực hiện Chỉ thị số 34-CT/TW ngày 07/4/2014 của Bộ Chính trị về công tác thi đua, khen thưởng; ";
        var text = new StringBuilder("KẾ HOẠCH số 9/KH-UBND ");
        var step = Encoding.UTF8.GetByteCount(words);
        for (var size = Encoding.UTF8.GetByteCount(text.ToString()); size + step <= bytes; size += step) text.Append(words);
        return Encoding.UTF8.GetBytes(text.ToString());
    }

    // The OLE2 signature of a Word 97–2003 file, then noise: antiword must refuse it, not hang on it.
    private static byte[] NotADoc()
    {
        var bytes = new byte[64 * 1024];
        new Random(14).NextBytes(bytes);
        byte[] signature = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
        signature.CopyTo(bytes, 0);
        return bytes;
    }
}
