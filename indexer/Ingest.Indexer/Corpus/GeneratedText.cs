using System.Text;

namespace Ingest.Indexer.Corpus;

/// <summary>Generated plan bodies: filler with planted citations, and the citations a parser must find.</summary>
public static class GeneratedText
{
    private static readonly (string Lead, string Relation)[] Leads =
    [
        ("Thực hiện ", "implements"), ("Căn cứ ", "basis"), ("Triển khai thực hiện ", "implements"),
        ("theo tinh thần ", "implements"), ("Tiếp tục quán triệt ", "mentions"),
    ];

    /// <summary>Roughly <paramref name="targetChars"/> characters of text and its planted citations.</summary>
    public static (string Text, IReadOnlyList<PlantedCitation> Planted) Build(int seed, int targetChars)
    {
        var rng = new Random(seed);
        var sb = new StringBuilder(targetChars + 512);
        var planted = new List<PlantedCitation>();
        while (sb.Length < targetChars)
        {
            sb.Append(FillerText.Next(rng)).Append(rng.Next(3) == 0 ? "\n\n" : " ");
            if (rng.Next(2) == 0) continue;
            var (lead, relation) = Leads[rng.Next(Leads.Length)];
            var c = CitationSpeller.Next(rng) with { Relation = relation };
            planted.Add(c);
            sb.Append(lead).Append(c.Spelling).Append(". ");
            sb.Append(rng.Next(4) == 0 ? "\n" : "");
        }
        return (sb.ToString(), planted);
    }
}
