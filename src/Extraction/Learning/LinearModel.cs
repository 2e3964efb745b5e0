using System.Numerics.Tensors;

namespace Extraction.Learning;

/// <summary>
/// A multiclass linear model over hashed binary features, in a compact form for a tight scoring
/// loop: for each feature id with a non-zero weight, one row of per-class weights, plus per-class
/// biases. Trained by <see cref="MaxEntTrainer"/> (ML.NET); shared by the tagger and the relation linker.
/// </summary>
public sealed class LinearModel
{
    public LinearModel(int bits, int classes, int[] rowOfFeature, float[] weights, float[] biases)
    {
        Bits = bits;
        Classes = classes;
        RowOfFeature = rowOfFeature;
        Weights = weights;
        Biases = biases;
    }

    /// <summary>Feature hash width; feature ids are below 2^Bits.</summary>
    public int Bits { get; }

    public int Classes { get; }

    /// <summary>For each feature id, its row in <see cref="Weights"/>, or -1 when all its weights are zero.</summary>
    public int[] RowOfFeature { get; }

    /// <summary>Rows of <see cref="Classes"/> weights each.</summary>
    public float[] Weights { get; }

    public float[] Biases { get; }

    public int Rows => Weights.Length / Classes;

    /// <summary>Writes log-probabilities of every class for one example's features into <paramref name="scores"/>.</summary>
    public void LogProbabilities(ReadOnlySpan<int> features, Span<float> scores)
    {
        Scores(features, scores);
        float max = TensorPrimitives.Max(scores);
        float sum = 0;
        foreach (float s in scores)
        {
            sum += MathF.Exp(s - max);
        }
        float logZ = max + MathF.Log(sum);
        for (int c = 0; c < scores.Length; c++)
        {
            scores[c] -= logZ;
        }
    }

    /// <summary>Writes the unnormalized class scores (biases plus feature weights) into <paramref name="scores"/>.</summary>
    public void Scores(ReadOnlySpan<int> features, Span<float> scores)
    {
        Biases.CopyTo(scores);
        foreach (int f in features)
        {
            AddFeature(f, scores);
        }
    }

    /// <summary>Adds one feature's class weights to <paramref name="scores"/>.</summary>
    public void AddFeature(int feature, Span<float> scores)
    {
        int row = RowOfFeature[feature];
        if (row >= 0)
        {
            TensorPrimitives.Add(scores, Weights.AsSpan(row * Classes, Classes), scores);
        }
    }

    public void Write(BinaryWriter writer)
    {
        writer.Write(Bits);
        writer.Write(Classes);
        writer.Write(Rows);
        for (int f = 0; f < RowOfFeature.Length; f++)
        {
            int row = RowOfFeature[f];
            if (row < 0)
            {
                continue;
            }
            writer.Write(f);
            for (int c = 0; c < Classes; c++)
            {
                writer.Write(Weights[row * Classes + c]);
            }
        }
        foreach (float b in Biases)
        {
            writer.Write(b);
        }
    }

    public static LinearModel Read(BinaryReader reader)
    {
        int bits = reader.ReadInt32();
        int classes = reader.ReadInt32();
        int rows = reader.ReadInt32();
        if (bits is < 8 or > 26 || classes is < 2 or > 64 || rows < 0 || rows > (1 << bits))
        {
            throw new InvalidDataException("not a linear model");
        }
        var rowOf = new int[1 << bits];
        Array.Fill(rowOf, -1);
        var weights = new float[rows * classes];
        for (int r = 0; r < rows; r++)
        {
            rowOf[reader.ReadInt32()] = r;
            for (int c = 0; c < classes; c++)
            {
                weights[r * classes + c] = reader.ReadSingle();
            }
        }
        var biases = new float[classes];
        for (int c = 0; c < classes; c++)
        {
            biases[c] = reader.ReadSingle();
        }
        return new LinearModel(bits, classes, rowOf, weights, biases);
    }
}
