using Ingest.Indexer.Parsing;

namespace Ingest.Indexer.Tests.Parsing;

/// <summary>
/// A header prints the issuer in capitals; the record writes it as Vietnamese writes names. After a school's kind
/// ("Trường THCS", "Trường Mầm non") comes its proper name, every syllable capitalised ("Sơn Hải", not "Sơn hải": the
/// issuer facet and every report show it), and "Việt Nam", "Hồ Chí Minh" keep their capitals inside a body's name.
/// A body's description after other heads stays in sentence case. Excerpts verbatim from the corpus documents named.
/// </summary>
public sealed class ProperNameCasingTests
{
    private static readonly PlanParser Parser = new();

    [Fact]
    public void A_primary_and_lower_secondary_school_is_a_commune_body_named_with_capitals()
    {
        // mn-ptcs-son-hai-kh-2017 (a PTCS: phổ thông cơ sở, primary and lower secondary).
        const string text = """
            PHÒNG GD-ĐT KIÊN LƯƠNG
            TRƯỜNG PTCS SƠN HẢI
            CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM
            Độc lập - Tự do - Hạnh phúc
            Số: …./KH-LĐ
            Sơn Hải, ngày
            tháng 08 năm 2017
            KẾ HOẠCH
            Triển khai công tác phòng chống tai nạn thương tích và
            """;

        var issuer = Parser.Parse(text).Issuer;

        Assert.Equal(("Trường PTCS Sơn Hải", "commune"), (issuer.Name, issuer.Level));
    }

    [Fact]
    public void A_specialised_high_school_keeps_its_kind_in_small_letters_and_its_name_in_capitals()
    {
        // hy-thpt-chuyen-le-quy-don-quang-tri-kh-2020-du-thao (a PDF's text: the header's two columns run together).
        const string text = """
            SỞ GD&ĐT QUẢNG TRỊ TRƯỜNG THPT CHUYÊN

            LÊ QUÝ ĐÔN Số: …/KH-LQĐ

            CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc

            Đông Hà, ngày 15 tháng 9 năm 2020 DỰ THẢO KẾ HOẠCH

            HOẠT ĐỘNG GIÁO DỤC NGOÀI GIỜ LÊN LỚP NĂM HỌC 2020 – 2021
            """;

        Assert.Equal("Trường THPT chuyên Lê Quý Đôn", Parser.Parse(text).Issuer.Name);
    }

    [Fact]
    public void A_primary_school_named_after_a_person_has_every_syllable_capitalised()
    {
        // ig-th-hoang-van-thu-kh-32-2023-portal.
        const string text = """
            KẾ HOẠCH NĂM HỌC 2023-2024

            UBND HUYỆN NÚI THÀNH

            CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM

            TRƯỜNG TH HOÀNG VĂN THỤ
            """;

        Assert.Equal("Trường Tiểu học Hoàng Văn Thụ", Parser.Parse(text).Issuer.Name);
    }

    [Fact]
    public void Viet_Nam_keeps_its_capitals_inside_a_front_committee_name()
    {
        // hx-mttq-tinh-quang-tri-qd-2019-18.
        const string text = """
            ỦY BAN MTTQ VIỆT NAM TỈNH QUẢNG TRỊ
              Số: 18/QĐ-MTTQ-UB

            CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM
            Độc lập - Tự do - Hạnh phúc

                   Quảng Trị, ngày 30 tháng 9 năm 2019
            """;

        Assert.Equal("Ủy ban MTTQ Việt Nam tỉnh Quảng Trị", Parser.Parse(text).Issuer.Name);
    }

    [Fact]
    public void Ho_Chi_Minh_keeps_its_capitals_inside_the_youth_union_name()
    {
        // co-tw-doan-kh-2021-411 (a mirror's flattened header table).
        const string text = """
            BAN CHẤP
            HÀNH TRUNG ƯƠNG |
            ĐOÀN TNCS HỒ
            CHÍ MINH |
            Số: 411-KH/TWĐTN-BTC |
            Hà Nội, ngày 25 tháng 8 năm 2021 |
            """;

        Assert.Equal("Ban Chấp hành Trung ương Đoàn TNCS Hồ Chí Minh", Parser.Parse(text).Issuer.Name);
    }

    [Fact]
    public void A_department_name_after_its_head_stays_in_sentence_case()
    {
        // pd-pgddt-cu-chi-cv-2016-1155 (a mirror's flattened header table): the words after "Phòng" describe the body.
        const string text = """
            ỦY BAN NHÂN DÂN HUYỆN CỦ CHI
            |
            CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
            |
            PHÒNG GIÁO DỤC VÀ ĐÀO TẠO
            |
            Độc lập - Tự do - Hạnh phúc
            |
            """;

        Assert.Equal("Phòng Giáo dục và Đào tạo huyện Củ Chi", Parser.Parse(text).Issuer.Name);
    }
}
