namespace Ingest.Indexer.Parsing.Header;

/// <summary>
/// The word that opens a notice's audience after "thông báo" ("cho phụ huynh", "đến toàn thể Nhân dân", "tới các hộ"):
/// one list for the readers that find the speaking body and the notice's type and subject. Pure.
/// </summary>
internal static class NoticeAudience
{
    private static readonly string[] Openers = ["cho ", "den ", "toi "];

    /// <summary>True when the folded text <paramref name="f"/> has an audience's opening word at <paramref name="at"/>.</summary>
    public static bool OpensAt(string f, int at)
    {
        if (at < 0 || at > f.Length) return false;
        foreach (var to in Openers)
            if (f.AsSpan(at).StartsWith(to, StringComparison.Ordinal)) return true;
        return false;
    }
}
