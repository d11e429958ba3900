using System.Buffers;
using System.Text.RegularExpressions;
using Ingest.Indexer.Text;

namespace Ingest.Indexer.Parsing.Citations;

/// <summary>
/// Reads a plan, programme or regulation named as issued with another document, which it has no number of its own
/// apart from: "Kế hoạch phát động thi đua được ban hành kèm theo Quyết định số 786/QĐ-UBDT", "Điều lệ thi giáo viên
/// dạy giỏi … ban hành theo Thông tư số 21/2010/TT-BGDĐT". Its name runs to the annex verb; where the host's type word
/// starts is kept, so the citation takes the host's date and issuer once the host is read. Pure and thread-safe.
/// </summary>
internal static partial class AnnexedName
{
    // ", được ban hành kèm theo", "được UBND Thành phố phê duyệt kèm theo": the body that issued or approved the plan may
    // stand between "được" and its verb. "Điều lệ thi giáo viên dạy giỏi cấp học phổ thông ban hành theo Thông tư số
    // 21/2010/TT-BGDĐT" (dc-044): "kèm" may be left out before the issuing document's type word ("phê duyệt theo quy
    // định tại …" is no annex), and so may "theo": "Điều 42 Quy chế thi tốt nghiệp trung học phổ thông ban hành kèm
    // Thông tư 15/2020/TT-BGDDT" (lb-039). The words may open a bracket: "Quy định tổ chức thi kết thúc học phần của
    // Trường Đại học Tây Đô (ban hành kèm theo Quyết định số 1065/QĐ-ĐHTĐ …)" (mr-029).
    private const string AnnexVerb = @",?\x20\(?(?:duoc\x20(?:[^\x20;.:,""]+\x20){0,6}?)?(?:(?:ban hanh|phe duyet)\x20kem theo\x20|ban hanh\x20(?:theo|kem)\x20(?=(?:thong tu|quyet dinh|nghi dinh|nghi quyet|chi thi)\x20))";

    [GeneratedRegex(@"\G" + AnnexVerb, RegexOptions.CultureInvariant)]
    private static partial Regex AnnexLead();

    // The plan's name before it: a few words, or a longer title whose commas and brackets list what it covers ("Phương
    // án, vị trí tuyến đường Quốc lộ 1A, tỷ lệ 1/500 (đoạn từ … đến …) được UBND Thành phố phê duyệt kèm theo …").
    // A name never opens with "được": "Kế hoạch được ban hành kèm theo …" names no plan (its verb is passive).
    [GeneratedRegex(@"\G(?!\x20duoc\x20)(?:(?:\x20[^\x20;.:,""]+){1,12}?|(?:,?\x20[^\x20;.:,""]+){1,40}?)(?=" + AnnexVerb + ")", RegexOptions.CultureInvariant)]
    private static partial Regex AnnexName();

    // What AnnexName needs, checked by hand first: "kem theo " or "ban hanh theo " before the sentence's first ';', '.',
    // ':' or '"' (no word of its match holds one). Its lazy words, each followed by a look ahead for the verb, were a
    // fiftieth of a parse where most names have no such verb at all (issue 10, parser speed).
    private static bool AnnexVerbInSentence(string folded, int p)
    {
        var rest = folded.AsSpan(p);
        var stop = rest.IndexOfAny(SentenceStops);
        var sentence = stop < 0 ? rest : rest[..stop];
        return sentence.Contains("kem theo ", StringComparison.Ordinal) || sentence.Contains("ban hanh theo ", StringComparison.Ordinal)
            || sentence.Contains("ban hanh kem ", StringComparison.Ordinal);
    }

    private static readonly SearchValues<char> SentenceStops = SearchValues.Create(";.:\"");

    /// <summary>Where the host document's type word starts after an annex verb at <paramref name="end"/>, or null.</summary>
    public static int? HostStart(string folded, int end) =>
        AnnexLead().Match(folded, end) is { Success: true } lead ? lead.Index + lead.Length : null;

    // "Kế hoạch phát động thi đua được ban hành kèm theo Quyết định số 786/QĐ-UBDT ...": the plan is cited
    // with its host decision's date and issuer, linked once the decision itself has been read.
    // A bracketed annex verb is read only where the plan stands as the sentence's basis (<paramref name="standing"/>
    // says so; ReadStanding where the caller has already found it does): "Căn cứ Kế hoạch chỉ đạo, điều hành … năm 2006 (ban hành
    // theo Quyết định số 03/2006/QĐ-UBND …)" (jb-040); "phê duyệt Kế hoạch thực hiện Kết luận số 80-KL/TW (ban hành kèm
    // theo Quyết định số 1521/QĐ-TTg …)" (ia-007) is read as carrying out the Kết luận, its name whole.
    public static bool Read(TextView view, CitationDraft draft, int p, NameStanding standing) => ReadAnnex(view, draft, p, standing);

    /// <summary>As <see cref="Read(TextView, CitationDraft, int, NameStanding)"/>, where the caller has found the name stands as the basis.</summary>
    public static bool ReadStanding(TextView view, CitationDraft draft, int p) => ReadAnnex(view, draft, p, null);

    private static bool ReadAnnex(TextView view, CitationDraft draft, int p, NameStanding? standing)
    {
        if (!AnnexVerbInSentence(view.Folded, p)) return false;
        var m = AnnexName().Match(view.Folded, p);
        if (!m.Success) return false;
        var end = m.Index + m.Length;
        if (Bracketed(view.Folded, end) && (IsHeading(view, draft.Start) || standing is not null && !standing.StandsAsBasis(view, draft.Start))) return false;
        draft.Name = view.Normalized[(p + 1)..end];
        draft.End = end;
        draft.AnnexHostStart = HostStart(view.Folded, draft.End);
        return draft.AnnexHostStart is not null;
    }

    // "(ban hành kèm theo …)" after the name: a bracket, as the heading of an annex prints it.
    private static bool Bracketed(string folded, int end)
    {
        var k = end;
        if (k < folded.Length && folded[k] == ',') k++;
        while (k < folded.Length && folded[k] == ' ') k++;
        return k < folded.Length && folded[k] == '(';
    }

    // "QUY ĐỊNH Việc tuyển chọn … (Ban hành kèm theo Quyết định số 09/2010/QĐ-UBND …)" (iv-025): the heading of the
    // regulation a decision issues, the text itself; its type word is written in capitals, or opens a line after a
    // finished one. A line the page wrapped inside a sentence ("… Điều 5,\nQuy định tổ chức thi …", "Căn cứ\nKế hoạch …")
    // goes on with it.
    private static bool IsHeading(TextView view, int typeStart)
    {
        var n = view.Normalized;
        if (typeStart + 1 < n.Length && char.IsUpper(n[typeStart + 1])) return true;
        if (!view.IsLineStart(typeStart)) return false;
        var k = typeStart;
        while (k > 0 && char.IsWhiteSpace(n[k - 1])) k--;
        return k == 0 || !(n[k - 1] == ',' || char.IsLower(n[k - 1]));
    }
}
