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
    private readonly string[] _bodies;
    private readonly string[] _nameGoesOn;

    public CongressRepeat(DomainTables tables, IssuingActs acts)
    {
        _acts = acts;
        _bodies = (tables.Phrases.CongressBodies ?? []).Select(b => " " + TextFolding.FoldLoose(b)).OrderByDescending(b => b.Length).ToArray();
        _nameGoesOn = (tables.Phrases.CongressNameGoesOn ?? []).Select(w => " " + TextFolding.FoldLoose(w)).ToArray();
    }

    // The body whose congress it was (congressBodies in phrases.json: a Party committee, or a mass organisation whose
    // congress takes its members' name, "Đại hội đại biểu phụ nữ xã", "Đại hội Hội Nông dân huyện", "Đại hội đại biểu
    // MTTQ Việt Nam tỉnh"), with its level if written: where it ends after <paramref name="at"/>, or -1.
    private int CommitteeLevelEnd(string f, int at)
    {
        if (f.AsSpan(at).StartsWith(" dai bieu", StringComparison.Ordinal)) at += 9;
        var body = Array.Find(_bodies, b => f.AsSpan(at).StartsWith(b, StringComparison.Ordinal));
        if (body is null) return -1;
        at += body.Length;
        var level = Array.Find(Levels, l => f.AsSpan(at).StartsWith(l, StringComparison.Ordinal) && !LetterAt(f, at + l.Length));
        if (level is not null) at += level.Length;
        return LetterAt(f, at) ? -1 : at;
    }

    private static readonly string[] Levels = [" thanh pho", " thi tran", " thi xa", " tinh", " huyen", " quan", " xa", " phuong"];

    private static bool LetterAt(string f, int at) => at < f.Length && char.IsAsciiLetterLower(f[at]);

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
        if (CommitteeLevelEnd(f, end) is var levelEnd and >= 0)
        {
            end = levelEnd;
            if (end < f.Length && f[end] is not ('.' or ';') && !SentenceGoesOn(view, end) && !CongressListGoesOn().IsMatch(f, end)) return null;
        }
        else if (end < f.Length && !(f[end] is ',' or '.' or ';' or ')' || CongressRepeatGoesOn().IsMatch(f, end))) return null;
        CitationDraft? congress = null;
        for (var i = drafts.Count - 1; i >= 0 && congress is null; i--)
            if (drafts[i].NamesOneDocument && drafts[i].Type.Id == type.Id && drafts[i].Name is { } name && TextFolding.FoldLoose(name).Contains("dai hoi", StringComparison.Ordinal))
                congress = drafts[i];
        if (_acts.IsDrafted(view, m.Index)) return null;
        if (congress is null && RepeatsADraft(view, m.Index)) return null;
        // "tất cả các chỉ tiêu đạt và vượt mục tiêu Nghị quyết Đại hội." (it-027, news of a commune Party congress): with
        // no congress cited before, it is the resolution of the congress the text reports, cited by name all the same
        // (tests/corpus/README.md, the `ii-` and `it-` rules); its name is the one written.
        // A heading in capitals ("NGHỊ QUYẾT ĐẠI HỘI") is a title, the text's own.
        if (congress is null)
            return !char.IsLower(n[abbreviated ? p + 2 : m.Index + 1]) ? null : new CitationDraft { Type = type, Start = m.Index, End = end, ScopeEnd = end, Name = n[(p + 1)..end], NamesOneDocument = true };
        return new CitationDraft { Type = type, Start = m.Index, End = end, ScopeEnd = end, Name = congress.Name, Issuer = congress.Issuer, NamesOneDocument = true };
    }

    // "… góp ý vào dự thảo văn kiện …; dự thảo Nghị quyết Đại hội và Chương trình hành động thực hiện Nghị quyết Đại hội./."
    // (jz-025, before a congress): with no congress cited, a repeat takes the resolution named before it in its clause, and
    // where that one was a draft, the repeat is the same draft, not yet a document.
    private bool RepeatsADraft(TextView view, int start)
    {
        var f = view.Folded;
        var clause = Math.Max(0, f.AsSpan(0, start).LastIndexOfAny(".;:") + 1);
        var before = f.AsSpan(clause, start - clause).LastIndexOf(ResolutionOfCongress, StringComparison.Ordinal);
        return before >= 0 && _acts.IsDrafted(view, clause + before);
    }

    private const string ResolutionOfCongress = "nghi quyet dai hoi";

    [GeneratedRegex(@"\G\x20(?:vao|di|da|de ra|va|dat)(?![a-z])", RegexOptions.CultureInvariant)]
    private static partial Regex CongressRepeatGoesOn();

    // "triển khai thực hiện Nghị quyết Đại hội Đảng bộ phường nghiêm túc, khoa học" (kf-075), "thực hiện thắng lợi Nghị
    // quyết Đại hội đại biểu MTTQ Việt Nam tỉnh đã đề ra" (kt-045): after a committee's level, a word in lower case is
    // the sentence going on (a verb, an adverb), unless it goes on with the congress's own name, the many congresses
    // of "các nhiệm kỳ", "qua các kỳ", or its term and ordinal (congressNameGoesOn in phrases.json).
    private bool SentenceGoesOn(TextView view, int end)
    {
        var (n, f) = (view.Normalized, view.Folded);
        if (CongressRepeatGoesOn().IsMatch(f, end)) return true;
        if (end + 1 >= n.Length || n[end] != ' ' || !char.IsLower(n[end + 1])) return false;
        foreach (var words in _nameGoesOn)
            if (f.AsSpan(end).StartsWith(words, StringComparison.Ordinal) && (end + words.Length == f.Length || !char.IsAsciiLetter(f[end + words.Length]))) return false;
        return true;
    }

    // "bám sát sự chỉ đạo, hướng dẫn của Thành ủy; Nghị quyết Đại hội Đảng bộ huyện, tích cực nghiên cứu, học hỏi …" (lz-009,
    // phuxuyen.hanoi.gov.vn): a comma that goes on to the sentence's next phrase ends the one committee's congress; a comma
    // before another level or a plural ("Đảng bộ tỉnh, huyện", "Đảng bộ xã, thị trấn", "…, các cấp") lists many.
    [GeneratedRegex(@"\G,\x20(?!(?:tinh|thanh pho|huyen|quan|thi xa|xa|phuong|thi tran|cac|co so|chi bo|dang bo|cap)(?![a-z]))[a-z]", RegexOptions.CultureInvariant)]
    private static partial Regex CongressListGoesOn();

}
