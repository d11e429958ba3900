using System.Text;
using System.Text.RegularExpressions;
using Ingest.Indexer.Model;
using Ingest.Indexer.Parsing.Tables;
using Ingest.Indexer.Text;

namespace Ingest.Indexer.Parsing.Recipients;

/// <summary>
/// Reads the Nơi nhận block: one recipient per "- " line (the text as written, without the dash and the
/// closing ";" or "."), with abbreviations expanded in <see cref="Recipient.Name"/>, and the archive line
/// ("Lưu: VT, VP.") kept apart. Pure and thread-safe.
/// </summary>
public sealed partial class RecipientParser
{
    private readonly IReadOnlyDictionary<string, string> _abbreviations;

    public RecipientParser(DomainTables tables) => _abbreviations = tables.Abbreviations;

    [GeneratedRegex(@"[\p{Lu}Đ][\p{L}Đđ]*(?:[.\-][\p{Lu}Đ][\p{L}Đđ]*)*", RegexOptions.CultureInvariant)]
    private static partial Regex Token();

    /// <summary>The recipients and the archive line; empty and null when the text has no Nơi nhận block.</summary>
    public (IReadOnlyList<Recipient> Recipients, string? Archive) Parse(IReadOnlyList<PlanLine> lines)
    {
        var start = FindBlock(lines);
        if (start < 0) return ([], null);
        var items = new List<string>();
        string? archive = null;
        var blankRun = 0;
        for (var i = start + 1; i < lines.Count; i++)
        {
            var cell = lines[i].Columns.FirstOrDefault();
            if (cell is null) { if (++blankRun > 6) break; continue; }
            blankRun = 0;
            if (!(cell.StartsWith('-') || cell.StartsWith('+') || cell.StartsWith('•')))
            {
                if (items.Count > 0 && char.IsLower(cell[0])) { items[^1] += " " + cell; continue; }
                if (items.Count == 0 && archive is null) continue; // a marker such as "(VBĐT)" before the list
                break;
            }
            var text = cell.TrimStart('-', '+', '•', ' ');
            // "Lưu: VT, VP." or, without the colon, "Lưu Văn phòng Huyện ủy." / "Lưu VT".
            if (TextFolding.FoldLoose(text) is var f && (f.StartsWith("luu:", StringComparison.Ordinal) || f.StartsWith("luu :", StringComparison.Ordinal)
                || (f.StartsWith("luu ", StringComparison.Ordinal) && text.Length > 4 && char.IsUpper(text[4]))))
            {
                archive = text.Trim();
                break; // the archive line closes the block; what follows is scan debris or the signature
            }
            items.Add(text);
        }
        var recipients = items.Select(t => t.TrimEnd(' ', ';', '.', ','))
            .Where(t => t.Length > 0)
            .Select(t => new Recipient(t, Expand(t)))
            .ToList();
        return (recipients, archive);
    }

    private static int FindBlock(IReadOnlyList<PlanLine> lines)
    {
        // The block closes a document: look in its last lines only, so a huge text costs nothing extra.
        for (var i = lines.Count - 1; i >= Math.Max(0, lines.Count - 300); i--)
        {
            var cell = lines[i].Columns.FirstOrDefault();
            if (cell is not null && TextFolding.FoldLoose(cell).StartsWith("noi nhan", StringComparison.Ordinal)) return i;
        }
        return -1;
    }

    /// <summary>Expands the abbreviations in a recipient line ("Phòng DT các huyện, TX, TP" → "Phòng Dân tộc các huyện, thị xã, thành phố").</summary>
    public string Expand(string text) =>
        Token().Replace(text, m => ExpandToken(m.Value));

    private string ExpandToken(string token)
    {
        if (_abbreviations.TryGetValue(token, out var whole)) return whole;
        if (!token.Contains('.') && !token.Contains('-')) return token;
        var parts = token.Split('.');
        if (parts.Length == 1) return token;
        var sb = new StringBuilder();
        foreach (var part in parts)
        {
            if (sb.Length > 0) sb.Append(' ');
            sb.Append(_abbreviations.TryGetValue(part, out var e) ? e : part);
        }
        return sb.ToString();
    }
}
