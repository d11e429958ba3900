namespace Ingest.Indexer.Parsing.Citations;

/// <summary>
/// The numbers of the symbol pattern's named groups, looked up once: a group read by its name goes through a hash
/// table of names at every read, a dozen reads for each symbol (issue 10, parser speed). Both the anchored and the
/// unanchored pattern number their groups alike (same groups, same order, no unnamed captures).
/// </summary>
internal static class SymbolGroups
{
    public static readonly int Code = SymbolParser.SymbolAt().GroupNumberFromName("code");
    public static readonly int Hcode = SymbolParser.SymbolAt().GroupNumberFromName("hcode");
    public static readonly int Hyear = SymbolParser.SymbolAt().GroupNumberFromName("hyear");
    public static readonly int Num = SymbolParser.SymbolAt().GroupNumberFromName("num");
    public static readonly int Ocode = SymbolParser.SymbolAt().GroupNumberFromName("ocode");
    public static readonly int Pcode = SymbolParser.SymbolAt().GroupNumberFromName("pcode");
    public static readonly int Pglue = SymbolParser.SymbolAt().GroupNumberFromName("pglue");
    public static readonly int Psep = SymbolParser.SymbolAt().GroupNumberFromName("psep");
    public static readonly int Pslsp = SymbolParser.SymbolAt().GroupNumberFromName("pslsp");
    public static readonly int Psp = SymbolParser.SymbolAt().GroupNumberFromName("psp");
    public static readonly int Ptype = SymbolParser.SymbolAt().GroupNumberFromName("ptype");
    public static readonly int Sfix = SymbolParser.SymbolAt().GroupNumberFromName("sfix");
    public static readonly int Sep = SymbolParser.SymbolAt().GroupNumberFromName("sep");
    public static readonly int Ssp = SymbolParser.SymbolAt().GroupNumberFromName("ssp");
    public static readonly int Year = SymbolParser.SymbolAt().GroupNumberFromName("year");
}
