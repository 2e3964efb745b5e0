using System.IO.Compression;

namespace Extraction.Tagging;

/// <summary>
/// The trained tagger's parameters in a compact form for a tight scoring loop: for each hashed
/// feature with a non-zero weight, one row of per-label weights; per-label biases; and label
/// transition log-probabilities for Viterbi decoding. Saved as a gzip'd binary (weights.bin).
/// </summary>
public sealed class TaggerModel
{
    private const string Magic = "EXTAG1";

    public TaggerModel(int bits, int labels, int[] rowOfFeature, float[] weights, float[] biases, float[] transitions)
    {
        Bits = bits;
        Labels = labels;
        RowOfFeature = rowOfFeature;
        Weights = weights;
        Biases = biases;
        Transitions = transitions;
    }

    /// <summary>Feature hash width; the feature space has 2^Bits ids.</summary>
    public int Bits { get; }

    public int Labels { get; }

    /// <summary>For each feature id, its row in <see cref="Weights"/>, or -1 when all its weights are zero.</summary>
    public int[] RowOfFeature { get; }

    /// <summary>Rows of <see cref="Labels"/> weights each.</summary>
    public float[] Weights { get; }

    public float[] Biases { get; }

    /// <summary>(Labels + 1) x Labels log-probabilities: row p is the previous label, row Labels the sentence start.</summary>
    public float[] Transitions { get; }

    public int Rows => Weights.Length / Labels;

    public void Save(string path)
    {
        using var file = File.Create(path);
        using var zip = new GZipStream(file, CompressionLevel.SmallestSize);
        using var writer = new BinaryWriter(zip);
        writer.Write(Magic);
        writer.Write(Bits);
        writer.Write(Labels);
        writer.Write(Rows);
        for (int f = 0; f < RowOfFeature.Length; f++)
        {
            int row = RowOfFeature[f];
            if (row < 0)
            {
                continue;
            }
            writer.Write(f);
            for (int l = 0; l < Labels; l++)
            {
                writer.Write(Weights[row * Labels + l]);
            }
        }
        foreach (float b in Biases)
        {
            writer.Write(b);
        }
        foreach (float t in Transitions)
        {
            writer.Write(t);
        }
    }

    public static TaggerModel Load(string path)
    {
        using var file = File.OpenRead(path);
        using var zip = new GZipStream(file, CompressionMode.Decompress);
        using var reader = new BinaryReader(new BufferedStream(zip, 1 << 16));
        if (reader.ReadString() != Magic)
        {
            throw new InvalidDataException($"{path} is not a tagger model");
        }
        int bits = reader.ReadInt32();
        int labels = reader.ReadInt32();
        int rows = reader.ReadInt32();
        var rowOf = new int[1 << bits];
        Array.Fill(rowOf, -1);
        var weights = new float[rows * labels];
        for (int r = 0; r < rows; r++)
        {
            rowOf[reader.ReadInt32()] = r;
            for (int l = 0; l < labels; l++)
            {
                weights[r * labels + l] = reader.ReadSingle();
            }
        }
        var biases = new float[labels];
        for (int l = 0; l < labels; l++)
        {
            biases[l] = reader.ReadSingle();
        }
        var transitions = new float[(labels + 1) * labels];
        for (int i = 0; i < transitions.Length; i++)
        {
            transitions[i] = reader.ReadSingle();
        }
        return new TaggerModel(bits, labels, rowOf, weights, biases, transitions);
    }
}
