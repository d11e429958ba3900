namespace Ingest.Cli.Evaluation;

/// <summary>Found, missed and spurious items of one kind, with precision and recall.</summary>
public sealed record RatioScore(int Found, int Missed, int Spurious)
{
    public double Precision => Found + Spurious == 0 ? 1 : (double)Found / (Found + Spurious);
    public double Recall => Found + Missed == 0 ? 1 : (double)Found / (Found + Missed);
}
