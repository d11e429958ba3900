using System.Text;
using Ingest.Indexer.Parsing.Tables;
using Ingest.Indexer.Text;

namespace Ingest.Indexer.Parsing.Places;

/// <summary>
/// The province a district-level unit belonged to before 1 July 2025 ("huyện Nhà Bè" → Hồ Chí Minh, "Quận 8" →
/// Hồ Chí Minh), from <c>Data/districts.json</c>. Names are compared without marks, case, spaces or apostrophes
/// ("Đăk R’lấp" is "Đắk R'Lấp"). A name shared by several provinces (Châu Thành) gives them all: the caller
/// decides with other evidence or not at all. Pure and thread-safe.
/// </summary>
public sealed class DistrictGazetteer
{
    private static readonly Lazy<DistrictGazetteer> Shared = new(() => new DistrictGazetteer(DomainTables.Read("districts.json", TableJson.Default.DistrictsFile).Districts));
    private readonly Dictionary<string, List<DistrictRow>> _byKey = new(StringComparer.Ordinal);

    /// <summary>A gazetteer over <paramref name="rows"/>; throws when a row lacks its name, kinds or province.</summary>
    public DistrictGazetteer(IEnumerable<DistrictRow> rows)
    {
        foreach (var r in rows)
        {
            if (string.IsNullOrWhiteSpace(r.Name) || string.IsNullOrWhiteSpace(r.Province) || r.Kinds is not { Count: > 0 })
                throw new InvalidDataException($"districts.json: row '{r.Name}' lacks its name, kinds or province");
            var key = Key(r.Name);
            if (!_byKey.TryGetValue(key, out var list)) _byKey[key] = list = [];
            list.Add(r);
        }
    }

    /// <summary>The shipped table.</summary>
    public static DistrictGazetteer Default => Shared.Value;

    /// <summary>
    /// The provinces that had a district named <paramref name="name"/> (without its kind word), one for most names,
    /// several for a shared name, none for an unknown one. <paramref name="kind"/> (huyện, quận, thị xã, thành phố)
    /// narrows the rows when it matches any; a bare number ("8") counts only as a quận.
    /// </summary>
    public IReadOnlyList<string> ProvincesOf(string name, string? kind)
    {
        var key = Key(name);
        if (key.Length == 0 || !_byKey.TryGetValue(key, out var rows)) return [];
        var folded = kind is null ? null : TextFolding.FoldLoose(kind);
        if (key.All(char.IsAsciiDigit) && folded != "quan") return [];
        var kinded = folded is null ? rows : rows.Where(r => r.Kinds.Any(k => TextFolding.FoldLoose(k) == folded)).ToList();
        if (kinded.Count == 0) kinded = rows;
        // "Tam Đường" (Lai Châu) and "Tam Dương" (Vĩnh Phúc) fold alike: a name written with its marks that spells
        // one province's district exactly names that one; a name that lost its marks stays shared.
        if (kinded.Count > 1 && kinded.Select(r => r.Province).Distinct().Count() > 1)
        {
            var exact = kinded.Where(r => SameSpelling(r.Name, name)).ToList();
            if (exact.Count > 0 && exact.Count < kinded.Count) kinded = exact;
        }
        return kinded.Select(r => r.Province).Distinct().ToList();
    }

    /// <summary>
    /// True when a district is spelled exactly <paramref name="name"/>, marks and all ("Bến Lức"; not "Bến Lúc", which
    /// folds to the same key). Case and the form of the marks (composed or not) do not matter.
    /// </summary>
    public bool Spells(string name)
    {
        var key = Key(name);
        if (key.Length == 0 || !_byKey.TryGetValue(key, out var rows)) return false;
        return rows.Any(r => SameSpelling(r.Name, name));
    }

    // Two names of one key spelled alike, marks and all, wherever the tone mark sits: "Hoà Bình" (the table's old
    // placement) and "Hòa Bình" agree, "Tam Đường" and "Tam Dương", "Bến Lức" and "Bến Lúc" do not. Each word's marks,
    // sorted, are compared.
    private static bool SameSpelling(string a, string b)
    {
        var x = a.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var y = b.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (x.Length != y.Length) return false;
        for (var i = 0; i < x.Length; i++)
            if (Marks(x[i]) != Marks(y[i])) return false;
        return true;
    }

    private static string Marks(string word)
    {
        var d = word.ToLowerInvariant().Normalize(NormalizationForm.FormD);
        var marks = d.Where(c => System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.NonSpacingMark || c == 'đ').ToArray();
        Array.Sort(marks);
        return new string(marks);
    }

    /// <summary>
    /// The kind word (huyện, quận, thị xã, thành phố) of the one district named <paramref name="name"/>; null for an
    /// unknown name, a name several districts share, or a district whose kind changed over the years.
    /// </summary>
    public string? KindOf(string name)
    {
        var key = Key(name);
        if (key.Length == 0 || key.All(char.IsAsciiDigit) || !_byKey.TryGetValue(key, out var rows)) return null;
        return rows is [{ Kinds: [var kind] }] ? kind : null;
    }

    private static string Key(string name)
    {
        var sb = new StringBuilder(name.Length);
        foreach (var c in TextFolding.FoldLoose(name))
            if (char.IsLetterOrDigit(c)) sb.Append(c);
        return sb.ToString();
    }

}
