using System.Text;
using System.Text.RegularExpressions;

namespace Ingest.Indexer.Indexing;

/// <summary>Turns a backend's highlighted snippet (matches between \u0002 and \u0003) into plain-text parts. Pure.</summary>
public static partial class Snippets
{
    public const char MatchStart = '\u0002';
    public const char MatchEnd = '\u0003';

    [GeneratedRegex(@"\s+")]
    private static partial Regex Space();

    public static IReadOnlyList<SnippetPart> Parts(string? snippet)
    {
        if (string.IsNullOrEmpty(snippet)) return [];
        var parts = new List<SnippetPart>();
        var sb = new StringBuilder();
        var inMatch = false;
        foreach (var c in snippet)
        {
            if (c is MatchStart or MatchEnd)
            {
                if (sb.Length > 0) parts.Add(new SnippetPart(Space().Replace(sb.ToString(), " "), inMatch));
                sb.Clear();
                inMatch = c == MatchStart;
            }
            else sb.Append(c);
        }
        if (sb.Length > 0) parts.Add(new SnippetPart(Space().Replace(sb.ToString(), " "), inMatch));
        return parts;
    }
}
