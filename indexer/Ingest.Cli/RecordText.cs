using System.Text;
using Ingest.Indexer.Model;

namespace Ingest.Cli;

/// <summary>A plain-text rendering of a record for the terminal.</summary>
public static class RecordText
{
    public static string Render(string file, PlanRecord r)
    {
        var sb = new StringBuilder();
        sb.AppendLine($"== {file}");
        Line(sb, "Số", r.Number);
        Line(sb, "Loại", r.DocType);
        Line(sb, "Trích yếu", r.Title);
        Line(sb, "Nơi, ngày", $"{r.Place ?? "?"}, {r.IssueDate ?? r.IssueDatePartial ?? "?"}");
        Line(sb, "Cơ quan", $"{r.Issuer.Name ?? "?"} (level: {r.Issuer.Level ?? "?"}, province: {r.Issuer.Province ?? "?"})");
        Line(sb, "Người ký", r.Signer is null ? null : $"{r.Signer.Title}: {r.Signer.Name}");
        sb.AppendLine($"  Nơi nhận ({r.Recipients.Count}):");
        foreach (var x in r.Recipients) sb.AppendLine($"    - {x.Text}" + (x.Name != x.Text ? $"  [{x.Name}]" : ""));
        sb.AppendLine($"  {r.Archive ?? "Lưu: —"}");
        sb.AppendLine($"  Citations ({r.Citations.Count}):");
        foreach (var c in r.Citations)
            sb.AppendLine($"    {c.Relation,-10} {c.Type} {c.Number ?? "(" + (c.Name ?? "by name") + ")"}  {c.Date ?? ""}  {c.Issuer ?? ""}  key={c.Key}");
        sb.AppendLine($"  Deadlines ({r.Deadlines.Count}):");
        foreach (var d in r.Deadlines) sb.AppendLine($"    {d.Date}  {d.What}");
        sb.AppendLine($"  Dates ({r.Dates.Count}): " + string.Join("; ", r.Dates.Select(d => $"{d.Kind} {d.Text.ReplaceLineEndings(" ")}")));
        foreach (var d in r.Diagnostics) sb.AppendLine($"  ! {d.Severity} {d.Code}: {d.Message}");
        return sb.ToString();
    }

    private static void Line(StringBuilder sb, string label, string? value) =>
        sb.AppendLine($"  {label}: {value ?? "—"}");
}
