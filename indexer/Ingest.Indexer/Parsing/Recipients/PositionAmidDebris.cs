using Ingest.Indexer.Model;
using Ingest.Indexer.Text;

namespace Ingest.Indexer.Parsing.Recipients;

/// <summary>
/// A scan's position printed among the seal's debris round the Nơi nhận heading, with no name read:
/// "Nơi nhận: - SHIEU TRƯỞNG >-" (mq-dh-tay-do-kh-2025-1146-ocr), "Nơi nhận: ___—HIỆU TRƯỚN c&amp;——"
/// (mq-dh-tay-do-qd-2025-539-ocr), "“Em HIệU TRƯỜNG —" over the heading (jj-dh-cntt-tb-2013-01-ocr), "~x HIỆU TRƯỜNG?”"
/// some lines of the seal's letters over it (mr-dh-tay-do-tb-2025-534-ocr). The seal glues signs and letters to the
/// position's edges, turns a letter into another or to small case, or drops the last; the position is still one of the
/// table's and one only. SignerParser turns here last, where no other reading finds a block. Pure and thread-safe.
/// </summary>
internal sealed class PositionAmidDebris(string[] titleHeads, IReadOnlyDictionary<string, string> spelled)
{
    // How many lines over the heading the position may stand, the seal's debris between; the body's close ends them first.
    private const int LinesOverHeading = 10;

    // A position one letter off another only where it is long enough that one misread letter cannot make another.
    private const int OneLetterOffMin = 8;

    /// <summary>
    /// The position read among the debris beside the last heading (after its colon) or over it up to the body's last
    /// line, spelled as the table spells it; null where none is, where two differ, or where the words before it in its
    /// run of capitals may be what is left of a capacity mark ("FT ĐÀ T HIỂU TRƯỞNG": the principal's position).
    /// </summary>
    internal Signer? Read(IReadOnlyList<PlanLine> lines)
    {
        var heading = SignatureBesideList.LastHeading(lines, lines.Count - 1, lines.Count - SignerParser.TailLines);
        if (heading < 0) return null;
        string? found = null;
        var beside = lines[heading].Clean;
        var colon = beside.IndexOf(':');
        if (colon >= 0 && !Agrees(ref found, beside[(colon + 1)..])) return null;
        for (var i = heading - 1; i >= Math.Max(0, heading - LinesOverHeading); i--)
        {
            var line = lines[i].Clean;
            if (IsBodyLine(line)) break;
            if (!Agrees(ref found, line)) return null;
        }
        return found is null ? null : new Signer(found, null);
    }

    // Reads the position in one text into found: false where it names another position than found already holds, or
    // where capitals of a possible capacity mark stand before it.
    private bool Agrees(ref string? found, string text)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var start = 0; start < words.Length;)
        {
            if (!IsCapitalWord(SignatureBesideList.LettersWithin(words[start]))) { start++; continue; }
            var end = start;
            while (end < words.Length && IsCapitalWord(SignatureBesideList.LettersWithin(words[end]))) end++;
            var run = words[start..end].Select(w => SignatureBesideList.LettersWithin(w).ToUpperInvariant()).ToArray();
            if (PositionClosing(run) is var (position, before))
            {
                // Capitals before it of two letters or more: a capacity mark's remnant ("KT", "TM", "ĐÀ T") may be the
                // principal's, and its deputy signs; or another body's words. Only specks may stand there.
                if (before.Any(w => w.Length > 1)) return false;
                if (found is not null && found != position) return false;
                found = position;
            }
            start = end;
        }
        return true;
    }

    // The position that the run's last words are (the run's words before it returned): its letters those of one table
    // position exactly, or one letter off one only where long enough; null where none is.
    private (string Position, string[] Before)? PositionClosing(string[] run)
    {
        for (var k = 0; k < run.Length; k++)
        {
            var letters = LetterDistance.Letters(string.Concat(run.AsSpan(k)));
            if (Only(letters) is { } head && spelled.TryGetValue(head, out var whole)) return (whole, run[..k]);
        }
        return null;
    }

    private string? Only(string letters)
    {
        string? only = null;
        foreach (var head in titleHeads)
        {
            // Capacity marks ("TM.", "KT ") are no position.
            if (head.IndexOfAny(['.', '/']) >= 0) continue;
            var headLetters = head.Replace(" ", "", StringComparison.Ordinal);
            if (headLetters.Length <= 3) continue;
            if (headLetters == letters) return head;
            if (letters.Length < OneLetterOffMin || Math.Abs(headLetters.Length - letters.Length) > 1 || LetterDistance.Edits(letters, headLetters) > 1) continue;
            if (only is not null && only != head) return null;
            only = head;
        }
        return only;
    }

    // A word of capitals: letters only once the signs glued to its edges are off, and all capitals but one small letter
    // at most, never the first, in a word of four letters or more ("HIệU"): "Em", "lu" are the seal's strokes or the
    // body's words. A lone capital stays in the run: "FT ĐÀ T HIỂU TRƯỞNG" (iw-dh-cong-thuong-hcm-kh-khao-sat-2026-ocr,
    // the page's "KT. HIỆU TRƯỞNG") keeps the mark's remnant before the position.
    private static bool IsCapitalWord(string word)
    {
        if (word.Length == 0 || !char.IsUpper(word[0])) return false;
        var small = 0;
        foreach (var c in word)
        {
            if (!char.IsLetter(c)) return false;
            if (char.IsLower(c) && ++small > 1) return false;
        }
        return small == 0 || word.Length >= 4;
    }

    // The body's own lines end the search upward: its closing mark ("./."), or a line of words in small letters.
    private static bool IsBodyLine(string line)
    {
        if (line.Contains("./.", StringComparison.Ordinal)) return true;
        var small = 0;
        foreach (var word in line.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            if (word.Length >= 2 && word.All(char.IsLower) && ++small >= 4) return true;
        return false;
    }
}
