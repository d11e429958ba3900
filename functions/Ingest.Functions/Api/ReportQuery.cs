using Ingest.Indexer.Reports;
using Ingest.Indexer.Text;

namespace Ingest.Functions.Api;

/// <summary>Reads report inputs from a query string: document, plan, province, level, issuer, year, from, to (dd/mm/yyyy or yyyy-mm-dd).</summary>
public static class ReportQuery
{
    /// <summary>What the inputs look like, for a 400 answer.</summary>
    public const string Help = "year is a number; from and to are dates (" + UserDate.Accepted + ").";

    /// <summary>The request, or null when year, from or to cannot be read.</summary>
    public static ReportRequest? Read(IQueryCollection q)
    {
        string? S(string name) => string.IsNullOrWhiteSpace(q[name].FirstOrDefault()) ? null : q[name].FirstOrDefault()!.Trim();
        int? year = null;
        if (S("year") is { } y) { if (!int.TryParse(y, out var v)) return null; year = v; }
        DateOnly? from = null, to = null;
        if (S("from") is { } f) { if (!UserDate.TryParse(f, out var d)) return null; from = d; }
        if (S("to") is { } t) { if (!UserDate.TryParse(t, out var d)) return null; to = d; }
        return new ReportRequest
        {
            Document = S("document"), Plan = S("plan"), Province = S("province"), Level = S("level"), Issuer = S("issuer"),
            Year = year, From = from, To = to, Today = DateOnly.FromDateTime(DateTime.UtcNow),
        };
    }
}
