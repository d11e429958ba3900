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
        if (issuer is null || date is not { IsComplete: true } d || Split(own) is not var (serial, series)) return false;
        var ownIssuer = TextFolding.FoldLoose(issuer);
        var ownIso = d.Iso!;
        foreach (var c in citations)
        {
            if (c.Number is not { } number || c.Date is not { Length: 10 } cited) continue;
            if (Split(number) is not var (citedSerial, citedSeries) || citedSerial <= serial + Slack) continue;
            if (!string.Equals(citedSeries, series, StringComparison.OrdinalIgnoreCase)) continue;
            if (c.Issuer is null || TextFolding.FoldLoose(c.Issuer) != ownIssuer) continue;
            if (cited.AsSpan(0, 4).SequenceEqual(ownIso.AsSpan(0, 4)) && string.CompareOrdinal(cited, ownIso) <= 0) return true;
        }
        return false;
    }

    // "332/QĐ-TTg" → (332, "QĐ-TTg"); a symbol with a year in it ("23/2023/QĐ-TTg") keeps the year in its series.
    private static (int Serial, string Series)? Split(string symbol)
    {
        var k = 0;
        while (k < symbol.Length && char.IsAsciiDigit(symbol[k])) k++;
        if (k == 0 || k > 6 || k + 1 >= symbol.Length || symbol[k] is not ('/' or '-')) return null;
        var series = symbol[(k + 1)..];
        return series.Any(char.IsLetter) ? (int.Parse(symbol.AsSpan(0, k), CultureInfo.InvariantCulture), series) : null;
    }
}
