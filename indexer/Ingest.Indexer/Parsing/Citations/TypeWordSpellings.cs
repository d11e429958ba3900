using Ingest.Indexer.Parsing.Tables;
using Ingest.Indexer.Text;

namespace Ingest.Indexer.Parsing.Citations;

/// <summary>
/// The spellings damaged text gives the type words, each with the type word it stands for: a scan's "j" for "ị" ("Chi
/// thj 17"), a syllable OCR read twice ("Quyết đ định"), the letters beyond Latin-1 a PDF's font lost ("Ngh nh s
/// 170/2003/N -CP"). Built once from the tables; pure and thread-safe.
/// </summary>
internal sealed class TypeWordSpellings
{
    private readonly Dictionary<string, string> _scanned;
    private readonly Dictionary<string, (string Word, string Written)> _lostLetters;

    public TypeWordSpellings(DomainTables tables)
    {
        _scanned = ScannedSpellings(tables.FoldedCitableTypeWords());
        _lostLetters = LostLetterSpellings(tables.DocumentTypes.SelectMany(t => t.Words));
        foreach (var (folded, (word, _)) in _lostLetters) _scanned.TryAdd(folded, word);
        foreach (var (folded, word) in DoubledSyllableSpellings(tables.FoldedCitableTypeWords())) _scanned.TryAdd(folded, word);
    }

    /// <summary>The folded spellings to look for in text.</summary>
    public IEnumerable<string> Spellings => _scanned.Keys;

    /// <summary>The folded type word that <paramref name="word"/> (folded, as matched) spells, or the word itself.</summary>
    public string TypeWordOf(string word) => _scanned.GetValueOrDefault(word, word);

    /// <summary>
    /// False where <paramref name="word"/> is a spelling that lost letters beyond Latin-1 and the text at
    /// <paramref name="start"/> does not write the letters it keeps.
    /// </summary>
    public bool Written(TextView view, int start, string word) =>
        !_lostLetters.TryGetValue(word, out var lost) || LostLettersWritten(view, start, lost.Written);

    // "Chi thj 17", "quyet djnh": a scan read with an English model gives "j" for "ị" (i with a dot below), and
    // Vietnamese has no "j" of its own, so a type word with one "i" read as "j" is still that type word.
    private static Dictionary<string, string> ScannedSpellings(IEnumerable<string> foldedTypeWords)
    {
        var spellings = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var word in foldedTypeWords)
            for (var i = word.IndexOf('i'); i >= 0; i = word.IndexOf('i', i + 1))
                spellings.TryAdd(word[..i] + "j" + word[(i + 1)..], word);
        return spellings;
    }

    // "Phương á án", "Quyết đ định", "Kế ho hoạch": OCR reads a syllable twice, the first time only its first letters,
    // as a stray fragment before it. Each type word of two syllables or more, with such a fragment (one letter up to
    // all but the last of the next syllable's) before any syllable after the first; the fragment is never a word that
    // could stand there, so no sentence reads so.
    private static IEnumerable<(string Spelling, string Word)> DoubledSyllableSpellings(IEnumerable<string> foldedTypeWords)
    {
        foreach (var word in foldedTypeWords.Distinct())
        {
            var syllables = word.Split(' ');
            for (var j = 1; j < syllables.Length; j++)
                for (var len = 1; len < syllables[j].Length; len++)
                    yield return (string.Join(' ', syllables[..j]) + " " + syllables[j][..len] + " " + string.Join(' ', syllables[j..]), word);
        }
    }

    // "Ngh nh s 170/2003/N -CP", "Lu t T ch c H i ng nhân dân", "Pháp l nh Giá": text from a PDF whose font maps only
    // Latin-1 letters loses every letter beyond it (ị, đ, ậ, ệ, ư), each dropped or left as a space, and keeps á, â, ô.
    // Each type word's spellings so, folded, with the letters written (case aside) that the text must show.
    private static Dictionary<string, (string Word, string Written)> LostLetterSpellings(IEnumerable<string> typeWords)
    {
        var spellings = new Dictionary<string, (string, string)>(StringComparer.Ordinal);
        foreach (var raw in typeWords)
        {
            var word = raw.Normalize(System.Text.NormalizationForm.FormC).ToLowerInvariant();
            var lost = word.Where(c => c > '\u00FF').Count();
            if (lost is 0 or > 4) continue;
            for (var mask = 0; mask < 1 << lost; mask++)
            {
                var sb = new System.Text.StringBuilder(word.Length);
                var k = 0;
                foreach (var c in word)
                {
                    if (c <= '\u00FF') { sb.Append(c); continue; }
                    if ((mask >> k++ & 1) == 1) sb.Append(' ');
                }
                var written = string.Join(' ', sb.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries));
                // Three letters at least, the first word two: a lone letter never starts a type word.
                if (written.Length < 4 || written.Count(char.IsLetter) < 3 || written.Split(' ')[0].Length < 2) continue;
                spellings.TryAdd(TextFolding.FoldLoose(written), (TextFolding.FoldLoose(word), written));
            }
        }
        return spellings;
    }

    private static bool LostLettersWritten(TextView view, int start, string written) =>
        start + written.Length <= view.Normalized.Length
        && view.Normalized.AsSpan(start, written.Length).Equals(written, StringComparison.OrdinalIgnoreCase);
}
