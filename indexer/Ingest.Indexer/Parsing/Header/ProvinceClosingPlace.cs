using Ingest.Indexer.Parsing.Places;

namespace Ingest.Indexer.Parsing.Header;

/// <summary>
/// The province that closes the place read before a place-date's comma on a line that lost its breaks: "… V/v … tại tỉnh
/// Nghệ An Hà Nội, ngày 29 tháng 11 năm 2010", "… và Cảng hàng không quốc tế Long Thành Hà Nội, ngày …" (ke-vpcp-cv-2010-
/// 8645, sg-vpcp-cv-2026-3722 on one line). The subject's last capitalized words run on into the place; a place that is no
/// province's name but closes with the whole name of one ("Hà Nội") is that province alone. Pure and thread-safe.
/// </summary>
internal static class ProvinceClosingPlace
{
    /// <summary>Where in <paramref name="written"/> the name of a province of two words or more that closes it begins,
    /// when <paramref name="written"/> is no province's name itself; 0 when none does.</summary>
    public static int Start(ProvinceGazetteer gazetteer, string written)
    {
        if (gazetteer.Exact(written) is not null) return 0;
        for (var space = written.IndexOf(' '); space > 0; space = written.IndexOf(' ', space + 1))
        {
            var rest = written.AsSpan(space + 1);
            if (rest.IndexOf(' ') < 0) return 0;
            if (gazetteer.Exact(rest.ToString()) is not null) return space + 1;
        }
        return 0;
    }
}
