using System.Text.RegularExpressions;
using Ingest.Indexer.Model;
using Ingest.Indexer.Parsing.Citations;
using Ingest.Indexer.Parsing.Tables;
using Ingest.Indexer.Text;

namespace Ingest.Indexer.Parsing.Header;

/// <summary>
/// Reads the sentence in which a plan names its own issuer ("UBND huyện X ban hành Kế hoạch … như sau", "Phòng
/// Giáo dục và Đào tạo hướng dẫn …:") in the first part of the body, outside citations of other bodies'
/// documents. Pure and thread-safe; never throws on any text.
/// </summary>
public sealed partial class SelfStatementReader
{
    /// <summary>How far into the text a self-statement is looked for.</summary>
    public const int Window = 6000;
    private readonly DomainTables _tables;
    private readonly IssuerReader _reader;
    private readonly IssuerUnitReader _units;
    private readonly PhraseMatcher _agencies;
    private readonly HashSet<string> _listed;
    private readonly string[] _selfVerbs;
    private readonly string[] _selfCues;
    private readonly string[] _kindAloneVerbs;
    private readonly SelfReferenceType _selfReference;
    private readonly string[] _addresseeCues;

    /// <summary>Builds the reader from the tables; throws only on an invalid table.</summary>
    public SelfStatementReader(DomainTables tables, IssuerReader reader, IssuerUnitReader units)
    {
        _tables = tables;
        _reader = reader;
        _units = units;
        // A speaker is found by a listed name or by the head word of any body ("Trường", "Ban", "Hội"): no list
        // of bodies can be whole, so the list only names them.
        _listed = tables.Agencies.Select(a => TextFolding.FoldLoose(a.Text)).ToHashSet(StringComparer.Ordinal);
        var all = _listed.Concat(units.HeadTexts.Select(TextFolding.FoldLoose)).Distinct().OrderByDescending(n => n.Length);
        // Found at word starts through a first-word table: an alternation of every name, tried at every letter of the
        // window, was a twentieth of a parse (issue 10, parser speed).
        _agencies = new PhraseMatcher(all);
        var raw = DomainTables.Read("agencies.json", TableJson.Default.AgencyPhrasesFile);
        _selfVerbs = raw.SelfVerbs.Select(TextFolding.FoldLoose).ToArray();
        _selfCues = raw.SelfCues.Select(TextFolding.FoldLoose).ToArray();
        _kindAloneVerbs = (raw.KindAloneVerbs ?? []).Select(TextFolding.FoldLoose).ToArray();
        _selfReference = new SelfReferenceType(tables);
        _addresseeCues = (raw.AddresseeCues ?? []).Select(TextFolding.FoldLoose).ToArray();
    }

    // "Văn phòng UBND tỉnh thông báo", "Thường trực Hội đồng nhân dân xã xây dựng …", "Ban thư ký Ủy ban Hội …
    // hướng dẫn": a name that ends a longer body's name (the words before it open another body) speaks as part of
    // that body. Its start, or null. Four words reach a board named by a task of two: "Hội đồng tuyển sinh trường MN
    // Kiến Hưng xây dựng kế hoạch …" (ir-mn-kien-hung-kh-tuyen-sinh-2025-headerless-portal).
    private const int MaxLongerNameWords = 4;

    private int? LongerNameStart(string n, int at, int end)
    {
        var words = new List<(int Start, string Text)>();
        var p = at;
        while (words.Count < MaxLongerNameWords)
        {
            while (p > 0 && n[p - 1] == ' ') p--;
            var e = p;
            while (p > 0 && n[p - 1] != ' ') p--;
            if (e == p || !char.IsLetter(n[e - 1])) break;
            words.Insert(0, (p, n[p..e]));
        }
        var own = TextFolding.FoldLoose(n[at..end]);
        // The longest run of words before the name that opens with a body's head word, capitalized as a name is
        // ("… làm sạch môi trường / Ủy ban nhân dân phường …": the "trường" of "môi trường" opens nothing).
        for (var k = 0; k < words.Count; k++)
        {
            if (!char.IsUpper(words[k].Text[0])) continue;
            var unit = _units.ReadName(string.Join(' ', words.Skip(k).Select(w => w.Text)) + " " + n[at..end]);
            if (unit?.Head is not { } head || own.StartsWith(TextFolding.FoldLoose(head.Text), StringComparison.Ordinal)) continue;
            if (TextFolding.FoldLoose(words[k].Text) == TextFolding.FoldLoose(head.Text).Split(' ')[0]) return words[k].Start;
        }
        return null;
    }

    private static readonly string[] JointOfficeLeads = ["van phong hdnd va ", "van phong hoi dong nhan dan va "];

    // "Văn phòng HĐND và UBND thành phố thông báo …": the joint office of a district's council and committee speaks,
    // not the committee its name ends with. Where the office's name starts, or null.
    private static int? JointOfficeStart(string n, string f, int at, int end)
    {
        if (f[at..end] is not ("ubnd" or "uy ban nhan dan")) return null;
        foreach (var lead in JointOfficeLeads)
        {
            var start = at - lead.Length;
            if (start < 0 || start > 0 && char.IsLetterOrDigit(f[start - 1])) continue;
            if (string.CompareOrdinal(f, start, lead, 0, lead.Length) == 0 && char.IsUpper(n[start])) return start;
        }
        return null;
    }

    /// <summary>The speaker's name as written and the sentence as evidence, or null when the text names none.
    /// <paramref name="citations"/>: normalized spans of citations; <paramref name="bodyStart"/>: where the header ends;
    /// <paramref name="ownNumber"/>: the document's own number, which a sentence naming its issuer may give.</summary>
    public (string Name, Evidence Evidence)? Read(TextView view, IReadOnlyList<(int Start, int End)> citations, int bodyStart, string? docType, string? ownNumber = null)
    {
        var own = ownNumber is null ? null : TextFolding.Fold(ownNumber);
        var f = view.Folded;
        var limit = Math.Min(f.Length, Window);
        var cited = new SpanSet(citations);
        // The window read in place, its matches as positions: a copy of it and a Match for every body named in it
        // were a twentieth of a parse's allocation (docs/BENCHMARKS.md).
        foreach (var (index, matchEnd, phrase) in _agencies.Matches(f))
        {
            if (matchEnd > limit) break;
            var m = (Index: index, Length: matchEnd - index);
            // Inside the header a body's name is the block itself, or the number's code ("Số /NQ-HĐND").
            if (m.Index < bodyStart || cited.Contains(m.Index) || AddressedAt(f, m.Index)) continue;
            var value = phrase; // the matched text itself, as the matcher compares it whole (not a copy of it)
            // A head word alone names a body only capitalized ("Trường mầm non …", not "trường hợp").
            var listed = _listed.Contains(value);
            if (!listed && !char.IsUpper(view.Normalized[m.Index]) && !EndsWithCapitalCode(view.Normalized, m.Index, m.Index + m.Length)
                && !OpensClause(view, m.Index)) continue;
            if (_reader.Read(view.Normalized, f, m.Index) is not { } read) continue;
            var issuer = WholeName(view.Normalized, f, m.Index, read.End, m.Index + m.Length);
            if (value == "bo") issuer = MinistryFields(view.Normalized, f, m.Index, issuer);
            // "Ban", "Trường" with nothing after them name no body.
            if (!listed && issuer.End <= m.Index + m.Length) continue;
            if (TaskNamedEnd(view, issuer.Text, issuer.End) is { } taskEnd) issuer = (view.Normalized[m.Index..taskEnd], taskEnd);
            var saidAt = AfterShortName(view.Normalized, issuer.End);
            // "… đã ban hành", and a portal's report of it, "UBND huyện Khánh Vĩnh (Khánh Hòa) vừa ban hành kế hoạch …".
            if (string.CompareOrdinal(f, saidAt, "da ", 0, 3) == 0 || string.CompareOrdinal(f, saidAt, "vua ", 0, 4) == 0) saidAt = f.IndexOf(' ', saidAt) + 1;
            // "Trường Mầm non Phường 1 xin thông báo đến toàn thể quý phụ huynh …" (lv-mn-phuong-1-q10-tb-2020-nghi-hoc-
            // headerless), "Văn phòng Chính phủ xin thông báo …": the polite "xin" before the verb (and before "trân trọng").
            if (string.CompareOrdinal(f, saidAt, "xin ", 0, 4) == 0) saidAt += 4;
            // "Trường MN Trung Giã kính gửi thông báo đến quý phụ huynh học sinh:" (lv-mn-trung-gia-tb-2021-nghi-hoc-
            // headerless): "kính gửi" as a courtesy before the verb, not the salutation "Kính gửi: …" or a letter's
            // "… kính gửi Sở Nội vụ tổng hợp" (iu-hoi-nong-dan-lam-dong-cv-52-2025-ocr), where no verb follows it.
            if (string.CompareOrdinal(f, saidAt, "kinh gui ", 0, 9) == 0 && VerbAt(f, saidAt + 9) is not null) saidAt += 9;
            // "UBND phường trân trọng thông báo tới Nhân dân …": the courtesy before the verb, whose first word a name
            // reader may take for the place's ("phường trân").
            if (string.CompareOrdinal(f, saidAt, "tran trong ", 0, 11) == 0) saidAt += 11;
            else if (issuer.End >= m.Index + m.Length + 5 && string.CompareOrdinal(f, issuer.End - 5, " tran", 0, 5) == 0
                && string.CompareOrdinal(f, saidAt, "trong ", 0, 6) == 0)
            {
                issuer = (view.Normalized[m.Index..(issuer.End - 5)], issuer.End - 5);
                saidAt += 6;
            }
            // "…, UBND xã Hiệp Hoà Thông báo như sau:" (jp-ubnd-xa-hiep-hoa-tb-2024-nghi-tet-headerless): the verb written
            // with a capital, whose first syllable the name reader took for the place's last; the name ends before it.
            if (CapitalVerbStart(view.Normalized, f, m.Index + m.Length, issuer.End) is { } verbStart)
            {
                issuer = (view.Normalized[m.Index..(verbStart - 1)], verbStart - 1);
                saidAt = verbStart;
            }
            // The verb first, which is cheap; the clause only for a speaker that has one.
            if (VerbAt(f, saidAt) is not { } verb)
            {
                if (KindAloneActs(view, m.Index, saidAt, issuer.Text) is { } acting) return acting;
                continue;
            }
            // "Phó Chủ tịch UBND tỉnh có ý kiến như sau": a leader's opinion, which another body's letter conveys.
            // So is "Chủ tịch UBND tỉnh yêu cầu …": the leader's demand, not the body speaking in its own text.
            // A Chỉ thị is its committee's directive, which the chairman's demand states ("Chủ tịch UBND tỉnh yêu cầu các
            // cấp, các ngành …" in a Chỉ thị numbered -/CT-UBND): there the demand is the text's own.
            if (verb is "co y kien" or "yeu cau" && HolderBefore(f, m.Index) && !(verb == "yeu cau" && IsDirective(docType))) continue;
            var sentenceEnd = CitationTailReader.ClauseEnd(view.Normalized, saidAt);
            if (sentenceEnd < saidAt + verb.Length) continue;
            var sentence = f[saidAt..sentenceEnd];
            var said = sentence.TrimEnd();
            var nameStart = JointOfficeStart(view.Normalized, f, m.Index, m.Index + m.Length) ?? LongerNameStart(view.Normalized, m.Index, m.Index + m.Length) ?? m.Index;
            // "UBND phường … thông báo:" introduces the document's own content; so does a Thông báo's "… thông báo …".
            var introduces = said == verb && sentenceEnd < f.Length && f[sentenceEnd] == ':' || ClosesText(f, saidAt + verb.Length);
            var ownType = docType is not null && (TextFolding.FoldLoose(docType) == verb
                || IssuesOwnType(sentence, verb, TextFolding.FoldLoose(docType)) && !OpensWithOffice(f, nameStart)
                || verb == "yeu cau" && IsDirective(docType));
            // "Ngày 30/12/2025, UBND xã Chương Dương ban hành Thông báo số 149/TB-UBND về việc …": a portal's copy
            // names the body that issued the document by the document's own number.
            var ownNumbered = own is not null && verb == "ban hanh" && sentence.Contains(own, StringComparison.Ordinal);
            // "Ủy ban nhân dân xã yêu cầu các cơ quan, … thực hiện nghiêm tinh thần Thông báo này" (mf-ubnd-xa-o-lam-tb-2025-
            // treo-quoc-ky-headerless): a body that asks its readers to carry out "this" document speaks as its author.
            if (!introduces && !ownType && !ownNumbered && !NoticeToAudience(view.Normalized, saidAt, sentence, verb) && !HoldsAny(sentence, _selfCues)
                && !CueEndsLine(view, f, sentenceEnd) && _selfReference.Within(view, saidAt, sentenceEnd) is null) continue;
            var (s, e) = view.ToOriginalSpan(nameStart, sentenceEnd);
            return (Capitalized(view.Normalized[nameStart..WithoutMinistry(view.Normalized, f, nameStart, issuer.End)]), new Evidence("self-statement", view.Original[s..e], s, e));
        }
        return null;
    }

    // "Thực hiện Công văn số 821/SXD-QHHT5 … của Sở Xây dựng …, UBND huyện giao UBND các xã nêu trên tổ chức …"
    // (mc-ubnd-huyen-cv-2022-lay-y-kien-quy-hoach-ha-tinh-headerless), "UBND xã căn cứ Nghị định số: 23/2016/NĐ-CP …"
    // opening a paragraph (mc-ubnd-xa-tb-2022-cam-chan-tha-nghia-trang-headerless): a body that names itself by its kind
    // alone, as only the text's own speaker does, opens the main clause and acts (assigns, rests on its grounds). Another
    // body is named with its place, or after its office-holder ("Chủ tịch UBND tỉnh giao Sở …", jc-ubnd-quang-ngai-cv-507)
    // or inside another phrase ("đại biểu HĐND xã căn cứ vào …"), which the clause opening rules out.
    private (string Name, Evidence Evidence)? KindAloneActs(TextView view, int nameStart, int verbAt, string name)
    {
        var f = view.Folded;
        string? verb = null;
        foreach (var v in _kindAloneVerbs)
            if (string.CompareOrdinal(f, verbAt, v, 0, v.Length) == 0 && verbAt + v.Length < f.Length && f[verbAt + v.Length] == ' ') verb = v;
        if (verb is null || HolderBefore(f, nameStart) || !(view.IsLineStart(nameStart) || OpensClause(view, nameStart))) return null;
        if (_units.ReadName(name) is not { Jurisdiction: not null, Place: null }) return null;
        var sentenceEnd = CitationTailReader.ClauseEnd(view.Normalized, verbAt);
        if (sentenceEnd < verbAt + verb.Length) return null;
        var (s, e) = view.ToOriginalSpan(nameStart, sentenceEnd);
        return (Capitalized(name), new Evidence("self-statement", view.Original[s..e], s, e));
    }

    // "Ban Thường trực Ủy ban Mặt trận Tổ quốc … trân trọng đề nghị Uy ban Nhân dân tính Lâm Đông ban hành quyêt định
    // …, cụ thê như sau:" (kb-mttq-lam-dong-cv-2025-chuc-danh-hoi-ocr): a body named right after "(kính) đề nghị",
    // "trình", "kính gửi", "báo cáo" is the one the text is addressed to, whatever verb follows it; it never speaks.
    private bool AddressedAt(string folded, int at)
    {
        var before = folded.AsSpan(0, at).TrimEnd(' ');
        if (before.EndsWith(":")) before = before[..^1].TrimEnd(' ');
        foreach (var cue in _addresseeCues)
            if (before.EndsWith(cue, StringComparison.Ordinal) && (before.Length == cue.Length || !char.IsAsciiLetterOrDigit(before[^(cue.Length + 1)])))
                return true;
        return false;
    }

    private static readonly string[] MinistryUnitHeads = ["cuc ", "tong cuc ", "vu "];

    // "Cục Lãnh sự Bộ Ngoại giao xin trân trọng thông báo:" (ka-cuc-lanh-su-cv-2025-ho-chieu-truc-tuyen-headerless-md):
    // a department of a ministry names its ministry after itself; its issuer is the department, as its header
    // ("BỘ NGOẠI GIAO / CỤC LÃNH SỰ") reads. The ministry is "Bộ" with its capital, not the "bộ" of "Vụ Tổ chức - Cán
    // bộ". Where the name ends.
    private static int WithoutMinistry(string normalized, string f, int start, int end)
    {
        if (!MinistryUnitHeads.Any(h => string.CompareOrdinal(f, start, h, 0, h.Length) == 0)) return end;
        var ministry = f.IndexOf(" bo ", start, end - start, StringComparison.Ordinal);
        return ministry > start && normalized[ministry + 1] == 'B' ? ministry : end;
    }

    // "Trường Mầm Non Sơn Ca thông báo cho phụ huynh có con em đang học tại trường tiếp tục nghỉ học …"
    // (li-mn-son-ca-tb-2020-nghi-hoc-headerless), "UBND xã Nhơn Mỹ thông báo đến toàn thể Nhân dân …": the verb
    // "thông báo" with its audience after it ("cho / đến / tới …") is the body's own notice addressed to its readers,
    // with or without an announcement of the content after it. The verb in the sentence's run, in lower case: a page's
    // button under the signature, "Thông báo cho tôi khi VB này có hoặc hết hiệu lực" (hx-hoi-dong-chinh-phu-qd-1979-52),
    // is no one's notice.
    private static bool NoticeToAudience(string normalized, int verbAt, string sentence, string verb)
    {
        return verb == "thong bao" && sentence.Length > verb.Length + 1 && char.IsLower(normalized[verbAt])
            && NoticeAudience.OpensAt(sentence, verb.Length + 1);
    }

    // "Căn cứ tình hình thực tế trường THCS Huỳnh Thúc Kháng xây dựng kế hoạch …"
    // (kw-thcs-huynh-thuc-khang-kh-2025-khai-giang-headerless): a head written in lower case still opens a body's name
    // when its last word is a level's code in capitals, which no common word ("trường hợp", "ban ngày") is.
    private static bool EndsWithCapitalCode(string normalized, int start, int end)
    {
        var last = normalized.LastIndexOf(' ', end - 1, end - start) + 1;
        if (last <= start || end - last < 2) return false;
        for (var k = last; k < end; k++)
            if (!char.IsUpper(normalized[k])) return false;
        return true;
    }

    // "Nay trường Mẫu Giáo Tân Hòa thông báo đến học sinh, …" (li-mg-tan-hoa-tb-2020-nghi-hoc-headerless), "Căn cứ điều
    // kiện thực tế của nhà trường, trường Mầm non Cẩm Lĩnh A xây dựng kế hoạch …" (li-mn-cam-linh-a-kh-2020-tuyen-sinh-
    // headerless): the author's name that opens the main clause, after the operative "Nay" or the comma closing the
    // grounds, is often written with its head in lower case. Opening a clause, the head is the subject, not the last
    // word of another ("môi trường", "thị trường").
    private static bool OpensClause(TextView view, int at)
    {
        var before = view.Normalized.AsSpan(0, at).TrimEnd(' ');
        if (before.EndsWith(',')) return true;
        if (!before.EndsWith("Nay", StringComparison.Ordinal)) return false;
        var nay = before.Length - 3;
        if (view.IsLineStart(nay)) return true;
        var opens = before[..nay].TrimEnd(' ');
        return opens.Length == 0 || opens[^1] is '.' or ':' or ';';
    }

    private static string Capitalized(string name) =>
        name.Length > 0 && char.IsLower(name[0]) ? char.ToUpperInvariant(name[0]) + name[1..] : name;

    // "Bệnh viện Đà Nẵng trân trọng kính báo!" (kw-bv-da-nang-tb-2018-nghi-le-headerless): the verb alone, closed by an
    // exclamation, is the closing formula in which the author hands the text over, as "… thông báo:" opens it.
    private static bool ClosesText(string folded, int verbEnd) => verbEnd < folded.Length && folded[verbEnd] == '!';

    // "Bộ trưởng Bộ Giáo dục và Đào tạo ban hành Thông tư …": an office-holder enacting, whose body the other readers
    // name (corpus README, `ie-` batch); the enacting formula is not read as a body speaking.
    private static readonly string[] Offices = ["bo truong ", "thu truong ", "chu tich ", "pho chu tich ", "giam doc ", "truong ban "];

    // A loop, not a lambda over the sentence: the lambda's closure was made for every sentence the loop above reads
    // (issue 12, parser speed).
    private static bool HoldsAny(string sentence, string[] cues)
    {
        foreach (var cue in cues)
            if (sentence.Contains(cue, StringComparison.Ordinal)) return true;
        return false;
    }

    private static bool OpensWithOffice(string folded, int at)
    {
        foreach (var office in Offices)
            if (string.CompareOrdinal(folded, at, office, 0, office.Length) == 0) return true;
        return false;
    }

    private static bool IsDirective(string? docType) => docType is not null && TextFolding.FoldLoose(docType) == "chi thi";

    // "Hội đồng nhân dân tỉnh ban hành Nghị quyết quy định mức chi …" in a Nghị quyết: the body issues a document of the
    // text's own type, unnumbered (a numbered one, "ban hành Nghị quyết số 12/NQ-HĐND", is another document).
    private static bool IssuesOwnType(string sentence, string verb, string type)
    {
        if (verb != "ban hanh" || sentence.Length <= verb.Length + type.Length + 2) return false;
        var at = verb.Length + 1;
        if (string.CompareOrdinal(sentence, at, type, 0, type.Length) != 0 || sentence[at + type.Length] != ' ') return false;
        var next = sentence.AsSpan(at + type.Length + 1);
        return !next.StartsWith("so ", StringComparison.Ordinal) && !next.StartsWith("so:", StringComparison.Ordinal) && next.Length > 0 && !char.IsDigit(next[0]);
    }

    // "Phòng Giáo dục và Đào tạo đề nghị Hiệu trưởng … thực hiện công tác …; phòng, chống dịch …; … như sau (xem file
    // đính kèm).": a request listing its tasks with ";" closes its one sentence, on its own line, with the cue. The
    // rest of the line after the clause is read for it; a later line is another sentence.
    private bool CueEndsLine(TextView view, string f, int clauseEnd)
    {
        if (clauseEnd >= f.Length || f[clauseEnd] != ';') return false;
        var end = clauseEnd + 1;
        while (end < f.Length && end - clauseEnd < 600 && !view.IsLineStart(end)) end++;
        var rest = f.AsSpan(clauseEnd, end - clauseEnd);
        foreach (var cue in _selfCues)
            if (rest.Contains(cue, StringComparison.Ordinal)) return true;
        return false;
    }

    private const int MaxTaskWords = 6;

    // "Ban Chỉ đạo chuyển đổi số huyện Đăk R’lấp", "Hội đồng thi đua khen thưởng xã Tân Phú": a board is named by
    // its task in lower case, then the place it serves. Where the place ends, or null when no place follows soon.
    private int? TaskNamedEnd(TextView view, string name, int end)
    {
        var (n, f) = (view.Normalized, view.Folded);
        // The first task word's test of the loop below, made before the name is read into units: most names are
        // followed by a verb or a capital, and reading the name was a fortieth of a parse (issue 10, parser speed).
        if (end + 1 >= n.Length || n[end] != ' ' || !char.IsLower(n[end + 1]) || VerbAt(f, end + 1) is not null) return null;
        // The words are scanned for the place first and the name read only where one follows: few names are followed
        // by one, and reading every name was a twenty-fifth of a parse (issue 12, parser speed; same answer, as the
        // scan reads nothing the name decides).
        if (JurisdictionAfterTask(n, f, end) is not { } start) return null;
        if (_units.ReadName(name) is not { Head.IsChild: true, Jurisdiction: null, Place: null }) return null;
        return _reader.Read(n, f, start) is { } place ? place.End : null;
    }

    // Where the jurisdiction's word ("huyện", "xã") opens after at most MaxTaskWords lower-case task words that are
    // no verb, a capital right after it; null when a verb, a capital or the limit comes first.
    private int? JurisdictionAfterTask(string n, string f, int end)
    {
        var at = end;
        for (var words = 0; words < MaxTaskWords && at < n.Length && n[at] == ' '; words++)
        {
            var start = at + 1;
            if (start >= n.Length || !char.IsLower(n[start]) || VerbAt(f, start) is not null) return null;
            foreach (var (folded, _) in _tables.FoldedJurisdictions)
            {
                if (string.CompareOrdinal(f, at, folded, 0, folded.Length) != 0 || at + folded.Length >= n.Length || !char.IsUpper(n[at + folded.Length])) continue;
                return start;
            }
            at = start;
            while (at < n.Length && char.IsLetter(n[at])) at++;
        }
        return null;
    }

    private static readonly string[] HolderTitles = ["chu tich ", "giam doc ", "bi thu ", "lanh dao ", "truong "];

    private static bool HolderBefore(string folded, int at)
    {
        var before = folded.AsSpan(0, at);
        foreach (var t in HolderTitles)
            if (before.EndsWith(t, StringComparison.Ordinal)) return true;
        return false;
    }

    // Where a verb of two words or more opens the name's last word and runs past the name's end ("Hiệp Hoà Thông" /
    // "báo"), or null. A place's own last word is no verb's first syllable with the verb's rest after it.
    private int? CapitalVerbStart(string normalized, string folded, int agencyEnd, int nameEnd)
    {
        var last = normalized.LastIndexOf(' ', nameEnd - 1, nameEnd - agencyEnd) + 1;
        if (last <= agencyEnd + 1 || !char.IsUpper(normalized[last]) || VerbAt(folded, last) is not { } verb) return null;
        return verb.Contains(' ') && last + verb.Length > nameEnd ? last : null;
    }

    private string? VerbAt(string folded, int at)
    {
        foreach (var v in _selfVerbs)
            if (string.CompareOrdinal(folded, at, v, 0, v.Length) == 0 && (at + v.Length == folded.Length || !char.IsAsciiLetterOrDigit(folded[at + v.Length])))
                return v;
        return null;
    }

    // "Phòng Giáo dục và Đào tạo (GDĐT) hướng dẫn", "Ban Chỉ đạo … (sau đây gọi tắt là Ban Chỉ đạo) ban hành": the
    // short name a body gives itself in brackets stands between it and its verb. Where the verb may start.
    private static int AfterShortName(string normalized, int end)
    {
        var at = end;
        while (at < normalized.Length && normalized[at] == ' ') at++;
        if (at >= normalized.Length || normalized[at] != '(') return at;
        var close = normalized.IndexOf(')', at, Math.Min(60, normalized.Length - at));
        if (close < 0) return at;
        at = close + 1;
        while (at < normalized.Length && normalized[at] == ' ') at++;
        return at;
    }

    // The agency's whole listed name ("Bảo hiểm xã hội Việt Nam", "Phòng Giáo dục và Đào tạo", whose lower-case
    // words a running-text reader stops at) with what follows it ("huyện Bình Chánh"), and a numbered district
    // after it ("Phòng Giáo dục và Đào tạo Quận 11").
    private (string Text, int End) WholeName(string normalized, string folded, int start, int readEnd, int agencyEnd)
    {
        var end = readEnd;
        if (agencyEnd > readEnd)
        {
            end = agencyEnd;
            if (end < normalized.Length - 1 && normalized[end] == ' ' && _reader.Read(normalized, folded, end + 1) is { } rest) end = rest.End;
        }
        if (QuarterNumber().Match(normalized, end) is { Success: true } n && normalized.AsSpan(start, end - start).EndsWith("uận", StringComparison.OrdinalIgnoreCase))
            end = n.Index + n.Length;
        return (normalized[start..end], end);
    }

    private const int MaxMinistryFields = 3;

    // "Bộ Văn hóa, Thể thao và Du lịch", "Bộ Tài nguyên và Môi trường": a ministry's name lists its fields with
    // commas, each capitalized; a running-text reader stops at the first comma.
    private (string Text, int End) MinistryFields(string normalized, string folded, int start, (string Text, int End) issuer)
    {
        var end = issuer.End;
        for (var k = 0; k < MaxMinistryFields && end + 2 < normalized.Length && normalized[end] == ',' && normalized[end + 1] == ' ' && char.IsUpper(normalized[end + 2]); k++)
        {
            // The next field must itself be a field, not another body ("Bộ Y tế, Bộ Tài chính", "Bộ Công an, UBND tỉnh").
            if (_agencies.MatchAt(folded, end + 2) is not null) break;
            if (FieldEnd(normalized, folded, end + 2) is not { } fieldEnd) break;
            end = fieldEnd;
        }
        return end == issuer.End ? issuer : (normalized[start..end], end);
    }

    private const int MaxFieldWords = 6;

    // A ministry's field: capitalized words, each with the lower-case syllable after it, joined by "và"
    // ("Thể thao và Du lịch"). Where it ends, or null when it is no such field.
    private static int? FieldEnd(string n, string f, int at)
    {
        int? end = null;
        var previousCapital = false;
        for (var words = 0; words < MaxFieldWords && at < n.Length; words++)
        {
            var e = at;
            while (e < n.Length && char.IsLetter(n[e])) e++;
            if (e == at) break;
            var capital = char.IsUpper(n[at]);
            var and = f.AsSpan(at, e - at).SequenceEqual("va") && e + 1 < n.Length && n[e] == ' ' && char.IsUpper(n[e + 1]);
            if (!capital && !and && !previousCapital) break;
            if (!and) end = e;
            previousCapital = capital;
            if (e >= n.Length || n[e] != ' ') break;
            at = e + 1;
        }
        return end;
    }

    [GeneratedRegex(@"\G\x20\d{1,2}(?![\d/.,])", RegexOptions.CultureInvariant)]
    private static partial Regex QuarterNumber();

}
