using Ingest.Indexer.Text;

namespace Ingest.Indexer.Parsing.Citations;

/// <summary>
/// Drops the header's own number line where the OCR flattened the header's two columns into one line and damaged the
/// "Số:" label and the serial filled in by hand, so that the header could not read the number: "séÄ 53 /KH-SYT Thành phố
/// Hồ Chí Minh, ngàyÚ3 tháng 02 năm 2021" (ld-syt-tp-hcm-kh-2021-ra-soat-vbqppl-ocr), "só£66/QĐ-VKSTC Hà Nội, ngày ( tháng
/// “năm 2019" (lg-vks-toi-cao-qd-2019-quy-trinh-vu-an-hanh-chinh-ocr), "số; 2Ó /QĐ-UBND Tây Ninh, ngày l§ tháng 02 năm 2025"
/// (ls-ubnd-tay-ninh-qd-2025-kcb-ocr). The symbol stands on the line of the header's place-date, before it: the right
/// column of the number row (Nghị định 30/2020/NĐ-CP), the document's own number, never one of its citations (corpus
/// README, "Hand-filled number and day"). A citation carries its own date after its symbol ("sỐ 1189/SNV-LĐVL&amp;TN, ngày
/// 29/8/2025 của Sở Nội vụ"), never a place and then the header's date. Pure.
/// </summary>
internal static class FlattenedNumberLine
{
    /// <summary>Removes the drafts that start before <paramref name="placeDateStart"/> (normalized) on its line.</summary>
    public static void Drop(TextView view, List<CitationDraft> drafts, int placeDateStart)
    {
        if (placeDateStart <= 0 || drafts.Count == 0) return;
        var lineStart = view.LineStartOf(placeDateStart);
        if (lineStart == placeDateStart) return; // the place-date opens its own line: no number row beside it
        // The draft may run on into the place ("53 /KH-SYT Thành phố Hồ Chí Minh" read as the symbol and an issuer).
        drafts.RemoveAll(d => d.Symbol is not null && d.Date is null && d.Start < placeDateStart
            && d.Start - lineStart <= MaxLabelLength && char.IsAsciiDigit(view.Folded[d.Start]));
    }

    // The row opens with its label, however damaged ("séÄ ", "só£", "số; "), and then the serial, with no type word: a
    // sentence's citation further in ("Thực hiện Chỉ thị số 35-CT/TW … của Đảng, ngày 10/9/2020 …", jg-001, where a
    // place-date was read in running text) is not the row.
    private const int MaxLabelLength = 6;
}
