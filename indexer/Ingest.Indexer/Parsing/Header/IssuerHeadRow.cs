namespace Ingest.Indexer.Parsing.Header;

/// <summary>A row of issuer-heads.json: a word that opens the name of an issuing body in a header.</summary>
/// <param name="Text">The head as written in running text, e.g. <c>Ủy ban nhân dân</c>, <c>Sở</c>.</param>
/// <param name="Role">parent (heads a header block) or child (sits under a parent).</param>
/// <param name="Level">Fixed administrative level of such a body, or null when a jurisdiction word tells it.</param>
/// <param name="FallbackLevel">Level when neither a jurisdiction word nor a parent tells it.</param>
/// <param name="Strong">May open a new unit in the middle of a line.</param>
/// <param name="PlaceFollows">The words after the head are a place ("TỈNH ỦY QUẢNG NAM").</param>
/// <param name="PlaceKind">For a district's body named after its district ("Huyện ủy Tam Đường"): the kind word the
/// text writes before that district's name ("huyện Tam Đường"), or null.</param>
/// <param name="LineStart">Opens a body only at the start of a line: its word also ends common words ("thị trường",
/// "nhiệm vụ"), which a body's name may hold.</param>
/// <param name="PartOf">A part of the body above it rather than a body of the place (a sub-committee, a standing board,
/// a delegation the body sends out): named with that body's whole name ("Đoàn giám sát HĐND tỉnh Bình Dương").</param>
/// <param name="ProperNameFollows">The words after the head are the body's proper name, every syllable capitalised as
/// Vietnamese writes names ("TRƯỜNG THPT LÊ QUÝ ĐÔN" → "Trường THPT Lê Quý Đôn", not "Lê quý đôn"), where the words
/// after other heads are a description written in sentence case ("Phòng Tài chính - Kế hoạch", "Ban Chỉ đạo …").</param>
public sealed record IssuerHeadRow(string Text, string Role, string? Level, string? FallbackLevel, bool Strong, bool PlaceFollows = false, string? PlaceKind = null, bool LineStart = false, bool PartOf = false, bool ProperNameFollows = false)
{
    /// <summary>True for a child body (Sở, Ban, Phòng).</summary>
    public bool IsChild => Role == "child";
}
