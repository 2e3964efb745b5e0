using Extraction.Learning;

namespace Extraction.Tagging;

/// <summary>
/// The trained tagger: a linear model scoring each token's BIO labels from its features and the
/// previous token's label (a maximum-entropy Markov model). Saved gzip'd as weights.bin.
/// </summary>
public sealed class TaggerModel
{
    private const string Magic = "EXTAG3";

    public TaggerModel(LinearModel emissions, float evidenceWeight)
    {
        Emissions = emissions;
        EvidenceWeight = evidenceWeight;
    }

    public LinearModel Emissions { get; }

    /// <summary>
    /// Weight of each token's own evidence (its label distribution from the features that ignore the
    /// previous label) added to the Markov model's scores in decoding. A Markov model alone lets a span,
    /// once open, run on cheaply through long lists ("label bias"); this charges every token of a span
    /// for what the token itself says. Chosen on dev at training.
    /// </summary>
    public float EvidenceWeight { get; }

    public int Labels => Emissions.Classes;

    public TaggerModel WithEvidenceWeight(float weight) => new(Emissions, weight);

    public void Save(string path) => ModelFile.Write(path, Magic, writer =>
    {
        Emissions.Write(writer);
        writer.Write(EvidenceWeight);
    });

    public static TaggerModel Load(string path) => ModelFile.Read(path, Magic, "tagger model", reader =>
    {
        var emissions = LinearModel.Read(reader);
        return new TaggerModel(emissions, reader.ReadSingle());
    });
}
