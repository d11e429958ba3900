using System.Text.RegularExpressions;
using Ingest.Indexer.Parsing.Tables;
using Ingest.Indexer.Text;

namespace Ingest.Indexer.Parsing.Citations;

/// <summary>
/// Reads a citation whose number and date a form or a draft leaves as dots to fill in, its codes written ("(Ban hành kèm
/// theo Hướng dẫn số ...../LĐTBXH ngày ..../01/2005 của Sở …)"): one document named, its number and date null (the ij-
/// rule of tests/corpus/README.md); none where more blanks follow in the clause. Pure and thread-safe.
/// </summary>
internal sealed partial class BlankNumberedCitation
{
    private readonly CitationTailReader _tail;

    public BlankNumberedCitation(CitationTailReader tail) => _tail = tail;

    // "(Ban hành kèm theo Hướng dẫn số ...../LĐTBXH ngày ..../01/2005 của Sở …)", "xem xét tờ trình số …../TTr-UBND ngày …..
    // tháng ….. năm ….. của Ủy ban nhân dân xã …": a form or a draft names one document whose number and date are left as
    // dots to fill in, its codes written. It is a citation by name (tests/corpus/README.md, ij- rule: number and date
    // null), its text running over the blank date to the issuer. A number left empty with no dots ("Nghị định số
    // /2021/NĐ-CP" of a draft) marks a document not yet issued, and is not read.
    [GeneratedRegex(@"\G(?:[.…_]\x20?){0,16}/\x20?[a-z0-9&]+(?:[-/.][a-z0-9&]+)*", RegexOptions.CultureInvariant)]
    private static partial Regex DottedBlankNumber();

    // The blank date after it: "ngày . tháng 11 năm 2013", "ngày ..../01/2005", "ngày ….. tháng ….. năm …..".
    [GeneratedRegex(@"\G,?\x20ngay(?:\x20?[.…_/0-9]+)+(?:\x20thang(?:\x20?[.…_/0-9]+)+)?(?:\x20nam(?:\x20?[.…_0-9]+)+)?", RegexOptions.CultureInvariant)]
    private static partial Regex DottedBlankDate();

    public CitationDraft? Read(TextView view, DocumentTypeRow type, TypeWord m, int at)
    {
        // "số ./QĐ-UBND": the number lead may have taken the one dot left.
        var f = view.Folded;
        if (at <= m.Index + m.Length + 1 || at >= f.Length || f[at] is not ('.' or '…' or '_') && !(f[at] == '/' && f[at - 1] == '.')) return null;
        // "QUYẾT ĐỊNH" / "Số: ……/QĐ-UBND": a header's own blank number line under its heading cites nothing.
        for (var k = m.Index + m.Length; k <= at; k++) if (view.IsLineStart(k)) return null;
        var blank = DottedBlankNumber().Match(f, at);
        if (!blank.Success) return null;
        var draft = new CitationDraft { Type = type, Start = m.Index, End = blank.Index + blank.Length };
        var end = draft.End;
        var date = DottedBlankDate().Match(f, end);
        if (date.Success) end = date.Index + date.Length;
        _tail.Read(view, draft, end, null);
        draft.Date = null;
        if (draft.End < end) draft.End = draft.ScopeEnd = end;
        return MoreBlanksAfter(f, draft.End) ? null : draft;
    }

    // "Theo Nghị quyết số ....../NQ-UBBC ngày...... tháng...... năm …. của Ủy ban bầu cử (1)........ thì đơn vị bầu cử
    // số....... được bầu", "Căn cứ Chỉ thị số .../CT-UBND … của Chủ tịch Ủy ban nhân dân …………………": a form's sentence with
    // more blanks after the reference is filled in by each user, so its blank names no one document (the ik- rule, iq-030,
    // iq-031); a single blank reference ("(Ban hành kèm theo Hướng dẫn số ...../LĐTBXH ngày ..../01/2005 của Sở …)", the
    // ij- rule, or dc-164's tờ trình) names one. A blank is a run of four dots or more, within the clause (up to ';' or
    // the line's end).
    private static bool MoreBlanksAfter(string f, int from)
    {
        var run = 0;
        for (var k = from; k < f.Length && k < from + 200 && f[k] is not (';' or '\n'); k++)
        {
            run = f[k] is '.' or '…' or '_' ? run + 1 : 0;
            if (run >= 4) return true;
        }
        return false;
    }
}
