using static Ingest.Indexer.Tests.Parsing.CitationRows;

namespace Ingest.Indexer.Tests.Parsing;

/// <summary>
/// The citation shapes the held-out `iq-` batch (OCR'd police and ministry letters, tests/corpus/README.md "Decided with
/// the iq- batch") and the older `ip-` misses showed, read by general rules: a code split by a space where the halves
/// joined are a code the tables hold, a unit's code in brackets, the "/nb" of Văn phòng Trung ương's internal letters,
/// a stray stroke before the legislature's term. Each row names where its text was seen.
/// </summary>
public sealed class HeldOutOcrCitationTests
{
    [Theory]
    // iq-023 (a police letter): the Standing Committee's code and its term set apart by a space.
    [InlineData("Căn cứ Nghị quyết số 101/2025/UBTV QH15 của Ủy ban Thường vụ Quốc hội;", new[] { "Nghị quyết|101/2025/UBTVQH15|-" })]
    // is-ubnd-tp-hcm-cv-4085-2025-repo (2025): a space after the '&' that joins a unit's two words; near miss: an '&'
    // between two codes' words with no code after it stays out.
    [InlineData("Sở Xây dựng tại Công văn số 15972/SXD-QLN& TTBĐS ngày 14 tháng 11 năm 2025", new[] { "Công văn|15972/SXD-QLN&TTBĐS|2025-11-14" })]
    [InlineData("theo Công văn số 15972/SXD-QLN & Sở Tài chính", new[] { "Công văn|15972/SXD-QLN|-" })]
    // ip-011, ip-015 (an election guide): the Q of HĐBCQG read as a space.
    [InlineData("theo Mẫu số 39/HĐBC tại Nghị quyết số 40/NQ-HĐBC G ngày 29 tháng 9 năm 2025 của Hội đồng bầu cử quốc gia)",
        new[] { "Nghị quyết|40/NQ-HĐBCQG|2025-09-29" })]
    [InlineData("Nghị quyết số 160/NQ-HĐBC G ngày 22 tháng 3 năm 2021 của Hội đồng bầu cử quốc gia.", new[] { "Nghị quyết|160/NQ-HĐBCQG|2021-03-22" })]
    // ir-053 (a school plan): a Phòng's code split inside its sector's part (GDĐT, as the ministry's BGDĐT).
    [InlineData("Căn cứ Công văn số 514/CV-PGD ĐT ngày 27/8/2021 của Phòng Giáo dục và Đào tạo", new[] { "Công văn|514/CV-PGDĐT|2021-08-27" })]
    // ip-037 (an OCR'd guide): the slash before the year read twice, one of them as a fraction slash.
    [InlineData("Thông tư số 48/⁄2017/TT-BYT ngày 28 tháng 12 năm 2017 của Bộ trưởng Bộ Y tế quy định", new[] { "Thông tư|48/2017/TT-BYT|2017-12-28" })]
    // iq-bca-4552: a stroke read as I between QH and the term.
    [InlineData("ban hành Kế hoạch triển khai Nghị quyết 163/2024/QHI15 và", new[] { "Nghị quyết|163/2024/QH15|-" })]
    public void A_code_split_or_struck_by_the_ocr_is_read_as_the_code_the_tables_hold(string text, string[] rows)
    {
        Assert.Equal(Expected(rows), Read(text));
    }

    [Theory]
    // The words after a symbol are no half of a code (a passage of the dc- batch).
    [InlineData("tỉnh đã ban hành Quyết định số 08/QĐ-TWPCTT Hướng dẫn xây dựng và củng cố Đội phòng chống thiên tai cấp xã.",
        new[] { "Quyết định|08/QĐ-TWPCTT|-" })]
    public void A_space_between_codes_that_join_to_no_known_code_ends_the_symbol(string text, string[] rows)
    {
        Assert.Equal(Expected(rows), Read(text));
    }

    [Theory]
    // iq-040 (a Phiếu trình of Lâm Đồng): Công an tỉnh's unit PA05 in brackets after its code.
    [InlineData("Công an tỉnh có Tờ trình số 83/TTr-CAT(PA05) ngày 11 tháng 8 năm 2025 đề nghị", new[] { "Tờ trình|83/TTr-CAT(PA05)|2025-08-11" })]
    // ip-028 (Hướng dẫn 05-HD/VPTW): Văn phòng Trung ương's internal letters.
    [InlineData("thay thế Công văn số 2587-CV/VPTW/nb, ngày 25/5/2010 của Văn phòng Trung ương Đảng hướng dẫn thêm",
        new[] { "Công văn|2587-CV/VPTW/nb|2010-05-25" })]
    // A bracket of words or a year after a symbol is no unit's code.
    [InlineData("theo Quyết định số 15/QĐ-UBND (2021) của UBND huyện", new[] { "Quyết định|15/QĐ-UBND|-" })]
    public void A_units_code_in_brackets_and_the_internal_mark_belong_to_the_number(string text, string[] rows)
    {
        Assert.Equal(Expected(rows), Read(text));
    }

    [Theory]
    // jd-cuc-hai-quan-cv-2025-39209-md: a company's letter numbered serial, code, year.
    [InlineData("Trả lời công văn số 09/HDTLMM/2025 ngày 06/11/2025 của Công ty TNHH ABC về việc thanh lý", new[] { "Công văn|09/HDTLMM/2025|2025-11-06" })]
    // A symbol with its own year takes none after its codes; a year running on into more is not one.
    [InlineData("theo Quyết định số 15/2021/QĐ-UBND/2021 của UBND tỉnh", new[] { "Quyết định|15/2021/QĐ-UBND|-" })]
    public void A_year_written_after_a_companys_codes_belongs_to_the_number(string text, string[] rows)
    {
        Assert.Equal(Expected(rows), Read(text));
    }

    [Theory]
    // iq-030, iq-031 (an election resolution's forms), im-052: blanks after the reference, a form each user fills in.
    [InlineData("Theo Nghị quyết số:......../NQ-HĐBCQG ngày....... tháng...... năm 2025 của Hội đồng bầu cử quốc gia, thì đơn vị bầu cử số:............ được bầu (2)..........đại biểu Quốc hội.")]
    [InlineData("Theo Nghị quyết số ....../NQ-UBBC ngày...... tháng...... năm …. của Ủy ban bầu cử (1).......................... thì đơn vị bầu cử số....... được bầu")]
    // iq-041 (a Phiếu trình): a signing asked for, the decision still to be issued.
    [InlineData("trình Chủ tịch UBND tỉnh xem xét, ký ban hành Quyết định phân công Công an tỉnh Lâm Đồng là đơn vị chuyên trách về an toàn thông tin mạng.")]
    // iq-to-giup-viec-cchc-lam-dong: "Đề án 06" as a field of a steering committee's name.
    [InlineData("Căn cứ Quyết định số 378/QĐ-UBND ngày 11 tháng 7 năm 2025 của Ủy ban nhân dân tỉnh về việc thành lập Ban Chỉ đạo về phát triển khoa học, công nghệ, đổi mới sáng tạo, chuyển đổi số và Đề án 06 tỉnh Lâm Đồng;",
        "Quyết định|378/QĐ-UBND|2025-07-11")]
    public void Forms_proposals_and_names_of_bodies_cite_nothing_of_their_own(string text, params string[] rows)
    {
        Assert.Equal(Expected(rows), Read(text));
    }

    [Theory]
    // ij-037: one blank reference that names one existing document stays a citation by name.
    [InlineData("(Ban hành kèm theo Hướng dẫn số ...../LDTBXH ngày ..../01/2005 của Sở Lao động-Thương binh và Xã hội)", "Hướng dẫn|-|-")]
    // A signing reported done is the document issued.
    [InlineData("Ngày 26/9/2022, Phó Chủ tịch UBND tỉnh Phạm Duy Hưng ký ban hành Quyết định số 1795/QĐ-UBND về việc công nhận", "Quyết định|1795/QĐ-UBND|2022-09-26")]
    // iq-ttg-qd-932: after the committee's name has named it, "Đề án 06" standing on its own is its short form.
    [InlineData("Ban Chỉ đạo của Chính phủ về phát triển khoa học, công nghệ, đổi mới sáng tạo, chuyển đổi số và Đề án 06 triển khai các nhiệm vụ về cải cách hành chính (trừ đôn đốc cải cách thủ tục hành chính gắn với Đề án 06) trên phạm vi toàn quốc.",
        "Đề án|06|-")]
    public void A_single_blank_a_signing_done_and_a_standalone_short_form_still_cite(string text, params string[] rows)
    {
        Assert.Equal(Expected(rows), Read(text));
    }

    [Fact]
    public void A_letters_annex_heading_after_its_recipients_is_the_letter_itself()
    {
        // iq-bca-5240-BCA-V01-2025-ocr: the letter's number is handwritten (blank to the OCR); its annex prints it.
        const string text = "BỘ CÔNG AN\nSố: /BCA-V01\nV/v báo cáo kết quả thực hiện\n\nKính gửi: Công an các đơn vị, địa phương.\n\n"
            + "Thực hiện Kết luận số 132-KL/TW ngày 18/3/2025 của Bộ Chính trị, Bộ Công an đề nghị báo cáo.\n\nNơi nhận:\n- Như trên;\n- Lưu: VT, V01.\n\n"
            + "(Gửi kèm Công văn số: 5240/BCA-V01 ngày 23/11/2025 của Bộ Công an)\n";
        Assert.Equal(Expected(["Kết luận|132-KL/TW|2025-03-18"]), Read(text));
    }

    [Theory]
    // iq-bca-5240 (an OCR'd ministry letter): the type word and the Bộ Chính trị make the Party codes certain.
    [InlineData("làm rõ kết quả thực hiện: Két luận số 132-K1/TI ngày 18/3/2025 của Bộ Chính trị về tiếp tục thực hiện", new[] { "Kết luận|132-KL/TW|2025-03-18" })]
    // Without a central organ after it, a committee's unknown code stays as written.
    [InlineData("Thực hiện Kết luận số 12-KL/TI ngày 18/3/2025 về việc", new[] { "Kết luận|12-KL/TI|2025-03-18" })]
    // kq-050 (a scanned Quyết định of the Thủ tướng, 2026): a speck read as a stroke inside the type word's Party code.
    [InlineData("Kệt luận sô 18-KIL/TW ngày 02 tháng 4 năm 2026 của Hội nghị lần\nthứ 2, Ban Châp hành Trung ương Đảng khóa XIV",
        new[] { "Kết luận|18-KL/TW|2026-04-02" })]
    // Near miss: a stroke added to a code that is no Kết luận's stays as written.
    [InlineData("Thực hiện Kết luận số 18-HIL/TW ngày 02 tháng 4 năm 2026 của Bộ Chính trị", new[] { "Kết luận|18-HIL/TW|2026-04-02" })]
    public void Party_codes_the_ocr_misread_are_repaired_where_type_word_and_issuer_confirm_them(string text, string[] rows)
    {
        Assert.Equal(Expected(rows), Read(text));
    }

    [Theory]
    // ir-044 (a city youth union's page): the dot of "TP." inside the body whose congress it was.
    [InlineData("nhằm cụ thể hóa Nghị quyết Đại hội đại biểu Đoàn TNCS Hồ Chí Minh TP. Hồ Chí Minh lần thứ XI, nhiệm kỳ 2022 - 2027 và chủ đề",
        new[] { "Nghị quyết|-|-" })]
    // ir-041 (a ward's news): a congress's programme is its running order, no document.
    [InlineData("Sáng ngày 8/8, phường Phạm Sư Mạnh tổ chức tổng duyệt Chương trình Đại hội Đại biểu Đảng bộ phường lần thứ I, nhiệm kỳ 2025 - 2030.",
        new string[0])]
    public void Congress_names_run_over_a_place_abbreviation_and_a_congress_programme_is_no_document(string text, string[] rows)
    {
        Assert.Equal(Expected(rows), Read(text));
    }
}
