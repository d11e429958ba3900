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
    // Thông tư 15/2020/TT-BGDDT" (lb-039).
    private const string AnnexVerb = @",?\x20(?:duoc\x20(?:[^\x20;.:,""]+\x20){0,6}?)?(?:(?:ban hanh|phe duyet)\x20kem theo\x20|ban hanh\x20(?:theo|kem)\x20(?=(?:thong tu|quyet dinh|nghi dinh|nghi quyet|chi thi)\x20))";

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
    public static bool Read(TextView view, CitationDraft draft, int p)
    {
        if (!AnnexVerbInSentence(view.Folded, p)) return false;
        var m = AnnexName().Match(view.Folded, p);
        if (!m.Success) return false;
        draft.Name = view.Normalized[(p + 1)..(m.Index + m.Length)];
        draft.End = m.Index + m.Length;
        draft.AnnexHostStart = HostStart(view.Folded, draft.End);
        return draft.AnnexHostStart is not null;
    }
}
