using Ingest.Indexer.Parsing.Tables;
using Ingest.Indexer.Text;

namespace Ingest.Indexer.Parsing.Citations;

/// <summary>
/// Where a document named without a number stands in its sentence, read from what comes before its type word: as the
/// basis the sentence rests on ("Căn cứ Kế hoạch …", a basis list's "- Chiến lược …", an article cited in it), still
/// being drafted ("góp ý dự thảo Đề án …"), inside another document's title ("ban hành Kế hoạch thực hiện Đề án …"), or
/// as an item of a list in title case. A name says which one document it is only in some of these. Pure and thread-safe.
/// </summary>
internal sealed class NameStanding
{
    // How far back a drafting verb or a title's type word is looked for.
    private const int Lookback = 48;
    private readonly string[] _drafting;
    private readonly string[] _relations;
    private readonly string[] _amending;
    private readonly TypeWordEdges _typeWords;

    public NameStanding(DomainTables tables, TypeWordEdges typeWords)
    {
        _typeWords = typeWords;
        _relations = tables.Phrases.Relations.Select(r => TextFolding.FoldLoose(r.Phrase)).ToArray();
        _drafting = (tables.Phrases.DraftingBefore ?? []).Select(s => TextFolding.FoldLoose(s) + " ").ToArray();
        _amending = (tables.Phrases.AmendingVerbsBefore ?? []).Select(s => " " + TextFolding.FoldLoose(s)).ToArray();
    }

    private static ReadOnlySpan<char> Before(string f, int start) => f.AsSpan(Math.Max(0, start - Lookback), Math.Min(Lookback, start));

    /// <summary>Whether a drafting verb ("xây dựng", "góp ý dự thảo") stands before the type word at <paramref name="start"/>.</summary>
    public bool DraftedBefore(string f, int start) =>
        DraftingVerbs.EndBefore(ListedAfter(Before(f, start)), _drafting);

    // "dự thảo Nghị quyết, Chương trình thực hiện …": what stands before a list of type words the last one shares.
    private ReadOnlySpan<char> ListedAfter(ReadOnlySpan<char> before)
    {
        for (var n = 0; n < 4; n++)
        {
            var rest = before.EndsWith(", ") ? before[..^2] : before.EndsWith(" va ") ? before[..^4] : default;
            if (rest.IsEmpty) return before;
            var typed = _typeWords.Closing(rest);
            if (typed < 0) return before;
            before = rest[..^typed];
        }
        return before;
    }

    // The plan is what the sentence rests on or carries out ("Căn cứ", "thực hiện", "theo" right before it), or it opens a
    // line of a list ("- Chiến lược …", a basis listed under "Căn cứ:").
    public bool StandsAsBasis(TextView view, int start)
    {
        var f = view.Folded;
        var k = ItemStart(f, start);
        return view.IsLineStart(k) || view.IsLineStart(ListNumberStart(f, k)) || RelationBefore(view, start) || ArticleBefore(f, start);
    }

    /// <summary>
    /// "Điều 1. Sửa đổi, bổ sung một số điều của Quy định đơn giá bồi thường … ban hành kèm theo Quyết định số
    /// 52/2024/QĐ-UBND" (mu-020), a title's "VỀ VIỆC SỬA ĐỔI, BỔ SUNG MỘT SỐ ĐIỀU CỦA QUY ĐỊNH …": what an amending verb
    /// (phrases.json amendingVerbsBefore) that opens its clause acts on exists, as the basis of a sentence does. After
    /// another document's type word ("hướng dẫn thực hiện một số điều của Quy chế …", "Nghị định sửa đổi Quy chế …") the
    /// regulation is that document's subject, so the verb must open the clause.
    /// </summary>
    public bool AmendedBefore(TextView view, int start)
    {
        var f = view.Folded;
        var k = start;
        while (k > 0 && f[k - 1] == ' ') k--;
        foreach (var articles in AmendedArticles)
            if (f.AsSpan(0, k).EndsWith(articles, StringComparison.Ordinal)) { k -= articles.Length; break; }
        foreach (var verb in _amending)
        {
            if (!f.AsSpan(0, k).EndsWith(verb.AsSpan(1), StringComparison.Ordinal)) continue;
            var at = k - verb.Length + 1;
            if (at > 0 && char.IsAsciiLetterOrDigit(f[at - 1])) continue;
            return OpensClause(view, at);
        }
        return false;
    }

    // "sửa đổi, bổ sung một số điều của", "bãi bỏ các điều của": the articles of the regulation the verb acts on.
    private static readonly string[] AmendedArticles = [" mot so dieu cua", " cac dieu cua"];

    // Where the amending verb at <paramref name="at"/> opens its clause: a line, an article's "Điều 1.", a sentence, a
    // list of verbs ("Sửa đổi, bổ sung"), or a title's own "về việc".
    private bool OpensClause(TextView view, int at)
    {
        var f = view.Folded;
        var k = at;
        for (var joined = 0; joined < 3; joined++)
        {
            k = ItemStart(f, k);
            if (k == 0 || view.IsLineStart(k) || view.IsLineStart(ListNumberStart(f, k)) || f[k - 1] is '.' or ';' or ':' or ')') return true;
            if (f.AsSpan(0, k).EndsWith(" ve viec", StringComparison.Ordinal) || k == 7 && f.AsSpan(0, k).SequenceEqual("ve viec")) return true;
            if (f[k - 1] != ',') return false;
            k--;
            while (k > 0 && f[k - 1] == ' ') k--;
            var listed = false;
            foreach (var verb in _amending)
                if (f.AsSpan(0, k).EndsWith(verb.AsSpan(1), StringComparison.Ordinal)) { k -= verb.Length - 1; listed = true; break; }
            if (!listed) return false;
        }
        return false;
    }

    // "được quy định tại Điều 15 Quy chế thi ban hành kèm theo Thông tư 22/2025/TT-BNV" (jd-015), "tại Điều 14 và Điều 15
    // Điều lệ trường Mầm non" (hz-092): an article cited in the regulation points into it, so the regulation stands as the
    // document the sentence rests on, as after "Căn cứ".
    private static bool ArticleBefore(string f, int start)
    {
        var k = start;
        while (k > 0 && f[k - 1] is ' ' or ',') k--;
        var digits = k;
        while (k > 0 && char.IsAsciiDigit(f[k - 1])) k--;
        return k < digits && f.AsSpan(0, k).EndsWith("dieu ", StringComparison.Ordinal) && (k == 5 || !char.IsAsciiLetter(f[k - 6]));
    }

    // Where a list item's marks and the spaces before <paramref name="end"/> start ("- ", "• ", "– ").
    private static int ItemStart(string f, int end)
    {
        var k = end;
        while (k > 0 && f[k - 1] is ' ' or '-' or '+' or '*' or '•' or '–') k--;
        return k;
    }

    // "1. ", "12) ", "a) " before <paramref name="end"/>: where a list item's number starts, or <paramref name="end"/>.
    private static int ListNumberStart(string f, int end)
    {
        if (end < 2 || f[end - 1] is not ('.' or ')')) return end;
        var k = end - 1;
        while (k > 0 && char.IsAsciiDigit(f[k - 1]) && end - k < 4) k--;
        if (k == end - 1 && k > 0 && char.IsAsciiLetterLower(f[k - 1])) k--;
        return k < end - 1 ? k : end;
    }

    // "Căn cứ", "thực hiện", "theo" right before the type word.
    private bool RelationBefore(TextView view, int start)
    {
        var before = view.Folded.AsSpan(Math.Max(0, start - 24), Math.Min(24, start)).TrimEnd();
        foreach (var r in _relations)
            if (before.EndsWith(r, StringComparison.Ordinal) && (before.Length == r.Length || before[^(r.Length + 1)] == ' ')) return true;
        return false;
    }

    // "tuyên truyền các đề án liên quan đến phụ nữ như: Đề án Hỗ trợ phụ nữ khởi nghiệp; Đề án Tuyên truyền, giáo dục, …"
    // (it-026): an item of a list (after ": " or "; ") whose name opens with a word in title case names one document as a
    // scope or an issuer does. A heading in capitals ("Đề án XÂY DỰNG …") or an abbreviation is no title case.
    public static bool TitledInList(string n, int start, int p)
    {
        if (p + 3 >= n.Length || !char.IsUpper(n[p + 1]) || !char.IsLower(n[p + 2]) || start < 2) return false;
        return n[start - 1] == ' ' && n[start - 2] is ':' or ';';
    }

    // What joins a document's type word to the plan it carries out, in its title: "Kế hoạch triển khai thực hiện Đề án …".
    private static readonly string[] TitleLinks = [" trien khai thuc hien ", " to chuc thuc hien ", " thuc hien ", " trien khai "];

    /// <summary>Whether the type word at <paramref name="start"/> follows another type word and a link in that one's title.</summary>
    public bool NamedInsideTitle(string f, int start)
    {
        var before = Before(f, start);
        foreach (var link in TitleLinks)
        {
            if (!before.EndsWith(link)) continue;
            return _typeWords.Closing(before[..^link.Length]) >= 0;
        }
        return false;
    }
}
