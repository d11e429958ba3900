using Ingest.Indexer.Model;

namespace Ingest.Indexer.Parsing.Header;

/// <summary>The issuer's province as <see cref="IssuerProvinceReader"/> read it: null when unknown, with its confidence and evidence.</summary>
internal sealed record ProvinceResult(string? Name, double Confidence, IReadOnlyList<Evidence> Evidence);
