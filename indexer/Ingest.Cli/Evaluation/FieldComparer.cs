using System.Text;
using Ingest.Indexer.Text;

namespace Ingest.Cli.Evaluation;

/// <summary>
/// Decides when the parser's value equals the annotator's: case, marks, spacing, punctuation and the usual
/// abbreviations of agency names (UBND = Ủy ban nhân dân) do not matter; words do. Written here rather than taken
/// from the parser, so the scoreboard does not share the parser's own notion of sameness.
/// </summary>
public static class FieldComparer
{
    // Agency abbreviations a clerk writes interchangeably with the full words (Nghị định 30/2020/NĐ-CP, Phụ lục I).
    private static readonly Dictionary<string, string> Abbreviations = new(StringComparer.Ordinal)
    {
        ["ubnd"] = "uy ban nhan dan", ["hdnd"] = "hoi dong nhan dan", ["tp"] = "thanh pho", ["tw"] = "trung uong",
        ["mttq"] = "mat tran to quoc", ["bch"] = "ban chap hanh", ["ldld"] = "lien doan lao dong",
        ["lhpn"] = "lien hiep phu nu", ["tncs"] = "thanh nien cong san", ["ccb"] = "cuu chien binh",
        ["gddt"] = "giao duc va dao tao", ["ptnt"] = "phat trien nong thon", ["ldtbxh"] = "lao dong thuong binh va xa hoi",
        ["vhttdl"] = "van hoa the thao va du lich", ["khdt"] = "ke hoach va dau tu", ["tnmt"] = "tai nguyen va moi truong",
        ["tt"] = "thi tran", ["ubmttq"] = "uy ban mat tran to quoc", ["hnd"] = "hoi nong dan",
        // School levels, as schools write them in their own names ("Trường TH", "Trường THCS", "Trường MN").
        ["th"] = "tieu hoc", ["thcs"] = "trung hoc co so", ["thpt"] = "trung hoc pho thong", ["mn"] = "mam non",
    };

    /// <summary>True when <paramref name="expected"/> and <paramref name="actual"/> say the same for <paramref name="field"/>.</summary>
    public static bool Same(string field, string? expected, string? actual)
    {
        if (expected is null || actual is null) return expected is null && actual is null;
        return field switch
        {
            "number" => Symbol(expected) == Symbol(actual),
            "issue_date" => expected == actual,
            "issuer" => Words(expected, expand: true) == Words(actual, expand: true),
            "province" or "place" => Place(expected) == Place(actual),
            "title" => Title(expected) == Title(actual),
            _ => Words(expected, expand: false) == Words(actual, expand: false),
        };
    }

    /// <summary>
    /// A Nơi nhận entry folded for comparison: its words, without the list's marks ("- ", "+ ", ";") and without
    /// the note of why it is sent ("(b/c)", "(để biết)", "(thực hiện)"), which a clerk does not count as the name.
    /// </summary>
    public static string Recipient(string s)
    {
        var text = s.Normalize(NormalizationForm.FormC).Trim().TrimStart('-', '+', '•', '*', '–', ' ').TrimEnd(';', '.', ',', ':', ' ');
        var note = text.LastIndexOf('(');
        if (note > 0 && text.EndsWith(')')) text = text[..note].TrimEnd(';', '.', ',', ':', ' ');
        return Words(text, expand: true);
    }

    /// <summary>A symbol folded for comparison: no spaces, one dash and one slash, no marks, lower case.</summary>
    public static string Symbol(string s)
    {
        var sb = new StringBuilder(s.Length);
        foreach (var ch in TextFolding.Fold(s.Normalize(NormalizationForm.FormC)))
        {
            if (char.IsWhiteSpace(ch)) continue;
            sb.Append(ch switch { '‐' or '‑' or '–' or '—' or '−' => '-', '⁄' or '∕' or '／' => '/', _ => ch });
        }
        return sb.ToString();
    }

    private static string Words(string s, bool expand)
    {
        var folded = TextFolding.FoldLoose(Ampersands(s).Replace(".", " "));
        var words = new List<string>();
        foreach (var raw in folded.Split([' ', ',', ';', ':', '(', ')', '"', '“', '”', '-', '–', '/', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries))
        {
            var w = raw.Trim('.', '\'', '*', '|');
            if (w.Length == 0) continue;
            if (expand && Abbreviations.TryGetValue(w, out var full)) words.AddRange(full.Split(' '));
            else words.Add(w);
        }
        return string.Join(' ', words);
    }

    // "GD&ĐT", "LĐTB&XH", "KH&ĐT": an ampersand inside one abbreviation joins its letters (then "gddt" expands like
    // "GDĐT"); between words ("Giáo dục & Đào tạo") it is "và".
    private static string Ampersands(string s)
    {
        if (!s.Contains('&')) return s;
        var sb = new StringBuilder(s.Length + 8);
        for (var i = 0; i < s.Length; i++)
        {
            if (s[i] != '&') { sb.Append(s[i]); continue; }
            var inside = i > 0 && char.IsLetter(s[i - 1]) && i + 1 < s.Length && char.IsLetter(s[i + 1]);
            if (!inside) sb.Append(" và ");
        }
        return sb.ToString();
    }

    private static string Place(string s)
    {
        var w = Words(s, expand: true);
        foreach (var prefix in new[] { "tinh ", "thanh pho " })
            if (w.StartsWith(prefix, StringComparison.Ordinal)) return w[prefix.Length..];
        return w;
    }

    private static string Title(string s)
    {
        var w = Words(s, expand: false);
        foreach (var prefix in new[] { "v v ", "ve viec " })
            if (w.StartsWith(prefix, StringComparison.Ordinal)) return w[prefix.Length..];
        return w;
    }
}
