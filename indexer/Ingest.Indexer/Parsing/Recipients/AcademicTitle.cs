namespace Ingest.Indexer.Parsing.Recipients;

/// <summary>
/// The academic and professional titles written before a signer's name ("LS. TS. Đỗ Ngọc Thịnh" under a Liên đoàn Luật
/// sư letter, iu-ldlsvn-btv-cv-hop-nhat-2025-ocr; "PGS.TS. Nguyễn Văn A"): luật sư, tiến sĩ, giáo sư and the like are
/// no part of the name, as a rank is not (corpus README: the name as signed, without rank). Pure and thread-safe.
/// </summary>
internal static class AcademicTitle
{
    // As printed, without the stop: "TSKH" before "TS", so the longer is tried first.
    private static readonly string[] Abbreviations = ["PGS", "GS", "TSKH", "TS", "ThS", "LS", "BS", "KS", "DS"];

    // What closes a title: its stop, or what a scan read the stop as ("TS-LS; Nguyễn Tiến Dũng" for "TS. LS. …" under a
    // Tây Đô decision, mq-dh-tay-do-qd-2025-62-bo-nhiem-ocr).
    private const string Stops = ".;,:-";

    /// <summary><paramref name="cell"/> without the titles opening it, when a name of two words or more follows.</summary>
    public static string Without(string cell)
    {
        // Most cells open with no title: a stop among the first six characters is the cheap test.
        if (cell.AsSpan(0, Math.Min(cell.Length, 6)).IndexOfAny(Stops) < 0) return cell;
        var rest = cell.AsSpan();
        for (var found = true; found;)
        {
            found = false;
            foreach (var title in Abbreviations)
                if (rest.Length > title.Length && rest.StartsWith(title, StringComparison.Ordinal) && Stops.Contains(rest[title.Length]))
                {
                    rest = rest[(title.Length + 1)..].TrimStart(' ');
                    found = true;
                    break;
                }
        }
        return rest.Length < cell.Length && rest.Length > 0 && char.IsUpper(rest[0]) && rest.Contains(' ') ? rest.ToString() : cell;
    }
}
