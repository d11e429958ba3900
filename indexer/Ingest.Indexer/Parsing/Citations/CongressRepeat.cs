using System.Text.RegularExpressions;
using Ingest.Indexer.Parsing.Tables;
using Ingest.Indexer.Text;

namespace Ingest.Indexer.Parsing.Citations;

/// <summary>
/// Reads "Nghị quyết Đại hội" with no congress named after it, or only a Party committee's level ("Nghị quyết Đại hội
/// Đảng bộ tỉnh."), as a repeat of the congress resolution the text has cited by name, or of the one the text reports
/// where none was cited (cp-064, it-027, je-007). Pure and thread-safe.
/// </summary>
internal sealed partial class CongressRepeat
{
    private readonly IssuingActs _acts;

    public CongressRepeat(IssuingActs acts) => _acts = acts;


    // "… thực hiện Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng, góp phần sớm đưa Nghị quyết Đại hội vào
    // cuộc sống" (cp-064): "Nghị quyết Đại hội" with no congress after it (capitals on both) repeats the congress resolution the text has
    // cited, as "Chỉ thị 19" repeats 19/CT-TTg; it takes that one's name, so both key alike. Only where the sentence
    // goes on at once ("vào", "đã", a comma): "Nghị quyết Đại hội đảng bộ các cấp" is many, "thảo luận xây dựng Nghị
    // quyết Đại hội về …" (hz-025) one still drafted.
    // "theo NQ Đại hội Đảng bộ huyện đề ra" (mk-010): the abbreviation, in capitals as it is always written, names it as
    // the type word does; whether it is a heading is then told by "Đại hội".
    public CitationDraft? Read(TextView view, DocumentTypeRow type, TypeWord m, List<CitationDraft> drafts, bool abbreviated = false)
    {
        var (n, f) = (view.Normalized, view.Folded);
        var p = m.Index + m.Length;
        if (!type.NamedForms.Contains("congress") || !char.IsUpper(n[m.Index]) || !f.AsSpan(p).StartsWith(" dai hoi") || !char.IsUpper(n[p + 1])) return null;
        var end = p + 8;
        // "theo tinh thần Nghị quyết Đại hội Đảng bộ tỉnh." (je-007), "… tổ chức thực hiện Nghị quyết Đại hội đại biểu Đảng
        // bộ xã." (hz-043): one Party committee's congress named by its level alone, where the clause ends, is the one that
        // committee last held, as "Nghị quyết Đại hội" alone is; "Đảng bộ tỉnh, huyện" or "Đảng bộ các cấp" are many. So is
        // the text's own committee or mass organisation where the sentence goes on ("chỉ tiêu Nghị quyết Đại hội Đảng bộ đề
        // ra", kl-034; "chỉ tiêu thực hiện Nghị quyết Đại hội đại biểu phụ nữ xã đạt và vượt", kl-021).
        if (CommitteeLevel().Match(f, end) is { Success: true } level)
        {
            end = level.Index + level.Length;
            if (end < f.Length && f[end] is not ('.' or ';') && !CongressRepeatGoesOn().IsMatch(f, end) && !CongressListGoesOn().IsMatch(f, end)) return null;
        }
        else if (end < f.Length && !(f[end] is ',' or '.' or ';' or ')' || CongressRepeatGoesOn().IsMatch(f, end))) return null;
        CitationDraft? congress = null;
        for (var i = drafts.Count - 1; i >= 0 && congress is null; i--)
            if (drafts[i].NamesOneDocument && drafts[i].Type.Id == type.Id && drafts[i].Name is { } name && TextFolding.FoldLoose(name).Contains("dai hoi", StringComparison.Ordinal))
                congress = drafts[i];
        if (_acts.IsDrafted(view, m.Index)) return null;
        // "tất cả các chỉ tiêu đạt và vượt mục tiêu Nghị quyết Đại hội." (it-027, news of a commune Party congress): with
        // no congress cited before, it is the resolution of the congress the text reports, cited by name all the same
        // (tests/corpus/README.md, the `ii-` and `it-` rules); its name is the one written.
        // A heading in capitals ("NGHỊ QUYẾT ĐẠI HỘI") is a title, the text's own.
        if (congress is null)
            return !char.IsLower(n[abbreviated ? p + 2 : m.Index + 1]) ? null : new CitationDraft { Type = type, Start = m.Index, End = end, ScopeEnd = end, Name = n[(p + 1)..end], NamesOneDocument = true };
        return new CitationDraft { Type = type, Start = m.Index, End = end, ScopeEnd = end, Name = congress.Name, Issuer = congress.Issuer, NamesOneDocument = true };
    }

    [GeneratedRegex(@"\G\x20(?:vao|di|da|de ra|va|dat)(?![a-z])", RegexOptions.CultureInvariant)]
    private static partial Regex CongressRepeatGoesOn();

    // "bám sát sự chỉ đạo, hướng dẫn của Thành ủy; Nghị quyết Đại hội Đảng bộ huyện, tích cực nghiên cứu, học hỏi …" (lz-009,
    // phuxuyen.hanoi.gov.vn): a comma that goes on to the sentence's next phrase ends the one committee's congress; a comma
    // before another level or a plural ("Đảng bộ tỉnh, huyện", "Đảng bộ xã, thị trấn", "…, các cấp") lists many.
    [GeneratedRegex(@"\G,\x20(?!(?:tinh|thanh pho|huyen|quan|thi xa|xa|phuong|thi tran|cac|co so|chi bo|dang bo|cap)(?![a-z]))[a-z]", RegexOptions.CultureInvariant)]
    private static partial Regex CongressListGoesOn();

    // The body whose congress it was: a Party committee, or a mass organisation whose congress takes its members' name
    // ("Đại hội đại biểu phụ nữ xã", "Đại hội Hội Nông dân huyện"), with its level if written.
    [GeneratedRegex(@"\G(?:\x20dai bieu)?\x20(?:dang bo|phu nu|hoi (?:lien hiep phu nu|nong dan|cuu chien binh))(?:\x20(?:tinh|thanh pho|huyen|quan|thi xa|xa|phuong|thi tran))?(?![a-z])", RegexOptions.CultureInvariant)]
    private static partial Regex CommitteeLevel();
}
