using Ingest.Indexer.Text;

namespace Ingest.Indexer.Parsing.Header;

/// <summary>
/// Puts back the space a scan lost inside the subject formula opening a sentence-case title: "Vềviệc triển khai …"
/// (jj-ubnd-quang-ngai-ct-2020-ocr) is "Về việc triển khai …", "Vềviệc" being no word. A capitals line run together
/// ("VỀVIỆC THÀNH LẬP …", hy-ubnd-tp-hcm-qd-1977-598) is annotated as written and kept. Pure.
/// </summary>
internal static class SubjectFormulaRepair
{
    /// <summary><paramref name="title"/> with its opening formula's space put back; the same string when it has none lost.</summary>
    public static string Repair(string title)
    {
        if (title.Length < 8 || title[0] != 'V' || !char.IsLower(title[1])) return title;
        var space = title.IndexOf(' ');
        var first = space < 0 ? title : title[..space];
        return TextFolding.FoldLoose(first) == "veviec" && GluedSyllableNormalizer.TwoSyllableSplit(first) == 2 ? $"{first[..2]} {title[2..]}" : title;
    }
}
