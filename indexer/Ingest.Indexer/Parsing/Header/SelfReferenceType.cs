using Ingest.Indexer.Parsing.Tables;
using Ingest.Indexer.Text;

namespace Ingest.Indexer.Parsing.Header;

/// <summary>
/// The type a text gives itself where it points at itself: "… thực hiện nghiêm tinh thần Thông báo này" (mf-ubnd-xa-o-lam-
/// tb-2025-treo-quoc-ky-headerless), "Quyết định này có hiệu lực kể từ ngày ký", "Kế hoạch này thay thế …": a type word,
/// capitalized as the text's own kind is, then "này" (this). For a text printed without its heading, whose subject line
/// makes it a letter only by default (Nghị định 30/2020/NĐ-CP). Null unless every such mention names one type. Pure and
/// thread-safe.
/// </summary>
internal sealed class SelfReferenceType(DomainTables tables)
{
    private const string This = " nay";

    private readonly string[] _typeWords = tables.FoldedTypeWords().ToArray();

    /// <summary>The one type the text calls itself by with "này", or null.</summary>
    public DocumentTypeRow? Find(TextView view) => Within(view, 0, view.Folded.Length);

    /// <summary>The one type the normalized span [<paramref name="start"/>, <paramref name="end"/>) calls the text by with "này", or null.</summary>
    public DocumentTypeRow? Within(TextView view, int start, int end)
    {
        var f = view.Folded;
        var n = view.Normalized;
        DocumentTypeRow? found = null;
        for (var at = f.IndexOf(This, start, end - start, StringComparison.Ordinal); at >= 0 && at + This.Length <= end;
             at = at + This.Length < end ? f.IndexOf(This, at + This.Length, end - at - This.Length, StringComparison.Ordinal) : -1)
        {
            var wordEnd = at + This.Length;
            // "này" with its grave accent, a word of its own: "nay" (now) and "nảy" say nothing of the text.
            if (wordEnd < f.Length && char.IsAsciiLetterOrDigit(f[wordEnd]) || n[wordEnd - 1] != 'y' || n[wordEnd - 2] != 'à') continue;
            if (TypeBefore(f, n, at) is not { } type) continue;
            if (found is not null && found.Id != type.Id) return null;
            found = type;
        }
        return found;
    }

    private DocumentTypeRow? TypeBefore(string f, string n, int at)
    {
        foreach (var word in _typeWords)
        {
            var start = at - word.Length;
            if (start < 0 || string.CompareOrdinal(f, start, word, 0, word.Length) != 0) continue;
            if (start > 0 && char.IsAsciiLetterOrDigit(f[start - 1]) || !char.IsUpper(n[start])) continue;
            return tables.TypeByWord(word);
        }
        return null;
    }
}
