using Ingest.Indexer.Text;

namespace Ingest.Indexer.Parsing.Header;

/// <summary>
/// A title's "g" that the OCR drew as "ø": "trong øiai đoạn đầu" (lc-ubnd-ha-noi-ct-2025-chuyen-doi-so-ocr), "tỉnh Quảng
/// Nøãi" (lu-ubnd-quang-ngai-qd-2025-99-ocr). Vietnamese writes no "ø"; a word that holds one, and spells a syllable with
/// "g" in its place, is that syllable. Any other word (a speck "ø" alone, "øzdbhyt") is kept as written. Pure.
/// </summary>
internal static class ScanLookAlikeG
{
    public static string Repair(string title)
    {
        if (title.AsSpan().IndexOfAny('ø', 'Ø') < 0) return title;
        var words = title.Split(' ');
        var changed = false;
        for (var k = 0; k < words.Length; k++)
        {
            var word = words[k];
            var start = 0;
            var end = word.Length;
            while (start < end && !char.IsLetter(word[start])) start++;
            while (end > start && !char.IsLetter(word[end - 1])) end--;
            if (end - start < 2) continue;
            var core = word[start..end];
            if (core.AsSpan().IndexOfAny('ø', 'Ø') < 0) continue;
            var read = core.Replace('ø', 'g').Replace('Ø', 'G');
            if (!VietnameseSyllables.IsValid(read)) continue;
            words[k] = word[..start] + read + word[end..];
            changed = true;
        }
        return changed ? string.Join(' ', words) : title;
    }
}
