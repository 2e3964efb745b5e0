using Extraction.Documents;
using Extraction.Learning;

namespace Extraction.Relations;

/// <summary>
/// The learned linker's parameters: a linear model over pair features with class 0 for "no relation"
/// and 1 + t for relation type t, and for each type the probability above which it is asserted
/// (chosen on dev per type: the types differ in how sure the classifier needs to be). relations.bin.
/// </summary>
public sealed class RelationModel
{
    private const string Magic = "EXREL2";

    public RelationModel(LinearModel classifier, IReadOnlyList<float> thresholds)
    {
        if (thresholds.Count != TypeNames.RelationTypes.Count)
        {
            throw new ArgumentException($"expected {TypeNames.RelationTypes.Count} thresholds", nameof(thresholds));
        }
        Classifier = classifier;
        Thresholds = thresholds.ToArray();
    }

    public LinearModel Classifier { get; }

    /// <summary>The threshold of each relation type, indexed by <see cref="RelationType"/>.</summary>
    public IReadOnlyList<float> Thresholds { get; }

    /// <summary>A copy with relation type <paramref name="type"/>'s threshold replaced.</summary>
    public RelationModel WithThreshold(RelationType type, float threshold)
    {
        var thresholds = Thresholds.ToArray();
        thresholds[(int)type] = threshold;
        return new RelationModel(Classifier, thresholds);
    }

    public void Save(string path) => ModelFile.Write(path, Magic, writer =>
    {
        writer.Write(Thresholds.Count);
        foreach (float threshold in Thresholds)
        {
            writer.Write(threshold);
        }
        Classifier.Write(writer);
    });

    public static RelationModel Load(string path) => ModelFile.Read(path, Magic, "relation model", reader =>
    {
        int count = reader.ReadInt32();
        if (count != TypeNames.RelationTypes.Count)
        {
            throw new InvalidDataException($"{path} has {count} relation thresholds, expected {TypeNames.RelationTypes.Count}");
        }
        var thresholds = new float[count];
        for (int i = 0; i < count; i++)
        {
            thresholds[i] = reader.ReadSingle();
        }
        return new RelationModel(LinearModel.Read(reader), thresholds);
    });
}
