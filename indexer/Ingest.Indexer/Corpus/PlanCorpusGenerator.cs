using System.Text;

namespace Ingest.Indexer.Corpus;

/// <summary>
/// Generates a corpus of realistic plans at central, province, district and commune level with a planted
/// hierarchy (each plan carries out one or two documents of the level above) and ground truth. Citations are
/// spelled the ways real text spells them, OCR damage included, so a plain text search misses some.
/// Deterministic for a seed; streams plans so that 100,000 need little memory.
/// </summary>
public sealed class PlanCorpusGenerator
{
    private static readonly string[] Syllables =
        ["Tân", "Phú", "Xuân", "Lộc", "Bình", "An", "Hòa", "Thạnh", "Long", "Phước", "Mỹ", "Sơn", "Hải", "Đông", "Tây",
         "Nam", "Bắc", "Trung", "Vĩnh", "Cẩm", "Quế", "Đức", "Tịnh", "Hưng", "Thuận", "Lạc", "Định", "Yên", "Thủy", "Châu"];

    private static readonly string[] Topics =
        ["phát động phong trào thi đua", "cải cách hành chính", "chuyển đổi số", "phòng, chống thiên tai",
         "xây dựng nông thôn mới", "công tác dân tộc", "giảm nghèo bền vững", "phổ biến, giáo dục pháp luật"];

    private readonly Random _rng;
    private readonly List<CorpusPlan> _central = new();
    private readonly Dictionary<string, List<CorpusPlan>> _provincePlans = new();
    private readonly Dictionary<string, List<CorpusPlan>> _districtPlans = new();
    private readonly string[] _provinces;
    private readonly Dictionary<string, int> _serials = new(StringComparer.Ordinal);

    // Each issuer numbers its documents from 1 every year, as the rules say.
    private int NextSerial(string issuer, int year)
    {
        var scope = issuer + "|" + year;
        return _serials[scope] = _serials.GetValueOrDefault(scope) + 1;
    }

    public PlanCorpusGenerator(int seed, IReadOnlyList<string> provinces)
    {
        _rng = new Random(seed);
        _provinces = provinces.ToArray();
    }

    /// <summary>
    /// <paramref name="count"/> plans, higher levels first so every cited plan exists: about 1% central,
    /// 9% province, 30% district, 60% commune.
    /// </summary>
    public IEnumerable<CorpusPlan> Generate(int count)
    {
        var central = Math.Max(5, count / 100);
        var province = Math.Max(5, count * 9 / 100);
        var district = Math.Max(5, count * 30 / 100);
        var commune = Math.Max(0, count - central - province - district);
        for (var i = 0; i < central; i++) yield return Remember(Central(i), _central);
        for (var i = 0; i < province; i++) { var p = ProvincePlan(i); yield return Remember(p, Bucket(_provincePlans, p.Province!)); }
        for (var i = 0; i < district; i++) { var p = DistrictPlan(i); yield return Remember(p, Bucket(_districtPlans, p.Province!)); }
        for (var i = 0; i < commune; i++) yield return CommunePlan(i);
    }

    private static CorpusPlan Remember(CorpusPlan plan, List<CorpusPlan> list) { list.Add(plan); return plan; }

    private static List<CorpusPlan> Bucket(Dictionary<string, List<CorpusPlan>> map, string key) =>
        map.TryGetValue(key, out var list) ? list : map[key] = [];

    private CorpusPlan Central(int i)
    {
        var year = 2015 + _rng.Next(10);
        var (number, head) = (i % 3) switch
        {
            0 => ($"{NextSerial("TW", year)}-CT/TW", "BAN CHẤP HÀNH TRUNG ƯƠNG"),
            1 => ($"{NextSerial("TTg", year)}/CT-TTg", "THỦ TƯỚNG CHÍNH PHỦ"),
            _ => ($"{NextSerial("UBDT", year)}/KH-UBDT", "ỦY BAN DÂN TỘC"),
        };
        var key = $"{number}|{year}";
        var date = Date(year);
        var text = Compose(head, number, "Hà Nội", date, Topic(), [], "BỘ TRƯỞNG, CHỦ NHIỆM");
        return new CorpusPlan($"central/{i:D6}.txt", text, "central", null, null, number, key, []);
    }

    private CorpusPlan ProvincePlan(int i)
    {
        var province = _provinces[_rng.Next(_provinces.Length)];
        var parents = Pick(_central, 1 + _rng.Next(2));
        return Local($"province/{i:D6}.txt", "province", province, $"UBND TỈNH {province.ToUpperInvariant()}", province, null, parents);
    }

    private CorpusPlan DistrictPlan(int i)
    {
        var province = _provincePlans.Keys.ElementAt(_rng.Next(_provincePlans.Count));
        var parents = Pick(_provincePlans[province], 1);
        if (_rng.Next(3) == 0) parents = parents.Concat(Pick(_central, 1)).ToList();
        var district = Name();
        return Local($"district/{i:D6}.txt", "district", province, $"ỦY BAN NHÂN DÂN\nHUYỆN {district.ToUpperInvariant()}", district, "huyện " + district, parents);
    }

    private CorpusPlan CommunePlan(int i)
    {
        var province = _districtPlans.Keys.ElementAt(_rng.Next(_districtPlans.Count));
        var parents = Pick(_districtPlans[province], 1);
        var commune = Name();
        return Local($"commune/{i:D6}.txt", "commune", province, $"ỦY BAN NHÂN DÂN\nXÃ {commune.ToUpperInvariant()}", commune, "xã " + commune, parents);
    }

    private CorpusPlan Local(string id, string level, string province, string head, string place, string? below, List<CorpusPlan> parents)
    {
        var year = 2022 + _rng.Next(3);
        var number = $"{NextSerial(province + "/" + below, year)}/KH-UBND";
        // The key rule of docs/citation-keys.md: number|year|province[/district-or-commune].
        var key = $"{number}|{year}|{Text.TextFolding.Slug(province)}" + (below is null ? "" : "/" + Text.TextFolding.Slug(below));
        var cites = parents.Select(p => Cite(p, province)).ToList();
        var text = Compose(head, number, place, Date(year), Topic(), cites, "CHỦ TỊCH", province);
        // Local plans of different places share numbers: the key's province keeps them apart.
        return new CorpusPlan(id, text, level, province, below ?? province, number, key, cites);
    }

    private CorpusCitation Cite(CorpusPlan parent, string province)
    {
        var date = parent.DocumentKey.Split('|')[1];
        var written = Spell(parent.Number);
        var issuer = parent.Level switch
        {
            "central" => parent.Number.EndsWith("TTg") ? "Thủ tướng Chính phủ" : parent.Number.EndsWith("TW") ? "Bộ Chính trị" : "Ủy ban Dân tộc",
            "province" => "UBND tỉnh " + province,
            _ => $"UBND {parent.Place}",
        };
        var type = parent.Number.Contains("CT") ? "Chỉ thị" : "Kế hoạch";
        var day = 1 + _rng.Next(28);
        var spelling = $"{type} số {written} ngày {day:D2}/{1 + _rng.Next(12):D2}/{date} của {issuer}";
        var numberKey = parent.Number.TrimStart('0');
        return new CorpusCitation(parent.DocumentKey, numberKey, "implements", spelling);
    }

    // The ways a symbol reaches us: clean, lower case, spaced, wrapped after the hyphen, OCR'd T as 1.
    private string Spell(string number) => _rng.Next(10) switch
    {
        0 => number.ToLowerInvariant(),
        1 => number.Replace("/", " / "),
        2 => number.Contains('-') ? number.Replace("-", "-\n\n") : number,
        3 => number.Replace("CT", "C1"),
        4 => number.Replace("/", " /"),
        _ => number,
    };

    private string Compose(string head, string number, string place, string date, string topic, IReadOnlyList<CorpusCitation> cites, string signer, string? province = null)
    {
        var sb = new StringBuilder(6000);
        sb.Append(head).Append("        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n");
        sb.Append("Số: ").Append(number).Append("          ").Append(place).Append(", ngày ").Append(date).Append("\n\nKẾ HOẠCH\n");
        sb.Append(char.ToUpperInvariant(topic[0])).Append(topic[1..]).Append(" năm ").Append(date[^4..]).Append("\n\n");
        sb.Append("Căn cứ Luật Thi đua, khen thưởng ngày 26/11/2003;\n");
        foreach (var c in cites) sb.Append("Thực hiện ").Append(c.Spelling).Append(";\n");
        sb.Append("Ủy ban nhân dân ban hành Kế hoạch ").Append(topic).Append(" với các nội dung như sau:\n\n");
        var paragraphs = 12 + _rng.Next(12);
        for (var i = 0; i < paragraphs; i++)
        {
            sb.Append(i + 1).Append(". ");
            for (var s = 0; s < 3; s++) sb.Append(FillerText.Next(_rng)).Append(' ');
            if (province is not null && i == 2) sb.Append("Triển khai trên địa bàn tỉnh ").Append(province).Append('.');
            sb.Append('\n');
        }
        if (cites.Count > 0) sb.Append("Các đơn vị báo cáo kết quả thực hiện trước ngày 15/12/").Append(date[^4..]).Append(".\n");
        sb.Append("\nNơi nhận:\n- Như trên;\n- TT.HU, TT.HĐND;\n- Lưu: VT.\n                                  ").Append(signer).Append("\n\n                                  ").Append(Name()).Append(" Văn ").Append(Name().Split(' ')[0]).Append('\n');
        return sb.ToString();
    }

    private List<CorpusPlan> Pick(List<CorpusPlan> from, int n) =>
        Enumerable.Range(0, Math.Min(n, from.Count)).Select(_ => from[_rng.Next(from.Count)]).Distinct().ToList();

    private string Date(int year) => $"{1 + _rng.Next(28):D2} tháng {1 + _rng.Next(12):D2} năm {year}";

    private string Topic() => Topics[_rng.Next(Topics.Length)];

    private string Name() => Syllables[_rng.Next(Syllables.Length)] + " " + Syllables[_rng.Next(Syllables.Length)];
}
