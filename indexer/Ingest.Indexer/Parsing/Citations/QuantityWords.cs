namespace Ingest.Indexer.Parsing.Citations;

/// <summary>
/// The words after a number that make it a quantity, not a document's serial: a unit of time or a percentage ("Kế hoạch
/// 5 năm", "Chỉ thị 2 tháng"), money, people, area or how many items a plan lists ("Đề án 300 tỷ đồng", "Chương trình 12
/// nhiệm vụ"). Pure and thread-safe.
/// </summary>
internal static class QuantityWords
{

    // "Kế hoạch 5 năm", "Chỉ thị 2 tháng": a quantity, never a short form. "Thông tư 22 quy định về khen thưởng …"
    // (kz-062): the verb "quy định" (prescribes) folds as the quarter "quý" does, and is what the document does.
    public static bool FollowedByUnit(string f, int end)
    {
        var rest = f.AsSpan(end);
        if (rest.StartsWith(" quy dinh")) return false;
        foreach (var unit in (ReadOnlySpan<string>)[" nam", " thang", " ngay", " tuan", " quy", " %", "%"])
            if (rest.StartsWith(unit) && (rest.Length == unit.Length || !char.IsAsciiLetter(rest[unit.Length]))) return true;
        return false;
    }

    // Words that make a number a quantity: money, people, households, area, and how many items a plan lists.
    private static readonly string[] Quantities = [" ty", " trieu", " nghin", " ngan", " dong", " nguoi", " ho", " ha", " km", " tan", " lan",
        " nhiem vu", " muc tieu", " chi tieu", " giai phap", " noi dung", " du an", " xa", " thon", " truong", " hoc sinh"];

    public static bool FollowedByQuantity(string f, int end)
    {
        var rest = f.AsSpan(end);
        foreach (var q in Quantities)
            if (rest.StartsWith(q) && (rest.Length == q.Length || !char.IsAsciiLetter(rest[q.Length]))) return true;
        return false;
    }
}
