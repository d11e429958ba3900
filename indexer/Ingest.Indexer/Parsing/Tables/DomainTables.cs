using System.Collections.Frozen;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Ingest.Indexer.Text;

namespace Ingest.Indexer.Parsing.Tables;

/// <summary>
/// The parser's domain tables (document types, issuer codes, agencies, provinces, abbreviations, phrases),
/// loaded once from the embedded JSON files under Data/. Invalid rows throw at load, naming the file and row.
/// Immutable and thread-safe.
/// </summary>
public sealed class DomainTables
{
    private static readonly Lazy<DomainTables> Shared = new(LoadEmbedded);

    private readonly Dictionary<string, DocumentTypeRow> _typeByFoldedWord = new(StringComparer.Ordinal);
    private readonly Dictionary<string, DocumentTypeRow> _typeById = new(StringComparer.Ordinal);
    private readonly Dictionary<string, IssuerCodeRow> _issuerByCode = new(StringComparer.Ordinal);
    private readonly Dictionary<string, TypeAbbreviation> _abbreviationByFolded = new(StringComparer.Ordinal);
    // Types by their state and Party codes, the first row listing a code winning as the table's order says: asked for
    // every symbol read (a scan of every row's codes was a twenty-fifth of parsing a citation-dense text).
    private readonly Dictionary<string, DocumentTypeRow> _typeByStateCode = new(StringComparer.Ordinal);
    private readonly Dictionary<string, DocumentTypeRow> _typeByPartyCode = new(StringComparer.Ordinal);

    /// <summary>The tables shipped with the library.</summary>
    public static DomainTables Default => Shared.Value;

    public IReadOnlyList<DocumentTypeRow> DocumentTypes { get; }
    public IReadOnlyList<IssuerCodeRow> IssuerCodes { get; }
    public IReadOnlyList<AgencyRow> Agencies { get; }
    public IReadOnlyList<JurisdictionRow> Jurisdictions { get; }
    public IReadOnlyList<ProvinceRow> Provinces { get; }
    public IReadOnlyDictionary<string, string> Abbreviations { get; }
    public PhraseTable Phrases { get; }
    /// <summary>Agencies with their folded names padded by spaces (" ubnd "), longest first, for word search.</summary>
    public IReadOnlyList<(string Folded, AgencyRow Row)> FoldedAgencies { get; }
    /// <summary>Jurisdiction words folded and padded by spaces (" huyen "), longest first.</summary>
    public IReadOnlyList<(string Folded, JurisdictionRow Row)> FoldedJurisdictions { get; }
    /// <summary>Type codes (state and Party) by their canonical spelling, e.g. QĐi, CTr.</summary>
    public CodeBook TypeCodes { get; }
    /// <summary>Issuer codes by their canonical spelling, e.g. TTg, UBND.</summary>
    public CodeBook IssuerCodeBook { get; }
    /// <summary>
    /// The words a place's name follows, any case: the last word of each jurisdiction of one or two words ("tỉnh",
    /// "phố" of "thành phố", "xã") and the abbreviations a place line writes ("TP.", "TX"). "thành phố Hồ Chí Minh",
    /// "xã Lê Lợi" end a line with a place named after a person, not with a signer's name.
    /// </summary>
    public FrozenSet<string> PlaceKindWords { get; }

    private DomainTables(
        IReadOnlyList<DocumentTypeRow> types, IReadOnlyList<IssuerCodeRow> issuers, IReadOnlyList<AgencyRow> agencies,
        IReadOnlyList<JurisdictionRow> jurisdictions, IReadOnlyList<ProvinceRow> provinces,
        IReadOnlyDictionary<string, string> abbreviations, PhraseTable phrases)
    {
        DocumentTypes = types;
        foreach (var t in types)
        {
            foreach (var c in t.StateCodes) _typeByStateCode.TryAdd(c, t);
            foreach (var c in t.PartyCodes) _typeByPartyCode.TryAdd(c, t);
        }
        IssuerCodes = issuers;
        Agencies = agencies.OrderByDescending(a => a.Text.Length).ToArray();
        Jurisdictions = jurisdictions.OrderByDescending(j => j.Text.Length).ToArray();
        Provinces = provinces;
        FoldedAgencies = Agencies.Select(a => (" " + TextFolding.FoldLoose(a.Text) + " ", a)).ToArray();
        FoldedJurisdictions = Jurisdictions.Select(j => (" " + TextFolding.FoldLoose(j.Text) + " ", j)).ToArray();
        Abbreviations = abbreviations;
        Phrases = phrases;
        PlaceKindWords = Jurisdictions.Where(j => j.Text.Count(c => c == ' ') <= 1).Select(j => j.Text.Split(' ')[^1])
            .Concat(phrases.PlaceKindAbbreviations ?? []).ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        foreach (var t in types)
        {
            if (!_typeById.TryAdd(t.Id, t)) throw new InvalidDataException($"document-types.json: duplicate id '{t.Id}'");
            foreach (var w in t.Words) _typeByFoldedWord[TextFolding.FoldLoose(w)] = t;
            foreach (var a in t.Abbreviations ?? []) AddAbbreviation(a, t, null);
            foreach (var a in t.NameAbbreviations ?? []) AddAbbreviation(a.Abbreviation, t, a.Name);
        }
        foreach (var i in issuers) _issuerByCode[i.Code.ToUpperInvariant()] = i;
        TypeCodes = new CodeBook(types.SelectMany(t => t.StateCodes.Concat(t.PartyCodes)));
        IssuerCodeBook = new CodeBook(issuers.Select(i => (i.Code, i.WrittenAs ?? i.Code)));
    }

    private void AddAbbreviation(string written, DocumentTypeRow type, string? name)
    {
        var folded = TextFolding.FoldLoose(written);
        if (_typeByFoldedWord.ContainsKey(folded) || !_abbreviationByFolded.TryAdd(folded, new TypeAbbreviation(written, type, name)))
            throw new InvalidDataException($"document-types.json: abbreviation '{written}' of '{type.Id}' is used twice");
    }

    /// <summary>
    /// The short type word or document abbreviation ("NQ", "BLHS") whose folded form is <paramref name="foldedWord"/>,
    /// or null. Callers check the written case: abbreviations count only in capitals.
    /// </summary>
    public TypeAbbreviation? AbbreviationByWord(string foldedWord) => _abbreviationByFolded.GetValueOrDefault(foldedWord);

    /// <summary>The type whose running-text word (folded) is <paramref name="foldedWord"/>, or null.</summary>
    public DocumentTypeRow? TypeByWord(string foldedWord) => _typeByFoldedWord.GetValueOrDefault(foldedWord);

    /// <summary>The type with the stable id <paramref name="id"/>; throws for an unknown id (a programming error).</summary>
    public DocumentTypeRow TypeById(string id) =>
        _typeById.TryGetValue(id, out var t) ? t : throw new KeyNotFoundException($"unknown document type id '{id}'");

    /// <summary>The type a symbol's type code denotes in the given numbering system (party or state).</summary>
    public DocumentTypeRow? TypeByCode(string canonicalCode, bool party) =>
        (party ? _typeByPartyCode : _typeByStateCode).GetValueOrDefault(canonicalCode);

    /// <summary>Issuer code row by canonical code (QH12 → QH), or null.</summary>
    public IssuerCodeRow? IssuerByCode(string canonicalCode)
    {
        var key = InvariantCasing.ToUpper(canonicalCode);
        if (_issuerByCode.TryGetValue(key, out var row)) return row;
        var trimmed = key.TrimEnd('0', '1', '2', '3', '4', '5', '6', '7', '8', '9'); // QH14, UBTVQH13: term number
        return trimmed.Length < key.Length ? _issuerByCode.GetValueOrDefault(trimmed) : null;
    }

    /// <summary>All running-text words of all types, folded, longest first (for building the finder).</summary>
    public IEnumerable<string> FoldedTypeWords() => _foldedTypeWords ??= _typeByFoldedWord.Keys.OrderByDescending(k => k.Length).ToArray();

    // Sorted once: the title reader asks for the words at every line of a header (sorting them there each time was
    // a fiftieth of a parse).
    private string[]? _foldedTypeWords;

    /// <summary>
    /// The running-text words of the types a text cites, folded, longest first: a heading-only type ("Phụ lục", "Bảng so
    /// sánh", document-types.json headingOnly) names a part of a document, cited through that document's own number.
    /// </summary>
    public IEnumerable<string> FoldedCitableTypeWords() =>
        _typeByFoldedWord.Where(p => !p.Value.HeadingOnly).Select(p => p.Key).OrderByDescending(k => k.Length);

    /// <summary>All abbreviations ("nq", "blhs"), folded.</summary>
    public IEnumerable<string> FoldedAbbreviations() => _abbreviationByFolded.Keys;

    private static DomainTables LoadEmbedded()
    {
        var types = Read("document-types.json", TableJson.Default.TypesFile).Types;
        var issuers = Read("issuer-codes.json", TableJson.Default.IssuersFile).Codes;
        var agencies = Read("agencies.json", TableJson.Default.AgenciesFile);
        var provinces = Read("provinces.json", TableJson.Default.ProvincesFile).Provinces;
        var abbreviations = Read("abbreviations.json", TableJson.Default.AbbreviationsFile).Abbreviations;
        var phrases = Read("phrases.json", TableJson.Default.PhraseTable);
        Validate(types, issuers);
        return new DomainTables(types, issuers, agencies.Agencies, agencies.Jurisdictions, provinces, abbreviations, phrases);
    }

    /// <summary>Reads the embedded table <paramref name="file"/> with the reader generated for its shape.</summary>
    internal static T Read<T>(string file, JsonTypeInfo<T> shape)
    {
        using var stream = Embedded(file);
        return Parse(stream, file, shape);
    }

    /// <summary>Reads a table from <paramref name="json"/>; throws <see cref="JsonException"/> on malformed JSON.</summary>
    internal static T Parse<T>(Stream json, string file, JsonTypeInfo<T> shape) =>
        JsonSerializer.Deserialize(json, shape) ?? throw new InvalidDataException($"{file} is empty");

    /// <summary>The embedded file <paramref name="file"/> of Data/.</summary>
    internal static Stream Embedded(string file) =>
        Assembly.GetExecutingAssembly().GetManifestResourceStream("Ingest.Data." + file)
            ?? throw new InvalidDataException($"embedded table {file} is missing");

    private static void Validate(IReadOnlyList<DocumentTypeRow> types, IReadOnlyList<IssuerCodeRow> issuers)
    {
        string[] forms = ["of-issuer", "quoted", "annex", "annex-host", "yearly", "congress", "plenum", "session", "capitalized-of-issuer", "capitalized-plenum", "law", "name", "subject", "alone", "carries-out", "joint", "coordination", "basis-annex", "about", "quoted-issued", "founding"];
        foreach (var t in types)
        {
            if (string.IsNullOrWhiteSpace(t.Id) || string.IsNullOrWhiteSpace(t.Name) || t.Words is null)
                throw new InvalidDataException($"document-types.json: row '{t.Id}' lacks id, name or words");
            foreach (var f in t.NamedForms)
                if (!forms.Contains(f)) throw new InvalidDataException($"document-types.json: row '{t.Id}' has unknown named form '{f}'");
        }
        foreach (var i in issuers)
            if (i.Scope is not ("central" or "local") || i.System is not ("party" or "state"))
                throw new InvalidDataException($"issuer-codes.json: row '{i.Code}' has a bad scope or system");
    }
}
