using System.Text.RegularExpressions;
using Ingest.Indexer.Model;
using Ingest.Indexer.Parsing.Citations;
using Ingest.Indexer.Parsing.Dates;
using Ingest.Indexer.Parsing.Places;
using Ingest.Indexer.Text;

namespace Ingest.Indexer.Parsing.Header;

/// <summary>
/// Reads the header's place-and-date line ("Hưng" / "Yên, ngày 18 tháng 02 năm 2022" is one): the place before ", ngày"
/// and the date after it, in whatever form a real line writes it (wrapped over a table's cells, left blank in a draft,
/// cut by a preview), else a line that holds the date with no comma. A portal's stamp of the day it posted ("Chủ Nhật,
/// ngày …") and a body's dated sentence are not the line. Pure and thread-safe.
/// </summary>
internal sealed partial class PlaceDateReader
{
    private readonly ProvinceGazetteer _gazetteer;
    private readonly HashSet<string> _weekdays;
    private readonly PlaceWordsReader _places;

    /// <summary>A reader spelling provinces by <paramref name="gazetteer"/>, knowing the <paramref name="weekdays"/> a portal stamps and the place kinds of <paramref name="placeKinds"/>.</summary>
    public PlaceDateReader(ProvinceGazetteer gazetteer, IEnumerable<string> weekdays, PlaceKindWords placeKinds)
    {
        _gazetteer = gazetteer;
        _weekdays = weekdays.Select(TextFolding.FoldLoose).ToHashSet(StringComparer.Ordinal);
        _places = new PlaceWordsReader(placeKinds);
    }

    // "Hoàng Mai, ngàyẠẠ tháng ĩ năm 2016": OCR may glue its misread day to "ngày"; no other syllable folds to
    // "ngay…" before a comma's place, and the date reader decides what follows.
    // "Hà Nội. ngày 09 tháng 11 năm 2023" (jb-tong-cuc-thue-cv-2023-4222-ocr): OCR reads the comma as a full stop; a
    // sentence's "Ngày" after a stop is capitalized, so the stop form is taken only before a lower-case "ngày" (Read).
    // "Quảng Bình, | ngày 10 tháng 10 năm 2016" (nw-ubnd-quang-binh-qd-2016-3104's "Quảng Bình," / "ngày …" flattened with
    // a bar): the cell wrapped after the comma.
    [GeneratedRegex(@"\x20?(?:,|\.(?=\x20))(?:\x20\|)*\x20?(?=ngay)", RegexOptions.CultureInvariant)]
    private static partial Regex PlaceComma();

    /// <summary>
    /// The first place-and-date in the header: the place is the capitalized words before ", ngày" (back to a
    /// motto, a number or a lower-case word), the date what follows; a date left blank ("Hà Nội, ngày tháng
    /// năm") gives the place alone. Failing that, a line that opens with the place and no comma ("Eah’leo ngày
    /// 10 tháng 9 năm 2010") or holds the date alone (under a Party number: "ngày 11 tháng 5 năm 2015").
    /// </summary>
    public PlaceDate? Read(TextView view, int limit, IReadOnlyList<(int Start, int End)> masks, int? motto)
    {
        var head = view.Folded.AsSpan(0, limit); // read in place (RegexSpans)
        return AfterPlaceComma(view, head, masks, motto) ?? DateLine(view, head);
    }

    // The first ", ngày" whose date reads and whose place is written before it (or opens its line).
    private PlaceDate? AfterPlaceComma(TextView view, ReadOnlySpan<char> head, IReadOnlyList<(int Start, int End)> masks, int? motto)
    {
        // Nghị định 30/2020/NĐ-CP Phụ lục I sets the place-date under the motto; one above it is a page's line
        // ("Thành phố Hồ Chí Minh, ngày 07 tháng 4 năm 2016tải về …"), kept only when none stands under the motto.
        PlaceDate? aboveMotto = null;
        foreach (var m in PlaceComma().EnumerateMatches(head))
        {
            var at = m.Index + m.Length;
            if (view.Folded.AsSpan(m.Index, m.Length).Contains('.') && view.Normalized[at] != 'n') continue;
            var parsed = DateParser.ParseAt(view.Folded, at) is { } full ? (full.Value, full.End)
                : MisreadDayDate.ParseAt(view.Folded, at, view.Normalized) is { } misread ? (misread.Value, misread.End)
                : PlaceLineDates.ParseAt(view, at, damagedToo: motto is not null);
            if (parsed is not { } date) continue;
            var (start, written, kind) = _places.PlaceBefore(view, m.Index, masks);
            if (written is null) (start, written) = PlaceWordsReader.LineOpening(view, m.Index);
            if (written is null) continue;
            if (RunOnText.Holds(view, m.Index)) (start, written, kind) = ProvinceClosing(view, start, written, kind);
            // "Chủ Nhật, ngày 24 tháng 11 năm 2024": a portal's stamp of the day it posted the page, not a place-date.
            if (IsWeekday(view, start, written)) continue;
            var found = Create(view, Spelled(written), date.Value, start, date.End) with { Kind = kind };
            if (motto is { } ms && date.End <= ms) { aboveMotto ??= found; continue; }
            return found;
        }
        return aboveMotto;
    }

    // A line holding the date, with no comma before it: "Eah’leo ngày 10 tháng 9 năm 2010", "ngày 11 tháng 5 năm 2015".
    private PlaceDate? DateLine(TextView view, ReadOnlySpan<char> head)
    {
        // "Căn cứ …" and the body's paragraphs, then a table's "Ngày 11/3/2024": a bare date line below where the body
        // began is a date in the body, not the header's.
        var body = BodyLineStart(view, head);
        foreach (var m in LineDate().EnumerateMatches(head))
        {
            if (m.Index > body) break;
            if (DateParser.ParseAt(view.Folded, m.Index) is not { Value.IsComplete: true } date || !EndsLine(view, date.End)) continue;
            var (start, written) = PlaceWordsReader.LineOpening(view, m.Index);
            // "UỶ BAN BẦU CỬ THỊ TRẤN KIẾN XƯƠNG" / "Ngày 21/05/2021" (jy-uy-ban-bau-cu-tt-kien-xuong-tb-2021-bo-phieu-headerless):
            // a header writes its date in words ("ngày 11 tháng 5 năm 2015"); a line that holds a date in figures alone is
            // the portal's stamp of its post (corpus README, `jy` batch).
            if (written is null && !view.Folded.AsSpan(m.Index, date.End - m.Index).Contains("thang", StringComparison.Ordinal)) continue;
            if (written is null && !view.IsLineStart(m.Index) || written is not null && IsWeekday(view, start, written)) continue;
            return Create(view, written, date.Value, written is null ? m.Index : start, date.End);
        }
        return null;
    }

    // "… tại tỉnh Nghệ An Hà Nội, ngày …", "… TP Hồ Chí Minh. Hà Nội, ngày …" (ke-vpcp-cv-2010-8645, nw-vpcp-cv-2016-9285 on one
    // line): the subject's words that ran on into the place are cut off it, with a kind read before them.
    private (int Start, string Written, string? Kind) ProvinceClosing(TextView view, int start, string written, string? kind)
    {
        if (ProvinceClosingPlace.Start(_gazetteer, written) is not (var k and > 0)) return (start, written, kind);
        var at = view.Normalized.IndexOf(written[k..], start, StringComparison.Ordinal);
        return at < 0 ? (start, written, kind) : (at, written[k..], null);
    }

    // A weekday is never a place: "Chủ Nhật" stamped by a portal, and "từ thứ Hai, ngày 16/02/2026" in a body's sentence
    // (jp-ubnd-xa-nhon-my-tb-2026-tet-headerless), where the place reader stops at the lower-case "thứ" and keeps "Hai".
    private bool IsWeekday(TextView view, int start, string written)
    {
        var folded = TextFolding.FoldLoose(written);
        if (_weekdays.Contains(folded)) return true;
        return folded.Length <= 4 && TextFolding.FoldLoose(HeaderMasks.PreviousWord(view.Normalized, start)) == "thu" && _weekdays.Contains("thu " + folded);
    }

    private static readonly string[] BodyOpeners = ["can cu ", "thuc hien ", "trien khai "];

    // Where the first line opening the body ("Căn cứ Luật …", "Thực hiện Kế hoạch …") starts, or the head's end.
    private static int BodyLineStart(TextView view, ReadOnlySpan<char> head)
    {
        var first = head.Length;
        foreach (var opener in BodyOpeners)
            for (var at = head.IndexOf(opener, StringComparison.Ordinal); at >= 0 && at < first; at = IndexFrom(head, opener, at + 1))
                if (view.IsLineStart(at) || at > 0 && view.IsLineStart(at - 1) && view.Normalized[at - 1] == ' ') { first = at; break; }
        return first;
    }

    private static int IndexFrom(ReadOnlySpan<char> s, string value, int from) =>
        s[from..].IndexOf(value, StringComparison.Ordinal) is var i and >= 0 ? from + i : -1;

    // A province's name in its standard spelling ("Khánh Hoà" → "Khánh Hòa"), but the place as written when the
    // gazetteer names it otherwise ("Thừa Thiên Huế" is not renamed "Huế": the line says what it says).
    private string Spelled(string written) =>
        _gazetteer.Exact(written)?.Name is { } name && TextFolding.FoldLoose(name) == TextFolding.FoldLoose(written) ? name : written;

    private static PlaceDate Create(TextView view, string? written, DateValue? date, int start, int end)
    {
        var (s, e) = view.ToOriginalSpan(start, end);
        return new PlaceDate(written, date, new Evidence("place", view.Original[s..e], s, e), start, end);
    }

    [GeneratedRegex(@"(?<=^|\x20)ngay\x20?\d{1,2}\x20?(?:thang|[/.-])", RegexOptions.CultureInvariant)]
    private static partial Regex LineDate();

    // The date runs to the end of its line or cell ("... năm 2015" then a line break or "|").
    private static bool EndsLine(TextView view, int end)
    {
        var n = view.Normalized;
        var p = end;
        while (p < n.Length && n[p] is '.' or ',') p++;
        return p >= n.Length || n[p] == '|' || view.IsLineStart(p) || n[p] == ' ' && (view.IsLineStart(p + 1) || p + 1 < n.Length && n[p + 1] == '|');
    }
}
