using Ingest.Indexer.Parsing.Tables;
using Ingest.Indexer.Text;

namespace Ingest.Indexer.Parsing.Places;

/// <summary>
/// Finds province names in text in any tone placement or case ("Khánh Hoà", "KHÁNH HÒA", "Khanh Hoa" all give
/// Khánh Hòa). A name counts only as a whole word sequence that starts with a capital letter, so "hòa bình"
/// (peace) is not Hòa Bình. Pure and thread-safe.
/// </summary>
public sealed class ProvinceGazetteer
{
    private readonly (string Folded, ProvinceRow Row)[] _names;
    private readonly Dictionary<string, ProvinceRow> _byFolded = new(StringComparer.Ordinal);
    // Names of two words or more keyed by their folded letters with no space: "hungyen" is Hưng Yên.
    private readonly Dictionary<string, ProvinceRow> _bySpaceLost = new(StringComparer.Ordinal);
    private readonly PhraseMatcher _matcher;

    public ProvinceGazetteer(DomainTables tables)
    {
        _names = tables.Provinces
            .SelectMany(p => p.Aliases.Append(p.Name).Select(n => (TextFolding.FoldLoose(n), p)))
            .OrderByDescending(x => x.Item1.Length)
            .ToArray();
        foreach (var (f, row) in _names) _byFolded.TryAdd(f, row);
        foreach (var row in tables.Provinces)
            if (row.Name.Contains(' ')) _bySpaceLost.TryAdd(TextFolding.FoldLoose(row.Name).Replace(" ", ""), row);
        _matcher = new PhraseMatcher(_names.Select(n => n.Folded));
    }

    /// <summary>The province whose name is exactly <paramref name="text"/> (a place line), or null.</summary>
    public ProvinceRow? Exact(string text)
    {
        var folded = TextFolding.FoldLoose(text);
        foreach (var prefix in new[] { "tinh ", "thanh pho ", "tp. ", "tp " })
            if (folded.StartsWith(prefix, StringComparison.Ordinal)) folded = folded[prefix.Length..];
        foreach (var (name, row) in _names) if (name == folded) return row;
        return null;
    }

    /// <summary>The province whose name of two words or more is <paramref name="word"/> with the space between them lost
    /// ("HƯNGYÊN", by a scan or a typist), or null.</summary>
    public ProvinceRow? WithSpaceLost(string word) => _bySpaceLost.GetValueOrDefault(TextFolding.FoldLoose(word));

    /// <summary>Every province mention in normalized/folded text, with its normalized offset.</summary>
    public IEnumerable<(ProvinceRow Row, int Start, int End)> FindAll(string normalized, string folded)
    {
        foreach (var (start, end, name) in _matcher.Matches(folded))
        {
            if (!char.IsUpper(normalized[start])) continue;
            var row = _byFolded[name];
            // "Nguyễn Huệ" is a man, not Huế: words written with marks must carry the name's marks (wherever the tone sits).
            if (!SameMarks(normalized.AsSpan(start, end - start), row)) continue;
            // "phong cách Hồ Chí Minh" is the man; "Thành phố Hồ Chí Minh" the city.
            if (row.NeedsKind && name == TextFolding.FoldLoose(row.Name) && !AfterKindWord(folded, start)) continue;
            yield return (row, start, end);
        }
    }

    /// <summary>The first province named in a short text such as an issuer ("UBND tỉnh Khánh Hòa"), or null.</summary>
    public ProvinceRow? FirstIn(string text)
    {
        var view = TextViewBuilder.Build(text);
        return FindAll(view.Normalized, view.Folded).OrderBy(x => x.Start).Select(x => x.Row).FirstOrDefault();
    }

    /// <summary>
    /// The table's name of the province <paramref name="place"/> spells with its marks damaged ("Lam Đọng", "Phu Thọ",
    /// "Bén Tre": OCR), or null when it is no province's name letter for letter or already carries the name's marks
    /// (wherever the tone sits: "Hoà", "Hòa").
    /// </summary>
    public ProvinceRow? Misspelt(string place)
    {
        if (!_byFolded.TryGetValue(TextFolding.FoldLoose(place), out var row) || TextFolding.FoldLoose(row.Name) != TextFolding.FoldLoose(place)) return null;
        var words = place.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var parts = row.Name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length != parts.Length) return null;
        for (var i = 0; i < words.Length; i++) if (Marks(words[i]) != Marks(parts[i])) return row;
        return null;
    }

    private static bool SameMarks(ReadOnlySpan<char> written, ProvinceRow row)
    {
        // Most mentions are written as the table writes them: no need to look at marks.
        if (written.Equals(row.Name, StringComparison.OrdinalIgnoreCase)) return true;
        foreach (var alias in row.Aliases) if (written.Equals(alias, StringComparison.OrdinalIgnoreCase)) return true;
        var words = written.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.All(w => Marks(w).Length == 0)) return true;
        foreach (var name in row.Aliases.Append(row.Name))
        {
            var parts = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length != words.Length) continue;
            var same = true;
            for (var i = 0; i < parts.Length && same; i++) same = Marks(words[i]).Length == 0 || Marks(words[i]) == Marks(parts[i]);
            if (same) return true;
        }
        // An alias spelled another way ("TP.HCM", "Bà Rịa-Vũng Tàu") cannot be compared word by word.
        return row.Aliases.Append(row.Name).All(n => n.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length != words.Length);
    }

    // The marks of a word, sorted: "Hoà" and "Hòa" agree, "Huệ" and "Huế" do not.
    private static string Marks(string word)
    {
        var d = word.ToLowerInvariant().Normalize(System.Text.NormalizationForm.FormD);
        var marks = d.Where(c => System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.NonSpacingMark || c == 'đ').ToArray();
        Array.Sort(marks);
        return new string(marks);
    }

    private static bool AfterKindWord(string folded, int at)
    {
        var before = folded.AsSpan(0, at).TrimEnd(' ');
        // "tỉnh Hồ Chí Minh" is a slip for the city (no person is a "tỉnh"), so the province word counts too.
        // Whole words only: the "tp" of "Đội TNTP Hồ Chí Minh" is no city.
        foreach (var kind in (string[])["thanh pho", "tp.", "tp", "tinh"])
            if (before.EndsWith(kind) && (before.Length == kind.Length || !char.IsLetterOrDigit(before[^(kind.Length + 1)]))) return true;
        return false;
    }

}
