using Ingest.Indexer.Text;

namespace Ingest.Indexer.Parsing.Header;

/// <summary>
/// Names an executive committee ("Ban Chấp hành", "BCH") of a Party or Youth Union organisation of a place by
/// the name the rules give it: the Party's committee of a province is the Tỉnh ủy, of a district the Huyện ủy,
/// of a commune the Đảng ủy xã (Điều lệ Đảng; Hướng dẫn 36-HD/VPTW heads such documents "TỈNH ỦY …",
/// "HUYỆN ỦY …"). So "BCH ĐẢNG BỘ HUYỆN NAM ĐÀN" is the Huyện ủy Nam Đàn. The Youth Union's "BCH ĐOÀN TỈNH LÂM ĐỒNG"
/// keeps its name as the header writes it (corpus README, the `ik-` and `iu-` rules: "BCH Đoàn TP. Hồ Chí Minh").
/// Any other name is returned as it is. Pure and thread-safe.
/// </summary>
public static class CommitteeNames
{
    // Jurisdiction word → the Party committee's name ("{0}": the jurisdiction word).
    private static readonly (string Folded, string Party)[] Committees =
    [
        ("tinh", "Tỉnh ủy"), ("thanh pho", "Thành ủy"), ("huyen", "Huyện ủy"),
        ("quan", "Quận ủy"), ("thi xa", "Thị ủy"), ("xa", "Đảng ủy {0}"),
        ("phuong", "Đảng ủy {0}"), ("thi tran", "Đảng ủy {0}"), ("dac khu", "Đảng ủy {0}"),
    ];

    private static readonly string[] Openings = ["ban chap hanh ", "bch "];

    /// <summary>
    /// The committee's name for <paramref name="name"/> when it reads "Ban Chấp hành (BCH) Đảng bộ | Đoàn
    /// &lt;jurisdiction&gt; &lt;place&gt;" with a place after the jurisdiction; otherwise <paramref name="name"/>.
    /// </summary>
    public static string Rename(string name)
    {
        // Called for every name a header or sentence gives: most open with neither word, and need no folding.
        if (!name.StartsWith("Ban ", StringComparison.OrdinalIgnoreCase) && !name.StartsWith("BCH ", StringComparison.OrdinalIgnoreCase)) return name;
        var folded = TextFolding.FoldLoose(name);
        // Offsets of the folded and written names must agree to cut the written one.
        if (folded.Length != name.Length) return name;
        foreach (var opening in Openings)
        {
            if (!folded.StartsWith(opening, StringComparison.Ordinal)) continue;
            var at = opening.Length;
            if (!folded.AsSpan(at).StartsWith("dang bo ", StringComparison.Ordinal)) return name;
            at += "dang bo ".Length;
            foreach (var (jurisdiction, partyName) in Committees)
            {
                var end = at + jurisdiction.Length;
                if (string.CompareOrdinal(folded, at, jurisdiction, 0, jurisdiction.Length) != 0 || end + 1 >= folded.Length || folded[end] != ' ') continue;
                var committee = string.Format(partyName, name[at..end].ToLowerInvariant());
                return $"{committee} {name[(end + 1)..]}";
            }
            return name;
        }
        return name;
    }
}
