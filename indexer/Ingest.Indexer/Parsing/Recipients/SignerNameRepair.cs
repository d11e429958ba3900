using Ingest.Indexer.Text;

namespace Ingest.Indexer.Parsing.Recipients;

/// <summary>A signer's name as OCR damaged it, repaired where one reading only is possible. Pure and thread-safe.</summary>
internal static class SignerNameRepair
{
    /// <summary>
    /// The words of <paramref name="text"/> when they may be a personal name printed beside a recipient item: two to
    /// four words, each a capital and small letters ("Trần Ngọc Căng"); the first may be a family name the seal damaged
    /// ("guyền", "Ngưýến") where <paramref name="firstMayBeDamaged"/> says so, and its letters are then looked up by the
    /// caller. Null otherwise.
    /// </summary>
    public static string[]? NameWords(string text, bool firstMayBeDamaged = false)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length is < 2 or > 4) return null;
        return words.Skip(firstMayBeDamaged ? 1 : 0).All(IsCapitalisedWord) ? words : null;
    }

    // The middle names nearly every name carries, by what is left of them when the seal or the scrawl took the capital.
    private static readonly Dictionary<string, string> MiddleNamesWithoutCapital = new(StringComparer.Ordinal) { ["ăn"] = "Văn", ["hị"] = "Thị" };

    /// <summary>
    /// "Đính ăn Châu" under the list's file copy (lj-dh-dien-luc-tb-2025-d20-ocr, for Đinh Văn Châu): a middle word "ăn" or
    /// "hị" between two capitalised words is "Văn" or "Thị" whose capital was lost; the text with it restored, or as given.
    /// Only for a line already read as the column's name (the words "Thức ăn Chăn nuôi" of a sentence never reach here).
    /// </summary>
    public static string WithMiddleNameCapital(string text)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length is < 3 or > 4) return text;
        var changed = false;
        for (var k = 1; k < words.Length - 1; k++)
            if (MiddleNamesWithoutCapital.TryGetValue(words[k], out var whole) && char.IsUpper(words[k - 1][0]) && char.IsUpper(words[k + 1][0]))
                (words[k], changed) = (whole, true);
        return changed ? string.Join(' ', words) : text;
    }

    private static bool IsCapitalisedWord(string w) => w.Length > 1 && char.IsUpper(w[0]) && w.Skip(1).All(char.IsLower);

    /// <summary>
    /// "ÑgmYến Minh Thảo" (ip-bhxh-vn-cv-csyt-2015-ocr): a name whose first word is no syllable, one letter away from
    /// one family name only, opens with that family name (the `il-` and `ip-` rules repair a name where the reading is
    /// certain). Any other name is returned as written.
    /// </summary>
    public static string RepairFamily(string name, IReadOnlyList<string> families)
    {
        var space = name.IndexOf(' ');
        if (space <= 0) return name;
        var first = name[..space];
        var folded = LetterDistance.Letters(first);
        if (families.Contains(first) || folded.Length < 3) return name;
        if (FamilyWithFirstLetterMisread(first, families) is { } misread) return misread + name[space..];
        if (VietnameseSyllable.IsSyllable(folded)) return name;
        string? only = null;
        foreach (var family in families)
        {
            if (LetterDistance.Edits(folded, LetterDistance.Letters(family)) > 1) continue;
            if (only is not null) return name;
            only = family;
        }
        return only is null ? name : only + name[space..];
    }

    /// <summary>
    /// The family name <paramref name="word"/> is, read through the seal's damage to its marks ("Trân") or its first letter
    /// ("Irân"); null for a word in small letters or signs, and for any other.
    /// </summary>
    public static string? ReadFamily(string word, IReadOnlyList<string> families)
    {
        if (word.Length == 0 || !char.IsUpper(word[0])) return null;
        return families.Contains(word) ? word : FamilyByLetters(word, families) ?? FamilyWithFirstLetterMisread(word, families);
    }

    /// <summary>
    /// "Irân Sỹ Thanh" (lc-ubnd-ha-noi-ct-2025-chuyen-doi-so-ocr), "Íuỳnh Hữu Trí" (lk-ubnd-bac-lieu-qd-2025-210-ocr): the
    /// signature's scrawl over the name's first letter, read as a capital that opens no family name of the table, the
    /// letters after it (marks aside) those of one family name only after its first: that family name; otherwise null.
    /// A capital that opens a family name may open one the table lacks ("Ninh" is no "Đinh" misread), and is left; so is a
    /// word that reads as a syllable of its own unless its marks after the first letter are the family name's too ("Xuân"
    /// is no "Quan", "Íuỳnh" is "Huỳnh").
    /// </summary>
    public static string? FamilyWithFirstLetterMisread(string word, IReadOnlyList<string> families)
    {
        if (word.Length < 3 || !char.IsUpper(word[0]) || !word.All(char.IsLetter)) return null;
        foreach (var family in families)
            if (family[0] == word[0]) return null;
        var letters = LetterDistance.Letters(word);
        if (letters.Length < 3) return null;
        string? only = null;
        foreach (var family in families)
        {
            var whole = LetterDistance.Letters(family);
            if (whole.Length != letters.Length || !whole.AsSpan(1).SequenceEqual(letters.AsSpan(1))) continue;
            if (only is not null) return null;
            only = family;
        }
        if (only is null || !VietnameseSyllable.IsSyllable(letters)) return only;
        return only.Length == word.Length && only.AsSpan(1).SequenceEqual(word.AsSpan(1)) ? only : null;
    }

    /// <summary>
    /// "Nguyên" for "Nguyễn" (jh-ubnd-hai-phong-qd-2025-430-ocr): a word whose letters, marks aside, are those of one family
    /// name only, and which is no family name itself, is that family name with its marks misread; otherwise null.
    /// </summary>
    public static string? FamilyByLetters(string word, IReadOnlyList<string> families)
    {
        if (families.Contains(word)) return word;
        var letters = LetterDistance.Letters(word);
        if (letters.Length < 3) return null;
        string? only = null;
        foreach (var family in families)
        {
            if (LetterDistance.Letters(family) != letters) continue;
            if (only is not null) return null;
            only = family;
        }
        return only;
    }

    // Letters (marks aside) a damaged family name must keep at its start to be read from them.
    private const int OpeningLetters = 3;

    /// <summary>
    /// "Huyỳi", "Huỳấh" for "Huỳnh" (jh-ubnd-bac-lieu-qd-2025-210-ocr, lg-ubnd-bac-lieu-qd-2025-tthc-duong-bo-ocr): a word
    /// that is no syllable, its last letters damaged by the seal, whose first three letters (marks aside) open one family
    /// name only, of its length, is that family name; otherwise null (a syllable may be a name the table lacks).
    /// </summary>
    public static string? FamilyByOpening(string word, IReadOnlyList<string> families)
    {
        if (word.Length <= OpeningLetters || !char.IsUpper(word[0]) || !word.All(char.IsLetter)) return null;
        var letters = LetterDistance.Letters(word);
        if (letters.Length <= OpeningLetters || VietnameseSyllable.IsSyllable(letters)) return null;
        string? only = null;
        foreach (var family in families)
        {
            var whole = LetterDistance.Letters(family);
            if (!whole.StartsWith(letters[..OpeningLetters], StringComparison.Ordinal)) continue;
            if (only is not null || whole.Length != letters.Length) return null;
            only = family;
        }
        return only;
    }

    /// <summary>
    /// The family name a signature column's name (its words) beside a list item opens with, read through the seal's damage: a word in
    /// capital and small letters whose letters, marks aside, are one family name's ("Trân" for "Trần") or would be but for a
    /// first letter misread ("Irân", FamilyWithFirstLetterMisread), or a word in small
    /// letters that is one family name without its first letter ("guyền" for "Nguyễn", jd-ubnd-quang-ngai-tb-2024-660-ocr);
    /// null for anything else.
    /// </summary>
    public static string? DamagedFamily(string[] name, IReadOnlyList<string> families)
    {
        var word = name[0];
        if (word.Length < 2 || !word.All(char.IsLetter)) return null;
        if (char.IsUpper(word[0])) return FamilyByLetters(word, families) ?? FamilyWithFirstLetterMisread(word, families);
        // "ông Nguyễn Tuấn Dự" (ic-thi-tran-huu-lung-tb-hoi-nghi-cu-tri-2024-portal): a family name after the word is the
        // name's own, and the word in small letters before it one of the sentence (here the honorific, no "Ông").
        var capitalLost = name.Length > 1 && !families.Contains(name[1]) ? FamilyWithCapitalLost(word, families) : null;
        return capitalLost ?? FamilyWithoutFirstLetter(word, families) ?? FamilyByMarkedTail(word, families);
    }

    // Letters a family name's tail must keep, as written, to be read from them.
    private const int TailLetters = 3;

    /// <summary>
    /// "ấyễn Hoài Nam" (ld-syt-tp-hcm-kh-2021-ra-soat-vbqppl-ocr), "suyễn Hồng Thanh" (lw-ubnd-tay-ninh-qd-2025-358-ocr) for
    /// Nguyễn: the seal took the family name's capital and misread the letters after it; its last three letters, marks and
    /// all, survive and close one family name only ("yễn"). A word in small letters no longer than that family name, its
    /// tail carrying a mark (a bare "inh" closes common words too): that family name; otherwise null.
    /// </summary>
    public static string? FamilyByMarkedTail(string word, IReadOnlyList<string> families)
    {
        if (word.Length <= TailLetters || !word.All(char.IsLower)) return null;
        var tail = word.AsSpan(word.Length - TailLetters);
        if (LetterDistance.Letters(tail.ToString()) == tail.ToString()) return null;
        string? only = null;
        foreach (var family in families)
        {
            if (!family.AsSpan().EndsWith(tail, StringComparison.Ordinal)) continue;
            if (only is not null) return null;
            only = family;
        }
        return only is not null && word.Length <= only.Length ? only : null;
    }

    /// <summary>
    /// The one family name <paramref name="word"/> is without its capital, marks and all ("ào" for Đào, "õ" for Võ), or
    /// null: a word all small letters, and no other family name ends so ("ương" is Dương's and Lương's, and left).
    /// </summary>
    public static string? FamilyWithoutCapital(string word, IReadOnlyList<string> families)
    {
        if (!word.All(char.IsLower)) return null;
        string? only = null;
        foreach (var family in families)
        {
            if (family.Length != word.Length + 1 || !family.AsSpan(1).SequenceEqual(word)) continue;
            if (only is not null) return null;
            only = family;
        }
        return only;
    }

    // "_ trần Phước Hiên" (jd-ubnd-quang-ngai-bc-2024-280-ocr): the scrawl over the capital left it read as a small letter;
    // a word in small letters that is a family name but for its case is that family name.
    private static string? FamilyWithCapitalLost(string word, IReadOnlyList<string> families)
    {
        foreach (var family in families)
            if (family.Length == word.Length && char.ToLowerInvariant(family[0]) == word[0] && family.AsSpan(1).SequenceEqual(word.AsSpan(1))) return family;
        return null;
    }

    /// <summary>
    /// "guyền" for "Nguyễn" (jd-ubnd-quang-ngai-tb-2024-660-ocr): a word whose letters, marks aside, are those of one family
    /// name only without its first letter, the seal's rim having taken it; that family name, or null.
    /// </summary>
    public static string? FamilyWithoutFirstLetter(string word, IReadOnlyList<string> families)
    {
        var letters = LetterDistance.Letters(word);
        if (letters.Length < 3) return null;
        string? only = null;
        foreach (var family in families)
        {
            var whole = LetterDistance.Letters(family);
            if (whole.Length != letters.Length + 1 || !whole.AsSpan(1).SequenceEqual(letters)) continue;
            if (only is not null) return null;
            only = family;
        }
        return only;
    }

    /// <summary>
    /// True when the name's first word holds two runs of vowels each carrying a mark ("*Frâmhị Thu Hương",
    /// iw-ubnd-phu-tho-cv-ra-soat-tthc-2011-ocr, for Trần Thị Thu Hương: the scrawl ran the family name into the middle name
    /// past every repair): two Vietnamese syllables run together, no family name (one syllable has one such run; "Êban",
    /// "Ksor" of the Tây Nguyên peoples mark one run at most). The caller leaves such a name empty rather than wrong.
    /// </summary>
    public static bool FirstWordTwoMarkedSyllables(string name)
    {
        // Folded once, letter for letter (a fold that changes the length reads no marks here: false).
        var folded = TextFolding.FoldLoose(name);
        if (folded.Length != name.Length) return false;
        int marked = 0;
        var inRun = false;
        var runMarked = false;
        for (var i = 0; i < name.Length && name[i] != ' '; i++)
        {
            if (folded[i] is 'a' or 'e' or 'i' or 'o' or 'u' or 'y') { runMarked |= folded[i] != char.ToLowerInvariant(name[i]); inRun = true; continue; }
            if (inRun && runMarked) marked++;
            (inRun, runMarked) = (false, false);
        }
        if (inRun && runMarked) marked++;
        return marked >= 2;
    }
}
