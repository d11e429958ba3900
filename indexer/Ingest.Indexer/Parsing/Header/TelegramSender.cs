using Ingest.Indexer.Model;
using Ingest.Indexer.Text;

namespace Ingest.Indexer.Parsing.Header;

/// <summary>
/// The sender line of a Công điện: its sender in capitals, then "điện:" and the addressees ("THỦ TƯỚNG CHÍNH PHỦ điện:",
/// "VĂN PHÒNG CHÍNH PHỦ điện:", "CHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN THỌ XUÂN điện:"), the formula Nghị định 30/2020/NĐ-CP
/// sets under a telegram's subject. A portal that prints a telegram without its header keeps this line, which names
/// the type and the sender. Pure and thread-safe.
/// </summary>
public static class TelegramSender
{
    private const string Formula = " dien:";
    private const int MaxSenderChars = 120;

    /// <summary>A line without the formula that closes a sender line ("TƯỚNG CHÍNH PHỦ điện:" → "TƯỚNG CHÍNH PHỦ").</summary>
    public static string WithoutFormula(string line) =>
        line.Length > Formula.Length && line.EndsWith(" điện:", StringComparison.Ordinal) ? line[..^Formula.Length] : line;

    /// <summary>The sender as the line writes it and the line as evidence, in the first <paramref name="limit"/> characters; or null.</summary>
    public static (string Sender, Evidence Evidence)? Find(TextView view, int limit)
    {
        var f = view.Folded;
        limit = Math.Min(limit, f.Length);
        // One ordinal search of the header's span before any reading: most texts have no such line.
        for (var at = f.IndexOf(Formula, 0, limit, StringComparison.Ordinal); at > 0; at = f.IndexOf(Formula, at + 1, limit - at - 1, StringComparison.Ordinal))
        {
            // "điện:" in lower case after the sender in capitals: "Công điện:" or "ĐIỆN:" in a heading is not the formula.
            if (view.Normalized[at + 1] != 'đ') continue;
            var start = at;
            while (start > 0 && !view.IsLineStart(start) && at - start <= MaxSenderChars) start--;
            if (!view.IsLineStart(start)) continue;
            while (start < at && view.Normalized[start] == ' ') start++;
            var sender = view.Normalized[start..at].Trim(' ', '*', '_', '#', '|');
            if (sender.Length < 6 || !HeaderText.IsUpper(sender)) continue;
            var (s, e) = view.ToOriginalSpan(start, at + Formula.Length);
            return (sender, new Evidence("header", view.Original[s..e], s, e));
        }
        return null;
    }
}
