using System.IO.Compression;
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

    public void Save(string path)
    {
        using var file = File.Create(path);
        using var zip = new GZipStream(file, CompressionLevel.SmallestSize);
        using var writer = new BinaryWriter(zip);
        writer.Write(Magic);
        writer.Write(Threshold);
        Classifier.Write(writer);
    }

    public static RelationModel Load(string path)
    {
        using var file = File.OpenRead(path);
        using var zip = new GZipStream(file, CompressionMode.Decompress);
        using var reader = new BinaryReader(new BufferedStream(zip, 1 << 16));
        if (reader.ReadString() != Magic)
        {
            throw new InvalidDataException($"{path} is not a relation model");
        }
        float threshold = reader.ReadSingle();
        return new RelationModel(LinearModel.Read(reader), threshold);
    }
}
