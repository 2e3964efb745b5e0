namespace Extraction.Evaluation;

/// <summary>True positives, predicted and gold counts, and the precision, recall and F1 they give.</summary>
public sealed class PrfCounts
{
    public int TruePositives { get; set; }

    public int Predicted { get; set; }

    public int Gold { get; set; }

    public double Precision => Predicted == 0 ? 0 : TruePositives / (double)Predicted;

    public double Recall => Gold == 0 ? 0 : TruePositives / (double)Gold;

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    public void Add(PrfCounts other)
    {
        TruePositives += other.TruePositives;
        Predicted += other.Predicted;
        Gold += other.Gold;
    }
}
