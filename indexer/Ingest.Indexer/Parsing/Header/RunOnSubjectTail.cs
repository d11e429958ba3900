using Ingest.Indexer.Text;

namespace Ingest.Indexer.Parsing.Header;

/// <summary>
/// The last words of a letter's subject that a line which lost its breaks ran on into the place-date beside it: "V/v … sử
/// dụng giáo viên tiểu học TCCN Hà Nội, ngày 16 tháng 5 năm 2013", "V/v … tại tỉnh Nghệ An Hà Nội, ngày …" (sg-bo-gddt-cv-
/// 2013-3234, ke-vpcp-cv-2010-8645 on one line). The subject reader ends the subject some capitalized words before the
/// comma, where a place might begin; the place-date reader, which knows the places, says where it does. Pure and
/// thread-safe.
/// </summary>
internal static class RunOnSubjectTail
{
    // A subject's words run on before a place at most ("TP Hồ Chí Minh.", "Long Thành").
    private const int MaxWords = 5;

    /// <summary><paramref name="subject"/> with the words between it and <paramref name="placeDate"/> when the text lost its
    /// breaks there and those words are capitalized (a name, an abbreviation or a cited number ending the subject).</summary>
    public static string Complete(TextView view, string subject, PlaceDate placeDate)
    {
        if (!RunOnText.Holds(view, placeDate.Start)) return subject;
        var n = view.Normalized;
        var end = n.LastIndexOf(subject, placeDate.Start, StringComparison.Ordinal);
        if (end < 0) return subject;
        end += subject.Length;
        var between = n.AsSpan(end, placeDate.Start - end).Trim(' ');
        if (between.IsEmpty || between.ContainsAny("|,;:") || end < n.Length && n[end] != ' ') return subject;
        var words = 0;
        foreach (var range in between.Split(' '))
        {
            var word = between[range];
            if (word.IsEmpty) continue;
            if (++words > MaxWords || char.IsLower(word[0])) return subject;
        }
        return subject + " " + between.ToString();
    }
}
