using System.Text.RegularExpressions;
using Ingest.Indexer.Parsing.Tables;
using Ingest.Indexer.Text;

namespace Ingest.Indexer.Parsing.Citations;

/// <summary>
/// Reads a document named with no number by what it is about: reported issued ("UBND tỉnh vừa có Công điện về việc đẩy
/// nhanh …"), named by its issuer and subject ("Thực hiện Chỉ thị của Ban Thường vụ Tỉnh ủy về tăng cường …"), or a plan
/// whose subject is carrying out a cited document ("Chương trình hành động thực hiện Nghị quyết số 57-NQ/TW"). Pure and
/// thread-safe.
/// </summary>
internal sealed partial class SubjectNamingReader
{
    private readonly DomainTables _tables;
    private readonly SymbolParser _symbols;
    private readonly IssuerReader _issuers;
    private readonly NamedCitationReader _named;
    private readonly PhraseMatcher _typeWords;
    private readonly TypeWordSpellings _spellings;
    private readonly IssuingActs _acts;
    private readonly GenericDeterminers _generic;
    private readonly SelfReference _selfReference;

    public SubjectNamingReader(DomainTables tables, SymbolParser symbols, IssuerReader issuers, NamedCitationReader named,
        PhraseMatcher typeWords, TypeWordSpellings spellings, IssuingActs acts, GenericDeterminers generic, SelfReference selfReference)
    {
        (_tables, _symbols, _issuers, _named, _typeWords) = (tables, symbols, issuers, named, typeWords);
        (_spellings, _acts, _generic, _selfReference) = (spellings, acts, generic, selfReference);
    }


    // "UBND tỉnh vừa có Công điện về việc đẩy nhanh …", "vừa ban hành Kế hoạch sắp xếp đơn vị hành chính cấp huyện, cấp
    // xã …": any document named by its type and subject, with no number, where the sentence reports that another body
    // issued it (reportedIssuingBefore), is a citation by name; its text runs over the subject (tests/corpus/README.md,
    // decided with the ie- batch). The subject is the clause after the type word, up to a bracket, a purpose ("nhằm")
    // or, where it is a quoted title, its closing quote; a type word with no subject ("của UBND tỉnh", "năm 2021",
    // "này", a number) names no one document.
    public CitationDraft? Reported(TextView view, DocumentTypeRow type, TypeWord m, CitationDraft? previous)
    {
        var (n, f) = (view.Normalized, view.Folded);
        var p = m.Index + m.Length;
        // Announced, only with its issuer: "công bố Quyết định kiểm tra, giám sát của Bộ Chính trị …" (hz-058) names a
        // kind of decision, not one by its subject.
        // So is the next item of such a list, named by its issuer as the first was ("công bố Quyết định của Bộ trưởng Bộ
        // Công an về …và Quyết định của Giám đốc Công an tỉnh về công tác cán bộ", ml-019).
        var listed = _acts.ReportedInList(f, type, m.Index, previous);
        var announced = f.AsSpan(p).StartsWith(" cua ", StringComparison.Ordinal) && (_acts.IsAnnounced(f, m.Index) || listed && previous!.Issuer is not null);
        // "văn bản" is any text, no type word of its own: only a number makes it a Công văn.
        // "Ban Bí thư Trung ương Đảng đã ban hành “Hướng dẫn khung để các cấp ủy …”" (jl-022): a quote that opens the
        // document's title stands between the reporting verb and its type word.
        var q = m.Index;
        while (q > 0 && f[q - 1] == '"') q--;
        if (!(announced || listed || _acts.ReportedBefore(view, type, m.Index) || q < m.Index && _acts.ReportedAsWords(f, q))
            || p + 2 >= n.Length || n[p] != ' ' || f.AsSpan(m.Index, m.Length).SequenceEqual("van ban")) return null;
        var first = n[p + 1];
        if (!(char.IsLetter(first) || first is '"' or '“')) return null;
        string? issuer = null;
        // "công bố Nghị quyết của Thường trực HĐND TP Hà Nội về việc chỉ định …" (il-037), "công bố Quyết định của Thủ
        // tướng Chính phủ công nhận huyện Định Hóa đạt chuẩn Nông thôn mới năm 2023" (ig-047): an announced document
        // named by its issuer and then its subject is one document; its issuer alone names none (rule 4 of the plans rule).
        if (announced)
        {
            if (_issuers.Read(n, f, p + 5) is not { } by || !SubjectFollows(view, by.End)) return null;
            issuer = by.Text;
        }
        else if (NoSubject().IsMatch(f.AsSpan(p))) return null;
        var end = NextNamedByIssuer(view, p + 1, Math.Min(CitationTailReader.ClauseEnd(n, p + 1), view.NextLineStart(p + 1)), type);
        foreach (var stop in (ReadOnlySpan<string>)[" (", " nham "])
        {
            var at = f.IndexOf(stop, p, end - p, StringComparison.Ordinal);
            if (at > p) end = at;
        }
        var open = f.IndexOf('"', p, end - p);
        if (open > p)
        {
            var close = f.IndexOf('"', open + 1, end - open - 1);
            if (close > open && close + 1 < end && f[close + 1] == ',') end = close + 1;
        }
        while (end > p && n[end - 1] is ' ' or ',') end--;
        var words = n[(p + 1)..end].Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        if (words < 2 || words > 60) return null;
        // "Hướng dẫn tuyên truyền tháng 7 năm 2025 Ngày 27/6/2025, Ban Tuyên giáo ban hành Hướng dẫn tuyên truyền tháng
        // 7 năm 2025.": a portal's page under the document's own title, which its dated line repeats, is that document.
        if (!_acts.ReportedPlainly(f, type, m.Index) && f.AsSpan(0, m.Index).Contains(f.AsSpan(m.Index, end - m.Index), StringComparison.Ordinal)) return null;
        return new CitationDraft { Type = type, Start = m.Index, End = end, ScopeEnd = end, Name = n[(p + 1)..end], Issuer = issuer, IsReported = true };
    }

    // "Thực hiện Chỉ thị của Ban Thường vụ Tỉnh ủy về tăng cường lãnh đạo công tác phòng, chống thiên tai", "theo Hướng dẫn
    // của Ban Tuyên giáo Trung ương về tuyên truyền kỷ niệm …": a capitalized type word, the body that issued it and what it
    // is about ("về", "về việc", "V/v") name one document with no number (tests/corpus/README.md: documents named by type
    // and subject, il- "Nghị quyết của Thường trực HĐND TP Hà Nội về việc …"; hx-051, nw-087). Its issuer alone names none
    // (rule 4 of the plans rule), nor does a plural, a count ("ba Nghị quyết của …"), a draft, or the text itself. Its text
    // ends with the issuer, as a numbered citation's does; the subject is its scope, so what that names is read as inside it.
    public CitationDraft? OfIssuerAbout(TextView view, DocumentTypeRow type, TypeWord m, string? ownTitleFolded)
    {
        var (n, f) = (view.Normalized, view.Folded);
        var p = m.Index + m.Length;
        if (!char.IsUpper(n[m.Index]) || f.AsSpan(m.Index, m.Length).SequenceEqual("van ban")) return null;
        // "Nghị quyết HĐND tỉnh về nhiệm vụ …", "Nghị quyết Hội đồng nhân dân tỉnh về kế hoạch phát triển kinh tế - xã hội
        // 5 năm 2006-2010": a local council or committee, short or spelled out, then its jurisdiction, may follow the type
        // word with no "của".
        var of = f.AsSpan(p).StartsWith(" cua ") ? p + 5 : LocalBodyAt(n, f, p) ? p + 1 : -1;
        if (of < 0) return null;
        var before = f.AsSpan(Math.Max(0, m.Index - 24), Math.Min(24, m.Index));
        if (_generic.EndBefore(before)) return null;
        if (_generic.InGenericList(before) || SpelledCounts.CountedBefore(view, m.Index)) return null;
        if (_issuers.Read(n, f, of) is not { } by || !char.IsUpper(by.Text[0])) return null;
        var lead = AboutLead().Match(f, by.End);
        if (!lead.Success || _acts.IsDrafted(view, m.Index)) return null;
        var start = lead.Index + lead.Length;
        var end = NextNamedByIssuer(view, start, Math.Min(CitationTailReader.ClauseEnd(n, start), view.NextLineStart(start)));
        var open = f.IndexOf(" (", start, end - start, StringComparison.Ordinal);
        if (open > start) end = open;
        while (end > start && n[end - 1] is ' ' or ',') end--;
        var words = n[start..end].Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        if (words < 2 || words > 60) return null;
        var draft = new CitationDraft { Type = type, Start = m.Index, End = by.End, ScopeEnd = end, Issuer = by.Text, Subject = n[start..end], Name = n[(p + 1)..end] };
        return _selfReference.IsSelfReference(view, draft, m.Index, ownTitleFolded) ? null : draft;
    }

    [GeneratedRegex(@"\G,?\x20(?:ve viec|v/v|ve)\x20(?=[a-z""])", RegexOptions.CultureInvariant)]
    private static partial Regex AboutLead();

    // "… Công văn của Tỉnh ủy về tổ chức Tết Ất Tỵ năm 2025, Chỉ thị của Chủ tịch UBND tỉnh về việc …" (ju-008), "công bố
    // Quyết định của Bộ trưởng Bộ Công an về giải thể …và Quyết định của Giám đốc Công an tỉnh về công tác cán bộ"
    // (ml-019): a subject ends where a comma or "và" brings the next document of a list, named as it was by a
    // capitalized type word and the body that issued it; that one is read on its own (tests/corpus/README.md, documents
    // by issuer and subject). "Nghị quyết về phân bổ ngân sách địa phương năm 2025, Nghị quyết về giao biên chế …"
    // (jp-008): after a comma, a capitalized type word of the document's own <paramref name="listed"/> type opens the
    // next item of its list however that one is named. The end of the subject read from <paramref name="start"/>, at
    // most <paramref name="end"/>.
    private int NextNamedByIssuer(TextView view, int start, int end, DocumentTypeRow? listed = null)
    {
        var (n, f) = (view.Normalized, view.Folded);
        for (var at = f.IndexOf(' ', start, end - start); at > 0 && at + 1 < end; at = f.IndexOf(' ', at + 1, end - at - 1))
        {
            var next = f[at - 1] == ',' ? at + 1 : f.AsSpan(at).StartsWith(" va ") ? at + 4 : -1;
            if (next < 0 || next >= end || !char.IsUpper(n[next]) || _typeWords.MatchAt(f, next) is not { } word
                || _tables.TypeByWord(_spellings.TypeWordOf(word)) is not { } nextType) continue;
            if (f[at - 1] == ',' && nextType.Id == listed?.Id && next + word.Length < n.Length && n[next + word.Length] == ' ') return at - 1;
            if (!f.AsSpan(next + word.Length).StartsWith(" cua ")) continue;
            // "… về thực hiện Kết luận và Chỉ thị của Ban Bí thư về công tác dân vận": a bare type word before the comma or
            // "và" makes the two one object, both of the body named after the second, inside the first document's subject.
            if (EndsWithTypeWord(f, start, f[at - 1] == ',' ? at - 1 : at)) continue;
            if (_issuers.Read(n, f, next + word.Length + 5) is { } by && char.IsUpper(by.Text[0])) return f[at - 1] == ',' ? at - 1 : at;
        }
        return end;
    }

    // Whether a type word alone, as a word of its own, ends the folded text [start, end): "… thực hiện kết luận".
    private bool EndsWithTypeWord(string f, int start, int end)
    {
        for (int k = end - 1, words = 0; k > start && words < 3; k--)
        {
            if (f[k - 1] != ' ') continue;
            words++;
            if (_typeWords.MatchAt(f, k) is { } word && k + word.Length == end) return true;
        }
        return false;
    }

    // " HĐND tỉnh", " UBND huyện", " BTV Huyện ủy" is not one: an upper-case abbreviation of a body, then its jurisdiction word.
    [GeneratedRegex(@"\G\x20\p{Lu}[\p{Lu}&]{2,7}\x20(?:tỉnh|huyện|xã|quận|phường|thị xã|thị trấn|thành phố)(?![\p{L}])", RegexOptions.CultureInvariant)]
    private static partial Regex LocalBodyShortForm();

    // " Hội đồng nhân dân tỉnh", " Ủy ban nhân dân xã": the same bodies spelled out, capitalized.
    [GeneratedRegex(@"\G\x20(?:hoi dong|uy ban)\x20nhan dan\x20(?:tinh|huyen|xa|quan|phuong|thi xa|thi tran|thanh pho)(?![a-z])", RegexOptions.CultureInvariant)]
    private static partial Regex LocalBodySpelledOut();

    private static bool LocalBodyAt(string n, string f, int p) =>
        p + 1 < n.Length && char.IsUpper(n[p + 1]) && (LocalBodyShortForm().IsMatch(n, p) || LocalBodySpelledOut().IsMatch(f, p));

    // After an issuer's name: its subject, "về việc …" or a lower-case verb and its object ("công nhận huyện …").
    private static bool SubjectFollows(TextView view, int end)
    {
        var (n, f) = (view.Normalized, view.Folded);
        if (end + 2 >= n.Length || n[end] != ' ' || !char.IsLower(n[end + 1])) return false;
        return !NoSubject().IsMatch(f.AsSpan(end));
    }

    // "Chương trình hành động thực hiện Nghị quyết số 57-NQ/TW …", "đã phê duyệt Kế hoạch thực hiện Kết luận số
    // 80-KL/TW": a plan or programme (carries-out in document-types.json) whose subject is carrying out a numbered
    // document names one plan, standing on its own (tests/corpus/README.md, plans by name). Not where it is the
    // subject of the citation before it, what that one issues or approves ("Quyết định số … ban hành Kế hoạch thực
    // hiện …", "… phê duyệt Kế hoạch …", "về Kế hoạch …"), the text itself ("ban hành Kế hoạch thực hiện … như sau")
    // or a draft ("xây dựng Kế hoạch thực hiện …"). Its text ends where the carried-out citation begins; that one is
    // read on its own.
    public CitationDraft? CarriesOut(TextView view, DocumentTypeRow type, TypeWord m, string? ownTitleFolded)
    {
        if (!type.NamedForms.Contains("carries-out")) return null;
        var (n, f) = (view.Normalized, view.Folded);
        var link = CarryingOut().Match(f, m.Index + m.Length);
        if (!link.Success || _typeWords.MatchAt(f, link.Index + link.Length) is not { } inner
            || _tables.TypeByWord(_spellings.TypeWordOf(inner)) is not { } innerType) return null;
        var innerStart = link.Index + link.Length;
        var lead = NumberedCitationReader.NumberLead().Match(f, innerStart + inner.Length);
        var innerEnd = _symbols.ParseAt(view, lead.Index + lead.Length)?.End ?? ResolutionNamedAt(view, innerType, innerStart, inner.Length);
        if (innerEnd is null) return null;
        var before = f.AsSpan(Math.Max(0, m.Index - 24), Math.Min(24, m.Index));
        if (SubjectOfAnother().IsMatch(before) || _acts.IsDrafted(view, m.Index)) return null;
        var draft = new CitationDraft { Type = type, Start = m.Index, End = innerStart - 1, Name = n[(m.Index + m.Length + 1)..innerEnd.Value] };
        if (_selfReference.IsSelfReference(view, draft, m.Index, ownTitleFolded)) return null;
        draft.ScopeEnd = draft.End;
        return draft;
    }

    // "Chương trình hành động thực hiện Nghị quyết Đại hội Đảng bộ phường Long Xuyên lần thứ I": a congress's or plenum's
    // resolution carried out is named as surely as a number names one (tests/corpus/README.md, the ih- rule); its end.
    private int? ResolutionNamedAt(TextView view, DocumentTypeRow type, int start, int length)
    {
        if (!type.NamedForms.Contains("congress") && !type.NamedForms.Contains("plenum") || !char.IsUpper(view.Normalized[start])) return null;
        var probe = new CitationDraft { Type = type, Start = start, End = start + length };
        return _named.TryRead(view, probe, start + length) && probe.NamesOneDocument ? probe.End : null;
    }

    [GeneratedRegex(@"\G\x20(?:trien khai thuc hien|to chuc thuc hien|thuc hien|trien khai)\x20", RegexOptions.CultureInvariant)]
    private static partial Regex CarryingOut();

    // The verb or preposition of another citation's subject right before the plan: "… phê duyệt", "về việc", "kèm theo".
    [GeneratedRegex(@"(?:^|\x20)(?:(?<!(?:da|vua|moi)\x20)phe duyet|ve|ve viec|kem theo|ban hanh)\x20$", RegexOptions.CultureInvariant)]
    private static partial Regex SubjectOfAnother();

    [GeneratedRegex(@"^\x20(?:so|cua|nay|nam|tren|tai|cho|va|nhu|voi|[0-9])(?![a-z])", RegexOptions.CultureInvariant)]
    public static partial Regex NoSubject();
}
