using Ingest.Indexer.Model;
using Ingest.Indexer.Text;

namespace Ingest.Indexer.Parsing.Recipients;

/// <summary>
/// A letter signed with a name and no title line (a district Phòng's letter closing "Nơi nhận: - Như trên; - Lưu" /
/// "Nguyễn Văn Thuận"): the name alone after the Nơi nhận list, the last words of the text. Read with no title, as the
/// corpus annotates it, only where the name opens with a family name: a name with nothing above it has no other mark,
/// and a cell of a list left unmarked ("UBND Huyện") must not pass for one. Pure and thread-safe.
/// </summary>
internal sealed class UntitledSigner
{
    // How far above the end the Nơi nhận heading may stand: a short list and the name.
    private const int TailCells = 16;
    private readonly string[] _families;

    public UntitledSigner(IEnumerable<string> familyNames) => _families = familyNames.ToArray();

    /// <summary>The name closing <paramref name="cells"/> under a Nơi nhận heading, or null.</summary>
    public Signer? Read(IReadOnlyList<string> cells, Func<string, bool> isNoise, Func<string, bool> isTitle, Func<string, bool> looksLikeName)
    {
        var heading = -1;
        for (var k = cells.Count - 1; k >= Math.Max(0, cells.Count - TailCells) && heading < 0; k--)
            if (RecipientHeading.Read(cells[k], out _) != RecipientHeading.Reading.None) heading = k;
        if (heading < 0) return null;
        // After the heading: the list's items the cutting kept (a file copy "Lưu" written without its mark), then the name.
        var rest = cells.Skip(heading + 1).Where(c => !isNoise(c) && !TextFolding.FoldLoose(c).StartsWith("luu", StringComparison.Ordinal)).ToList();
        return Alone(rest, isTitle, looksLikeName);
    }

    /// <summary>The name alone in <paramref name="cells"/>, the lines under the body's closing mark "./.", or null.</summary>
    public Signer? ReadAfterClose(IReadOnlyList<string> cells, Func<string, bool> isNoise, Func<string, bool> isTitle, Func<string, bool> looksLikeName) =>
        Alone(cells.Where(c => !isNoise(c)).ToList(), isTitle, looksLikeName);

    // One cell left, a personal name opening with a family name: the signer, with no title.
    private Signer? Alone(List<string> rest, Func<string, bool> isTitle, Func<string, bool> looksLikeName)
    {
        if (rest is not [var only]) return null;
        var name = LostFirstLetterRepaired(only.Trim('*', ' ').TrimEnd('.'));
        var first = name.Split(' ')[0];
        if (isTitle(name) || !looksLikeName(name) || !_families.Contains(first, StringComparer.Ordinal)) return null;
        return new Signer(null, name);
    }

    // "guyền Phú Hoàng" alone under the list (iu-ldld-lam-dong-cv-ctcd-2025-ocr): the scan took the name's first letter; a
    // first word in small letters that is one family name only without its first letter is that name (the `iu` rule
    // repairs it to "Nguyễn Phú Hoàng"). "ào" (Đào or Cao) is left.
    private string LostFirstLetterRepaired(string name)
    {
        var space = name.IndexOf(' ');
        if (space <= 0 || !char.IsLower(name[0])) return name;
        return SignerNameRepair.FamilyWithoutFirstLetter(name[..space], _families) is { } family ? family + name[space..] : name;
    }
}
