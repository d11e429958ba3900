namespace Ingest.Indexer.Parsing.Citations;

/// <summary>
/// Whether a citation stands right after "Ban Chỉ đạo" (BCĐ), optionally with the verb the committee is named for:
/// "Ban Chỉ đạo thực hiện Nghị quyết số 57-NQ/TW của Đảng ủy xã Nghĩa Tá", "thành viên Ban Chỉ đạo 57-NQ/TW của xã"
/// (iy-029, iy-030), "Ban Chỉ đạo triển khai Chỉ thị 05-CT/TW". The document is part of the committee's name, not
/// cited (rule 5 of the plans rule, tests/corpus/README.md, and the `iy-` rule for numbers); where the same text names
/// the document on its own, that naming is cited. The committee's fields joined after "và" are BodyNameTail's.
/// Pure and thread-safe.
/// </summary>
internal static class CommitteeName
{
    // The verbs a committee's name carries before the document it is set up for; longest first.
    private static readonly string[] Verbs = ["trien khai thuc hien", "thuc hien", "trien khai", "tong ket", "so ket"];

    private static readonly string[] Heads = ["ban chi dao", "bcd"];

    /// <summary>True when the folded text before <paramref name="start"/> ends with a committee's head and at most its verb.</summary>
    public static bool Before(string f, int start)
    {
        var k = SkipSpaces(f, start);
        if (k < 3 || f[k - 1] is not ('o' or 'd' or 'n' or 'i' or 't')) return false; // what every head and verb ends in
        foreach (var verb in Verbs)
            if (WordsBefore(f, k, verb)) { k = SkipSpaces(f, k - verb.Length); break; }
        foreach (var head in Heads)
            if (WordsBefore(f, k, head)) return true;
        return false;
    }

    private static int SkipSpaces(string f, int k)
    {
        while (k > 0 && f[k - 1] is ' ' or '\n') k--;
        return k;
    }

    // The words end at end and start a word.
    private static bool WordsBefore(string f, int end, string words) =>
        end >= words.Length && f.AsSpan(end - words.Length, words.Length).SequenceEqual(words)
        && (end == words.Length || !char.IsAsciiLetterOrDigit(f[end - words.Length - 1]));
}
