using Ingest.Indexer.Parsing.Places;
using Ingest.Indexer.Text;

namespace Ingest.Indexer.Parsing.Header;

/// <summary>
/// Reads the fixed parts of a header on the normalized view, where a layout's line breaks are spaces: the
/// national and Party mottos, rules and table debris (masked, so they are never read as an issuer), the
/// place-and-date ("Hưng" / "Yên, ngày 18 tháng 02 năm 2022" is one), and the upper-case words of the issuer
/// block above. Works the same on a two-column header flattened into one line, cut into lines by a page,
/// or with "|" cells and literal "\n" escapes. Each part is a reader of its own (<see cref="HeaderMaskFinder"/>,
/// <see cref="PlaceDateReader"/>, <see cref="IssuerTokenReader"/>); this class builds them from the tables and keeps
/// the header parser's one entry to them. Pure and thread-safe.
/// </summary>
public sealed class HeaderScanner
{

    private readonly HeaderMaskFinder _masks;
    private readonly PlaceDateReader _placeDates;
    private readonly IssuerTokenReader _issuerTokens;

    /// <summary>
    /// A scanner naming places with <paramref name="gazetteer"/> and knowing the type words of <paramref name="typeWords"/>;
    /// <paramref name="placeKindAbbreviations"/> and <paramref name="placeKindTwoWords"/> are the kinds a place-date line
    /// writes before a place's name ("TP." from phrases.json, "Thị trấn" from the jurisdictions of agencies.json).
    /// </summary>
    public HeaderScanner(ProvinceGazetteer gazetteer, IEnumerable<string> typeWords, IEnumerable<string>? weekdays = null,
        IEnumerable<string>? placeKindAbbreviations = null, IEnumerable<string>? placeKindTwoWords = null)
    {
        _masks = new HeaderMaskFinder(gazetteer);
        _placeDates = new PlaceDateReader(gazetteer, weekdays ?? [], new PlaceKindWords(placeKindAbbreviations ?? [], placeKindTwoWords ?? []));
        _issuerTokens = new IssuerTokenReader(new TypeHeadingWords(typeWords));
    }

    /// <summary>Normalized spans of mottos and debris in the first <paramref name="limit"/> characters, in order.</summary>
    public IReadOnlyList<(int Start, int End)> Masks(TextView view, int limit) => _masks.Find(view, limit, out _);

    /// <summary>As <see cref="Masks(TextView, int)"/>; <paramref name="cutMotto"/>: the state motto cut short before its
    /// last word (see <see cref="CutMotto"/>), or null.</summary>
    public IReadOnlyList<(int Start, int End)> Masks(TextView view, int limit, out (int Start, int End)? cutMotto) =>
        _masks.Find(view, limit, out cutMotto);

    /// <summary>Where the national or Party motto first begins in the first <paramref name="limit"/> characters, or null.</summary>
    public static int? MottoStart(TextView view, int limit) => HeaderMaskFinder.MottoStart(view, limit);

    /// <summary>
    /// The first place-and-date in the header: the place is the capitalized words before ", ngày" (back to a
    /// motto, a number or a lower-case word), the date what follows; a date left blank ("Hà Nội, ngày tháng
    /// năm") gives the place alone. Failing that, a line that opens with the place and no comma ("Eah’leo ngày
    /// 10 tháng 9 năm 2010") or holds the date alone (under a Party number: "ngày 11 tháng 5 năm 2015").
    /// </summary>
    public PlaceDate? ReadPlaceDate(TextView view, int limit, IReadOnlyList<(int Start, int End)> masks, int? motto) =>
        _placeDates.Read(view, limit, masks, motto);

    /// <summary>
    /// The upper-case words of the issuer block: from the top of the text up to <paramref name="end"/> (the
    /// number, the place-date or the heading), skipping mottos and debris; stops where the body begins.
    /// </summary>
    public IReadOnlyList<HeaderToken> IssuerTokens(TextView view, int end, IReadOnlyList<(int Start, int End)> masks) =>
        _issuerTokens.Read(view, end, masks, out _);

    /// <summary>
    /// As <see cref="IssuerTokens(TextView, int, IReadOnlyList{ValueTuple{int, int}})"/>; <paramref name="heading"/>
    /// is where a type heading ended the block ("… XÃ PHÚ MẬU Độc lập … KẾ HOẠCH PHÒNG CHỐNG …"), or -1.
    /// <paramref name="bareHeader"/>: the header has no motto, number or place-date, so nothing but the type word
    /// can end the name ("TRƯỜNG THCS AN BÌNH KẾ HOẠCH HOẠT ĐỘNG …" on one line).
    /// </summary>
    public IReadOnlyList<HeaderToken> IssuerTokens(TextView view, int end, IReadOnlyList<(int Start, int End)> masks, out int heading, bool bareHeader = false) =>
        _issuerTokens.Read(view, end, masks, out heading, bareHeader);
}
