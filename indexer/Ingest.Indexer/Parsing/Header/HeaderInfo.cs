using Ingest.Indexer.Model;
using Ingest.Indexer.Parsing.Citations;
using Ingest.Indexer.Parsing.Dates;

namespace Ingest.Indexer.Parsing.Header;

/// <summary>What the header of a plan says: number, type, title, place and date, and the issuer lines above them.</summary>
public sealed record HeaderInfo
{
    public DocumentSymbol? Symbol { get; init; }
    /// <summary>Normalized span of the own number, so the citation finder does not take it for a citation.</summary>
    public (int Start, int End)? NumberSpan { get; init; }
    /// <summary>Set when the header gave no number and the text named itself (see SelfNamedHeader): what it was read from.</summary>
    public Evidence? SelfNamedEvidence { get; init; }
    /// <summary>The body the text names as the issuer where it names itself ("Báo cáo số 228/BC-UBND … của UBND phường Hà Phong"), as written.</summary>
    public string? SelfNamedIssuer { get; init; }
    public string? DocType { get; init; }
    public string? DocTypeId { get; init; }
    /// <summary>True when the type was read from a heading line rather than inferred (V/v subject, number code).</summary>
    public bool TypeFromHeading { get; init; }
    public string? Title { get; init; }
    /// <summary>Where the title was read: heading (lines under the type heading), subject (V/v), unheaded (upper-case lines under the number).</summary>
    public string? TitleSource { get; init; }
    /// <summary>The place's name, without the kind words written before it ("Tân Trụ" of "Thị trấn Tân Trụ"): what the gazetteers look up.</summary>
    public string? Place { get; init; }
    /// <summary>The place as the place-date line writes it ("Thị trấn Tân Trụ"), when kind words stand before the name.</summary>
    public string? PlaceWritten { get; init; }
    public DateValue? IssueDate { get; init; }
    /// <summary>The line that gave the issue date (and the place, when <see cref="Place"/> is set): the place-date line, or
    /// where none was read, the closing adoption note or the annex line that dates the document.</summary>
    public Evidence? PlaceDateEvidence { get; init; }
    /// <summary>Upper-case lines naming the issuer above the number ("UBND TỈNH KHÁNH HÒA", "BAN DÂN TỘC"), top first.</summary>
    public IReadOnlyList<Evidence> IssuerLines { get; init; } = [];
    /// <summary>The bodies of the issuer block, top first ("UBND TỈNH BẾN TRE", "SỞ Y TẾ").</summary>
    public IReadOnlyList<IssuerUnit> IssuerUnits { get; init; } = [];
    /// <summary>Normalized span of the state motto cut short before its last word by a text layer that interleaved the
    /// header's columns ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT ỦY BAN …"), or null: the issuer's words may hold the lost word.</summary>
    public (int Start, int End)? CutMotto { get; init; }
    /// <summary>The enacting body named under a decision's title ("CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH LAI CHÂU"), with its line.</summary>
    public (IssuerUnit Unit, Evidence Evidence)? Enacting { get; init; }
    /// <summary>A telegram's sender line ("CHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN THỌ XUÂN điện:"): the sender as written, with the line.</summary>
    public (string Sender, Evidence Evidence)? Sender { get; init; }

    /// <summary>The congress an adoption note under the title names ("Đại hội đại biểu toàn quốc lần thứ XI Đoàn TNCS Hồ Chí Minh"), or null.</summary>
    public string? AdoptedBy { get; init; }
    /// <summary>Normalized offset where the body begins (after the number, place-date and heading); self-statements count only from here.</summary>
    public int BodyStart { get; init; }
    public IReadOnlyList<Diagnostic> Diagnostics { get; init; } = [];
}
