using Ingest.Indexer.Text;

namespace Ingest.Indexer.Parsing.Header;

/// <summary>
/// Completes a trích yếu whose heading line names only the author, "QUYẾT ĐỊNH CỦA UỶ BAN NHÂN DÂN TỈNH" over "Về việc :
/// Giao quyền sử dụng đất ở dân cư" (jh-/ll-ubnd-cao-bang-qd-1999-157-ocr, lu-ubnd-cao-bang-qd-1999-159-ocr), "CHỈ THỊ CỦA
/// CHỦ TỊCH UBND THÀNH PHÔ ĐÀ NẴNG" over "V/v xây dựng kế hoạch phát triển kinh tế - xã hội 5 năm 2006-2010"
/// (ib-da-nang-02-CT-UB-2005-vbpl): an old heading sets the author after the type word and the subject on the line under
/// it, and the trích yếu is both, as written (corpus README, titles: the lines after the type word). A subject set in
/// brackets under the author is the title alone (<see cref="BracketedSubject"/>). Pure and thread-safe.
/// </summary>
internal static class AuthorThenSubject
{
    private static readonly string[] SubjectLabels = ["ve viec", "v/v", "v/ v", "v /v"];
    private const string Of = "cua ";
    // The subject stands right under the heading; a blank line between is the page's spacing.
    private const int LinesToSubject = 3;

    /// <summary>
    /// <paramref name="title"/> with the subject under the heading on line <paramref name="heading"/> joined to it, where
    /// the title is the author alone ("CỦA …") and the next written line opens with the subject's label; else null.
    /// </summary>
    public static string? Join(IReadOnlyList<PlanLine> lines, int heading, string title)
    {
        if (!TextFolding.FoldLoose(title).StartsWith(Of, StringComparison.Ordinal) || HasSubjectLabel(title)) return null;
        var next = NextWritten(lines, heading);
        if (next < 0 || !OpensWithLabel(lines[next].Clean)) return null;
        if (HeaderSubjectReader.Read(lines, heading) is not { } subject || subject.LineStart != lines[next].Start) return null;
        // The label as written ("Về việc :", "V/v") stays: the trích yếu is kept as the page prints it.
        var first = lines[next].Clean.Trim('|', ' ');
        var words = subject.Text.Length > 12 ? subject.Text[..12] : subject.Text;
        var at = first.IndexOf(words, StringComparison.Ordinal);
        var label = at > 0 ? first[..at] : "";
        return $"{title} {label}{subject.Text}".Replace("  ", " ", StringComparison.Ordinal);
    }

    /// <summary>
    /// "THÔNG BÁO" / "CỦA CÁC TRƯỜNG MẦM NON, TIỂU HỌC, THCS CHÂU CAN" / "(Về việc tiếp tục cho học sinh nghỉ học …)"
    /// (li-truong-chau-can-tb-2020-nghi-hoc-headerless), "NGHỊ QUYẾT CỦA HỘI ĐỒNG QUẢN LÝ QUỸ" / "KHUYẾN HỌC TỈNH BÌNH
    /// THUẬN" / "(Về việc đề nghị …)" (jc-/ll-hdql-quy-khuyen-hoc-binh-thuan-nq-01-2025-ocr): the "CỦA …" lines of a title
    /// (<paramref name="parts"/>, its lines as read) name the author and the bracketed subject under them is the title,
    /// without its brackets (corpus README). Null when the title has no such shape; a "CỦA …" line alone stays the title.
    /// </summary>
    public static string? BracketedSubject(List<string> parts)
    {
        if (parts.Count < 2 || !HeaderText.IsUpper(parts[0]) || !TextFolding.FoldLoose(parts[0]).StartsWith(Of, StringComparison.Ordinal)) return null;
        var at = parts.FindIndex(p => p.StartsWith('(') && OpensWithLabel(p));
        if (at < 1 || !parts.Take(at).All(HeaderText.IsUpper)) return null;
        var subject = string.Join(' ', parts.Skip(at)).TrimEnd('.', ' ');
        return subject.EndsWith(')') ? subject[1..^1].Trim() : null;
    }

    private static int NextWritten(IReadOnlyList<PlanLine> lines, int heading)
    {
        for (var k = heading + 1; k < lines.Count && k <= heading + LinesToSubject; k++)
            if (lines[k].Clean.Trim('|', ' ').Length > 0) return k;
        return -1;
    }

    private static bool OpensWithLabel(string line)
    {
        var folded = TextFolding.FoldLoose(line.Trim('|', ' ', '('));
        foreach (var label in SubjectLabels)
            if (folded.StartsWith(label, StringComparison.Ordinal)) return true;
        return false;
    }

    private static bool HasSubjectLabel(string title)
    {
        var folded = TextFolding.FoldLoose(title);
        foreach (var label in SubjectLabels)
            if (folded.Contains(label, StringComparison.Ordinal)) return true;
        return false;
    }
}
