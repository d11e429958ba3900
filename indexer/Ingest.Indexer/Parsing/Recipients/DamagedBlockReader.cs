using Ingest.Indexer.Model;
using Ingest.Indexer.Text;

namespace Ingest.Indexer.Parsing.Recipients;

/// <summary>
/// Signature blocks a seal, a scrawl or the OCR damaged: the office line under a capacity mark garbled past reading, a
/// deputy's "PHÓ" glued to the principal's position, the seal's ring read as a name in capitals, the Nơi nhận heading lost
/// with the list's file copy ("- Lưu: VT, …") surviving under it. <see cref="SignerParser"/> asks these once its own
/// reading of the block found it whole or found nothing. Pure and thread-safe.
/// </summary>
internal sealed class DamagedBlockReader(SignerWords signerWords, DeputyTitle deputies, SignatureBesideList beside, UntitledSigner untitled)
{
    // "Nơi nhận: KT. CHỦ TỊCH" / "- Như Điều 3; Ộ Ũ" / … / "Nguyễn Ngọc Hè" (lk-ubnd-can-tho-qd-2025-383-ocr), "KT. BỘ
    // TRƯỞNG" / "_._ Nơi nhận: Z CHẾ RƯỜNG" (kx-bo-quoc-phong-vbhn-2026-tang-le-ocr): the seal garbled the office line under
    // the mark past reading, the name survived. One signing "KT." for the principal is the principal's deputy (corpus
    // README: "KT. CHỦ TỊCH" over a garbled second line gives PHÓ CHỦ TỊCH). Only where capitals stand where the office
    // line stood: a mark with nothing under it but the list's item and the name keeps `title: null` (the `iu-` rule,
    // lk-ubnd-bac-lieu-qd-2025-210-ocr).
    public string? DeputyOverDebris(SearchLines lines, IReadOnlyList<string> authority)
    {
        if (authority is not [.., var last] || deputies.Of(last) is not { } deputy) return null;
        for (var i = lines.Count - 1; i >= Math.Max(0, lines.Count - SignerParser.MaxLinesBack); i--)
        {
            if (!lines[i].Clean.Contains(last, StringComparison.Ordinal)) continue;
            for (var k = i + 1; k < lines.Count; k++)
                if (lines[k].Clean.Trim().Length > 0) return IsGarbledOffice(lines[k].Clean.Trim()) ? deputy : null;
            return null;
        }
        return null;
    }

    // What stands beside the list's item (after its ";", or after the heading's ":") or alone on the line: a few letters,
    // capitals all but one at most ("Ộ Ũ", "=ÐH(C Ử", "Z CHẾ RƯỜNG"); a name or an item is no garbled office line.
    private static bool IsGarbledOffice(string line)
    {
        var cut = line.LastIndexOf(';');
        if (cut < 0) cut = line.LastIndexOf(':');
        if (cut < 0 && line[0] is '-' or '+') return false;
        var after = line.AsSpan(cut + 1);
        int upper = 0, lower = 0;
        foreach (var c in after)
        {
            if (char.IsUpper(c)) upper++;
            else if (char.IsLower(c)) lower++;
        }
        return upper >= 2 && lower <= 1;
    }

    // "- Như điều 3 “Để thi hành" ... CHỦ TỊCH" / "^¡:. PHỐNCHỦ TỊCH" under "TM UBND TỈNG" (ll-ubnd-cao-bang-qd-1999-157-ocr):
    // the principal's position (its "KT." lost), then the deputy's, "PHÓ" glued to it by a speck. Capitals under the
    // position that end as it ends, a few letters opening with "pho" before: the deputy's position, as the table spells
    // it; null otherwise.
    public string? DeputyGluedUnder(string? title, string capitals)
    {
        if (title is null) return null;
        var principal = LetterDistance.Letters(title);
        var under = LetterDistance.Letters(capitals);
        if (principal.Length < 4 || !under.EndsWith(principal, StringComparison.Ordinal)) return null;
        var before = under[..^principal.Length];
        return before.Length is >= 3 and <= 4 && before.StartsWith("pho", StringComparison.Ordinal) ? deputies.Implied("KT. " + title, title) : null;
    }

    // "HỘI LIÊN HIỆ" / "PHỤ NỮ TỈNH" under "PHÓ CHỦ TỊCH" (iu-hoi-lhpn-lam-dong-cv-btv-2025-ocr): the seal's ring read as
    // lines of capitals, its words the issuer's. A name in capitals opens with a family name (its marks perhaps misread:
    // "NGUYÊN"); capitals whose first word is no family name's letters are the seal's, not a person's.
    public bool IsSealRing(string name)
    {
        if (!InvariantCasing.IsUpper(name)) return false;
        var space = name.IndexOf(' ');
        return space > 0 && !signerWords.IsFoldedFamily(TextFolding.FoldLoose(name[..space]));
    }

    public static bool EndsWithLoneLetter(string name)
    {
        var trimmed = name.TrimEnd(' ', '.');
        var space = trimmed.LastIndexOf(' ');
        return space >= 0 && trimmed.Length - space - 1 == 1 && char.IsLetter(trimmed[^1]);
    }

    // "RA nuối ZZ20s„GIÁM ĐÓC" / "~ Như kính gửi; …" / "- Lưu: VT, PC06 (ĐI)." / "Thiếu tướng Trương Minh Đương"
    // (lq-cong-an-lam-dong-ttr-2025-233-ocr): the seal or the scrawl took the Nơi nhận heading ("ơi nhận:", "N nhữh:/.}"),
    // but the list's last item, the file copy ("- Lưu: VT, …"), survives and closes the list as the heading would open it.
    // The name under it is the signer's: alone to the end (read as under a heading, UntitledSigner), or the first name
    // among the next lines, the seal's specks between, where an annex follows ("- Lưu: VT, KSTTT\rvA). …" / "`~.^ _—_" /
    // "Lê Thành Đô" / "DANH MỤC …", jj-ubnd-dien-bien-qd-2025-ocr; SignatureBesideList.NameUnderArchive).
    public Signer? NameUnderFileCopy(SearchLines lines)
    {
        var archive = LastFileCopyItem(lines);
        if (archive < 0) return null;
        var signer = untitled.ReadAfterClose(signerWords.Unranked(lines.CellsOf(archive + 1, lines.Count)), signerWords.IsNoise, signerWords.IsTitle, signerWords.LooksLikeName)
            ?? (beside.NameUnderArchive(lines, archive) is { } name ? new Signer(null, name) : null);
        return signer is { Title: null, Authority.Count: 0 } && CapacityBesideLostHeading(lines, archive) is { } capacity
            ? signer with { Authority = [capacity] } : signer;
    }

    // "N nhữh:/.} KT.CHỦ TỊCH" / "- Như Điêu 3; 'HÓ Ũ" / … / "- Lưu: VT; KSTTNC (MN,07)." / "Huỳnh Hữu Trí"
    // (lr-ubnd-bac-lieu-qd-2025-duong-bo-ocr): the seal garbled the heading's words but not the capacity line beside them. A
    // line over the list's items (no item's mark opening it) that closes with a capacity mark and its principal gives that
    // line, which Within reads as DeputyOverDebris does for a block found whole; null where no such line stands up to the
    // body's closing "./.".
    private string? CapacityBesideLostHeading(SearchLines lines, int archive)
    {
        for (var i = archive - 1; i >= Math.Max(0, archive - ListReach); i--)
        {
            var line = lines[i].Clean.Trim();
            if (line.Length == 0 || line[0] is '-' or '+' or '~') continue;
            if (line.TrimEnd(SignerParser.LineEnds).EndsWith("./.", StringComparison.Ordinal)) return null;
            for (var at = line.IndexOf(' '); at > 0; at = line.IndexOf(' ', at + 1))
            {
                var tail = line[(at + 1)..];
                if (SignerParser.Capacity().IsMatch(tail) && signerWords.IsTitle(tail)) return tail;
            }
        }
        return null;
    }

    // "ơi nhận: ZZốA'CWR.TỊCH" / "- Như Điều 3; /2* = ^À" / … / "| - Lưu: VT, KSTTT\rvA). - Ñ Đa ÁC \ ở," / "`~.^ _—_" / "Á s" /
    // "Lê Thành Đô" / "DANH ló G: THỦ TỤC …" (jj-ubnd-dien-bien-qd-2025-ocr): the heading survived but the seal garbled the
    // position beside it past reading, and an annex follows the block. The name under the list's file copy (the first
    // "- Lưu" within the list's reach under that heading) is the signer's, with no title; null where none stands there.
    private const int ListReach = 30;

    public Signer? NameUnderItsFileCopy(SearchLines lines, int heading)
    {
        for (var k = heading + 1; k < lines.Count && k <= heading + ListReach; k++)
            if (RecipientList.IsFileCopyItem(lines[k].Clean.Trim(' ', '|')))
                return beside.NameUnderArchive(lines, k) is { } name ? new Signer(null, name) : null;
        return null;
    }

    // "Phòng ĐTcạz: NNMT;:" / "- Lưu: VT, ĐT." / "§D 1579" / "õ Tuấn Anh" (lu-vp-ubnd-ha-noi-tb-2026-229-ocr): an item's
    // piece read as the name ("Phòng Đ") is none, and the name stands under the list's file copy, the seal's specks before
    // it and the family name's capital perhaps lost ("õ" for Võ, FamilyLostCapital): that name, or null.
    public string? NameUnderListEnd(SearchLines lines)
    {
        var archive = LastFileCopyItem(lines);
        if (archive < 0) return null;
        if (beside.NameUnderArchive(lines, archive) is { } name) return name;
        for (int k = archive + 1, written = 0; k < lines.Count && written < UnderArchiveLines; k++)
        {
            var line = lines[k].Clean.Trim();
            if (line.Length == 0) continue;
            written++;
            var at = 0;
            while (at < line.Length && !char.IsLetter(line[at])) at++;
            var words = line[at..].TrimEnd(SignerWords.NameEnds).Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (words.Length is >= 3 and <= 4 && signerWords.LooksLikeName(line[at..]) && signerWords.FamilyLostCapital(words) is { } family)
                return family + " " + string.Join(' ', words[1..]);
        }
        return null;
    }

    // How many written lines under the file copy the name may stand, the seal's specks between (as SignatureBesideList reads).
    private const int UnderArchiveLines = 6;

    private static int LastFileCopyItem(SearchLines lines)
    {
        for (var i = lines.Count - 1; i >= Math.Max(0, lines.Count - SignerParser.MaxLinesBack); i--)
            if (RecipientList.IsFileCopyItem(lines[i].Clean.Trim(' ', '|'))) return i;
        return -1;
    }
}
