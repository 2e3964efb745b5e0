using Extraction.Learning;

namespace Extraction.Relations;

/// <summary>
/// The learned linker's parameters: a linear model over pair features with class 0 for "no relation"
/// and 1 + t for relation type t, and the probability above which a type is asserted. relations.bin.
/// </summary>
public sealed class RelationModel
{
    private const string Magic = "EXREL1";

    public RelationModel(LinearModel classifier, float threshold)
    {
        Classifier = classifier;
        Threshold = threshold;
    }

    public LinearModel Classifier { get; }

    public float Threshold { get; }

    public void Save(string path) => ModelFile.Write(path, Magic, writer =>
    {
        writer.Write(Threshold);
        Classifier.Write(writer);
    });

    public static RelationModel Load(string path) => ModelFile.Read(path, Magic, "relation model", reader =>
    {
        float threshold = reader.ReadSingle();
        return new RelationModel(LinearModel.Read(reader), threshold);
    });
}
