namespace Ingest.Indexer.Corpus;

/// <summary>
/// Writes one citation in one of the many ways real text spells it: "số"/"sô"/"so"/none, spaces around '/'
/// and '-', lower-case codes, a line break after the hyphen, dates as 07/4/2014, 7-4-2014 or "ngày 07 tháng 4
/// năm 2014", a glued "của". Deterministic for a given <see cref="Random"/>.
/// </summary>
public static class CitationSpeller
{
    private static readonly (string Word, string Type, string Code, bool Party, string[] Issuers)[] Kinds =
    [
        ("Chỉ thị", "Chỉ thị", "CT", true, ["TW", "TU", "HU"]),
        ("Nghị quyết", "Nghị quyết", "NQ", true, ["TW", "TU"]),
        ("Thông tri", "Thông tri", "TT", true, ["TU", "TW"]),
        ("Chỉ thị", "Chỉ thị", "CT", false, ["TTg", "UBND", "BNV"]),
        ("Kế hoạch", "Kế hoạch", "KH", false, ["UBND", "BDT", "HĐTĐKT", "SNV"]),
        ("Quyết định", "Quyết định", "QĐ", false, ["TTg", "UBND", "UBDT", "BDT"]),
        ("Nghị quyết", "Nghị quyết", "NQ", false, ["CP", "HĐND"]),
        ("Hướng dẫn", "Hướng dẫn", "HD", false, ["BNV", "SNV", "UBND"]),
        ("Thông báo", "Thông báo", "TB", false, ["UBND", "VPCP"]),
        ("Kết luận", "Kết luận", "KL", true, ["TW", "TU"]),
    ];

    private static readonly string[] IssuerPhrases =
        ["của Bộ Chính trị", "của Thủ tướng Chính phủ", "của UBND tỉnh Đồng Nai", "của Ban Thường vụ Tỉnh ủy",
         "của Chủ tịch UBND tỉnh", "của Hội đồng Thi đua - Khen thưởng tỉnh", "của Chính phủ", "của Ủy ban Dân tộc"];

    /// <summary>One planted citation, spelled at random.</summary>
    public static PlantedCitation Next(Random rng)
    {
        var kind = Kinds[rng.Next(Kinds.Length)];
        var issuer = kind.Issuers[rng.Next(kind.Issuers.Length)];
        var serial = rng.Next(1, 999);
        var serialText = rng.Next(4) == 0 ? serial.ToString("D2") : serial.ToString();
        var canonical = kind.Party ? $"{serialText}-{kind.Code}/{issuer}" : $"{serialText}/{kind.Code}-{issuer}";
        var written = SpellSymbol(rng, serialText, kind.Code, issuer, kind.Party);
        var hasDate = rng.Next(5) != 0;
        var date = new DateOnly(rng.Next(1995, 2026), rng.Next(1, 13), rng.Next(1, 29));
        var sb = new System.Text.StringBuilder(kind.Word);
        sb.Append(rng.Next(6) switch { 0 => " ", 1 => " sô ", 2 => " so ", 3 => " Số ", _ => " số " });
        sb.Append(written);
        if (hasDate) sb.Append(' ').Append(SpellDate(rng, date));
        if (rng.Next(3) != 0) sb.Append(hasDate && rng.Next(4) == 0 ? "" : " ").Append(IssuerPhrases[rng.Next(IssuerPhrases.Length)]);
        return new PlantedCitation(kind.Type, canonical, hasDate ? date.ToString("yyyy-MM-dd") : null, sb.ToString());
    }

    private static string SpellSymbol(Random rng, string serial, string code, string issuer, bool party)
    {
        var c = rng.Next(5) == 0 ? code.ToLowerInvariant() : code;
        var i = rng.Next(5) == 0 ? issuer.ToLowerInvariant() : issuer;
        string Sp() => rng.Next(4) == 0 ? " " : "";
        if (party)
        {
            var breakAfterHyphen = rng.Next(5) == 0 ? "\n\n" : Sp();
            return $"{serial}{Sp()}-{breakAfterHyphen}{c}{Sp()}/{Sp()}{i}";
        }
        return $"{serial}{Sp()}/{Sp()}{c}-{i}";
    }

    private static string SpellDate(Random rng, DateOnly d) => rng.Next(5) switch
    {
        0 => $"ngày {d.Day:D2}/{d.Month:D2}/{d.Year}",
        1 => $"ngày {d.Day}-{d.Month}-{d.Year}",
        2 => $"ngày {d.Day:D2} tháng {d.Month} năm {d.Year}",
        3 => $"ngày {d.Day}/{d.Month}/{d.Year}",
        _ => $"ngày {d.Day:D2}.{d.Month:D2}.{d.Year}",
    };
}
