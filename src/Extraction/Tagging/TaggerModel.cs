using Extraction.Learning;

namespace Extraction.Tagging;

/// <summary>
/// The trained tagger: a linear model scoring each token's BIO labels, and label transition
/// log-probabilities for Viterbi decoding. Saved gzip'd as weights.bin.
/// </summary>
public sealed class TaggerModel
{
    private const string Magic = "EXTAG2";

    public TaggerModel(LinearModel emissions, float[] transitions)
    {
        Emissions = emissions;
        Transitions = transitions;
    }

    public LinearModel Emissions { get; }

    /// <summary>(Labels + 1) x Labels log-probabilities: row p is the previous label, row Labels the sentence start.</summary>
    public float[] Transitions { get; }

    public int Labels => Emissions.Classes;

    public void Save(string path) => ModelFile.Write(path, Magic, writer =>
    {
        Emissions.Write(writer);
        foreach (float t in Transitions)
        {
            writer.Write(t);
        }
    });

    public static TaggerModel Load(string path) => ModelFile.Read(path, Magic, "tagger model", reader =>
    {
        var emissions = LinearModel.Read(reader);
        var transitions = new float[(emissions.Classes + 1) * emissions.Classes];
        for (int i = 0; i < transitions.Length; i++)
        {
            transitions[i] = reader.ReadSingle();
        }
        return new TaggerModel(emissions, transitions);
    });
}
