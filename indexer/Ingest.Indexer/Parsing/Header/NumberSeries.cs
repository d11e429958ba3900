using System.Globalization;
using Ingest.Indexer.Model;
using Ingest.Indexer.Parsing.Dates;
using Ingest.Indexer.Text;

namespace Ingest.Indexer.Parsing.Header;

/// <summary>
/// Checks the own number against the text's citations of the same series: an issuer numbers a type of document in one
/// run through the year, so a document of that series issued earlier the same year bears a lower serial. "Số: 332/QĐ-TTg
/// … ngày 15 tháng 5 năm 2025" over "Căn cứ Quyết định số 929/QĐ-TTg ngày 15 tháng 5 năm 2025 của Thủ tướng Chính phủ"
/// (iq-ttg-qd-932-2025-ocr, a handwritten 932 the OCR read as 332) cannot both be right: the header's number, the one a
/// scan most often damages, is not kept (corpus README, the `iq-` rule on handwritten numbers). Pure and thread-safe.
/// </summary>
internal static class NumberSeries
{
    // Room for a day's letters numbered out of the order they were signed in.
    private const int Slack = 10;

    /// <summary>True when a cited document of <paramref name="own"/>'s series and of the same <paramref name="issuer"/>,
    /// issued in the same year on or before <paramref name="date"/>, bears a serial higher than the own by more than a
    /// few. The issuer must be named alike: a code ("KH-LĐLĐ", "UBND-TH", "QĐ-UBND") is shared by the bodies of every
    /// level, each with its own run.</summary>
    public static bool Contradicts(string own, DateValue? date, string? issuer, IReadOnlyList<Citation> citations)
    {
        if (issuer is null || date is not { IsComplete: true } d || citations.Count == 0 || !TrySplit(own, out var serial, out var at)) return false;
        var series = own.AsSpan(at);
        var ownIso = d.Iso!;
        string? ownIssuer = null;
        foreach (var c in citations)
        {
            if (c.Number is not { } number || c.Date is not { Length: 10 } cited || c.Issuer is null) continue;
            if (!TrySplit(number, out var citedSerial, out var citedAt) || citedSerial <= serial + Slack) continue;
            if (!number.AsSpan(citedAt).Equals(series, StringComparison.OrdinalIgnoreCase)) continue;
            if (!cited.AsSpan(0, 4).SequenceEqual(ownIso.AsSpan(0, 4)) || string.CompareOrdinal(cited, ownIso) > 0) continue;
            ownIssuer ??= TextFolding.FoldLoose(issuer);
            if (TextFolding.FoldLoose(c.Issuer) == ownIssuer) return true;
        }
        return false;
    }

    // "332/QĐ-TTg" → 332 and where "QĐ-TTg" starts; a symbol with a year in it ("23/2023/QĐ-TTg") keeps the year in its
    // series. The series must hold a letter.
    private static bool TrySplit(string symbol, out int serial, out int seriesAt)
    {
        serial = 0;
        seriesAt = 0;
        var k = 0;
        while (k < symbol.Length && char.IsAsciiDigit(symbol[k])) k++;
        if (k == 0 || k > 6 || k + 1 >= symbol.Length || symbol[k] is not ('/' or '-') || !symbol.AsSpan(k + 1).ContainsAnyExcept("0123456789/-")) return false;
        serial = int.Parse(symbol.AsSpan(0, k), CultureInfo.InvariantCulture);
        seriesAt = k + 1;
        return true;
    }
}
