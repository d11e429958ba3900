namespace Ingest.Indexer.Model;

/// <summary>The signature block: the signer's position (e.g. <c>PHÓ CHỦ TỊCH</c>), the authority lines above it (<c>TM. ỦY BAN NHÂN DÂN</c>, <c>KT. CHỦ TỊCH</c>) and the name.</summary>
public sealed record Signer(string? Title, string? Name)
{
    public IReadOnlyList<string> Authority { get; init; } = [];
}
