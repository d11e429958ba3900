using System.Text;

namespace Ingest.Indexer.Corpus;

/// <summary>Generated plan bodies: filler with planted citations, and the citations a parser must find.</summary>
public static class GeneratedText
{
    private static readonly string[] Leads = ["Thực hiện ", "Căn cứ ", "Triển khai thực hiện ", "theo tinh thần ", "Tiếp tục quán triệt "];

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
            var c = CitationSpeller.Next(rng);
            planted.Add(c);
            sb.Append(Leads[rng.Next(Leads.Length)]).Append(c.Spelling).Append("; ");
            sb.Append(rng.Next(4) == 0 ? "\n" : "");
        }
        return (sb.ToString(), planted);
    }
}
