using System.Text.RegularExpressions;
using Ingest.Indexer.Parsing.Tables;
using Ingest.Indexer.Text;

namespace Ingest.Indexer.Parsing.Citations;

/// <summary>
/// A plan's scope (planScopeWords: a period, a term, a place) or its year, which says which one plan a subject names:
/// "Kế hoạch phát triển giáo dục giai đoạn 2021 – 2026", "Chương trình làm việc toàn khóa" (iy-018), "Kế hoạch Ngoại
/// giao văn hóa của tỉnh năm 2018". Pure and thread-safe.
/// </summary>
internal sealed partial class PlanScopes
{
    private readonly string[] _planScopes;

    public PlanScopes(DomainTables tables) =>
        _planScopes = (tables.Phrases.PlanScopeWords ?? []).Select(s => " " + TextFolding.FoldLoose(s) + " ").ToArray();

    // A plan's scope word right after a comma at <paramref name="at"/> (", giai đoạn 2021 – 2025", ", năm học 2024-2025").
    public bool At(string f, int at)
    {
        foreach (var scope in _planScopes)
            if (f.AsSpan(at).StartsWith(scope, StringComparison.Ordinal)) return true;
        return false;
    }

    /// <summary>Whether the clause from <paramref name="start"/> to <paramref name="end"/> holds a scope word or a year.</summary>
    public bool Within(string f, int start, int end)
    {
        var clause = f.AsSpan(start, end - start);
        foreach (var scope in _planScopes)
        {
            // "Chương trình làm việc toàn khóa, Hội nghị …" (iy-018): a scope word may close the name, before its clause's end.
            var at = clause.IndexOf(scope.AsSpan(0, scope.Length - 1), StringComparison.Ordinal);
            if (at >= 0 && (at + scope.Length - 1 == clause.Length || !char.IsAsciiLetterOrDigit(clause[at + scope.Length - 1]))) return true;
        }
        return YearWord().Match(f, start, end - start).Success;
    }

    [GeneratedRegex(@"\bnam\x20(?:19|20)\d{2}(?!\d)", RegexOptions.CultureInvariant)]
    private static partial Regex YearWord();
}
