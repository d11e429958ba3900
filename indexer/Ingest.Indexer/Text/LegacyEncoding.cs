namespace Ingest.Indexer.Text;

/// <summary>Legacy Vietnamese 8-bit encodings.</summary>
public enum LegacyEncoding { None, Tcvn3, Vni }
