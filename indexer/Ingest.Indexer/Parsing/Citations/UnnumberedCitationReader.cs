using System.Text.RegularExpressions;
using Ingest.Indexer.Parsing.Tables;
using Ingest.Indexer.Text;

namespace Ingest.Indexer.Parsing.Citations;

/// <summary>
/// Reads the citation a type word makes where no number follows it: a law, plenum or congress resolution named
/// ("Luật Tiếp công dân số 42/2013/QH13", "Nghị quyết Hội nghị Trung ương 5 khóa XIII"), a serial then a subject ("Đề
/// án 1366 nhân rộng mô hình …"), a name in lower case that says which one ("luật bình đẳng giới"), an abbreviation that
/// names one ("BLHS"), or a document named by its subject (SubjectNamingReader). Plurals, counts, drafts and the text
/// itself name none. Pure and thread-safe.
/// </summary>
internal sealed partial class UnnumberedCitationReader
{
    private readonly SymbolParser _symbols;
    private readonly CitationTailReader _tail;
    private readonly NamedCitationReader _named;
    private readonly PhraseMatcher _typeWords;
    private readonly LowerCaseLawName _lowerCaseLaws;
    private readonly LowerCaseNaming _lowerCaseNaming;
    private readonly string[] _notDocuments;
    private readonly string[] _notDocumentSpellings;
    private readonly SymbolCodes _codes;
    private readonly IssuingActs _acts;
    private readonly GenericDeterminers _generic;
    private readonly SelfReference _selfReference;
    private readonly SubjectNamingReader _subjects;

    public UnnumberedCitationReader(DomainTables tables, SymbolParser symbols, CitationTailReader tail, NamedCitationReader named,
        PhraseMatcher typeWords, SymbolCodes codes, IssuingActs acts, GenericDeterminers generic, SelfReference selfReference,
        SubjectNamingReader subjects, LowerCaseNaming lowerCaseNaming)
    {
        (_symbols, _tail, _named, _typeWords, _codes) = (symbols, tail, named, typeWords, codes);
        (_acts, _generic, _selfReference, _subjects, _lowerCaseNaming) = (acts, generic, selfReference, subjects, lowerCaseNaming);
        _lowerCaseLaws = new LowerCaseLawName(tables);
        _notDocuments = tables.Phrases.NotDocuments.Select(TextFolding.FoldLoose).ToArray();
        _notDocumentSpellings = tables.Phrases.NotDocuments.Select(s => s.Normalize(System.Text.NormalizationForm.FormC).ToLowerInvariant()).ToArray();
    }

    public static CitationDraft NamedByAbbreviation(TypeAbbreviation abbreviation, TypeWord m) => new()
    {
        Type = abbreviation.Type,
        Name = abbreviation.Name,
        Issuer = abbreviation.Type.DefaultIssuer,
        Start = m.Index,
        End = m.Index + m.Length,
        ScopeEnd = m.Index + m.Length,
    };

    // "NQ TW 5 khóa 13", "NQ Đại hội Đảng bộ huyện" (mk-010, a district Party committee's report in a provincial paper):
    // a resolution named by its plenum, congress or session, or by the body that adopted it, as the whole type word
    // names it.
    public CitationDraft? NamedAfterAbbreviation(TextView view, DocumentTypeRow type, TypeWord m)
    {
        var draft = new CitationDraft { Type = type, Start = m.Index, End = m.Index + m.Length };
        if (!_named.TryRead(view, draft, m.Index + m.Length)) return null;
        draft.ScopeEnd = draft.End;
        return draft;
    }

    public CitationDraft? Named(TextView view, DocumentTypeRow type, TypeWord m, string? ownTitleFolded, CitationDraft? previous)
    {
        if (type.NamedForms.Count == 0 && !_acts.ReportedBefore(view, type, m.Index) && !_acts.ReportedInList(view.Folded, type, m.Index, previous)
            && !_acts.IsAnnounced(view.Folded, m.Index))
            return char.IsUpper(view.Normalized[m.Index]) ? _subjects.OfIssuerAbout(view, type, m, ownTitleFolded) : _lowerCaseNaming.Read(view, type, m.Index, m.Index + m.Length, _acts);
        var n = view.Normalized;
        // "kế hoạch năm 2021", "pháp luật": generic or a plain word; but "nghị quyết hội nghị TW IV khóa XII" names one.
        if (!char.IsUpper(n[m.Index])) return NamedInLowerCase(view, type, m);
        var f = view.Folded;
        var before = f.AsSpan(Math.Max(0, m.Index - 24), Math.Min(24, m.Index));
        if (_generic.EndBefore(before)) return null; // "các Nghị quyết của Quốc hội"
        if (_generic.InGenericList(before)) return null; // "các Chỉ thị, Nghị quyết của Đảng về …"
        if (SpelledCounts.CountedBefore(view, m.Index) && !SpelledCounts.ListsItsNumbers(view.Folded, m.Index + m.Length)) return null; // "ba Nghị quyết của Trung ương Hội …"
        // "Luật sư", not "Luật sửa đổi"; "luật gia" (a jurist) is no document, "Luật giá" (the law on prices) is: the
        // marks written decide, a text without marks reads as the common noun.
        for (var k = 0; k < _notDocuments.Length; k++)
            if (StartsWithWord(f, m.Index, _notDocuments[k]) && WrittenMarks.Agree(n, m.Index, _notDocuments[k].Length, _notDocumentSpellings[k])) return null;
        if (type.KeptInSubjects && _lowerCaseLaws.TitleCasedCommonNoun(view, m.Index)) return null; // "Hệ Thống Pháp Luật"
        if (f.AsSpan(m.Index + m.Length).StartsWith(" nay")) return null; // "Kế hoạch này": the plan itself
        if (SerialThenName(view, type, m) is { } serialNamed) return BodyNameTail.Ends(f, m.Index) ? null : serialNamed;
        if (!type.KeptInSubjects && _acts.InDraftedList(view, m.Index)) return null;
        var draft = new CitationDraft { Type = type, Start = m.Index, End = m.Index + m.Length };
        if (!_named.TryRead(view, draft, m.Index + m.Length))
            return _subjects.Reported(view, type, m, previous) ?? _subjects.CarriesOut(view, type, m, ownTitleFolded) ?? _subjects.OfIssuerAbout(view, type, m, ownTitleFolded);
        if (NamesThisText(draft.Name)) return null;
        // "Luật Tiếp công dân số 42/2013/QH13 ngày 25/11/2013", "Pháp lệnh Ưu đãi người có công với cách mạng số
        // 26/2005/PL-UBTVQH11": a law named, then numbered, the name running on to the number.
        // A "và" inside the name ("Luật Bầu cử đại biểu Quốc hội và đại biểu Hội đồng nhân dân số 85/2015/QH13") is
        // kept only before a law's own number (number/year/CODE, no type code), which no other document carries.
        var numbered = LawNumber().Match(view.Folded, draft.End);
        var loose = numbered.Success && (numbered.Groups["bare"].Success || LooseName(view.Folded.AsSpan(numbered.Index, numbered.Length)));
        if (numbered.Success && type.NamedForms.Contains("law") && !_typeWords.Matches(view.Folded.Substring(numbered.Index, numbered.Length)).Any()
            && _symbols.ParseAt(view, numbered.Index + numbered.Length) is { } law && law.Symbol.TypeCode is null
            && (!loose || law.Symbol.Year is not null && !LeavesName(view.Folded.AsSpan(numbered.Index, numbered.Length))))
        {
            draft.Symbol = law.Symbol;
            _tail.Read(view, draft, law.End, _codes.IssuerNameFromCode(law.Symbol));
            return draft;
        }
        _tail.ReadDate(view, draft); // "Luật Thi đua, khen thưởng ngày 26/11/2003"
        if (!draft.NamesOneDocument && _selfReference.IsSelfReference(view, draft, m.Index, ownTitleFolded)) return null;
        // "thảo luận xây dựng Nghị quyết Đại hội về phương hướng …" (hz-025): a congress's resolution still being
        // drafted is no document yet (tests/corpus/README.md: plans still to be written).
        if (draft.NamesOneDocument && _acts.IsDrafted(view, m.Index)) return null;
        if (draft.Issuer is null && type.DefaultIssuer is not null) draft.Issuer = type.DefaultIssuer;
        draft.ScopeEnd = draft.End;
        return draft;
    }

    // "tổng kết Đề án 1366 nhân rộng mô hình …", "Đề án 165 đào tạo cán bộ …": a capitalized type word, a serial and the
    // document's subject name one document by its number, as "Đề án 02 về …" does (tests/corpus/README.md, ie- rule:
    // "Đề án 1366" keeps "1366"); the citation is the short form, the subject its description. A year ("Kế hoạch 2025
    // …") or a count ("Đề án 300 tỷ đồng", "Kế hoạch 100 ngày") is no serial; a serial of one digit or two without a
    // leading zero is too often a count ("Chương trình 12 nhiệm vụ") to name a document by itself.
    private CitationDraft? SerialThenName(TextView view, DocumentTypeRow type, TypeWord m)
    {
        var f = view.Folded;
        var serial = SerialBeforeName().Match(f, m.Index + m.Length);
        if (!serial.Success) return null;
        var number = serial.Groups["n"];
        if (number.Length == 2 && number.Value[0] != '0' || number.Length == 4 && number.Value[..2] is "19" or "20") return null;
        var after = number.Index + number.Length;
        if (QuantityWords.FollowedByUnit(f, after) || QuantityWords.FollowedByQuantity(f, after) || !char.IsLower(view.Normalized[after + 1]) || _acts.IsDrafted(view, m.Index)) return null;
        return new CitationDraft { Type = type, BareNumber = number.Value, Start = m.Index, End = after, ScopeEnd = after };
    }

    [GeneratedRegex(@"\G\x20(?<n>\d{2,5})\x20(?=[a-z])", RegexOptions.CultureInvariant)]
    private static partial Regex SerialBeforeName();

    // The words between a law's name and its number: up to twelve, "số" before the number or not ("Luật quản lý, sử
    // dụng tài sản công 15/2017/QH14"), a comma only where the name read stopped at it. A comma, a bracket ("Luật bảo
    // hiểm y tế (BHYT) số"), a "và" or a missing "số" is kept only before a law's own number (number/year/CODE, no type
    // code), which no other document carries. "Luật Tổ chức chính quyền địa phương của Quốc hội, số 65/2025/QH15"
    // (jm-017): a comma before "số" sets the number off from the issuer named after the law.
    [GeneratedRegex(@"\G,?(?:\x20[^\x20,;.:""]+){0,12}?(?:,?\x20so\x20?[:.]?\x20?(?=\d)|\x20(?<bare>)(?=\d{1,4}\x20?/\x20?(?:19|20)\d{2}\x20?/))", RegexOptions.CultureInvariant)]
    private static partial Regex LawNumber();

    // "Hiến pháp … năm 1992 đã được sửa đổi, bổ sung theo Nghị quyết số 51/2001/QH10": where the words go on to say
    // how or by what the law was made, the number is that other document's, not the law's.
    private static bool LeavesName(ReadOnlySpan<char> words) =>
        words.Contains(" theo ", StringComparison.Ordinal) || words.Contains(" ban hanh ", StringComparison.Ordinal)
        || words.Contains(" ngay ", StringComparison.Ordinal);

    private static bool LooseName(ReadOnlySpan<char> words) =>
        words.Contains(" va ", StringComparison.Ordinal) || words.IndexOfAny(",()") >= 0;

    private CitationDraft? NamedInLowerCase(TextView view, DocumentTypeRow type, TypeWord m)
    {
        var draft = new CitationDraft { Type = type, Start = m.Index, End = m.Index + m.Length };
        if (_named.TryReadSpecific(view, draft, m.Index + m.Length))
        {
            draft.ScopeEnd = draft.End;
            return draft;
        }
        return type.KeptInSubjects ? LawInLowerCase(view, type, m) : _lowerCaseNaming.Read(view, type, m.Index, m.Index + m.Length, _acts);
    }

    // "luật bình đẳng giới", "luật việc làm 2013", "luật Căn cước", "điều lệ Đoàn TNCS Hồ Chí Minh": a law, code or
    // charter in lower case counts only where its name says which one (LowerCaseLawName).
    private CitationDraft? LawInLowerCase(TextView view, DocumentTypeRow type, TypeWord m)
    {
        if (!_lowerCaseLaws.MayName(view, type, m.Index, m.Index + m.Length)) return null;
        var draft = new CitationDraft { Type = type, Start = m.Index, End = m.Index + m.Length };
        if (!_named.TryRead(view, draft, m.Index + m.Length) || draft.IsNumbered) return null;
        if (!_lowerCaseLaws.IsSpecific(view, draft, m.Index + m.Length + 1)) return null;
        _tail.ReadDate(view, draft); // "luật tổ chức chính quyền địa phương thông qua ngày 19/6/2015"
        if (draft.Issuer is null && type.DefaultIssuer is not null) draft.Issuer = type.DefaultIssuer;
        draft.ScopeEnd = draft.End;
        return draft;
    }

    // "Quy chế Đại hội này được quy định như sau:" (ki-006): a name that says "này" (this) names the text itself or a
    // part of it, as "Kế hoạch này" does; only as written, "nay" (now) of "(nay là xã …)" is another word.
    private static bool NamesThisText(string? name)
    {
        if (name is null) return false;
        for (var at = name.IndexOf("này", StringComparison.Ordinal); at >= 0; at = name.IndexOf("này", at + 1, StringComparison.Ordinal))
            if ((at == 0 || name[at - 1] == ' ') && (at + 3 == name.Length || !char.IsLetter(name[at + 3]))) return true;
        return false;
    }

    private static bool StartsWithWord(string f, int at, string word) =>
        f.AsSpan(at).StartsWith(word) && (at + word.Length >= f.Length || !char.IsLetterOrDigit(f[at + word.Length]));
}
