namespace Ingest.Cli.Evaluation;

/// <summary>How one header field fared over the corpus documents.</summary>
/// <param name="Field">The field's name in corpus annotations, e.g. <c>issuer</c>.</param>
/// <param name="Right">Value equal to the annotation (an empty annotation matched by an empty value counts).</param>
/// <param name="Empty">Left empty where the annotator read a value: a miss, but an honest one.</param>
/// <param name="Wrong">A value that differs from the annotation: a guess the hierarchy and reports inherit.</param>
public sealed record FieldScore(string Field, int Right, int Empty, int Wrong)
{
    public int Total => Right + Empty + Wrong;
    public double Accuracy => Total == 0 ? 1 : (double)Right / Total;
}
