using Ingest.Indexer.Parsing;
using Ingest.Indexer.Parsing.Recipients;

namespace Ingest.Indexer.Tests.Parsing;

/// <summary>
/// The one recogniser of the Nơi nhận heading (RecipientHeading): every form a copy prints it in, the look-alikes of a
/// body sentence kept out, and the lists it opens read by the whole parser.
/// </summary>
public sealed class RecipientHeadingTests
{
    private static readonly PlanParser Parser = new();

    public static TheoryData<string, string, string> Headings => new()
    {
        // Matches: the heading as typed, Markdown's and a table's marks, capitals, the signature beside it.
        { "Nơi nhận:", "Sure", "" },
        { "**Nơi nhận:**", "Sure", "**" },
        { "__Nơi nhận__:", "Sure", "" },
        { "| ***Nơi nhận:***", "Sure", "***" },
        { "NƠI NHẬN:", "Sure", "" },
        { "Nơi nhận :", "Sure", "" },
        { "**Nơi nhận**", "Sure", "**" },
        // A Word copy's no-break spaces around the heading in its table cell (lp-ubnd-tien-giang-qd-2025-241-doc).
        { "\u00a0Nơi nhận:\u00a0", "Sure", "\u00a0" },
        { "Nơi nhận: KT. BỘ TRƯỞNG", "Sure", " KT. BỘ TRƯỞNG" },
        // OCR: the "N" lost (lj-ubnd-quang-ngai-ct-2024-pctntc-ocr), misread (lo-phuong-sa-dec-qd-2025-155-ban-bau-cu-ocr),
        // a speck glued before it (ip-bv-phu-san-can-tho-cv-1067-2023-ocr), the vowel read twice (io-ubnd-phuong-sa-dec-qd-154-2025-ocr).
        { "ơi nhận: KT. CHỦ TỊCH", "Sure", " KT. CHỦ TỊCH" },
        { "Mới nhận: TM. UỶ BAN NHÂN DÂN", "Sure", " TM. UỶ BAN NHÂN DÂN" },
        { "MNơi nhận:", "Sure", "" },
        { "ậNớơi nhận: TM. UY BAN NHÁN DÁN", "Sure", " TM. UY BAN NHÁN DÁN" },
        // Damaged so that the list under it decides: "Nơi" clipped (jd-ubnd-quang-ngai-cv-2025-299-ocr), the colon read
        // as "m" (lg-ubnd-quang-ngai-qd-2025-tthc-kham-chua-benh-ocr), the damaged first word with no colon.
        { "Đo nhận: TL. CHỦ TỊCH", "WithItemAfter", " TL. CHỦ TỊCH" },
        { "Nơi nhậm KT. CHỦ TỊCH", "WithItemAfter", " KT. CHỦ TỊCH" },
        { "Nơi nhận KT. CHỦ TỊCH", "WithItemAfter", " KT. CHỦ TỊCH" },
        // The first word lost to a short misreading, the signature's lead beside the colon (lr-ldlsvn-btv-cv-hop-nhat-2025-ocr).
        { "vn nhận: TM. BAN THƯỜNG VỤ", "WithItemAfter", " TM. BAN THƯỜNG VỤ" },
        // Near misses: a body sentence (kp-ban-to-chuc-thanh-uy-ha-noi-hd-2025-pdf), other words.
        { "nơi nhận vào trang đầu sổ danh sách đảng viên", "None", "" },
        { "Nơi nhận hồ sơ: Bộ phận một cửa", "None", "" },
        { "Người nhận: ông Nguyễn Văn A", "None", "" },
        { "Nâng cao nhận thức và cam kết", "None", "" },
        { "Do nhận được Công văn số 12", "None", "" },
        { "$ới nhận: TIM UBND TĨNH", "None", "" },
        // A short first word and "nhận:" without the signature's lead beside it: a sentence or a form's field.
        { "Đã nhận: 15 bộ hồ sơ", "None", "" },
        { "Ký nhận:", "None", "" },
    };

    [Theory, MemberData(nameof(Headings))]
    public void A_cell_is_read_as_the_heading_or_not_with_what_follows_it(string cell, string expected, string after)
    {
        var reading = RecipientHeading.Read(cell, out var end);
        Assert.Equal(expected, reading.ToString());
        if (reading != RecipientHeading.Reading.None) Assert.Equal(after, cell[end..]);
    }

    private const string Body = "ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTỈNH QUẢNG NGÃI Độc lập - Tự do - Hạnh phúc\n"
        + "Số: 07/CT-UBND Quảng Ngãi, ngày 04 tháng 02 năm 2024\nCHỈ THỊ\nVề việc tăng cường công tác\n"
        + "Yêu cầu các cơ quan, đơn vị nghiêm túc triển khai thực hiện Chỉ thị này./.\n\n";

    private static IEnumerable<string> Recipients(string list) => Parser.Parse(Body + list).Recipients.Select(r => r.Text);

    [Fact]
    public void A_heading_whose_N_the_scan_lost_opens_the_list()
    {
        // lj-ubnd-quang-ngai-ct-2024-pctntc-ocr: the signature part read "ơi nhận:", the list reader did not.
        Assert.Equal(["Thanh tra Chính phủ", "Thường trực Tỉnh uỷ", "PCT UBND tỉnh"],
            Recipients("ơi nhận: KT. CHỦ TỊCH\n- Thanh tra Chính phủ; PHÓ CHỦ TỊCH\n- Thường trực Tỉnh uỷ;\n\n- PCT UBND tỉnh;\n- Lưu: VT.\n"));
    }

    [Fact]
    public void A_heading_whose_colon_was_read_as_a_letter_opens_the_list_an_item_follows()
    {
        // lg-ubnd-quang-ngai-qd-2025-tthc-kham-chua-benh-ocr.
        Assert.Equal(["Như Điêu 4", "Bộ Y tế"], Recipients("Nơi nhậm KT. CHỦ TỊCH\n- Như Điêu 4;\n- Bộ Y tế;\n- Lưu: VT.\n"));
    }

    [Fact]
    public void A_sentence_that_names_a_place_of_receipt_opens_no_list()
    {
        // kp-ban-to-chuc-thanh-uy-ha-noi-hd-2025-pdf: "nơi nhận" in the body, in small letters, no colon.
        Assert.Empty(Recipients("Nơi nhận hồ sơ tại Bộ phận một cửa\n- Sở Tư pháp;\n"));
    }

    [Fact]
    public void A_heading_between_no_break_spaces_in_a_table_cell_opens_the_list()
    {
        // lp-ubnd-tien-giang-qd-2025-241-doc: a Word copy's two-column table, the heading cell padded with U+00A0.
        Assert.Equal(["Như Điều 4", "CT, các PCT UBND tỉnh"],
            Recipients("|\u00a0Nơi nhận:\u00a0                         |KT. CHỦ TỊCH                            |\n"
                + "|- Như Điều 4;                      |PHÓ CHỦ TỊCH                            |\n"
                + "|- CT, các PCT UBND tỉnh;           |                                        |\n"
                + "|- Lưu: VT, KSTT.                   |                                        |\n"));
    }

    [Fact]
    public void A_heading_whose_first_word_was_lost_opens_the_list_beside_the_signature_lead()
    {
        // lr-ldlsvn-btv-cv-hop-nhat-2025-ocr, verbatim but for the list's middle.
        Assert.Equal(["Như trên", "Bộ trưởng Bộ Tư pháp (đề b/c)", "Các Ủy viên BTVLĐ"],
            Recipients("vn nhận: TM. BAN THƯỜNG VỤ\n- Như trên; C\n- Bộ trưởng Bộ Tư pháp (đề b/c); : GHỦ Su\n\n"
                + "- Các Ủy viên BTVLĐ;\n\n- Lưu: VPLĐ.\n\nLS. TS. Đỗ Ngọc Thịnh\n"));
    }
}
