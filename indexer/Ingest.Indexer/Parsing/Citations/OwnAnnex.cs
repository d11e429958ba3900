using System.Text.RegularExpressions;
using Ingest.Indexer.Text;

namespace Ingest.Indexer.Parsing.Citations;

/// <summary>
/// What a decision, circular or resolution issues with itself: "Điều 1. Ban hành kèm theo Quyết định này Quy chế làm việc
/// của Ủy ban nhân dân huyện Bình Chánh …" (ji-006), "Ban hành kèm theo Thông tư này Điều lệ Trường tiểu học." (lb-017).
/// Named after "kèm theo", the text's type word and "này", it is the text's own annex, found by the text's own number, not
/// a document the text cites (rule 1 of the plans rule, tests/corpus/README.md). Its name still holds what it names, as the
/// text's own title does ("Kế hoạch thực hiện Đề án “Đổi mới …”"), so it is dropped only after the names inside it are.
/// Pure and thread-safe.
/// </summary>
internal static partial class OwnAnnex
{
    // How far before the type word "kèm theo Thông tư liên tịch này " is looked for.
    private const int Window = 40;

    /// <summary>Drops the documents named with no number right after "kèm theo" the text's own type word and "này".</summary>
    public static void Drop(TextView view, List<CitationDraft> drafts)
    {
        var f = view.Folded;
        if (f.IndexOf(" nay ", StringComparison.Ordinal) < 0) return;
        drafts.RemoveAll(d =>
        {
            if (d.IsNumbered) return false;
            var k = d.Start;
            while (k > 0 && f[k - 1] is ' ' or '"') k--;
            return k > 0 && IssuedWithThisText().IsMatch(f.AsSpan(Math.Max(0, k - Window), Math.Min(Window, k)));
        });
    }

    [GeneratedRegex(@"(?:^|\x20)kem\x20theo\x20[a-z]+(?:\x20[a-z]+){0,2}\x20nay$", RegexOptions.CultureInvariant)]
    private static partial Regex IssuedWithThisText();
}
