using Ingest.Indexer.Text;

namespace Ingest.Indexer.Parsing.Recipients;

/// <summary>
/// The deputy's position a "KT." line implies, where OCR damaged the one written under it: "KT. TỎNG GIÁM ĐÓC" over
/// "PHONG GIÁM ĐÓC" (ip-bhxh-vn-cv-csyt-2015-ocr, "PHÓ TỔNG" read as one word) is "PHÓ TỔNG GIÁM ĐỐC" (tests/corpus/README.md,
/// the `ip-` rule on signature blocks). Only a position a letter or two away from "PHÓ" + the principal's, spelled as the
/// title heads spell it; any other position ("KT. BỘ TRƯỞNG" / "THỨ TRƯỞNG") stays as written. Immutable and thread-safe.
/// </summary>
internal sealed class DeputyTitle
{
    private const int MaxEdits = 2;
    private readonly Dictionary<string, string> _bySqueezed;

    /// <param name="titleHeads">The title heads as spelled ("PHÓ TỔNG GIÁM ĐỐC").</param>
    public DeputyTitle(IEnumerable<string> titleHeads) =>
        _bySqueezed = titleHeads.Where(h => h.Contains(' ') && !h.EndsWith('.')).GroupBy(LetterDistance.Letters).ToDictionary(g => g.Key, g => g.First());

    /// <summary>The position to keep for <paramref name="title"/> under <paramref name="authority"/>'s last line.</summary>
    public string Repair(string title, IReadOnlyList<string> authority)
    {
        if (authority.Count == 0) return title;
        var mark = TextFolding.FoldLoose(authority[^1]);
        if (!mark.StartsWith("kt.", StringComparison.Ordinal) && !mark.StartsWith("k/t", StringComparison.Ordinal)) return title;
        var principal = LetterDistance.Letters(mark[3..]);
        var deputy = "pho" + principal;
        var written = LetterDistance.Letters(title);
        // "KT. CHỦ TỊCH" over "— no CHU TỊCH" (js-ubnd-tien-giang-qd-2025-ocr): the principal's own position under the mark
        // that signs for the principal is the deputy's, its "PHÓ" lost in the seal's debris.
        if (written == principal && _bySqueezed.TryGetValue(deputy, out var lost)) return lost;
        // A position the heads know as written ("PHÓ CHỦ TỊCH"), or "PHÓ" shortened ("P.HIỆU TRƯỞNG"), is no damaged one.
        if (_bySqueezed.ContainsKey(written) || written == "p" + principal || !_bySqueezed.TryGetValue(deputy, out var spelled)) return title;
        return written.Length > 3 && LetterDistance.Edits(written, deputy) <= MaxEdits ? spelled : title;
    }

    // A line of OCR debris read where the position stood: its last letters are compared, the debris before them
    // ("z2“=“-qỨ TRƯỞNG") being the stamp's or the signature's.
    private const int MaxDebrisEdits = 3;

    /// <summary>
    /// The deputy's position a "KT." line <paramref name="authority"/> names ("KT. CHỦ TỊCH" → "PHÓ CHỦ TỊCH", "KT. BỘ
    /// TRƯỞNG" → "THỨ TRƯỞNG"), spelled as the title heads spell it; null for any other line or a deputy they do not know.
    /// </summary>
    public string? Of(string authority)
    {
        var mark = TextFolding.FoldLoose(authority);
        if (!mark.StartsWith("kt.", StringComparison.Ordinal) && !mark.StartsWith("k/t", StringComparison.Ordinal)) return null;
        var principal = LetterDistance.Letters(mark[3..]);
        return _bySqueezed.TryGetValue(principal == "botruong" ? "thutruong" : "pho" + principal, out var spelled) ? spelled : null;
    }

    /// <summary>
    /// The deputy's position that the authority line <paramref name="authority"/> ("KT. BỘ TRƯỞNG", "KT. GIÁM ĐỐC") implies,
    /// when <paramref name="damaged"/>, the line under it, is that position as OCR damaged it ("z2“=“-qỨ TRƯỞNG", "=. Ứ
    /// TRUƯ ỞNG" for "THỨ TRƯỞNG": corpus README, the `iq-` batch); null otherwise.
    /// </summary>
    public string? Implied(string authority, string damaged)
    {
        var mark = TextFolding.FoldLoose(authority);
        if (!mark.StartsWith("kt.", StringComparison.Ordinal) && !mark.StartsWith("k/t", StringComparison.Ordinal)) return null;
        var principal = LetterDistance.Letters(mark[3..]);
        // A minister's deputy is a Thứ trưởng; every other principal's is the same position with "Phó".
        var deputy = principal == "botruong" ? "thutruong" : "pho" + principal;
        if (!_bySqueezed.TryGetValue(deputy, out var spelled)) return null;
        var written = LetterDistance.Letters(damaged);
        if (written.Length < deputy.Length - MaxDebrisEdits) return null;
        var tail = written.Length > deputy.Length ? written[^deputy.Length..] : written;
        return LetterDistance.Edits(tail, deputy) <= MaxDebrisEdits ? spelled : null;
    }
}
